import { Body1, Button, Caption1, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { copyText } from "./copy-text";
import { FunctionBuilder } from "./function-builder";
import { FUNCTION_ENTRIES, type FunctionEntry, searchFunctions } from "./function-entries";
import { selectedAddress as workbookSelection } from "./host";

export interface FunctionsTabProps {
  /** Inside Excel, writes a formula into the active cell; where it is not given, only copying is offered. */
  insertFormula?: (formula: string) => Promise<void>;
  /**
   * Inside Excel, the selection's address, which the builder fills an argument with. Where the host
   * writes formulas (Excel) and none is given, the workbook's own is read; in a plain page it is not offered.
   */
  selectedAddress?: () => Promise<string>;
}

/** Element ids from a function's name (PRUDENCE.INDEX gives fn-prudence-index). */
const idOf = (name: string) => `fn-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** The catalogue of custom functions, searchable, each with its arguments, errors and a worked example to copy. */
export function FunctionsTab({ insertFormula, selectedAddress = insertFormula ? workbookSelection : undefined }: FunctionsTabProps) {
  const [query, setQuery] = useState("");
  const [said, setSaid] = useState("");
  // One builder open at a time; what was typed in each is kept while the pane is open.
  const [building, setBuilding] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<string, readonly string[]>>({});
  const found = searchFunctions(query);

  const copy = async (entry: FunctionEntry) => {
    const ok = await copyText(entry.example.formula);
    setSaid(ok ? `Copied ${entry.name}'s example formula: paste it into a cell.` : `Could not reach the clipboard: select ${entry.name}'s example formula and copy it.`);
  };
  const insert = async (entry: FunctionEntry) => {
    try {
      await insertFormula!(entry.example.formula);
      setSaid(`Wrote ${entry.name}'s example formula into the active cell.`);
    } catch (error) {
      setSaid(`Could not write into the active cell: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="functions" aria-label="Custom functions">
      <Body1 as="p">Mgao's functions in Excel: type = and the name, as in any formula.</Body1>
      <Field label="Search the functions" hint="Words from a name, a description, an argument or an error.">
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <p className="functions-count" role="status">
        {found.length === FUNCTION_ENTRIES.length ? `${found.length} functions.` : `${found.length} of ${FUNCTION_ENTRIES.length} functions match.`} {said}
      </p>
      {found.map((entry) => {
        const id = idOf(entry.name);
        const open = building === entry.name;
        return (
          <article key={entry.name} className="function" aria-labelledby={id}>
            <h2 id={id} className="function-name">
              {entry.name}
            </h2>
            <code className="function-signature">{entry.signature}</code>
            <Body1 as="p">{entry.description}</Body1>
            {entry.units && <Caption1 as="p">Result in {entry.units}.</Caption1>}
            <h3>Arguments</h3>
            <Button type="button" size="small" aria-expanded={open} aria-controls={open ? `${id}-builder` : undefined} aria-describedby={id} onClick={() => setBuilding(open ? null : entry.name)}>
              {open ? "Close the builder" : "Build a formula"}
            </Button>
            {open ? (
              <div id={`${id}-builder`}>
                <FunctionBuilder
                  entry={entry}
                  values={drafts[entry.name] ?? []}
                  setValues={(update) => setDrafts((d) => ({ ...d, [entry.name]: update(d[entry.name] ?? []) }))}
                  insertFormula={insertFormula}
                  selectedAddress={selectedAddress}
                />
              </div>
            ) : (
              <dl className="function-list">
                {entry.arguments.map((a) => (
                  <div key={a.name}>
                    <dt>
                      <code>{a.name}</code>
                      {a.optional ? " (optional)" : ""}
                    </dt>
                    <dd>
                      {a.description}
                      {a.units ? ` Units: ${a.units}.` : ""}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {entry.errors.length > 0 && (
              <>
                <h3>Errors</h3>
                <dl className="function-list">
                  {entry.errors.map((e) => (
                    <div key={e.kind}>
                      <dt>
                        <code>{e.kind}</code>
                      </dt>
                      <dd>{e.meaning}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            <h3>Example</h3>
            <code className="function-example">{entry.example.formula}</code>
            <Caption1 as="p">Gives {entry.example.result}.</Caption1>
            {!open && (
              <div className="function-actions">
                <Button type="button" size="small" aria-describedby={id} onClick={() => void copy(entry)}>
                  Copy formula
                </Button>
                {insertFormula && (
                  <Button type="button" size="small" aria-describedby={id} onClick={() => void insert(entry)}>
                    Insert in the active cell
                  </Button>
                )}
              </div>
            )}
          </article>
        );
      })}
    </section>
  );
}
