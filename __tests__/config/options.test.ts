/**
 * The option tables (src/config/options.ts) are the one place an engine option or a report format is
 * defined: action.yml holds every entry with the same default and no engine input besides them,
 * the CLI offers every entry under its flag, and both front doors read the same text into the
 * same overrides and name a bad value by their own label with the same problem.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { readInputs } from '../../src/action/inputs.js'
import { overridesFromFlags, program } from '../../src/cli/main.js'
import {
  ENGINE_OPTIONS,
  flagsOf,
  REPORT_FORMATS,
  type EngineOption
} from '../../src/config/options.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>
}

/** The Action's own inputs: how it reports, compares and comments, none of them the engine's. */
const ACTION_ONLY = [
  'reproducer',
  'github-token',
  'report-id',
  'comment',
  'check-run',
  'comment-title',
  'fail-on',
  'reports',
  'baseline',
  'baseline-artifact',
  'report-contracts',
  'pull-request'
]
/** The CLI's own options (Commander's attribute names). */
const CLI_ONLY = ['version', 'reproducer', 'quiet', 'color', 'table']

const OVERRIDES = ENGINE_OPTIONS.filter(option => option.at !== 'file')

/** Text each kind of option reads, as an Action input and as the CLI's argument. */
function sampleOf(option: EngineOption): { input: string; argv: string[] } {
  const flag = `--${option.name}`
  switch (option.kind) {
    case 'text':
      return { input: `${option.name}-value`, argv: [flag, `${option.name}-value`] }
    case 'list':
      return { input: 'a, b\nc', argv: [flag, 'a, b,c'] }
    case 'numbers':
      return { input: '1,2\n30', argv: [flag, '1,2,30'] }
    case 'number':
      return { input: '7', argv: [flag, '7'] }
    case 'switch':
      return { input: 'true', argv: [flag] }
    case 'off-switch':
      return { input: 'false', argv: [`--no-${option.name}`] }
    case 'control':
      return { input: '500', argv: [`${flag}=500`] }
    case 'switch-or-text':
      return { input: 'loops:make', argv: [`${flag}=loops:make`] }
  }
}

function readCli(argv: string[]) {
  return overridesFromFlags(
    program().parse(argv, { from: 'user' }).opts<Parameters<typeof overridesFromFlags>[0]>()
  )
}

function readAction(values: Record<string, string>) {
  return readInputs(name => values[name] ?? '')
}

function messageOf(read: () => unknown): string {
  try {
    read()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the value to be refused')
}

describe('action.yml', () => {
  it('has every engine option as an input, described, defaulting to empty', () => {
    for (const option of ENGINE_OPTIONS) {
      const input = action.inputs[option.name]
      expect([option.name, (input?.description.length ?? 0) > 10]).toEqual([option.name, true])
      // Empty: an input nobody set must not override the config file.
      expect([option.name, input?.default]).toEqual([option.name, ''])
    }
  })

  it('has every report format as an input with the default the Action uses', () => {
    for (const format of REPORT_FORMATS) {
      const input = action.inputs[format.name]
      expect([format.name, (input?.description.length ?? 0) > 10]).toEqual([format.name, true])
      expect([format.name, input?.default]).toEqual([format.name, format.inputDefault])
    }
  })

  it('has no input that is in neither table nor the Action’s own', () => {
    const known = new Set<string>([
      ...ENGINE_OPTIONS.map(option => option.name),
      ...REPORT_FORMATS.map(format => format.name),
      ...ACTION_ONLY
    ])
    expect(Object.keys(action.inputs).filter(name => !known.has(name))).toEqual([])
    // An input that speaks of the engine's or the matrix's default is an engine option.
    const engineLooking = Object.entries(action.inputs)
      .filter(([, input]) => /\b(Engine|Matrix) default\b/.test(input.description))
      .map(([name]) => name)
    expect(engineLooking.length).toBeGreaterThan(5)
    expect(engineLooking.filter(name => !ENGINE_OPTIONS.some(o => o.name === name))).toEqual([])
  })
})

describe('the CLI', () => {
  it('offers every engine option and report format under its flag, read by its key', () => {
    const options = program().options
    for (const entry of [...ENGINE_OPTIONS, ...REPORT_FORMATS]) {
      // An off-switch is offered as its negation (--no-perturb), read by the same key.
      const long =
        'kind' in entry && entry.kind === 'off-switch' ? `--no-${entry.name}` : `--${entry.name}`
      const option = options.find(o => o.long === long)
      expect([entry.name, option?.attributeName()]).toEqual([
        entry.name,
        'key' in entry ? entry.key : entry.name
      ])
      if ('key' in entry) expect(option?.flags).toBe(flagsOf(entry))
    }
    const fromTables = new Set<string>([
      ...ENGINE_OPTIONS.map(option => option.key),
      ...REPORT_FORMATS.map(format => format.name)
    ])
    const others = [...new Set(options.map(o => o.attributeName()))].filter(
      name => !fromTables.has(name)
    )
    expect(others.sort()).toEqual([...CLI_ONLY].sort())
  })
})

describe('both front doors', () => {
  it('read the same text into the same overrides, every option covered', () => {
    const argv = OVERRIDES.flatMap(option => sampleOf(option).argv)
    const inputs = Object.fromEntries(
      OVERRIDES.map(option => [option.name, sampleOf(option).input])
    )
    const cli = readCli(argv)
    const fromAction = readAction(inputs).overrides
    expect(fromAction).toEqual(cli)
    expect(Object.keys(cli).sort()).toEqual(OVERRIDES.map(option => option.key).sort())
    expect(cli).toMatchObject({ pythonPath: ['a', 'b', 'c'], workers: [1, 2, 30], repeat: 7 })
    expect(cli).toMatchObject({ keepGoing: true, control: 500, perturb: false })
  })

  it('read a control given without a rate as on', () => {
    expect(readCli(['--control']).control).toBe(true)
    expect(readAction({ control: 'true' }).overrides.control).toBe(true)
    expect(readAction({ control: 'false' }).overrides.control).toBe(false)
  })

  it('name a malformed list or number by their own label, with the same problem', () => {
    const bad = OVERRIDES.filter(o => ['list', 'numbers', 'number'].includes(o.kind))
    expect(bad.length).toBeGreaterThan(8)
    for (const option of bad) {
      for (const text of ['1,,2', 'x'.repeat(200)]) {
        if (option.kind === 'list' && text !== '1,,2') continue // any text is a list
        const cli = messageOf(() => readCli([`--${option.name}`, text]))
        const fromAction = messageOf(() => readAction({ [option.name]: text }))
        expect(cli.startsWith(`--${option.name}: expected `)).toBe(true)
        expect(fromAction).toBe(`input ${option.name}: ${cli.slice(`--${option.name}: `.length)}`)
        expect(cli.length).toBeLessThan(200) // the value is echoed cut, never in full
      }
    }
  })

  it('read the report files, each named by its own label', () => {
    const flags = program()
      .parse(['--json', 'j.json', '--markdown', 'm.md', '--junit', 'j.xml'], { from: 'user' })
      .opts()
    expect(flags).toMatchObject({ json: 'j.json', markdown: 'm.md', junit: 'j.xml' })
    expect(messageOf(() => readAction({ json: 'same.json', junit: 'same.json' }))).toBe(
      'input junit: "same.json" is also the json report'
    )
    const inputs = readAction({ markdown: 'm.md', junit: 'j.xml' })
    expect([inputs.json, inputs.markdown, inputs.junit]).toEqual([
      'callback-thread-guard-report.json',
      'm.md',
      'j.xml'
    ])
  })
})
