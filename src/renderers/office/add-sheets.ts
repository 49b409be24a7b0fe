import type { WorkbookPlan } from "../../plans/plan";
import { assignSheetNames } from "../../plans/sheet-names";
import { errorCode } from "./host-support";

/**
 * Excel's codes when worksheets.add will not take a name. A chart sheet's name is taken although
 * chart sheets are not in `worksheets`, so the names read before the build cannot rule it out:
 * "ItemAlreadyExists" (a resource with the same name exists); some hosts answer "InvalidArgument".
 */
const NAME_REFUSED = new Set(["ItemAlreadyExists", "InvalidArgument"]);

/** Retries with further suffixes before the refusal is passed on as the build's failure. */
const MAX_RETRIES = 10;

async function namesNow(context: Excel.RequestContext): Promise<Set<string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return new Set(worksheets.items.map((s) => s.name.toLowerCase()));
}

/**
 * Adds the plan's sheets in one sync, with whatever `queueWithAdds` queues after the adds for the
 * names given (so formulas naming other sheets get the final names). If Excel refuses a name, the
 * sheets added before it stay (a batch stops at its failing action), the refused name is set aside
 * and the rest are added again under the next free names; each retry costs two syncs. Every name
 * tried goes into `tried`, for the clean-up if the build fails. Returns plan sheet key → name.
 */
export async function addSheets(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  before: readonly string[],
  tried: Set<string>,
  queueWithAdds: (names: ReadonlyMap<string, string>) => void,
): Promise<Map<string, string>> {
  const added = new Map<string, string>();
  const refused: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const rest = plan.sheets.filter((s) => !added.has(s.key));
    const fresh = assignSheetNames({ sheets: rest }, [...before, ...refused, ...added.values()]);
    const names = new Map(plan.sheets.map((s) => [s.key, added.get(s.key) ?? fresh.get(s.key)!]));
    for (const sheet of rest) {
      const name = names.get(sheet.key)!;
      tried.add(name);
      context.workbook.worksheets.add(name);
    }
    queueWithAdds(names);
    try {
      await context.sync();
      return names;
    } catch (error) {
      if (attempt >= MAX_RETRIES || !NAME_REFUSED.has(errorCode(error) ?? "")) throw error;
      const present = await namesNow(context);
      const missing = rest.find((s) => !present.has(names.get(s.key)!.toLowerCase()));
      // Every sheet is there: what failed was not a name.
      if (!missing) throw error;
      for (const sheet of rest) if (present.has(names.get(sheet.key)!.toLowerCase())) added.set(sheet.key, names.get(sheet.key)!);
      refused.push(names.get(missing.key)!);
    }
  }
}
