/** Jest runs the TypeScript tests through ts-jest; type-checking is done once by `tsc` in `npm test`. */
const { availableParallelism } = require("os");

module.exports = {
  testEnvironment: "node",
  // Jest's default is one worker fewer than the cores, which on two cores runs every file in turn
  // while LibreOffice and the command line wait on child processes; two workers finish sooner there.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The built add-in and the browser journeys run separately (jest.e2e.config.js, `npm run test:e2e`).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  setupFiles: ["<rootDir>/test/support/custom-functions-runtime.ts"],
  // The custom functions' metadata, generated once per run (test/support/generate-functions-metadata.js).
  globalSetup: "<rootDir>/test/support/global-setup.js",
  globalTeardown: "<rootDir>/test/support/global-teardown.js",
};
