/**
 * Every workflow that runs the action, in .github/workflows/ and in the examples of README.md and
 * docs/, runs it on a runner it supports (Linux: the step fails at once on macOS and Windows,
 * src/action/main.ts). A matrix's `runs-on: ${{ matrix.os }}` is checked for every value.
 */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const { collectWorkflows } = (await import(join(ROOT, 'scripts/workflows.mjs'))) as {
  collectWorkflows: (root: string) => { path: string; firstLine: number; text: string }[]
}

interface Job {
  'runs-on'?: unknown
  strategy?: { matrix?: Record<string, unknown> }
  steps?: { uses?: string }[]
}

/** A runner label's operating system, as GitHub's hosted labels name it; self-hosted says `linux`. */
function systemOf(labels: string[]): string {
  if (labels.some(l => /^ubuntu-/.test(l) || l.toLowerCase() === 'linux')) return 'linux'
  if (labels.some(l => /^windows-/.test(l) || l.toLowerCase() === 'windows')) return 'windows'
  if (labels.some(l => /^macos-/.test(l) || l.toLowerCase() === 'macos')) return 'macos'
  return `unknown (${labels.join(', ')})`
}

/** The label sets a job's runs-on takes, with ${{ matrix.KEY }} replaced by each of its values. */
function labelSets(job: Job): string[][] {
  const runsOn = job['runs-on']
  const raw: string[] = Array.isArray(runsOn)
    ? runsOn.map(String)
    : typeof runsOn === 'object' && runsOn !== null && 'labels' in runsOn
      ? [(runsOn as { labels: unknown }).labels].flat().map(String)
      : [String(runsOn)]
  const matrix = job.strategy?.matrix ?? {}
  const include = Array.isArray(matrix.include) ? (matrix.include as Record<string, unknown>[]) : []
  let sets = [raw]
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue
    const all = [
      ...(Array.isArray(values) ? values : [values]),
      ...include.map(entry => entry[key]).filter(v => v !== undefined)
    ].map(String)
    const expression = `\\$\\{\\{\\s*matrix\\.${key}\\s*\\}\\}`
    sets = sets.flatMap(set =>
      set.some(label => new RegExp(expression).test(label))
        ? all.map(value => set.map(label => label.replace(new RegExp(expression, 'g'), value)))
        : [set]
    )
  }
  return sets
}

/** Each job that runs the action (`uses: ./` or any ref of callback-thread-guard) on a runner it refuses. */
function unsupportedRunners(workflow: { path: string; firstLine: number; text: string }): string[] {
  const jobs = (parseYaml(workflow.text) as { jobs: Record<string, Job> }).jobs
  return Object.entries(jobs).flatMap(([name, job]) => {
    const runsTheAction = (job.steps ?? []).some(
      step => step.uses === './' || /callback-thread-guard/.test(step.uses ?? '')
    )
    if (!runsTheAction) return []
    return labelSets(job)
      .map(systemOf)
      .filter(system => system !== 'linux')
      .map(system => `${workflow.path}:${workflow.firstLine} job ${name} runs on ${system}`)
  })
}

describe('the runners of every workflow that runs the action', () => {
  it('are Linux runners, in .github/workflows/, README.md and docs/', () => {
    const workflows = collectWorkflows(ROOT)
    expect(workflows.filter(w => !w.path.startsWith('.github')).length).toBeGreaterThan(3)
    expect(workflows.flatMap(unsupportedRunners)).toEqual([])
  })

  it('are checked for each value of a matrix: a macOS and a Windows job are found', () => {
    const text = [
      'on: pull_request',
      'jobs:',
      '  guard:',
      '    strategy:',
      '      matrix:',
      '        os: [ubuntu-latest, windows-latest]',
      '        python: ["3.12"]',
      '        include: [{ os: macos-14, python: "3.13" }]',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - uses: OWNER/callback-thread-guard@v1',
      '  other:',
      '    runs-on: windows-latest',
      '    steps: [{ run: echo not the action }]'
    ].join('\n')
    expect(unsupportedRunners({ path: 'example', firstLine: 1, text })).toEqual([
      'example:1 job guard runs on windows',
      'example:1 job guard runs on macos'
    ])
  })
})
