import { existsSync, readFileSync, readdirSync } from "fs";
import { dirname, join, relative, resolve, sep } from "path";
import ts from "typescript";

const core = resolve(__dirname, "../../src/core");

/** src/core's own modules, by name: one idea each, and each with its own test file. */
const modules = readdirSync(core)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && f !== "index.ts")
  .map((f) => f.replace(/\.ts$/, ""));

/** Every source file under src/core, nested ones included, so a new folder is checked too. */
const sources = (readdirSync(core, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => join(core, f));

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

/** Everything a file imports: import and export ... from, import x = require(...), require(...) and import(...). */
function importsOf(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      found.push(node.expression.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      const [first] = node.arguments;
      found.push(first && ts.isStringLiteralLike(first) ? first.text : "(a computed name)");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // `/// <reference types="office-js" />` brings Office in without an import.
  return [...found, ...source.typeReferenceDirectives.map((r) => r.fileName), ...source.referencedFiles.map((r) => r.fileName)];
}

describe("src/core's layout", () => {
  it("finds the core's modules", () => {
    // Guards the checks below against passing on an empty list.
    expect(modules).toEqual(expect.arrayContaining(["allocate", "largest-remainder", "sum"]));
  });

  it("gives every module its own test file, test/core/<module>.test.ts", () => {
    const untested = modules.filter((m) => !existsSync(join(__dirname, `${m}.test.ts`)));
    expect(untested).toEqual([]);
  });

  // eslint.config.js already stops src/core importing the other layers it names, Office, React and
  // exceljs. This checks the rule itself, so that a layer or package it does not list (src/commands,
  // Node's fs, jszip) cannot slip in either: the core imports only its own files.
  // One package is allowed, in one module: HiGHS, the solver of the weight search (pure computation,
  // no I/O; writing a simplex ourselves would be worse).
  const ALLOWED = new Map([["highs", "weight-search.ts"]]);
  it("imports nothing from outside src/core", () => {
    const outside = sources.flatMap((file) =>
      importsOf(parse(file))
        .filter((name) => !(name.startsWith(".") && (resolve(dirname(file), name) + sep).startsWith(core + sep)))
        .filter((name) => ALLOWED.get(name) !== relative(core, file))
        .map((name) => `${relative(core, file).split(sep).join("/")} imports ${name}`),
    );
    expect(outside).toEqual([]);
  });

  it("uses no Office global either", () => {
    // tsconfig puts the Office typings in scope everywhere, so `Excel.run` would compile without an import.
    const globals = new Set(["Office", "Excel", "OfficeRuntime", "OfficeExtension", "CustomFunctions"]);
    const used = sources.flatMap((file) => {
      const names: string[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isIdentifier(node) && globals.has(node.text)) names.push(`${relative(core, file).split(sep).join("/")} uses ${node.text}`);
        ts.forEachChild(node, visit);
      };
      visit(parse(file));
      return names;
    });
    expect(used).toEqual([]);
  });
});
