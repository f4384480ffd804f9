/**
 * The test kit's programmatic API: run a matrix from a plain object, and grade a report against
 * any contract (a report graded by one contract can be checked against another).
 */
import { configSchema, type RawConfig } from '../config/schema.js'
import { fieldPath, InputError, oneLine } from '../errors.js'
import { contractSchema, type Contract, type ContractInput } from '../grading/contract.js'
import { loadContract } from '../grading/contracts/index.js'
import { renderJson } from '../render/json.js'
import { parseReport } from '../report/read/merge.js'
import type { Report } from '../report/model.js'
import { runConfig, type RunEvents } from '../engine/run.js'

/** What runMatrix takes: the same fields as a configuration file (README, "Configuration"). */
export type MatrixInput = RawConfig

/**
 * Runs a matrix given as an object, for example
 * `runMatrix({ targets: [{ adapter: './my-pool-adapter.mjs' }], matrix: { workers: [2, 4] } })`.
 * Bad input throws an InputError naming the field; everything else ends up in the report.
 */
export async function runMatrix(input: MatrixInput = {}, events: RunEvents = {}): Promise<Report> {
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = fieldPath(issue?.path ?? [])
    throw new InputError(field === '' ? 'config' : field, issue?.message ?? 'invalid configuration')
  }
  return runConfig(parsed.data, events)
}

/** A built-in contract's name, a contract file, or a contract object. */
export type ContractLike = string | ContractInput

export function resolveContract(contract: ContractLike): Contract {
  if (typeof contract === 'string') return loadContract(contract)
  const parsed = contractSchema.safeParse(contract)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new InputError(
      `contract ${contract.name ?? ''}`.trim(),
      `${fieldPath(issue?.path ?? [])} ${issue?.message ?? 'invalid contract'}`.trim()
    )
  }
  return parsed.data
}

/**
 * Grades every cell against `contract`, whatever contract the run used, exactly as the Action and
 * the CLI judge a report file (report/read/merge.ts's parseReport: validated, then judged): the same
 * verdict on the same report everywhere. A report that is not one (an outcome counted 0 times, a
 * field of the wrong shape) throws an InputError naming the field.
 */
export function gradeReport(report: Report, contract: ContractLike): Report {
  const graded = resolveContract(contract)
  try {
    return parseReport(renderJson(report), { contract: graded })
  } catch (error) {
    throw new InputError('report', oneLine(error))
  }
}
