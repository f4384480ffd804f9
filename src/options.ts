/**
 * Each engine option and each report format, defined once: its name (the CLI's `--name` and the
 * Action's input `name`), its configuration key, how its text is read, where it lands in a
 * configuration, and its help. The CLI's options, both front doors' readers, the label maps and
 * the Action's engine inputs are built from these two tables; a test holds action.yml to them.
 */
import type { TargetField } from './config/schema.js'
import { InputError, quote } from './errors.js'
import { POOL_NAMES } from './probes/node/pools/registry.js'
import { SCENARIOS } from './scenarios.js'

/** The value each kind of option reads its text into. */
interface ValueOfKind {
  /** As typed. */
  text: string
  /** Comma-separated items (on the Action also one per line), none empty. */
  list: string[]
  /** Comma-separated whole numbers; the schema checks the bounds. */
  numbers: number[]
  /** One whole number. */
  number: number
  /** On or off: a CLI switch is its presence, an Action input says true or false. */
  switch: boolean
  /** On, off, or a whole number (a rate). */
  control: boolean | number
}
type Kind = keyof ValueOfKind

/**
 * Where an option lands in a configuration: a field of every target (`field`, else its key), the
 * matrix (it replaces the file's experiments), the top level, or the file itself (`--config`).
 */
type Place = 'target' | 'matrix' | 'top' | 'file'

export interface EngineOption {
  /** The CLI's `--name` and the Action's input; kebab-case. */
  readonly name: string
  /** The configuration key: camelCase of the name (Commander's attribute name for the flag). */
  readonly key: string
  /** What follows the flag in the CLI's help: `<list>`, `[n]` (optional), none for a switch. */
  readonly arg?: string
  readonly kind: Kind
  readonly at: Place
  /** The target's field, where it is not the key (`--probe` sets `command`). */
  readonly field?: TargetField
  /** Items are name=number pairs, a mapping in the configuration (see poolOptionsOf). */
  readonly pairs?: true
  /** The CLI's help line (action.yml's description says more). */
  readonly help: string
}

/** The engine's options, in the order of the CLI's help and of the Action's inputs. */
export const ENGINE_OPTIONS = [
  { name: 'config', key: 'config', arg: '<file>', kind: 'text', at: 'file', help: 'YAML or JSON configuration file' },
  { name: 'python', key: 'python', arg: '<path>', kind: 'text', at: 'target', help: 'Python interpreter (default: python3)' },
  {
    name: 'executor',
    key: 'executor',
    arg: '<module:attr>',
    kind: 'text',
    at: 'target',
    help: 'executor factory, called as attr(max_workers=N) (default: concurrent.futures:ThreadPoolExecutor)'
  },
  {
    name: 'python-path',
    key: 'pythonPath',
    arg: '<dirs>',
    kind: 'list',
    at: 'target',
    help: 'extra folders for the executor module (comma-separated)'
  },
  {
    name: 'pool',
    key: 'pool',
    arg: '<name>',
    kind: 'text',
    at: 'target',
    help: `a built-in Node pool instead of Python: ${POOL_NAMES.join(', ')}`
  },
  {
    name: 'adapter',
    key: 'adapter',
    arg: '<file>',
    kind: 'text',
    at: 'target',
    help: 'a Node pool adapter module (see docs/adapter.md)'
  },
  {
    // Read as typed ("maxRetries=0"); loadConfig makes the mapping the schema checks.
    name: 'pool-options',
    key: 'poolOptions',
    arg: '<list>',
    kind: 'list',
    at: 'target',
    pairs: true,
    help: 'worker-farm options (comma-separated name=value): maxRetries, maxCallTime, maxConcurrentCalls, maxConcurrentCallsPerWorker'
  },
  {
    name: 'probe',
    key: 'probe',
    arg: '<command>',
    kind: 'text',
    at: 'target',
    field: 'command',
    help: 'any program that speaks the probe protocol (docs/protocol.md)'
  },
  {
    name: 'contract',
    key: 'contract',
    arg: '<name|file>',
    kind: 'text',
    at: 'target',
    help: 'thread-pool, process-pool, event-loop or a contract file'
  },
  {
    name: 'scenarios',
    key: 'scenarios',
    arg: '<list>',
    kind: 'list',
    at: 'matrix',
    help: `scenarios (comma-separated): ${SCENARIOS.join(', ')}`
  },
  { name: 'workers', key: 'workers', arg: '<list>', kind: 'numbers', at: 'matrix', help: 'worker counts (comma-separated)' },
  { name: 'tasks', key: 'tasks', arg: '<list>', kind: 'numbers', at: 'matrix', help: 'task counts (comma-separated)' },
  {
    name: 'callback-delay-ms',
    key: 'callbackDelayMs',
    arg: '<list>',
    kind: 'numbers',
    at: 'matrix',
    help: 'timed scenario: delays before registering (comma-separated)'
  },
  {
    name: 'task-ms',
    key: 'taskMs',
    arg: '<list>',
    kind: 'numbers',
    at: 'matrix',
    help: 'task durations in milliseconds (comma-separated)'
  },
  {
    name: 'repeat',
    key: 'repeat',
    arg: '<n>',
    kind: 'number',
    at: 'top',
    help: 'run each cell n times and merge the histograms'
  },
  {
    name: 'callbacks',
    key: 'callbacks',
    arg: '<n>',
    kind: 'number',
    at: 'top',
    help: 'callbacks per future in the order and raising scenarios'
  },
  {
    name: 'timeout-ms',
    key: 'timeoutMs',
    arg: '<n>',
    kind: 'number',
    at: 'top',
    help: 'how long to wait for callbacks before counting them as never run'
  },
  {
    // A duration as typed ("90s", "2m" or seconds); the schema parses it.
    name: 'budget',
    key: 'budget',
    arg: '<duration>',
    kind: 'text',
    at: 'top',
    help: 'after the matrix, keep running its cells (fresh executors) until this is spent: 90s, 2m or seconds'
  },
  {
    name: 'keep-going',
    key: 'keepGoing',
    kind: 'switch',
    at: 'top',
    help: 'with --budget: keep counting after a violation instead of stopping at the first'
  },
  {
    // true, or N for a planted misroute of one callback in N.
    name: 'control',
    key: 'control',
    arg: '[n]',
    kind: 'control',
    at: 'top',
    help: 'a positive control: also run the executor made to misroute one callback in n (default 10000) and say whether that was caught'
  }
] as const satisfies readonly EngineOption[]

type Entry = (typeof ENGINE_OPTIONS)[number]
/** An engine option's configuration key, `config` included. */
export type OptionKey = Entry['key']

/** Options given as flags or inputs, read but not yet checked (the schema checks them). */
export type Overrides = {
  [E in Exclude<Entry, { at: 'file' }> as E['key']]?: ValueOfKind[E['kind']]
}

/** How each option is called where the user typed it, e.g. "--workers" or "input workers". */
export type OverrideLabels = Partial<Record<OptionKey, string>>

/** The Action's default JSON report path (the CLI writes no JSON unless asked). */
export const DEFAULT_JSON_PATH = 'callback-thread-guard-report.json'

export interface ReportFormatEntry {
  /** The format's name: the CLI's `--name <file>` and the Action's input `name`. */
  readonly name: string
  /** The CLI's help line. */
  readonly help: string
  /** The Action input's default (action.yml's): where the file goes when the input is empty. */
  readonly inputDefault: string
}

/**
 * The report files the front doors can write, in the order they are rendered. Each has its
 * renderer in RENDERERS (src/sinks/files.ts), which the compiler holds to this table.
 */
export const REPORT_FORMATS = [
  { name: 'json', help: 'write the JSON report', inputDefault: DEFAULT_JSON_PATH },
  { name: 'markdown', help: 'write the Markdown report', inputDefault: '' },
  { name: 'junit', help: 'write a JUnit XML report', inputDefault: '' }
] as const satisfies readonly ReportFormatEntry[]

export type ReportFormat = (typeof REPORT_FORMATS)[number]['name']
/** Where each report file asked for goes. */
export type FileTargets = Partial<Record<ReportFormat, string>>

/** How a front door hands over what was typed and how its messages name an option. */
export interface FrontDoor {
  /** "--workers", "input workers". */
  label(name: string): string
  /** What separates a list's items. */
  separator: RegExp
  /** The words true and false are values (an Action input is text; a CLI switch is a presence). */
  wordsAreBooleans: boolean
}

export const CLI_DOOR: FrontDoor = {
  label: name => `--${name}`,
  separator: /,/,
  wordsAreBooleans: false
}

export const ACTION_DOOR: FrontDoor = {
  label: name => `input ${name}`,
  // A YAML block scalar, one item per line, is the same list.
  separator: /[,\n]/,
  wordsAreBooleans: true
}

/** The flags Commander parses an option from: "--workers <list>", "--keep-going". */
export function flagsOf(option: { name: string; arg?: string }): string {
  return option.arg === undefined ? `--${option.name}` : `--${option.name} ${option.arg}`
}

function labelsOf(door: FrontDoor): Required<OverrideLabels> {
  return Object.fromEntries(
    ENGINE_OPTIONS.map(option => [option.key, door.label(option.name)])
  ) as Required<OverrideLabels>
}

export const CLI_LABELS = labelsOf(CLI_DOOR)
export const ACTION_LABELS = labelsOf(ACTION_DOOR)

/**
 * What was typed for an option, as the front door holds it: the text, true for a CLI switch or
 * for `--control` without a value, undefined when it was not given.
 */
export type RawValue = string | true | undefined

/**
 * Reads every engine option but the config file (each front door reads that itself), in the
 * table's order, refusing a malformed list or number with the option's label.
 */
export function readOverrides(door: FrontDoor, raw: (option: EngineOption) => RawValue): Overrides {
  const overrides: Record<string, unknown> = {}
  for (const option of ENGINE_OPTIONS) {
    if (option.at === 'file') continue
    const value = raw(option)
    if (value !== undefined) overrides[option.key] = readValue(option, value, door)
  }
  return overrides as Overrides
}

function readValue(option: EngineOption, value: string | true, door: FrontDoor): unknown {
  const label = door.label(option.name)
  if (value === true) return true // the switch given, or --control without its n
  switch (option.kind) {
    case 'text':
      return value
    case 'list':
      return splitList(value, label, door.separator)
    case 'numbers':
      return wholeNumbers(value, label, door.separator)
    case 'number':
      return wholeNumber(value, label)
    case 'switch':
      return oneOf(value, label, ['true', 'false'] as const) === 'true'
    case 'control':
      if (!door.wordsAreBooleans) return wholeNumber(value, label)
      if (value === 'true' || value === 'false') return value === 'true'
      if (!/^\d+$/.test(value))
        throw new InputError(
          label,
          `expected true, false or a whole number N (a misroute of one callback in N), got ${quote(value)}`
        )
      return Number(value)
  }
}

/** Items separated by commas (or `separator`), trimmed; an empty item is refused. */
export function splitList(text: string, label: string, separator: RegExp = /,/): string[] {
  const items = text.split(separator).map(s => s.trim())
  if (items.some(s => s === ''))
    throw new InputError(
      label,
      `expected a comma-separated list without empty items, got ${quote(text)}`
    )
  return items
}

function wholeNumbers(text: string, label: string, separator: RegExp): number[] {
  return splitList(text, label, separator).map(item =>
    numberOf(item, label, 'whole numbers separated by commas')
  )
}

function wholeNumber(text: string, label: string): number {
  return numberOf(text.trim(), label, 'a whole number')
}

function numberOf(item: string, label: string, expected: string): number {
  if (!/^-?\d+$/.test(item)) throw new InputError(label, `expected ${expected}, got ${quote(item)}`)
  return Number(item)
}

/** One of the allowed words, or a message listing them. */
export function oneOf<T extends string>(value: string, label: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(label, `expected one of ${allowed.join(', ')}, got ${quote(value)}`)
}

/** "name=value" items as a mapping (the schema checks the names and the numbers). */
export function poolOptionsOf(items: readonly string[], label: string): Record<string, number> {
  const options: Record<string, number> = {}
  for (const item of items) {
    const match = /^([A-Za-z]+)\s*=\s*(\d+)$/.exec(item)
    if (match === null)
      throw new InputError(
        label,
        `expected name=number items such as maxRetries=0, got ${quote(item)}`
      )
    options[match[1] as string] = Number(match[2])
  }
  return options
}

/** The report files asked for, in the table's order; `raw` gives a format's path or undefined. */
export function readFileTargets(raw: (format: ReportFormatEntry) => string | undefined): FileTargets {
  const targets: FileTargets = {}
  for (const format of REPORT_FORMATS) {
    const path = raw(format)
    if (path !== undefined) targets[format.name] = path
  }
  return targets
}
