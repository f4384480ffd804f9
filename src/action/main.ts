/**
 * The Action: inputs -> config -> run -> report files, job summary, outputs, exit status.
 */
import * as core from '@actions/core'
import { loadConfig, type Overrides, type OverrideLabels } from '../config/load.js'
import { InputError, oneLine } from '../errors.js'
import { renderMarkdown } from '../report/markdown.js'
import { runConfig } from '../run.js'
import { writeReportFiles } from '../sinks/files.js'

const LIST = (name: string) => {
  const text = core.getInput(name)
  return text === '' ? undefined : text.split(',').map(s => s.trim())
}
const NUMBERS = (name: string) => {
  const items = LIST(name)
  if (items === undefined) return undefined
  return items.map(item => {
    if (!/^-?\d+$/.test(item))
      throw new InputError(
        `input ${name}`,
        `expected whole numbers separated by commas, got ${JSON.stringify(item)}`
      )
    return Number(item)
  })
}
const TEXT = (name: string) => (core.getInput(name) === '' ? undefined : core.getInput(name))

export const ACTION_LABELS: OverrideLabels = {
  python: 'input python',
  executor: 'input executor',
  pythonPath: 'input python-path',
  pool: 'input pool',
  probe: 'input probe',
  contract: 'input contract',
  scenarios: 'input scenarios',
  workers: 'input workers',
  tasks: 'input tasks',
  callbackDelayMs: 'input callback-delay-ms',
  taskMs: 'input task-ms',
  repeat: 'input repeat',
  timeoutMs: 'input timeout-ms'
}

export function overridesFromInputs(): Overrides {
  const o: Overrides = {}
  const entries: [keyof Overrides, unknown][] = [
    ['python', TEXT('python')],
    ['executor', TEXT('executor')],
    ['pythonPath', LIST('python-path')],
    ['pool', TEXT('pool')],
    ['probe', TEXT('probe')],
    ['contract', TEXT('contract')],
    ['scenarios', LIST('scenarios')],
    ['workers', NUMBERS('workers')],
    ['tasks', NUMBERS('tasks')],
    ['callbackDelayMs', NUMBERS('callback-delay-ms')],
    ['taskMs', NUMBERS('task-ms')],
    ['repeat', NUMBERS('repeat')?.[0]],
    ['timeoutMs', NUMBERS('timeout-ms')?.[0]]
  ]
  for (const [key, value] of entries)
    if (value !== undefined) (o as Record<string, unknown>)[key] = value
  return o
}

export async function runAction(): Promise<void> {
  try {
    const config = loadConfig(TEXT('config'), overridesFromInputs(), ACTION_LABELS)
    const report = await runConfig(config)
    const jsonPath = TEXT('json') ?? 'callback-thread-guard-report.json'
    writeReportFiles(report, {
      json: jsonPath,
      ...(TEXT('markdown') === undefined ? {} : { markdown: TEXT('markdown') }),
      ...(TEXT('junit') === undefined ? {} : { junit: TEXT('junit') })
    })
    await core.summary.addRaw(renderMarkdown(report)).write()
    core.setOutput('verdict', report.verdict)
    core.setOutput('violations', String(report.summary.violations))
    core.setOutput('report', jsonPath)
    if (report.verdict === 'fail')
      core.setFailed(`callback-thread-guard: ${report.summary.violations} contract violations`)
    else if (report.verdict === 'error')
      core.setFailed('callback-thread-guard: some cells could not run')
  } catch (error) {
    core.setFailed(
      error instanceof InputError ? oneLine(error) : `could not run: ${oneLine(error)}`
    )
  }
}
