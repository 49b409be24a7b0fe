/**
 * Kenya Poverty Report 2022: each county's number of poor people (published in thousands) and headcount
 * rate. The fourth basis's poverty index is the number of poor over the national total.
 *
 * Source: see KPR_2022_SOURCE.
 */
export const KPR_2022_SOURCE =
  "Kenya National Bureau of Statistics, Kenya Poverty Report 2022 (KCHS 2022): number of poor people by county (published in thousands) and overall poverty headcount rate, as compiled with the CRA fourth-basis report (public compilation github obutuz/deep-news-summarization). National total 20,156 thousand. The fourth basis's poverty index is the county's number of poor over the national total. Open question: Mandera's published FY2025/26 allocation implies a larger poverty input than the 674 thousand listed here.";

/** [county code, number of poor people, headcount rate %]. */
export const KPR_2022: readonly (readonly [number, number, number])[] = [
  [1, 345000, 27.0],
  [2, 471000, 51.1],
  [3, 821000, 53.0],
  [4, 225000, 66.7],
  [5, 53000, 35.6],
  [6, 141000, 39.3],
  [7, 607000, 67.8],
  [8, 539000, 64.7],
  [9, 674000, 72.9],
  [10, 317000, 66.1],
  [11, 157000, 55.6],
  [12, 562000, 34.1],
  [13, 151000, 36.1],
  [14, 158000, 24.3],
  [15, 707000, 58.3],
  [16, 580000, 38.3],
  [17, 469000, 44.7],
  [18, 235000, 34.5],
  [19, 210000, 26.0],
  [20, 150000, 23.1],
  [21, 340000, 30.1],
  [22, 513000, 19.9],
  [23, 818000, 82.7],
  [24, 399000, 60.1],
  [25, 236000, 71.9],
  [26, 395000, 37.3],
  [27, 492000, 39.9],
  [28, 258000, 53.0],
  [29, 371000, 39.1],
  [30, 334000, 46.9],
  [31, 208000, 38.0],
  [32, 872000, 38.2],
  [33, 323000, 26.2],
  [34, 443000, 37.3],
  [35, 461000, 47.8],
  [36, 441000, 47.1],
  [37, 764000, 38.2],
  [38, 302000, 47.9],
  [39, 880000, 49.2],
  [40, 502000, 52.7],
  [41, 407000, 38.3],
  [42, 478000, 39.0],
  [43, 340000, 28.2],
  [44, 543000, 45.7],
  [45, 445000, 32.9],
  [46, 252000, 38.8],
  [47, 767000, 16.5],
];
