/**
 * A linear or mixed-integer program in plain data, and its text in the CPLEX LP format that HiGHS
 * reads. Kept apart from the solver so the program can be built, inspected and tested without it.
 */
export interface LinearProgram {
  sense: "minimize" | "maximize";
  /** Variable → coefficient in the objective. */
  objective: ReadonlyMap<string, number>;
  rows: readonly { name: string; terms: ReadonlyMap<string, number>; min?: number; max?: number }[];
  /** Variable → [lower, upper]; variables not named are 0 to +∞. */
  bounds: ReadonlyMap<string, readonly [number, number]>;
  binaries: readonly string[];
}

/** A number as LP-format text: the shortest exact decimal, never an exponent (1e-9 → 0.000000001). */
function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`a program's number must be finite (got ${x})`);
  const text = String(x);
  if (!text.includes("e")) return text;
  // Move the point of the shortest form's digits ("1.25e-9") instead of printing more digits than it has.
  const [mantissa, exponent] = text.split("e");
  const sign = mantissa.startsWith("-") ? "-" : "";
  const [whole, fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.padEnd(point, "0")}`;
}

function expression(terms: ReadonlyMap<string, number>): string {
  const parts = [...terms].filter(([, a]) => a !== 0).map(([v, a]) => `${a < 0 ? "-" : "+"} ${num(Math.abs(a))} ${v}`);
  return parts.length > 0 ? parts.join(" ") : "0";
}

/** Every variable the program names, in first-seen order. */
export function variablesOf(program: LinearProgram): string[] {
  const seen = new Set<string>([...program.objective.keys()]);
  for (const row of program.rows) for (const v of row.terms.keys()) seen.add(v);
  for (const v of program.bounds.keys()) seen.add(v);
  for (const v of program.binaries) seen.add(v);
  return [...seen];
}

export function toLpFormat(program: LinearProgram): string {
  const lines = [program.sense === "maximize" ? "Maximize" : "Minimize", ` obj: ${expression(program.objective)}`, "Subject To"];
  for (const row of program.rows) {
    const e = expression(row.terms);
    if (row.min !== undefined && row.max !== undefined && row.min === row.max) lines.push(` ${row.name}: ${e} = ${num(row.min)}`);
    else {
      if (row.min !== undefined) lines.push(` ${row.name}_lo: ${e} >= ${num(row.min)}`);
      if (row.max !== undefined) lines.push(` ${row.name}_hi: ${e} <= ${num(row.max)}`);
    }
  }
  lines.push("Bounds");
  const binaries = new Set(program.binaries);
  for (const v of variablesOf(program)) {
    if (binaries.has(v)) continue;
    const [lo, hi] = program.bounds.get(v) ?? [0, Infinity];
    lines.push(Number.isFinite(hi) ? ` ${num(lo)} <= ${v} <= ${num(hi)}` : lo === -Infinity ? ` ${v} free` : ` ${v} >= ${num(lo)}`);
  }
  if (binaries.size > 0) lines.push("Binary", ` ${[...binaries].join(" ")}`);
  lines.push("End");
  return lines.join("\n");
}
