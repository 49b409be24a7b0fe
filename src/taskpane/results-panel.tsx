import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import type { Results, ResultsTable } from "./results-types";

/** One compact table: wraps rather than scrolls, so it fits a 350-pixel pane. */
function Table({ table }: { table: ResultsTable }) {
  const id = useId();
  const grid = (
    <table className="results-table" aria-labelledby={id}>
      <thead>
        <tr>
          {table.columns.map((c, k) => (
            <th key={k} scope="col" className={table.numeric.includes(k) ? "number" : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, k) => (
              <td key={k} className={table.numeric.includes(k) ? "number" : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (table.folded) {
    return (
      <details className="results-folded">
        <summary id={id}>{table.title}</summary>
        {grid}
      </details>
    );
  }
  return (
    <>
      <h4 id={id} className="results-table-title">
        {table.title}
      </h4>
      {grid}
    </>
  );
}

/** What the workbook will compute for these inputs, computed now by the core, above the sheet preview. */
export function ResultsPanel({ results }: { results: Results }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="results">
      <Subtitle2 as="h3" id={id}>
        Results
      </Subtitle2>
      <Caption1 as="p">{results.template}: what the workbook computes from these inputs.</Caption1>
      {results.lines.map((line, k) => (
        <p key={k} className="results-line">
          {line}
        </p>
      ))}
      {results.tables.map((t, k) => (
        <Table key={k} table={t} />
      ))}
    </section>
  );
}
