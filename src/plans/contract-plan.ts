/**
 * The performance contract: indicators scored against their targets through the contract's criteria
 * values, weighted into a composite and graded, as live formulas mirroring
 * src/core/performance-contract.ts and src/core/quarterly-scores.ts: the indicators, their quarterly
 * scores, and the contract as signed. The spec, the layout and each sheet live in modules of their
 * own (contract-*.ts); this puts them together.
 */
import { indicatorsSheet } from "./contract-indicators-sheet";
import { contractLayout } from "./contract-layout";
import { quartersSheet } from "./contract-quarters-sheet";
import { signedSheet } from "./contract-signed-sheet";
import { type ContractSpec, checkContract } from "./contract-spec";
import type { WorkbookPlan } from "./plan";
import { throwIfAny } from "./spec-errors";

// Exported from here too, where callers have always found them.
export { EXAMPLE_CONTRACT, checkContract } from "./contract-spec";
export type { ContractSpec, IndicatorSpec } from "./contract-spec";
export { contractLayout } from "./contract-layout";

export function contractPlan(given: ContractSpec): WorkbookPlan {
  throwIfAny(checkContract(given));
  // A file may leave text out; the sheet writes it blank rather than "undefined".
  const spec: ContractSpec = { ...given, county: given.county ?? "", financialYear: given.financialYear ?? "", firstParty: given.firstParty ?? "", secondParty: given.secondParty ?? "" };
  const L = contractLayout(spec);
  return { title: `Performance contract ${spec.department}`, sheets: [indicatorsSheet(spec, L), quartersSheet(spec, L), signedSheet(spec, L)] };
}
