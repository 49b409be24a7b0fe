import type { SheetSelection } from "../../plans/matrix-selection";

/** The rows of one selected area: its first sheet row (0-based) and how many. */
export interface AreaRows {
  top: number;
  rows: number;
}

/**
 * One selection for the matrix reader (plans/matrix-selection.ts) from the areas a user selected,
 * Ctrl-selected rows included. Each area is cut to the used range (a whole column selects a million
 * rows), overlapping and touching areas are joined, and areas with rows between them are laid end to
 * end below the rows above the first one: the reader then sees one block holding exactly the
 * selected rows, in sheet order, with the matrix's headings above them.
 */
export function joinAreas(values: readonly (readonly unknown[])[], top: number, areas: readonly AreaRows[]): SheetSelection {
  const end = top + values.length;
  const spans = areas
    .map((a) => ({ from: Math.max(a.top, top), to: Math.min(a.top + a.rows, end) }))
    .filter((s) => s.from < s.to)
    .sort((a, b) => a.from - b.from);
  const joined: { from: number; to: number }[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else joined.push({ ...span });
  }
  // Nothing selected within the used range: the reader says there are no project rows.
  if (joined.length === 0) return { values, top, selectionTop: areas[0]?.top ?? top, selectionRows: areas[0]?.rows ?? 0 };
  if (joined.length === 1) return { values, top, selectionTop: joined[0].from, selectionRows: joined[0].to - joined[0].from };
  const first = joined[0].from;
  const picked = joined.flatMap((s) => values.slice(s.from - top, s.to - top));
  return { values: [...values.slice(0, first - top), ...picked], top, selectionTop: first, selectionRows: picked.length };
}
