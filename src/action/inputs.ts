/**
 * The action's inputs, read and checked in one place before anything runs or is written.
 * Every problem is an InputError naming the input ("input workers: ..."), one line.
 */
import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { refuseIfNotRegular } from '../read-file.js'
import { checkReportPaths } from '../sinks/files.js'
import {
  ACTION_DOOR,
  DEFAULT_JSON_PATH,
  ENGINE_OPTIONS,
  REPORT_FORMATS,
  type FileTargets,
  type Overrides
} from '../config/options.js'
import { oneOf, readFileTargets, readOverrides, splitList } from '../config/read-options.js'
import { InputError } from '../errors.js'
import { checkReproducerFolder } from '../engine/repro/folder.js'
import { FAIL_ON, type FailOn } from '../sinks/github/step-status.js'
import { COMMENT_MODES, type CommentMode } from '../sinks/github/sticky-comment.js'

export { ACTION_LABELS, DEFAULT_JSON_PATH } from '../config/options.js'
/** The artifact name the docs' recipe uploads the report under, and auto looks for. */
export const DEFAULT_BASELINE_ARTIFACT = 'callback-thread-guard-report'

/**
 * auto: look for the base branch's report among this workflow's runs (on pull request and
 * workflow_run events; on others it means none); file: a report at this path; none: no baseline.
 */
export type BaselineInput = { mode: 'auto' } | { mode: 'none' } | { mode: 'file'; path: string }

/** Inputs that configure the engine; they mean nothing when `reports` are merged instead. */
export const ENGINE_INPUTS: readonly string[] = ENGINE_OPTIONS.map(option => option.name)

/** The report files: REPORT_FORMATS' inputs; the JSON report is always written. */
export interface ActionInputs extends FileTargets {
  config?: string
  overrides: Overrides
  json: string
  token: string
  reportId: string
  /** The heading of the job summary and the comment. */
  title: string
  /** Also create a check run carrying every annotation (needs checks: write). */
  checkRun: boolean
  comment: CommentMode
  failOn: FailOn
  /** Glob patterns of JSON reports to merge; empty: run the engine. */
  reports: string[]
  baseline: BaselineInput
  /** The artifact that auto looks for in the base branch's run. */
  baselineArtifact: string
  /** Custom contracts the report files may grade their cells with (report-contracts). */
  trustedContracts: string[]
  pullRequest?: number
  /** Where a reproducer goes on a violation: a folder, undefined (beside the JSON report) or false. */
  reproducer?: string | false
  /** Engine inputs that were set although `reports` are merged (they are ignored). */
  ignoredEngineInputs: string[]
}

/** Reads an input by its name in action.yml; '' when unset. */
export type InputReader = (name: string) => string

export function readInputs(get: InputReader): ActionInputs {
  const text = (name: string) => {
    const value = get(name).trim()
    return value === '' ? undefined : value
  }
  const reports = lines(get('reports'))
  const files = readFileTargets(
    format => text(format.name) ?? (format.inputDefault === '' ? undefined : format.inputDefault)
  )
  checkReportPaths(files, name => ACTION_DOOR.label({ name, kind: 'text' }))

  const inputs: ActionInputs = {
    overrides: reports.length > 0 ? {} : readOverrides(ACTION_DOOR, option => text(option.name)),
    ...files,
    json: files.json ?? DEFAULT_JSON_PATH,
    token: text('github-token') ?? '',
    reportId: reportId(get('report-id')),
    title: title(get('comment-title'), get('report-id')),
    checkRun:
      oneOf(text('check-run') ?? 'false', 'input check-run', ['true', 'false'] as const) === 'true',
    comment: oneOf(text('comment') ?? 'always', 'input comment', COMMENT_MODES),
    failOn: oneOf(text('fail-on') ?? 'violation', 'input fail-on', FAIL_ON),
    reports,
    baseline: { mode: 'auto' },
    baselineArtifact: artifactName(get('baseline-artifact')),
    trustedContracts: list(get, 'report-contracts') ?? [],
    ignoredEngineInputs:
      reports.length > 0 ? ENGINE_INPUTS.filter(name => text(name) !== undefined) : []
  }
  const config = text('config')
  if (config !== undefined && reports.length === 0) inputs.config = config
  const reproducer = text('reproducer')
  if (reproducer !== undefined && reproducer !== 'false')
    checkReproducerFolder(reproducer, 'input reproducer')
  if (reproducer !== undefined) inputs.reproducer = reproducer === 'false' ? false : reproducer
  const baseline = text('baseline') ?? 'auto'
  if (baseline === 'none') inputs.baseline = { mode: 'none' }
  else if (baseline !== 'auto') {
    refuseIfNotRegular(baseline, 'input baseline') // a FIFO or /dev/zero would hang the read
    // A report written over the baseline would destroy what this run is compared with.
    const clash = REPORT_FORMATS.map(format => format.name).find(
      kind => inputs[kind] !== undefined && samePath(inputs[kind], baseline)
    )
    if (clash !== undefined)
      throw new InputError(
        'input baseline',
        `${JSON.stringify(baseline)} is also the ${clash} report`
      )
    inputs.baseline = { mode: 'file', path: baseline }
  }
  const pr = text('pull-request')
  if (pr !== undefined) {
    if (!/^[1-9]\d{0,9}$/.test(pr))
      throw new InputError(
        'input pull-request',
        `expected a pull request number, got ${JSON.stringify(pr)}`
      )
    inputs.pullRequest = Number(pr)
  }
  return inputs
}

/** A list input: comma- or newline-separated (a YAML block scalar is the same list). */
function list(get: InputReader, name: string): string[] | undefined {
  const text = get(name).trim()
  return text === '' ? undefined : splitList(text, `input ${name}`, ACTION_DOOR.separator)
}

/** Glob patterns, one per line (commas may be part of a file name). */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map(s => s.trim())
    .filter(s => s !== '')
}

function reportId(raw: string): string {
  const id = raw.trim() === '' ? 'default' : raw.trim()
  if (id.length > 100) throw new InputError('input report-id', 'must be at most 100 characters')
  if ([...id].some(ch => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f'))
    throw new InputError('input report-id', 'must not contain line breaks or control characters')
  return id
}

/** An artifact name as upload-artifact accepts it. */
function artifactName(raw: string): string {
  const name = raw.trim() === '' ? DEFAULT_BASELINE_ARTIFACT : raw.trim()
  if (name.length > 200)
    throw new InputError('input baseline-artifact', 'must be at most 200 characters')
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[":<>|*?\\/\u0000-\u001f\u007f]/.test(name))
    throw new InputError(
      'input baseline-artifact',
      `an artifact name has none of " : < > | * ? \\ / or control characters, got ${JSON.stringify(name)}`
    )
  return name
}

/** The heading: the input, else the tool's name with the report id when there are several. */
function title(raw: string, rawReportId: string): string {
  const value = raw.trim()
  if (value === '') {
    const id = rawReportId.trim()
    return id === '' || id === 'default' ? 'callback-thread-guard' : `callback-thread-guard (${id})`
  }
  if (value.length > 120)
    throw new InputError('input comment-title', 'must be at most 120 characters')
  if ([...value].some(ch => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f'))
    throw new InputError(
      'input comment-title',
      'must not contain line breaks or control characters'
    )
  return value
}

/** The same file, links followed where they exist. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return resolve(p)
    }
  }
  return real(a) === real(b)
}
