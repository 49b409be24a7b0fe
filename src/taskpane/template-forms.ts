import type { ComponentType } from "react";
import type { TemplateId } from "../plans/templates";
import { CommunicationForm } from "./communication-form";
import { ContractForm } from "./contract-form";
import { DeliveryForm } from "./delivery-form";
import { LabForm } from "./lab-form";
import type { FormProps } from "./form-props";
import { PrioritisationForm } from "./prioritisation-form";
import { RevenueForm } from "./revenue-form";
import { RriForm } from "./rri-form";
import type { TemplateFields } from "./template-fields";

/**
 * The pane's form for every template of the registry (src/plans/templates.ts), each taking that
 * template's fields. A mapped type over TemplateId, so a template registered without a form here, or
 * a form for none, does not compile.
 */
export const TEMPLATE_FORMS: { [T in TemplateId]: ComponentType<FormProps<TemplateFields[T]>> } = {
  prioritisation: PrioritisationForm,
  contract: ContractForm,
  revenue: RevenueForm,
  delivery: DeliveryForm,
  rri: RriForm,
  communication: CommunicationForm,
  lab: LabForm,
};
