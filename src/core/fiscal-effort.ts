import { divZeroError, valueError } from "./errors";
import { measureShares } from "./measure-shares";

/**
 * Fiscal effort: each county's own-source revenue over its gross county product (OSR/GCP), shared
 * over the total of those ratios.
 */
export function fiscalEffortShares(osr: ArrayLike<number>, gcp: ArrayLike<number>, names?: readonly string[]): Float64Array {
  if (osr.length !== gcp.length) {
    throw valueError("gcp", `has ${gcp.length} values but osr has ${osr.length}; give one of each per county`);
  }
  const ratios = Float64Array.from(osr, (revenue, i) => {
    if (!(gcp[i] > 0)) throw divZeroError("gcp", `gross county product of ${names?.[i] ?? `county ${i + 1}`} is zero`);
    return revenue / gcp[i];
  });
  return measureShares(ratios, "osr", "fiscal effort (OSR/GCP)");
}
