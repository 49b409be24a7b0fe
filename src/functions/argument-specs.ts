/**
 * Arguments several functions share, declared once: the county table, the scenario's weights, the
 * basis, a total in shillings. Each function's spec uses them with its own help text where it differs.
 */
import { BASIS_IDS, THIRD_BASIS_DEFAULT } from "../core/bases";
import type { ArgumentSpec } from "./function-spec";

export const countyData = (description: string): ArgumentSpec => ({ name: "data", description, kind: "table", table: "county", type: "any", range: true });

export const scenarioWeights = (description: string, optional = true): ArgumentSpec => ({
  name: "weights",
  description,
  kind: "scenario",
  type: "any",
  range: true,
  optional,
  words: BASIS_IDS,
});

export const basis = (description: string): ArgumentSpec => ({
  name: "basis",
  description,
  kind: "text",
  type: "string",
  range: false,
  optional: true,
  default: THIRD_BASIS_DEFAULT,
  words: BASIS_IDS,
});

export const totalShillings = (description: string, optional = false): ArgumentSpec => ({
  name: "total",
  description,
  kind: "number",
  type: "number",
  range: false,
  optional,
  rules: { integer: true },
  noun: "the total",
  units: "KES",
});

/** A column or row of values, one per county or project. */
export const values = (name: string, description: string, more: Partial<ArgumentSpec> = {}): ArgumentSpec => ({ name, description, kind: "numbers", type: "any", range: true, ...more });

/** One number. */
export const number = (name: string, description: string, more: Partial<ArgumentSpec> = {}): ArgumentSpec => ({ name, description, kind: "number", type: "number", range: false, ...more });

/** One word. */
export const word = (name: string, description: string, more: Partial<ArgumentSpec> = {}): ArgumentSpec => ({ name, description, kind: "text", type: "string", range: false, ...more });
