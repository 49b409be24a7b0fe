import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { TEMPLATE_IDS } from "../../src/plans/templates";
import { TEMPLATE_FORMS } from "../../src/taskpane/template-forms";

describe("every template's form", () => {
  it.each(TEMPLATE_IDS)("%s draws its fields, each label naming one control, and the check button", (id) => {
    const Form = TEMPLATE_FORMS[id];
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <Form onPlan={() => undefined} host="standalone" />
      </FluentProvider>,
    );
    const ids = [...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // A label names a control: an input, a text area, a list, or a group of radio buttons.
    for (const forId of ids) expect(html).toMatch(new RegExp(`<((input|textarea|select)[^>]*|div role="radiogroup") id="${forId}"`));
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Check and preview<\/button>/);
  });
});
