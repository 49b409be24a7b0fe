/**
 * The command line's files: a JSON spec read over a template's example, and a file written whole. A
 * file that cannot be read or written is a fault of the command line (exit 2); a file that is not
 * JSON is a fault of its contents (exit 1), as for every other file Mgao reads.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import { valueError } from "../core/errors";
import { UsageError } from "./args";

/**
 * A spec file over the example: fields the file leaves out take the example's values, so a spec can be
 * short. `more` adds what a template derives from the file itself (a revenue spec's first scenario's basis).
 */
export function readSpecFile(path: string, example: object, more: (given: unknown) => object = () => ({})): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`--input: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch (error) {
    throw valueError("input", `${path} is not valid JSON (${(error as Error).message})`);
  }
  return { ...example, ...more(given), ...(given as object) };
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a
 * failure (a full disk, a folder that cannot be written) never leaves half a file.
 */
export function writeWhole(path: string, bytes: Uint8Array | string): void {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new UsageError(`--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
