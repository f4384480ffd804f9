/**
 * What every benchmark shares: paths, statistics, tables, timed child processes and peak memory.
 * Plain Node (no dependencies), so `npm run bench` needs only `npm ci && npm run bundle`.
 */
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BENCH = dirname(dirname(fileURLToPath(import.meta.url)))
export const ROOT = resolve(BENCH, '..')
export const DIST = join(ROOT, 'dist')
export const CLI = join(DIST, 'cli.js')
export const PROBE = join(DIST, 'probes', 'python', 'probe.py')

/** Fails early, with what to do, when the bundle is missing. */
export function requireBundle() {
  for (const file of [CLI, PROBE]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run "npm ci && npm run bundle" first`)
    }
  }
}

export const median = values => {
  const xs = values.filter(v => Number.isFinite(v)).sort((a, b) => a - b)
  if (xs.length === 0) return NaN
  const mid = Math.floor(xs.length / 2)
  return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2
}

/** The spread of the runs, as (max - min) / median: how far to trust a median. */
export const spread = values => {
  const xs = values.filter(v => Number.isFinite(v))
  if (xs.length < 2) return NaN
  return (Math.max(...xs) - Math.min(...xs)) / median(xs)
}

export const fmt = {
  int: n => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-'),
  ratio: n => (Number.isFinite(n) ? n.toFixed(2) : '-'),
  pct: n => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : '-'),
  s: ms => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-'),
  ms: ms => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : '-'),
  mb: kb => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(1)} MB` : '-'),
  kb: bytes => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(0)} KB` : '-')
}

/** A plain-text table (also valid Markdown when `markdown` is set). */
export function table(headers, rows, { markdown = false, right = [] } = {}) {
  const cells = [headers, ...rows].map(r => r.map(c => String(c)))
  const widths = headers.map((_, i) => Math.max(...cells.map(r => r[i].length)))
  const pad = (text, i) => (right.includes(i) ? text.padStart(widths[i]) : text.padEnd(widths[i]))
  const line = r => (markdown ? `| ${r.map(pad).join(' | ')} |` : r.map(pad).join('  ').trimEnd())
  const rule = markdown
    ? `| ${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`
    : widths.map(w => '-'.repeat(w)).join('  ')
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}

/**
 * Runs a program to its end. Resolves with its exit code, output, and wall time (from just
 * before spawn to exit, in ms). Rejects only if it cannot be started.
 */
export function run(command, args, { env, input, cwd = ROOT, timeoutMs = 600_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const begun = performance.now()
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', d => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', d => (stderr = (stderr + d).slice(-20_000)))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code, signal, stdout, stderr, ms: performance.now() - begun })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? '')
  })
}

/** A scratch folder that is removed when the benchmark ends. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-bench-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * An executable that stands in for the Python interpreter (`--python`). With `startFile`, it
 * first writes the time it was started (ns since the epoch, GNU date) there. With `rssFile`, it
 * runs the real interpreter as its child and, when that exits, writes the child's peak resident
 * set size (KB) there (peak_rss.py); else it execs the real interpreter.
 */
export function measuringPython(dir, python, { rssFile, startFile } = {}) {
  const path = join(dir, `python-${Math.random().toString(36).slice(2)}`)
  const lines = ['#!/bin/sh']
  if (startFile) lines.push(`date +%s%N > ${shellQuote(startFile)}`)
  if (rssFile) {
    const wrapper = join(BENCH, 'lib', 'peak_rss.py')
    lines.push(
      `CTG_BENCH_RSS_FILE=${shellQuote(rssFile)} exec ${shellQuote(python)} ${shellQuote(wrapper)} ${shellQuote(python)} "$@"`
    )
  } else {
    lines.push(`exec ${shellQuote(python)} "$@"`)
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
  chmodSync(path, 0o755)
  return path
}

const shellQuote = s => `'${String(s).replaceAll("'", `'\\''`)}'`

export function readNumber(file) {
  try {
    return Number(readFileSync(file, 'utf8').trim())
  } catch {
    return NaN
  }
}

/** Node's flag that preloads rss-on-exit.mjs (the Node process's own peak RSS at exit). */
export const NODE_RSS_PRELOAD = ['--import', join(BENCH, 'lib', 'rss-on-exit.mjs')]

/** The interpreter the benchmarks use: --python, else $PYTHON, else python3. */
export function pythonOf(options) {
  return options.python ?? process.env.PYTHON ?? 'python3'
}

export function say(text) {
  process.stderr.write(`${text}\n`)
}
