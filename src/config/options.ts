/**
 * Each engine option and each report format, defined once: its name (the CLI's `--name` and the
 * Action's input `name`), its configuration key, how its text is read, where it lands in a
 * configuration, and its help. The CLI's options, the one reader both front doors use
 * (read-options.ts), the label maps, loadConfig's key lists and the Action's engine inputs are
 * built from these two tables; a test holds action.yml to them.
 */
import type { TargetField } from './schema.js'
import { POOL_NAMES } from '../model/pools.js'
import { SCENARIOS } from '../model/scenarios.js'

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
  /** On unless turned off: the CLI's `--no-NAME` turns it off, an Action input says true or false. */
  'off-switch': boolean
  /** On, off, or a whole number (a rate). */
  control: boolean | number
  /** On, off, or text: a CLI flag without its value is on; an Action input says true, false or the text. */
  'switch-or-text': boolean | string
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
  /**
   * What follows the flag in the CLI's help: `<list>`, `[n]` (optional), none for a switch; an
   * off-switch's flag is `--no-NAME`.
   */
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
  {
    name: 'config',
    key: 'config',
    arg: '<file>',
    kind: 'text',
    at: 'file',
    help: 'YAML or JSON configuration file'
  },
  {
    name: 'python',
    key: 'python',
    arg: '<path>',
    kind: 'text',
    at: 'target',
    help: 'Python interpreter (default: python3)'
  },
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
    // true (asyncio's own loop) or the loop factory; the executor is --executor's.
    name: 'asyncio',
    key: 'asyncio',
    arg: '[loop]',
    kind: 'switch-or-text',
    at: 'target',
    help: "an asyncio target: the asyncio scenarios on a loop from module:attr (default: asyncio's own), run_in_executor on --executor"
  },
  {
    name: 'portal',
    key: 'portal',
    arg: '<module:attr>',
    kind: 'text',
    at: 'target',
    help: 'asyncio target: the portal that runs coroutines on a loop thread for aio-portal, a context manager with start_task_soon (default: run_coroutine_threadsafe over a loop thread)'
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
    help: 'thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file'
  },
  {
    name: 'scenarios',
    key: 'scenarios',
    arg: '<list>',
    kind: 'list',
    at: 'matrix',
    help: `scenarios (comma-separated): ${SCENARIOS.join(', ')}`
  },
  {
    name: 'workers',
    key: 'workers',
    arg: '<list>',
    kind: 'numbers',
    at: 'matrix',
    help: 'worker counts (comma-separated)'
  },
  {
    name: 'tasks',
    key: 'tasks',
    arg: '<list>',
    kind: 'numbers',
    at: 'matrix',
    help: 'task counts (comma-separated)'
  },
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
    // true, false, or the settings (a mapping): only a configuration file gives settings.
    name: 'perturb',
    key: 'perturb',
    kind: 'off-switch',
    at: 'top',
    help: 'with --budget: run no perturbed lanes (by default part of the budget shakes the schedule)'
  },
  {
    name: 'require-free-threading',
    key: 'requireFreeThreading',
    kind: 'switch',
    at: 'top',
    help: 'a free-threaded Python whose GIL came back on (importing the executor enabled it) makes a pass an error, not a warning'
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
  /** "--workers", "input workers"; an off-switch's CLI flag is "--no-perturb". */
  label(option: { name: string; kind: Kind }): string
  /** What separates a list's items. */
  separator: RegExp
  /** The words true and false are values (an Action input is text; a CLI switch is a presence). */
  wordsAreBooleans: boolean
}

export const CLI_DOOR: FrontDoor = {
  label: ({ name, kind }) => (kind === 'off-switch' ? `--no-${name}` : `--${name}`),
  separator: /,/,
  wordsAreBooleans: false
}

export const ACTION_DOOR: FrontDoor = {
  label: ({ name }) => `input ${name}`,
  // A YAML block scalar, one item per line, is the same list.
  separator: /[,\n]/,
  wordsAreBooleans: true
}

/** The flags Commander parses an option from: "--workers <list>", "--keep-going", "--no-perturb". */
export function flagsOf(option: { name: string; arg?: string; kind?: Kind }): string {
  const flag = CLI_DOOR.label({ name: option.name, kind: option.kind ?? 'text' })
  return option.arg === undefined ? flag : `${flag} ${option.arg}`
}

function labelsOf(door: FrontDoor): Required<OverrideLabels> {
  return Object.fromEntries(
    ENGINE_OPTIONS.map(option => [option.key, door.label(option)])
  ) as Required<OverrideLabels>
}

export const CLI_LABELS = labelsOf(CLI_DOOR)
export const ACTION_LABELS = labelsOf(ACTION_DOOR)
