/**
 * Each county's FY2019/20 equitable share, KES: the adopted third basis's base and floor. Three counties
 * exact, 44 derived (about KES 3 million): label it as derived wherever it is shown.
 *
 * Source: see ALLOCATION_FY2019_20_SOURCE.
 */
export const ALLOCATION_FY2019_20_SOURCE =
  "County equitable share FY2019/20 (the third basis's base A; total KES 316.5 billion). Exact for Nairobi City, Mombasa and Makueni (Controller of Budget, as published by Code for Africa). For the other 44 counties no full schedule was available: A is derived from the adopted rule as 2 x (FY2024/25 allocation - (387.425 bn - 158.25 bn) x F), with F the adopted-weights formula share computed from the CRA parameter indices (cra-third-basis-parameter-allocations.csv). On the three exact counties that derivation is off by 0.7 to 2.7 million; the 44 derived values were then scaled by a common factor (1 - 1.1e-5) so that the 47 counties sum to exactly KES 316.5 bn, the Act's total. Label it as derived wherever it is shown.";

/** [county code, KES, precision]. */
export const ALLOCATION_FY2019_20: readonly (readonly [number, number, string])[] = [
  [1, 7057950000, "exact (Controller of Budget)"],
  [2, 7786892395, "derived, within about KES 3 million"],
  [3, 10444227381, "derived, within about KES 3 million"],
  [4, 5855802300, "derived, within about KES 3 million"],
  [5, 2594970622, "derived, within about KES 3 million"],
  [6, 4243622686, "derived, within about KES 3 million"],
  [7, 7023327065, "derived, within about KES 3 million"],
  [8, 8544801341, "derived, within about KES 3 million"],
  [9, 10224989672, "derived, within about KES 3 million"],
  [10, 6772722619, "derived, within about KES 3 million"],
  [11, 4242012139, "derived, within about KES 3 million"],
  [12, 8037378521, "derived, within about KES 3 million"],
  [13, 3925354631, "derived, within about KES 3 million"],
  [14, 4304214550, "derived, within about KES 3 million"],
  [15, 8830850267, "derived, within about KES 3 million"],
  [16, 7754682298, "derived, within about KES 3 million"],
  [17, 7406100000, "exact (Controller of Budget)"],
  [18, 4871975872, "derived, within about KES 3 million"],
  [19, 5411802090, "derived, within about KES 3 million"],
  [20, 4240662677, "derived, within about KES 3 million"],
  [21, 6297137236, "derived, within about KES 3 million"],
  [22, 9430921088, "derived, within about KES 3 million"],
  [23, 10538470365, "derived, within about KES 3 million"],
  [24, 5000069626, "derived, within about KES 3 million"],
  [25, 4619051308, "derived, within about KES 3 million"],
  [26, 5759980815, "derived, within about KES 3 million"],
  [27, 6328693605, "derived, within about KES 3 million"],
  [28, 3861229934, "derived, within about KES 3 million"],
  [29, 5349726687, "derived, within about KES 3 million"],
  [30, 5101720051, "derived, within about KES 3 million"],
  [31, 4180351136, "derived, within about KES 3 million"],
  [32, 10475676174, "derived, within about KES 3 million"],
  [33, 8039550459, "derived, within about KES 3 million"],
  [34, 6426521886, "derived, within about KES 3 million"],
  [35, 5380603321, "derived, within about KES 3 million"],
  [36, 5505952891, "derived, within about KES 3 million"],
  [37, 10414686129, "derived, within about KES 3 million"],
  [38, 4654179911, "derived, within about KES 3 million"],
  [39, 8891998114, "derived, within about KES 3 million"],
  [40, 6013545956, "derived, within about KES 3 million"],
  [41, 5791164445, "derived, within about KES 3 million"],
  [42, 6836272069, "derived, within about KES 3 million"],
  [43, 6739888066, "derived, within about KES 3 million"],
  [44, 6771682370, "derived, within about KES 3 million"],
  [45, 7786742574, "derived, within about KES 3 million"],
  [46, 4809894658, "derived, within about KES 3 million"],
  [47, 15919950000, "exact (Controller of Budget)"],
];
