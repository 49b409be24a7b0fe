/** The Delivery tab's stocktake section inside Excel: recording in the open workbook, and the County view button. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { CountyViewPanel } from "../../src/taskpane/county-view-panel";
import { StocktakePanel } from "../../src/taskpane/stocktake-panel";

const markup = (node: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const buttons = (html: string) => [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map((m) => ({ type: /\btype="([^"]+)"/.exec(m[1])?.[1], text: m[2].replace(/<[^>]+>/g, "") }));

describe("the stocktake section inside Excel", () => {
  const html = markup(<StocktakePanel host="excel" />);

  it("records in the open workbook: an As of field and the button, no file to choose", () => {
    expect(html).toContain("Record a stocktake");
    expect(html).toMatch(/<label[^>]*>As of/);
    expect(html).not.toContain('type="file"');
    expect(buttons(html)).toEqual([
      { type: "button", text: "Record this stocktake" },
      { type: "button", text: "Build county view" },
    ]);
  });

  it("offers the County view in its own labelled section", () => {
    const view = markup(<CountyViewPanel build={async () => ({ ok: true, said: "" })} />);
    expect(view).toMatch(/<section aria-labelledby="([^"]+)" class="stocktake-record county-view"><h2[^>]*id="\1"[^>]*>County view<\/h2>/);
    expect(buttons(view)).toEqual([{ type: "button", text: "Build county view" }]);
  });

  it("keeps the standalone page's file picker and offers no County view there", () => {
    const standalone = markup(<StocktakePanel host="standalone" />);
    expect(standalone).toContain('type="file"');
    expect(buttons(standalone).map((b) => b.text)).toEqual(["Record this stocktake"]);
  });
});
