import { readCountyGrid } from "../src/core/county-file";
import { officialGrid } from "../src/core/official-data";
import { runWeightSearch } from "../src/core/weight-search-run";
import { type Timing, time } from "./measure";

export interface SearchResults {
  /** The README's first search: fewest losers within five points, third-recommended at KES 316.5 bn. */
  fewestLosers: { losers: number | null; status: string; timing: Timing };
  /** A linear objective on the same question (the largest loss). */
  minMaxLoss: { timing: Timing };
}

export async function searchBenchmarks(log: (line: string) => void): Promise<SearchResults> {
  const { table } = readCountyGrid(officialGrid(["third-recommended"]), "data");
  const question = { table, total: 316_500_000_000, scenario: { basis: "third-recommended" }, defaultBasis: "third-adopted" as const, against: "previous", maxMove: 0.05, timeLimitMs: 60_000 };
  log("8. weight search: fewest losers within five points (third-recommended, KES 316.5 bn, against FY2019/20)");
  let last = { value: null as number | null, status: "" };
  const fewest = await time(async () => {
    const r = await runWeightSearch({ ...question, objective: "fewest-losers" });
    last = { value: r.value, status: r.status };
  }, { warmup: 1, runs: 5 });
  const maxLoss = await time(() => runWeightSearch({ ...question, objective: "min-max-loss" }), { warmup: 1, runs: 5 });
  return { fewestLosers: { losers: last.value, status: last.status, timing: fewest }, minMaxLoss: { timing: maxLoss } };
}
