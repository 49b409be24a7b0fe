/**
 * One ordinary, valid call of every custom function, as Excel would pass its arguments (ranges as
 * 2-D arrays). The fuzzer starts a share of its calls from these and changes a cell or an argument,
 * so that it reaches the arithmetic behind the argument checks and not only the checks themselves.
 * A function added without an entry here makes the fuzz test fail and say so.
 */
import { illustrativeGrid, officialGrid } from "../../src/core";

const counties = illustrativeGrid() as unknown[][];
/** The built-in table of the fourth basis, as THIRDBASIS.DATA("fourth") spills it. */
const fourth = officialGrid(["fourth"]) as unknown[][];
const weights = [
  ["parameter", "weight"],
  ["basic_share", "20%"],
  ["population", "45%"],
  ["outpatient_visits", "15%"],
  ["poor_people", "10%"],
  ["land_area_km2", "10%"],
];
const column = (...values: unknown[]) => values.map((v) => [v]);

export const VALID_CALLS: Readonly<Record<string, readonly unknown[]>> = {
  "DELIVERY.RAG": [column(45, 30, 88), column(50, 50, 80), 0.1, column(0, 0, 10)],
  "DELIVERY.TRAJECTORY": [10, 100, 12],
  "DELIVERY.COMPLETION": [179, 200],
  "DELIVERY.ESCALATE": [column("Red", "Green", "Amber-Red"), column(0, 45, 3), column("SDU", "CECM", "Governor"), 30],
  "DELIVERY.RISK": [column(4, 2, 3), column(4, 5, 1), [["Band", "From", "To"], ["Low", 1, 4], ["Medium", 5, 9], ["High", 10, 14], ["Critical", 15, 25]]],
  "PC.SCORE": [column(90, 5, 100), column(100, 4, 100), column("higher", "lower", "higher"), undefined],
  "PC.COMPOSITE": [column(1, 3, 5), column(0.5, 0.3, 0.2)],
  "PC.GRADE": [[[2.4, 2.41, 3.7]]],
  "PRIORITY.SCORE": [
    [
      [5, 3, 4],
      [1, 1, 2],
      [4, 5, 5],
    ],
    [[0.5, 0.3, 0.2]],
  ],
  "PRIORITY.QUADRANT": [column(4, 2, 1), column(4, 4, 1), 3],
  "PRIORITY.FUNDED": [column(2, 4, 1, 3), column(50, 10, 100, 30), 99, "skip what does not fit"],
  "PRUDENCE.INDEX": [
    column("unqualified", "qualified", "adverse"),
    column("qualified", "unqualified", "disclaimer"),
    column(0.31, "25%", 0.4),
    column(1, "yes", 0),
    column(1, 0, "no"),
    column(1, 1, 0),
  ],
  "PRUDENCE.AUDITSCORE": [[["Unqualified", "Qualified", "Adverse", "Disclaimer"]]],
  "PRUDENCE.SHARES": [counties],
  "THIRDBASIS.SHARE": ["Kwale", counties, weights, undefined],
  "THIRDBASIS.SHARES": [counties, undefined, "third-adopted"],
  "THIRDBASIS.ALLOCATE": [370_000_000_000, counties, undefined, "third-adopted"],
  "THIRDBASIS.WEIGHTS": ["second"],
  "THIRDBASIS.LANDSHARE": [column(...Array.from({ length: 20 }, (_, i) => 1_000 * (i + 1) ** 2)), 0.07, 0.01],
  "THIRDBASIS.HEALTHGAP": [column(150_000, 900_000), column(10, 40), column(3, 8), column(0, 1), undefined, undefined],
  "THIRDBASIS.FISCALEFFORT": [column(10, 20), column(100, 400)],
  "THIRDBASIS.CUSHION": [column(90, 110, 300), column(100, 100, 280), 500, 0.15, 5, "proportional"],
  "THIRDBASIS.COMPARE": [370_000_000_000, counties, [["third-recommended"]], "second", undefined],
  // Few draws: the fuzzer makes thousands of these calls.
  "THIRDBASIS.SENSITIVITY": [counties, undefined, 0.1, 200, 7, undefined],
  "THIRDBASIS.CHECK": [counties, weights, undefined, 370_000_000_000],
  "THIRDBASIS.DATA": ["fourth"],
  "THIRDBASIS.SOURCES": ["third-adopted"],
  "THIRDBASIS.SEARCH": [officialGrid(["fourth", "third-adopted"]), [["parameter", "low", "high"], ["population", "40%", "50%"]], "min-max-loss", "fourth", 415_000_000_000, "fourth", [["Lamu"]], 0.05],
  "FOURTHBASIS.SHARES": [fourth, undefined],
  "FOURTHBASIS.ALLOCATE": [415_000_000_000, fourth, undefined, 4_460_000_000, 3_000_000_000, 415_000_000_000],
};
