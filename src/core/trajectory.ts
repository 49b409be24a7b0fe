import { finiteResult } from "./cells";
import { numError } from "./errors";

/**
 * A planned trajectory: from the baseline to the target in equal steps, one value per period (month
 * or quarter), the last period reaching the target. Straight lines are the default; a delivery plan
 * may overwrite any period with its own expectation.
 */
export function plannedTrajectory(baseline: number, target: number, periods: number): number[] {
  if (!(Number.isInteger(periods) && periods >= 1 && periods <= 600)) throw numError("periods", `must be a whole number from 1 to 600 (got ${periods})`);
  const values = Array.from({ length: periods }, (_, k) => (k + 1 === periods ? target : baseline + ((target - baseline) * (k + 1)) / periods));
  // Finite inputs near the limits of double precision (−1e308 to 1e308) can overflow between them.
  values.forEach((v) => finiteResult(v, "target", "the trajectory from baseline to target"));
  return values;
}

/** The 1-based period of the latest actual recorded (blank periods skipped), or 0 when there is none. */
export function latestPeriod(actuals: readonly (number | null)[]): number {
  for (let k = actuals.length - 1; k >= 0; k--) if (typeof actuals[k] === "number" && Number.isFinite(actuals[k])) return k + 1;
  return 0;
}
