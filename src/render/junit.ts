/**
 * JUnit XML: one test suite per target; each cell is a group of test cases, one per contract rule
 * that speaks about the cell's scenario (failing when the cell broke it), so the tools that already
 * read JUnit show which rule broke where. Every string goes through xmlText(): XML 1.0 cannot hold
 * some characters at all, even as references, and a file with one is no XML.
 */
import { create } from 'xmlbuilder2'
import type { Contract } from '../grading/contract.js'
import { xmlText } from '../escape.js'
import type { CellReport, Report } from '../report/model.js'
import { gilWords, runtimeVersion } from './words/gil.js'
import { cellParams, cellTitle, describeViolation, sampleText } from '../report/summarize.js'

export function renderJunit(report: Report): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'callback-thread-guard',
    time: seconds(report.durationMs)
  })
  let tests = 0
  let failures = 0
  let errors = 0
  // One pass over the cells, not one per target.
  const cellsByTarget = new Map<string, CellReport[]>()
  for (const c of report.cells) {
    const list = cellsByTarget.get(c.target)
    if (list === undefined) cellsByTarget.set(c.target, [c])
    else list.push(c)
  }
  for (const target of report.targets) {
    const contract = Object.hasOwn(report.contracts, target.contract)
      ? report.contracts[target.contract]
      : undefined
    const cells = cellsByTarget.get(target.name) ?? []
    // A target named twice gets its cells once.
    cellsByTarget.delete(target.name)
    const cases = [
      ...cells.flatMap(c => casesOf(c, contract)),
      ...warningCases(report, target.name)
    ]
    const suite = root.ele('testsuite', {
      name: xmlText(target.name, 200),
      tests: cases.length,
      failures: cases.filter(k => k.failure !== undefined).length,
      errors: cases.filter(k => k.error !== undefined).length,
      skipped: cases.filter(k => k.skipped !== undefined).length,
      time: seconds(cells.reduce((n, c) => n + c.durationMs, 0))
    })
    if (target.runtime !== undefined) {
      const properties = suite.ele('properties')
      properties.ele('property', {
        name: 'runtime',
        value: xmlText(
          `${target.runtime.implementation} ${runtimeVersion(target.runtime)} ${target.runtime.executor}`,
          400
        )
      })
      if (target.runtime.gil !== undefined)
        properties.ele('property', {
          name: 'gil',
          value: xmlText(gilWords(target.runtime.gil), 400)
        })
    }
    for (const k of cases) {
      const tc = suite.ele('testcase', {
        classname: xmlText(k.classname, 400),
        name: xmlText(k.name, 200),
        time: k.time
      })
      if (k.failure !== undefined)
        tc.ele('failure', {
          message: xmlText(k.failure.message, 1000),
          type: k.failure.type
        }).txt(xmlText(k.failure.body))
      if (k.error !== undefined)
        tc.ele('error', { message: xmlText(k.error, 1000) }).txt(xmlText(k.error))
      if (k.skipped !== undefined) tc.ele('skipped', { message: xmlText(k.skipped, 1000) })
      if (k.judged !== undefined) tc.ele('system-out').txt(xmlText(k.judged))
    }
    tests += cases.length
    failures += cases.filter(k => k.failure !== undefined).length
    errors += cases.filter(k => k.error !== undefined).length
  }
  root.att({ tests, failures, errors })
  return root.end({ prettyPrint: true }) + '\n'
}

/**
 * A run-level warning of the target (a free-threaded runtime whose GIL came back on) as a test
 * case: an error when the run required free threading, else a passing case that says it.
 */
function warningCases(report: Report, target: string): Case[] {
  return (report.warnings ?? [])
    .filter(w => w.target === target)
    .map(w => ({
      classname: target,
      name: 'free-threaded runtime',
      time: seconds(0),
      ...(w.level === 'error' ? { error: w.message } : { judged: `WARNING: ${w.message}` })
    }))
}

interface Case {
  classname: string
  name: string
  time: string
  failure?: { message: string; type: string; body: string }
  error?: string
  skipped?: string
  /** What judging a report file found about the cell: a claim its outcomes contradict, the file's own contract. */
  judged?: string
}

function casesOf(cell: CellReport, contract: Contract | undefined): Case[] {
  const judged = judgedText(cell)
  return judged === undefined
    ? casesOfCell(cell, contract)
    : casesOfCell(cell, contract).map(k => ({ ...k, judged }))
}

function judgedText(cell: CellReport): string | undefined {
  const lines: string[] = []
  if (cell.dispute !== undefined) lines.push(`disputed: ${cell.dispute}`)
  if (cell.gradedByReportContract !== undefined)
    lines.push(
      `graded by the contract "${cell.gradedByReportContract}" that the report file carried, which the workflow did not name (input report-contracts)`
    )
  return lines.length === 0 ? undefined : lines.join('\n')
}

function casesOfCell(cell: CellReport, contract: Contract | undefined): Case[] {
  const classname = `${cell.target}.${cell.id} ${cellTitle(cell)} (${cell.scenario} ${cellParams(cell)})`
  const time = seconds(cell.durationMs)
  if (cell.verdict === 'error')
    return [{ classname, name: 'cell runs', time, error: `${cell.reason ?? 'error'}${tail(cell)}` }]
  if (cell.verdict === 'skip')
    return [{ classname, name: 'cell runs', time, skipped: cell.reason ?? 'skipped' }]
  const applied = new Set(cell.outcomes.flatMap(o => o.rules))
  const ruleIds = (contract?.rules ?? [])
    .map(r => r.id)
    .filter(id => applied.has(id) || cell.violations.some(v => v.rule === id))
  for (const v of cell.violations) if (!ruleIds.includes(v.rule)) ruleIds.push(v.rule)
  return ruleIds.map(rule => {
    const v = cell.violations.find(x => x.rule === rule)
    if (v === undefined) return { classname, name: rule, time }
    const body = [v.says, describeViolation(v), ...v.samples.map(sampleText)].join('\n')
    return {
      classname,
      name: rule,
      time,
      failure: {
        message: `${v.count} callbacks break ${rule}: ${describeViolation(v)}`,
        type: 'ContractViolation',
        body
      }
    }
  })
}

function tail(cell: CellReport): string {
  const lines = cell.stderrTail ?? []
  return lines.length === 0 ? '' : `\nlast stderr lines:\n${lines.join('\n')}`
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}
