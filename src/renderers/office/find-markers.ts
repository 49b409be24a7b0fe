import { MarkerError, type WorkbookMarker, isMarker, readMarker } from "../../plans/workbook-marker";

/** A marker found in the open workbook: the sheet that holds it, and what it says. */
export interface FoundMarker {
  sheet: string;
  marker: WorkbookMarker;
  /** Its cells as read, to tell later whether it changed. */
  grid: unknown[][];
}

export interface MarkersFound {
  /** Every readable marker, in sheet order. */
  found: FoundMarker[];
  /** Markers that cannot be read (a later Mgao's), in words. */
  problems: string[];
  /** The sheet the user is on, to tell which of several built workbooks they mean. */
  active: string;
}

/**
 * The Mgao markers of the open workbook (workbook-marker.ts), in two syncs: the sheets' names and
 * visibility, then the cells of the very hidden ones (Mgao's markers are very hidden; a user's sheet
 * seldom is). Reads only; nothing is changed.
 */
export async function findMarkers(context: Excel.RequestContext): Promise<MarkersFound> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const hidden = worksheets.items.filter((s) => s.visibility === "VeryHidden");
  const used = hidden.map((s) => {
    const range = worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    range.load("formulas");
    return { name: s.name, range };
  });
  if (used.length > 0) await context.sync();
  const found: FoundMarker[] = [];
  const problems: string[] = [];
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    const grid = range.formulas as unknown[][];
    if (!isMarker(grid)) continue;
    try {
      found.push({ sheet: name, marker: readMarker(grid), grid });
    } catch (error) {
      if (!(error instanceof MarkerError)) throw error;
      problems.push(error.message);
    }
  }
  return { found, problems, active: active.name };
}

/** Of the markers found, the one for `template`: the one whose sheets include the sheet the user is on, or else the last built. */
export function markerFor(found: MarkersFound, template: string): FoundMarker | undefined {
  const mine = found.found.filter((f) => f.marker.template === template);
  return mine.find((f) => [...f.marker.sheets.values()].includes(found.active)) ?? mine[mine.length - 1];
}
