import { type TypedCell, type TypedGrid, carryTyped, inputRectangle } from "../../src/plans/carry-typed";
import { inputTables } from "../../src/plans/input-places";
import type { CellSpec, SheetPlan, WorkbookPlan } from "../../src/plans/plan";
import { type PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { type ContractSpec } from "../../src/plans/contract-spec";
import { assignSheetNames, resolveSheetRefs } from "../../src/plans/sheet-names";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { SCORER_COLUMNS, scorerKey } from "../../src/plans/prioritisation-scorer-sheet";
import { type EvaluatedPlan, evaluatePlan } from "../support/hyperformula-plan";

/** A sheet as the plan wrote it, read back over its input rectangle; `typing` then changes cells by (row, col). */
function sheetRead(sheet: SheetPlan, typing: [number, number, TypedCell][] = [], names: ReadonlyMap<string, string> = new Map()): TypedGrid {
  const box = inputRectangle(sheet)!;
  const cells: TypedCell[][] = Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => ({ value: "" })));
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((spec: CellSpec, c) => {
        const [row, col] = [block.row + r - box.row, block.col + c - box.col];
        if (!spec || row < 0 || col < 0 || row >= box.rows || col >= box.cols) return;
        // Formulas as Excel gives them back: other sheets by the names they got.
        cells[row][col] = spec.formula !== undefined ? { formula: names.size > 0 ? resolveSheetRefs(spec.formula, names) : spec.formula } : { value: spec.value ?? "" };
      }),
    );
  }
  for (const [row, col, typed] of typing) cells[row - box.row][col - box.col] = typed;
  return { ...box, cells };
}

/** A plan with cells typed over, by sheet key: the workbook as the user left it. */
function typedPlan(plan: WorkbookPlan, typing: ReadonlyMap<string, [number, number, TypedCell][]>): WorkbookPlan {
  const put = (key: string, row: number, col: number, spec: CellSpec): CellSpec => {
    const typed = typing.get(key)?.find(([r, c]) => r === row && c === col)?.[2];
    return !typed ? spec : "formula" in typed ? { formula: typed.formula } : { value: typed.value };
  };
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, blocks: s.blocks.map((b) => ({ ...b, cells: b.cells.map((line, r) => line.map((spec, c) => put(s.key, b.row + r, b.col + c, spec))) })) })) };
}

const showsNames = (plan: WorkbookPlan) => plan.sheets.some((s) => s.blocks.some((b) => b.cells.some((line) => line.some((c) => c?.shows))));

/**
 * The input rectangles of every sheet of a plan as Excel reads them once the user typed `typing`
 * (sheet key → cells): formulas with the values they show, computed by HyperFormula where a row's
 * name is shown by formula (elsewhere nothing reads them, and the revenue model takes seconds).
 */
function workbookRead(plan: WorkbookPlan, typing: ReadonlyMap<string, [number, number, TypedCell][]> = new Map()): Map<string, TypedGrid> {
  const names = assignSheetNames(plan);
  const book = showsNames(plan) ? evaluatePlan(typedPlan(plan, typing)) : undefined;
  const shownAt = (key: string, row: number, col: number) => {
    const v = book?.value(key, row, col);
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null;
  };
  return new Map(
    plan.sheets.filter((s) => inputRectangle(s)).map((s) => {
      const grid = sheetRead(s, typing.get(s.key), names);
      const cells = grid.cells.map((line, r) => line.map((cell, c) => (book && "formula" in cell ? { ...cell, shown: shownAt(s.key, grid.row + r, grid.col + c) } : cell)));
      return [s.key, { ...grid, cells }];
    }),
  );
}

/** The (row, col) of the cell under `heading` in the row whose key column reads `key`, in the table `tableId`. */
function cellOf(sheet: SheetPlan, tableId: string, key: string | number, heading: string): [number, number] {
  const table = inputTables(sheet).find((t) => t.id === tableId)!;
  const col = table.columns.find((c) => c.heading === heading)!.col;
  const valueAt = (r: number, c: number) => sheet.blocks.map((b) => b.cells[r - b.row]?.[c - b.col]).find(Boolean)?.value;
  const row = typeof key === "number" ? table.rows[key] : table.rows.find((r) => valueAt(r, table.keyCol!) === key)!;
  return [row, col];
}

const valueAt = (plan: WorkbookPlan, key: string, [row, col]: [number, number]) => {
  const sheet = plan.sheets.find((s) => s.key === key)!;
  return sheet.blocks.map((b) => b.cells[row - b.row]?.[col - b.col]).find(Boolean)?.value;
};

const evaluated = new WeakMap<WorkbookPlan, EvaluatedPlan>();

/**
 * A table's rows as the workbook built from `plan` shows them: by the name each row's key column
 * shows, the values under `headings` that are not blank (rows with none left out).
 */
function shownRows(plan: WorkbookPlan, key: string, tableId: string, headings: readonly string[]): Record<string, Record<string, unknown>> {
  if (!evaluated.has(plan)) evaluated.set(plan, evaluatePlan(plan));
  const book = evaluated.get(plan)!;
  const table = inputTables(plan.sheets.find((s) => s.key === key)!).find((t) => t.id === tableId)!;
  const out: Record<string, Record<string, unknown>> = {};
  for (const row of table.rows) {
    const values = table.columns.filter((c) => headings.includes(c.heading)).flatMap((c) => {
      const v = book.value(key, row, c.col);
      return v === null || v === "" ? [] : [[c.heading, v] as const];
    });
    if (values.length > 0) out[String(book.value(key, row, table.keyCol!))] = Object.fromEntries(values);
  }
  return out;
}

/** The example matrix scored by a panel of three, the first scorer's scores for the first project given in the spec. */
const EXAMPLE = TEMPLATES.prioritisation.example as PrioritisationSpec;
const PANEL_SPEC: PrioritisationSpec = {
  ...EXAMPLE,
  panel: { scorers: ["Wanjiru", "Otieno", "Kiprono"] },
  projects: EXAMPLE.projects.map((p, i) => ({ name: p.name, cost: p.cost, panelScores: i === 0 ? [[5, 4, 3, 3, 5]] : undefined })),
};

describe("carrying typed values into a rebuilt prioritisation matrix", () => {
  const spec = TEMPLATES.prioritisation.example as PrioritisationSpec;
  const old = TEMPLATES.prioritisation.plan(spec);
  const matrix = old.sheets.find((s) => s.key === "matrix")!;
  const names = assignSheetNames(old);
  const table = "#|Project";
  const firstSpare = cellOf(matrix, table, spec.projects.length, "Project");
  const typing: [number, number, TypedCell][] = [
    [...cellOf(matrix, table, "Ambulance fleet (6 vehicles)", "Urgency"), { value: 1 }],
    [...cellOf(matrix, table, "Staff housing, Mukurweini", "Impact on citizens"), { value: 5 }],
    // A project added in the sheet, in its first spare row.
    [firstSpare[0], firstSpare[1], { value: "Clinic, Karatina" }],
    [firstSpare[0], cellOf(matrix, table, spec.projects.length, "Estimated cost (KES)")[1], { value: 12_000_000 }],
    [firstSpare[0], cellOf(matrix, table, spec.projects.length, "Urgency")[1], { value: 4 }],
  ];
  const typed = new Map([["matrix", sheetRead(matrix, typing)]]);

  it("lands each typed score on its project, after the projects were reordered and the budget changed", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, budget: 90_000_000, projects: [...spec.projects].reverse() });
    const carried = carryTyped(old, next, typed, names);
    const nextMatrix = next.sheets.find((s) => s.key === "matrix")!;
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, "Ambulance fleet (6 vehicles)", "Urgency"))).toBe(1);
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, "Staff housing, Mukurweini", "Impact on citizens"))).toBe(5);
    // Scores not typed keep the spec's values; so does the budget, changed in the spec only.
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, "Ambulance fleet (6 vehicles)", "Impact on citizens"))).toBe(spec.projects[2].scores![0]);
    expect(JSON.stringify(carried.plan)).toContain("90000000");
    // The added project lands in the new matrix's first spare row.
    const spare = cellOf(nextMatrix, table, spec.projects.length, "Project");
    expect(valueAt(carried.plan, "matrix", spare)).toBe("Clinic, Karatina");
    expect(valueAt(carried.plan, "matrix", [spare[0], cellOf(nextMatrix, table, spec.projects.length, "Urgency")[1]])).toBe(4);
    expect(carried).toMatchObject({ kept: typing.length, rowsAdded: ["Clinic, Karatina"], dropped: [] });
  });

  it("carries a project added in the sheet onto its own row once the spec has it too", () => {
    const added = { name: "Clinic, Karatina", cost: 11_000_000, scores: [3, 3, 3, 3, 3] };
    const next = TEMPLATES.prioritisation.plan({ ...spec, projects: [added, ...spec.projects] });
    const carried = carryTyped(old, next, typed, names);
    const nextMatrix = next.sheets.find((s) => s.key === "matrix")!;
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, "Clinic, Karatina", "Estimated cost (KES)"))).toBe(12_000_000);
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, "Clinic, Karatina", "Urgency"))).toBe(4);
    expect(carried.rowsAdded).toEqual([]);
  });

  it("lists what finds no place: a score under a criterion the new spec removed", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, criteria: spec.criteria.slice(0, 4).map((c, k) => ({ ...c, weight: k === 0 ? c.weight + spec.criteria[4].weight : c.weight })), projects: spec.projects.map((p) => ({ ...p, scores: p.scores!.slice(0, 4) })) });
    const carried = carryTyped(old, next, typed, names);
    expect(carried.dropped).toEqual([
      { sheet: names.get("matrix"), place: "Urgency of Ambulance fleet (6 vehicles)", value: "1" },
      { sheet: names.get("matrix"), place: "Urgency of Clinic, Karatina", value: "4" },
    ]);
    expect(carried.kept).toBe(typing.length - 2);
  });

  it("puts a project added in the sheet in the first spare row of a matrix rebuilt with one project, and lists the scores of the projects taken out", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, projects: [spec.projects[1]] });
    const carried = carryTyped(old, next, typed, names);
    const nextMatrix = next.sheets.find((s) => s.key === "matrix")!;
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, 1, "Project"))).toBe("Clinic, Karatina");
    expect(valueAt(carried.plan, "matrix", cellOf(nextMatrix, table, 1, "Urgency"))).toBe(4);
    expect(carried.rowsAdded).toEqual(["Clinic, Karatina"]);
    expect(carried.dropped.map((d) => d.place)).toEqual(["Urgency of Ambulance fleet (6 vehicles)", "Impact on citizens of Staff housing, Mukurweini"]);
  });

  it("carries nothing from a sheet nobody typed in", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, budget: 90_000_000 });
    const carried = carryTyped(old, next, new Map([["matrix", sheetRead(matrix)]]), names);
    expect(carried.plan).toEqual(next);
    expect(carried.kept).toBe(0);
  });
});

describe("carrying typed actuals into a rebuilt performance contract", () => {
  const spec = TEMPLATES.contract.example as ContractSpec;
  const old = TEMPLATES.contract.plan(spec);
  const sheet = old.sheets.find((s) => s.key === "contract")!;
  const names = assignSheetNames(old);
  const table = "Category|Indicator";

  it("keeps the quarterly actuals typed against each indicator when the spec changes a target and adds an indicator", () => {
    const typing: [number, number, TypedCell][] = [
      [...cellOf(sheet, table, "Boreholes rehabilitated", "Q3 actual"), { value: 7 }],
      [...cellOf(sheet, table, "Development budget absorbed", "Q4 actual"), { value: 0.3 }],
      // A cleared actual stays cleared.
      [...cellOf(sheet, table, "Households with piped water", "Q1 actual"), { value: "" }],
    ];
    const extra = { ...spec.indicators[1], name: "Water kiosks built", target: 10, weight: 0.1 };
    const changed = (i: ContractSpec["indicators"][number]) => (i.name === "Boreholes rehabilitated" ? { ...i, target: 25 } : i.name === "Households with piped water" ? { ...i, weight: 0.3 } : i);
    const next = TEMPLATES.contract.plan({ ...spec, indicators: [spec.indicators[3], extra, ...spec.indicators.slice(0, 3)].map(changed) });
    const carried = carryTyped(old, next, new Map([["contract", sheetRead(sheet, typing)]]), names);
    const nextSheet = next.sheets.find((s) => s.key === "contract")!;
    expect(valueAt(carried.plan, "contract", cellOf(nextSheet, table, "Boreholes rehabilitated", "Q3 actual"))).toBe(7);
    expect(valueAt(carried.plan, "contract", cellOf(nextSheet, table, "Boreholes rehabilitated", "Target"))).toBe(25);
    expect(valueAt(carried.plan, "contract", cellOf(nextSheet, table, "Development budget absorbed", "Q4 actual"))).toBe(0.3);
    expect(valueAt(carried.plan, "contract", cellOf(nextSheet, table, "Households with piped water", "Q1 actual"))).toBeNull();
    expect(valueAt(carried.plan, "contract", cellOf(nextSheet, table, "Water kiosks built", "Q3 actual"))).toBe(extra.quarters![2]);
    expect(carried).toMatchObject({ kept: 3, dropped: [] });
  });

  it("keeps text typed as text, a formula's look and all", () => {
    const typing: [number, number, TypedCell][] = [[...cellOf(sheet, table, "Boreholes rehabilitated", "Unit"), { value: '=HYPERLINK("http://example.org")' }]];
    const carried = carryTyped(old, old, new Map([["contract", sheetRead(sheet, typing)]]), names);
    const cell = carried.plan.sheets.find((s) => s.key === "contract")!.blocks.flatMap((b) => b.cells.flat()).find((c) => c?.value === '=HYPERLINK("http://example.org")');
    expect(cell).toMatchObject({ input: true });
    expect(cell?.formula).toBeUndefined();
  });
});

const everyPlan = [...TEMPLATE_IDS.map((id) => [id, TEMPLATES[id].plan(TEMPLATES[id].example)] as const), ["prioritisation with a panel", TEMPLATES.prioritisation.plan(PANEL_SPEC)] as const];

describe("carrying scores typed on a panel's scorer sheets, whose projects are the matrix's by formula", () => {
  const spec = PANEL_SPEC;
  const old = TEMPLATES.prioritisation.plan(spec);
  const names = assignSheetNames(old);
  const table = "#|Project";
  const matrix = old.sheets.find((s) => s.key === "matrix")!;
  const criteria = spec.criteria.map((c) => c.name);
  /** Scorer k's score under `criterion` on the row of `project` (a name, or a row of the table by number): a scorer's rows are the matrix's. */
  const score = (k: number, project: string | number, criterion: string, value: number): [number, number, TypedCell] => {
    const sheet = old.sheets.find((s) => s.key === scorerKey(k))!;
    return [cellOf(matrix, table, project, "Project")[0], inputTables(sheet).find((t) => t.id === table)!.columns.find((c) => c.heading === criterion)!.col, { value }];
  };
  const typing = new Map<string, [number, number, TypedCell][]>([
    // A project added in the room, in the matrix's first spare row.
    ["matrix", [[...cellOf(matrix, table, spec.projects.length, "Project"), { value: "Clinic, Karatina" }]]],
    [scorerKey(0), [score(0, "Ambulance fleet (6 vehicles)", "Urgency", 1), score(0, "Staff housing, Mukurweini", "Impact on citizens", 2)]],
    [scorerKey(1), [score(1, "Solar power for 20 dispensaries", "Urgency", 5), score(1, "Health records digitisation", "Urgency", 3)]],
    // Scored on the third scorer's sheet, where the added project shows by formula.
    [scorerKey(2), [score(2, spec.projects.length, "Urgency", 4)]],
  ]);
  const typed = workbookRead(old, typing);
  const scores = (plan: WorkbookPlan, k: number) => shownRows(plan, scorerKey(k), table, criteria);

  it("has each scorer's sheet, as typed, show the scores against the projects they were typed for", () => {
    const asTyped = typedPlan(old, typing);
    expect(scores(asTyped, 1)).toEqual({ "Solar power for 20 dispensaries": { Urgency: 5 }, "Health records digitisation": { Urgency: 3 } });
    expect(scores(asTyped, 2)).toEqual({ "Clinic, Karatina": { Urgency: 4 } });
    expect(inputTables(old.sheets[1]).find((t) => t.id === table)!.keyCol).toBe(SCORER_COLUMNS.project);
  });

  it("lands each score against its own project after the spec reorders the projects and drops one, the dropped one's listed", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, projects: [...spec.projects].reverse().filter((p) => p.name !== "Solar power for 20 dispensaries") });
    const carried = carryTyped(old, next, typed, names);
    expect(scores(carried.plan, 0)).toEqual({
      "Maternity wing, Othaya Level 4": Object.fromEntries(criteria.map((c, i) => [c, [5, 4, 3, 3, 5][i]])),
      "Ambulance fleet (6 vehicles)": { Urgency: 1 },
      "Staff housing, Mukurweini": { "Impact on citizens": 2 },
    });
    expect(scores(carried.plan, 1)).toEqual({ "Health records digitisation": { Urgency: 3 } });
    // The added project moved up a row with the matrix's spare rows; its score went with it.
    expect(scores(carried.plan, 2)).toEqual({ "Clinic, Karatina": { Urgency: 4 } });
    expect(carried.dropped).toEqual([{ sheet: "Otieno", place: "Urgency of Solar power for 20 dispensaries", value: "5" }]);
    expect(carried).toMatchObject({ kept: 5, rowsAdded: ["Clinic, Karatina"] });
  });

  it("keeps a score typed for a project added in the room with that project once the spec lists it first", () => {
    const next = TEMPLATES.prioritisation.plan({ ...spec, projects: [{ name: "Clinic, Karatina", cost: 12_000_000 }, ...spec.projects] });
    const carried = carryTyped(old, next, typed, names);
    expect(scores(carried.plan, 2)).toEqual({ "Clinic, Karatina": { Urgency: 4 } });
    expect(valueAt(carried.plan, "matrix", cellOf(next.sheets[0], table, 0, "Project"))).toBe("Clinic, Karatina");
    expect(carried).toMatchObject({ kept: 6, rowsAdded: [], dropped: [] });
  });

  it("lists, rather than guesses at, a score on a row whose name was not read", () => {
    const unread = new Map([...typed].map(([key, grid]) => [key, { ...grid, cells: grid.cells.map((line) => line.map((cell) => ("formula" in cell ? { formula: cell.formula } : cell))) }]));
    const carried = carryTyped(old, old, unread, names);
    expect(carried.dropped.map((d) => d.sheet)).toEqual(["Wanjiru", "Wanjiru", "Otieno", "Otieno", "Kiprono"]);
  });
});

describe("carrying targets typed on the contract's Quarters sheet, whose indicators are the contract's by formula", () => {
  const spec = TEMPLATES.contract.example as ContractSpec;
  const old = TEMPLATES.contract.plan(spec);
  const names = assignSheetNames(old);
  const contract = old.sheets.find((s) => s.key === "contract")!;
  const quarters = old.sheets.find((s) => s.key === "quarterly")!;
  const indicators = inputTables(contract).find((t) => t.id === "Category|Indicator")!;
  const table = inputTables(quarters).find((t) => t.keyCol !== undefined)!;
  const typedTargets = table.columns.filter((c) => c.heading.includes("target typed")).map((c) => c.heading);
  /** The typed target of quarter q (0-based) on the Quarters row of a contract row: the rows run in the same order. */
  const target = (contractRow: number, q: number, value: number): [number, number, TypedCell] => [table.rows[indicators.rows.indexOf(contractRow)], table.columns.find((c) => c.heading === typedTargets[q])!.col, { value }];
  const spare = cellOf(contract, "Category|Indicator", spec.indicators.length, "Indicator");
  const typed = workbookRead(
    old,
    new Map<string, [number, number, TypedCell][]>([
      ["contract", [[...spare, { value: "Water kiosks built" }]]],
      ["quarterly", [target(cellOf(contract, "Category|Indicator", "Boreholes rehabilitated", "Indicator")[0], 0, 4), target(cellOf(contract, "Category|Indicator", "Water supply interruptions reported", "Indicator")[0], 2, 7), target(spare[0], 1, 2)]],
    ]),
  );

  it("keeps each typed target with its indicator after the spec reorders the indicators and drops one, the dropped one's listed", () => {
    const [households, boreholes, , budget] = spec.indicators;
    const next = TEMPLATES.contract.plan({ ...spec, indicators: [{ ...budget, weight: 0.3 }, households, boreholes] });
    const carried = carryTyped(old, next, typed, names);
    expect(shownRows(carried.plan, "quarterly", table.id, typedTargets)).toEqual({
      "Boreholes rehabilitated": { [typedTargets[0]]: 4 },
      "Water kiosks built": { [typedTargets[1]]: 2 },
    });
    expect(carried.dropped).toEqual([{ sheet: names.get("quarterly"), place: `${typedTargets[2]} of Water supply interruptions reported`, value: "7" }]);
    expect(carried).toMatchObject({ kept: 3, rowsAdded: ["Water kiosks built"] });
  });
});

describe.each(everyPlan)("%s: every input cell has a place of its own", (_, plan) => {
  const names = assignSheetNames(plan);

  it("carries nothing from sheets as built, and each value typed over an input cell back into that cell", () => {
    const asBuilt = workbookRead(plan);
    expect(carryTyped(plan, plan, asBuilt, names)).toEqual({ plan, kept: 0, rowsAdded: [], dropped: [] });
    let k = 0;
    const typedAt = new Map<string, string>();
    const typing = new Map(
      plan.sheets.filter((s) => inputRectangle(s)).map((s) => {
        const cells: [number, number, TypedCell][] = [];
        for (const block of s.blocks) {
          block.cells.forEach((line, r) =>
            line.forEach((spec, c) => {
              if (!spec?.input) return;
              const value = `typed ${++k}`;
              typedAt.set(`${s.key}!${block.row + r},${block.col + c}`, value);
              cells.push([block.row + r, block.col + c, { value }]);
            }),
          );
        }
        return [s.key, cells];
      }),
    );
    const carried = carryTyped(plan, plan, workbookRead(plan, typing), names);
    expect(carried.dropped).toEqual([]);
    expect(carried.kept).toBe(typedAt.size);
    for (const [where, value] of typedAt) {
      const [key, cell] = where.split("!");
      const [row, col] = cell.split(",").map(Number);
      expect([where, valueAt(carried.plan, key, [row, col])]).toEqual([where, value]);
    }
  });
});
