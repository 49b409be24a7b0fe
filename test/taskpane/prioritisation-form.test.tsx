import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { EXAMPLE_PRIORITISATION } from "../../src/plans/prioritisation-spec";
import { PRIORITISATION_FIELDS, type PrioritisationFields, withoutScores } from "../../src/taskpane/prioritisation-fields";
import { PrioritisationForm } from "../../src/taskpane/prioritisation-form";

const draw = (fields: PrioritisationFields) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PrioritisationForm onPlan={() => undefined} host="standalone" fields={fields} setFields={() => undefined} />
    </FluentProvider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("the prioritisation form with a panel", () => {
  const panel = { ...PRIORITISATION_FIELDS, panel: true, scorers: "Achieng\nKamau" };

  it("counts the projects whose scores are typed in the pane and offers to clear them", () => {
    const said = text(draw(panel));
    expect(said).toContain(`${EXAMPLE_PRIORITISATION.projects.length} projects have scores typed above`);
    expect(said).toContain("Clear the typed scores");
  });

  it("offers nothing to clear once they are cleared, or while no panel scores", () => {
    expect(text(draw(withoutScores(panel)))).not.toContain("Clear the typed scores");
    expect(text(draw(PRIORITISATION_FIELDS))).not.toContain("Clear the typed scores");
  });
});
