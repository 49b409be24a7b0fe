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
      get: (target, prop) => (prop === "fakeAt" ? { row, col } : Reflect.get(target, prop)),
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
                if (prop === "formulas") cell.formula = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
                else cell.numberFormat = v;
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
            this.sheets.splice(this.sheets.indexOf(sheet), 1);
          });
        }
        return Reflect.get(target, prop);
      },
    });
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
        if (prop === "items") return this.sheets.map((s) => ({ name: s.name }));
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
