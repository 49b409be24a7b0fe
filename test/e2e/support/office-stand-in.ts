/**
 * The script served in place of Microsoft's office.js when a journey runs "inside Excel": it defines
 * `Office` (reporting an Excel host and the ExcelApi versions it supports), `Excel.run` backed by the
 * same recording fake the renderer unit tests use (test/support/excel-fake.ts, transpiled for the
 * browser), and `CustomFunctions.associate` recording each registration. The pane's own modules are
 * not touched: only the host is stood in for. The real office.js cannot stand here: it believes it is
 * in Excel only when Excel's own frame or process answers it, so it is used for the plain-browser
 * (standalone) journeys instead (office-cdn.ts).
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
  /**
   * What is selected as a sheet and an A1 range ("A1:K48"), for the selection's address
   * (Range.address, the sheet quoted where Excel quotes it) and the active cell (its first cell). A
   * journey selects other cells with `window.__mgaoSelect(sheet, range)`.
   */
  selectedRange?: { sheet: string; range: string };
  /** Sheets that are protected; their cells are locked, as Excel's default cell format has them. */
  protectedSheets?: string[];
  /** The highest ExcelApi version this Excel supports (default 1.17; Excel 2016 bought outright has 1.2). */
  excelApi?: string;
  /**
   * Office.onReady answers only after this many milliseconds, as a host that hangs; just before it
   * does, what the pane's status line says is kept in `window.__mgaoStatusBeforeReady`.
   */
  answerAfterMs?: number;
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
  var selected = null;
  var protectedSheets = ${JSON.stringify(options.protectedSheets ?? [])};
  // As Excel writes a sheet in an address: quoted unless it is a plain name that is not a cell's.
  function sheetRef(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  function cellAt(a1) {
    var m = /^([A-Z]+)([0-9]+)$/.exec(a1);
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + m[1].charCodeAt(i) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  }
  window.__mgaoSelect = function (sheet, range) {
    selected = { sheet: sheet, range: range };
    var ends = range.split(":").map(cellAt);
    fake.selection = { sheet: sheet, row: ends[0].row, rows: ends[ends.length - 1].row - ends[0].row + 1 };
  };
  var initial = ${JSON.stringify(options.selectedRange ?? null)};
  if (initial) window.__mgaoSelect(initial.sheet, initial.range);
  window.__mgaoAssociated = [];
  var info = { host: "Excel", platform: "OfficeOnline" };
  var excelApi = ${JSON.stringify(options.excelApi ?? "1.17")}.split(".").map(Number);
  var answerAfterMs = ${JSON.stringify(options.answerAfterMs ?? null)};
  // Versions compare part by part, as Office does ("1.10" is above "1.9").
  function isSetSupported(name, version) {
    if (name !== "ExcelApi") return false;
    var wanted = String(version || "1.1").split(".").map(Number);
    return excelApi[0] !== wanted[0] ? excelApi[0] > wanted[0] : excelApi[1] >= wanted[1];
  }
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { requirements: { isSetSupported: isSetSupported } },
    onReady: function (callback) {
      if (answerAfterMs === null) {
        if (callback) callback(info);
        return Promise.resolve(info);
      }
      return new Promise(function (resolve) {
        setTimeout(function () {
          var status = document.getElementById("status");
          window.__mgaoStatusBeforeReady = status ? status.textContent : null;
          if (callback) callback(info);
          resolve(info);
        }, answerAfterMs);
      });
    },
  };
  window.Excel = {
    run: function (batch) {
      return Promise.resolve().then(function () {
        var context = fake.context;
        var workbook = context.workbook;
        // This stand-in reports ExcelApi 1.9, where the pane reads the selection through
        // getSelectedRanges; a fake that offers only getSelectedRange is read as one area.
        if (!workbook.getSelectedRanges) {
          workbook.getSelectedRanges = function () {
            var range = workbook.getSelectedRange();
            return { areas: { load: function () {}, items: [range] }, worksheet: range.worksheet };
          };
        }
        if (selected) {
          var readSelected = workbook.getSelectedRange;
          workbook.getSelectedRange = function () {
            var range = readSelected();
            range.address = sheetRef(selected.sheet) + "!" + selected.range;
            return range;
          };
          // The selection's first cell, read as it is now and written at the next sync.
          workbook.getActiveCell = function () {
            var name = selected.sheet;
            var first = selected.range.split(":")[0];
            var at = cellAt(first);
            var target = workbook.worksheets.getItem(name).getRangeByIndexes(at.row, at.col, 1, 1);
            var load = function () {};
            var cell = {
              load: load,
              address: sheetRef(name) + "!" + first,
              format: { protection: { load: load, locked: true } },
              worksheet: { protection: { load: load, protected: protectedSheets.indexOf(name) >= 0 } },
            };
            Object.defineProperty(cell, "formulas", {
              get: function () {
                var sheet = fake.sheet(name);
                var held = sheet && sheet.cells.get(at.row + "," + at.col);
                return [[held ? held.formula : ""]];
              },
              set: function (value) { target.formulas = value; },
            });
            return cell;
          };
        }
        return batch(context);
      });
    },
  };
  // Each function is kept as well as named, so a test can call it as Excel would.
  window.__mgaoFunctions = {};
  window.CustomFunctions = {
    associate: function (id, fn) { window.__mgaoAssociated.push(id); window.__mgaoFunctions[id] = fn; },
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };
})();`;
}
