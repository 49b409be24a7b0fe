import { withVersion } from "../../src/plans/spec-version";
import type { PrioritisationSpec } from "../../src/plans/prioritisation-spec";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { openSession, sessionText } from "../../src/taskpane/session-file";
import { EXAMPLE_FIELDS } from "../../src/taskpane/template-fields";

describe("a session as the command line's JSON spec", () => {
  it.each(TEMPLATE_IDS)("%s: the form saved and opened again is the same form, and the file is the spec the form makes", (id) => {
    const saved = sessionText(id, EXAMPLE_FIELDS[id]);
    if (!("text" in saved)) throw new Error(JSON.stringify(saved.errors));
    const opened = openSession(id, saved.text);
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.notKept).toEqual([]);
    expect(sessionText(id, opened.fields)).toEqual(saved);
    // The file is a spec the command line builds from: its own check finds nothing.
    expect(TEMPLATES[id].check(JSON.parse(saved.text))).toEqual([]);
  });

  it.each(TEMPLATE_IDS)("%s: the command line's example opens, naming what the form has no field for", (id) => {
    const opened = openSession(id, JSON.stringify(TEMPLATES[id].example), "example.json");
    if ("error" in opened) throw new Error(opened.error);
    expect(Array.isArray(opened.notKept)).toBe(true);
    // What is kept is kept exactly: the spec made from the opened form differs only in the fields named.
    const again = sessionText(id, opened.fields);
    expect("text" in again).toBe(true);
  });

  it("names the fields a delivery plan's actuals live in, which the form leaves to the sheet", () => {
    const example = TEMPLATES.delivery.example as { priorities: { actuals?: unknown[] }[] };
    expect(example.priorities.some((p) => (p.actuals?.length ?? 0) > 0)).toBe(true);
    const opened = openSession("delivery", JSON.stringify(example));
    expect("notKept" in opened && opened.notKept).toContain("priorities");
  });

  it("prioritisation: a panel, rubrics and projects' places are saved and opened again whole; scores by scorer, which the form leaves to the sheets, are named", () => {
    const example = TEMPLATES.prioritisation.example as PrioritisationSpec;
    const spec: PrioritisationSpec = {
      ...example,
      criteria: example.criteria.map((c, k) => (k === 0 ? { ...c, rubric: { low: "Few residents", mid: "One ward", high: "The whole county" } } : c)),
      projects: example.projects.map(({ name, cost }, k) => ({ name, cost, scores: example.criteria.map(() => null), ...(k === 0 ? { ward: "Iria-ini", subCounty: "Othaya", programme: "0402", subProgramme: "0402-1" } : {}) })),
      panel: { scorers: ["Achieng", "Kamau", "Wanjiru"], spreadThreshold: 1.5 },
    };
    const opened = openSession("prioritisation", JSON.stringify(spec));
    if ("error" in opened) throw new Error(opened.error);
    expect(opened.notKept).toEqual([]);
    expect(sessionText("prioritisation", opened.fields)).toEqual({ text: `${JSON.stringify(withVersion(spec), null, 2)}\n` });
    const scored = { ...spec, projects: spec.projects.map((p) => ({ name: p.name, cost: p.cost, panelScores: [[3, 3, 3, 3, 3]] })) };
    expect(openSession("prioritisation", JSON.stringify(scored))).toMatchObject({ notKept: ["projects"] });
  });

  it("refuses what is not a spec, saying why, and does not save a form with problems", () => {
    expect(openSession("prioritisation", "{not json", "s.json")).toEqual({ error: expect.stringMatching(/^s\.json is not JSON/) });
    expect(openSession("prioritisation", "[1,2]", "s.json")).toEqual({ error: "s.json is not a prioritisation matrix spec: it should be one JSON object with named fields." });
    expect(openSession("prioritisation", JSON.stringify({ projects: [] }), "s.json")).toEqual({ error: expect.stringContaining("projects: Add at least one project.") });
    expect(sessionText("prioritisation", { ...EXAMPLE_FIELDS.prioritisation, projects: "" })).toEqual({ errors: expect.arrayContaining([expect.objectContaining({ field: "projects" })]) });
  });
});
