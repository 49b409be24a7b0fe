import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DEFAULT_SPREAD_THRESHOLD } from "../../src/core/panel-scores";
import { PanelSection, type PanelSectionProps, SPREAD_HINT, scorerCount } from "../../src/taskpane/panel-section";

const html = (element: ReactElement) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const text = (markup: string) => markup.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");
const props = (patch: Partial<PanelSectionProps> = {}): PanelSectionProps => ({
  fields: { panel: true, scorers: "Achieng\nKamau\nWanjiru", spreadThreshold: "" },
  set: () => undefined,
  errors: [],
  typedScores: 0,
  clearScores: () => undefined,
  ...patch,
});

describe("the panel section", () => {
  it("shows only its switch while no panel scores, keeping what was typed out of sight", () => {
    const markup = html(<PanelSection {...props({ fields: { panel: false, scorers: "Achieng", spreadThreshold: "" } })} />);
    expect(markup).toContain('type="checkbox"');
    expect(markup).not.toContain("<textarea");
    expect(text(markup)).not.toContain("Achieng");
  });

  it("with a panel, lists the scorers, counts the sheets they make, and calls the spread's default unconfirmed", () => {
    const markup = html(<PanelSection {...props()} />);
    expect(markup).toMatch(/<textarea[^>]*>Achieng\nKamau\nWanjiru<\/textarea>/);
    expect(text(markup)).toContain(scorerCount("Achieng\nKamau\nWanjiru"));
    expect(scorerCount("Achieng\n\nKamau\nWanjiru")).toBe("3 scorers: 3 scoring sheets (a panel has 2 to 12).");
    expect(scorerCount("Achieng")).toBe("1 scorer: 1 scoring sheet (a panel has 2 to 12).");
    expect(SPREAD_HINT).toContain(`${DEFAULT_SPREAD_THRESHOLD} points`);
    expect(SPREAD_HINT).toContain("unconfirmed default");
    expect(text(markup)).toContain(SPREAD_HINT);
    expect(markup).toContain(`placeholder="${DEFAULT_SPREAD_THRESHOLD}"`);
  });

  it("shows each problem beside its field", () => {
    const errors = [
      { field: "panel.scorers.1", message: '"Kamau" is listed twice.' },
      { field: "panel.spreadThreshold", message: "The spread threshold is a number of points above zero, at most 4." },
    ];
    const said = text(html(<PanelSection {...props({ errors })} />));
    expect(said.indexOf('"Kamau" is listed twice.')).toBeGreaterThan(said.indexOf("Scorers, one per line"));
    expect(said.indexOf('"Kamau" is listed twice.')).toBeLessThan(said.indexOf("Spread that flags"));
    expect(said.indexOf("at most 4.")).toBeGreaterThan(said.indexOf("Spread that flags"));
  });

  it("offers to clear scores typed in the pane, which the scorers' sheets would replace, only when there are some", () => {
    expect(text(html(<PanelSection {...props({ typedScores: 2 })} />))).toContain("2 projects have scores typed above");
    expect(html(<PanelSection {...props({ typedScores: 2 })} />)).toMatch(/<button[^>]*type="button"[^>]*>Clear the typed scores<\/button>/);
    expect(html(<PanelSection {...props()} />)).not.toContain("Clear the typed scores");
  });
});
