/**
 * Built-in contracts by name, and user contracts from YAML/JSON files.
 */
import { InputError, quote } from '../../errors.js'
import { readConfigFile } from '../../config/load.js'
import { contractSchema, type Contract, type ContractInput } from '../contract.js'
import { eventLoop } from './event-loop.js'
import { processPool } from './process-pool.js'
import { threadPool } from './thread-pool.js'

const BUILT_IN: Record<string, ContractInput> = {
  'thread-pool': threadPool,
  'process-pool': processPool,
  'event-loop': eventLoop
}

/** Lets a later module (the Node pools) add its built-in contracts. */
export function registerBuiltInContract(contract: ContractInput): void {
  BUILT_IN[contract.name] = contract
}

export function builtInContractNames(): string[] {
  return Object.keys(BUILT_IN)
}

/** The built-in contract of that name from our own code, or undefined; never reads a file. */
export function builtInContract(name: string): Contract | undefined {
  return Object.hasOwn(BUILT_IN, name) ? contractSchema.parse(BUILT_IN[name]) : undefined
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
  const raw = builtIn ?? readConfigFile(nameOrFile, field)
  const parsed = contractSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where =
      issue === undefined
        ? ''
        : issue.path
            .map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .replace(/^\./, '')
    throw new InputError(
      `${nameOrFile}${where === '' ? '' : `: ${where}`}`,
      issue?.message ?? 'invalid contract'
    )
  }
  return parsed.data
}
