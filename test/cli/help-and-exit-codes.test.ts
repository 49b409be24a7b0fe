import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { COMMAND_TABLE, didYouMean } from "../../src/cli/command-table";
import { run } from "../../src/cli/main";

async function mgao(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
  return { code, out: out.join(""), err: err.join("\n") };
}

describe("help for every command, from one table", () => {
  it.each(COMMAND_TABLE.map((c) => c.name))("%s: --help, -h and help <command> print its usage, exit 0", async (name) => {
    const answers = await Promise.all([mgao(name, "--help"), mgao(name, "-h"), mgao("help", name), mgao(name, "--total", "1", "--help")]);
    for (const a of answers) {
      expect(a.code).toBe(0);
      expect(a.out).toMatch(new RegExp(`^mgao ${name}: `));
      expect(a.out).toContain(`  mgao ${name}`);
    }
  });

  it("lists every command in the usage", async () => {
    const { out, code } = await mgao("--help");
    expect(code).toBe(0);
    for (const c of COMMAND_TABLE) expect(out).toContain(`  mgao ${c.name} `);
  });

  it("prints the version in package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(await mgao("--version")).toEqual({ code: 0, out: `mgao ${version}\n`, err: "" });
  });

  it("offers the nearest command for a typo, and none for nonsense", async () => {
    expect(didYouMean("alocate")).toBe("allocate");
    expect(didYouMean("seach")).toBe("search");
    expect(didYouMean("sens")).toBe("sensitivity");
    expect(didYouMean("frobnicate")).toBeUndefined();
    const typo = await mgao("compre", "--total", "1");
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/unknown command "compre"; did you mean "compare"\?/);
    expect((await mgao("help", "frobnicate")).code).toBe(2);
  });
});

describe("exit codes: 2 for the command line, 1 for the data", () => {
  it.each([
    [["allocate", "--total", "415e9", "--basis", "x"], /--basis: unknown basis "x"/],
    [["compare", "--total", "415e9", "--against", "x"], /--against must be baseline, previous or a basis/],
    [["compare", "--total", "415e9", "--cushion-rule", "x"], /--cushion-rule must be one of/],
    [["compare", "--total", "415e9", "--cushion-rate", "5"], /--cushion-rate must be at least 0, at most 1/],
    [["allocate", "--total", "-5"], /--total must be a whole number, at least 0/],
    [["allocate", "--total", "1.5"], /--total must be a whole number/],
    [["allocate", "--total", "415e9", "--land-cap", "2"], /--land-cap must be above 0, at most 1/],
    [["sensitivity", "--draws", "0"], /--draws must be a whole number, at least 1/],
    [["sensitivity", "--spread", "1"], /--spread must be above 0, below 1/],
    [["allocate", "--total", "415e9", "--format", "xml"], /--format must be one of/],
    [["allocate", "--total"], /--total needs a value/],
  ])("%j exits 2 and says why", async (argv, words) => {
    const { code, err, out } = await mgao(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(words as RegExp);
  });

  it("a total the data cannot share is the data's answer: exit 1", async () => {
    const { code, err } = await mgao("allocate", "--total", "1000");
    expect(code).toBe(1);
    expect(err).toMatch(/the smallest total the fourth basis can share on this data/);
  });
});

describe("a county table that lacks some of the 47 counties", () => {
  const dir = mkdtempSync(join(tmpdir(), "mgao-missing-"));

  it("is refused by every command that shares money, naming what is missing, unless --allow-missing", async () => {
    const official = (await mgao("official-data", "--basis", "fourth")).out.split("\n").filter((l) => !l.startsWith("#"));
    const file = join(dir, "no-nairobi.csv");
    writeFileSync(file, official.filter((line) => !line.includes("Nairobi City")).join("\n"));
    for (const argv of [
      ["allocate", "--total", "415000000000"],
      ["compare", "--total", "415000000000"],
      ["sweep", "--totals", "415e9:420e9:5e9"],
      ["sensitivity", "--draws", "100"],
      ["search", "--total", "415000000000", "--objective", "closest"],
    ]) {
      const refused = await mgao(...argv, "--basis", "fourth", "--data", file);
      expect({ argv, code: refused.code }).toEqual({ argv, code: 1 });
      expect(refused.err).toMatch(/^mgao: data: 1 of the 47 counties is not in the data \(Nairobi City\): the total would be shared among the other 46\. Add the missing counties, or give --allow-missing/);
      const allowed = await mgao(...argv, "--basis", "fourth", "--data", file, "--allow-missing");
      expect({ argv, code: allowed.code }).toEqual({ argv, code: 0 });
      expect(allowed.err).toMatch(/warning: 1 of the 47 counties is not in the data: Nairobi City/);
    }
  }, 60_000);
});
