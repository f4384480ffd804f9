/**
 * The one reader both front doors use: what was typed for each engine option and report file,
 * read in the tables' order (src/config/options.ts) into overrides and paths; a malformed list or
 * number is refused with the option's label, as the front door calls it.
 */
import { InputError, quote } from '../errors.js'
import {
  ENGINE_OPTIONS,
  REPORT_FORMATS,
  type EngineOption,
  type FileTargets,
  type FrontDoor,
  type Overrides,
  type ReportFormatEntry
} from './options.js'

/**
 * What was typed for an option, as the front door holds it: the text, true for a CLI switch or
 * for `--control` without a value, false for a CLI off-switch (`--no-perturb`), undefined when it
 * was not given.
 */
export type RawValue = string | boolean | undefined

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

function readValue(option: EngineOption, value: string | boolean, door: FrontDoor): unknown {
  const label = door.label(option)
  if (typeof value === 'boolean') return value // a switch given, --control without its n, --no-X
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
    case 'off-switch':
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
    case 'switch-or-text':
      if (door.wordsAreBooleans && (value === 'true' || value === 'false')) return value === 'true'
      return value
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
export function readFileTargets(
  raw: (format: ReportFormatEntry) => string | undefined
): FileTargets {
  const targets: FileTargets = {}
  for (const format of REPORT_FORMATS) {
    const path = raw(format)
    if (path !== undefined) targets[format.name] = path
  }
  return targets
}
