/**
 * Runs first in the functions bundle. Outside Excel (the task pane page opened in a plain browser,
 * where office.js finds no host, or could not be loaded at all) the `CustomFunctions` global is
 * missing and the generated `CustomFunctions.associate(...)` calls would throw; this stands in a
 * no-op that says so once. Inside Excel office.js defines the real object before this runs, and it
 * is left alone.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  console.info("No Excel custom functions runtime here: the custom functions are not registered on this page.");
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
