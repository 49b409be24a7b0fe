/**
 * `npm run test:audit`: npm audit of the shipped packages, apart from `npm test` because it needs the
 * npm registry's advisory service (see test/security/npm-audit.check.ts). Run it where that
 * service answers; registry mirrors without it refuse the request.
 */
const unit = require("./jest.config.js");

module.exports = {
  ...unit,
  roots: ["<rootDir>/test/security"],
  testMatch: ["**/*.check.ts"],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 180_000,
};
