import { MgaoError } from "../core/errors";
import { UsageError, parseArgs } from "./args";
import { TEMPLATE_IDS } from "../plans/templates";
import { searchCommand } from "./search-command";
import { workbookCommand } from "./workbook-command";
import { BASES_HELP, type Io, allocateCommand, compareCommand, countiesCommand, exampleDataCommand, officialDataCommand, sensitivityCommand, sweepCommand, weightsCommand } from "./commands";

const USAGE = `mgao: sharing revenue among Kenya's 47 counties (the CRA's bases; the fourth is in force)

Usage:
  mgao allocate --total 415000000000 [--basis B] [--data counties.csv] [--override County.column=value]...
                [--weights weights.csv] [--land-cap 0.1] [--land-floor 0]
                [--affirmative-amount 4460000000] [--affirmative-lower-amount 3000000000]
                [--affirmative-threshold 415000000000] [--format table|csv|json]
  mgao compare  --total T [--basis B] [--data counties.csv] [--weights w.csv]
                [--against baseline|previous|<basis>] [--against-weights w.csv]
                [--increment I] [--cushion-rate 0.15] [--cushion-threshold 400000000]
                [--cushion-rule proportional|excess|equal] [--format table|csv|json]
  mgao sweep    --totals 400e9:440e9:5e9 [--basis B] [--data counties.csv] [--format table|csv|json]
                                                         every county's allocation over a range of totals
  mgao search   --total T [--basis B] [--objective fewest-losers|min-max-loss|min-max-loss-pct|
                min-total-loss|closest|max-min-gain-per-capita] [--against previous|baseline|<basis>]
                [--bound PARAM=LO:HI]... [--max-move 0.05] [--protect "Lamu,Isiolo"]
                [--max-loss 400000000] [--time-limit 5] [--format table|csv|json]
                                                         the weights that best meet an objective, proved
                                                         optimal (csv: the weights, ready for --weights)
  mgao sensitivity [--data counties.csv] [--basis B] [--weights w.csv] [--spread 0.1]
                [--draws 10000] [--seed 1] [--format table|csv|json]
                                                         each county's share percentiles and rank range
                                                         over random weight sets around the chosen weights
  mgao weights  [--basis B] [--format csv|table|json]    a basis's weights, ready to edit
  mgao official-data [--basis fourth|third-adopted|third-recommended]
                                                         the built-in official table (CSV), sources first
  mgao counties                                          the 47 counties with KNBS figures (CSV)
  mgao example-data                                      a complete but ILLUSTRATIVE data file (CSV)
  mgao workbook --template ${TEMPLATE_IDS.join("|")} [--input spec.json] --out file.xlsx
                [--print-example]                        a formula-driven workbook from a spec (JSON)

Bases:
${BASES_HELP}

Without --data, the built-in official table for the basis is used (second and first have none).
--override changes one input (repeatable) and is labelled as yours. --weights replaces the basis's
weights and keeps its application rule. Data and weights files are CSV with a header row; see the
README for the data contract.
`;

const COMMANDS: Record<string, (flags: Map<string, string | true>, io: Io) => void | Promise<void>> = {
  allocate: allocateCommand,
  compare: compareCommand,
  sensitivity: sensitivityCommand,
  weights: weightsCommand,
  counties: countiesCommand,
  "example-data": exampleDataCommand,
  "official-data": officialDataCommand,
  sweep: sweepCommand,
  search: searchCommand,
  workbook: workbookCommand,
};

/** Runs the CLI; returns the exit code (0 ok, 1 bad data or a fault, 2 bad usage). Output is written only on success. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { command, flags } = parseArgs(argv);
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`unknown command "${command}"`);
    await handler(flags, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`mgao: ${error.message}\nRun "mgao help" for usage.`);
      return 2;
    }
    if (error instanceof MgaoError) {
      io.err(`mgao: ${error.message}`);
      return 1;
    }
    // A fault in mgao itself: said on standard error like any other failure, never half an answer.
    io.err(`mgao: unexpected error (a fault in mgao; please report it, see SECURITY.md): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(line + "\n"),
  }).then((code) => (process.exitCode = code));
}
