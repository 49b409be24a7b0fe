/**
 * Runs first in the functions bundle. When office.js could not be loaded (the task pane page
 * opened in a plain browser without network), the `CustomFunctions` global is missing and the
 * generated `CustomFunctions.associate(...)` calls would throw; this stands in a no-op that says
 * so once. Inside Excel office.js defines the real object before this runs, and it is left alone.
 */
const scope = globalThis as { CustomFunctions?: unknown };
if (typeof scope.CustomFunctions === "undefined") {
  console.info("office.js is not loaded: the custom functions are not registered on this page.");
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
