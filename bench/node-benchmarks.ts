import { engineBenchmarks } from "./engine";
import { searchBenchmarks } from "./search";
import { workbookBenchmarks } from "./workbooks";

/** Items 1-5 and 8 of `npm run bench`, everything that runs in Node; scripts/bench.js adds the build and the browser. */
export async function nodeBenchmarks(log: (line: string) => void) {
  const engine = await engineBenchmarks(log);
  const workbooks = await workbookBenchmarks(log);
  const search = await searchBenchmarks(log);
  return { engine, workbooks, search };
}
