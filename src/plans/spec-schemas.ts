/**
 * Each workbook template's JSON Schema: the files in schemas/, generated from the spec interfaces and
 * their JSDoc by `node scripts/spec-schemas.js` (a test fails when they differ). Imported rather than
 * read, so the command line prints them without finding files at run time.
 */
import communication from "./schemas/communication.schema.json";
import contract from "./schemas/contract.schema.json";
import delivery from "./schemas/delivery.schema.json";
import lab from "./schemas/lab.schema.json";
import prioritisation from "./schemas/prioritisation.schema.json";
import revenue from "./schemas/revenue.schema.json";
import rri from "./schemas/rri.schema.json";
import type { TemplateId } from "./templates";

/** A JSON Schema as JSON: the command line prints it, a validator reads it. */
export type JsonSchema = { readonly $id: string; readonly title: string; readonly properties: Readonly<Record<string, unknown>> } & Readonly<Record<string, unknown>>;

/** One per template (a template without its schema does not compile). */
export const SPEC_SCHEMAS: Readonly<Record<TemplateId, JsonSchema>> = { prioritisation, contract, revenue, delivery, rri, communication, lab };

/** The schema as `--print-schema` prints it: pretty JSON, newline-terminated. */
export const schemaText = (id: TemplateId): string => `${JSON.stringify(SPEC_SCHEMAS[id], null, 2)}\n`;
