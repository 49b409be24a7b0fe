/** Jest runs the TypeScript tests through ts-jest; type-checking is done once by `tsc` in `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  setupFiles: ["<rootDir>/test/support/custom-functions-runtime.ts"],
};
