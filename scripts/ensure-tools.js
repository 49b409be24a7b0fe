// The tests drive real programs: LibreOffice recalculates generated workbooks and Debian's chromium
// runs the task pane; poppler's pdfinfo and pdftotext read the pages LibreOffice prints. This installs them with apt on a Debian/Ubuntu machine where we are root (as on
// CI), and otherwise says what to install. Never a downloaded browser: the system package only.
const { execSync } = require("child_process");

const TOOLS = [
  { command: "soffice", debian: "libreoffice-calc-nogui", why: "recalculates generated workbooks in the tests" },
  { command: "chromium", debian: "chromium", why: "runs the task pane in the browser tests" },
  { command: "pdfinfo", debian: "poppler-utils", why: "counts and reads the pages LibreOffice prints in the print tests" },
];

const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
};

const missing = TOOLS.filter((t) => !has(t.command));
if (missing.length === 0) process.exit(0);
const packages = missing.map((t) => t.debian).join(" ");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && has("apt-get")) {
  console.log(`Installing ${packages} (${missing.map((t) => t.why).join("; ")})...`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: "inherit", shell: "/bin/sh" });
  process.exit(0);
}
console.error(`The tests need ${missing.map((t) => `${t.command} (${t.why})`).join(", ")}.`);
console.error(`Install it first, e.g.: sudo apt-get install ${packages}`);
process.exit(1);
