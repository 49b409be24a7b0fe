import { Button, Input, useId } from "@fluentui/react-components";
import { Fragment, type ClipboardEvent } from "react";
import { type Column, columnName } from "../core/typed-lines";
import { gridRowsOf, pastedBlock, withBlock, withCell, withLine, withRowAdded, withRowRemoved } from "./list-grid-lines";

export interface ListGridProps {
  /** The list's own columns, as its parser declares them: the header row and the cells' labels. */
  columns: readonly Column[];
  /** The list's text, one item a line: the grid shows it and every edit writes it (list-grid-lines.ts). */
  value: string;
  onChange: (value: string) => void;
  /** Problems by the line they name, shown under that row. */
  problems: ReadonlyMap<number, readonly string[]>;
  /** The id of the list's label, which names the grid. */
  labelledBy: string;
}

/**
 * A list's lines as a grid: a row a line (row n is line n, as the problems count), a labelled input a
 * field. The grid scrolls sideways in its own region with the row's number and first field kept in
 * view; a paste holding tabs or line breaks fills the cells to the right and the rows below.
 */
export function ListGrid({ columns, value, onChange, problems, labelledBy }: ListGridProps) {
  const id = useId("list-grid");
  const names = columns.map(columnName);
  const width = names.length;
  const paste = (row: number, column: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const block = pastedBlock(e.clipboardData.getData("text/plain"));
    if (!block) return;
    e.preventDefault();
    onChange(withBlock(value, width, row, column, block));
  };
  return (
    <div className="list-grid">
      <div className="list-grid-scroll" data-scrolls role="group" aria-labelledby={labelledBy}>
        <table className="list-grid-table">
          <thead>
            <tr>
              <th scope="col" className="list-grid-number">
                Row
              </th>
              {names.map((name, k) => (
                <th scope="col" key={k} className={k === 0 ? "list-grid-first" : undefined}>
                  {name}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {gridRowsOf(value, width).map((row, i) => {
              const line = i + 1;
              const said = problems.get(line);
              const described = said ? { "aria-describedby": `${id}-${line}`, "aria-invalid": true } : {};
              return (
                <Fragment key={i}>
                  <tr>
                    <th scope="row" className="list-grid-number">
                      {line}
                    </th>
                    {"cells" in row ? (
                      row.cells.map((cell, k) => (
                        <td key={k} className={k === 0 ? "list-grid-first" : undefined}>
                          <Input value={cell} aria-label={`Row ${line}, ${names[k]}`} {...described} onChange={(_, d) => onChange(withCell(value, width, i, k, d.value))} onPaste={paste(i, k)} />
                        </td>
                      ))
                    ) : (
                      // A line the columns cannot show (a quote left open, too many fields) is edited as typed.
                      <td colSpan={width} className="list-grid-as-typed">
                        <Input value={row.asTyped} aria-label={`Row ${line}, the line as typed`} {...described} onChange={(_, d) => onChange(withLine(value, i, d.value))} />
                      </td>
                    )}
                    <td>
                      <Button type="button" size="small" appearance="subtle" aria-label={`Remove row ${line}`} onClick={() => onChange(withRowRemoved(value, i))}>
                        Remove
                      </Button>
                    </td>
                  </tr>
                  {said && (
                    <tr className="list-grid-problems">
                      <td colSpan={width + 2}>
                        <div id={`${id}-${line}`} className="list-grid-problem">
                          {said.join(" ")}
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="button" size="small" onClick={() => onChange(withRowAdded(value))}>
        Add a row
      </Button>
    </div>
  );
}
