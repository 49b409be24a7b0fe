import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { WorkbookPlan } from "../plans/plan";
import { previewText } from "./preview-text";

/** The first rows of each sheet a build will write, so a standalone user sees what they get. */
export function Preview({ plan }: { plan: WorkbookPlan }) {
  return (
    <section aria-label="Preview" className="preview">
      {plan.sheets.map((sheet) => {
        const grid: string[][] = [];
        for (const block of sheet.blocks) {
          block.cells.forEach((line, r) =>
            line.forEach((cell, c) => {
              const row = (grid[block.row + r] ??= []);
              row[block.col + c] = previewText(cell);
            }),
          );
        }
        // Array.from fills the gaps between blocks, which map and spread would otherwise skip.
        const rows = Array.from(grid.slice(0, 16), (r) => r ?? []);
        const width = Math.min(8, Math.max(0, ...rows.map((r) => r.length)));
        return (
          <div key={sheet.key}>
            <Subtitle2 as="h3">{sheet.name}</Subtitle2>
            <div className="preview-scroll" role="region" aria-label={`${sheet.name}, first rows`} tabIndex={0}>
            <table className="preview-table">
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    {Array.from({ length: width }, (_, c) => (
                      <td key={c}>{r[c] ?? ""}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </div>
        );
      })}
      <Caption1>ƒ marks a live formula.</Caption1>
    </section>
  );
}
