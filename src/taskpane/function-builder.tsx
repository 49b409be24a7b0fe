import { Button, Field, Input } from "@fluentui/react-components";
import { useId, useState } from "react";
import { copyText } from "./copy-text";
import type { EntryArgument, FunctionEntry } from "./function-entries";
import { absoluteAddress, buildFormula, fieldsFromFormula } from "./formula-builder";
import { CellNotFree } from "./host";

export interface FunctionBuilderProps {
  entry: FunctionEntry;
  /** What is typed for each argument, in the spec's order; kept by the tab, so closing the builder loses nothing. */
  values: readonly string[];
  setValues: (update: (values: readonly string[]) => readonly string[]) => void;
  /** Inside Excel: writes into the active cell (only an empty, unlocked one). */
  insertFormula?: (formula: string) => Promise<void>;
  /** Inside Excel: the selection's address, to fill an argument with. */
  selectedAddress?: () => Promise<string>;
}

/** A field's help: what it takes, its units, and the value a blank optional argument stands for. */
function hintOf(a: EntryArgument): string {
  const units = a.units ? ` Units: ${a.units}.` : "";
  const blank = a.optional && a.default !== undefined && a.default !== "" ? ` Blank: ${a.default}.` : "";
  return `${a.description}${units}${blank}`;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The builder of one function's formula: a field per argument (typed, or filled from the selection
 * inside Excel), the formula as it is being built, a check that every required argument is given,
 * and "Insert in the active cell" (inside Excel) or "Copy formula".
 */
export function FunctionBuilder({ entry, values, setValues, insertFormula, selectedAddress }: FunctionBuilderProps) {
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [said, setSaid] = useState<{ text: string; offerCopy?: boolean } | null>(null);
  const built = buildFormula(entry.name, entry.arguments, values);
  const example = fieldsFromFormula(entry.example.formula, entry.arguments);
  const fieldId = (i: number) => `${id}-arg-${i}`;
  const formulaId = `${id}-formula`;
  const problems = checked ? built.problems : [];

  const set = (i: number, value: string) => setValues((v) => entry.arguments.map((_, j) => (j === i ? value : v[j] ?? "")));

  /** Shows every problem at once, next to its field, and takes the user to the first. */
  const ready = (verb: string): boolean => {
    setChecked(true);
    const first = built.problems.findIndex(Boolean);
    if (first < 0) return true;
    const count = built.problems.filter(Boolean).length;
    setSaid({ text: `Fix the ${count === 1 ? "argument" : `${count} arguments`} marked above; nothing was ${verb}.` });
    document.getElementById(fieldId(first))?.focus();
    return false;
  };
  const copy = async () => {
    if (!ready("copied")) return;
    const ok = await copyText(built.formula);
    setSaid({ text: ok ? `Copied ${built.formula}: paste it into a cell.` : "Could not reach the clipboard: select the formula above and copy it." });
  };
  const insert = async (write: (formula: string) => Promise<void>) => {
    if (!ready("written")) return;
    try {
      await write(built.formula);
      setSaid({ text: `Wrote ${built.formula} into the active cell.` });
    } catch (error) {
      setSaid({ text: error instanceof CellNotFree ? `${errorText(error)}.` : `Could not write into the active cell: ${errorText(error)}`, offerCopy: true });
    }
  };
  const fillFromSelection = async (read: () => Promise<string>, i: number) => {
    try {
      const reference = absoluteAddress(await read());
      set(i, reference);
      setSaid({ text: `${entry.arguments[i].name}: ${reference}.` });
    } catch (error) {
      setSaid({ text: `Could not read the selection: ${errorText(error)}` });
    }
  };

  return (
    <div className="builder">
      {entry.arguments.map((a, i) => (
        <Field key={a.name} label={{ children: `${a.name} (${a.optional ? "optional" : "required"})`, htmlFor: fieldId(i) }} hint={hintOf(a)} validationMessage={problems[i]}>
          <div className="builder-input">
            <Input
              id={fieldId(i)}
              value={values[i] ?? ""}
              onChange={(_, d) => set(i, d.value)}
              aria-required={!a.optional}
              placeholder={example?.[i] ? `e.g. ${example[i]}` : undefined}
              list={a.words?.length ? `${fieldId(i)}-words` : undefined}
            />
            {selectedAddress && (
              <Button type="button" size="small" aria-label={`Use selection for ${a.name}`} onClick={() => void fillFromSelection(selectedAddress, i)}>
                Use selection
              </Button>
            )}
          </div>
          {a.words?.length ? (
            <datalist id={`${fieldId(i)}-words`}>
              {a.words.map((w) => (
                <option key={w} value={w} />
              ))}
            </datalist>
          ) : null}
        </Field>
      ))}
      <p className="builder-formula">
        Formula: <code id={formulaId}>{built.formula}</code>
      </p>
      <div className="function-actions">
        {insertFormula && (
          <Button type="button" size="small" appearance="primary" aria-describedby={formulaId} onClick={() => void insert(insertFormula)}>
            Insert in the active cell
          </Button>
        )}
        <Button type="button" size="small" aria-describedby={formulaId} onClick={() => void copy()}>
          Copy formula
        </Button>
        {example && (
          <Button type="button" size="small" appearance="subtle" onClick={() => (setValues(() => example), setChecked(false), setSaid(null))}>
            Fill in the example
          </Button>
        )}
      </div>
      <p className="builder-said" role="status">
        {said?.text}
      </p>
      {said?.offerCopy && (
        <Button type="button" size="small" className="builder-copy-instead" onClick={() => void copy()}>
          Copy the formula instead
        </Button>
      )}
    </div>
  );
}
