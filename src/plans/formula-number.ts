/**
 * A number as a formula literal, without an exponent: 1e-9 is written 0.000000001. Excel reads both,
 * but some engines that recalculate our workbooks (HyperFormula among them) do not parse `1E-9`, and a
 * tolerance from the core must reach every engine as the same number.
 */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} cannot be written in a formula`);
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
