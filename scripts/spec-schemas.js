#!/usr/bin/env node
/**
 * Writes each workbook template's JSON Schema (draft-07) to src/plans/schemas/<template>.schema.json,
 * generated from the TypeScript interface of its spec and that interface's JSDoc, so the schema never
 * says something the code does not: the template registry (src/plans/templates.ts) names each
 * template's spec type and label, spec-version.ts the "version" field and SPEC_VERSION.
 * Run with `node scripts/spec-schemas.js` after changing a spec interface; a test fails until the
 * checked-in schemas are what this generates.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.join(__dirname, "..");
const PLANS = path.join(ROOT, "src", "plans");
const OUT_DIR = path.join(PLANS, "schemas");
const REGISTRY = path.join(PLANS, "templates.ts");
const VERSION_MODULE = path.join(PLANS, "spec-version.ts");
const DRAFT = "http://json-schema.org/draft-07/schema#";

/** A program over the registry with the project's compiler options, so types resolve as the build resolves them. */
function program() {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), { types: [], noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  return ts.createProgram([REGISTRY, VERSION_MODULE], config ? config.options : { strict: true, resolveJsonModule: true, esModuleInterop: true });
}

const docOf = (symbol, checker) => (symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, " ").trim() : "");
const withDescription = (schema, description) => (description ? { ...schema, description } : schema);

/** JSON types in one order, so a union's `type` list reads the same however TypeScript ordered it. */
const TYPE_ORDER = ["string", "number", "integer", "boolean", "object", "array", "null"];

/**
 * A union: literals and null as an enum; primitives as a list of types; one object or array type
 * with null as that type or null; anything else as anyOf.
 */
function unionSchema(members, checker, where) {
  const literal = (t) => t.isStringLiteral() || t.isNumberLiteral() || t.flags & ts.TypeFlags.Null || t.flags & ts.TypeFlags.BooleanLiteral;
  const hasTrue = members.some((t) => t.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(t) === "true");
  const hasFalse = members.some((t) => t.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(t) === "false");
  // TypeScript spells `boolean` as `true | false`.
  const rest = hasTrue && hasFalse ? members.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral)) : members;
  const parts = rest.map((t) => schemaOf(t, checker, where));
  if (hasTrue && hasFalse) parts.push({ type: "boolean" });
  if (!(hasTrue && hasFalse) && rest.every(literal)) {
    const values = rest.filter((t) => !(t.flags & ts.TypeFlags.Null)).map((t) => (t.flags & ts.TypeFlags.BooleanLiteral ? checker.typeToString(t) === "true" : t.value));
    // null last, wherever TypeScript put it: the choices read first.
    return { enum: rest.some((t) => t.flags & ts.TypeFlags.Null) ? [...values, null] : values };
  }
  const bare = (p) => Object.keys(p).length === 1 && typeof p.type === "string";
  if (parts.every(bare)) return { type: [...new Set(parts.map((p) => p.type))].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)) };
  const nullable = parts.filter((p) => p.type === "null" && bare(p));
  const others = parts.filter((p) => !(p.type === "null" && bare(p)));
  if (nullable.length === 1 && others.length === 1 && typeof others[0].type === "string") {
    const [only] = others;
    return { ...only, type: [only.type, "null"], ...(only.enum ? { enum: [...only.enum, null] } : {}) };
  }
  if (nullable.length === 1 && others.length === 1 && others[0].enum) return { enum: [...others[0].enum, null] };
  return { anyOf: parts };
}

/** An object type's properties (in declaration order), required ones, and what other keys may hold. */
function objectSchema(type, checker, where) {
  const properties = {};
  const required = [];
  for (const property of checker.getPropertiesOfType(type)) {
    const at = `${where}.${property.name}`;
    const declaration = property.valueDeclaration ?? (property.declarations ?? [])[0];
    if (declaration && (ts.isMethodSignature(declaration) || ts.isMethodDeclaration(declaration))) throw new Error(`${at}: a method has no JSON form`);
    properties[property.name] = withDescription(schemaOf(checker.getTypeOfSymbol(property), checker, at), docOf(property, checker));
    if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
  }
  const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
  const schema = { type: "object", properties };
  if (required.length > 0) schema.required = required;
  schema.additionalProperties = index ? schemaOf(index.type, checker, `${where}[key]`) : false;
  if (Object.keys(properties).length === 0) delete schema.properties;
  return schema;
}

/** The JSDoc of the interface or type alias a type is declared as, if any. */
function namedDoc(type, checker) {
  const named = type.aliasSymbol ?? type.symbol;
  return named && named.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias) ? docOf(named, checker) : "";
}

/** The JSON Schema of a TypeScript type that a JSON spec can hold; anything else stops the generator, naming where. */
function schemaOf(type, checker, where) {
  const f = type.flags;
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    return members.length === 1 ? schemaOf(members[0], checker, where) : unionSchema(members, checker, where);
  }
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
  // An interface with fields added (`Criterion & { rubric?: Rubric }`) is one object with all of them.
  if (type.isIntersection() && type.types.every((t) => t.flags & ts.TypeFlags.Object)) {
    const doc = type.types.map((t) => namedDoc(t, checker)).find(Boolean);
    return withDescription(objectSchema(type, checker, where), doc);
  }
  if (f & ts.TypeFlags.StringLiteral || f & ts.TypeFlags.NumberLiteral) return { const: type.value };
  if (f & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === "true" };
  if (f & ts.TypeFlags.String) return { type: "string" };
  if (f & ts.TypeFlags.Number) return { type: "number" };
  if (f & ts.TypeFlags.Boolean) return { type: "boolean" };
  if (f & ts.TypeFlags.Null) return { type: "null" };
  if (checker.isTupleType(type)) throw new Error(`${where}: a tuple (${checker.typeToString(type)}) is not supported; use a list`);
  if (checker.isArrayType(type)) return { type: "array", items: schemaOf(checker.getTypeArguments(type)[0], checker, `${where}[]`) };
  if (f & ts.TypeFlags.Object && type.getCallSignatures().length === 0) {
    return withDescription(objectSchema(type, checker, where), namedDoc(type, checker));
  }
  throw new Error(`${where}: ${checker.typeToString(type)} has no JSON Schema here`);
}

/** The templates the registry lists: id, label and spec type, from `id: template<Spec>({ label: "...", ... })`. */
function registered(source, checker) {
  const found = [];
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === "TEMPLATES" && node.initializer) {
      const literal = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer;
      for (const entry of literal.properties) {
        const call = entry.initializer;
        const options = call.arguments[0];
        const label = options.properties.find((p) => p.name.getText(source) === "label");
        found.push({ id: entry.name.getText(source), label: label.initializer.text, type: checker.getTypeFromTypeNode(call.typeArguments[0]), typeName: call.typeArguments[0].getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (found.length === 0) throw new Error("found no templates in src/plans/templates.ts's TEMPLATES");
  return found;
}

/** SPEC_VERSION's value and the Versioned interface, from spec-version.ts. */
function versionField(source, checker) {
  let version;
  let versioned;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === "SPEC_VERSION") version = checker.getTypeAtLocation(node.name).value;
    if (ts.isInterfaceDeclaration(node) && node.name.text === "Versioned") versioned = checker.getTypeAtLocation(node.name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!Number.isInteger(version) || !versioned) throw new Error("spec-version.ts must export SPEC_VERSION (a number) and the Versioned interface");
  const { properties } = objectSchema(versioned, checker, "version");
  // The interface says number; the check reads a whole number from 1 to SPEC_VERSION.
  return { version, schema: { ...properties.version, type: "integer", minimum: 1, maximum: version } };
}

/** Every template's schema, by template id, in the registry's order. */
function specSchemas() {
  const built = program();
  const checker = built.getTypeChecker();
  const { version, schema: versionSchema } = versionField(built.getSourceFile(VERSION_MODULE), checker);
  const schemas = {};
  for (const t of registered(built.getSourceFile(REGISTRY), checker)) {
    const spec = schemaOf(t.type, checker, t.typeName);
    const { description: doc = "", properties, ...rest } = spec;
    schemas[t.id] = {
      $schema: DRAFT,
      $id: `urn:mgao:workbook-spec:${t.id}`,
      title: `${t.label}: spec version ${version}`,
      description:
        `${doc ? `${doc} ` : ""}The JSON spec \`mgao workbook --template ${t.id} --input spec.json\` reads and the task pane saves as a session; ` +
        `fields left out take the example's values (\`--print-example\`). Generated from the TypeScript interface ${t.typeName}: ` +
        "Mgao's own check also refuses what a schema cannot say (weights that do not add up to 100%, dates that do not exist, numbers out of range).",
      ...rest,
      properties: { version: versionSchema, ...properties },
    };
  }
  return schemas;
}

/** Keywords in one order at every level (description before what it describes, properties before required). */
const KEY_ORDER = ["$schema", "$id", "title", "description", "type", "const", "enum", "minimum", "maximum", "items", "properties", "required", "additionalProperties", "anyOf"];

function ordered(value, inProperties = false) {
  if (Array.isArray(value)) return value.map((v) => ordered(v));
  if (!(value && typeof value === "object")) return value;
  // A "properties" object's keys are field names, kept in declaration order; a schema's are keywords.
  const keys = inProperties ? Object.keys(value) : Object.keys(value).sort((a, b) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b));
  return Object.fromEntries(keys.map((k) => [k, ordered(value[k], !inProperties && k === "properties")]));
}

/** The files to write: path relative to the repository, and text (pretty JSON, newline-terminated). */
function schemaFiles() {
  return Object.entries(specSchemas()).map(([id, schema]) => ({ file: path.posix.join("src", "plans", "schemas", `${id}.schema.json`), text: `${JSON.stringify(ordered(schema), null, 2)}\n` }));
}

module.exports = { specSchemas, schemaFiles, OUT_DIR };

if (require.main === module) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const files = schemaFiles();
  const kept = new Set(files.map((f) => path.basename(f.file)));
  for (const stale of fs.readdirSync(OUT_DIR).filter((name) => name.endsWith(".schema.json") && !kept.has(name))) fs.rmSync(path.join(OUT_DIR, stale));
  for (const { file, text } of files) fs.writeFileSync(path.join(ROOT, file), text);
  process.stdout.write(`wrote ${files.map((f) => f.file).join(", ")}\n`);
}
