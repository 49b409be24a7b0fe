import { a1 } from "../../src/plans/plan";
import { printSetup } from "../../src/plans/print-setup";
import { EXAMPLE_PRIORITISATION, MATRIX_HEADINGS, type PrioritisationSpec, checkPrioritisation, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { PANEL_TYPED_SCORES, hasTypedScores } from "../../src/plans/prioritisation-spec";
import { SpecError } from "../../src/plans/spec-errors";

describe("prioritisation plan", () => {
  it("lists every problem with the field it belongs to", () => {
    const bad = {
      ...EXAMPLE_PRIORITISATION,
      criteria: EXAMPLE_PRIORITISATION.criteria.map((c, i) => (i === 0 ? { ...c, weight: 0.2 } : c)),
      projects: [{ name: "Road", cost: -5 }],
    };
    expect(checkPrioritisation(bad)).toEqual([
      { field: "criteria", message: "Weights add up to 90%, not 100%." },
      { field: "projects.0.cost", message: 'The cost of "Road" must be zero or more.' },
    ]);
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, projects: [] })).toEqual([{ field: "projects", message: "Add at least one project." }]);
    expect(() => prioritisationPlan({ ...EXAMPLE_PRIORITISATION, projects: [] })).toThrow(SpecError);
    // A JSON spec may name any budget rule; only the two the sheet knows are taken.
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, budgetRule: "greedy" as never })).toEqual([{ field: "budgetRule", message: 'The budget rule is "in rank order" or "skip what does not fit".' }]);
  });

  it("writes names as input text, scores as validated inputs and results as formulas", () => {
    const plan = prioritisationPlan(EXAMPLE_PRIORITISATION);
    const sheet = plan.sheets[0];
    const { col, row, rows } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const projects = sheet.blocks.find((b) => b.row === row.firstProject)!.cells;
    // The five projects and ten spare rows, every one with the formulas.
    expect([rows, projects.length]).toEqual([15, 15]);
    expect(projects[0][col.project]).toEqual({ value: "Maternity wing, Othaya Level 4", input: true, style: "input" });
    expect(projects[0][col.weighted].formula).toBe("IF(COUNT(D7:H7)=5,ROUND(SUMPRODUCT($D$5:$H$5,D7:H7),9),\"\")");
    expect(projects[14][col.project]).toEqual({ value: null, input: true, style: "input" });
    expect(projects[14][col.weighted].formula).toBe("IF(COUNT(D21:H21)=5,ROUND(SUMPRODUCT($D$5:$H$5,D21:H21),9),\"\")");
    expect(sheet.validations[0]).toEqual(expect.objectContaining({ kind: "whole", min: 1, max: 5, range: { row: 6, col: 3, rows: 15, cols: 5 } }));
    expect(sheet.charts[0]).toEqual(expect.objectContaining({ kind: "scatter", title: "Impact vs feasibility" }));
    expect(sheet.freeze).toEqual({ rows: 6, cols: 2 });
    expect(prioritisationLayout({ ...EXAMPLE_PRIORITISATION, blankRows: 0 }).rows).toBe(5);
    expect(checkPrioritisation({ ...EXAMPLE_PRIORITISATION, blankRows: -1 })).toEqual([{ field: "blankRows", message: "The number of blank rows is a whole number from 0 to 1000." }]);
  });

  it("ranks, orders and sums without comparing every pair of rows more than once", () => {
    const sheet = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0];
    const { col, fund, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const projects = sheet.blocks.find((b) => b.row === row.firstProject && b.col === 0)!.cells;
    const funding = sheet.blocks.find((b) => b.row === row.firstProject && b.col === fund.order)!.cells;
    const all = [...projects, ...funding].flat().map((c) => c.formula ?? "");
    // No RANK.EQ, SMALL or pairwise SUMPRODUCT over the list: those made every row a pass over all the others.
    expect(all.filter((f) => /RANK\.EQ|SMALL\(|LARGE\(/.test(f))).toEqual([]);
    expect(all.filter((f) => /SUMPRODUCT\(\(\$/.test(f) && !f.includes("$D$4:$H$4"))).toEqual([]);
    // The rank counts the higher scores once; the order adds the ties above; the funding order finds its project once.
    expect(projects[2][col.rank].formula).toBe('IF(I9="","",COUNTIF($I$7:$I$21,">"&I9)+1)');
    expect(projects[2][col.order].formula).toContain("M9+COUNTIF($M$7:M8,M9)");
    expect(funding[2][1].formula).toBe('IFERROR(MATCH(3,$T$7:$T$21,0),"")');
    // The cumulative cost is a running sum down the funding order, read back by the matrix.
    expect(funding[2][fund.cumulative - fund.order].formula).toContain("AC8+");
    expect(projects[2][col.cumulative].formula).toBe('IF(M9="","",INDEX($AC$7:$AC$21,T9))');
  });

  it("colours scores by where they sit on the scale and quadrants by name, each with its words, and no relative colour scale", () => {
    const sheet = prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0];
    const { col, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    expect(sheet.conditionalFormats.filter((c) => c.kind === "colorScale")).toEqual([]);
    const scores = sheet.conditionalFormats.filter((c) => c.range.col === col.firstScore && c.range.row === row.firstProject);
    expect(scores.map((c) => (c.kind === "expression" ? c.formula : ""))).toEqual([0, 1, 2, 3, 4].map((k) => `AND(ISNUMBER(D7),ROUND((D7-(1))/(4)*4,0)=${k})`));
    expect(new Set(scores.map((c) => (c.kind === "expression" ? c.fill : ""))).size).toBe(5);
    const key = sheet.blocks.find((b) => b.row === row.legend && b.col === col.settingLabel)!.cells.map((r) => r[0].value);
    expect(key.slice(0, 6)).toEqual(["Score colours", "Score 1 (low)", "Score 2", "Score 3", "Score 4", "Score 5 (high)"]);
    const quadrants = sheet.conditionalFormats.filter((c) => c.range.col === col.quadrant);
    expect(quadrants.map((c) => (c.kind === "expression" ? c.formula : ""))).toEqual(["Quick win", "Major project", "Fill-in", "Reconsider"].map((q) => `L7="${q}"`));
  });

  it("labels the chart's points with the project number, up to 40, and draws both thresholds", () => {
    const many = { ...EXAMPLE_PRIORITISATION, projects: Array.from({ length: 45 }, (_, i) => ({ name: `P${i + 1}`, cost: 1, scores: [3, 3, 3, 3, 3] })) };
    const [points, impact, feasibility] = prioritisationPlan(many).sheets[0].charts[0].series;
    expect(points.labels).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect([impact.line, feasibility.line, impact.x.rows, feasibility.y.rows]).toEqual([true, true, 2, 2]);
  });
});

describe("prioritisation check on a spec from a JSON file", () => {
  const json = (patch: Record<string, unknown>) => checkPrioritisation({ ...EXAMPLE_PRIORITISATION, ...patch } as never);

  it("refuses wrong types by field, keeping the form's messages", () => {
    expect(json({ title: null })).toEqual([{ field: "title", message: "Give the session a title." }]);
    expect(json({ title: 5 })).toEqual([{ field: "title", message: "Must be text." }]);
    expect(json({ scale: null })).toEqual([{ field: "scale", message: "The scale needs a lowest score below the highest." }]);
    expect(json({ budget: "150m", threshold: "high" })).toEqual([
      { field: "budget", message: "The budget must be zero or more." },
      { field: "threshold", message: "The quadrant threshold is a number on the scale." },
    ]);
    const [first, ...rest] = EXAMPLE_PRIORITISATION.projects;
    expect(json({ projects: [{ ...first, name: ["x"], cost: "85m", scores: [5, "5", null, 9, 5] }, ...rest] })).toEqual([
      { field: "projects.0.name", message: "Must be text." },
      { field: "projects.0.cost", message: 'The cost of "" must be zero or more.' },
      { field: "projects.0.scores.1", message: 'The score for "" (criterion 2) is not a number.' },
      { field: "projects.0.scores.3", message: 'The score 9 for "" (criterion 4) is outside 1 to 5.' },
    ]);
    expect(json({ criteria: [{ name: "Impact", weight: 1, role: "both" }] })).toEqual([
      { field: "criteria.0.role", message: "Choose impact, feasibility." },
      { field: "criteria", message: "At least one weighted criterion must feed impact." },
      { field: "criteria", message: "At least one weighted criterion must feed feasibility." },
    ]);
  });

  it("reads null lists as empty and null scores as not yet given", () => {
    expect(json({ projects: null })).toEqual([{ field: "projects", message: "Add at least one project." }]);
    expect(json({ criteria: null })).toEqual([{ field: "criteria", message: "Add at least one criterion." }]);
    expect(json({ projects: [{ name: "Road", cost: null, scores: null }] })).toEqual([]);
    expect(() => prioritisationPlan({ ...EXAMPLE_PRIORITISATION, budget: undefined, county: undefined } as never)).not.toThrow();
  });
});

describe("ward, sub-county and programme, the rubric and the panel", () => {
  const rubric = { low: "Few benefit", mid: "A ward benefits", high: "The county benefits" };
  const placed: PrioritisationSpec = {
    ...EXAMPLE_PRIORITISATION,
    criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 0 ? { ...c, rubric } : c)),
    projects: EXAMPLE_PRIORITISATION.projects.map((p, i) => (i === 0 ? { ...p, ward: "Othaya", subCounty: "=Othaya", programme: "0401", subProgramme: "0401 01" } : p)),
  };
  const panel: PrioritisationSpec = { ...EXAMPLE_PRIORITISATION, panel: { scorers: ["Wanjiru", "Otieno", "Kamau"] }, projects: EXAMPLE_PRIORITISATION.projects.map((p) => ({ name: p.name, cost: p.cost })) };

  it("checks the new fields by name", () => {
    const json = (patch: Record<string, unknown>) => checkPrioritisation({ ...EXAMPLE_PRIORITISATION, ...patch } as never);
    const [first, ...rest] = EXAMPLE_PRIORITISATION.projects;
    expect(json({ projects: [{ ...first, ward: 7, programme: null }, ...rest] })).toEqual([{ field: "projects.0.ward", message: "Must be text." }]);
    expect(json({ criteria: EXAMPLE_PRIORITISATION.criteria.map((c, k) => (k === 1 ? { ...c, rubric: { low: 1, mid: "", high: "x" } } : k === 2 ? { ...c, rubric: "high" } : c)) })).toEqual([
      { field: "criteria.1.rubric.low", message: "Must be text." },
      { field: "criteria.2.rubric", message: "Must be an object with named fields." },
    ]);
    expect(json({ panel: { scorers: ["Wanjiru"] }, projects: panel.projects })).toEqual([{ field: "panel.scorers", message: "A panel has 2 to 12 scorers; this one has 1." }]);
    expect(json({ panel: { scorers: ["Wanjiru", " ", "wanjiru "], spreadThreshold: 0 }, projects: panel.projects })).toEqual([
      { field: "panel.scorers.1", message: "Scorer 2 has no name." },
      { field: "panel.scorers.2", message: '"wanjiru" is listed twice: give each scorer a name of their own.' },
      { field: "panel.spreadThreshold", message: "The spread threshold is a number of points above zero, at most 4." },
    ]);
    // Scores by scorer need a panel.
    expect(json({ projects: [{ ...first, panelScores: [[1, 2, 3, 4, 5]] }, ...rest] })).toEqual([
      { field: "projects.0.panelScores", message: `Scores by scorer need a panel: list the scorers, or give "${first.name}" its scores alone.` },
    ]);
    const unscored = rest.map(({ name, cost }) => ({ name, cost }));
    expect(json({ panel: { scorers: ["A", "B"] }, projects: [{ name: first.name, cost: first.cost, panelScores: [[1, 2, 3, 4, 9], null, [1]] }, ...unscored] })).toEqual([
      { field: "projects.0.panelScores", message: `"${first.name}" has scores from 3 scorers; the panel has 2.` },
      { field: "projects.0.panelScores.0.4", message: `The score 9 for "${first.name}" (criterion 5, A) is outside 1 to 5.` },
      { field: "projects.0.panelScores.1", message: "Must be a list." },
    ]);
  });

  it("with a panel, refuses a project's own scores, with or without scores by scorer, rather than leave them unwritten", () => {
    const json = (patch: Record<string, unknown>) => checkPrioritisation({ ...EXAMPLE_PRIORITISATION, ...patch } as never);
    const [first, second, ...rest] = EXAMPLE_PRIORITISATION.projects;
    const unscored = rest.map(({ name, cost }) => ({ name, cost }));
    const panelScores = [first.scores!, first.scores!];
    // The example's projects all have scores: each is refused on its own field, in the check's one sentence.
    expect(json({ panel: { scorers: ["A", "B"] } })).toEqual(EXAMPLE_PRIORITISATION.projects.map((_, i) => ({ field: `projects.${i}.scores`, message: PANEL_TYPED_SCORES })));
    expect(PANEL_TYPED_SCORES).toBe("With a panel, scores are typed on the scorers' sheets: move these into panelScores or remove them.");
    expect(json({ panel: { scorers: ["A", "B"] }, projects: [{ ...first, panelScores }, { ...second, scores: [null, 9] }, ...unscored] })).toEqual([
      { field: "projects.0.scores", message: PANEL_TYPED_SCORES },
      { field: "projects.1.scores", message: PANEL_TYPED_SCORES },
      { field: "projects.1.scores.1", message: `The score 9 for "${second.name}" (criterion 2) is outside 1 to 5.` },
    ]);
    // Blank scores drop nothing: a list of blanks, an empty list or none at all is taken.
    const blank = [{ name: first.name, cost: first.cost, scores: [null, null, null, null, null], panelScores }, { name: second.name, cost: second.cost, scores: [] }, ...unscored];
    expect(json({ panel: { scorers: ["A", "B"], spreadThreshold: 1.5 }, projects: blank })).toEqual([]);
    expect(() => prioritisationPlan({ ...EXAMPLE_PRIORITISATION, panel: { scorers: ["A", "B"] } })).toThrow(SpecError);
    // Without a panel, the same scores are the matrix's own.
    expect(json({})).toEqual([]);
    expect(hasTypedScores([null, 3])).toBe(true);
    expect([hasTypedScores([null]), hasTypedScores([]), hasTypedScores(undefined), hasTypedScores("5")]).toEqual([false, false, false, false]);
  });

  it("writes the places as text inputs and prints them when a project has one", () => {
    const sheet = prioritisationPlan(placed).sheets[0];
    const { col, row } = prioritisationLayout(placed);
    const rows = sheet.blocks.find((b) => b.row === row.firstProject && b.col === 0)!.cells;
    const header = sheet.blocks.find((b) => b.row === row.roles)!.cells[2];
    expect([col.ward, col.subCounty, col.programme, col.subProgramme].map((c) => header[c].value)).toEqual(MATRIX_HEADINGS.places);
    expect(rows[0][col.subCounty]).toEqual({ value: "=Othaya", input: true, format: "@", style: "input" });
    expect(rows[1][col.ward]).toEqual({ value: null, input: true, format: "@", style: "input" });
    expect(sheet.print?.area?.cols).toBe(col.subProgramme + 1);
    expect(prioritisationPlan(EXAMPLE_PRIORITISATION).sheets[0].print?.area?.cols).toBe(prioritisationLayout(EXAMPLE_PRIORITISATION).col.within + 1);
  });

  it("prompts each criterion's scores with its rubric and prints the scoring guide under the chart", () => {
    const sheet = prioritisationPlan(placed).sheets[0];
    const { col, lastProject } = prioritisationLayout(placed);
    const scores = sheet.validations.filter((v) => v.range.col >= col.firstScore && v.range.col <= col.lastScore && v.range.row > 5);
    expect(scores.map((v) => [v.range.col, v.range.cols, v.prompt])).toEqual(
      placed.criteria.map((_, k) => [col.firstScore + k, 1, k === 0 ? "Score from 1 (low) to 5 (high). 1: Few benefit; 3: A ward benefits; 5: The county benefits." : "Score from 1 (low) to 5 (high)."]),
    );
    const guide = sheet.blocks.find((b) => b.row > lastProject && b.col === col.project)!;
    expect(guide.cells.map((r) => r.map((c) => c.formula ?? c.value))).toEqual([["Scoring guide: what the scores mean"], ['$D$6&""'], ["1 (low)", rubric.low], ["3", rubric.mid], ["5 (high)", rubric.high]]);
    expect(sheet.print?.area?.rows).toBe(guide.row + guide.cells.length);
  });

  it("with a panel: the scores are the scorers' means, the spread and the room's flag beside them, the threshold an unconfirmed setting", () => {
    const plan = prioritisationPlan(panel);
    const sheet = plan.sheets[0];
    const { col, row, panel: P, spreads } = prioritisationLayout(panel);
    expect(plan.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Wanjiru", "Otieno", "Kamau"]);
    const rows = sheet.blocks.find((b) => b.row === row.firstProject && b.col === 0)!.cells;
    const header = sheet.blocks.find((b) => b.row === row.roles)!.cells[2];
    expect([header[P!.spread].value, header[P!.disagrees].value, header[col.weighted].value, header[spreads!.first].formula]).toEqual(["Largest spread", "Room disagrees", "Weighted score", '"Spread: "&$D$6']);
    expect(rows[0][col.firstScore]).toEqual({ formula: 'IF(COUNT({sheet:scorer-1}!C7,{sheet:scorer-2}!C7,{sheet:scorer-3}!C7)=0,"",AVERAGE({sheet:scorer-1}!C7,{sheet:scorer-2}!C7,{sheet:scorer-3}!C7))', format: "0.0", style: "computed" });
    expect(rows[0][spreads!.last].formula).toBe('IF(COUNT({sheet:scorer-1}!G7,{sheet:scorer-2}!G7,{sheet:scorer-3}!G7)<2,"",MAX({sheet:scorer-1}!G7,{sheet:scorer-2}!G7,{sheet:scorer-3}!G7)-MIN({sheet:scorer-1}!G7,{sheet:scorer-2}!G7,{sheet:scorer-3}!G7))');
    expect(rows[0][P!.spread].formula).toBe(`IF(COUNT(${a1(row.firstProject, spreads!.first)}:${a1(row.firstProject, spreads!.last)})=0,"",MAX(${a1(row.firstProject, spreads!.first)}:${a1(row.firstProject, spreads!.last)}))`);
    // No formula reaches another sheet through INDIRECT; the scores are not validated inputs here.
    expect(rows.flat().filter((c) => /INDIRECT/.test(c.formula ?? ""))).toEqual([]);
    expect(sheet.validations.filter((v) => v.range.col === col.firstScore && v.range.row === row.firstProject)).toEqual([]);
    const settings = sheet.blocks.find((b) => b.row === row.budget && b.col === col.settingLabel)!.cells;
    const threshold = settings[row.spreadThreshold - row.budget];
    expect([threshold[0].value, threshold[1].value, threshold[1].input]).toEqual(["Spread threshold", 2, true]);
    expect(threshold[2].value).toMatch(/^Unconfirmed \(default 2\)/);
  });

  it("with a panel, still prints 40 projects one page wide at 60% or more", () => {
    const forty: PrioritisationSpec = { ...panel, projects: Array.from({ length: 40 }, (_, i) => ({ name: `Project ${i + 1}`, cost: 1 })) };
    const sheet = prioritisationPlan(forty).sheets[0];
    expect(printSetup(sheet, forty.title).fit).toEqual({ pagesWide: 1, pagesTall: null });
  });

  it("prints 40 projects with their places one page wide at 60% or more; with a panel as well, at 60% over two pages", () => {
    const places = { ward: "Gikondi", subCounty: "Mathira East", programme: "Curative care", subProgramme: "Referral care" };
    const forty = (spec: PrioritisationSpec): PrioritisationSpec => ({ ...spec, projects: Array.from({ length: 40 }, (_, i) => ({ ...spec.projects[i % spec.projects.length], ...places })) });
    const alone = prioritisationPlan(forty(EXAMPLE_PRIORITISATION)).sheets[0];
    expect(printSetup(alone, "t").fit).toEqual({ pagesWide: 1, pagesTall: null });
    // The axis and weight labels stand in the project column, leaving the cost column a cost's width.
    const { col, row } = prioritisationLayout(EXAMPLE_PRIORITISATION);
    const labels = alone.blocks.find((b) => b.row === row.roles)!.cells.slice(0, 2).map((line) => line[col.project].value);
    expect(labels).toEqual(["Feeds (impact or feasibility)", "Weight"]);
    expect(alone.widths[col.cost]).toBeLessThan(alone.widths[col.project] / 2);
    expect(printSetup(prioritisationPlan(forty(panel)).sheets[0], "t").fit).toEqual({ scale: 60 });
  });
});
