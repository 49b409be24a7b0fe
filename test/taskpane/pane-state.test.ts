import { paneTabs } from "../../src/taskpane/pane-tabs";
import { initialPaneState, restorePaneState, withFields } from "../../src/taskpane/pane-state";
import { isStale } from "../../src/taskpane/preview-state";
import { prioritisationSpecOf } from "../../src/taskpane/prioritisation-fields";
import { EXAMPLE_FIELDS } from "../../src/taskpane/template-fields";

describe("the pane's state, kept above the tabs", () => {
  it("opens on every template's example, each tab on its first template", () => {
    const state = initialPaneState();
    expect(state.forms).toEqual(EXAMPLE_FIELDS);
    expect(state.chosen).toEqual({ Prioritise: "prioritisation", Contract: "contract", Revenue: "revenue", Delivery: "delivery" });
  });

  it("changes one template's fields, leaving the others the same objects", () => {
    const state = initialPaneState();
    const next = withFields(state, "contract", (f) => ({ ...f, county: "Kakamega" }));
    expect(next.forms.contract.county).toBe("Kakamega");
    expect(next.forms.prioritisation).toBe(state.forms.prioritisation);
    expect(state.forms.contract.county).toBe(EXAMPLE_FIELDS.contract.county);
  });

  it("reads back what JSON kept, and makes whole what it lacks or no longer fits", () => {
    const typed = withFields({ ...initialPaneState(), chosen: { ...initialPaneState().chosen, Delivery: "rri" } }, "prioritisation", (f) => ({ ...f, projects: "Clinic, 45m" }));
    expect(restorePaneState(JSON.parse(JSON.stringify(typed)))).toEqual(typed);
    expect(restorePaneState(null)).toEqual(initialPaneState());
    expect(restorePaneState("nonsense")).toEqual(initialPaneState());
    const partial = restorePaneState({ forms: { contract: { county: "Kisumu" } }, chosen: { Delivery: "revenue", Nowhere: "rri" } }, paneTabs());
    expect(partial.forms.contract).toEqual({ ...EXAMPLE_FIELDS.contract, county: "Kisumu" });
    expect(partial.forms.revenue).toEqual(EXAMPLE_FIELDS.revenue);
    expect(partial.chosen).toEqual(initialPaneState().chosen);
  });
});

describe("a prioritisation form kept before panels, rubrics and places", () => {
  it("opens with the panel switched off and its criteria and project lines as they were, still making the same spec", () => {
    // The fields as a pane saved them then: no panel's three, no rubric on a criterion.
    const before = Object.fromEntries(Object.entries(EXAMPLE_FIELDS.prioritisation).filter(([key]) => !["panel", "scorers", "spreadThreshold"].includes(key))) as typeof EXAMPLE_FIELDS.prioritisation;
    const old = { ...before, criteria: before.criteria.map(({ name, weight, role }) => ({ name, weight, role })), projects: "Clinic\t45,000,000\t5\t4\t3\t3\t5" };
    const restored = restorePaneState({ forms: { prioritisation: old } }).forms.prioritisation;
    expect(restored).toMatchObject({ ...old, panel: false, scorers: "", spreadThreshold: "" });
    const { spec, errors } = prioritisationSpecOf(restored);
    expect(errors).toEqual([]);
    expect(spec).not.toHaveProperty("panel");
    expect(spec.criteria.some((c) => "rubric" in c)).toBe(false);
    expect(spec.projects).toEqual([{ name: "Clinic", cost: 45_000_000, scores: [5, 4, 3, 3, 5] }]);
  });
});

describe("a preview and the form it was checked from", () => {
  it("is stale once the form's fields have changed, even to a title, and not before", () => {
    const state = initialPaneState();
    const preview = { template: "prioritisation" as const, fields: state.forms.prioritisation };
    expect(isStale(null, state.forms)).toBe(false);
    expect(isStale(preview, state.forms)).toBe(false);
    expect(isStale(preview, withFields(state, "contract", (f) => ({ ...f, county: "x" })).forms)).toBe(false);
    for (const change of [{ title: "Another" }, { budget: "1" }, { department: "Roads" }]) {
      expect(isStale(preview, withFields(state, "prioritisation", (f) => ({ ...f, ...change })).forms)).toBe(true);
    }
    const revenue = { template: "revenue" as const, fields: state.forms.revenue };
    expect(isStale(revenue, withFields(state, "revenue", (f) => ({ ...f, total: "300bn" })).forms)).toBe(true);
  });
});
