import { officialGrid } from "../../src/core";
import { thirdBasisSearch } from "../../src/functions/thirdbasis-search.functions";
import { run } from "../../src/cli/main";

/** The Excel error a search's promise is rejected with. */
async function rejection(answer: Promise<unknown>): Promise<{ code: string; message?: string }> {
  try {
    await answer;
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as { code: string; message?: string };
  }
  throw new Error("expected an Excel error");
}

const fourth = officialGrid(["fourth"]) as any[][];
const POPULATION_HALF = [["parameter", "low", "high"], ["population", "50%", "50%"]];

async function cliJson(...argv: string[]) {
  const out: string[] = [];
  await run([...argv, "--format", "json"], { out: (t) => out.push(t), err: () => undefined });
  return JSON.parse(out.join(""));
}

jest.setTimeout(60_000); // HiGHS compiles its WebAssembly on the first search

describe("THIRDBASIS.SEARCH", () => {
  it("gives the command line's answer: weights rows, then the status row", async () => {
    const result = await thirdBasisSearch(fourth, POPULATION_HALF, "min-max-loss", "fourth", 415_000_000_000, "fourth", undefined as any, 0.05);
    const cli = await cliJson("search", "--basis", "fourth", "--total", "415000000000", "--objective", "min-max-loss", "--against", "fourth", "--max-move", "0.05", "--bound", "population=50%:50%");
    expect(result[0]).toEqual(["parameter", "weight"]);
    expect(Object.fromEntries(result.slice(1, -1))).toEqual(cli.weights);
    expect(result[result.length - 1]).toEqual(["status", "optimal: largest loss KES 9,241,125"]);
  });

  it("keeps each answer, so a recalculation does not solve again", async () => {
    const a = thirdBasisSearch(fourth, POPULATION_HALF, "closest", "baseline", 415_000_000_000, "fourth", undefined as any, 0.05);
    const b = thirdBasisSearch(fourth, POPULATION_HALF, "closest", "baseline", 415_000_000_000, "fourth", undefined as any, 0.05);
    expect(b).toBe(a);
    expect((await a).at(-1)).toEqual(["status", "optimal: 10.0000 points from the basis's weights"]);
  });

  it("takes the total from what the counties are compared with when none is given, and protects named counties", async () => {
    const result = await thirdBasisSearch(officialGrid(["third-recommended"]) as any[][], [[""]], "min-max-loss", "previous", undefined as any, "third-recommended", [["Lamu, Isiolo"]], 0.05);
    expect(result.at(-1)![1]).toMatch(/^optimal: largest loss KES [\d,]+$/);
    expect(result).toHaveLength(12);
  });

  it("answers infeasible with the constraints that leave no answer, as a value", async () => {
    const result = await thirdBasisSearch(fourth, [["population", 0.6, 0.7]], "fewest-losers", "baseline", 415_000_000_000, "fourth", undefined as any, 0.05);
    expect(result.at(-1)).toEqual(["status", expect.stringMatching(/^infeasible: no weights meet all of these together: .*(bound population|max-move)/)]);
    expect(result.slice(1, -1).every(([, w]) => w === "")).toBe(true);
  });

  it("refuses what it cannot read with the right error, naming the argument", async () => {
    expect((await rejection(thirdBasisSearch(fourth, [[""]], "happiest", "baseline", 415_000_000_000, "fourth")))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^objective: unknown objective "happiest"/) });
    expect((await rejection(thirdBasisSearch(fourth, [["land", 0, 0.1]], "closest", "baseline", 415_000_000_000, "fourth")))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^bounds: "land" is not a parameter/) });
    expect((await rejection(thirdBasisSearch(fourth, [[""]], "closest", "third-adopted", undefined as any, "fourth")))).toMatchObject({ code: "#N/A", message: expect.stringMatching(/^total: give the total to share/) });
    expect((await rejection(thirdBasisSearch(fourth, [[""]], "closest", "baseline", 415_000_000_000, "fourth", undefined as any, 2))).code).toBe("#NUM!");
  });
});
