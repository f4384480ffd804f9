/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The package by its own name, as a pool author imports it: the bundle (see kit-package.test.ts).
    '^callback-thread-guard$': '<rootDir>/dist/kit.js'
  },
  testTimeout: 120_000,
  verbose: true,
  reporters: ['default', '<rootDir>/scripts/jest-closing-line.cjs']
}

export default config
