/**
 * The custom functions' metadata, generated once per test run (test/support/generate-functions-metadata.js);
 * generated here when a test runs without that global setup.
 */
import { readFileSync } from "fs";

export interface ParameterMetadata {
  name: string;
  description?: string;
  dimensionality?: string;
  type?: string;
  optional?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string; type?: string };
}
/** What the metadata generator makes of some src/functions/*.functions.ts files. */
export interface Generated {
  metadataJson: string;
  associate: { functionName: string; id: string }[];
  errors: string[];
}
interface Metadata {
  /** All the files together, as the build generates functions.json. */
  all: Generated;
  /** Each file alone, in name order, with its absolute path. */
  files: (Generated & { file: string })[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require("./generate-functions-metadata.js") as { ENV: string; generate: () => Promise<Metadata> };

export async function functionsMetadata(): Promise<Metadata> {
  const file = process.env[shared.ENV];
  return file ? (JSON.parse(readFileSync(file, "utf8")) as Metadata) : shared.generate();
}

/** Every custom function's metadata, as functions.json lists them. */
export async function allFunctions(): Promise<FunctionMetadata[]> {
  return (JSON.parse((await functionsMetadata()).all.metadataJson) as { functions: FunctionMetadata[] }).functions;
}
