/** Runs the real engine (real python3, real probe process) for the tests. */
import { fileURLToPath } from 'node:url'
import { loadConfig, type Overrides } from '../../src/config/load.js'
import type { RawConfig } from '../../src/config/schema.js'
import { runConfig } from '../../src/engine/run.js'
import type { CellReport, Report } from '../../src/report/model.js'

export const PYTHON_FIXTURES = fileURLToPath(new URL('../fixtures/python', import.meta.url))

/** Runs a configuration given as flags, like the CLI does. */
export async function runWith(overrides: Overrides): Promise<Report> {
  return runConfig(loadConfig(undefined, overrides))
}

/** Runs one of the deliberately broken executors from __tests__/fixtures/python/broken_executors.py. */
export async function runBroken(name: string, overrides: Overrides = {}): Promise<Report> {
  return runWith({
    executor: `broken_executors:${name}`,
    pythonPath: [PYTHON_FIXTURES],
    timeoutMs: 1500,
    ...overrides
  })
}

export function brokenRules(report: Report): string[] {
  return [...new Set(report.cells.flatMap(c => c.violations.map(v => v.rule)))].sort()
}

export function cellsOf(report: Report, scenario: string): CellReport[] {
  return report.cells.filter(c => c.scenario === scenario)
}

export function countWhere(cell: CellReport, facts: Record<string, unknown>): number {
  return cell.outcomes
    .filter(o =>
      Object.entries(facts).every(([k, v]) => (o.facts as Record<string, unknown>)[k] === v)
    )
    .reduce((n, o) => n + o.count, 0)
}

export type { RawConfig }
