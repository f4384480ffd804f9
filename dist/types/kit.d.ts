/**
 * The programmatic API: run a matrix, grade, render. What the CLI and the Action use, and the
 * test kit for pool authors: runMatrix, gradeReport and the Jest matcher toHonourContract
 * (docs/adapter.md).
 */
export { loadConfig, type Overrides } from './config/load.js';
export type { Config, RawConfig } from './config/schema.js';
export { configSchema } from './config/schema.js';
export { expandMatrix, type Cell, type Plan } from './engine/matrix.js';
export type { Target } from './model/target.js';
export { runConfig, runPlan, type RunEvents } from './engine/run.js';
export { loadContract, builtInContractNames } from './grading/contracts/index.js';
export type { Contract } from './grading/contract.js';
export { gradeOutcome, gradeOutcomes, violationsOf, type Grade, type GradedOutcome, type Violation } from './grading/grade.js';
export type { Report, CellReport, TargetReport, Verdict } from './report/model.js';
export { renderMarkdown } from './render/markdown/report.js';
export { renderJunit } from './render/junit.js';
export { renderTerminal } from './render/terminal.js';
export { renderJson } from './render/json.js';
export { runMatrix, gradeReport, type MatrixInput, type ContractLike } from './kit/run.js';
export { toHonourContract, matchers, type MatcherResult } from './kit/jest.js';
export type { PoolAdapter, PoolOptions, TaskInput, TaskResult, CompletionHandler, PortableHandler } from './probes/node/adapter.js';
