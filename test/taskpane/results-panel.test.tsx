import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { fixed, kes, percent, shillings } from "../../src/taskpane/results-format";
import { ResultsPanel } from "../../src/taskpane/results-panel";
import { panelResults, resultsOf } from "../../src/taskpane/results";
import { EXAMPLE_FIELDS } from "../../src/taskpane/template-fields";

const draw = (template: (typeof TEMPLATE_IDS)[number]) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ResultsPanel results={resultsOf(template, EXAMPLE_FIELDS[template], "2026-03-20")} />
    </FluentProvider>,
  );

describe("the results panel", () => {
  it.each(TEMPLATE_IDS)("%s: a Results heading naming the template, every table named by its heading, columns headed", (id) => {
    const html = draw(id);
    expect(html).toMatch(/<h3[^>]*id="([^"]+)"[^>]*>Results<\/h3>/);
    expect(html).toContain(`${TEMPLATES[id].label}: what the workbook computes from these inputs.`);
    for (const [, labelledBy] of html.matchAll(/<table[^>]*aria-labelledby="([^"]+)"/g)) expect(html).toContain(`id="${labelledBy}"`);
    // Every header cell is a column heading (not <thead>, whose name also starts "<th").
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope="col")/);
  });

  it("aligns numbers right and folds the 47 counties behind a disclosure", () => {
    const html = draw("revenue");
    expect(html).toMatch(/<details class="results-folded"><summary id="[^"]+">All 47 counties, by change<\/summary><table/);
    expect(html).toMatch(/<td class="number">[\d,-]+<\/td>/);
  });

  it("says so, rather than fail the preview, when a result cannot be computed", () => {
    const broken = { ...EXAMPLE_FIELDS.rri, asOf: "not a date" };
    expect(panelResults("rri", broken, "Rapid Results Initiative tracker", "2026-03-20").lines[0]).toMatch(/^The results could not be computed here \(date: "not a date" is not a date/);
  });
});

describe("numbers as the sheets format them", () => {
  it("shillings with thousands separators, rounded half away from zero as Excel rounds", () => {
    expect([shillings(415_000_000_000), shillings(-400_000.5), shillings(2.5), kes(35_000_000)]).toEqual(["415,000,000,000", "-400,001", "3", "KES 35,000,000"]);
  });

  it("percentages and scores with the sheet's decimals", () => {
    expect([percent(0.775, 1), percent(-0.012345, 2), percent(0.3), fixed(4.3, 2), fixed(1.2345, 3)]).toEqual(["77.5%", "-1.23%", "30%", "4.30", "1.235"]);
  });
});
