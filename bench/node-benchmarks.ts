import { engineBenchmarks } from "./engine";
import { workbookBenchmarks } from "./workbooks";

/** Items 1-5 of `npm run bench`, everything that runs in Node; scripts/bench.js adds the build and the browser. */
export async function nodeBenchmarks(log: (line: string) => void) {
  const engine = await engineBenchmarks(log);
  const workbooks = await workbookBenchmarks(log);
  return { engine, workbooks };
}
