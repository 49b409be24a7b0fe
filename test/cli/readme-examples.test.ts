/**
 * The README's command-line examples run as printed: every `npx mgao` line of the "Command line"
 * section, in order, in an empty folder (so files one line writes are there for the next), and the
 * worked examples' figures are what the commands print.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const root = resolve(__dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("\n## Command line"), readme.indexOf("\n## ", readme.indexOf("\n## Command line") + 1));
const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split("\n")).filter((l) => l.startsWith("npx mgao "));
const dir = mkdtempSync(join(tmpdir(), "mgao-readme-"));
const mgao = `"${process.execPath}" "${join(root, "bin", "mgao.js")}"`;

/** Runs a README line as a shell would, `npx mgao` being the built command line; returns standard output. */
function runLine(line: string): string {
  return execFileSync("bash", ["-c", line.replace(/^npx mgao /, `${mgao} `)], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
}

describe("the README's command-line examples", () => {
  it("finds them", () => {
    expect(lines.length).toBeGreaterThan(15);
  });

  const outputs = new Map<string, string>();
  it("runs every line, in order, with exit 0", () => {
    for (const line of lines) {
      try {
        outputs.set(line, runLine(line));
      } catch (error) {
        // The message carries what the command printed, which is all a reader of the failure needs.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`README line failed: ${line}\n${(error as { stderr?: string }).stderr ?? String(error)}`);
      }
    }
  }, 120_000);

  it("prints the worked examples' figures", () => {
    const table = section.slice(section.indexOf("### Worked examples"));
    const rows = [...table.matchAll(/^\| (FY\d{4}\/\d{2}), `([a-z-]+)`, (\d+) bn \| ([^|]+) \| ([\d,]+) \|/gm)];
    expect(rows.length).toBe(5);
    for (const [, , basis, bn, county, ours] of rows) {
      const line = lines.find((l) => l.includes(`--basis ${basis} --total ${bn}000000000`))!;
      expect(outputs.get(line) ?? runLine(line)).toMatch(new RegExp(`^${county.trim()}\\s+\\S+\\s+${ours}\\b`, "m"));
    }
  });
});
