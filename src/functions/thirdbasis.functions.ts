/**
 * THIRDBASIS.* custom functions: thin adapters from Excel ranges to the engine in src/core.
 * The metadata Excel reads (functions.json) is generated from these JSDoc comments at build time; each
 * says what the function's spec (thirdbasis-spec.ts) declares, which the adapter reads its arguments by
 * (test/functions/function-spec.test.ts checks that they agree).
 */
import { allocate } from "../core/allocate";
import { basisById } from "../core/bases";
import { describeCell } from "../core/cells";
import { compareScenarios } from "../core/compare";
import { missingCountiesText } from "../core/county-file";
import { indexOfCounty, readCountyTable } from "../core/county-table";
import { checkCountyList } from "../core/official-counties";
import { type CushionRule, cushion } from "../core/cushion";
import { notAvailableError, numError, valueError } from "../core/errors";
import { fiscalEffortShares } from "../core/fiscal-effort";
import { type GapLevel, facilityGap } from "../core/health-gap";
import { landShares } from "../core/land-share";
import { OFFICIAL_DATA_BASES, type OfficialDataBasis, isOfficialDataBasis, officialGrid, officialSources } from "../core/official-data";
import { formulaShares, indexNotes } from "../core/parameter-shares";
import { PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { resolveScenario } from "../core/scenario";
import { MAX_CELL_DRAWS_TIMES_COUNTIES, weightSensitivity } from "../core/sensitivity";
import { formatKes } from "../core/shareable-total";
import { againstArg, grid, omitted, readArguments, sameLength, scalar, scenarioArgs, shaped } from "./arguments";
import { excel, excelCell } from "./excel-errors";
import { specOf } from "./function-catalogue";

const SHARE = readArguments(specOf("THIRDBASIS.SHARE"));
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
    const scenario = resolveScenario(scenarioArgs(weights, basis), SHARE.defaultBasis());
    return formulaShares(table, scenario.weights, scenario.settings)[at];
  });
}

const SHARES = readArguments(specOf("THIRDBASIS.SHARES"));
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
    const scenario = resolveScenario(scenarioArgs(weights, basis), SHARES.defaultBasis());
    return shaped(Array.from(formulaShares(table, scenario.weights, scenario.settings)), false);
  });
}

// Under the adopted third basis, each county gets half its FY2019/20 allocation plus a formula share of
// the rest, and never less than its FY2019/20 allocation (data needs previous_allocation). Under the
// fourth basis, each county keeps its FY2024/25 baseline, the affirmative counties share the
// affirmative allocation, and the formula shares the rest (data needs baseline_allocation;
// FOURTHBASIS.ALLOCATE sets the affirmative amounts).
const ALLOCATE = readArguments(specOf("THIRDBASIS.ALLOCATE"));
/**
 * Shares a total among counties in whole shillings that add up to it exactly, after the basis's rule (adopted third basis: half the FY2019/20 allocation plus a formula share; fourth basis: baselines and affirmative allocation first).
 * @customfunction THIRDBASIS.ALLOCATE
 * @param total Total to share (whole shillings), e.g. the year's equitable share.
 * @param data County data with a header row.
 * @param [weights] Two-column range of parameter and weight, or a basis name. Default: the basis's weights.
 * @param [basis] Basis whose rule applies: third-adopted (default), fourth, third-recommended, second or first.
 * @returns One amount per county, in shillings (spills a column).
 */
export function thirdBasisAllocate(total: number, data: any[][], weights?: any[][], basis?: string): number[][] {
  return excel(() => {
    const amount = ALLOCATE.number("total", total);
    const result = allocate(readCountyTable(grid(data), "data"), amount, scenarioArgs(weights, basis), ALLOCATE.defaultBasis());
    return shaped(result.counties.map((c) => c.allocation), false);
  });
}

// THIRDBASIS.DATA carries, for the fourth basis: population, poor_people_2022, land_area_km2,
// baseline_allocation, baseline_precision, affirmative; for the third bases: the CRA's parameter
// amounts and previous_allocation, previous_precision; county_code and county first.
const DATA = readArguments(specOf("THIRDBASIS.DATA"));
/**
 * The official county table Mgao carries for a basis, header row first, ready to pass as data (THIRDBASIS.SOURCES gives each column's source and precision).
 * @customfunction THIRDBASIS.DATA
 * @param [basis] Basis: third-adopted (default), fourth or third-recommended; second and first have no built-in data. Several, separated by commas ("fourth, third-adopted"), give one table with the columns of each, to compare them.
 * @returns A header row, then one row per county in official code order (spills).
 */
export function thirdBasisData(basis?: string): any[][] {
  return excel(() => officialGrid(officialBasesArg(DATA.text("basis", basis))).map((row) => row.map((cell) => cell ?? "")));
}

const SOURCES = readArguments(specOf("THIRDBASIS.SOURCES"));
/**
 * Where each column of THIRDBASIS.DATA comes from: the source (primary document, then the public transcription the numbers were taken from) and the precision of its figures.
 * @customfunction THIRDBASIS.SOURCES
 * @param [basis] Basis: third-adopted (default), fourth or third-recommended, or several separated by commas, as for THIRDBASIS.DATA.
 * @returns A header row (column, source, precision), then one row per column of the basis's table (spills).
 */
export function thirdBasisSources(basis?: string): string[][] {
  return excel(() => [["column", "source", "precision"], ...officialSources(officialBasesArg(SOURCES.text("basis", basis))).map((c) => [c.column, c.source, c.precision])]);
}

/** The bases of THIRDBASIS.DATA and SOURCES, as typed: bases Mgao has data for (#N/A naming one it has none for). */
function officialBasesArg(typed: string | undefined): OfficialDataBasis[] {
  const names = String(typed).split(",").map((name) => name.trim());
  return [...new Set(names.map((name) => basisById(name).id))].map((id) => {
    if (!isOfficialDataBasis(id)) {
      throw notAvailableError("basis", `Mgao has no built-in data for the ${id} basis (it has: ${OFFICIAL_DATA_BASES.join(", ")}); give your own county table as data`);
    }
    return id;
  });
}

const WEIGHTS = readArguments(specOf("THIRDBASIS.WEIGHTS"));
/**
 * The weight table of a named basis, ready to edit and pass back as weights (spills).
 * @customfunction THIRDBASIS.WEIGHTS
 * @param [basis] third-adopted (default), fourth, third-recommended, second or first.
 * @returns A header row, then one row per parameter: parameter, weight.
 */
export function thirdBasisWeights(basis?: string): any[][] {
  return excel(() => {
    const chosen = basisById(WEIGHTS.text("basis", basis)!);
    const rows = (Object.keys(PARAMETER_INFO) as ParameterId[]).filter((p) => chosen.weights[p] !== undefined).map((p) => [p, chosen.weights[p]!]);
    return [["parameter", "weight"], ...rows];
  });
}

const LANDSHARE = readArguments(specOf("THIRDBASIS.LANDSHARE"));
/**
 * Land-area shares with a cap: counties above it are fixed at the cap and the excess is shared by area among the others, until none is above it.
 * @customfunction THIRDBASIS.LANDSHARE
 * @param areas Land area of every county (one column or row).
 * @param [cap] Largest share a county may have. Default 7%.
 * @param [floor] Smallest share a county may have. Default none.
 * @returns One share per county, shaped like areas.
 */
export function thirdBasisLandShare(areas: any[][], cap?: number, floor?: number): number[][] {
  return excel(() => {
    const v = LANDSHARE.vector("areas", areas);
    const shares = landShares(LANDSHARE.numbers("areas", v), { cap: LANDSHARE.number("cap", cap), floor: LANDSHARE.number("floor", floor) });
    return shaped(Array.from(shares), v.asRow);
  });
}

// Facilities required: one level II per 10,000 people, level III per 30,000, level IV per 100,000,
// level V per 1,000,000, rounded up; minus those existing, never below zero, summed over the levels given.
const HEALTHGAP = readArguments(specOf("THIRDBASIS.HEALTHGAP"));
/**
 * Health facilities missing against Ministry of Health norms (one level II per 10,000 people, III per 30,000, IV per 100,000, V per 1,000,000), or their cost; ranges give one answer per county.
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
    const pop = HEALTHGAP.vector("population", population);
    const levels: [GapLevel, unknown][] = [["level2", level2], ["level3", level3], ["level4", level4]];
    if (!omitted(level5)) levels.push(["level5", level5]);
    const columns = levels.map(([name, arg]) => {
      const v = HEALTHGAP.vector(name, arg);
      sameLength(pop, "population", v, name);
      return [name, v] as const;
    });
    const costs = omitted(unitCosts) ? undefined : HEALTHGAP.numbers("unitCosts", HEALTHGAP.vector("unitCosts", unitCosts));
    if (costs && costs.length !== levels.length) {
      throw valueError("unitCosts", `needs ${levels.length} costs (one per level given), not ${costs.length}`);
    }
    const unit = costs && Object.fromEntries(levels.map(([name], k) => [name, costs[k]]));
    const out = pop.cells.map((cell, i) =>
      excelCell(() => {
        const people = HEALTHGAP.cellNumber("population", cell, i);
        const existing = Object.fromEntries(columns.map(([name, v]) => [name, HEALTHGAP.cellNumber(name, v.cells[i], i)]));
        const gap = facilityGap(people, existing, { unitCosts: unit });
        return gap.cost ?? gap.total;
      }),
    );
    return shaped(out, pop.asRow);
  });
}

const FISCALEFFORT = readArguments(specOf("THIRDBASIS.FISCALEFFORT"));
/**
 * Fiscal effort shares: each county's own-source revenue over its gross county product, shared over the total of those ratios.
 * @customfunction THIRDBASIS.FISCALEFFORT
 * @param osr Own-source revenue per county.
 * @param gcp Gross county product per county, same order.
 * @returns One share per county.
 */
export function thirdBasisFiscalEffort(osr: any[][], gcp: any[][]): number[][] {
  return excel(() => {
    const a = FISCALEFFORT.vector("osr", osr);
    const b = FISCALEFFORT.vector("gcp", gcp);
    sameLength(a, "osr", b, "gcp");
    return shaped(Array.from(fiscalEffortShares(FISCALEFFORT.numbers("osr", a), FISCALEFFORT.numbers("gcp", b))), a.asRow);
  });
}

// The pool is shared by loss and never gives a county more than it lost.
const CUSHION = readArguments(specOf("THIRDBASIS.CUSHION"));
/**
 * The CRA cushion: a share of the year-on-year increment (default 15%) set aside for counties whose allocation falls by more than a threshold (default KES 400 million), shared by loss.
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
    const a = CUSHION.vector("newAllocations", newAllocations);
    const b = CUSHION.vector("previous", previous);
    sameLength(a, "newAllocations", b, "previous");
    const result = cushion(CUSHION.numbers("newAllocations", a), CUSHION.numbers("previous", b), CUSHION.number("increment", increment), {
      rate: CUSHION.number("rate", rate),
      threshold: CUSHION.number("threshold", threshold),
      // The core names an unknown rule and lists the rules.
      rule: CUSHION.text("rule", rule)!.toLowerCase() as CushionRule,
    });
    return shaped(result.amounts, a.asRow);
  });
}

// The second column's header says what was compared with: baseline, previous or a basis.
const COMPARE = readArguments(specOf("THIRDBASIS.COMPARE"));
/**
 * Compares a scenario with another basis, or with an allocation the data holds, on the same data and total: per county the allocation compared with, the scenario's, the difference and % change.
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
    const amount = COMPARE.number("total", total);
    const input = scenarioArgs(weights, basis);
    const chosen = resolveScenario(input, COMPARE.defaultBasis());
    const other = againstArg(against, chosen.basis.comparedWith);
    const result = compareScenarios(readCountyTable(grid(data), "data"), amount, input, other, COMPARE.defaultBasis());
    return [
      ["county", result.againstLabel, "scenario", "difference", "% change"],
      ...result.counties.map((c) => [c.county, c.baselineAllocation, c.scenarioAllocation, c.difference, c.percentChange ?? ""]),
    ];
  });
}

// Random weight sets are drawn around the chosen ones (a Dirichlet distribution, seeded so the result
// repeats); rank 1 is the largest share. Spills a table with a header row.
const SENSITIVITY = readArguments(specOf("THIRDBASIS.SENSITIVITY"));
/**
 * How much each county's formula share depends on the exact weights: over random weight sets drawn around them, the 5th, 50th and 95th percentile of its share and its best and worst rank.
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
    // The spec lets these be negative: range checks are the core's, so that its messages (naming the setting) reach the cell.
    const options = { spread: SENSITIVITY.number("spread", spread), draws: SENSITIVITY.number("draws", draws), seed: SENSITIVITY.number("seed", seed) };
    const table = readCountyTable(grid(data), "data");
    const counties = table.counties.length;
    if (options.draws * counties > MAX_CELL_DRAWS_TIMES_COUNTIES) {
      const most = Math.floor(MAX_CELL_DRAWS_TIMES_COUNTIES / counties).toLocaleString("en-US");
      throw numError("draws", `${options.draws.toLocaleString("en-US")} draws for ${counties} counties is more than a cell recalculates quickly (at most ${most}); mgao sensitivity allows more`);
    }
    const result = weightSensitivity(table, scenarioArgs(weights, basis), SENSITIVITY.defaultBasis(), options);
    return [
      ["county", "share", "p5", "p50", "p95", "best rank", "worst rank"],
      ...result.counties.map((c) => [c.county, c.share, c.p5, c.p50, c.p95, c.bestRank, c.worstRank]),
    ];
  });
}

const CHECK = readArguments(specOf("THIRDBASIS.CHECK"));
/**
 * Checks county data against a basis and says in words what is wrong, or that all is well (with index columns read and open questions). Use it when another function shows #NUM! or #DIV/0!.
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
    const scenario = resolveScenario(input, CHECK.defaultBasis());
    formulaShares(table, scenario.weights, scenario.settings);
    const amount = CHECK.optionalNumber("total", total);
    if (amount !== undefined) allocate(table, amount, input, CHECK.defaultBasis());
    const needs = omitted(weights) ? `${scenario.basis.id} needs` : `the weights need (with ${scenario.basis.id}'s settings)`;
    const ok = `OK: ${table.counties.length} counties; every column ${needs} is present and valid${amount === undefined ? "" : `, and it can share ${formatKes(amount)}`}`;
    const notes: string[] = [];
    const indices = indexNotes(table, scenario.weights, scenario.settings);
    if (indices.length > 0) notes.push(`The CRA's indices are read in place of measures: ${indices.join("; ")}.`);
    for (const question of scenario.basis.openQuestions) notes.push(`Open question: ${question}`);
    // The functions compute on a partial table (a sheet may model a few counties); the check says what it means.
    const { missing } = checkCountyList(table.counties);
    if (missing.length > 0 && missing.length < 47) notes.push(`Note: ${missingCountiesText(missing)}.`);
    return notes.length === 0 ? ok : `${ok}. ${notes.join(" ")}`;
  } catch (error) {
    return error instanceof Error ? `${"kind" in error ? `${String(error.kind)} ` : ""}${error.message}` : String(error);
  }
}
