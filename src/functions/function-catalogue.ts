/**
 * Every custom function's spec, in the order the README lists them, and the catalogue the task pane
 * lists: name, description, arguments with their help, and a worked example.
 */
import { DELIVERY_SPECS } from "./delivery-spec";
import { FOURTHBASIS_SPECS } from "./fourthbasis-spec";
import type { FunctionSpec } from "./function-spec";
import { PC_SPECS } from "./pc-spec";
import { PRIORITY_SPECS } from "./priority-spec";
import { PRUDENCE_SPECS } from "./prudence-spec";
import { THIRDBASIS_SHARE_SPECS, THIRDBASIS_TOOL_SPECS } from "./thirdbasis-spec";

/** The allocations first (the third bases', then the fourth's), then the tools, then the other families. */
export const FUNCTION_SPECS: readonly FunctionSpec[] = [
  ...THIRDBASIS_SHARE_SPECS,
  ...FOURTHBASIS_SPECS,
  ...THIRDBASIS_TOOL_SPECS,
  ...PRUDENCE_SPECS,
  ...DELIVERY_SPECS,
  ...PC_SPECS,
  ...PRIORITY_SPECS,
];

const BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTION_SPECS.map((spec) => [spec.name, spec]));

/** A function's spec by its Excel name; an undeclared name is a programming error. */
export function specOf(name: string): FunctionSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`no spec declares ${name}`);
  return spec;
}

export interface CatalogueEntry {
  name: string;
  description: string;
  /** As typed in Excel, optional arguments in brackets: THIRDBASIS.SHARES(data, [weights], [basis]). */
  signature: string;
  units?: string;
  arguments: { name: string; description: string; optional: boolean; units?: string }[];
  example: { formula: string; result: string };
}

/** A function as typed in Excel, optional arguments in brackets. */
export const signatureOf = (spec: FunctionSpec): string => `${spec.name}(${spec.arguments.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`;

export const FUNCTION_CATALOGUE: readonly CatalogueEntry[] = FUNCTION_SPECS.map((spec) => ({
  name: spec.name,
  description: spec.description,
  signature: signatureOf(spec),
  ...(spec.units === undefined ? {} : { units: spec.units }),
  arguments: spec.arguments.map((a) => ({ name: a.name, description: a.description, optional: a.optional === true, ...(a.units === undefined ? {} : { units: a.units }) })),
  example: { ...spec.example },
}));
