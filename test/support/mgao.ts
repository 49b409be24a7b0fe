/** The command line run in-process, as `mgao` with these arguments: its exit code, standard output, and standard error's lines joined. */
import { run } from "../../src/cli/main";

export async function mgao(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  const err: string[] = [];
  const code = await run(argv, { out: (t) => (out += t), err: (l) => err.push(l) });
  return { code, out, err: err.join("\n") };
}
