import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationPlan } from "../src/plans/prioritisation-plan";
import { illustrativeGrid } from "../src/core/illustrative-data";
import { revenuePlan } from "../src/plans/revenue-plan";
import { renderOffice } from "../src/renderers/office/render-office";
import { renderXlsx } from "../src/renderers/xlsx/render-xlsx";
import { OfficeJsWorkbook } from "../test/support/office-js-harness";
import { type Timing, time } from "./measure";

/** A prioritisation matrix of `n` projects (the example's criteria; costs and scores vary). */
export function projects(n: number): PrioritisationSpec {
  return {
    ...EXAMPLE_PRIORITISATION,
    projects: Array.from({ length: n }, (_, i) => ({ name: `Project ${i + 1}`, cost: 1_000_000 * (1 + (i % 97)), scores: [1 + (i % 5), 1 + ((i * 3) % 5), 1 + ((i * 7) % 5), 1 + ((i * 11) % 5), 1 + ((i * 13) % 5)] })),
  };
}

/** What building a prioritisation matrix of `projects` projects sends to Excel. */
export interface OfficeRequests {
  projects: number;
  syncs: number;
  /** UTF-8 bytes of the largest request body (Excel on the web refuses one over 5 MB). */
  largest: number;
  total: number;
  perProject: number;
}

/** Matrix sizes measured through the Excel client: a large county's list, and well beyond it. */
export const OFFICE_PROJECTS = [1_500, 5_000, 10_000];

export interface WorkbookResults {
  /** 4. The requests Microsoft's Excel client sends for a prioritisation matrix of each size. */
  office: OfficeRequests[];
  /** 5. Plan and .xlsx render time. */
  xlsx: { name: string; timing: Timing; bytes: number }[];
}

export async function workbookBenchmarks(log: (line: string) => void): Promise<WorkbookResults> {
  log("4. Office.js renderer through Microsoft's Excel client (test/support/office-js-harness.ts)");
  const office: OfficeRequests[] = [];
  for (const n of OFFICE_PROJECTS) {
    const book = new OfficeJsWorkbook();
    await renderOffice(prioritisationPlan(projects(n)), book.context);
    book.close();
    const bytes = book.requests.map((r) => r.bytes);
    const total = bytes.reduce((a, b) => a + b, 0);
    office.push({ projects: n, syncs: book.syncs, largest: Math.max(...bytes), total, perProject: total / n });
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
  return { office, xlsx };
}
