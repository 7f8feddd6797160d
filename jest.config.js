/** Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 60000,
  // Jest's transform cache stays in the project rather than in the temp directory.
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
  // The run's temp folders live in one directory of its own, removed at the end.
  globalSetup: "<rootDir>/__tests__/global/setup.js",
  globalTeardown: "<rootDir>/__tests__/global/teardown.js",
};
