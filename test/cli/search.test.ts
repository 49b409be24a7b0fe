import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "mgao-search-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mgao(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (l) => err.push(l) });
  return { code, out: out.join(""), err: err.join("\n") };
}

const FOURTH = ["search", "--basis", "fourth", "--total", "415000000000"];

jest.setTimeout(60_000); // HiGHS compiles its WebAssembly on the first search

describe("mgao search", () => {
  it("answers in JSON with the status, value, weights and every county, checked on rounded allocations", async () => {
    const { code, out, err } = await mgao(...FOURTH, "--objective", "min-max-loss", "--against", "fourth", "--max-move", "0.05", "--bound", "population=50%:50%", "--format", "json");
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ status: "optimal", objective: "min-max-loss", violations: [], binding: [] });
    expect(answer.weights.population).toBeCloseTo(0.5, 12);
    expect(answer.counties).toHaveLength(47);
    // The value is the largest loss on the rounded allocations, which the README quotes.
    expect(answer.value).toBe(Math.max(...answer.counties.map((c: { change: number }) => -c.change)));
    expect(answer.value).toBe(9_241_125);
    expect(err).toMatch(/^search \(fourth, against fourth\): the smallest largest loss in KES: optimal, KES 9,241,125/m);
  });

  it("writes the weights as a file --weights reads, and they give the answer's allocations", async () => {
    const found = await mgao(...FOURTH, "--objective", "max-min-gain-per-capita", "--max-move", "0.05", "--format", "csv");
    expect(found.code).toBe(0);
    const file = join(dir, "fairest.csv");
    writeFileSync(file, found.out);
    const json = JSON.parse((await mgao(...FOURTH, "--objective", "max-min-gain-per-capita", "--max-move", "0.05", "--format", "json")).out);
    const allocated = JSON.parse((await mgao("allocate", "--basis", "fourth", "--total", "415000000000", "--weights", file, "--format", "json")).out);
    const rows = (allocated.counties ?? allocated) as { county: string; allocation: number }[];
    expect(rows.map((r) => r.allocation)).toEqual(json.counties.map((c: { allocation: number }) => c.allocation));
    expect(json.value).toBeCloseTo(310.75, 2);
  });

  it("calls no answer an answer: infeasible, exit 0, naming the constraints that leave none", async () => {
    const { code, err } = await mgao("search", "--basis", "third-recommended", "--total", "316500000000", "--against", "previous", "--max-move", "0.01", "--protect", "Lamu,Isiolo", "--max-loss", "1000000");
    expect(code).toBe(0);
    expect(err).toMatch(/: infeasible;/);
    expect(err).toMatch(/no weights meet all of these together: .*max-loss/);
  });

  it.each([
    [["--bound", "population=60:70"], /0 <= LO <= HI <= 100%/],
    [["--bound", "populace=0.4:0.5"], /"populace" is not a parameter/],
    [["--bound", "population"], /PARAM=LO:HI/],
    [["--max-move", "2"], /--max-move must be at least 0, at most 1/],
    [["--objective", "happiest"], /--objective/],
    [["--time-limit", "0"], /--time-limit/],
  ])("refuses %j with exit 2 and says why", async (flags, words) => {
    const { code, err } = await mgao(...FOURTH, ...(flags as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(words as RegExp);
  });

  it("refuses a bound on a parameter the basis does not weigh, and an unknown protected county (exit 1, bad data)", async () => {
    expect((await mgao(...FOURTH, "--bound", "fiscal_effort=0:0.1")).err).toMatch(/fiscal_effort is not weighted by fourth/);
    const unknown = await mgao(...FOURTH, "--protect", "Atlantis");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no county named "Atlantis"/);
  });
});
