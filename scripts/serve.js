#!/usr/bin/env node
/**
 * A small static file server for the built add-in (dist/), on loopback only.
 *
 *   node scripts/serve.js [--root dist] [--port 3000] [--http]
 *
 * HTTPS uses the development certificate from scripts/dev-cert.js; when none can be made (or with
 * --http) it serves plain HTTP and says so. The port is --port, else MGAO_PORT, else 3000.
 * `npm start` runs this in the background; `npm run dev-server` runs it in the foreground.
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { getHttpsOptions } = require("./dev-cert");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

// Scripts only from this server and Microsoft's office.js CDN; everything else from this server
// (the policy and the reason for each allowance: content-security-policy.js).
const { CONTENT_SECURITY_POLICY } = require("./content-security-policy");

const COMMON_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  // Excel on the web fetches functions.json and functions.js from its own origin.
  "Access-Control-Allow-Origin": "*",
  // A development server: always serve the latest build.
  "Cache-Control": "no-store",
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(body);
}

/**
 * The file under `root` that a URL path names, or null when the path is not acceptable: not
 * decodable, containing a NUL byte or a ".." segment, or resolving outside root.
 */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  if (decoded.split(/[\\/]/).includes("..")) return null;
  const relative = decoded === "/" ? "taskpane.html" : decoded.replace(/^[\\/]+/, "");
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** The request handler: GET and HEAD of files under root, with the headers above. */
function createHandler(rootDir, { log = false } = {}) {
  const root = path.resolve(rootDir);
  return (request, response) => {
    const started = Date.now();
    if (log) {
      response.on("finish", () => {
        console.log(`${new Date().toISOString()} ${request.method} ${request.url} ${response.statusCode} ${Date.now() - started}ms`);
      });
    }

    if (request.method === "OPTIONS") {
      // CORS preflight, including Chrome's check before a public page reaches localhost.
      send(response, 204, "", {
        "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
        "Access-Control-Allow-Headers": request.headers["access-control-request-headers"] || "*",
        "Access-Control-Allow-Private-Network": "true",
      });
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed\n", { Allow: "GET, HEAD, OPTIONS" });
      return;
    }

    const urlPath = (request.url || "/").split(/[?#]/)[0];
    const file = resolveInside(root, urlPath);
    if (file === null) {
      send(response, 400, "Bad path\n");
      return;
    }
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        send(response, 404, "Not found\n");
        return;
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
      response.writeHead(200, { ...COMMON_HEADERS, "Content-Type": type, "Content-Length": stats.size });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      fs.createReadStream(file)
        .on("error", () => response.destroy())
        .pipe(response);
    });
  };
}

function parseArgs(argv) {
  const options = { root: path.join(__dirname, "..", "dist"), port: Number(process.env.MGAO_PORT) || 3000, http: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root") options.root = path.resolve(argv[++i]);
    else if (argv[i] === "--port") options.port = Number(argv[++i]);
    else if (argv[i] === "--http") options.http = true;
    else throw new Error(`Unknown option: ${argv[i]}`);
  }
  if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535) {
    throw new Error(`Not a port number: ${options.port}`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.root, "taskpane.html"))) {
    console.log(`Note: ${options.root} has no taskpane.html yet; run \`npm run build\` first.`);
  }
  const handler = createHandler(options.root, { log: true });
  let server;
  let scheme = "https";
  const tls = options.http ? { error: "--http was given" } : await getHttpsOptions();
  if (tls.error) {
    scheme = "http";
    console.log(`Serving plain HTTP (no HTTPS certificate: ${tls.error}). Excel needs HTTPS to load the add-in.`);
    server = http.createServer(handler);
  } else {
    server = https.createServer({ key: tls.key, cert: tls.cert }, handler);
  }
  server.on("error", (error) => {
    console.error(`Cannot serve on port ${options.port}: ${error.message}`);
    process.exit(1);
  });
  // Loopback only: the add-in is for this machine's Excel and browser.
  server.listen(options.port, "127.0.0.1", () => {
    console.log(`Serving ${options.root} at ${scheme}://localhost:${options.port}/ (pid ${process.pid})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref(); // don't wait long for open connections
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { createHandler, resolveInside, CONTENT_SECURITY_POLICY };
