import type { ExcelErrorKind } from "../core/errors";
import { type CatalogueEntry, FUNCTION_CATALOGUE, specOf } from "../functions/function-catalogue";
import type { BuilderArgument } from "./formula-builder";

/** An argument as the tab shows it and its builder writes it: the catalogue's help, the spec's type, known words and default. */
export type EntryArgument = CatalogueEntry["arguments"][number] & BuilderArgument & { default?: number | string };

/** A custom function as the Functions tab shows it: the catalogue's entry and what each of its errors means. */
export interface FunctionEntry extends CatalogueEntry {
  arguments: EntryArgument[];
  errors: { kind: ExcelErrorKind; meaning: string }[];
}

/** Every custom function, in the catalogue's order (the README's). */
export const FUNCTION_ENTRIES: readonly FunctionEntry[] = FUNCTION_CATALOGUE.map((entry) => ({
  ...entry,
  // The builder writes each argument by its declared type; the catalogue and the spec list them in the same order.
  arguments: entry.arguments.map((a, i) => {
    const { type, words, default: fallback } = specOf(entry.name).arguments[i];
    return { ...a, type, ...(words ? { words } : {}), ...(fallback === undefined ? {} : { default: fallback }) };
  }),
  // The catalogue does not carry the errors yet; the spec it is made from does.
  errors: Object.entries(specOf(entry.name).errors).map(([kind, meaning]) => ({ kind: kind as ExcelErrorKind, meaning: meaning ?? "" })),
}));

/** All the text a search looks in, lower-cased. */
function searchText(entry: FunctionEntry): string {
  return [entry.name, entry.signature, entry.description, entry.units ?? "", ...entry.arguments.flatMap((a) => [a.name, a.description, a.units ?? ""]), ...entry.errors.flatMap((e) => [e.kind, e.meaning])]
    .join(" ")
    .toLowerCase();
}

/**
 * The functions a search finds: those whose text holds every word typed, whatever the case; those
 * whose name holds them first. A blank search finds them all.
 */
export function searchFunctions(query: string, entries: readonly FunctionEntry[] = FUNCTION_ENTRIES): FunctionEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const found = entries.filter((e) => {
    const text = searchText(e);
    return words.every((w) => text.includes(w));
  });
  const inName = (e: FunctionEntry) => words.every((w) => e.name.toLowerCase().includes(w));
  return [...found.filter(inName), ...found.filter((e) => !inName(e))];
}
