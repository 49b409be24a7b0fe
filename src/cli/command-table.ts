/**
 * Every command, once: its synopsis, what it does, and its handler. The usage text, `mgao help
 * <command>`, `mgao <command> --help` and "did you mean" all come from this table, so a new command
 * gets its help by being listed here.
 */
import { TEMPLATE_IDS } from "../plans/templates";
import { type Io, allocateCommand, compareCommand, countiesCommand, exampleDataCommand, officialDataCommand, sensitivityCommand, sweepCommand, weightsCommand } from "./commands";
import { contractCsvCommand } from "./contract-csv-command";
import { searchCommand } from "./search-command";
import { STOCKTAKE_ACTIONS, stocktakeCommand } from "./stocktake-command";
import { workbookCommand } from "./workbook-command";

export interface CommandInfo {
  name: string;
  /** The options, as the usage prints them after `mgao <name>` (continuation lines indented by the caller). */
  synopsis: string[];
  /** One line: what it prints. */
  summary: string;
  /** The actions a command takes before its options (`mgao stocktake record ...`), if any. */
  actions?: readonly string[];
  run: (flags: Map<string, string | true>, io: Io, action?: string) => void | Promise<void>;
}

const FORMAT = "[--format table|csv|json]";

export const COMMAND_TABLE: readonly CommandInfo[] = [
  {
    name: "allocate",
    synopsis: [
      "--total 415000000000 [--basis B] [--data counties.csv] [--override County.column=value]...",
      "[--weights weights.csv] [--land-cap 0.1] [--land-floor 0]",
      "[--affirmative-amount 4460000000] [--affirmative-lower-amount 3000000000]",
      `[--affirmative-threshold 415000000000] ${FORMAT}`,
    ],
    summary: "every county's allocation in whole shillings, adding up to the total",
    run: allocateCommand,
  },
  {
    name: "compare",
    synopsis: [
      "--total T [--basis B] [--data counties.csv] [--weights w.csv]",
      "[--against baseline|previous|<basis>] [--against-weights w.csv]",
      "[--increment I] [--cushion-rate 0.15] [--cushion-threshold 400000000]",
      `[--cushion-rule proportional|excess|equal] ${FORMAT}`,
    ],
    summary: "who gains and who loses against the baseline, the previous allocation or another basis; the cushion",
    run: compareCommand,
  },
  { name: "sweep", synopsis: [`--totals 400e9:440e9:5e9 [--basis B] [--data counties.csv] ${FORMAT}`], summary: "every county's allocation over a range of totals", run: sweepCommand },
  {
    name: "search",
    synopsis: [
      "--total T [--basis B] [--objective fewest-losers|min-max-loss|min-max-loss-pct|",
      "min-total-loss|closest|max-min-gain-per-capita] [--against previous|baseline|<basis>]",
      '[--bound PARAM=LO:HI]... [--max-move 0.05] [--protect "Lamu,Isiolo"]',
      `[--max-loss 400000000] [--time-limit 5] ${FORMAT}`,
    ],
    summary: "the weights that best meet an objective, proved optimal (csv: the weights, ready for --weights)",
    run: searchCommand,
  },
  {
    name: "sensitivity",
    synopsis: ["[--data counties.csv] [--basis B] [--weights w.csv] [--spread 0.1]", `[--draws 10000] [--seed 1] ${FORMAT}`],
    summary: "each county's share percentiles and rank range over random weight sets around the chosen weights",
    run: sensitivityCommand,
  },
  { name: "weights", synopsis: ["[--basis B] [--format csv|table|json]"], summary: "a basis's weights, ready to edit", run: weightsCommand },
  { name: "official-data", synopsis: ["[--basis fourth|third-adopted|third-recommended]"], summary: "the built-in official table (CSV), sources first", run: officialDataCommand },
  { name: "counties", synopsis: [], summary: "the 47 counties with KNBS figures (CSV)", run: countiesCommand },
  { name: "example-data", synopsis: [], summary: "a complete but ILLUSTRATIVE data file (CSV)", run: exampleDataCommand },
  {
    name: "workbook",
    synopsis: [`--template ${TEMPLATE_IDS.join("|")} [--input spec.json] --out file.xlsx`, "[--print-example] [--print-schema]"],
    summary: "a formula-driven workbook from a spec (JSON)",
    run: workbookCommand,
  },
  {
    name: "stocktake",
    synopsis: ["record --workbook delivery.xlsx [--as-of 2026-03-31] --out delivery.xlsx", "county-view --workbook county.xlsx --out county.xlsx"],
    summary:
      "records a delivery workbook's stocktake: its Stocktake history, Escalation log and Dashboard sheets; or adds a County view rolling up every department's Stocktake (the file's other parts unchanged)",
    actions: STOCKTAKE_ACTIONS,
    run: stocktakeCommand,
  },
  {
    name: "contract-csv",
    synopsis: ["[--input contract.json] [--out results.csv]"],
    summary: "a performance contract's indicators and quarterly results (CSV), one row per indicator and quarter",
    run: contractCsvCommand,
  },
];

export const commandNamed = (name: string): CommandInfo | undefined => COMMAND_TABLE.find((c) => c.name === name);

/** `mgao <name> <synopsis>`, continuation lines aligned under the first option. */
export function synopsisOf(command: CommandInfo): string {
  const head = `  mgao ${command.name.padEnd(8)} `;
  const [first = "", ...rest] = command.synopsis;
  return [head + first, ...rest.map((line) => " ".repeat(head.length) + line)].join("\n").trimEnd();
}

/** Edit distance, for "did you mean": a command a typo or two away. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest command to a mistyped one, if any is within two edits (or starts the same way). */
export function didYouMean(typed: string): string | undefined {
  const scored = COMMAND_TABLE.map((c) => ({ name: c.name, d: c.name.startsWith(typed) && typed.length >= 3 ? 0 : distance(typed, c.name) }));
  const best = scored.reduce((a, b) => (b.d < a.d ? b : a));
  return best.d <= 2 ? best.name : undefined;
}
