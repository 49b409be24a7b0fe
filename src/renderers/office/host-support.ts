/** Whether the host supports an ExcelApi requirement set (false outside Office). */
export const supports = (version: string): boolean => typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported?.("ExcelApi", version);

/** The Office error code of a failure ("ItemAlreadyExists", "InvalidSelection" ...), if it has one. */
export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
};
