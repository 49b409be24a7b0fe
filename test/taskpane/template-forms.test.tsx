import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { TEMPLATE_IDS } from "../../src/plans/templates";
import type { ComponentType } from "react";
import type { FormProps } from "../../src/taskpane/form-props";
import { BLANK_FIELDS, EXAMPLE_FIELDS } from "../../src/taskpane/template-fields";
import { TEMPLATE_FORMS } from "../../src/taskpane/template-forms";

describe("every template's form", () => {
  it.each(TEMPLATE_IDS)("%s draws its fields, each label naming one control, and the check button", (id) => {
    const Form = TEMPLATE_FORMS[id] as ComponentType<FormProps<object>>;
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <Form onPlan={() => undefined} host="standalone" fields={EXAMPLE_FIELDS[id]} setFields={() => undefined} />
      </FluentProvider>,
    );
    const ids = [...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // A label names a control: an input, a text area, a list, or a group of radio buttons.
    for (const forId of ids) expect(html).toMatch(new RegExp(`<((input|textarea|select)[^>]*|div role="radiogroup") id="${forId}"`));
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Check and preview<\/button>/);
  });

  it.each(TEMPLATE_IDS)("%s has an example and a blank start, both plain data that survive JSON", (id) => {
    for (const fields of [EXAMPLE_FIELDS[id], BLANK_FIELDS[id]]) expect(JSON.parse(JSON.stringify(fields))).toEqual(fields);
    expect(BLANK_FIELDS[id]).not.toEqual(EXAMPLE_FIELDS[id]);
    expect(Object.keys(BLANK_FIELDS[id]).sort()).toEqual(Object.keys(EXAMPLE_FIELDS[id]).sort());
  });
});
