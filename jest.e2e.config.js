/**
 * The built add-in, tested as a person uses it: one production build served on loopback (global
 * setup), then the task pane driven in Debian's chromium. Run by `npm test` after the unit tests.
 */
const { availableParallelism } = require("os");
const unit = require("./jest.config.js");

module.exports = {
  ...unit,
  roots: ["<rootDir>/test/e2e"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/test/e2e/global-setup.js",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.js",
  testTimeout: 120_000,
  // Jest's default (one worker fewer than the cores): chromium does the work, and on two cores one
  // journey at a time is faster than two.
  maxWorkers: Math.max(1, availableParallelism() - 1),
};
