import type { TemplateId } from "../plans/templates";
import { COMMUNICATION_BLANK, COMMUNICATION_FIELDS, type CommunicationFields } from "./communication-fields";
import { CONTRACT_BLANK, CONTRACT_FIELDS, type ContractFields } from "./contract-fields";
import { DELIVERY_BLANK, DELIVERY_FIELDS, type DeliveryFields } from "./delivery-fields";
import { LAB_BLANK, LAB_FIELDS, type LabFields } from "./lab-fields";
import { PRIORITISATION_BLANK, PRIORITISATION_FIELDS, type PrioritisationFields } from "./prioritisation-fields";
import { REVENUE_BLANK, REVENUE_FIELDS, type RevenueFields } from "./revenue-fields";
import { RRI_BLANK, RRI_FIELDS, type RriFields } from "./rri-fields";

/**
 * Each template's form fields as typed: one plain, serialisable object per template (strings, choices
 * and, for the revenue model, the CSV as read), so the pane can keep them across tab switches and a
 * host can keep them across reloads. A Record over TemplateId: a template without fields does not compile.
 */
export interface TemplateFields extends Record<TemplateId, object> {
  prioritisation: PrioritisationFields;
  contract: ContractFields;
  revenue: RevenueFields;
  delivery: DeliveryFields;
  rri: RriFields;
  communication: CommunicationFields;
  lab: LabFields;
}

/** "Load example": what each form opens with. */
export const EXAMPLE_FIELDS: TemplateFields = {
  prioritisation: PRIORITISATION_FIELDS,
  contract: CONTRACT_FIELDS,
  revenue: REVENUE_FIELDS,
  delivery: DELIVERY_FIELDS,
  rri: RRI_FIELDS,
  communication: COMMUNICATION_FIELDS,
  lab: LAB_FIELDS,
};

/** "Start blank": each form without the example's session, keeping settings that are method rather than data. */
export const BLANK_FIELDS: TemplateFields = {
  prioritisation: PRIORITISATION_BLANK,
  contract: CONTRACT_BLANK,
  revenue: REVENUE_BLANK,
  delivery: DELIVERY_BLANK,
  rri: RRI_BLANK,
  communication: COMMUNICATION_BLANK,
  lab: LAB_BLANK,
};
