import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ListField } from "../../src/taskpane/form-parts";
import { ListGrid } from "../../src/taskpane/list-grid";
import { projectColumns } from "../../src/taskpane/pasted-rows";

const html = (element: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const inputs = (markup: string) => [...markup.matchAll(/<input[^>]*>/g)].map((m) => m[0]);

describe("a list's grid", () => {
  const columns = projectColumns(["Need", "Readiness"]);
  const value = 'Clinic, "KES 45,000,000", 4\n\n"Road, Kisumu, 5';
  const markup = html(<ListGrid columns={columns} value={value} onChange={() => undefined} problems={new Map([[3, ["Line 3: the quote opened before \"Road, Kisumu, 5\" is not closed."]]])} labelledBy="projects-label" />);

  it("heads its columns with the names the list's parser declares, in a region of its own that scrolls sideways", () => {
    const heads = [...markup.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    expect(heads).toEqual(["Row", "name", "cost", "score for Need", "score for Readiness", "Remove"]);
    expect(markup).toMatch(/<div class="list-grid-scroll" data-scrolls="true" role="group" aria-labelledby="projects-label">/);
  });

  it("shows a row a line, each cell an input labelled by its row and column, and a line it cannot split as typed", () => {
    const labelled = inputs(markup).map((tag) => [attr(tag, "aria-label"), attr(tag, "value")]);
    expect(labelled).toEqual([
      ["Row 1, name", "Clinic"],
      ["Row 1, cost", "KES 45,000,000"],
      ["Row 1, score for Need", "4"],
      ["Row 1, score for Readiness", ""],
      ["Row 2, name", ""],
      ["Row 2, cost", ""],
      ["Row 2, score for Need", ""],
      ["Row 2, score for Readiness", ""],
      ["Row 3, the line as typed", "&quot;Road, Kisumu, 5"],
    ]);
    expect([...markup.matchAll(/aria-label="(Remove row \d+)"/g)].map((m) => m[1])).toEqual(["Remove row 1", "Remove row 2", "Remove row 3"]);
    expect(markup).toContain(">Add a row</button>");
  });

  it("puts a row's problems under it, and has the row's inputs described by them", () => {
    const row3 = inputs(markup).find((tag) => attr(tag, "aria-label") === "Row 3, the line as typed")!;
    const id = attr(row3, "aria-describedby")!;
    expect(attr(row3, "aria-invalid")).toBe("true");
    expect(markup).toContain(`<div id="${id}" class="list-grid-problem">Line 3: the quote opened before &quot;Road, Kisumu, 5&quot; is not closed.</div>`);
    expect(inputs(markup).filter((tag) => attr(tag, "aria-describedby") !== undefined)).toEqual([row3]);
  });
});

describe("a list field", () => {
  const props = { label: "Candidate projects, one per line", value: "Clinic, 5,000,000", onChange: () => undefined, errors: [{ field: "projects", message: "Line 1, cost: too small." }], errorKey: "projects" };

  it("opens as its text box, under its label and with its problems, offering the grid when it knows its columns", () => {
    const markup = html(<ListField {...props} columns={projectColumns(["Need"])} />);
    expect(markup).toMatch(/<label[^>]*>Candidate projects, one per line<\/label>/);
    expect(markup).toMatch(/<textarea[^>]*>Clinic, 5,000,000<\/textarea>/);
    expect(markup).toContain("Line 1, cost: too small.");
    expect(markup).toMatch(/<button[^>]*>Edit as a grid<\/button>/);
    expect(markup).not.toContain("list-grid");
  });

  it("offers no grid for a list of single items", () => {
    expect(html(<ListField {...props} />)).not.toContain("Edit as a grid");
  });
});
