/**
 * Each county's FY2024/25 equitable share, KES: the fourth basis's baseline.
 *
 * Source: see BASELINE_FY2024_25_SOURCE.
 */
export const BASELINE_FY2024_25_SOURCE =
  "County equitable share FY2024/25 (County Allocation of Revenue Act 2024 as amended; total KES 387.425 billion), KES. Nine counties exact as printed in the 2025 Budget Policy Statement; the others from the CRA fourth-basis report's FY2024/25 column (KES million, public compilation github obutuz/deep-news-summarization), so they sum to 387,424.7 million rather than exactly 387,425 million. This is the fourth basis's baseline.";

/** [county code, KES, precision as published]. */
export const BASELINE_FY2024_25: readonly (readonly [number, number, string])[] = [
  [1, 7900000000, "nearest KES 1 million"],
  [2, 8625411411, "exact"],
  [3, 12169843603, "exact"],
  [4, 6825000000, "nearest KES 1 million"],
  [5, 3254000000, "nearest KES 1 million"],
  [6, 5066000000, "nearest KES 1 million"],
  [7, 8290000000, "nearest KES 1 million"],
  [8, 9903000000, "nearest KES 1 million"],
  [9, 11690919375, "exact"],
  [10, 7597000000, "nearest KES 1 million"],
  [11, 4924000000, "nearest KES 1 million"],
  [12, 9944000000, "nearest KES 1 million"],
  [13, 4400000000, "nearest KES 1 million"],
  [14, 5370000000, "nearest KES 1 million"],
  [15, 10885961728, "exact"],
  [16, 9597000000, "nearest KES 1 million"],
  [17, 8497000000, "nearest KES 1 million"],
  [18, 5937000000, "nearest KES 1 million"],
  [19, 6519000000, "nearest KES 1 million"],
  [20, 5449000000, "nearest KES 1 million"],
  [21, 7512000000, "nearest KES 1 million"],
  [22, 12294000000, "nearest KES 1 million"],
  [23, 13213283350, "exact"],
  [24, 6610000000, "nearest KES 1 million"],
  [25, 5623000000, "nearest KES 1 million"],
  [26, 7541000000, "nearest KES 1 million"],
  [27, 8472000000, "nearest KES 1 million"],
  [28, 4827000000, "nearest KES 1 million"],
  [29, 7346000000, "nearest KES 1 million"],
  [30, 6684000000, "nearest KES 1 million"],
  [31, 5387000000, "nearest KES 1 million"],
  [32, 13666398494, "exact"],
  [33, 9242000000, "nearest KES 1 million"],
  [34, 8345000000, "nearest KES 1 million"],
  [35, 6738000000, "nearest KES 1 million"],
  [36, 7015000000, "nearest KES 1 million"],
  [37, 12980503856, "exact"],
  [38, 5293000000, "nearest KES 1 million"],
  [39, 11170672761, "exact"],
  [40, 7515000000, "nearest KES 1 million"],
  [41, 7301000000, "nearest KES 1 million"],
  [42, 8405000000, "nearest KES 1 million"],
  [43, 8170000000, "nearest KES 1 million"],
  [44, 8385000000, "nearest KES 1 million"],
  [45, 9306000000, "nearest KES 1 million"],
  [46, 5360000000, "nearest KES 1 million"],
  [47, 20178712721, "exact"],
];
