import { c as configSchema, b as runConfig, d as loadContract, f as contractSchema } from './chunks/run.js';
export { g as builtInContractNames, e as expandMatrix, l as loadConfig, r as runPlan } from './chunks/run.js';
import { L as renderJson, I as InputError, o as oneLine, N as fieldPath, v as cellTitle, O as cellParams, l as describeViolation, P as sampleText } from './chunks/terminal2.js';
export { Q as gradeOutcome, U as gradeOutcomes, K as renderMarkdown, M as renderTerminal, V as violationsOf } from './chunks/terminal2.js';
export { renderJunit } from './chunks/junit.js';
import { p as parseReport } from './chunks/merge.js';
import './chunks/version.js';
import 'node:os';
import 'node:path';
import 'node:fs';
import 'node:url';
import 'node:worker_threads';
import 'node:child_process';
import 'url';
import 'events';

/**
 * The test kit's programmatic API: run a matrix from a plain object, and grade a report against
 * any contract (a report graded by one contract can be checked against another).
 */
/**
 * Runs a matrix given as an object, for example
 * `runMatrix({ targets: [{ adapter: './my-pool-adapter.mjs' }], matrix: { workers: [2, 4] } })`.
 * Bad input throws an InputError naming the field; everything else ends up in the report.
 */
async function runMatrix(input = {}, events = {}) {
    const parsed = configSchema.safeParse(input);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = fieldPath(issue?.path ?? []);
        throw new InputError(field === '' ? 'config' : field, issue?.message ?? 'invalid configuration');
    }
    return runConfig(parsed.data, events);
}
function resolveContract(contract) {
    if (typeof contract === 'string')
        return loadContract(contract);
    const parsed = contractSchema.safeParse(contract);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(`contract ${contract.name ?? ''}`.trim(), `${fieldPath(issue?.path ?? [])} ${issue?.message ?? 'invalid contract'}`.trim());
    }
    return parsed.data;
}
/**
 * Grades every cell against `contract`, whatever contract the run used, exactly as the Action and
 * the CLI judge a report file (report/read/merge.ts's parseReport: validated, then judged): the same
 * verdict on the same report everywhere. A report that is not one (an outcome counted 0 times, a
 * field of the wrong shape) throws an InputError naming the field.
 */
function gradeReport(report, contract) {
    const graded = resolveContract(contract);
    try {
        return parseReport(renderJson(report), { contract: graded });
    }
    catch (error) {
        throw new InputError('report', oneLine(error));
    }
}

function toHonourContract(received, contract) {
    if (!isReport(received)) {
        return {
            pass: false,
            message: () => 'toHonourContract expects a report (what runMatrix or runConfig returns), got ' +
                (received === null ? 'null' : typeof received)
        };
    }
    const name = resolveContract(contract).name;
    let report;
    try {
        report = gradeReport(received, contract);
    }
    catch (error) {
        // Judged as the Action judges a report file: one that is not a report passes nothing.
        if (!(error instanceof InputError))
            throw error;
        return {
            pass: false,
            message: () => `expected a report to honour contract "${name}", but ${error.message}`
        };
    }
    const ran = report.cells.filter(c => c.verdict === 'pass' || c.verdict === 'fail');
    const failing = report.cells.filter(c => c.verdict === 'fail' || c.verdict === 'error');
    const pass = ran.length > 0 && failing.length === 0;
    if (pass) {
        return {
            pass,
            message: () => `expected the report not to honour contract "${name}", but all ${ran.length} cells that ran honour it`
        };
    }
    return {
        pass,
        message: () => ran.length === 0 && failing.length === 0
            ? `expected the report to honour contract "${name}", but no cell ran (${report.cells.length} skipped)`
            : [
                `expected the report to honour contract "${name}", but ${failing.length} of ${report.cells.length} cells did not:`,
                '',
                ...failing.flatMap(c => describeCell(c, manyTargets(report)))
            ].join('\n')
    };
}
/** Ready for expect.extend(matchers). */
const matchers = {
    toHonourContract
};
function describeCell(cell, showTarget) {
    const title = `${showTarget ? `${cell.target} ` : ''}${cell.id} ${cellTitle(cell)} (${cell.scenario}, ${cellParams(cell)})`;
    if (cell.verdict === 'error') {
        const tail = (cell.stderrTail ?? []).slice(-3).map(l => `    stderr: ${l}`);
        return [`${title}: could not run: ${cell.reason ?? 'unknown'}`, ...tail, ''];
    }
    const out = [`${title}:`, ...outcomeTable(cell).map(l => `    ${l}`), ''];
    for (const v of cell.violations) {
        out.push(`  broke ${v.rule} (${v.source}), ${v.count} handler${v.count === 1 ? '' : 's'}: ${describeViolation(v)}`);
        out.push(`    ${v.says}`);
        for (const s of v.samples.slice(0, 2))
            out.push(`    e.g. ${sampleText(s)}`);
    }
    out.push('');
    return out;
}
/** Every outcome of the cell, with its facts, count and grade, as an aligned table. */
function outcomeTable(cell) {
    const factNames = [...new Set(cell.outcomes.flatMap(o => Object.keys(o.facts)))];
    const header = [...factNames, 'count', 'grade'];
    const rows = cell.outcomes.map(o => [
        ...factNames.map(f => (o.facts[f] === undefined ? '-' : String(o.facts[f]))),
        String(o.count),
        o.grade === 'forbidden' ? `forbidden: ${o.broken.map(b => b.rule).join(', ')}` : o.grade
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
    const line = (cols) => cols
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)];
}
function manyTargets(report) {
    return new Set(report.cells.map(c => c.target)).size > 1;
}
function isReport(value) {
    return (typeof value === 'object' &&
        value !== null &&
        value.schemaVersion === 1 &&
        Array.isArray(value.cells));
}

export { configSchema, gradeReport, loadContract, matchers, renderJson, runConfig, runMatrix, toHonourContract };
