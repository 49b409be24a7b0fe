/**
 * The matrix's panel cells agree with the core's panel-scores.ts on random panels, evaluated
 * in-process by HyperFormula: each score the mean of the scorers' sheets, each criterion's spread, the
 * largest spread and the room's flag; then the weighted score and rank from those means.
 */
import fc from "fast-check";
import { DEFAULT_SPREAD_THRESHOLD, disagrees, panelResult } from "../../src/core/panel-scores";
import { ranks, weightedScore } from "../../src/core/prioritisation";
import { DISAGREES_WORDS, disagreesFormula, meanFormula } from "../../src/plans/prioritisation-panel-cells";
import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { errorCells, evaluatePlan } from "../support/hyperformula-plan";

const n = EXAMPLE_PRIORITISATION.criteria.length;

const panelSession = fc
  .record({
    scorers: fc.integer({ min: 2, max: 5 }),
    spreadThreshold: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined }),
    projects: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ scorers, spreadThreshold, projects }) =>
    fc
      .array(fc.array(fc.array(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 6 }, { arbitrary: fc.constant(null), weight: 1 }), { minLength: n, maxLength: n }), { minLength: scorers, maxLength: scorers }), {
        minLength: projects,
        maxLength: projects,
      })
      .map(
        (panelScores): PrioritisationSpec => ({
          ...EXAMPLE_PRIORITISATION,
          blankRows: 2,
          panel: { scorers: Array.from({ length: scorers }, (_, k) => `Scorer ${k + 1}`), spreadThreshold },
          projects: panelScores.map((byScorer, i) => ({ name: `Project ${i + 1}`, cost: 10_000_000, panelScores: byScorer })),
        }),
      ),
  );

describe("the matrix's panel cells", () => {
  it("reference every scorer's sheet directly, and say Yes or No in words", () => {
    expect(meanFormula(2, 6, 0)).toBe('IF(COUNT({sheet:scorer-1}!C7,{sheet:scorer-2}!C7)=0,"",AVERAGE({sheet:scorer-1}!C7,{sheet:scorer-2}!C7))');
    expect(disagreesFormula("E7", "$Z$14")).toBe(`IF(E7="","",IF(E7>=$Z$14-0.000000001,"${DISAGREES_WORDS.yes}","${DISAGREES_WORDS.no}"))`);
  });

  it("agree with the core on random panels: means, spreads, flags, weighted scores and ranks", () => {
    const weights = EXAMPLE_PRIORITISATION.criteria.map((c) => c.weight);
    fc.assert(
      fc.property(panelSession, (spec) => {
        const L = prioritisationLayout(spec);
        const sheet = evaluatePlan(prioritisationPlan(spec));
        expect(errorCells(sheet).filter((e) => !e.includes("#N/A"))).toEqual([]);
        const at = (r: number, c: number) => sheet.value("matrix", r, c);
        const results = spec.projects.map((p) => panelResult(p.panelScores!, n));
        const weighted = results.map((x) => (x.means.every((m) => m !== null) ? weightedScore(x.means as number[], weights) : null));
        const known = weighted.filter((w): w is number => w !== null);
        results.forEach((x, i) => {
          const r = L.row.firstProject + i;
          x.means.forEach((m, k) => (m === null ? expect(at(r, L.col.firstScore + k)).toBe("") : expect(at(r, L.col.firstScore + k)).toBeCloseTo(m, 9)));
          x.spreads.forEach((s, k) => expect(at(r, L.spreads!.first + k)).toBe(s ?? ""));
          expect(at(r, L.panel!.spread)).toBe(x.spread ?? "");
          const flag = x.spread === null ? "" : disagrees(x.spread, spec.panel!.spreadThreshold ?? DEFAULT_SPREAD_THRESHOLD) ? "Yes" : "No";
          expect(at(r, L.panel!.disagrees)).toBe(flag);
          if (weighted[i] === null) expect([at(r, L.col.weighted), at(r, L.col.within)]).toEqual(["", "Scores missing"]);
          else {
            expect(at(r, L.col.weighted)).toBeCloseTo(weighted[i]!, 9);
            expect(at(r, L.col.rank)).toBe(ranks([weighted[i]!, ...known])[0]);
          }
        });
        // Spare rows carry every formula and count for nothing until something is typed.
        for (let r = L.row.firstProject + spec.projects.length; r <= L.lastProject; r++) {
          expect([at(r, L.col.firstScore), at(r, L.panel!.spread), at(r, L.panel!.disagrees), at(r, L.col.rank), at(r, L.col.within), at(r, L.col.order)]).toEqual(["", "", "", "", "", ""]);
        }
      }),
      { seed: 31, numRuns: 15 },
    );
  });
});
