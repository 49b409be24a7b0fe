/**
 * The script served in place of Microsoft's office.js when a journey runs "inside Excel": it defines
 * `Office` (reporting an Excel host), `Excel.run` backed by the same recording fake the renderer unit
 * tests use (test/support/excel-fake.ts, transpiled for the browser), and `CustomFunctions.associate`
 * recording each registration. The pane's own modules are not touched: only the host is stood in for.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";

export interface StandInOptions {
  /** Sheets the user already has: name → { "row,col": value }. */
  existing?: Record<string, Record<string, unknown>>;
  /** Make this sync (1-based), or these, fail, as a lost connection would. */
  failAtSync?: number | number[];
  /** How many of a failing batch's operations take effect first (Infinity: all of them). */
  appliedBeforeFailure?: number;
  /** What the user has selected: a sheet and 0-based rows. */
  selection?: { sheet: string; row: number; rows: number };
}

export function officeStandIn(options: StandInOptions = {}): string {
  const source = readFileSync(join(__dirname, "..", "..", "support", "excel-fake.ts"), "utf8");
  const fake = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function () {
  var exports = {};
  ${fake}
  var fake = new exports.FakeExcel(${JSON.stringify(options.existing ?? {})});
  fake.failAtSync = ${JSON.stringify(options.failAtSync ?? null)} ?? undefined;
  fake.appliedBeforeFailure = ${options.appliedBeforeFailure === Infinity ? "Infinity" : JSON.stringify(options.appliedBeforeFailure ?? 0)};
  fake.selection = ${JSON.stringify(options.selection ?? null)} ?? undefined;
  window.__mgaoFake = fake;
  window.__mgaoAssociated = [];
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (callback) { if (callback) callback(info); return Promise.resolve(info); },
  };
  window.Excel = { run: function (batch) { return Promise.resolve().then(function () { return batch(fake.context); }); } };
  window.CustomFunctions = { associate: function (id) { window.__mgaoAssociated.push(id); } };
})();`;
}
