/**
 * A plan evaluated in HyperFormula, in-process: every sheet of the plan as the renderers would write
 * it (sheet references resolved, strings kept as text), so a test can read what the sheet's formulas
 * compute and hold it against the core. HyperFormula is a development dependency only (GPL).
 *
 * Where HyperFormula is not Excel: it has no RANK.EQ (a plugin below supplies Excel's), and TODAY() is
 * replaced by the fixed "as of" date the test gives, so results repeat.
 */
import { DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, type SimpleRangeValue } from "hyperformula";
import type { FunctionPluginTypecheck } from "hyperformula/typings/interpreter/plugin/FunctionPlugin";
import type { ProcedureAst } from "hyperformula/typings/parser/Ast";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { type WorkbookPlan, a1 } from "../../src/plans/plan";
import { assignSheetNames, resolveSheetRefs } from "../../src/plans/sheet-names";

/** Excel's RANK.EQ(number, ref, [order]): 1 for the largest (order 0) or smallest (order 1); ties share the better rank. */
class RankPlugin extends FunctionPlugin implements FunctionPluginTypecheck<RankPlugin> {
  static override implementedFunctions = {
    "RANK.EQ": {
      method: "rankEq",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  rankEq(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("RANK.EQ"), (n: number, range: SimpleRangeValue, order: number) => {
      const values = range.valuesFromTopLeftCorner().filter((v): v is number => typeof v === "number");
      return 1 + values.filter((v) => (order ? v < n : v > n)).length;
    });
  }
}
HyperFormula.registerFunctionPlugin(RankPlugin, { enGB: { "RANK.EQ": "RANK.EQ" } });

/**
 * Excel's TEXT for the number formats the plans use ("#,##0", "0%", "0.0%", "0.###%", "0.00"):
 * HyperFormula's own ignores the thousands separator. Any other format is an error here, so a plan
 * that starts using one is noticed.
 */
export function excelText(value: number, format: string): string {
  const match = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/.exec(format);
  if (!match) throw new Error(`TEXT format ${format} is not modelled in the test harness`);
  const [, grouping, fixed = "", optional = "", percent] = match;
  const n = percent ? value * 100 : value;
  let out = n.toLocaleString("en-US", { useGrouping: grouping !== undefined, minimumFractionDigits: fixed.length, maximumFractionDigits: fixed.length + optional.length });
  // Excel keeps the point when optional decimals are all zero: TEXT(0.9,"0.###%") is "90.%".
  if (optional.length > 0 && fixed.length === 0 && !out.includes(".")) out += ".";
  return out + percent;
}

class TextPlugin extends FunctionPlugin implements FunctionPluginTypecheck<TextPlugin> {
  static override implementedFunctions = {
    TEXT: { method: "text", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }] },
  };

  text(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata("TEXT"), (value: number, format: string) => excelText(value, format));
  }
}
HyperFormula.unregisterFunction("TEXT");
HyperFormula.registerFunctionPlugin(TextPlugin, { enGB: { TEXT: "TEXT" } });

export interface EvaluatedPlan {
  engine: HyperFormula;
  names: ReadonlyMap<string, string>;
  /** The value a cell computes (0-based row and column on the sheet with this key). */
  value(sheetKey: string, row: number, col: number): unknown;
  /** The formula text written to a cell, as HyperFormula reads it. */
  formula(sheetKey: string, row: number, col: number): string | undefined;
}

/** Every cell of the plan that computes an error value, as "Sheet!A1: #VALUE!": a sheet should show none. */
export function errorCells(plan: EvaluatedPlan): string[] {
  return Object.entries(plan.engine.getAllSheetsValues()).flatMap(([name, rows]) =>
    rows.flatMap((row, r) => row.flatMap((v, c) => (v instanceof DetailedCellError ? [`${name}!${a1(r, c)}: ${v.value}`] : []))),
  );
}

/** ISO date (YYYY-MM-DD) → DATE(y,m,d), for TODAY(). */
const dateCall = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
};

/** Builds the plan's sheets in HyperFormula and evaluates them. */
export function evaluatePlan(plan: WorkbookPlan, options: { asOf?: string } = {}): EvaluatedPlan {
  const names = assignSheetNames(plan);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of plan.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((line, r) =>
        line.forEach((spec, c) => {
          const row = (grid[block.row + r] ??= []);
          let content: string | number | boolean | null = null;
          if (spec.formula !== undefined) {
            let formula = resolveSheetRefs(spec.formula, names);
            if (options.asOf) formula = formula.replace(/\bTODAY\(\)/g, dateCall(options.asOf));
            content = `=${formula}`;
          } else if (spec.value !== undefined) {
            // Text stays text, whatever it starts with (a project named "=HYPERLINK(...)").
            content = typeof spec.value === "string" && /^[=']/.test(spec.value) ? `'${spec.value}` : spec.value;
          }
          row[block.col + c] = content;
        }),
      );
    }
    sheets[names.get(sheet.key)!] = Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? null));
  }
  // Excel's 1900 date system: day 1 is 1900-01-01 and 1900-02-29 exists, so from March 1900 serials
  // count from 1899-12-30 as src/core/dates.ts does. (With leapYear1900 the null date is 1899-12-31:
  // counting the phantom leap day from 1899-12-30 as well puts every DATE and WEEKDAY a day late.)
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true, leapYear1900: true, nullDate: { year: 1899, month: 12, day: 31 } });
  const id = (key: string) => engine.getSheetId(names.get(key)!)!;
  return {
    engine,
    names,
    value: (key, row, col) => engine.getCellValue({ sheet: id(key), row, col }),
    formula: (key, row, col) => engine.getCellFormula({ sheet: id(key), row, col }),
  };
}
