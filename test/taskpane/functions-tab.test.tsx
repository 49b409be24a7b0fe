import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { FunctionBuilder } from "../../src/taskpane/function-builder";
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

describe("the Functions tab's builder", () => {
  const allocate = FUNCTION_ENTRIES.find((e) => e.name === "THIRDBASIS.ALLOCATE")!;
  const build = (props: Partial<Parameters<typeof FunctionBuilder>[0]> = {}) =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <FunctionBuilder entry={allocate} values={[]} setValues={() => undefined} {...props} />
      </FluentProvider>,
    );

  it("is offered, closed, for every function", () => {
    const toggles = [...draw().matchAll(/<button[^>]*aria-expanded="false"[^>]*>Build a formula<\/button>/g)];
    expect(toggles).toHaveLength(FUNCTION_ENTRIES.length);
  });

  it("has one labelled field per argument of the spec, saying whether it is required, with its help and units", () => {
    const html = build();
    const labels = [...html.matchAll(/<label[^>]*for="([^"]+)"[^>]*>([^<]+)<\/label>/g)].map((m) => ({ for: m[1], text: m[2] }));
    expect(labels.map((l) => l.text)).toEqual(["total (required)", "data (required)", "weights (optional)", "basis (optional)"]);
    for (const label of labels) expect(html).toMatch(new RegExp(`<input[^>]*id="${label.for}"`));
    expect(html).toContain("Total to share (whole shillings), e.g. the year&#x27;s equitable share. Units: KES.");
    expect(html).toContain("Blank: third-adopted.");
    // The worked example shows what each takes; a text argument lists the words it knows.
    expect(html).toContain('placeholder="e.g. THIRDBASIS.DATA()"');
    const words = /<datalist id="([^"]+)"><option value="fourth"/.exec(html)!;
    expect(html).toMatch(new RegExp(`<input[^>]*list="${words[1]}"`));
  });

  it("shows the formula as it is being built, described to the buttons that use it", () => {
    const html = build({ values: ["415,000,000,000", "'County data'!$A$1:$K$48", "", "fourth"] });
    const formula = /<code id="([^"]+)">([^<]*)<\/code>/.exec(html)!;
    expect(formula[2]).toBe("=THIRDBASIS.ALLOCATE(415000000000, &#x27;County data&#x27;!$A$1:$K$48,, &quot;fourth&quot;)");
    expect(html).toMatch(new RegExp(`<button[^>]*aria-describedby="${formula[1]}"[^>]*>Copy formula</button>`));
  });

  it("offers the selection and the active cell only where the host gives them", () => {
    const plain = build();
    expect(plain).not.toContain("Use selection");
    expect(plain).not.toContain("Insert in the active cell");
    const inExcel = build({ insertFormula: async () => undefined, selectedAddress: async () => "Data!A1" });
    expect([...inExcel.matchAll(/aria-label="Use selection for ([a-z]+)"[^>]*>Use selection</g)].map((m) => m[1])).toEqual(["total", "data", "weights", "basis"]);
    expect(inExcel).toContain("Insert in the active cell");
  });
});
