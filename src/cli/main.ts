import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { MgaoError } from "../core/errors";
import { UsageError, parseArgs } from "./args";
import { COMMAND_TABLE, type CommandInfo, commandNamed, didYouMean, synopsisOf } from "./command-table";
import { BASES_HELP, type Io } from "./commands";

const NOTES = `Without --data, the built-in official table for the basis is used (second and first have none).
--override changes one input (repeatable) and is labelled as yours. --weights replaces the basis's
weights and keeps its application rule. Data and weights files are CSV with a header row; see the
README for the data contract.`;

/** Words wrapped to lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The usage text, from the command table: each synopsis, its summary in a column on the right. */
function usage(): string {
  const column = 57;
  const entry = (synopsis: string, summary: string) => {
    const lines = synopsis.split("\n");
    const words = wrap(summary, 100 - column);
    const last = lines[lines.length - 1];
    // The summary starts beside the synopsis's last line when it fits, else on the line under it.
    if (last.length < column - 1) lines[lines.length - 1] = last.padEnd(column) + words.shift();
    return [...lines, ...words.map((w) => " ".repeat(column) + w)].join("\n");
  };
  return `mgao: sharing revenue among Kenya's 47 counties (the CRA's bases; the fourth is in force)

Usage:
${[...COMMAND_TABLE.map((c) => entry(synopsisOf(c), c.summary)), entry("  mgao help <command>, mgao <command> --help", "one command's options"), entry("  mgao --version", "the version")].join("\n")}

Bases:
${BASES_HELP}

${NOTES}
`;
}

/** One command's help. */
function commandHelp(c: CommandInfo): string {
  return `mgao ${c.name}: ${c.summary}

Usage:
${synopsisOf(c)}

Bases:
${BASES_HELP}

${NOTES}
`;
}

/** The version in package.json, found by walking up from here (the compiled CLI sits deeper than the source). */
export function version(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "mgao" && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

/** A command that is not in the table, with the closest one offered. */
function unknownCommand(name: string): UsageError {
  const near = didYouMean(name);
  return new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
}

/** Runs the CLI; returns the exit code (0 ok, 1 bad data or a fault, 2 bad usage). Output is written only on success. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === "--version" || first === "-v") {
      io.out(`mgao ${version()}\n`);
      return 0;
    }
    if (first === undefined || first === "--help" || first === "-h" || (first === "help" && rest.length === 0)) {
      io.out(usage());
      return first === undefined ? 2 : 0;
    }
    // `mgao help allocate`, `mgao allocate --help`, `mgao allocate -h`: the command's own help.
    const helpFor = first === "help" ? rest[0] : rest.includes("--help") || rest.includes("-h") ? first : undefined;
    if (helpFor !== undefined) {
      const command = commandNamed(helpFor);
      if (!command) throw unknownCommand(helpFor);
      io.out(commandHelp(command));
      return 0;
    }
    // A command with actions takes one before its options: mgao stocktake record --workbook ...
    const action = commandNamed(first)?.actions && rest[0] !== undefined && !rest[0].startsWith("--") ? rest[0] : undefined;
    const { command, flags } = parseArgs(action === undefined ? argv : [first, ...rest.slice(1)]);
    const known = commandNamed(command!);
    if (!known) throw unknownCommand(command!);
    await known.run(flags, io, action);
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
