import { type TypedCell, type TypedGrid, carryTyped, inputRectangle } from "../../src/plans/carry-typed";
import { inputTables } from "../../src/plans/input-places";
import type { CellSpec, SheetPlan, WorkbookPlan } from "../../src/plans/plan";
import { type PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { type ContractSpec } from "../../src/plans/contract-spec";
import { assignSheetNames, resolveSheetRefs } from "../../src/plans/sheet-names";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

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

describe.each(TEMPLATE_IDS)("%s: every input cell has a place of its own", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
  const names = assignSheetNames(plan);

  it("carries nothing from sheets as built, and each value typed over an input cell back into that cell", () => {
    const asBuilt = new Map(plan.sheets.filter((s) => inputRectangle(s)).map((s) => [s.key, sheetRead(s, [], names)]));
    expect(carryTyped(plan, plan, asBuilt, names)).toEqual({ plan, kept: 0, rowsAdded: [], dropped: [] });
    let k = 0;
    const typedAt = new Map<string, string>();
    const typedOver = new Map(
      plan.sheets.filter((s) => inputRectangle(s)).map((s) => {
        const typing: [number, number, TypedCell][] = [];
        for (const block of s.blocks) {
          block.cells.forEach((line, r) =>
            line.forEach((spec, c) => {
              if (!spec?.input) return;
              const value = `typed ${++k}`;
              typedAt.set(`${s.key}!${block.row + r},${block.col + c}`, value);
              typing.push([block.row + r, block.col + c, { value }]);
            }),
          );
        }
        return [s.key, sheetRead(s, typing, names)];
      }),
    );
    const carried = carryTyped(plan, plan, typedOver, names);
    expect(carried.dropped).toEqual([]);
    expect(carried.kept).toBe(typedAt.size);
    for (const [where, value] of typedAt) {
      const [key, cell] = where.split("!");
      const [row, col] = cell.split(",").map(Number);
      expect([where, valueAt(carried.plan, key, [row, col])]).toEqual([where, value]);
    }
  });
});
