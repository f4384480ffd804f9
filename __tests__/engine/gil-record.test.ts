/**
 * The GIL on record (issue 22): each Python runtime says its build and whether the GIL was enabled
 * before the executor's import, after it and at the end, on the real interpreters here (default
 * builds: GIL on). This machine has no free-threaded build, so a stand-in fixture
 * (fixtures/python/gil_reenabling.py) makes the interpreter look like one whose GIL its import
 * enabled, exactly what the probe observes then; every sink must warn, and
 * --require-free-threading must make the pass an error (exit code 3).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { exitCodeOf } from '../../src/cli/main.js'
import { renderJson } from '../../src/render/json.js'
import { mergeReports, parseReport } from '../../src/report/read/merge.js'
import { renderJunit } from '../../src/render/junit.js'
import { renderMarkdown } from '../../src/render/markdown/report.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { judgeStep } from '../../src/sinks/github/step-status.js'
import { PYTHON_FIXTURES, runWith } from '../helpers/engine.js'

const pyenv = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions')
const real = [
  ['pyenv 3.8', join(pyenv, '3.8.18', 'bin', 'python'), 'build'],
  ['pyenv 3.13', join(pyenv, '3.13.0', 'bin', 'python'), 'sys._is_gil_enabled'],
  ["Debian's python3", '/usr/bin/python3', undefined]
] as const
const present = real.filter(([, path]) => existsSync(path))

const small = { scenarios: ['done'], workers: [2], tasks: [4], taskMs: [0] }
const WARNING =
  'this run did not test a free-threaded runtime: importing gil_reenabling enabled the GIL'
/** As Markdown writes it: the module's underscore escaped. */
const WARNING_MD = WARNING.replace('_', '\\_')

async function runReenabling(require: boolean) {
  return runWith({
    ...small,
    executor: 'gil_reenabling:Executor',
    pythonPath: [PYTHON_FIXTURES],
    ...(require ? { requireFreeThreading: true } : {})
  })
}

describe('the GIL on record', () => {
  it('finds the interpreters it names', () => {
    expect(present.length).toBeGreaterThanOrEqual(1)
  })

  it.each(present.map(r => [r[0], r] as const))(
    '%s: a default build, GIL on before the import, after it and at the end; no warning',
    async (_label, [, python, observedWith]) => {
      const report = await runWith({ ...small, python })
      const gil = report.targets[0]?.runtime?.gil
      expect(gil).toMatchObject({
        build: 'default',
        beforeImport: true,
        afterImport: true,
        atEnd: true
      })
      if (observedWith !== undefined) expect(gil?.observedWith).toBe(observedWith)
      expect(report.warnings).toBeUndefined()
      expect(report.verdict).toBe('pass')
      expect(renderTerminal(report)).toMatch(/GIL: default build/)
    }
  )

  it('a free-threaded build whose GIL the import enabled is a warning in every sink', async () => {
    const report = await runReenabling(false)
    expect(report.targets[0]?.runtime?.gil).toMatchObject({
      build: 'free-threaded',
      afterImport: true,
      atEnd: true,
      observedWith: 'sys._is_gil_enabled'
    })
    // A warning, not an error: the cells passed, and so does the run.
    expect(report.verdict).toBe('pass')
    expect(exitCodeOf(report)).toBe(0)
    const name = report.targets[0]?.name ?? ''

    const terminal = renderTerminal(report)
    expect(terminal).toContain(`${name}: WARNING: ${WARNING}`)
    expect(terminal).toMatch(/t, gil_reenabling:Executor; GIL: free-threaded build/)

    const markdown = renderMarkdown(report)
    expect(markdown).toContain(`- ⚠️ **Warning:** ${WARNING_MD}.`)
    // With several targets, the grid's column header names the free-threaded version.
    const runtime = report.targets[0]?.runtime
    const two = {
      ...report,
      targets: [
        ...report.targets,
        {
          ...(report.targets[0] as (typeof report.targets)[number]),
          name: 'plain',
          runtime: { ...runtime, gil: undefined }
        }
      ],
      cells: [
        ...report.cells,
        ...report.cells.map(c => ({ ...c, id: `${c.id}p`, target: 'plain' }))
      ]
    } as typeof report
    const header = renderMarkdown(two)
      .split('\n')
      .find(l => l.startsWith('| experiment |'))
    expect(header).toBe(
      `| experiment | ran on | ${name} <sub>${runtime?.version ?? ''}t, GIL on</sub> | plain |`
    )

    const json = JSON.parse(renderJson(report)) as { warnings?: unknown }
    expect(json.warnings).toEqual([
      { kind: 'gil-enabled', level: 'warning', target: name, message: WARNING }
    ])

    const junit = renderJunit(report)
    expect(junit).toMatch(
      /<testcase[^>]*name="free-threaded runtime"[^>]*>\s*<system-out>WARNING: this run did not test a free-threaded runtime: importing gil_reenabling enabled the GIL<\/system-out>/
    )
    expect(junit).toMatch(
      /<property name="gil" value="GIL: free-threaded build; [^"]*on after it, on at the end"\/>/
    )
    expect(junit).not.toContain('<error')

    // The Action: the step passes, with the warning as an annotation.
    const step = judgeStep({ report, diff: undefined }, 'violation')
    expect(step.failure).toBeUndefined()
    expect(step.warnings).toEqual([expect.stringContaining(`${name}: ${WARNING}`)])
  })

  it('--require-free-threading makes it an error: verdict error, exit code 3, every sink says so', async () => {
    const report = await runReenabling(true)
    expect(report.cells.every(c => c.verdict === 'pass')).toBe(true)
    expect(report.verdict).toBe('error')
    expect(exitCodeOf(report)).toBe(3)
    expect(report.warnings?.[0]).toMatchObject({ level: 'error', message: WARNING })
    expect(renderTerminal(report)).toContain(`ERROR: ${WARNING}`)
    expect(renderMarkdown(report)).toContain(`- ❌ **Error:** ${WARNING_MD}.`)
    expect(judgeStep({ report, diff: undefined }, 'violation').failure).toContain(
      `${report.targets[0]?.name ?? ''}: ${WARNING}`
    )
    expect(renderJunit(report)).toMatch(
      /<error message="this run did not test a free-threaded runtime: importing gil_reenabling enabled the GIL">/
    )
  })

  it('the option does nothing to a default build', async () => {
    const report = await runWith({ ...small, requireFreeThreading: true })
    expect(report.verdict).toBe('pass')
    expect(report.warnings).toBeUndefined()
  })

  it('read back from report files, the warning is derived again from the GIL record, never taken from the file', async () => {
    const required = await runReenabling(true)
    const warned = await runReenabling(false)
    const again = parseReport(renderJson(required))
    expect(again.verdict).toBe('error')
    expect(again.warnings?.[0]).toMatchObject({ level: 'error', message: WARNING })
    // A file whose warning says something else gets the record's words; one without a GIL
    // record gets none, whatever it claims.
    const claimed = JSON.parse(renderJson(warned)) as { warnings: { message: string }[] }
    for (const w of claimed.warnings) w.message = 'something else'
    expect(parseReport(JSON.stringify(claimed)).warnings?.[0]?.message).toBe(WARNING)
    const plain = JSON.parse(renderJson(warned)) as {
      targets: { runtime: { gil?: unknown } }[]
    }
    for (const t of plain.targets) delete t.runtime.gil
    expect(parseReport(JSON.stringify(plain)).warnings).toBeUndefined()
    // Merged (a workflow matrix): renamed targets keep their warnings; an error stays one.
    const merged = mergeReports([
      { path: 'a/report.json', report: parseReport(renderJson(warned)) },
      { path: 'b/report.json', report: parseReport(renderJson(required)) }
    ])
    expect(merged.warnings?.map(w => [w.target, w.level])).toEqual([
      ['a', 'error'],
      ['b', 'error']
    ])
    expect(merged.verdict).toBe('error')
  })

  /**
   * A command probe that says hello with `runtime` and, when `end` is given, answers bye with
   * that end message; it runs no scenario (its cells are skipped).
   */
  function commandProbe(runtime: object, end: object | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-gil-'))
    const script = join(dir, 'probe.py')
    const hello = { type: 'hello', protocol: 1, runtime, scenarios: [] }
    writeFileSync(
      script,
      [
        'import json, sys',
        `print(${JSON.stringify(JSON.stringify(hello))}, flush=True)`,
        'for line in sys.stdin:',
        '    if json.loads(line).get("type") == "bye":',
        end === undefined
          ? '        break'
          : `        print(${JSON.stringify(JSON.stringify(end))}, flush=True); break`,
        ''
      ].join('\n')
    )
    return `python3 ${script}`
  }

  const runtime = { implementation: 'CPython', version: '3.14.0', executor: 'mod:Pool' }

  it('the end message says the GIL at the end: on only then is a warning too', async () => {
    const probe = commandProbe(
      {
        ...runtime,
        gil: {
          build: 'free-threaded',
          beforeImport: false,
          afterImport: false,
          observedWith: 'sys._is_gil_enabled'
        }
      },
      { type: 'end', gil: { atEnd: true } }
    )
    const report = await runWith({ ...small, probe })
    expect(report.targets[0]?.runtime?.gil?.atEnd).toBe(true)
    expect(report.warnings?.[0]?.message).toBe(
      'this run did not test a free-threaded runtime: the GIL was enabled during the run (after importing mod)'
    )
    expect(renderTerminal(report)).toContain(
      'CPython 3.14.0t, mod:Pool; GIL: free-threaded build; off before'
    )
  })

  it('a free-threaded runtime whose GIL stayed off: no warning, even with the option', async () => {
    const gil = {
      build: 'free-threaded',
      beforeImport: false,
      afterImport: false,
      observedWith: 'sys._is_gil_enabled'
    }
    const probe = commandProbe({ ...runtime, gil }, { type: 'end', gil: { atEnd: false } })
    const report = await runWith({ ...small, probe, requireFreeThreading: true })
    expect(report.targets[0]?.runtime?.gil).toEqual({ ...gil, atEnd: false })
    expect(report.warnings).toBeUndefined()
    // The verdict is the one the cells give (every cell skipped), as without the option.
    expect(report.verdict).toBe((await runWith({ ...small, probe })).verdict)
  })

  it('a probe without the GIL record or the end message still speaks the protocol', async () => {
    const report = await runWith({ ...small, probe: commandProbe(runtime, undefined) })
    expect(report.targets[0]?.runtime).toEqual(runtime)
    expect(report.targets[0]?.error).toBeUndefined()
    expect(report.warnings).toBeUndefined()
  })
})
