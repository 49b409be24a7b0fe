/**
 * Exact fractions for checking whole-shilling rounding without trusting floating point: a finite
 * double is num / den exactly, den a power of two. Shared by the rounding tests; not a test itself.
 */
export interface Rational {
  num: bigint;
  den: bigint;
}
export function toRational(x: number): Rational {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  let den = 1n;
  let v = x;
  // Doubling is exact; a finite double becomes whole after at most 1074 doublings.
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return { num: BigInt(v), den };
}
export const rationalMinus = (a: Rational, b: bigint): Rational => ({ num: a.num - b * a.den, den: a.den });
export const rationalTimes = (a: Rational, b: bigint): Rational => ({ num: a.num * b, den: a.den });
export const absolute = (a: Rational): Rational => ({ num: a.num < 0n ? -a.num : a.num, den: a.den });
export function compareRationals(a: Rational, b: Rational): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
/** a − b, both fractions (any denominators). */
export const rationalSubtract = (a: Rational, b: Rational): Rational => ({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });
