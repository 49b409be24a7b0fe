/**
 * Every workbook template Mgao builds, in one registry: its name, a built-in example spec, the check
 * that lists problems by field, the plan builder, and where the task pane offers it. The command line,
 * the task pane and the fault-injection tests all enumerate this, so a new template is registered
 * once, here (and its form once, in the pane's src/taskpane/template-forms.ts).
 */
import { type CommunicationSpec, EXAMPLE_COMMUNICATION, checkCommunication, communicationPlan } from "./communication-plan";
import { type ContractSpec, EXAMPLE_CONTRACT, checkContract, contractPlan } from "./contract-plan";
import { type DeliverySpec, EXAMPLE_DELIVERY, checkDelivery, deliveryPlan } from "./delivery-plan";
import { EXAMPLE_LAB, type LabSpec, checkLab, labPlan } from "./lab-plan";
import type { WorkbookPlan } from "./plan";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, checkPrioritisation, prioritisationPlan } from "./prioritisation-plan";
import { EXAMPLE_REVENUE, type RevenueSpec, checkRevenue, revenuePlan } from "./revenue-plan";
import { EXAMPLE_RRI, type RriSpec, checkRri, rriPlan } from "./rri-plan";
import { type FieldError, throwIfAny } from "./spec-errors";
import { checkVersion } from "./spec-version";

export interface Template<Spec> {
  label: string;
  example: Spec;
  check: (spec: Spec) => FieldError[];
  plan: (spec: Spec) => WorkbookPlan;
  /**
   * Where the task pane offers it: its tab, a short word so the tabs fit Excel's narrow pane (tabs come
   * in the order of their first template here), and, where a tab offers several templates, its choice
   * there when that is not `label`.
   */
  pane: { tab: string; choice?: string };
}

/** Every template reads the spec's "version" first (spec-version.ts): a later one is refused before any field is read. */
const template = <Spec>(t: Template<Spec>): Template<unknown> => ({
  ...(t as Template<unknown>),
  check: (spec) => {
    const problems = checkVersion(spec);
    return problems.length > 0 ? problems : t.check(spec as Spec);
  },
  plan: (spec) => {
    throwIfAny(checkVersion(spec));
    return t.plan(spec as Spec);
  },
});

export const TEMPLATES = {
  prioritisation: template<PrioritisationSpec>({ label: "Prioritisation matrix", example: EXAMPLE_PRIORITISATION, check: checkPrioritisation, plan: prioritisationPlan, pane: { tab: "Prioritise" } }),
  contract: template<ContractSpec>({ label: "Performance contract", example: EXAMPLE_CONTRACT, check: checkContract, plan: contractPlan, pane: { tab: "Contract" } }),
  revenue: template<RevenueSpec>({ label: "Revenue-sharing model", example: EXAMPLE_REVENUE, check: checkRevenue, plan: revenuePlan, pane: { tab: "Revenue" } }),
  delivery: template<DeliverySpec>({ label: "Delivery plan, trajectory and stocktake", example: EXAMPLE_DELIVERY, check: checkDelivery, plan: deliveryPlan, pane: { tab: "Delivery" } }),
  rri: template<RriSpec>({ label: "Rapid Results Initiative tracker", example: EXAMPLE_RRI, check: checkRri, plan: rriPlan, pane: { tab: "Delivery", choice: "Rapid Results Initiative (100 days)" } }),
  communication: template<CommunicationSpec>({ label: "Communication grid", example: EXAMPLE_COMMUNICATION, check: checkCommunication, plan: communicationPlan, pane: { tab: "Delivery" } }),
  lab: template<LabSpec>({ label: "Delivery lab", example: EXAMPLE_LAB, check: checkLab, plan: labPlan, pane: { tab: "Delivery", choice: "Delivery lab (implementation plan)" } }),
} as const;

export type TemplateId = keyof typeof TEMPLATES;
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];
