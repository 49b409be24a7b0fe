import type { TemplateId } from "../plans/templates";
import { type PaneTab, paneTabs } from "./pane-tabs";
import { EXAMPLE_FIELDS, type TemplateFields } from "./template-fields";

/**
 * Everything typed in the pane, kept above the tabs so a tab switch loses nothing. One plain object
 * (JSON in, JSON out), so a host may keep it across reloads: `forms` holds one object per template.
 */
export interface PaneState {
  forms: TemplateFields;
  /** The template each tab shows, by the tab's label (the delivery tools share a tab). */
  chosen: Record<string, TemplateId>;
}

export function initialPaneState(tabs: readonly PaneTab[] = paneTabs()): PaneState {
  return { forms: EXAMPLE_FIELDS, chosen: Object.fromEntries(tabs.map((t) => [t.label, t.templates[0]])) };
}

/** The state with one template's fields changed by `update`; the others are the same objects. */
export function withFields<T extends TemplateId>(state: PaneState, id: T, update: (fields: TemplateFields[T]) => TemplateFields[T]): PaneState {
  return { ...state, forms: { ...state.forms, [id]: update(state.forms[id]) } };
}

/**
 * A state read back from storage, made whole: a template missing from it, or a tab's choice that is
 * no longer one of its templates, takes the pane's opening value. (Fields are taken as stored.)
 */
export function restorePaneState(stored: unknown, tabs: readonly PaneTab[] = paneTabs()): PaneState {
  const fresh = initialPaneState(tabs);
  if (typeof stored !== "object" || stored === null) return fresh;
  const { forms, chosen } = stored as Partial<PaneState>;
  const restored: PaneState = { forms: { ...fresh.forms }, chosen: { ...fresh.chosen } };
  for (const id of Object.keys(fresh.forms) as TemplateId[]) {
    const saved = (forms as Partial<TemplateFields> | undefined)?.[id];
    if (typeof saved === "object" && saved !== null) (restored.forms as unknown as Record<TemplateId, object>)[id] = { ...fresh.forms[id], ...saved };
  }
  for (const tab of tabs) {
    const choice = chosen?.[tab.label];
    if (choice && tab.templates.includes(choice)) restored.chosen[tab.label] = choice;
  }
  return restored;
}
