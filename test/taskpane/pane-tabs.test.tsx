import { renderToStaticMarkup } from "react-dom/server";
import { TEMPLATE_IDS } from "../../src/plans/templates";
import { App } from "../../src/taskpane/app";
import { choiceLabel, paneTabs } from "../../src/taskpane/pane-tabs";
import { TEMPLATE_FORMS } from "../../src/taskpane/template-forms";

describe("the pane's tabs, from the template registry, and the functions' catalogue after them", () => {
  it("are the four builders in the browser tests' order, the delivery tools under one tab", () => {
    expect(paneTabs().map((t) => [t.label, t.templates])).toEqual([
      ["Prioritise", ["prioritisation"]],
      ["Contract", ["contract"]],
      ["Revenue", ["revenue"]],
      ["Delivery", ["delivery", "rri", "communication", "lab"]],
    ]);
    expect(paneTabs().find((t) => t.label === "Delivery")!.templates.map(choiceLabel)).toEqual(["Delivery plan, trajectory and stocktake", "Rapid Results Initiative (100 days)", "Communication grid", "Delivery lab (implementation plan)"]);
  });

  it("offer every registered template once, each with its form", () => {
    expect(paneTabs().flatMap((t) => t.templates)).toEqual(TEMPLATE_IDS);
    expect(Object.keys(TEMPLATE_FORMS).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it("group templates by tab in the order of each tab's first template", () => {
    expect(paneTabs(["rri", "contract", "delivery"]).map((t) => [t.label, t.templates])).toEqual([
      ["Delivery", ["rri", "delivery"]],
      ["Contract", ["contract"]],
    ]);
  });

  it("are what the pane draws, the first one open on its form", () => {
    const html = renderToStaticMarkup(<App host="standalone" />);
    // Fluent draws each tab's text twice (once hidden, to reserve the width of its bold face): the first is the label.
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>.*?<span[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(tabs).toEqual(["Prioritise", "Contract", "Revenue", "Delivery", "Functions"]);
    expect(html).toContain("Session title");
    expect(html).toMatch(/<button[^>]*>Start blank<\/button>/);
    expect(html).toMatch(/<button[^>]*>Load example<\/button>/);
  });
});
