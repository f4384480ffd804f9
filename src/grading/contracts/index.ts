/**
 * Built-in contracts by name, and user contracts from YAML/JSON files, read by their own reader
 * (readContractFile), not the configuration's.
 */
import { readMappingFile } from '../../config/read-yaml.js'
import { fieldPath, InputError, quote } from '../../errors.js'
import { contractSchema, type Contract, type ContractInput } from '../contract.js'
import { asyncioContract } from './asyncio.js'
import { eventLoop } from './event-loop.js'
import { multiprocessingPool } from './multiprocessing-pool.js'
import { processPool } from './process-pool.js'
import { threadPool } from './thread-pool.js'

/** A contract file larger than this is refused unread (a real one is a few KiB). */
export const MAX_CONTRACT_BYTES = 4 * 1024 * 1024

const BUILT_IN: Record<string, ContractInput> = {
  'thread-pool': threadPool,
  'process-pool': processPool,
  'event-loop': eventLoop,
  'multiprocessing-pool': multiprocessingPool,
  asyncio: asyncioContract
}

/**
 * Built-in contracts once validated, frozen: every report read back is judged with one, and
 * validating it each time cost more than judging a small report.
 */
const validated = new Map<string, Contract>()

/** Lets a later module (the Node pools) add its built-in contracts. */
export function registerBuiltInContract(contract: ContractInput): void {
  BUILT_IN[contract.name] = contract
  validated.delete(contract.name)
}

export function builtInContractNames(): string[] {
  return Object.keys(BUILT_IN)
}

/**
 * The built-in contract of that name from our own code, or undefined; never reads a file. One
 * frozen object per name, shared by every report it judges.
 */
export function builtInContract(name: string): Contract | undefined {
  const input = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined
  if (input === undefined) return undefined
  let contract = validated.get(name)
  if (contract === undefined) {
    contract = deepFreeze(contractSchema.parse(input))
    validated.set(name, contract)
  }
  return contract
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

/** A built-in name, or a path to a contract file (anything with a slash or a .yml/.yaml/.json end). */
export function loadContract(nameOrFile: string, field = 'contract'): Contract {
  // Own keys only: "constructor" or "__proto__" is not a built-in contract.
  const builtIn = Object.hasOwn(BUILT_IN, nameOrFile) ? BUILT_IN[nameOrFile] : undefined
  const looksLikeFile = /[\\/]|\.(ya?ml|json)$/i.test(nameOrFile)
  if (builtIn === undefined && !looksLikeFile) {
    throw new InputError(
      field,
      `unknown contract ${quote(nameOrFile)}; expected one of ${builtInContractNames().join(', ')} or a contract file`
    )
  }
  // A copy of its own: the kit exports this, and a caller may change what it gets.
  const raw = builtIn ?? readContractFile(nameOrFile, field)
  const parsed = contractSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = fieldPath(issue?.path ?? [])
    throw new InputError(
      `${nameOrFile}${where === '' ? '' : `: ${where}`}`,
      issue?.message ?? 'invalid contract'
    )
  }
  return parsed.data
}

/** A contract file as data, not yet validated: a mapping at the top, capped at MAX_CONTRACT_BYTES. */
function readContractFile(path: string, field: string): object {
  return readMappingFile(path, field, MAX_CONTRACT_BYTES)
}
