/**
 * THIRDBASIS.* custom functions: thin adapters from Excel ranges to the engine in src/core.
 * The metadata Excel reads (functions.json) is generated from these JSDoc comments at build time.
 */
import { allocate } from "../core/allocate";
import { BASES, THIRD_BASIS_DEFAULT, basisById } from "../core/bases";
import { describeCell, requireNumber } from "../core/cells";
import { compareScenarios } from "../core/compare";
import { indexOfCounty, readCountyTable } from "../core/county-table";
import { CUSHION_DEFAULTS, type CushionRule, cushion } from "../core/cushion";
import { notAvailableError, numError, valueError } from "../core/errors";
import { fiscalEffortShares } from "../core/fiscal-effort";
import { type GapLevel, facilityGap } from "../core/health-gap";
import { landShares } from "../core/land-share";
import { OFFICIAL_DATA_BASES, type OfficialDataBasis, isOfficialDataBasis, officialGrid, officialSources } from "../core/official-data";
import { formulaShares, indexNotes } from "../core/parameter-shares";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { resolveScenario } from "../core/scenario";
import { MAX_CELL_DRAWS_TIMES_COUNTIES, SENSITIVITY_DEFAULTS, weightSensitivity } from "../core/sensitivity";
import { formatKes } from "../core/shareable-total";
import { againstArg, grid, numbers, omitted, optionalNumber, optionalText, sameLength, scalar, scenarioArgs, shaped, vector } from "./arguments";
import { excel, excelCell } from "./excel-errors";

/**
 * A county's share under the third basis formula (or another basis), as a fraction.
 * @customfunction THIRDBASIS.SHARE
 * @param county County name as it appears in data.
 * @param data County data with a header row (county, population, poor_people, land_area_km2, ...).
 * @param [weights] Two-column range of parameter and weight, or a basis name such as "third-recommended". Default: the basis's weights.
 * @param [basis] Basis: third-adopted (default), fourth, third-recommended, second or first.
 * @returns The county's formula share (0 to 1).
 */
export function thirdBasisShare(county: string, data: any[][], weights?: any[][], basis?: string): number {
  return excel(() => {
    const table = readCountyTable(grid(data), "data");
    const name = String(scalar(county, "county") ?? "").trim();
    if (name === "") throw valueError("county", "is blank; name a county in data");
    const at = indexOfCounty(table, name);
    if (at < 0) throw notAvailableError("county", `${describeCell(name)} is not in data`);
    const scenario = resolveScenario(scenarioArgs(weights, basis), THIRD_BASIS_DEFAULT);
    return formulaShares(table, scenario.weights, scenario.settings)[at];
  });
}

/**
 * Every county's formula share, one per data row (spills a column).
 * @customfunction THIRDBASIS.SHARES
 * @param data County data with a header row.
 * @param [weights] Two-column range of parameter and weight, or a basis name. Default: the basis's weights.
 * @param [basis] Basis: third-adopted (default), fourth, third-recommended, second or first.
 * @returns One share per county; they add up to 1.
 */
export function thirdBasisShares(data: any[][], weights?: any[][], basis?: string): number[][] {
  return excel(() => {
    const table = readCountyTable(grid(data), "data");
    const scenario = resolveScenario(scenarioArgs(weights, basis), THIRD_BASIS_DEFAULT);
    return shaped(Array.from(formulaShares(table, scenario.weights, scenario.settings)), false);
  });
}

/**
 * Shares a total among counties in whole shillings that add up to the total exactly. Under the adopted
 * third basis, each county gets half its FY2019/20 allocation plus a formula share of the rest, and
 * never less than its FY2019/20 allocation (data needs previous_allocation). Under the fourth basis,
 * each county keeps its FY2024/25 baseline, the affirmative counties share the affirmative allocation,
 * and the formula shares the rest (data needs baseline_allocation; FOURTHBASIS.ALLOCATE sets the
 * affirmative amounts).
 * @customfunction THIRDBASIS.ALLOCATE
 * @param total Total to share (whole shillings), e.g. the year's equitable share.
 * @param data County data with a header row.
 * @param [weights] Two-column range of parameter and weight, or a basis name. Default: the basis's weights.
 * @param [basis] Basis whose rule applies: third-adopted (default), fourth, third-recommended, second or first.
 * @returns One amount per county, in shillings (spills a column).
 */
export function thirdBasisAllocate(total: number, data: any[][], weights?: any[][], basis?: string): number[][] {
  return excel(() => {
    const amount = requireNumber(scalar(total, "total"), "total", "the total", { integer: true });
    const result = allocate(readCountyTable(grid(data), "data"), amount, scenarioArgs(weights, basis), THIRD_BASIS_DEFAULT);
    return shaped(result.counties.map((c) => c.allocation), false);
  });
}

/**
 * The weight table of a named basis, ready to edit and pass back as weights (spills).
 * @customfunction THIRDBASIS.WEIGHTS
 * @param [basis] third-adopted (default), fourth, third-recommended, second or first.
 * @returns A header row, then one row per parameter: parameter, weight.
 */
export function thirdBasisWeights(basis?: string): any[][] {
  return excel(() => {
    const chosen = basisById(optionalText(basis, "basis") ?? THIRD_BASIS_DEFAULT);
    const rows = (Object.keys(PARAMETER_INFO) as ParameterId[]).filter((p) => chosen.weights[p] !== undefined).map((p) => [p, chosen.weights[p]!]);
    return [["parameter", "weight"], ...rows];
  });
}

/**
 * Land-area shares with a cap: counties above it are fixed at the cap and the excess is shared by
 * area among the others, repeated until no county is above the cap.
 * @customfunction THIRDBASIS.LANDSHARE
 * @param areas Land area of every county (one column or row).
 * @param [cap] Largest share a county may have. Default 7%.
 * @param [floor] Smallest share a county may have. Default none.
 * @returns One share per county, shaped like areas.
 */
export function thirdBasisLandShare(areas: any[][], cap?: number, floor?: number): number[][] {
  return excel(() => {
    const v = vector(areas, "areas");
    const shares = landShares(numbers(v, "areas"), {
      cap: optionalNumber(cap, "cap", BASES[THIRD_BASIS_DEFAULT].landCap),
      floor: optionalNumber(floor, "floor", 0),
    });
    return shaped(Array.from(shares), v.asRow);
  });
}

/**
 * Health facility gap from Ministry of Health norms: facilities required (one level II per 10,000
 * people, level III per 30,000, level IV per 100,000, level V per 1,000,000; rounded up) minus those
 * existing, never below zero, summed over the levels given. Ranges give one answer per county.
 * @customfunction THIRDBASIS.HEALTHGAP
 * @param population Population (a number or a column).
 * @param level2 Existing level II facilities (dispensaries).
 * @param level3 Existing level III facilities (health centres).
 * @param level4 Existing level IV facilities (primary referral).
 * @param [level5] Existing level V facilities (secondary referral); omit to leave level V out.
 * @param [unitCosts] Cost of one facility per level (II, III, IV[, V]) in a row: returns the gap's cost instead of its count.
 * @returns Facilities missing (or their cost) per county.
 */
export function thirdBasisHealthGap(population: any[][], level2: any[][], level3: any[][], level4: any[][], level5?: any[][], unitCosts?: any[][]): any[][] {
  return excel(() => {
    const pop = vector(population, "population");
    const levels: [GapLevel, unknown][] = [["level2", level2], ["level3", level3], ["level4", level4]];
    if (!omitted(level5)) levels.push(["level5", level5]);
    const columns = levels.map(([name, arg]) => {
      const v = vector(arg, name);
      sameLength(pop, "population", v, name);
      return [name, v] as const;
    });
    const costs = omitted(unitCosts) ? undefined : numbers(vector(unitCosts, "unitCosts"), "unitCosts");
    if (costs && costs.length !== levels.length) {
      throw valueError("unitCosts", `needs ${levels.length} costs (one per level given), not ${costs.length}`);
    }
    const unit = costs && Object.fromEntries(levels.map(([name], k) => [name, costs[k]]));
    const out = pop.cells.map((cell, i) =>
      excelCell(() => {
        const people = requireNumber(cell, "population", `value ${i + 1}`);
        const existing = Object.fromEntries(columns.map(([name, v]) => [name, requireNumber(v.cells[i], name, `value ${i + 1}`)]));
        const gap = facilityGap(people, existing, { unitCosts: unit });
        return gap.cost ?? gap.total;
      }),
    );
    return shaped(out, pop.asRow);
  });
}

/**
 * Fiscal effort shares: each county's own-source revenue over its gross county product, shared over
 * the total of those ratios.
 * @customfunction THIRDBASIS.FISCALEFFORT
 * @param osr Own-source revenue per county.
 * @param gcp Gross county product per county, same order.
 * @returns One share per county.
 */
export function thirdBasisFiscalEffort(osr: any[][], gcp: any[][]): number[][] {
  return excel(() => {
    const a = vector(osr, "osr");
    const b = vector(gcp, "gcp");
    sameLength(a, "osr", b, "gcp");
    return shaped(Array.from(fiscalEffortShares(numbers(a, "osr"), numbers(b, "gcp"))), a.asRow);
  });
}

/**
 * The CRA cushion: a share of the year-on-year increment (default 15%) set aside for counties whose
 * allocation falls by more than a threshold (default KES 400 million), shared by loss and never more
 * than a county lost.
 * @customfunction THIRDBASIS.CUSHION
 * @param newAllocations Each county's new allocation.
 * @param previous Each county's previous allocation, same order.
 * @param increment Year-on-year increase in the total equitable share.
 * @param [rate] Part of the increment set aside. Default 15%.
 * @param [threshold] Loss above which a county is cushioned. Default 400,000,000.
 * @param [rule] How the pool is shared: proportional (to loss, default), excess (loss above threshold) or equal.
 * @returns Cushion per county in shillings.
 */
export function thirdBasisCushion(newAllocations: any[][], previous: any[][], increment: number, rate?: number, threshold?: number, rule?: string): number[][] {
  return excel(() => {
    const a = vector(newAllocations, "newAllocations");
    const b = vector(previous, "previous");
    sameLength(a, "newAllocations", b, "previous");
    const result = cushion(
      numbers(a, "newAllocations", { allowNegative: true }),
      numbers(b, "previous", { allowNegative: true }),
      requireNumber(scalar(increment, "increment"), "increment", "the increment", { allowNegative: true }),
      {
        rate: optionalNumber(rate, "rate", CUSHION_DEFAULTS.rate),
        threshold: optionalNumber(threshold, "threshold", CUSHION_DEFAULTS.threshold),
        rule: (optionalText(rule, "rule")?.toLowerCase() ?? CUSHION_DEFAULTS.rule) as CushionRule,
      },
    );
    return shaped(result.amounts, a.asRow);
  });
}

/**
 * Compares a scenario with another basis, or with an allocation the data holds, on the same data and
 * total: per county the allocation compared with, the scenario's, the gain or loss and the percentage
 * change (spills a table with a header row; the second column's header says what was compared with).
 * @customfunction THIRDBASIS.COMPARE
 * @param total Total to share (whole shillings).
 * @param data County data with a header row.
 * @param weights Scenario: two-column range of parameter and weight, or a basis name.
 * @param [against] baseline (the data's baseline_allocation, FY2024/25), previous (its previous_allocation, FY2019/20) or a basis. Default: the scenario basis's own: baseline for fourth, previous for third-adopted, second for third-recommended.
 * @param [basis] Basis whose rule the scenario follows. Default: third-adopted.
 * @returns county, the allocation compared with, scenario, difference, % change.
 */
export function thirdBasisCompare(total: number, data: any[][], weights: any[][], against?: string, basis?: string): any[][] {
  return excel(() => {
    const amount = requireNumber(scalar(total, "total"), "total", "the total", { integer: true });
    const input = scenarioArgs(weights, basis);
    const chosen = resolveScenario(input, THIRD_BASIS_DEFAULT);
    const other = againstArg(against, chosen.basis.comparedWith);
    const result = compareScenarios(readCountyTable(grid(data), "data"), amount, input, other, THIRD_BASIS_DEFAULT);
    return [
      ["county", result.againstLabel, "scenario", "difference", "% change"],
      ...result.counties.map((c) => [c.county, c.baselineAllocation, c.scenarioAllocation, c.difference, c.percentChange ?? ""]),
    ];
  });
}

/**
 * How much each county's formula share depends on the exact weights: random weight sets are drawn
 * around the chosen ones (a Dirichlet distribution, seeded so the result repeats), and per county the
 * 5th, 50th and 95th percentiles of its share and its best and worst rank (1 = largest share) are
 * returned (spills a table with a header row).
 * @customfunction THIRDBASIS.SENSITIVITY
 * @param data County data with a header row.
 * @param [weights] Two-column range of parameter and weight, or a basis name. Default: the basis's weights. Zero weights stay zero.
 * @param [spread] How far the weights vary, as a typical coefficient of variation: 0.1 (default) is about 10%. Above 0 and below 1.
 * @param [draws] Number of random weight sets. Default 10,000; at most 100,000 for 47 counties (draws × counties at most 4,700,000); mgao sensitivity allows 1,000,000.
 * @param [seed] Seed of the random draws, a whole number; the same seed gives the same result. Default 1.
 * @param [basis] Basis whose weights (unless weights are given) and settings apply: third-adopted (default), fourth, third-recommended, second or first.
 * @returns county, share (at the chosen weights), p5, p50, p95, best rank, worst rank.
 */
export function thirdBasisSensitivity(data: any[][], weights?: any[][], spread?: number, draws?: number, seed?: number, basis?: string): any[][] {
  return excel(() => {
    // Range checks are the core's, so that its messages (naming the setting) reach the cell.
    const loose = { allowNegative: true };
    const options = {
      spread: optionalNumber(spread, "spread", SENSITIVITY_DEFAULTS.spread, loose),
      draws: optionalNumber(draws, "draws", SENSITIVITY_DEFAULTS.draws, loose),
      seed: optionalNumber(seed, "seed", SENSITIVITY_DEFAULTS.seed, loose),
    };
    const table = readCountyTable(grid(data), "data");
    const counties = table.counties.length;
    if (options.draws * counties > MAX_CELL_DRAWS_TIMES_COUNTIES) {
      const most = Math.floor(MAX_CELL_DRAWS_TIMES_COUNTIES / counties).toLocaleString("en-US");
      throw numError("draws", `${options.draws.toLocaleString("en-US")} draws for ${counties} counties is more than a cell recalculates quickly (at most ${most}); mgao sensitivity allows more`);
    }
    const result = weightSensitivity(table, scenarioArgs(weights, basis), THIRD_BASIS_DEFAULT, options);
    return [
      ["county", "share", "p5", "p50", "p95", "best rank", "worst rank"],
      ...result.counties.map((c) => [c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]),
    ];
  });
}

/**
 * Checks county data against a basis and says, in words, what is wrong (or that all is well, which of
 * the CRA's index columns were read in place of measures, and the basis's open questions). Use it when
 * another function shows #NUM! or #DIV/0!, which Excel shows without a message.
 * @customfunction THIRDBASIS.CHECK
 * @param data County data with a header row.
 * @param [weights] Two-column range of parameter and weight, or a basis name.
 * @param [basis] Basis: third-adopted (default), fourth, third-recommended, second or first.
 * @param [total] A total to try allocating (checks the basis's application rule too, such as the smallest total it can share).
 * @returns "OK: ..." or the first problem found.
 */
export function thirdBasisCheck(data: any[][], weights?: any[][], basis?: string, total?: number): string {
  try {
    const table = readCountyTable(grid(data), "data");
    const input = scenarioArgs(weights, basis);
    const scenario = resolveScenario(input, THIRD_BASIS_DEFAULT);
    formulaShares(table, scenario.weights, scenario.settings);
    const amount = omitted(total) ? undefined : requireNumber(scalar(total, "total"), "total", "the total", { integer: true });
    if (amount !== undefined) allocate(table, amount, input, THIRD_BASIS_DEFAULT);
    const needs = omitted(weights) ? `${scenario.basis.id} needs` : `the weights need (with ${scenario.basis.id}'s settings)`;
    const ok = `OK: ${table.counties.length} counties; every column ${needs} is present and valid${amount === undefined ? "" : `, and it can share ${formatKes(amount)}`}`;
    const notes: string[] = [];
    const indices = indexNotes(table, scenario.weights, scenario.settings);
    if (indices.length > 0) notes.push(`The CRA's indices are read in place of measures: ${indices.join("; ")}.`);
    for (const question of scenario.basis.openQuestions) notes.push(`Open question: ${question}`);
    return notes.length === 0 ? ok : `${ok}. ${notes.join(" ")}`;
  } catch (error) {
    return error instanceof Error ? `${"kind" in error ? `${String(error.kind)} ` : ""}${error.message}` : String(error);
  }
}

/**
 * The official county table Mgao carries for a basis, header row first, ready to pass as data:
 * county_code, county and the basis's columns (for the fourth basis: population, poor_people_2022,
 * land_area_km2, baseline_allocation, baseline_precision, affirmative; for the third bases: the CRA's
 * parameter amounts and previous_allocation, previous_precision). THIRDBASIS.SOURCES gives each
 * column's source and precision.
 * @customfunction THIRDBASIS.DATA
 * @param [basis] Basis: third-adopted (default), fourth or third-recommended; second and first have no built-in data. Several, separated by commas ("fourth, third-adopted"), give one table with the columns of each, to compare them.
 * @returns A header row, then one row per county in official code order (spills).
 */
export function thirdBasisData(basis?: string): any[][] {
  return excel(() => officialGrid(officialBasesArg(basis)).map((row) => row.map((cell) => cell ?? "")));
}

/**
 * Where each column of THIRDBASIS.DATA comes from: the source (primary document first, then the public
 * transcription the numbers were taken from) and the precision of its figures.
 * @customfunction THIRDBASIS.SOURCES
 * @param [basis] Basis: third-adopted (default), fourth or third-recommended, or several separated by commas, as for THIRDBASIS.DATA.
 * @returns A header row (column, source, precision), then one row per column of the basis's table (spills).
 */
export function thirdBasisSources(basis?: string): string[][] {
  return excel(() => [["column", "source", "precision"], ...officialSources(officialBasesArg(basis)).map((c) => [c.column, c.source, c.precision])]);
}

/** The `basis` of THIRDBASIS.DATA and SOURCES: bases Mgao has data for (#N/A naming one it has none for). */
function officialBasesArg(arg: unknown): OfficialDataBasis[] {
  const names = (optionalText(arg, "basis") ?? THIRD_BASIS_DEFAULT).split(",").map((name) => name.trim());
  return [...new Set(names.map((name) => basisById(name).id))].map((id) => {
    if (!isOfficialDataBasis(id)) {
      throw notAvailableError("basis", `Mgao has no built-in data for the ${id} basis (it has: ${OFFICIAL_DATA_BASES.join(", ")}); give your own county table as data`);
    }
    return id;
  });
}
