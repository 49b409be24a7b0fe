/**
 * Microsoft's Excel client as the test double: `excel-web-16.00.debug.js` from @microsoft/office-js,
 * run in a Node vm context, builds and sends the requests exactly as it does in Excel on the web. Its
 * request sender (`OfficeExtension.HttpUtility.setCustomSendRequestFunc`) is ours: every request is
 * recorded (the UTF-8 bytes of its body as the client hands it over, its number of actions) and
 * answered by a modelled workbook (office-js-workbook.ts): sheet names for `worksheets` loads,
 * values for the reads the add-in makes, Excel's error codes for what Excel refuses, and an injected
 * failure at a chosen sync.
 *
 * The client is loaded once per test file; each workbook gets its own request URL, so a client
 * context (`new Excel.RequestContext(url)`) talks to that workbook only.
 */
import { readFileSync } from "fs";
import { createContext, runInContext } from "vm";
import { ExcelError, type HarnessCell, type HarnessSheet, HarnessWorkbook, type Model, at } from "./office-js-workbook";

export { at, type HarnessCell, type HarnessSelection, type HarnessSheet } from "./office-js-workbook";

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}
interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}
interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}
interface SentRequest {
  url: string;
  body: unknown;
}

/** One request the client sent: one context.sync() that had something to send. */
export interface RecordedRequest {
  /** UTF-8 bytes of the request body, the figure Excel on the web's 5 MB request limit is about. */
  bytes: number;
  actions: number;
  body: string;
}

// The client's ActionType and ObjectPathType numbers (OfficeExtension's request format).
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;

const books = new Map<string, OfficeJsWorkbook>();
let client: { Excel: { RequestContext: new (url: string) => Excel.RequestContext } } | undefined;

function officeClient() {
  if (client) return client;
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const quiet = () => undefined;
  // What the script touches of a browser page. Error and Promise are this realm's, so the client's
  // errors are Errors here as they are in a browser, where there is one realm.
  const page: Record<string, unknown> = {
    console: { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet },
    setTimeout,
    clearTimeout,
    Promise,
    Error,
    JSON,
    navigator: { userAgent: "Node" },
    location: { href: "https://mgao.test/taskpane.html", protocol: "https:", host: "mgao.test", hostname: "mgao.test", pathname: "/taskpane.html", search: "", hash: "" },
    document: { getElementById: () => null, getElementsByTagName: () => [], addEventListener: quiet, readyState: "complete", cookie: "" },
    addEventListener: quiet,
  };
  page.window = page;
  createContext(page);
  runInContext(source, page, { filename: "excel-web-16.00.debug.js" });
  const loaded = page as unknown as { Excel: NonNullable<typeof client>["Excel"]; OfficeExtension: { HttpUtility: { setCustomSendRequestFunc(fn: (r: SentRequest) => Promise<unknown>): void } } };
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const book = books.get(new URL(request.url).host);
    if (!book) throw new Error(`no workbook answers ${request.url}`);
    return book.answer(request);
  });
  client = loaded;
  return client;
}

/** Whether `version` ("1.9") is at most `supported` ("1.18"), compared part by part. */
function atMost(version: string, supported: string): boolean {
  const [a, b] = [version, supported].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return true;
}

export interface HarnessOptions {
  /** Worksheets already there: name → { "row,col": value }. */
  sheets?: Record<string, Record<string, unknown>>;
  /** Chart sheets already there: their names are taken, but they are not in `worksheets`. */
  chartSheets?: string[];
  /**
   * The ExcelApi requirement set the host reports (Office.context.requirements). Unless told, the
   * newest the packaged client implements: 1.15 (it has no Worksheet.notes, which came in 1.18, so
   * notes are covered by the recording fake, test/support/excel-fake.ts).
   */
  excelApi?: string;
}

/** The newest ExcelApi requirement set excel-web-16.00.debug.js (@microsoft/office-js 1.1.110) implements. */
export const CLIENT_EXCEL_API = "1.15";

let nextBook = 0;

export class OfficeJsWorkbook {
  /** Every request sent, in order. */
  readonly requests: RecordedRequest[] = [];
  /** The sync (1-based, counting requests), or syncs, that fail. */
  failAtSync: number | readonly number[] | undefined;
  /** How many of a failing request's actions take effect first (Infinity: all of them, then the error). */
  appliedBeforeFailure = 0;
  /** The injected failure's Office error code and location (debugInfo.errorLocation). */
  failure = { code: "GeneralException", location: "" };
  readonly excelApi: string;
  private readonly book = new HarnessWorkbook();
  private readonly host = `workbook-${++nextBook}.mgao.test`;

  constructor(options: HarnessOptions = {}) {
    for (const [name, cells] of Object.entries(options.sheets ?? {})) {
      const sheet: HarnessSheet = { name, cells: new Map(), widths: new Map(), notes: [] };
      for (const [key, formula] of Object.entries(cells)) sheet.cells.set(key, { formula, numberFormat: "General" });
      this.book.sheets.push(sheet);
    }
    this.book.chartSheets = [...(options.chartSheets ?? [])];
    this.excelApi = options.excelApi ?? CLIENT_EXCEL_API;
    books.set(this.host, this);
  }

  get sheets(): readonly HarnessSheet[] {
    return this.book.sheets;
  }
  get syncs(): number {
    return this.requests.length;
  }
  get log(): readonly string[] {
    return this.book.log;
  }
  set selection(selection: HarnessWorkbook["selection"]) {
    this.book.selection = selection;
  }

  sheet(name: string): HarnessSheet | undefined {
    return this.book.sheets.find((s) => s.name === name);
  }

  cell(sheet: string, row: number, col: number): HarnessCell | undefined {
    return this.sheet(sheet)?.cells.get(at(row, col));
  }

  /** Every sheet and cell, to compare before and after. */
  snapshot(): unknown {
    return this.book.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(), widths: [...s.widths.entries()].sort(), notes: [...s.notes] }));
  }

  /**
   * A new client context on this workbook, as Excel.run gives one. The host's `Office` global is set
   * to report this workbook's ExcelApi support, as office.js does in Excel.
   */
  get context(): Excel.RequestContext {
    const supported = this.excelApi;
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (set: string, version = "1.1") => set === "ExcelApi" && atMost(version, supported) } },
    };
    return new (officeClient().Excel.RequestContext)(`https://${this.host}`);
  }

  /** Forget this workbook (its URL stops answering) and the `Office` global. */
  close(): void {
    books.delete(this.host);
    delete (globalThis as { Office?: unknown }).Office;
  }

  /** Answers one request as Excel would, recording it first. */
  answer(request: SentRequest): { statusCode: number; headers: Record<string, string>; body: string } {
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const body = JSON.parse(text) as RequestBody;
    this.requests.push({ bytes: Buffer.byteLength(text, "utf8"), actions: body.Actions.length, body: text });
    const sync = this.requests.length;
    const failing = Array.isArray(this.failAtSync) ? this.failAtSync.includes(sync) : this.failAtSync === sync;
    const limit = failing ? Math.min(this.appliedBeforeFailure, body.Actions.length) : body.Actions.length;
    const results: { ActionId: number; Value: unknown }[] = [];
    const resolved = new Map<number, unknown>();
    const resolve = (id: number): Model => {
      if (!resolved.has(id)) resolved.set(id, this.evaluate(body.ObjectPaths[id], resolve));
      return resolved.get(id) as Model;
    };
    const reply = (payload: unknown) => ({ statusCode: 200, headers: {}, body: JSON.stringify(payload) });
    for (let i = 0; i < limit; i++) {
      const action = body.Actions[i];
      try {
        const target = resolve(action.ObjectPathId);
        if (action.ActionType === ACTION.query) results.push({ ActionId: action.Id, Value: target.query(action.QueryInfo?.Select) });
        else if (action.ActionType === ACTION.setProperty) target.set(action.Name, action.ArgumentInfo?.Arguments?.[0]);
        else if (action.ActionType === ACTION.method) {
          const value = target.method(action.Name, this.argumentsOf(action.ArgumentInfo, resolve));
          if (value === null || typeof value !== "object") results.push({ ActionId: action.Id, Value: value ?? null });
        }
      } catch (error) {
        if (!(error instanceof ExcelError)) throw error;
        return reply({ Results: results, Error: { Code: error.code, Message: error.message, Location: error.location, ActionIndex: i, HttpStatusCode: 400 } });
      }
    }
    if (failing) {
      return reply({ Results: results, Error: { Code: this.failure.code, Message: `sync ${sync} failed (injected)`, Location: this.failure.location, ActionIndex: limit < body.Actions.length ? limit : -1, HttpStatusCode: 500 } });
    }
    return reply({ Results: results });
  }

  private argumentsOf(info: ArgumentInfo | undefined, resolve: (id: number) => Model): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, k) => {
      if (id) args[k] = resolve(id);
    });
    return args;
  }

  private evaluate(path: ObjectPathInfo, resolve: (id: number) => Model): Model {
    if (path.ObjectPathType === PATH.global) return this.book;
    const parent = resolve(path.ParentObjectPathId!);
    if (path.ObjectPathType === PATH.property) return parent.property(path.Name);
    if (path.ObjectPathType === PATH.method) return parent.method(path.Name, this.argumentsOf(path.ArgumentInfo, resolve)) as Model;
    // collection.getItem(key) is sent as an indexer.
    if (path.ObjectPathType === PATH.indexer) return parent.method("_Indexer", this.argumentsOf(path.ArgumentInfo, resolve)) as Model;
    throw new Error(`the harness does not model object path type ${path.ObjectPathType} (${path.Name})`);
  }
}
