import { availableParallelism } from 'node:os'

// Jest for every test file but the soak (run by .ci/run with a fixed seed: `npm run soak`).
// Test files run in parallel workers: each one starts its own processes and servers on ports it
// picks, and writes only under its own temporary folders. Timings a busy machine can stretch are
// bounded with room for it (a server sees a request late, never early). The global setup
// rebundles dist/ when it is older than src/, so tests that spawn dist/ never run an old bundle.

/** The soak runs for a fixed time with a random mix of faults: not part of `npm test`. */
const SOAK = '<rootDir>/__tests__/action/soak.test.ts'

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.CTG_SOAK ? [] : [SOAK])],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The package by its own name, as a pool author imports it: the bundle, dist/kit.js.
    '^callback-thread-guard$': '<rootDir>/dist/kit.js'
  },
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  // The longest files first, also on a run with no timings cached (scripts/jest-sequencer.mjs).
  testSequencer: '<rootDir>/scripts/jest-sequencer.mjs',
  // Three workers on two cores: a test file waits about a fifth of its time (processes starting,
  // retries, timeouts), and the third worker fills it (npm test from a fresh clone: 176 s with two
  // workers, 146 s with three).
  // (Jest reads a percentage only up to 100%.)
  maxWorkers: Math.max(1, Math.floor(availableParallelism() * 1.5)),
  // A hung test fails in 45 s; a test that needs longer says so itself.
  testTimeout: 45_000,
  verbose: true,
  reporters: ['default', '<rootDir>/scripts/jest-closing-line.cjs']
}

export default config
