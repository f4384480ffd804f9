/**
 * Random reports with hostile strings in every field, read back (validated and judged), merged,
 * compared and rendered by every sink: nothing throws, no markup but ours reaches the Markdown, no
 * mention or link is left to notify anyone, the JUnit parses with a strict XML parser, and the log
 * holds no workflow command and no control byte. R18 of docs/robustness.md.
 *
 * `npm test` runs 2,000 reports with a fixed seed: the two defects the fuzzing found and six
 * weakened escapes, each seeded back, failed it within 75 runs. .ci/run adds 30,000 with a random
 * seed, which it prints: CTG_FUZZ_SEED=random CTG_FUZZ_RUNS=30000 npx jest
 * __tests__/robustness/fuzz-reports.test.ts (CTG_FUZZ_SEED=N replays one).
 */
import { describe, it } from '@jest/globals'
import fc from 'fast-check'
import { loadContract } from '../../src/grading/contracts/index.js'
import { compareReports } from '../../src/report/compare.js'
import { renderJunit } from '../../src/render/junit.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { mergeReports, parseReport } from '../../src/report/read/merge.js'
import type { Report } from '../../src/report/model.js'
import { overallVerdict, summarize } from '../../src/report/summarize.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { SCENARIOS } from '../../src/model/scenarios.js'
import { parseXmlStrictly } from './strict-xml.js'

const FIXED_SEED = 20261130
const SEED =
  process.env.CTG_FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.CTG_FUZZ_SEED ?? FIXED_SEED)
const RUNS = Number(process.env.CTG_FUZZ_RUNS ?? 2_000)
const MARKER = '<!-- callback-thread-guard:report-id=default -->'

/** Pieces an attacker or a clumsy user would put in a name: markup, commands, controls, wide text. */
const PIECES = [
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<details>',
  '**b**',
  '_i_',
  '[l](https://e.example)',
  '![i](x)',
  '|',
  '\n',
  '\r\n',
  '\t',
  '\u001b[31m',
  '\u001b]8;;https://e.example\u0007',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u009b',
  '::error::x',
  '::add-mask::secret',
  '::stop-commands::t',
  '%0A::warning::',
  '@team',
  '@octo/team',
  '#123',
  'GH-7',
  'https://evil.example/x',
  'www.evil.example',
  'a@b.example',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\ufffe',
  '`',
  '```',
  '$x$',
  '~~s~~',
  ']]>',
  '&amp;',
  '&#124;',
  // An entity reference no parser knows: xmlbuilder2 kept it, and the JUnit was not XML.
  '&A;',
  '"',
  "'",
  '\\',
  ':',
  ',',
  '宽字符',
  '👩‍💻',
  ' ',
  'x'
]

const hostile: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map(p => p.join(''))
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
)
const small = fc.nat({ max: 20 })
const factValue = fc.oneof(hostile, small, fc.boolean())

const sample = fc.record({
  task: fc.option(hostile),
  callback: fc.option(hostile),
  caller: fc.option(hostile)
})

const outcome = fc.record({
  facts: fc
    .record({
      registered: fc.constantFrom('pending', 'running', 'done', 'cancelled'),
      ranOn: fc.constantFrom(
        'task-thread',
        'caller-thread',
        'other-thread',
        'other-process',
        'never'
      ),
      inline: fc.boolean(),
      calls: fc.nat({ max: 3 }),
      extra: factValue
    })
    .map(({ extra, ...facts }) => ({ ...facts, note: extra })),
  count: fc.integer({ min: 1, max: 50 }),
  samples: fc.array(sample, { maxLength: 2 }),
  grade: fc.constantFrom('acceptable', 'interesting', 'forbidden'),
  rules: fc.array(hostile, { maxLength: 2 }),
  broken: fc.array(
    fc.record({
      rule: hostile,
      says: hostile,
      source: hostile,
      expected: fc.dictionary(hostile, fc.array(factValue, { maxLength: 2 }), { maxKeys: 2 }),
      observed: fc.dictionary(hostile, factValue, { maxKeys: 2 })
    }),
    { maxLength: 1 }
  )
})

const violation = fc.record({
  rule: hostile,
  says: hostile,
  source: hostile,
  count: small,
  expected: fc.dictionary(hostile, fc.array(factValue, { maxLength: 2 }), { maxKeys: 2 }),
  observed: fc.array(fc.dictionary(hostile, factValue, { maxKeys: 2 }), { maxLength: 2 }),
  samples: fc.array(sample, { maxLength: 2 })
})

/** A contract a file may carry, with hostile text wherever the schema takes any. */
const CUSTOM = 'custom-pool'
const customContract = fc.record({ says: hostile, title: hostile, source: hostile }).map(t => {
  const base = loadContract('thread-pool')
  return {
    ...base,
    name: CUSTOM,
    title: `${t.title}x`,
    sources: { ...base.sources, [`s${t.source}`]: `${t.source}x` },
    rules: base.rules.map(r => ({ ...r, says: `${t.says}x` }))
  }
})

const report = fc
  .record({
    targets: fc.array(
      fc.record({
        name: hostile,
        kind: fc.constantFrom('python', 'pool', 'command'),
        contract: fc.constantFrom('thread-pool', 'process-pool', 'event-loop', CUSTOM, 'missing'),
        runtime: fc.option(
          fc.record({ implementation: hostile, version: hostile, executor: hostile }),
          { nil: undefined }
        ),
        error: fc.option(hostile, { nil: undefined })
      }),
      { minLength: 1, maxLength: 2 }
    ),
    // Carried now and then: validating a contract costs more than the rest of a report.
    custom: fc.option(customContract, { freq: 4, nil: undefined }),
    cells: fc.array(
      fc.record({
        id: hostile,
        target: fc.option(hostile, { nil: undefined }),
        name: fc.option(hostile, { nil: undefined }),
        scenario: fc.constantFrom(...SCENARIOS),
        workers: small,
        tasks: small,
        callbackDelayMs: small,
        taskMs: small,
        callbacks: small,
        repeat: small,
        verdict: fc.constantFrom('pass', 'fail', 'error', 'skip'),
        reason: fc.option(hostile, { nil: undefined }),
        stderrTail: fc.option(fc.array(hostile, { maxLength: 2 }), { nil: undefined }),
        durationMs: small,
        stats: fc.dictionary(hostile, small, { maxKeys: 2 }),
        outcomes: fc.array(outcome, { maxLength: 2 }),
        violations: fc.array(violation, { maxLength: 2 })
      }),
      { minLength: 1, maxLength: 3 }
    )
  })
  .map(({ targets, custom, cells }) => {
    const stripped = (o: object) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
    return JSON.stringify({
      schemaVersion: 1,
      tool: { name: 'callback-thread-guard', version: '0.1.0' },
      verdict: 'pass',
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 10,
      summary: {
        cells: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        violations: 0,
        interesting: 0
      },
      targets: targets.map(stripped),
      contracts: custom === undefined ? {} : { [CUSTOM]: custom },
      // Most cells belong to a target of the file; some name one it does not have.
      cells: cells.map((c, i) =>
        stripped({ ...c, target: c.target ?? targets[i % targets.length]?.name })
      )
    })
  })

// eslint-disable-next-line no-control-regex -- finding control bytes is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/
const BIDI = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/
const OUR_TAGS = /<\/?(code|br|details|summary|sub)>/g

/** The problems of a Markdown document: markup that is not ours, notifiers, broken tables. */
function markdownProblems(markdown: string): string[] {
  const problems: string[] = []
  const lines = markdown.split('\n')
  if (lines[0] !== MARKER) problems.push('the marker is not the first line')
  let inChart = false
  let pipes: number | undefined
  for (const [i, line] of lines.entries()) {
    if (i === 0) continue
    if (line === '```mermaid' || (inChart && line === '```')) {
      inChart = !inChart
      continue
    }
    if (CONTROL.test(line)) problems.push(`a control character: ${JSON.stringify(line)}`)
    if (inChart) {
      // Node labels: only what mermaidText lets through, inside quotes.
      if (/\["[^"]*[<>`[\]]/.test(line)) problems.push(`a chart label escaped: ${line}`)
      continue
    }
    if (line.includes('```')) problems.push(`a code fence: ${line}`)
    if (line.replace(OUR_TAGS, '').includes('<')) problems.push(`HTML: ${line}`)
    if (/@[A-Za-z0-9_]/.test(line)) problems.push(`a mention: ${line}`)
    if (/(?<!&)#\d/.test(line)) problems.push(`an issue reference: ${line}`)
    if (/\bGH-\d/i.test(line)) problems.push(`an issue reference: ${line}`)
    if (/:\/\/|\bwww\.\S/i.test(line)) problems.push(`a link: ${line}`)
    if (/(?<!\\)[*_~`$[\]]/.test(line.replace(/\*\*(?:\\.|[^*\\])+\*\*/g, '')))
      // Our own emphasis is **word** (a field in it escaped: **\*\*b\*\***); anything else
      // unescaped is markup from a field.
      problems.push(`unescaped Markdown: ${line}`)
    if (line.startsWith('|')) {
      const count = line.match(/(?<!\\)\|/g)?.length ?? 0
      pipes ??= count
      if (count !== pipes) problems.push(`a table row with ${count} pipes, not ${pipes}: ${line}`)
    } else pipes = undefined
  }
  return problems
}

describe('random hostile reports through merge and every renderer', () => {
  it(`R18 ${RUNS.toLocaleString('en-US')} reports: no throw, only our markup, XML that parses, a clean log`, () => {
    if (process.env.CTG_FUZZ_SEED === 'random') process.stdout.write(`CTG_FUZZ_SEED=${SEED}\n`)
    fc.assert(
      fc.property(
        fc.array(report, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (files, trust) => {
          const sources = files.map((text, i) => ({
            path: `reports/job-${i}/report.json`,
            report: parseReport(text, { trustedContracts: trust ? [CUSTOM] : [] })
          }))
          const merged: Report = mergeReports(sources)
          // Plain checks and one throw: an expect() per line costs more than the rest of a run.
          const problems: string[] = []
          // Derived, never read: the verdict is what the cells' own grading says.
          if (merged.verdict !== overallVerdict(summarize(merged.cells)))
            problems.push(`verdict ${merged.verdict} is not derived from the cells`)
          for (const c of merged.cells)
            if (c.violations.length > 0 && c.verdict !== 'fail')
              problems.push(`${c.id} has violations and says ${c.verdict}`)

          const diff = compareReports(merged, (sources[0] as { report: Report }).report)
          const markdown = renderReport(merged, { marker: MARKER, diff })
          for (const p of markdownProblems(markdown)) problems.push(p)
          const cut = renderReport(merged, {
            marker: MARKER,
            diff,
            limit: { max: 3_000, label: 'a small limit' }
          })
          for (const p of markdownProblems(cut)) problems.push(p)

          for (const line of renderTerminal(merged).split('\n')) {
            if (CONTROL.test(line))
              problems.push(`a control byte in the log: ${JSON.stringify(line)}`)
            if (BIDI.test(line)) problems.push(`a bidi control in the log: ${JSON.stringify(line)}`)
            if (/^\s*::/.test(line)) problems.push(`a workflow command in the log: ${line}`)
          }
          try {
            parseXmlStrictly(renderJunit(merged))
          } catch (error) {
            problems.push(`JUnit is not XML: ${(error as Error).message}`)
          }
          if (problems.length > 0) throw new Error(problems.join('\n'))
        }
      ),
      { seed: SEED, numRuns: RUNS }
    )
  }, 1_800_000)
})
