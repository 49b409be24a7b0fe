/**
 * A download name from a workbook's title: characters Windows or macOS refuse in file names become
 * "-" (so "FY2026/27" stays readable as "FY2026-27"), control characters and runs of spaces collapse,
 * and the name is cut to a length every file system takes.
 */
export function xlsxFileName(title: string, fallback = "Mgao"): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\-\s]+|[.\-\s]+$/g, "")
    .slice(0, 120)
    .trim();
  return `${cleaned || fallback}.xlsx`;
}
