/** A build that failed and whose sheets could not be shown to be removed: the pane says so, with their names. */
export class SheetsLeftError extends Error {
  constructor(
    readonly cause: unknown,
    readonly sheets: readonly string[],
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)}; the sheets it added could not be removed (${sheets.join(", ")}): delete them if they are there`);
    this.name = "SheetsLeftError";
  }
}

/**
 * After a failed build, the sheets this build tried to add that are now in the workbook are deleted:
 * found again by name (a batch that failed may have added some of them, all of them or none;
 * deleting one that is not there would stop the batch), never one that was there before. Two more
 * syncs, only when a build fails. Throws a SheetsLeftError naming them all if Excel could not be
 * reached; otherwise returns, and the caller passes the build's own error on.
 */
export async function removeAdded(context: Excel.RequestContext, failure: unknown, tried: readonly string[], before: readonly string[]): Promise<void> {
  const existed = new Set(before.map((n) => n.toLowerCase()));
  const ours = tried.filter((n) => !existed.has(n.toLowerCase()));
  if (ours.length === 0) return;
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const toDelete = ours.filter((n) => present.has(n.toLowerCase()));
    if (toDelete.length === 0) return;
    for (const name of toDelete) {
      const sheet = worksheets.getItem(name);
      // Excel will not delete a very hidden sheet (the workbook's marker, hidden at the build's last sync).
      sheet.visibility = "Visible" as Excel.SheetVisibility;
      sheet.delete();
    }
    await context.sync();
  } catch {
    throw new SheetsLeftError(failure, ours);
  }
}
