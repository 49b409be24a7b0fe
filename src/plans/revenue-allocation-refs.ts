/**
 * Where an allocation sheet's formulas read from: County data, the sheet's own columns, its total,
 * and its side's settings and weights on Weights (a scenario's columns, or the compared basis's).
 */
import { HEALTH_MEASURES, PARAMETER_INFO, type ParameterId } from "../core/parameters";
import { type CellSpec, a1, columnLetter } from "./plan";
import type { SheetColumn } from "./revenue-data";
import { MODELLED, type RevenueContext, type SettingKey, TEXT_COLUMNS } from "./revenue-layout";
import { settingRef } from "./revenue-weights-sheet";

/** What tells the allocation sheets apart: their columns on Weights (a scenario's, or the compared basis's), their title and their total. */
export interface Side {
  key: string;
  name: string;
  title: string;
  /** The scenario's place (its weight and settings columns on Weights), or the compared basis. */
  side: number | "compared";
  totalCell: CellSpec;
}

/** Prudence helper columns on an allocation sheet, from `first`: points, flags, then the measures. */
export function prudenceColumns(first: number) {
  return { pointsE: first, pointsA: first + 1, flagE: first + 2, flagA: first + 3, measure: (k: number) => first + 4 + k };
}

export function refsOf({ L, n }: Pick<RevenueContext, "L" | "n">, side: Pick<Side, "side">) {
  const A = L.alloc;
  const D = L.data;
  const W = L.weights;
  const has = (c: SheetColumn) => D.col(c) >= 0;
  const letter = (c: SheetColumn) => columnLetter(D.col(c));
  const col = (c: number) => `$${columnLetter(c)}$${A.first + 1}:$${columnLetter(c)}$${A.last + 1}`;
  const setting = (k: SettingKey) => settingRef(L, side.side, k);
  const weightColumn = columnLetter(side.side === "compared" ? W.col.compared : W.col.scenarioAt(side.side));
  const weight = (p: ParameterId) => `N({sheet:weights}!$${weightColumn}$${W.first + 1 + MODELLED.indexOf(p)})`;
  const idxOn = `${setting("readsIndices")}="Yes"`;
  const healthIndex = has("health_index");
  /** The weight a parameter carries on this side: with the health index read, health takes the three measures' weights. */
  const effective = (p: ParameterId): string => {
    if (healthIndex && (HEALTH_MEASURES as readonly string[]).includes(p)) return `IF(${idxOn},0,${weight(p)})`;
    if (healthIndex && p === "health") return `(${weight("health")}+IF(${idxOn},${HEALTH_MEASURES.map(weight).join("+")},0))`;
    return weight(p);
  };
  /** The index column a parameter reads instead of its measure when the side reads indices, if County data has it. */
  const index = (p: ParameterId) => {
    const c = PARAMETER_INFO[p].index;
    return c !== undefined && has(c) ? c : undefined;
  };
  const P = prudenceColumns(A.col.prudence0);
  return {
    n,
    has,
    dataRange: (c: SheetColumn) => `{sheet:data}!$${letter(c)}$${D.first + 1}:$${letter(c)}$${D.last + 1}`,
    dataCell: (c: SheetColumn, i: number) => `{sheet:data}!$${letter(c)}$${D.first + 1 + i}`,
    count: (c: SheetColumn) => `${TEXT_COLUMNS.has(c) ? "COUNTA" : "COUNT"}({sheet:data}!$${letter(c)}$${D.first + 1}:$${letter(c)}$${D.last + 1})`,
    setting,
    effective,
    index,
    idxOn,
    /** A whole column of the county rows. */
    col,
    total: a1(A.total, A.value, true),
    ok: `LEFT(${a1(A.check, A.value, true)},2)="OK"`,
    rule: setting("rule"),
    cap: setting("landCap"),
    x: a1(A.affirmative, A.value, true),
    pool: a1(A.pool, A.value, true),
    P,
    /** The four prudence measures of every county. */
    measures: `$${columnLetter(P.measure(0))}$${A.first + 1}:$${columnLetter(P.measure(3))}$${A.last + 1}`,
  };
}
export type Refs = ReturnType<typeof refsOf>;
