/**
 * Cells by name: plans address columns and rows through their layout objects (a1, columnLetter,
 * rangeA1 over layout fields), never by a letter typed into a formula builder, so a new basis,
 * parameter or setting moves every reference with it. This reads the source of src/plans and fails
 * on a new hard-coded reference.
 */
import { readFileSync, readdirSync } from "fs";
import { join, resolve } from "path";
import ts from "typescript";

const plans = resolve(__dirname, "../../src/plans");

/** Text chunks of string and template literals, each with whether an interpolation follows it. */
function literalChunks(file: string): { text: string; line: number; beforeInterpolation: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number; beforeInterpolation: boolean }[] = [];
  const add = (node: ts.Node, text: string, beforeInterpolation: boolean) => out.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, beforeInterpolation });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text, false);
    else if (ts.isTemplateExpression(node)) {
      add(node.head, node.head.text, true);
      node.templateSpans.forEach((span) => add(span.literal, span.literal.text, ts.isTemplateMiddle(span.literal)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** A1 references typed by hand: absolute ones ($B$7, B$7, $B7), and a column letter whose row is interpolated (`$B$${row}`, `B${r}`). */
function handTyped(chunk: { text: string; beforeInterpolation: boolean }): string | undefined {
  const absolute = /(?<![A-Za-z0-9_])(\$[A-Z]{1,3}\$?\d+|[A-Z]{1,3}\$\d+|\$[A-Z]{1,3}:\$?[A-Z]{1,3}\b)/.exec(chunk.text);
  if (absolute) return absolute[1];
  if (chunk.beforeInterpolation) {
    const letter = /(?:^|[^A-Za-z0-9_"'])(\$?[A-Z]{1,3}\$?)$/.exec(chunk.text);
    if (letter) return `${letter[1]}\${...}`;
  }
  return undefined;
}

describe("plans address cells through their layouts", () => {
  const files = readdirSync(plans).filter((f) => f.endsWith(".ts"));

  it("reads the plans' sources", () => {
    expect(files).toEqual(expect.arrayContaining(["revenue-allocation-sheet.ts", "prioritisation-plan.ts"]));
  });

  it.each(files)("%s types no column letter into a formula", (file) => {
    const found = literalChunks(join(plans, file))
      .map((chunk) => ({ line: chunk.line, ref: handTyped(chunk) }))
      .filter((f) => f.ref !== undefined)
      .map((f) => `line ${f.line}: ${f.ref}`);
    expect(found).toEqual([]);
  });

  it("would catch the forms it looks for", () => {
    expect(handTyped({ text: "IF(LEFT($B$", beforeInterpolation: true })).toBe("$B$${...}");
    expect(handTyped({ text: "SUM(G4:G19)", beforeInterpolation: false })).toBeUndefined();
    expect(handTyped({ text: "INDEX($C$4:$F$4,1)", beforeInterpolation: false })).toBe("$C$4");
    expect(handTyped({ text: "x*B$7", beforeInterpolation: false })).toBe("B$7");
    expect(handTyped({ text: "Type the total in B", beforeInterpolation: true })).toBe("B${...}");
    expect(handTyped({ text: "FY2025/26 priority projects", beforeInterpolation: false })).toBeUndefined();
    expect(handTyped({ text: "IF(", beforeInterpolation: true })).toBeUndefined();
  });
});
