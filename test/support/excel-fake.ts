/**
 * A recording stand-in for Excel's JavaScript API (Excel itself cannot run here). It queues what a
 * renderer asks for and applies it at `context.sync()`, as Office.js does; it counts syncs, keeps each
 * sheet's cells (formulas and number formats) and can be told to fail at a given sync.
 * Calls it does not model are recorded and accepted. Microsoft's own client runs the renderer tests
 * through test/support/office-js-harness.ts, and where the two disagree the client is right; this
 * fake stays for what that client cannot show: cell notes (ExcelApi 1.18, newer than the packaged
 * client) and the browser journeys, where it stands behind Excel.run (test/e2e/support/office-stand-in.ts).
 *
 * Failures are modelled as Office.js has them: a batch's operations take effect in order and the batch
 * stops at the first one that fails (earlier ones are not undone), and the context stays usable for
 * later batches. An injected failure can let some of the batch take effect first
 * (`appliedBeforeFailure`: none by default; Infinity for a connection lost after Excel did the work).
 * Deleting a sheet that does not exist fails, as it does in Excel.
 */
type Op = () => void;
export interface FakeCell {
  formula: unknown;
  numberFormat: unknown;
}
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  /** "Hidden" or "VeryHidden" once set; visible otherwise. */
  visibility?: string;
  /** Cells written with a leading apostrophe (text, even "=..."), by address. */
  quoted?: Set<string>;
}

const address = (r: number, c: number) => `${r},${c}`;

export class FakeExcel {
  syncs = 0;
  /** The sync (1-based), or syncs, that fail. */
  failAtSync: number | readonly number[] | undefined;
  /** How many of a failing batch's operations take effect before it fails. */
  appliedBeforeFailure = 0;
  /** The number of operations each sync carried. */
  readonly batchSizes: number[] = [];
  /** What the user has selected: a sheet and 0-based rows (for getSelectedRange). */
  selection: { sheet: string; row: number; rows: number } | undefined;
  readonly sheets: FakeSheet[] = [];
  /** Cell notes added (worksheet.notes.add), once their batch is synced: the sheet's label, the cell and the text. */
  readonly notes: { sheet: string; row: number; col: number; content: unknown }[] = [];
  readonly log: string[] = [];
  private pending: Op[] = [];

  constructor(existing: Record<string, Record<string, unknown>> = {}) {
    for (const [name, cells] of Object.entries(existing)) {
      const sheet: FakeSheet = { name, cells: new Map() };
      for (const [at, formula] of Object.entries(cells)) sheet.cells.set(at, { formula, numberFormat: "General" });
      this.sheets.push(sheet);
    }
  }

  /** A snapshot of every sheet and cell, to compare before and after. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort() }));
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private recorder(path: string): unknown {
    const fn = function () {};
    return new Proxy(fn, {
      get: (_, prop) => (typeof prop === "symbol" ? undefined : this.recorder(`${path}.${String(prop)}`)),
      set: (_, prop, value) => {
        this.pending.push(() => this.log.push(`${path}.${String(prop)} = ${JSON.stringify(value)}`));
        return true;
      },
      apply: (_, __, args) => {
        this.pending.push(() => this.log.push(`${path}(${args.length})`));
        return this.recorder(`${path}()`);
      },
    });
  }

  /**
   * A range of `rows` x `cols` cells. Formulas and number formats land on its cells: a 1x1 array on
   * every cell, as Excel applies it, and text written with a leading apostrophe is kept without it
   * (Excel's quote prefix).
   */
  private range(sheetRef: () => FakeSheet | undefined, row: number, col: number, rows: number, cols: number, label: string): unknown {
    const base = this.recorder(label) as object;
    return new Proxy(base, {
      get: (target, prop) => {
        if (prop === "fakeAt") return { row, col };
        // Read after a sync, as loaded: the cells' contents (`values` has no computed results: a formula shows 0).
        if (prop === "formulas" || prop === "values") return this.read(sheetRef(), row, col, rows, cols, prop);
        if (prop === "load") return () => undefined;
        return Reflect.get(target, prop);
      },
      set: (target, prop, value) => {
        if (prop === "formulas" || prop === "numberFormat") {
          this.pending.push(() => {
            const sheet = sheetRef();
            if (!sheet) throw new Error(`the sheet of ${label} does not exist`);
            const grid = value as unknown[][];
            const one = grid.length === 1 && grid[0].length === 1;
            for (let r = 0; r < (one ? rows : grid.length); r++) {
              for (let c = 0; c < (one ? cols : grid[r].length); c++) {
                const v = one ? grid[0][0] : grid[r][c];
                const at = address(row + r, col + c);
                const cell = sheet.cells.get(at) ?? { formula: "", numberFormat: "General" };
                if (prop === "formulas") {
                  const quoted = typeof v === "string" && v.startsWith("'");
                  cell.formula = quoted ? v.slice(1) : v;
                  sheet.quoted ??= new Set();
                  if (quoted) sheet.quoted.add(at);
                  else sheet.quoted.delete(at);
                } else cell.numberFormat = v;
                sheet.cells.set(at, cell);
              }
            }
          });
          return true;
        }
        return Reflect.set(target, prop, value);
      },
    });
  }

  private worksheet(getSheet: () => FakeSheet | undefined, label: string): unknown {
    const base = this.recorder(label) as object;
    return new Proxy(base, {
      get: (target, prop) => {
        if (prop === "getRangeByIndexes") return (r: number, c: number, rows = 1, cols = 1) => this.range(getSheet, r, c, rows, cols, `${label}.range(${r},${c})`);
        if (prop === "getUsedRange") return () => this.usedRange(getSheet);
        if (prop === "notes") {
          return {
            add: (cell: { fakeAt: { row: number; col: number } }, content: unknown) =>
              this.pending.push(() => this.notes.push({ sheet: label, ...cell.fakeAt, content })),
          };
        }
        if (prop === "delete") {
          return () => this.pending.push(() => {
            const sheet = getSheet();
            if (!sheet || !this.sheets.includes(sheet)) throw new Error(`ItemNotFound: ${label} does not exist`);
            // As Excel: a very hidden sheet must be made hidden or visible first.
            if (sheet.visibility === "VeryHidden") throw new Error(`InvalidOperation: ${label} is very hidden`);
            this.sheets.splice(this.sheets.indexOf(sheet), 1);
          });
        }
        if (prop === "getUsedRangeOrNullObject") return () => this.usedRangeOrNull(getSheet);
        return Reflect.get(target, prop);
      },
      set: (target, prop, value) => this.sheetProperty(getSheet, label, String(prop), value) || Reflect.set(target, prop, value),
    });
  }

  /**
   * A sheet's used range as Office.js shows it after a sync: read when its properties are, so what
   * the sync applied shows. Formulas are not computed here: a formula's value is its text.
   */
  private usedRange(getSheet: () => FakeSheet | undefined): unknown {
    const cells = () => {
      const sheet = getSheet();
      if (!sheet) throw new Error("the used range's sheet does not exist");
      const at = [...sheet.cells.entries()].filter(([, cell]) => cell.formula !== "" && cell.formula !== null).map(([k]) => k.split(",").map(Number));
      if (at.length === 0) return { grid: [[""]], row: 0, col: 0 };
      const [row, col] = [Math.min(...at.map(([r]) => r)), Math.min(...at.map(([, c]) => c))];
      const [bottom, right] = [Math.max(...at.map(([r]) => r)), Math.max(...at.map(([, c]) => c))];
      const grid = Array.from({ length: bottom - row + 1 }, (_, r) => Array.from({ length: right - col + 1 }, (_, c) => sheet.cells.get(address(row + r, col + c))?.formula ?? ""));
      return { grid, row, col };
    };
    return {
      load: () => undefined,
      get values() {
        return cells().grid;
      },
      get formulas() {
        return cells().grid;
      },
      get rowIndex() {
        return cells().row;
      },
      get columnIndex() {
        return cells().col;
      },
    };
  }

  /** A sheet's renames, moves and visibility, applied at the sync as Excel would. */
  private sheetProperty(getSheet: () => FakeSheet | undefined, label: string, prop: string, value: unknown): boolean {
    if (prop !== "name" && prop !== "position" && prop !== "visibility") return false;
    this.pending.push(() => {
      const sheet = getSheet();
      if (!sheet || !this.sheets.includes(sheet)) throw new Error(`ItemNotFound: ${label} does not exist`);
      if (prop === "name") {
        if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === String(value).toLowerCase())) throw new Error(`ItemAlreadyExists: ${String(value)}`);
        sheet.name = String(value);
      } else if (prop === "position") {
        this.sheets.splice(this.sheets.indexOf(sheet), 1);
        this.sheets.splice(Number(value), 0, sheet);
      } else sheet.visibility = String(value);
    });
    return true;
  }

  /** Cells' contents in a rectangle, as `formulas` or `values` give them after a sync ("" for empty). */
  private read(sheet: FakeSheet | undefined, row: number, col: number, rows: number, cols: number, what: "formulas" | "values"): unknown[][] {
    if (!sheet) throw new Error("ItemNotFound: the sheet does not exist");
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const at = address(row + r, col + c);
        const formula = sheet.cells.get(at)?.formula ?? "";
        const isFormula = typeof formula === "string" && formula.startsWith("=") && !sheet.quoted?.has(at);
        return what === "values" && isFormula ? 0 : formula;
      }),
    );
  }

  /** getUsedRangeOrNullObject: the used range, or a null object for a sheet with nothing in it. */
  private usedRangeOrNull(getSheet: () => FakeSheet | undefined): unknown {
    const empty = () => ![...(getSheet()?.cells.values() ?? [])].some((c) => c.formula !== "" && c.formula !== null);
    return Object.defineProperty(this.usedRange(getSheet) as object, "isNullObject", { get: empty });
  }

  /**
   * The selected range as Office.js shows it after a sync: its rows, and its worksheet with a used
   * range whose values are the cells' contents (formulas are not computed here; their text shows).
   */
  private selectedRange(): unknown {
    const selection = this.selection;
    const sheet = selection && this.sheet(selection.sheet);
    if (!selection || !sheet) throw new Error("nothing is selected in the fake workbook");
    const at = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
    const top = Math.min(...at.map(([r]) => r));
    const bottom = Math.max(...at.map(([r]) => r));
    const right = Math.max(...at.map(([, c]) => c));
    const values = Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right + 1 }, (_, c) => sheet.cells.get(address(top + r, c))?.formula ?? ""));
    const load = () => undefined;
    return { load, rowIndex: selection.row, rowCount: selection.rows, worksheet: { load, name: sheet.name, getUsedRange: () => ({ load, values, rowIndex: top }) } };
  }

  /** The object a renderer receives from Excel.run. */
  get context(): Excel.RequestContext {
    const worksheets = new Proxy(this.recorder("worksheets") as object, {
      get: (target, prop) => {
        if (prop === "items") return this.sheets.map((s, position) => ({ name: s.name, position, visibility: s.visibility ?? "Visible", getUsedRangeOrNullObject: () => this.usedRangeOrNull(() => s) }));
        if (prop === "getActiveWorksheet") return () => ({ load: () => undefined, name: this.sheets.find((s) => !s.visibility || s.visibility === "Visible")?.name ?? "" });
        if (prop === "load") return () => undefined;
        if (prop === "getItem") {
          return (name: string) => this.worksheet(() => this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()), `sheet[${name}]`);
        }
        if (prop === "add") {
          return (name: string) => {
            let created: FakeSheet | undefined;
            this.pending.push(() => {
              if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`a sheet named ${name} exists`);
              created = { name, cells: new Map() };
              this.sheets.push(created);
            });
            return this.worksheet(() => created, `sheet[${name}]`);
          };
        }
        return Reflect.get(target, prop);
      },
    });
    return {
      workbook: { worksheets, getSelectedRange: () => this.selectedRange() },
      sync: async () => {
        this.syncs += 1;
        const ops = this.pending;
        this.pending = [];
        this.batchSizes.push(ops.length);
        const failing = Array.isArray(this.failAtSync) ? this.failAtSync.includes(this.syncs) : this.failAtSync === this.syncs;
        if (failing) {
          ops.slice(0, this.appliedBeforeFailure).forEach((op) => op());
          throw new Error(`sync ${this.syncs} failed (injected)`);
        }
        ops.forEach((op) => op());
      },
    } as unknown as Excel.RequestContext;
  }
}
