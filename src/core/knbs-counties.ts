/**
 * The 47 counties: official codes and names, with public KNBS figures.
 *
 * Source: Kenya National Bureau of Statistics. 2019 Kenya Population and Housing Census: population and households (Vol. I), rural and urban households (Vol. II, Tables 2.2a and 2.2b; Mombasa and Nairobi are wholly urban), county land area; 2009 census population; poverty: Basic Report on Well-being in Kenya (KIHBS 2015/16), overall poverty, number of poor (published in thousands) and headcount rate. Official county codes 1-47.
 *
 * Years: population and households from the 2019 census; poor people from KIHBS 2015/16 (published in
 * thousands); land area from KNBS county areas; population_2009 from the 2009 census.
 */
export const KNBS_SOURCE =
  "Kenya National Bureau of Statistics. 2019 Kenya Population and Housing Census: population and households (Vol. I), rural and urban households (Vol. II, Tables 2.2a and 2.2b; Mombasa and Nairobi are wholly urban), county land area; 2009 census population; poverty: Basic Report on Well-being in Kenya (KIHBS 2015/16), overall poverty, number of poor (published in thousands) and headcount rate. Official county codes 1-47.";

export interface OfficialCounty {
  code: number;
  name: string;
  population2019: number;
  households2019: number;
  ruralHouseholds2019: number;
  urbanHouseholds2019: number;
  landAreaKm2: number;
  population2009: number;
  poorPeople2015: number;
  povertyRate2015Pct: number;
}

// code, name, population 2019, households 2019, rural households 2019, urban households 2019,
// land area km2, population 2009, poor people 2015/16, poverty headcount rate 2015/16 (%)
const ROWS: readonly (readonly [number, string, number, number, number, number, number, number, number, number])[] = [
  [1, "Mombasa", 1208333, 378422, 0, 378422, 219.9, 939370, 321000, 27.1],
  [2, "Kwale", 866820, 173176, 136171, 37005, 8267.1, 649931, 389000, 47.4],
  [3, "Kilifi", 1453787, 298472, 185754, 112718, 12539.7, 1109735, 650000, 46.4],
  [4, "Tana River", 315943, 68242, 48345, 19897, 37950.5, 240075, 189000, 62.2],
  [5, "Lamu", 143920, 37963, 27749, 10214, 6253.3, 101539, 36000, 28.5],
  [6, "Taita Taveta", 340671, 96429, 66940, 29489, 17152.0, 284657, 116000, 32.3],
  [7, "Garissa", 841353, 141394, 103697, 37697, 44736.0, 623060, 283000, 65.5],
  [8, "Wajir", 781263, 127932, 97276, 30656, 56773.1, 661941, 287000, 62.6],
  [9, "Mandera", 867457, 125763, 85481, 40282, 25939.8, 1025756, 552000, 77.6],
  [10, "Marsabit", 459785, 77495, 57004, 20491, 70944.1, 291166, 201000, 63.7],
  [11, "Isiolo", 268002, 58072, 28824, 29248, 25350.6, 143294, 81000, 51.9],
  [12, "Meru", 1545714, 426360, 375450, 50910, 7006.3, 1356301, 285000, 19.4],
  [13, "Tharaka Nithi", 393177, 109860, 97949, 11911, 2564.4, 365330, 94000, 23.6],
  [14, "Embu", 608599, 182743, 154594, 28149, 2820.7, 516212, 158000, 28.2],
  [15, "Kitui", 1136187, 262942, 243692, 19250, 30429.5, 1012709, 522000, 47.5],
  [16, "Machakos", 1421932, 402466, 259497, 142969, 6042.7, 1098584, 278000, 23.3],
  [17, "Makueni", 987653, 244669, 217610, 27059, 8169.8, 884527, 334000, 34.8],
  [18, "Nyandarua", 638289, 179686, 156437, 23249, 3285.7, 596268, 239000, 34.8],
  [19, "Nyeri", 759164, 248050, 190313, 57737, 3325.0, 693558, 154000, 19.3],
  [20, "Kirinyaga", 610411, 204188, 154644, 49544, 1478.3, 528054, 122000, 20],
  [21, "Murang'a", 1056640, 318105, 276508, 41597, 2524.2, 942581, 274000, 25.3],
  [22, "Kiambu", 2417735, 795241, 207710, 587531, 2538.6, 1623282, 435000, 23.3],
  [23, "Turkana", 926976, 164519, 133899, 30620, 68232.9, 855399, 860000, 79.4],
  [24, "West Pokot", 621241, 116182, 107572, 8610, 9123.2, 512690, 373000, 57.4],
  [25, "Samburu", 310327, 65910, 53120, 12790, 21065.1, 223947, 215000, 75.8],
  [26, "Trans Nzoia", 990341, 223808, 174249, 49559, 2495.2, 818757, 353000, 34],
  [27, "Uasin Gishu", 1163186, 304943, 143434, 161509, 3392.2, 894179, 465000, 41],
  [28, "Elgeyo Marakwet", 454480, 99861, 93720, 6141, 3032.0, 369998, 204000, 43.4],
  [29, "Nandi", 885711, 199426, 180826, 18600, 2855.8, 752965, 343000, 36],
  [30, "Baringo", 666763, 142518, 119994, 22524, 10976.4, 555561, 278000, 39.6],
  [31, "Laikipia", 518560, 149271, 104463, 44808, 9532.2, 399227, 233000, 45.9],
  [32, "Nakuru", 2162202, 616046, 276259, 339787, 7462.4, 1603325, 592000, 29.1],
  [33, "Narok", 1157873, 241125, 209185, 31940, 17950.3, 850920, 243000, 22.6],
  [34, "Kajiado", 1117840, 316179, 108562, 207617, 21871.1, 687312, 355000, 40.7],
  [35, "Kericho", 901777, 206036, 175193, 30843, 2436.1, 758339, 286000, 30.3],
  [36, "Bomet", 875689, 187641, 178135, 9506, 2530.9, 724186, 447000, 48.8],
  [37, "Kakamega", 1867579, 433207, 378386, 54821, 3020.0, 1660651, 672000, 35.8],
  [38, "Vihiga", 590013, 143365, 127476, 15889, 563.8, 554622, 271000, 43.2],
  [39, "Bungoma", 1670570, 358796, 307981, 50815, 3023.9, 1375063, 555000, 35.7],
  [40, "Busia", 893681, 198152, 167368, 30784, 1696.3, 743946, 583000, 69.3],
  [41, "Siaya", 993183, 250698, 225031, 25667, 2529.8, 842304, 333000, 33.8],
  [42, "Kisumu", 1155574, 300745, 169013, 131732, 2085.4, 968909, 384000, 33.9],
  [43, "Homa Bay", 1131950, 262036, 230012, 32024, 3152.5, 963794, 360000, 33.5],
  [44, "Migori", 1116436, 240168, 197268, 42900, 2613.5, 917170, 464000, 41.2],
  [45, "Kisii", 1266860, 308054, 261837, 46217, 1323.0, 1152282, 562000, 41.7],
  [46, "Nyamira", 605576, 150669, 137621, 13048, 897.3, 598252, 229000, 32.7],
  [47, "Nairobi City", 4397073, 1506888, 0, 1506888, 703.9, 3138369, 745000, 16.7],
];

export const COUNTIES: readonly OfficialCounty[] = ROWS.map(
  ([code, name, population2019, households2019, ruralHouseholds2019, urbanHouseholds2019, landAreaKm2, population2009, poorPeople2015, povertyRate2015Pct]) => ({
    code,
    name,
    population2019,
    households2019,
    ruralHouseholds2019,
    urbanHouseholds2019,
    landAreaKm2,
    population2009,
    poorPeople2015,
    povertyRate2015Pct,
  }),
);
