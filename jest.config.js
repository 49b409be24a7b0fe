/** Jest runs the TypeScript tests through ts-jest; type-checking is done once by `tsc` in `npm test`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The built add-in and the browser journeys run separately (jest.e2e.config.js, `npm run test:e2e`).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  setupFiles: ["<rootDir>/test/support/custom-functions-runtime.ts"],
};
