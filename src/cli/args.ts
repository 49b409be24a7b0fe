/** A command line split into its command, its --flags and the flags' values. */
export interface ParsedArgs {
  command: string | undefined;
  flags: Map<string, string | true>;
}

/** Flags that may be given more than once; their values are joined with REPEAT_SEPARATOR. */
export const REPEATABLE = new Set(["override", "bound"]);
export const REPEAT_SEPARATOR = "\u0000";

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (!token.startsWith("--")) throw new UsageError(`unexpected argument "${token}"`);
    const [name, inline] = token.slice(2).split(/=(.*)/s, 2);
    const value = inline !== undefined ? inline : i + 1 < rest.length && !rest[i + 1].startsWith("--") ? rest[++i] : true;
    const earlier = flags.get(name);
    if (earlier !== undefined && !(REPEATABLE.has(name) && earlier !== true && value !== true)) throw new UsageError(`--${name} is given twice`);
    flags.set(name, earlier === undefined ? value : `${earlier}${REPEAT_SEPARATOR}${value}`);
  }
  return { command, flags };
}

/** Reads the flags a command knows, rejecting any it does not. */
export class Flags {
  constructor(
    private readonly flags: Map<string, string | true>,
    known: readonly string[],
  ) {
    for (const name of flags.keys()) if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  }

  has(name: string): boolean {
    return this.flags.has(name);
  }

  text(name: string): string | undefined {
    const value = this.flags.get(name);
    if (value === true) throw new UsageError(`--${name} needs a value`);
    return value;
  }

  /** Every value of a repeatable flag, in the order given. */
  list(name: string): string[] {
    const value = this.text(name);
    return value === undefined ? [] : value.split(REPEAT_SEPARATOR);
  }

  required(name: string): string {
    const value = this.text(name);
    if (value === undefined) throw new UsageError(`--${name} is required`);
    return value;
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.text(name) ?? fallback;
    if (!choices.includes(value as T)) throw new UsageError(`--${name} must be one of ${choices.join(", ")} (got "${value}")`);
    return value as T;
  }
}
