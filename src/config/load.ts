/**
 * Configuration: read a YAML/JSON file, lay flags (CLI or action inputs) over it, validate.
 * Every problem becomes one InputError naming the field (or the flag) and what is wrong.
 */
import { closest, distance } from 'fastest-levenshtein'
import type { z } from 'zod'
import { cut, InputError } from '../errors.js'
import {
  CLI_LABELS,
  ENGINE_OPTIONS,
  type EngineOption,
  type OptionKey,
  type OverrideLabels,
  type Overrides
} from './options.js'
import { poolOptionsOf } from './read-options.js'
import { readMappingFile } from './read-yaml.js'
import {
  configSchema,
  experimentSchema,
  FARM_OPTION_NAMES,
  matrixSchema,
  targetSchema,
  type Config,
  type FieldLabels,
  type RawConfig,
  type TargetField
} from './schema.js'

export type { OverrideLabels, Overrides } from './options.js'
export { CLI_LABELS } from './options.js'

/** The options that set a field of every target, by key, with the field each sets. */
const TARGET_OPTIONS = (ENGINE_OPTIONS as readonly EngineOption[])
  .filter(option => option.at === 'target')
  .map(option => ({
    option,
    field: option.field ?? (option.key as TargetField)
  }))
const MATRIX_KEYS = keysAt('matrix')
const TOP_KEYS = keysAt('top')

function keysAt(place: EngineOption['at']): (keyof Overrides)[] {
  return ENGINE_OPTIONS.filter(option => option.at === place).map(
    option => option.key as keyof Overrides
  )
}

/** A config file larger than this is refused unread (a real one is a few KiB). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/** Builds the validated configuration: file (if any), then overrides on top. */
export function loadConfig(
  file: string | undefined,
  overrides: Overrides = {},
  labels: OverrideLabels = CLI_LABELS
): Config {
  const raw = (
    file === undefined ? {} : readMappingFile(file, labels.config ?? '--config', MAX_CONFIG_BYTES)
  ) as Record<string, unknown>
  const origin = new Map<string, string>() // config path -> label of the flag that set it
  const merged: Record<string, unknown> = { ...raw }

  const targetOverrides: Record<string, unknown> = {}
  for (const { option, field } of TARGET_OPTIONS) {
    const value = overrides[option.key as keyof Overrides]
    if (value !== undefined) {
      const label = labels[option.key as OptionKey] ?? option.key
      targetOverrides[field] =
        option.pairs === true ? poolOptionsOf(value as string[], label) : value
      origin.set(field, label)
    }
  }
  if (Object.keys(targetOverrides).length > 0) {
    const targets = Array.isArray(raw.targets) && raw.targets.length > 0 ? raw.targets : [{}]
    merged.targets = targets.map(t =>
      typeof t === 'object' && t !== null
        ? { ...dropKinds(t, targetOverrides), ...targetOverrides }
        : t
    )
  }

  const matrixOverrides: Record<string, unknown> = {}
  for (const key of MATRIX_KEYS) {
    if (overrides[key] !== undefined) {
      matrixOverrides[key] = overrides[key]
      origin.set(`matrix.${key}`, labels[key] ?? key)
    }
  }
  if (Object.keys(matrixOverrides).length > 0) {
    const fileMatrix = typeof raw.matrix === 'object' && raw.matrix !== null ? raw.matrix : {}
    merged.matrix = { ...fileMatrix, ...matrixOverrides }
    delete merged.experiments // flags describe a cross product; it replaces the file's list
  }
  for (const key of TOP_KEYS) {
    if (overrides[key] !== undefined) {
      merged[key] = overrides[key]
      origin.set(key, labels[key] ?? key)
    }
  }

  const result = configSchema.safeParse(merged as RawConfig, { reportInput: true })
  if (!result.success) throw issueToError(result.error.issues[0], file, origin)
  // Problems found later (a contract that does not load, a Python that does not start) name the
  // flag or input that set the field, like the problems found here.
  const fieldLabels: FieldLabels = {}
  for (const { field } of TARGET_OPTIONS) {
    const label = origin.get(field)
    if (label !== undefined) fieldLabels[field] = label
  }
  return Object.keys(fieldLabels).length === 0
    ? result.data
    : { ...result.data, labels: fieldLabels }
}

const KIND_FIELDS = {
  python: ['python', 'executor', 'pythonPath', 'asyncio', 'portal'],
  pool: ['pool', 'adapter', 'poolOptions'],
  command: ['command']
} as const

/** A flag that picks a kind of target (say --pool) drops the file's fields of the other kinds. */
function dropKinds(target: object, overrides: Record<string, unknown>): object {
  const fields = Object.values(KIND_FIELDS)
  const chosen = fields.find(kind => kind.some(f => f in overrides))
  if (chosen === undefined) return target
  const others = new Set<string>(fields.filter(kind => kind !== chosen).flat())
  return Object.fromEntries(Object.entries(target).filter(([key]) => !others.has(key)))
}

function issueToError(
  issue: z.core.$ZodIssue | undefined,
  file: string | undefined,
  origin: Map<string, string>
): InputError {
  if (issue === undefined) return new InputError(file ?? 'config', 'invalid configuration')
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  let problem = issue.message
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(path)
    const key = cut(issue.keys[0] ?? '')
    const near = known.length > 0 ? closest(key, known) : undefined
    const hint =
      near !== undefined && distance(key, near) <= Math.max(2, Math.floor(key.length / 3))
        ? `; did you mean ${JSON.stringify(near)}?`
        : `; known keys: ${known.join(', ')}`
    return new InputError(fieldName([...path, key], file, origin), `unknown key${hint}`)
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) problem = 'is required'
  return new InputError(fieldName(path, file, origin), problem)
}

function knownKeys(path: (string | number)[]): string[] {
  const shapeOf = (schema: { shape: object }) => Object.keys(schema.shape)
  if (path.length === 0) return shapeOf(configSchema)
  if (path[0] === 'matrix') return shapeOf(matrixSchema)
  if (path[0] === 'experiments') return shapeOf(experimentSchema)
  if (path[0] === 'targets' && path[2] === 'poolOptions') return [...FARM_OPTION_NAMES]
  if (path[0] === 'targets') return shapeOf(targetSchema)
  return []
}

/** "targets[0].executor", or the flag that set it, prefixed by the file when it came from one. */
function fieldName(
  path: (string | number)[],
  file: string | undefined,
  origin: Map<string, string>
) {
  const dotted = path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('')
  for (const [prefix, label] of origin) {
    const underTargets = path[0] === 'targets' && path.length >= 3 && path[2] === prefix
    if (dotted === prefix || dotted.startsWith(`${prefix}[`) || underTargets) return label
  }
  if (dotted === '') return file ?? 'config'
  return file === undefined ? dotted : `${file}: ${dotted}`
}
