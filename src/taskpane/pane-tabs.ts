import { TEMPLATES, TEMPLATE_IDS, type TemplateId } from "../plans/templates";

/** One tab of the pane and the templates it offers, in the registry's order. */
export interface PaneTab {
  label: string;
  templates: TemplateId[];
}

/** The pane's tabs, from the template registry: each in the order its first template is registered. */
export function paneTabs(ids: readonly TemplateId[] = TEMPLATE_IDS): PaneTab[] {
  const tabs: PaneTab[] = [];
  for (const id of ids) {
    const label = TEMPLATES[id].pane.tab;
    const tab = tabs.find((t) => t.label === label);
    if (tab) tab.templates.push(id);
    else tabs.push({ label, templates: [id] });
  }
  return tabs;
}

/** How a tab that offers several templates names one of them. */
export const choiceLabel = (id: TemplateId): string => TEMPLATES[id].pane.choice ?? TEMPLATES[id].label;
