/**
 * A report file is validated in place by code generated from its one schema (model.ts), and that
 * code answers as zod does: the same files accepted and refused, and what it accepts equal to
 * zod's copy (key order aside). The generated file is what the schema generates now: a change to
 * the schema fails here until `npm run generate` (scripts/generate/report-validator.ts) writes it
 * again.
 *
 * The property test mutates valid reports (wrong types, missing fields, extra keys such as
 * `__proto__`, huge and infinite numbers, negative and fractional counts, too many samples, bad
 * enums) with a fixed seed; CTG_FUZZ_SEED=random (printed) or =N and CTG_FUZZ_RUNS=N run others.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { loadContract } from '../../src/grading/contracts/index.js'
import { judgeReport } from '../../src/report/read/judge.js'
import { parseReport } from '../../src/report/read/merge.js'
import { reportFileSchema } from '../../src/report/model.js'
import { validateInPlace } from '../../src/report/read/validate.js'
import { SCENARIOS } from '../../src/model/scenarios.js'
import {
  readReportValidator,
  renderReportValidator
} from '../../scripts/generate/report-validator.js'

const FIXED_SEED = 20261201
const SEED =
  process.env.CTG_FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.CTG_FUZZ_SEED ?? FIXED_SEED)
const RUNS = Number(process.env.CTG_FUZZ_RUNS ?? 1_000)

/** JSON text cannot say Infinity; this string is replaced by `1e999` in the text, after stringify. */
const INFINITE = '\u0000infinite'
const NEG_INFINITE = '\u0000-infinite'

/** The value as canonical text: keys sorted, own `__proto__` keys kept, undefined left out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!prototype '
    const entries = Object.keys(value)
      .sort()
      .filter(k => (value as Record<string, unknown>)[k] !== undefined)
      .map(k => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
    return `${proto}{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Both validators on their own fresh parse of the text: what each accepts, as canonical text, or
 * the problems zod finds. A refusal is worded by zod on the value the generated code left (it may
 * have deleted keys and filled defaults on its way): the same problems zod finds in the file.
 */
function bothOn(text: string): { fast: string; zod: string } {
  const value: unknown = JSON.parse(text)
  const fast = validateInPlace(value)
  const zod = reportFileSchema.safeParse(JSON.parse(text))
  const problems = (result: { error?: { issues: unknown[] } }) =>
    `refused: ${JSON.stringify(result.error?.issues)}`
  return {
    fast: fast === undefined ? problems(reportFileSchema.safeParse(value)) : canonical(fast),
    zod: zod.success ? canonical(zod.data) : problems(zod)
  }
}

const text = fc.string({ maxLength: 6 })
const small = fc.nat({ max: 20 })
const factValue = fc.oneof(text, small, fc.boolean())
const sample = fc.record({
  task: fc.option(text),
  callback: fc.option(text),
  caller: fc.option(text)
})
const outcome = fc.record(
  {
    facts: fc.record(
      {
        registered: fc.constantFrom('pending', 'running', 'not-done', 'done', 'cancelled'),
        ranOn: fc.constantFrom('task-thread', 'caller-thread', 'other-thread', 'never'),
        inline: fc.boolean(),
        calls: fc.nat({ max: 3 }),
        order: fc.constantFrom('in-order', 'out-of-order'),
        cancelled: fc.boolean(),
        note: factValue
      },
      { requiredKeys: ['registered', 'ranOn', 'inline', 'calls'] }
    ),
    count: fc.integer({ min: 0, max: 50 }),
    // Left out now and then: zod fills it in.
    samples: fc.array(sample, { maxLength: 3 }),
    grade: fc.constantFrom('acceptable', 'interesting', 'forbidden'),
    rules: fc.array(text, { maxLength: 2 }),
    broken: fc.array(
      fc.record({
        rule: text,
        says: text,
        source: text,
        expected: fc.dictionary(text, fc.array(factValue, { maxLength: 2 }), { maxKeys: 2 }),
        observed: fc.dictionary(text, factValue, { maxKeys: 2 })
      }),
      { maxLength: 1 }
    )
  },
  { requiredKeys: ['facts', 'count', 'grade', 'rules', 'broken'] }
)
const violation = fc.record({
  rule: text,
  says: text,
  source: text,
  count: small,
  expected: fc.dictionary(text, fc.array(factValue, { maxLength: 2 }), { maxKeys: 2 }),
  observed: fc.array(fc.dictionary(text, factValue, { maxKeys: 2 }), { maxLength: 2 }),
  samples: fc.array(sample, { maxLength: 2 })
})
const cell = fc.record(
  {
    id: text,
    target: text,
    name: text,
    scenario: fc.constantFrom(...SCENARIOS),
    workers: small,
    tasks: small,
    callbackDelayMs: small,
    taskMs: small,
    callbacks: small,
    repeat: small,
    verdict: fc.constantFrom('pass', 'fail', 'error', 'skip'),
    reason: text,
    stderrTail: fc.array(text, { maxLength: 2 }),
    notes: fc.array(text, { maxLength: 2 }),
    durationMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
    stats: fc.dictionary(text, fc.integer(), { maxKeys: 2 }),
    outcomes: fc.array(outcome, { maxLength: 2 }),
    violations: fc.array(violation, { maxLength: 1 }),
    // Derived by judging, never read: zod strips them.
    dispute: text
  },
  {
    requiredKeys: [
      'id',
      'target',
      'scenario',
      'workers',
      'tasks',
      'callbackDelayMs',
      'taskMs',
      'callbacks',
      'repeat',
      'verdict',
      'durationMs',
      'stats',
      'outcomes',
      'violations'
    ]
  }
)
const target = fc.record(
  {
    name: text,
    kind: fc.constantFrom('python', 'pool', 'command'),
    contract: fc.constantFrom('thread-pool', 'custom'),
    contractReason: text,
    runtime: fc.record(
      { implementation: text, version: text, executor: text, platform: text, extra: factValue },
      { requiredKeys: ['implementation', 'version', 'executor'] }
    ),
    error: text
  },
  { requiredKeys: ['name', 'kind', 'contract'] }
)
const custom = { ...loadContract('thread-pool'), name: 'custom' }

const report = fc.record({
  targets: fc.array(target, { maxLength: 2 }),
  cells: fc.array(cell, { maxLength: 3 }),
  // Now and then: zod checks contracts itself, and one holds more paths to mutate than the rest.
  contracts: fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.constant({ custom }) }
  ),
  durationMs: fc.nat({ max: 1000 })
})
const validReport = report.map(r => ({
  schemaVersion: 1,
  tool: { name: 'callback-thread-guard', version: '0.1.0' },
  verdict: 'pass',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: r.durationMs,
  summary: { cells: 0, passed: 0, failed: 0, errors: 0, skipped: 0, violations: 0, interesting: 0 },
  targets: r.targets,
  contracts: r.contracts,
  cells: r.cells
}))

/** Values that are the wrong type, out of range, or not numbers at all, for any field. */
const WRONG = [
  null,
  true,
  '',
  'bogus',
  0,
  -1,
  1.5,
  -0.5,
  2 ** 53,
  1e308,
  INFINITE,
  NEG_INFINITE,
  [],
  [1],
  {},
  { a: 1 }
]
const EXTRA_KEYS = ['__proto__', 'constructor', 'toString', 'extra', 'hasOwnProperty', 'dispute']

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = (string | number)[]

/** Every path into the value, the root first. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const paths: Path[] = [path]
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...path, i])))
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...path, k]))
  return paths
}

/** Sets an own property, `__proto__` included (an assignment would set the prototype). */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'extra', 'grow', 'enum'),
  wrong: fc.constantFrom(...WRONG),
  key: fc.constantFrom(...EXTRA_KEYS)
})

/** The value with one mutation applied at one of its paths (in place; the value is a copy). */
function applyMutation(
  root: Json,
  m: { at: number; kind: string; wrong: unknown; key: string }
): Json {
  const paths = pathsOf(root)
  const path = paths[m.at % paths.length] as Path
  if (path.length === 0 && m.kind !== 'extra') return root
  const parent = path
    .slice(0, -1)
    .reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, root)
  const last = path.at(-1)
  const node =
    last === undefined ? root : ((parent as Record<string, Json>)[last as string] as Json)
  // A copy: the wrong values are shared by every run, and a later mutation may reach into one.
  const wrong: unknown = structuredClone(m.wrong)
  switch (m.kind) {
    case 'replace':
      setOwn(parent as object, last as string, wrong)
      break
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1)
      else Reflect.deleteProperty(parent as object, last as string)
      break
    case 'extra':
      if (node !== null && typeof node === 'object' && !Array.isArray(node))
        setOwn(node, m.key, wrong)
      else if (!Array.isArray(parent)) setOwn(parent as object, m.key, wrong)
      break
    case 'grow':
      // Past the ten samples an outcome may keep, or just longer.
      if (Array.isArray(node) && node.length > 0)
        while (node.length < 11) node.push(node[0] as Json)
      break
    case 'enum':
      if (typeof node === 'string') setOwn(parent as object, last as string, `${node}-not`)
      break
  }
  return root
}

function textOf(value: Json): string {
  return JSON.stringify(value)
    .replaceAll(JSON.stringify(INFINITE), '1e999')
    .replaceAll(JSON.stringify(NEG_INFINITE), '-1e999')
}

describe('the report file validator', () => {
  it('is what src/report/model.ts generates, byte for byte', () => {
    const committed = readReportValidator()
    if (committed !== renderReportValidator())
      throw new Error(
        'src/report/read/report-file.generated.ts is not what src/report/model.ts generates now: run `npm run generate` and commit it'
      )
    expect(committed).toBe(renderReportValidator())
  })

  it('accepts what zod accepts, as the same value, and refuses the rest with its words, on mutated reports', () => {
    if (process.env.CTG_FUZZ_SEED === 'random') console.log(`validate-report seed ${SEED}`)
    let accepted = 0
    fc.assert(
      fc.property(validReport, fc.array(mutation, { minLength: 0, maxLength: 3 }), (r, ms) => {
        let value = JSON.parse(JSON.stringify(r)) as Json
        for (const m of ms) value = applyMutation(value, m)
        const { fast, zod } = bothOn(textOf(value))
        if (!zod.startsWith('refused: ')) accepted += 1
        expect(fast).toBe(zod)
      }),
      { seed: SEED, numRuns: RUNS }
    )
    // Both answers are exercised: a generator that only made bad (or good) reports proves little.
    expect(accepted).toBeGreaterThan(RUNS / 10)
    expect(accepted).toBeLessThan(RUNS - RUNS / 10)
  })

  const cases: [string, (r: Record<string, Json>) => void][] = [
    [
      'an own __proto__ key in a cell, its stats, facts and runtime',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        setOwn(c, '__proto__', { polluted: true })
        setOwn(c.stats as object, '__proto__', 'not a number')
        const o = (c.outcomes as Record<string, Json>[])[0] as Record<string, Json>
        setOwn(o.facts as object, '__proto__', [1])
        setOwn((r.targets as Record<string, Json>[])[0]?.runtime as object, '__proto__', { a: 1 })
      }
    ],
    [
      'a constructor key in a cell and in its stats',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        setOwn(c, 'constructor', 1)
        setOwn(c.stats as object, 'constructor', 2)
      }
    ],
    [
      'a count of 1e999',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        c.workers = INFINITE
      }
    ],
    [
      'a stat of -1e999',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        ;(c.stats as Record<string, Json>).x = NEG_INFINITE
      }
    ],
    [
      'a count past the safe integers',
      r => {
        ;(r.summary as Record<string, Json>).cells = 2 ** 53
      }
    ],
    [
      'eleven samples',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        const o = (c.outcomes as Record<string, Json>[])[0] as Record<string, Json>
        o.samples = Array.from({ length: 11 }, () => ({ task: 'a', callback: 'b', caller: null }))
      }
    ],
    [
      'no samples',
      r => {
        const c = (r.cells as Record<string, Json>[])[0] as Record<string, Json>
        delete ((c.outcomes as Record<string, Json>[])[0] as Record<string, Json>).samples
      }
    ]
  ]
  it.each(cases)('agrees with zod on %s', (_name, change) => {
    const r = JSON.parse(
      JSON.stringify(
        fc.sample(
          validReport.filter(
            v =>
              v.cells.some(c => (c.outcomes ?? []).length > 0) &&
              v.targets.some(t => t.runtime !== undefined)
          ),
          { seed: 7, numRuns: 1 }
        )[0]
      )
    ) as Record<string, Json>
    change(r)
    const { fast, zod } = bothOn(textOf(r))
    expect(fast).toBe(zod)
  })

  it('leaves no own __proto__ key and no unknown key in what it accepts', () => {
    const file = `{"schemaVersion":1,"tool":{"name":"callback-thread-guard","version":"1","__proto__":{"x":1}},"verdict":"pass","startedAt":"t","durationMs":0,"summary":{"cells":0,"passed":0,"failed":0,"errors":0,"skipped":0,"violations":0,"interesting":0},"targets":[],"contracts":{},"cells":[],"__proto__":{"polluted":true},"extra":1}`
    const value = validateInPlace(JSON.parse(file)) as unknown as Record<string, unknown>
    expect(value).toBeDefined()
    expect(Object.hasOwn(value, '__proto__')).toBe(false)
    expect(Object.hasOwn(value.tool as object, '__proto__')).toBe(false)
    expect(Object.hasOwn(value, 'extra')).toBe(false)
    expect(canonical(value)).toBe(canonical(reportFileSchema.parse(JSON.parse(file))))
  })

  it("refuses with zod's words: the field and the problem", () => {
    const file = JSON.parse(textOf(fc.sample(validReport, { seed: 3, numRuns: 1 })[0] as Json))
    file.summary.cells = INFINITE
    expect(() => parseReport(textOf(file))).toThrow(
      /^not a callback-thread-guard JSON report: summary\.cells: /
    )
  })

  // Key order: validated in place, an object keeps the file's order where zod's copy had the
  // schema's. JSON objects are unordered, and a report this tool wrote has its facts in the
  // schema's order (the only keys a renderer lists in order: an unlisted outcome's facts), so it
  // reads back as zod read it, its cells in the order the engine writes them in.
  const fixtures = join(import.meta.dirname, '..', 'browser', 'fixtures')
  const files = ['current', 'baseline'].flatMap(run =>
    readdirSync(join(fixtures, run)).map(dir => join(run, dir))
  )
  it.each(files)('reads a report this tool wrote as zod did, in its own key order: %s', run => {
    const text = readFileSync(join(fixtures, run, 'report.json'), 'utf8')
    const before = judgeReport(reportFileSchema.parse(JSON.parse(text)))
    const now = parseReport(text)
    expect(canonical(now)).toBe(canonical(before))
    const written = (JSON.parse(text) as { cells: object[] }).cells.map(c => Object.keys(c))
    now.cells.forEach((c, i) =>
      expect(Object.keys(c).slice(0, written[i]!.length)).toEqual(written[i])
    )
  })
})
