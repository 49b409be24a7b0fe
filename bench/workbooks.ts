import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationPlan } from "../src/plans/prioritisation-plan";
import { illustrativeGrid } from "../src/core/illustrative-data";
import { revenuePlan } from "../src/plans/revenue-plan";
import { renderOffice } from "../src/renderers/office/render-office";
import { renderXlsx } from "../src/renderers/xlsx/render-xlsx";
import { FakeExcel } from "../test/support/excel-fake";
import { type Timing, time } from "./measure";

/** A prioritisation matrix of `n` projects (the example's criteria; costs and scores vary). */
export function projects(n: number): PrioritisationSpec {
  return {
    ...EXAMPLE_PRIORITISATION,
    projects: Array.from({ length: n }, (_, i) => ({ name: `Project ${i + 1}`, cost: 1_000_000 * (1 + (i % 97)), scores: [1 + (i % 5), 1 + ((i * 3) % 5), 1 + ((i * 7) % 5), 1 + ((i * 11) % 5), 1 + ((i * 13) % 5)] })),
  };
}

export interface WorkbookResults {
  /** 4. context.sync() calls to write a prioritisation matrix of each size, on the recording fake. */
  syncs: { projects: number; syncs: number }[];
  /** 5. Plan and .xlsx render time. */
  xlsx: { name: string; timing: Timing; bytes: number }[];
}

export async function workbookBenchmarks(log: (line: string) => void): Promise<WorkbookResults> {
  log("4. Office.js renderer on the recording fake of Excel");
  const syncs = [];
  for (const n of [10, 100, 1000, 10_000]) {
    const excel = new FakeExcel();
    await renderOffice(prioritisationPlan(projects(n)), excel.context);
    syncs.push({ projects: n, syncs: excel.syncs });
  }

  log("5. plan + .xlsx");
  const xlsx = [];
  const cases = [
    { name: "prioritisation matrix, 1,000 projects", plan: () => prioritisationPlan(projects(1000)) },
    { name: "revenue model, 47 counties", plan: () => revenuePlan({ total: 370_000_000_000, basis: "third-adopted", data: illustrativeGrid(), increment: 20_000_000_000 }) },
  ];
  for (const c of cases) {
    let bytes = 0;
    const timing = await time(
      async () => {
        bytes = (await renderXlsx(c.plan())).byteLength;
      },
      { warmup: 1, runs: 5 },
    );
    xlsx.push({ name: c.name, timing, bytes });
  }
  return { syncs, xlsx };
}
