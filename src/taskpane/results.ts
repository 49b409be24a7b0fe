/**
 * The results panel's content for a previewed template: the spec is made again from the fields the
 * preview was checked from (the same function the form used, so the same spec the workbook was
 * planned from), then each template's module computes with the core. A mapped type over TemplateId,
 * so a template registered without results does not compile.
 */
import type { TemplateId } from "../plans/templates";
import { communicationSpecOf } from "./communication-fields";
import { contractSpecOf } from "./contract-fields";
import { deliverySpecOf } from "./delivery-fields";
import { labSpecOf } from "./lab-fields";
import { prioritisationSpecOf } from "./prioritisation-fields";
import { contractResults } from "./results-contract";
import { deliveryResults } from "./results-delivery";
import { labResults } from "./results-lab";
import { prioritisationResults } from "./results-prioritisation";
import { revenueResults } from "./results-revenue";
import { communicationResults, rriResults } from "./results-sdu";
import type { Results } from "./results-types";
import { revenueSpecOf } from "./revenue-fields";
import { rriSpecOf } from "./rri-fields";
import type { TemplateFields } from "./template-fields";

const RESULTS: { [T in TemplateId]: (fields: TemplateFields[T], today: string) => Results } = {
  prioritisation: (f) => prioritisationResults(prioritisationSpecOf(f).spec),
  contract: (f) => contractResults(contractSpecOf(f).spec),
  revenue: (f) => revenueResults(revenueSpecOf(f).spec),
  delivery: (f) => deliveryResults(deliverySpecOf(f).spec),
  rri: (f, today) => rriResults(rriSpecOf(f).spec, today),
  communication: (f, today) => communicationResults(communicationSpecOf(f).spec, today),
  lab: (f) => labResults(labSpecOf(f).spec),
};

/** Today's date where the pane runs, as the sheets' =TODAY() reads it (local, not UTC). */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The results of fields that passed Check and preview; `today` is an ISO date. */
export function resultsOf<T extends TemplateId>(template: T, fields: TemplateFields[T], today: string): Results {
  return (RESULTS[template] as (fields: TemplateFields[T], today: string) => Results)(fields, today);
}

/**
 * The same, never throwing: the panel is a convenience beside the preview, and a result the pane
 * cannot compute must not take the preview and the download away with it.
 */
export function panelResults(template: TemplateId, fields: object, label: string, today: string): Results {
  try {
    return resultsOf(template, fields as TemplateFields[typeof template], today);
  } catch (error) {
    return { template: label, lines: [`The results could not be computed here (${error instanceof Error ? error.message : String(error)}); the workbook computes them once built.`], tables: [] };
  }
}
