const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  modules: ["<rootDir>/src/modules/*/__tests__/**/*.module.spec.[jt]s"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  distributed: ["<rootDir>/integration-tests/distributed/**/*.spec.[jt]s"],
  ui: ["<rootDir>/integration-tests/admin-ui/**/*.spec.[jt]s"],
  portal: ["<rootDir>/integration-tests/portal/**/*.spec.[jt]s"],
  package: ["<rootDir>/integration-tests/package/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testMatch: testMatchByType[process.env.TEST_TYPE] ?? testMatchByType.unit,
}
