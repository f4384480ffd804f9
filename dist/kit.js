import { s as summarize, d as collectEvidence, a as overallVerdict, X as configSchema, I as InputError, r as runConfig, Y as loadContract, x as contractSchema, Z as gradeOutcomes, v as violationsOf, H as cellTitle, $ as cellParams, C as describeViolation, a0 as sampleText } from './chunks/terminal.js';
export { a1 as builtInContractNames, a2 as expandMatrix, h as gradeOutcome, l as loadConfig, T as renderJson, R as renderMarkdown, U as renderTerminal, a3 as runPlan } from './chunks/terminal.js';
export { renderJunit } from './chunks/junit.js';
import 'node:os';
import 'node:fs';
import 'node:path';
import 'node:url';
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
        const field = issue?.path
            .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
            .join('') ?? '';
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
        throw new InputError(`contract ${contract.name ?? ''}`.trim(), `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid contract'}`.trim());
    }
    return parsed.data;
}
/**
 * Grades every cell that ran against `contract`, whatever contract the run used. Cells that were
 * skipped or could not run keep their verdict.
 */
function gradeReport(report, contract) {
    const graded = resolveContract(contract);
    const cells = report.cells.map(cell => regrade(cell, graded));
    const summary = summarize(cells);
    const targets = report.targets.map(t => ({ ...t, contract: graded.name }));
    const contracts = { [graded.name]: graded };
    return {
        ...report,
        verdict: overallVerdict(summary),
        summary,
        targets,
        contracts,
        cells,
        evidence: collectEvidence(targets, contracts, cells)
    };
}
function regrade(cell, contract) {
    if (cell.verdict === 'skip' || cell.verdict === 'error')
        return cell;
    const outcomes = gradeOutcomes(cell.scenario, cell.outcomes.map(({ grade: _g, rules: _r, broken: _b, ...outcome }) => outcome), contract);
    const violations = violationsOf(outcomes);
    return { ...cell, outcomes, violations, verdict: violations.length > 0 ? 'fail' : 'pass' };
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
    const report = gradeReport(received, contract);
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

export { configSchema, gradeOutcomes, gradeReport, loadContract, matchers, runConfig, runMatrix, toHonourContract, violationsOf };
