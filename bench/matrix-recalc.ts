import { writeFileSync } from "fs";
import { join } from "path";
import { prioritisationPlan } from "../src/plans/prioritisation-plan";
import { renderXlsx } from "../src/renderers/xlsx/render-xlsx";
import { projects } from "./workbooks";

/** Matrix sizes whose full recalculation in LibreOffice is timed, and their ratio (the goal is under 4 for 3x the rows). */
export const RECALC_PROJECTS = [1_000, 3_000];

/** 9. The prioritisation matrix at each size, built by the real renderer, written to `dir`; returns the files' paths. */
export async function matrixFiles(dir: string): Promise<{ projects: number; file: string; bytes: number }[]> {
  const out = [];
  for (const n of RECALC_PROJECTS) {
    const file = join(dir, `matrix-${n}.xlsx`);
    const bytes = await renderXlsx(prioritisationPlan(projects(n)));
    writeFileSync(file, bytes);
    out.push({ projects: n, file, bytes: bytes.byteLength });
  }
  return out;
}
