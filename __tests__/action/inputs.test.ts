/**
 * Inputs, event context, globs and the comment decision: the parts of the action that decide
 * before anything runs.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunContext } from '../../src/sinks/github/context.js'
import { expandGlobs } from '../../src/action/glob.js'
import { readInputs } from '../../src/action/inputs.js'
import { commentDecision } from '../../src/sinks/github/sticky-comment.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readInputs(reader({}))).toEqual({
      overrides: {},
      json: 'callback-thread-guard-report.json',
      token: '',
      reportId: 'default',
      title: 'callback-thread-guard',
      checkRun: false,
      comment: 'always',
      failOn: 'violation',
      reports: [],
      baseline: { mode: 'auto' },
      baselineArtifact: 'callback-thread-guard-report',
      trustedContracts: [],
      ignoredEngineInputs: []
    })
  })

  it('reads baseline as auto, none or a report file, and the artifact name', () => {
    expect(readInputs(reader({ baseline: 'none' })).baseline).toEqual({ mode: 'none' })
    expect(readInputs(reader({ baseline: ' auto ' })).baseline).toEqual({ mode: 'auto' })
    expect(readInputs(reader({ baseline: 'package.json' })).baseline).toEqual({
      mode: 'file',
      path: 'package.json'
    })
    expect(readInputs(reader({ 'baseline-artifact': 'guard-main' })).baselineArtifact).toBe(
      'guard-main'
    )
  })

  it('turns engine inputs into overrides', () => {
    const inputs = readInputs(
      reader({
        workers: '2, 4',
        scenarios: 'done\nrunning',
        'python-path': 'a,b',
        repeat: '3',
        executor: 'm:E'
      })
    )
    expect(inputs.overrides).toEqual({
      workers: [2, 4],
      scenarios: ['done', 'running'],
      pythonPath: ['a', 'b'],
      repeat: 3,
      executor: 'm:E'
    })
  })

  it.each([
    [
      { comment: 'sometimes' },
      'input comment: expected one of always, on-failure, changes, update-only, never, got "sometimes"'
    ],
    [
      { 'fail-on': 'any' },
      'input fail-on: expected one of violation, new-violation, never, got "any"'
    ],
    [{ workers: '4,x' }, 'input workers: expected whole numbers separated by commas, got "x"'],
    [
      { tasks: '4,,8' },
      'input tasks: expected a comma-separated list without empty items, got "4,,8"'
    ],
    [{ repeat: '2,3' }, 'input repeat: expected a whole number, got "2,3"'],
    [{ 'pull-request': '#12' }, 'input pull-request: expected a pull request number, got "#12"'],
    [
      { 'report-id': 'a\u0007b' },
      'input report-id: must not contain line breaks or control characters'
    ],
    [{ json: 'r.json', junit: './r.json' }, 'input junit: "./r.json" is also the json report'],
    [
      { 'baseline-artifact': 'a/b' },
      'input baseline-artifact: an artifact name has none of " : < > | * ? \\ / or control characters, got "a/b"'
    ]
  ])('refuses %j in one line', (values, message) => {
    expect(() => readInputs(reader(values))).toThrow(message)
  })

  it('ignores (and names) engine inputs when reports are merged', () => {
    const inputs = readInputs(
      reader({ reports: 'a/*.json\n\nb/*.json', workers: '4', config: 'c.yml' })
    )
    expect(inputs.reports).toEqual(['a/*.json', 'b/*.json'])
    expect(inputs.overrides).toEqual({})
    expect(inputs.config).toBeUndefined()
    expect(inputs.ignoredEngineInputs).toEqual(['config', 'workers'])
  })
})

describe('readRunContext', () => {
  const withPayload = (payload: object, env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-ctx-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
    return readRunContext({
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'o/r',
      ...env
    })
  }

  it('finds the pull request, its head commit and whether it comes from a fork', () => {
    const pr = (headRepo: string | null) => ({
      pull_request: {
        number: 5,
        head: { sha: 'abc1234', repo: headRepo === null ? null : { full_name: headRepo } }
      },
      repository: { full_name: 'o/r' }
    })
    expect(withPayload(pr('o/r')).pullRequest).toEqual({
      number: 5,
      headSha: 'abc1234',
      fromFork: false
    })
    expect(withPayload(pr('fork/r')).pullRequest).toMatchObject({ fromFork: true })
    expect(withPayload(pr(null)).pullRequest).toMatchObject({ fromFork: true })
  })

  it('finds the pull request of a comment or a workflow_run, and none for a push', () => {
    expect(withPayload({ issue: { number: 9, pull_request: {} } }).pullRequest?.number).toBe(9)
    expect(withPayload({ issue: { number: 9 } }).pullRequest).toBeUndefined()
    expect(
      withPayload({ workflow_run: { event: 'pull_request', pull_requests: [{ number: 3 }] } })
        .pullRequest?.number
    ).toBe(3)
    expect(
      withPayload({ workflow_run: { event: 'push', pull_requests: [{ number: 3 }] } }).pullRequest
    ).toBeUndefined()
    expect(withPayload({ ref: 'refs/heads/main' }).pullRequest).toBeUndefined()
  })

  it('takes the pull-request input over the event, and builds the run URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-ctx-'))
    writeFileSync(
      join(dir, 'event.json'),
      '{"workflow_run": {"event": "pull_request", "pull_requests": []}}'
    )
    const context = readRunContext(
      { GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' },
      12
    )
    expect(context).toMatchObject({
      owner: 'o',
      repo: 'r',
      pullRequest: { number: 12, fromFork: false },
      runUrl: 'https://github.com/o/r/actions/runs/77'
    })
  })
})

describe('expandGlobs', () => {
  it('matches *, ? and ** and sorts the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctg-glob-'))
    for (const f of [
      'r/a/report.json',
      'r/b/c/report.json',
      'r/x1.json',
      'r/.hidden/report.json',
      'r/a/notes.txt'
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true })
      writeFileSync(join(dir, f), '{}')
    }
    expect(expandGlobs([`${dir}/r/**/*.json`]).map(p => p.slice(dir.length + 1))).toEqual([
      'r/a/report.json',
      'r/b/c/report.json',
      'r/x1.json'
    ])
    expect(
      expandGlobs([`${dir}/r/*/report.json`, `${dir}/r/x?.json`]).map(p => p.slice(dir.length + 1))
    ).toEqual(['r/a/report.json', 'r/x1.json'])
    expect(expandGlobs([`${dir}/r/**`]).length).toBe(4)
    expect(expandGlobs([`${dir}/nothing/*.json`])).toEqual([])
  })
})

describe('commentDecision', () => {
  it('posts, only updates, or skips', () => {
    expect(commentDecision('always', false)).toBe('post')
    expect(commentDecision('on-failure', true)).toBe('post')
    expect(commentDecision('on-failure', false)).toBe('update')
    expect(commentDecision('update-only', true)).toBe('update')
    expect(commentDecision('never', true)).toBe('skip')
    // changes: post when something changed against the baseline, else only update.
    expect(commentDecision('changes', true, false)).toBe('update')
    expect(commentDecision('changes', false, true)).toBe('post')
  })

  it('titles the report by the input, else by the report id', () => {
    expect(readInputs(reader({ 'comment-title': 'Thread guard: py3.13' })).title).toBe(
      'Thread guard: py3.13'
    )
    expect(readInputs(reader({ 'report-id': 'nightly' })).title).toBe(
      'callback-thread-guard (nightly)'
    )
    expect(() => readInputs(reader({ 'check-run': 'yes' }))).toThrow(
      'input check-run: expected one of true, false, got "yes"'
    )
    expect(() => readInputs(reader({ 'comment-title': 'a\nb' }))).toThrow(
      'input comment-title: must not contain line breaks or control characters'
    )
  })
})
