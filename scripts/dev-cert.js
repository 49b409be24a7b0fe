#!/usr/bin/env node
/**
 * The HTTPS certificate for the development server, made without admin rights.
 *
 * Where Microsoft's office-addin-dev-certs is installed (it comes with office-addin-debugging on
 * Windows and macOS), its certificate is used: it installs its own CA into the system's trust
 * store, which desktop Excel needs. Elsewhere a local CA and a localhost certificate signed by it
 * are generated with `selfsigned` into .certs/ (git-ignored) and reused on later runs; trusting
 * .certs/ca.crt once in the browser or the OS makes https://localhost trusted.
 *
 * Run directly (`node scripts/dev-cert.js`) to create the files and print how to trust them.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const FILES = {
  caCert: path.join(CERT_DIR, "ca.crt"),
  caKey: path.join(CERT_DIR, "ca.key"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const DAY = 24 * 60 * 60 * 1000;

/** True when the PEM certificate is readable and stays valid for at least another week. */
function stillValid(file) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(file));
    return Date.parse(cert.validTo) - Date.now() > 7 * DAY;
  } catch {
    return false;
  }
}

function writePrivate(file, text) {
  fs.writeFileSync(file, text, { mode: 0o600 });
}

/** Creates (or keeps) .certs/ca.* and .certs/localhost.*; the CA is kept so trusting it once lasts. */
async function ensureLocalCert() {
  const selfsigned = require("selfsigned");
  fs.mkdirSync(CERT_DIR, { recursive: true });
  const now = new Date();

  if (!stillValid(FILES.caCert) || !fs.existsSync(FILES.caKey)) {
    const ca = await selfsigned.generate([{ name: "commonName", value: "Mgao Development CA" }], {
      keySize: 2048,
      algorithm: "sha256",
      notBeforeDate: now,
      notAfterDate: new Date(now.getTime() + 5 * 365 * DAY),
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ],
    });
    writePrivate(FILES.caKey, ca.private);
    fs.writeFileSync(FILES.caCert, ca.cert);
    fs.rmSync(FILES.cert, { force: true }); // a new CA needs a new server certificate
  }

  if (!stillValid(FILES.cert) || !fs.existsSync(FILES.key)) {
    const leaf = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      keySize: 2048,
      algorithm: "sha256",
      notBeforeDate: now,
      // Under 398 days, the longest lifetime browsers and macOS accept for a server certificate.
      notAfterDate: new Date(now.getTime() + 365 * DAY),
      extensions: [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
            { type: 7, ip: "::1" },
          ],
        },
      ],
      ca: { key: fs.readFileSync(FILES.caKey, "utf8"), cert: fs.readFileSync(FILES.caCert, "utf8") },
    });
    writePrivate(FILES.key, leaf.private);
    fs.writeFileSync(FILES.cert, leaf.cert);
  }

  return {
    key: fs.readFileSync(FILES.key),
    cert: fs.readFileSync(FILES.cert),
    ca: fs.readFileSync(FILES.caCert),
    caPath: FILES.caCert,
    source: "selfsigned",
  };
}

/** Microsoft's dev certificate when its package is installed (desktop Excel), else undefined. */
async function officeDevCert() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return undefined;
  }
  const options = await devCerts.getHttpsServerOptions(); // installs and trusts its CA if needed (may prompt)
  return { ...options, source: "office-addin-dev-certs" };
}

const messageOf = (error) => (error instanceof Error ? error.message : String(error));

/**
 * HTTPS options { key, cert, ca, caPath?, source } for the dev server, or { error } when no
 * certificate could be made (the caller then serves plain HTTP).
 */
async function getHttpsOptions() {
  const problems = [];
  try {
    const office = await officeDevCert();
    if (office) return office;
  } catch (error) {
    problems.push(`office-addin-dev-certs: ${messageOf(error)}`);
  }
  try {
    return await ensureLocalCert();
  } catch (error) {
    problems.push(messageOf(error));
  }
  return { error: problems.join("; ") };
}

/** How to make the browser or OS trust the CA, for the current platform. */
function trustInstructions(caPath) {
  const shown = path.relative(process.cwd(), caPath) || caPath;
  const lines = [`The certificate is signed by a local development CA: ${shown}`, "Trust that CA once (no admin rights needed for the first option):"];
  if (process.platform === "win32") {
    lines.push(`  Windows:  certutil -user -addstore Root "${shown}"`);
  } else if (process.platform === "darwin") {
    lines.push(`  macOS:    security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${shown}"`);
  } else {
    lines.push(`  Chrome/Chromium (Linux): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Mgao Development CA" -i "${shown}"`);
    lines.push("                           (certutil is in the libnss3-tools package)");
    lines.push(`  System-wide (Linux):     sudo cp "${shown}" /usr/local/share/ca-certificates/mgao-dev-ca.crt && sudo update-ca-certificates`);
  }
  lines.push("  Firefox:  Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import");
  lines.push("Or open the task pane address once in the browser you use for Excel and accept the warning.");
  return lines;
}

if (require.main === module) {
  getHttpsOptions().then((result) => {
    if (result.error) {
      console.error(`Could not make a development certificate: ${result.error}`);
      process.exitCode = 1;
      return;
    }
    console.log(`Development certificate ready (${result.source}).`);
    if (result.source === "selfsigned") console.log(trustInstructions(result.caPath).join("\n"));
  });
}

module.exports = { getHttpsOptions, trustInstructions, CERT_DIR };
