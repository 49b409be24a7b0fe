import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { CONTRACT_FIELDS, INDICATOR_SHAPE } from "../../src/taskpane/contract-fields";
import { ContractForm } from "../../src/taskpane/contract-form";

const draw = (host: "standalone" | "excel") =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ContractForm onPlan={() => undefined} host={host} fields={CONTRACT_FIELDS} setFields={() => undefined} />
    </FluentProvider>,
  );
const html = draw("standalone");

describe("the contract form", () => {
  it("names the indicator lines' columns, the location last, and says a county-wide indicator leaves it blank", () => {
    const label = /<label[^>]*>(Indicators, one per line:[^<]*)<\/label>/.exec(html)?.[1] ?? "";
    expect(label).toMatch(/Q1-Q4 actuals, sub-county, ward$/);
    expect(html).toContain("Leave sub-county and ward blank for an indicator of the whole county.");
    expect(INDICATOR_SHAPE.columns.slice(-2)).toEqual(["sub-county", "ward"]);
  });

  it("offers the matrix link only inside Excel", () => {
    expect(html).not.toContain("Add the projects selected in a prioritisation matrix");
    expect(draw("excel")).toContain("Add the projects selected in a prioritisation matrix as indicators");
  });
});
