import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { FUNCTION_ENTRIES } from "../../src/taskpane/function-entries";
import { FunctionsTab } from "../../src/taskpane/functions-tab";

const draw = (props: Parameters<typeof FunctionsTab>[0] = {}) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FunctionsTab {...props} />
    </FluentProvider>,
  );

describe("the Functions tab", () => {
  it("draws a labelled search box and, for every function, a heading, its example and a copy button described by the heading", () => {
    const html = draw();
    expect(html).toMatch(/<label[^>]*for="([^"]+)"[^>]*>Search the functions<\/label>/);
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].length).toBe(FUNCTION_ENTRIES.length);
    const copies = [...html.matchAll(/<button[^>]*aria-describedby="([^"]+)"[^>]*>Copy formula<\/button>/g)].map((m) => m[1]);
    expect(copies).toHaveLength(FUNCTION_ENTRIES.length);
    for (const id of copies) expect(html).toContain(`<h2 id="${id}"`);
    expect(new Set(copies).size).toBe(copies.length);
    expect(html).not.toContain("Insert in the active cell");
  });

  it("offers to write into the active cell only where the host can", () => {
    expect(draw({ insertFormula: async () => undefined })).toContain("Insert in the active cell");
  });
});
