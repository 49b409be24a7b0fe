import { sheetOrder } from "../../src/plans/contract-indicators-sheet";
import { columnLetter } from "../../src/plans/plan";
import { evaluatePlan } from "../support/hyperformula-plan";
import { EXAMPLE_CONTRACT, checkContract, contractLayout, contractPlan } from "../../src/plans/contract-plan";

describe("performance contract plan", () => {
  it("lists problems by field", () => {
    expect(checkContract({ ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, weight: 0.3, target: -1 } : i)) })).toEqual([
      { field: "indicators.0.target", message: "The target must be zero or more." },
      { field: "indicators", message: "Weights add up to 90%, not 100%." },
    ]);
  });

  it("reads a spec from a JSON file as whatever each field holds, refusing by field rather than throwing", () => {
    const json = (patch: Record<string, unknown>) => checkContract({ ...EXAMPLE_CONTRACT, ...patch } as never);
    expect(json({ department: null })).toEqual([{ field: "department", message: "Name the department." }]);
    expect(json({ department: 7, county: ["x"] })).toEqual([
      { field: "department", message: "Must be text." },
      { field: "county", message: "Must be text." },
    ]);
    expect(json({ indicators: null })).toEqual([{ field: "indicators", message: "Add at least one indicator." }]);
    expect(json({ indicators: "none" })).toEqual([{ field: "indicators", message: "Must be a list." }]);
    const [first, ...rest] = EXAMPLE_CONTRACT.indicators;
    expect(json({ indicators: [{ ...first, name: null, weight: "40%", direction: "up", quarters: [1, "2"] }, ...rest] })).toEqual([
      { field: "indicators.0.name", message: "Indicator 1 has no name." },
      { field: "indicators.0.weight", message: "A weight must be zero or more." },
      { field: "indicators.0.direction", message: "Choose higher, lower." },
      { field: "indicators.0.quarters.1", message: "The actual for quarter 2 must be zero or more." },
      { field: "indicators", message: "Weights add up to 60%, not 100%." },
    ]);
    expect(json({ criteria: null })).toEqual([]);
    expect(json({ criteria: [{ achievement: 1, score: "3" }, null] })).toEqual([
      { field: "criteria.0", message: "Point 1 needs an achievement and a raw score, as numbers." },
      { field: "criteria.1", message: "Point 2 needs an achievement and a raw score, as numbers." },
    ]);
  });

  it("shows each indicator's figures with the decimals they need, never a bare point", () => {
    const L = contractLayout(EXAMPLE_CONTRACT);
    const rows = contractPlan(EXAMPLE_CONTRACT).sheets[0].blocks.find((b) => b.row === L.row.firstIndicator && b.col === 0)!.cells;
    // Households in whole numbers; a share of the budget in "%" (0.55, 0.9, 0.81) as percentages.
    expect([L.col.baseline, L.col.target, L.col.actual].map((c) => rows[0][c].format)).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect([L.col.baseline, L.col.target, L.col.actual].map((c) => rows[3][c].format)).toEqual(["0%", "0%", "0%"]);
  });
});

describe("the contract as signed, spare rows and settings", () => {
  const cellsAt = (sheet: { blocks: { row: number; col: number; cells: { value?: unknown; formula?: string; input?: boolean; format?: string; note?: string }[][] }[] }, row: number, col: number) => {
    for (const b of sheet.blocks) {
      const c = b.cells[row - b.row]?.[col - b.col];
      if (c && (c.value !== undefined || c.formula !== undefined || c.note !== undefined)) return c;
    }
    return undefined;
  };

  it("writes 10 spare indicator rows by default, or as many as blankRows says, every formula and total covering them", () => {
    for (const blankRows of [undefined, 0, 3]) {
      const spec = { ...EXAMPLE_CONTRACT, blankRows };
      const L = contractLayout(spec);
      const sheet = contractPlan(spec).sheets[0];
      expect(L.rows).toBe(EXAMPLE_CONTRACT.indicators.length + (blankRows ?? 10));
      const spare = L.last;
      // The last row is blank, to be typed as text (an indicator itself when there are no spare rows).
      expect(cellsAt(sheet, spare, L.col.indicator)).toMatchObject({ value: blankRows === 0 ? sheetOrder(EXAMPLE_CONTRACT.indicators).at(-1)!.name : null, input: true, format: "@" });
      expect(cellsAt(sheet, spare, L.col.raw)?.formula).toContain("ISNUMBER");
      expect(cellsAt(sheet, L.composite, L.col.weighted)?.formula).toContain(`$${L.last + 1}`);
      expect(cellsAt(sheet, L.weightTotal, L.col.weighted)?.formula).toBe(`SUM(${columnLetter(L.col.weight)}$5:${columnLetter(L.col.weight)}$${L.last + 1})`);
      expect(sheet.validations.every((v) => v.range.row + v.range.rows - 1 === L.last)).toBe(true);
    }
  });

  it("keeps the raw-score rule a setting, titled as agreed per contract, with a note that it is not published", () => {
    const L = contractLayout(EXAMPLE_CONTRACT);
    const sheet = contractPlan(EXAMPLE_CONTRACT).sheets[0];
    const title = cellsAt(sheet, L.row.criteriaTitle, L.col.panelLabel)!;
    expect(title.value).toBe("Scoring criteria (default; agree per contract)");
    expect(title.note).toMatch(/not published.*unconfirmed/);
    expect(cellsAt(sheet, L.row.criteriaHeader, L.col.panelLabel)?.value).toBe("Unconfirmed default");
    expect(cellsAt(sheet, L.row.firstCriterion, L.col.criterionAchievement)).toMatchObject({ value: 1.3, input: true });
  });

  it("colours scores by band only: no relative colour scale on any contract sheet", () => {
    for (const sheet of contractPlan(EXAMPLE_CONTRACT).sheets) expect(sheet.conditionalFormats.filter((c) => c.kind === "colorScale")).toEqual([]);
  });

  it("builds the Quarters sheet with the rule as an unconfirmed setting, and the contract as signed from the spec", () => {
    const plan = contractPlan(EXAMPLE_CONTRACT);
    expect(plan.sheets.map((s) => s.key)).toEqual(["contract", "quarterly", "signed"]);
    const L = contractLayout(EXAMPLE_CONTRACT);
    const quarters = plan.sheets[1];
    expect(cellsAt(quarters, L.quarterly.rule, 0)?.value).toBe("Target rule (unconfirmed)");
    expect(cellsAt(quarters, L.quarterly.rule, 1)).toMatchObject({ value: "cumulative", input: true });
    const signed = plan.sheets[2];
    const texts = signed.blocks.flatMap((b) => b.cells.flat()).map((c) => c.value);
    for (const typed of [EXAMPLE_CONTRACT.vision, EXAMPLE_CONTRACT.mission, ...EXAMPLE_CONTRACT.objectives!, ...EXAMPLE_CONTRACT.firstPartyCommitments!, ...EXAMPLE_CONTRACT.secondPartyCommitments!]) {
      expect(texts).toContain(typed);
    }
    expect(texts).toContain("Signature");
  });

  it("offers empty input cells for the contract as signed when the spec gives none, and writes typed text as text", () => {
    const { vision, mission, objectives, firstPartyCommitments, secondPartyCommitments, ...bare } = EXAMPLE_CONTRACT;
    void [vision, mission, objectives, firstPartyCommitments, secondPartyCommitments];
    const spec = { ...bare, indicators: bare.indicators.map((i, k) => (k === 0 ? { ...i, name: '=HYPERLINK("http://x","y")' } : i)) };
    const [contract, , signed] = contractPlan(spec).sheets;
    const inputs = signed.blocks.flatMap((b) => b.cells.flat()).filter((c) => c.input);
    // Vision, mission, five objectives, five commitments for each party, and the two signatories' names.
    expect(inputs).toHaveLength(2 + 5 + 5 + 5 + 2);
    expect(inputs.every((c) => c.value === null && c.format === "@")).toBe(true);
    const L = contractLayout(spec);
    expect(cellsAt(contract, L.row.firstIndicator, L.col.indicator)).toMatchObject({ value: '=HYPERLINK("http://x","y")', format: "@", input: true });
  });

  it("writes each indicator's programme, sub-programme, sub-county and ward as text in their columns, blank where the spec leaves them out", () => {
    const spec = { ...EXAMPLE_CONTRACT, indicators: EXAMPLE_CONTRACT.indicators.map((i, k) => (k === 0 ? { ...i, ward: "=1+1", subCounty: "007" } : i)) };
    const L = contractLayout(spec);
    const sheet = contractPlan(spec).sheets[0];
    const header = sheet.blocks.find((b) => b.row === L.row.matrixHeader && b.col === 0)!.cells[0];
    expect([L.col.programme, L.col.subProgramme, L.col.subCounty, L.col.ward].map((c) => header[c].value)).toEqual(["Programme", "Sub-programme", "Sub-county", "Ward"]);
    sheetOrder(spec.indicators).forEach((ind, i) => {
      for (const [c, v] of [[L.col.programme, ind.programme], [L.col.subProgramme, ind.subProgramme], [L.col.subCounty, ind.subCounty], [L.col.ward, ind.ward]] as const) {
        expect(cellsAt(sheet, L.row.firstIndicator + i, c) ?? { value: null }).toMatchObject({ value: v ?? null });
      }
    });
    expect(cellsAt(sheet, L.row.firstIndicator, L.col.ward)).toMatchObject({ value: "=1+1", format: "@", input: true });
    expect(cellsAt(sheet, L.row.firstIndicator, L.col.subCounty)).toMatchObject({ value: "007", format: "@", input: true });
  });

  it("checks the new fields by field", () => {
    const [first, ...rest] = EXAMPLE_CONTRACT.indicators;
    expect(
      checkContract({ ...EXAMPLE_CONTRACT, quarterRule: "monthly", blankRows: 2.5, vision: 7, objectives: ["a", 3], indicators: [{ ...first, programme: 1001, ward: ["Makindu"], subCounty: 4, quarterTargets: [1, -2, 3, 4, 5] }, ...rest] } as never),
    ).toEqual([
      { field: "indicators.0.programme", message: "Must be text." },
      { field: "indicators.0.subCounty", message: "Must be text." },
      { field: "indicators.0.ward", message: "Must be text." },
      { field: "indicators.0.quarterTargets", message: "Give at most 4 quarterly targets." },
      { field: "indicators.0.quarterTargets.1", message: "The target for quarter 2 must be zero or more." },
      { field: "quarterRule", message: "Choose cumulative, quarter." },
      { field: "blankRows", message: "The number of spare rows is a whole number from 0 to 1000." },
      { field: "vision", message: "Must be text." },
      { field: "objectives.1", message: "Must be text." },
    ]);
  });
});

describe("a spare row, evaluated", () => {
  it("counts once it has an indicator name: blank spares leave the composite alone, a named one without an actual holds it", () => {
    const L = contractLayout(EXAMPLE_CONTRACT);
    const sheet = evaluatePlan(contractPlan(EXAMPLE_CONTRACT));
    const id = sheet.engine.getSheetId(sheet.names.get("contract")!)!;
    const composite = () => sheet.value("contract", L.composite, L.col.weighted);
    const midYear = () => sheet.value("contract", L.grade, L.col.q1);
    expect(typeof composite()).toBe("number");
    expect(typeof midYear()).toBe("number");
    // Figures typed in a spare row without a name score nothing.
    sheet.engine.setCellContents({ sheet: id, row: L.last, col: L.col.target }, 10);
    sheet.engine.setCellContents({ sheet: id, row: L.last, col: L.col.actual }, 5);
    expect(sheet.value("contract", L.last, L.col.raw)).toBe("");
    expect(typeof composite()).toBe("number");
    sheet.engine.setCellContents({ sheet: id, row: L.last - 1, col: L.col.indicator }, "Kiosks built");
    expect(composite()).toBe("Awaiting actuals");
    expect(midYear()).toBe("Awaiting actuals");
  });
});
