/**
 * The README's command-line examples run as printed: every `npx mgao` line of the "Command line"
 * section, in order, in an empty folder (so files one line writes are there for the next), and the
 * worked examples' figures are what the commands print. The first line runs the built `mgao`; the
 * others run in this process, with the words and redirects a shell would give them.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { run } from "../../src/cli/main";

const root = resolve(__dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("\n## Command line"), readme.indexOf("\n## ", readme.indexOf("\n## Command line") + 1));
const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split("\n")).filter((l) => l.startsWith("npx mgao "));
const dir = mkdtempSync(join(tmpdir(), "mgao-readme-"));
const mgao = `"${process.execPath}" "${join(root, "bin", "mgao.js")}"`;

/**
 * A README line's words, as a shell splits them: quotes group, `>` sends standard output to a file,
 * `#` starts a comment. (The lines are plain `npx mgao ...` commands; anything else is refused.)
 */
function shellWords(line: string): { argv: string[]; out?: string } {
  const words: string[] = [];
  let out: string | undefined;
  let redirect = false;
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(#.*$)|(>)|([^\s"'#>]+)/g)) {
    if (m[3] !== undefined) break;
    if (m[4] !== undefined) {
      redirect = true;
      continue;
    }
    const word = m[1] ?? m[2] ?? m[5];
    if (redirect) {
      out = word;
      redirect = false;
    } else words.push(word);
  }
  if (words[0] !== "npx" || words[1] !== "mgao") throw new Error(`not an npx mgao line: ${line}`);
  return { argv: words.slice(2), out };
}

/**
 * Runs a README line in this process (the command line's own run(), in the empty folder), much faster
 * than a shell and a node per line; the first line goes through the built `mgao` as printed, and the
 * hostile-files test runs the built command line too. Returns standard output.
 */
async function runLine(line: string, viaBinary = false): Promise<string> {
  if (viaBinary) return execFileSync("bash", ["-c", line.replace(/^npx mgao /, `${mgao} `)], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
  const { argv, out: file } = shellWords(line);
  const out: string[] = [];
  const err: string[] = [];
  const here = process.cwd();
  process.chdir(dir);
  try {
    const code = await run(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
    if (code !== 0) throw Object.assign(new Error(`exit ${code}`), { stderr: err.join("\n") });
    if (file !== undefined) writeFileSync(join(dir, file), out.join(""));
    return file === undefined ? out.join("") : "";
  } finally {
    process.chdir(here);
  }
}

describe("the README's command-line examples", () => {
  it("finds them", () => {
    expect(lines.length).toBeGreaterThan(15);
  });

  const outputs = new Map<string, string>();
  it("runs every line, in order, with exit 0", async () => {
    for (const [i, line] of lines.entries()) {
      try {
        outputs.set(line, await runLine(line, i === 0));
      } catch (error) {
        // The message carries what the command printed, which is all a reader of the failure needs.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`README line failed: ${line}\n${(error as { stderr?: string }).stderr ?? String(error)}`);
      }
    }
  }, 120_000);

  it("prints the worked examples' figures", async () => {
    const table = section.slice(section.indexOf("### Worked examples"));
    const rows = [...table.matchAll(/^\| (FY\d{4}\/\d{2}), `([a-z-]+)`, (\d+) bn \| ([^|]+) \| ([\d,]+) \|/gm)];
    expect(rows.length).toBe(5);
    for (const [, , basis, bn, county, ours] of rows) {
      const line = lines.find((l) => l.includes(`--basis ${basis} --total ${bn}000000000`))!;
      expect(outputs.get(line) ?? (await runLine(line))).toMatch(new RegExp(`^${county.trim()}\\s+\\S+\\s+${ours}\\b`, "m"));
    }
  });
});
