import { W as summarize, X as overallVerdict, Y as collectEvidence, e as echoValue, Z as number, _ as _enum, $ as SCENARIOS, a0 as object, a1 as string, a2 as record, a3 as array, a4 as runtimeSchema, a5 as boolean, a6 as custom, a7 as literal, a8 as violationSchema, a9 as gradedOutcomeSchema, aa as readInputText, o as oneLine, N as fieldPath, I as InputError } from './terminal2.js';
import { resolve, sep } from 'node:path';
import { h as gradingMemo, i as rederiveGil, j as builtInContract, k as gradeEvidence, f as contractSchema } from './run.js';
import { V as VERSION } from './version.js';

/**
 * The report with every cell graded from its outcomes, and the summary and verdict derived. The
 * report is judged in place: it must be the fresh value parseReport read from a file (JSON.parse's
 * own, validated in place), which nothing else holds.
 */
function judgeReport(report, options = {}) {
    const trusted = new Set(options.trustedContracts ?? []);
    const graders = new Map();
    const only = options.contract;
    if (only !== undefined) {
        report.targets = report.targets.map(t => ({ ...t, contract: only.name }));
        report.contracts = {};
    }
    for (const t of report.targets)
        if (!graders.has(t.name))
            graders.set(t.name, only === undefined
                ? graderOf(t.contract, report, trusted)
                : { contract: only, memo: gradingMemo() });
    const cells = report.cells.map(c => judgeCell(c, graders.get(c.target)));
    // The contracts the report shows are the ones that graded it (JUnit lists their rules).
    const contracts = {};
    for (const t of report.targets) {
        const contract = graders.get(t.name)?.contract;
        if (contract !== undefined)
            contracts[t.contract] = contract;
    }
    const summary = summarize(cells);
    // Evidence, like the verdict, is derived from the judged cells, never read from the file.
    const { warnings: read, ...rest } = report;
    const judged = {
        ...rest,
        contracts,
        cells,
        summary,
        ...rederiveGil(report.targets, read ?? [], overallVerdict(summary))
    };
    if (options.evidence === false) {
        delete judged.evidence;
        return judged;
    }
    return { ...judged, evidence: collectEvidence(report.targets, contracts, cells) };
}
function graderOf(name, report, trusted) {
    const builtIn = builtInContract(name);
    if (builtIn !== undefined)
        return { contract: builtIn, memo: gradingMemo() };
    const carried = Object.hasOwn(report.contracts, name) ? report.contracts[name] : undefined;
    if (carried === undefined)
        return {
            problem: `its contract "${echoValue(name)}" is not built in and the report does not carry it`
        };
    if (trusted.has(name) || trusted.has(carried.name))
        return { contract: carried, memo: gradingMemo() };
    return { contract: carried, fromReport: carried.name, memo: gradingMemo() };
}
/**
 * Judges one cell in place: a report of 100,000 cells is not copied once more. Every field the
 * file claims is overwritten, so nothing below can read it by mistake (the validation already
 * dropped what only judging writes: the dispute and the contract mark).
 */
function judgeCell(cell, grader) {
    const claimed = cell.verdict;
    if (cell.notes !== undefined)
        cell.notes = undefined;
    const evidence = cell.outcomes;
    const settle = (verdict, reason) => {
        cell.outcomes = [];
        cell.violations = [];
        cell.verdict = verdict;
        if (reason !== undefined)
            cell.reason = reason;
        return cell;
    };
    if (evidence.length === 0) {
        // An error or a skip carries no outcomes; a pass or a fail without any is a claim alone.
        if (claimed === 'error' || claimed === 'skip')
            return settle(claimed);
        const reason = `the file said ${claimed}, but the cell carries no outcomes to judge`;
        cell.dispute = reason;
        return settle('error', reason);
    }
    if (grader?.contract === undefined)
        return settle('error', `cannot be judged: ${grader?.problem ?? `its target "${echoValue(cell.target)}" is not in the report`}`);
    // Notes are derived from the outcomes like the verdict, never taken from the file.
    const { violations, verdict, notes } = gradeEvidence({
        scenario: cell.scenario,
        outcomes: evidence,
        contract: grader.contract,
        memo: grader.memo ?? gradingMemo()
    });
    cell.violations = violations;
    cell.verdict = verdict;
    if (notes.length > 0)
        cell.notes = notes;
    if (grader.fromReport !== undefined)
        cell.gradedByReportContract = grader.fromReport;
    const dispute = disputeOf(claimed, verdict, violations);
    if (dispute !== undefined)
        cell.dispute = dispute;
    // A pass or a fail has no reason to give; a reason the file gave for a claim is not evidence.
    if (cell.reason !== undefined && claimed !== verdict)
        cell.reason = undefined;
    return cell;
}
/** "the file said pass; its outcomes break rule worker-runs-callback" */
function disputeOf(claimed, verdict, violations) {
    if (claimed === verdict)
        return undefined;
    if (verdict === 'pass')
        return `the file said ${claimed}; its outcomes break no rule`;
    const rules = violations.map(v => echoValue(v.rule, 60));
    const shown = rules.slice(0, 3).join(', ') + (rules.length > 3 ? ` and ${rules.length - 3} more` : '');
    return `the file said ${claimed}; its outcomes break rule${rules.length === 1 ? '' : 's'} ${shown}`;
}

/** The kinds of target: a Python executor, a Node pool, a probe command. */
const TARGET_KINDS = ['python', 'pool', 'command'];

/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 *
 * Its shape is defined once, by the schemas below; the types are inferred from them, and a report
 * read back from a file is validated with them (merge.ts), less what is derived and never read.
 */
const count = number().int().min(0);
const verdictSchema = _enum(['pass', 'fail', 'error']);
const cellVerdictSchema = _enum(['pass', 'fail', 'error', 'skip']);
/** The dimensions of the matrix (cell.ts, CellParams: the check names a missing or extra one). */
const cellParamsShape = {
    scenario: _enum(SCENARIOS),
    workers: count,
    tasks: count,
    callbackDelayMs: count,
    taskMs: count,
    /** Callbacks per future in `order` and `raising`; 1 elsewhere. */
    callbacks: count,
    repeat: count
};
const cellReportSchema = object({
    id: string(),
    target: string(),
    name: string().optional(),
    ...cellParamsShape,
    verdict: cellVerdictSchema,
    /** Why a cell is an error or was skipped. */
    reason: string().optional(),
    /** The last lines the probe wrote on stderr, for an error. */
    stderrTail: array(string()).optional(),
    /** What the outcomes mean, in plain words, when callbacks ran late on the caller or never. */
    notes: array(string()).optional(),
    durationMs: number().min(0),
    stats: record(string(), number()),
    outcomes: array(gradedOutcomeSchema),
    violations: array(violationSchema),
    /** A cell read from a report file whose claim its outcomes contradict: what it said, and why not. */
    dispute: string().optional(),
    /** A cell read from a report file, graded by the custom contract that file carried and the workflow did not name. */
    gradedByReportContract: string().optional()
});
const targetReportSchema = object({
    name: string(),
    kind: _enum(TARGET_KINDS),
    contract: string(),
    /** Why this contract, when the run picked it (no contract was given). */
    contractReason: string().optional(),
    /** What the probe said it runs on; absent when it never started. */
    runtime: runtimeSchema.optional(),
    error: string().optional()
});
const summarySchema = object({
    cells: count,
    passed: count,
    failed: count,
    errors: count,
    skipped: count,
    /** (cell, rule) pairs that were broken. */
    violations: count,
    /** Callbacks graded interesting (allowed, worth a look). */
    interesting: count
});
/**
 * What the baseline was, or why there was none: the comment, the terminal and the JSON report
 * name it (issue 18). `auto`: found by the action among the base branch's runs; `file`: the
 * baseline input's path; `missing`: looked for (or turned off) and not found, `reason` says why.
 * Every string here came from the API or a file: each sink escapes it, and a URL is linked only
 * when it is a plain https address (baseline-source.ts).
 */
const baselineSourceSchema = object({
    kind: _enum(['auto', 'file', 'missing']),
    /** Why there is no baseline (kind missing), in a few words. */
    reason: string().optional(),
    /** The file read (kind file, or where the artifact's report was unpacked). */
    path: string().optional(),
    /** The base branch the run was on. */
    branch: string().optional(),
    /** The commit the baseline run tested. */
    sha: string().optional(),
    commitUrl: string().optional(),
    runId: count.optional(),
    runUrl: string().optional(),
    /** When the baseline run was created (ISO 8601, as the API says). */
    createdAt: string().optional(),
    artifact: string().optional(),
    /** Whether the baseline's commit is the pull request's merge base. */
    mergeBase: boolean().optional(),
    /** How many commits the baseline's commit is behind the merge base (0 at the merge base). */
    commitsBehind: count.optional()
});
/**
 * What earlier runs found, carried from report to report (history.ts folds each run in): per
 * target fingerprint, the sums of every rule and, per interesting entry, its last runs. Read from
 * a baseline file like every field, and then checked for sums that add up (history.ts).
 */
const historySchema = object({
    targets: array(object({
        target: string(),
        /** What the counts are of: a new runtime, executor or contract starts a fresh history. */
        fingerprint: object({
            implementation: string(),
            version: string(),
            executor: string(),
            /** The executor's or pool's own version, when the probe says it. */
            executorVersion: string().optional(),
            contract: string(),
            /** SHA-256 of the contract's content (its JSON), first 16 hex digits. */
            contractHash: string()
        }),
        runs: count,
        /** ISO dates of the first and the last run folded in. */
        first: string(),
        last: string(),
        /** Every callback graded, and those in forbidden outcomes, over all the runs. */
        callbacks: count,
        forbidden: count,
        rules: array(object({ rule: string(), checked: count, broken: count })),
        interesting: array(object({
            entry: string(),
            /** Over all the runs: callbacks in outcomes the entry allowed, of those its given matched. */
            count,
            of: count,
            /** The same per run, for the last runs, oldest first. */
            recent: array(object({ count, of: count }))
        }))
    }))
});
/**
 * A run-level warning (report/gil.ts): `gil-enabled`, a free-threaded build whose GIL came back
 * on, so the run did not test a free-threaded runtime. Every sink shows `message` for `target`.
 */
const runWarningSchema = object({
    kind: _enum(['gil-enabled']),
    /** `error` when the run was told to require it (`requireFreeThreading`): a pass became an error. */
    level: _enum(['warning', 'error']),
    target: string(),
    message: string()
});
const reportSchema = object({
    schemaVersion: literal(1),
    tool: object({ name: literal('callback-thread-guard'), version: string() }),
    verdict: verdictSchema,
    startedAt: string(),
    durationMs: number().min(0),
    summary: summarySchema,
    targets: array(targetReportSchema),
    contracts: record(string(), contractSchema),
    cells: array(cellReportSchema),
    /** What this run compared against, or why it compared against nothing. */
    baselineSource: baselineSourceSchema.optional(),
    /** Run-level warnings: a free-threaded runtime whose GIL came back on (an error with `requireFreeThreading`). */
    warnings: array(runWarningSchema).optional(),
    // Derived by this run from the cells (grading/evidence.ts, budget.ts), never read from a file:
    // their shapes are defined where they are derived, and the file schema leaves them out.
    /** Per target and rule: callbacks checked, broken, and the 95% upper bound on the rate. */
    evidence: array(custom()).optional(),
    /** With `--budget`: how the time was spent, by the run's own clock. */
    budget: custom().optional(),
    /** The history of earlier runs with this run folded in (the Action writes it). */
    history: historySchema.optional(),
    /** Derived from the history by this run: pooled bounds, trends, drift, and what reset. */
    pooled: custom().optional(),
    /** On a violation, with a folder for it: the standalone reproducer written, and how to run it. */
    reproducer: custom().optional(),
    /** With `--control`: per target, how often a planted misroute was caught. */
    control: array(custom()).optional()
});
/**
 * What a report file is read for: everything the renderers use, less what judging derives again
 * (evidence, disputes, the contract marks) or what only the run that wrote it knows (the budget).
 * Unknown fields are dropped. A file is checked in place by code generated from this schema
 * (validate-report.ts; `npm run generate` after a change here).
 */
const reportFileSchema = reportSchema
    .omit({ evidence: true, budget: true, pooled: true, reproducer: true, control: true })
    .extend({
    cells: array(cellReportSchema.omit({ dispute: true, gradedByReportContract: true }))
});

// @ts-nocheck
/* eslint-disable */
/*
 * Generated from src/report/model.ts (reportFileSchema) by `npm run generate`
 * (__tests__/report/report-validator.ts): change the schema, not this file.
 * __tests__/report/validate-report.test.ts fails when this file is not what the schema generates.
 *
 * checkReportFileShape(value) checks a parsed report file in place, deleting what zod would
 * strip and filling its defaults; src/report/read/validate.ts is its one caller.
 */
const checkReportFileShape = validate21;
const schema6 = { "properties": { "schemaVersion": { "type": "number", "const": 1 }, "tool": { "type": "object", "properties": { "name": { "type": "string", "const": "callback-thread-guard" }, "version": { "type": "string" } }, "required": ["name", "version"], "additionalProperties": false }, "verdict": { "type": "string", "enum": ["pass", "fail", "error"] }, "startedAt": { "type": "string" }, "durationMs": { "type": "number", "minimum": 0 }, "summary": { "type": "object", "properties": { "cells": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "passed": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "failed": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "errors": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "skipped": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "violations": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "interesting": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 } }, "required": ["cells", "passed", "failed", "errors", "skipped", "violations", "interesting"], "additionalProperties": false }, "targets": { "type": "array", "items": { "$ref": "#/definitions/targets" } }, "contracts": { "type": "object", "dropOwnProto": true }, "cells": { "type": "array", "items": { "$ref": "#/definitions/cells" } }, "baselineSource": { "type": "object", "properties": { "kind": { "type": "string", "enum": ["auto", "file", "missing"] }, "reason": { "type": "string" }, "path": { "type": "string" }, "branch": { "type": "string" }, "sha": { "type": "string" }, "commitUrl": { "type": "string" }, "runId": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "runUrl": { "type": "string" }, "createdAt": { "type": "string" }, "artifact": { "type": "string" }, "mergeBase": { "type": "boolean" }, "commitsBehind": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 } }, "required": ["kind"], "additionalProperties": false }, "warnings": { "type": "array", "items": { "$ref": "#/definitions/warnings" } }, "history": { "type": "object", "properties": { "targets": { "type": "array", "items": { "$ref": "#/definitions/targets2" } } }, "required": ["targets"], "additionalProperties": false } }};
const func2 = Object.prototype.hasOwnProperty;
const schema7 = { "properties": { "kind": { "enum": ["python", "pool", "command"] }, "runtime": { "properties": { "gil": { "properties": { "build": { "enum": ["free-threaded", "default"] }, "beforeImport": { "type": ["boolean", "null"] }, "afterImport": { "type": ["boolean", "null"] }, "atEnd": { "type": ["boolean", "null"] }, "observedWith": { "enum": ["sys._is_gil_enabled", "build"] } }} }}}};
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.name === undefined) && (missing0 = "name")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.contract === undefined) && (missing0 = "contract"))) {
                validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!((((((key0 === "name") || (key0 === "kind")) || (key0 === "contract")) || (key0 === "contractReason")) || (key0 === "runtime")) || (key0 === "error"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.name !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.name !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.kind !== undefined) {
                            let data1 = data.kind;
                            const _errs4 = errors;
                            if (typeof data1 !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" } }];
                                return false;
                            }
                            if (!(((data1 === "python") || (data1 === "pool")) || (data1 === "command"))) {
                                validate22.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema7.properties.kind.enum } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.contract !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.contract !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/contract", schemaPath: "#/properties/contract/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.contractReason !== undefined) {
                                    const _errs8 = errors;
                                    if (typeof data.contractReason !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/contractReason", schemaPath: "#/properties/contractReason/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.runtime !== undefined) {
                                        let data4 = data.runtime;
                                        const _errs10 = errors;
                                        {
                                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                let missing1;
                                                if ((((data4.implementation === undefined) && (missing1 = "implementation")) || ((data4.version === undefined) && (missing1 = "version"))) || ((data4.executor === undefined) && (missing1 = "executor"))) {
                                                    validate22.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/required", keyword: "required", params: { missingProperty: missing1 } }];
                                                    return false;
                                                }
                                                else {
                                                    if (Object.prototype.hasOwnProperty.call(data4, "__proto__")) {
                                                        delete data4.__proto__;
                                                    }
                                                    if (data4.implementation !== undefined) {
                                                        const _errs13 = errors;
                                                        if (typeof data4.implementation !== "string") {
                                                            validate22.errors = [{ instancePath: instancePath + "/runtime/implementation", schemaPath: "#/properties/runtime/properties/implementation/type", keyword: "type", params: { type: "string" } }];
                                                            return false;
                                                        }
                                                        var valid1 = _errs13 === errors;
                                                    }
                                                    else {
                                                        var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                        if (data4.version !== undefined) {
                                                            const _errs15 = errors;
                                                            if (typeof data4.version !== "string") {
                                                                validate22.errors = [{ instancePath: instancePath + "/runtime/version", schemaPath: "#/properties/runtime/properties/version/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                            }
                                                            var valid1 = _errs15 === errors;
                                                        }
                                                        else {
                                                            var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                            if (data4.executor !== undefined) {
                                                                const _errs17 = errors;
                                                                if (typeof data4.executor !== "string") {
                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/executor", schemaPath: "#/properties/runtime/properties/executor/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                }
                                                                var valid1 = _errs17 === errors;
                                                            }
                                                            else {
                                                                var valid1 = true;
                                                            }
                                                            if (valid1) {
                                                                if (data4.executorVersion !== undefined) {
                                                                    const _errs19 = errors;
                                                                    if (typeof data4.executorVersion !== "string") {
                                                                        validate22.errors = [{ instancePath: instancePath + "/runtime/executorVersion", schemaPath: "#/properties/runtime/properties/executorVersion/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                    }
                                                                    var valid1 = _errs19 === errors;
                                                                }
                                                                else {
                                                                    var valid1 = true;
                                                                }
                                                                if (valid1) {
                                                                    if (data4.platform !== undefined) {
                                                                        const _errs21 = errors;
                                                                        if (typeof data4.platform !== "string") {
                                                                            validate22.errors = [{ instancePath: instancePath + "/runtime/platform", schemaPath: "#/properties/runtime/properties/platform/type", keyword: "type", params: { type: "string" } }];
                                                                            return false;
                                                                        }
                                                                        var valid1 = _errs21 === errors;
                                                                    }
                                                                    else {
                                                                        var valid1 = true;
                                                                    }
                                                                    if (valid1) {
                                                                        if (data4.gil !== undefined) {
                                                                            let data10 = data4.gil;
                                                                            const _errs23 = errors;
                                                                            {
                                                                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                                                    let missing2;
                                                                                    if (((((data10.build === undefined) && (missing2 = "build")) || ((data10.beforeImport === undefined) && (missing2 = "beforeImport"))) || ((data10.afterImport === undefined) && (missing2 = "afterImport"))) || ((data10.observedWith === undefined) && (missing2 = "observedWith"))) {
                                                                                        validate22.errors = [{ instancePath: instancePath + "/runtime/gil", schemaPath: "#/properties/runtime/properties/gil/required", keyword: "required", params: { missingProperty: missing2 } }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        for (const key1 in data10) {
                                                                                            if (!(((((key1 === "build") || (key1 === "beforeImport")) || (key1 === "afterImport")) || (key1 === "atEnd")) || (key1 === "observedWith"))) {
                                                                                                delete data10[key1];
                                                                                            }
                                                                                        }
                                                                                        {
                                                                                            if (data10.build !== undefined) {
                                                                                                let data11 = data10.build;
                                                                                                const _errs26 = errors;
                                                                                                if (typeof data11 !== "string") {
                                                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/gil/build", schemaPath: "#/properties/runtime/properties/gil/properties/build/type", keyword: "type", params: { type: "string" } }];
                                                                                                    return false;
                                                                                                }
                                                                                                if (!((data11 === "free-threaded") || (data11 === "default"))) {
                                                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/gil/build", schemaPath: "#/properties/runtime/properties/gil/properties/build/enum", keyword: "enum", params: { allowedValues: schema7.properties.runtime.properties.gil.properties.build.enum } }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid2 = _errs26 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid2 = true;
                                                                                            }
                                                                                            if (valid2) {
                                                                                                if (data10.beforeImport !== undefined) {
                                                                                                    let data12 = data10.beforeImport;
                                                                                                    const _errs28 = errors;
                                                                                                    if ((typeof data12 !== "boolean") && (data12 !== null)) {
                                                                                                        validate22.errors = [{ instancePath: instancePath + "/runtime/gil/beforeImport", schemaPath: "#/properties/runtime/properties/gil/properties/beforeImport/type", keyword: "type", params: { type: schema7.properties.runtime.properties.gil.properties.beforeImport.type } }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid2 = _errs28 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid2 = true;
                                                                                                }
                                                                                                if (valid2) {
                                                                                                    if (data10.afterImport !== undefined) {
                                                                                                        let data13 = data10.afterImport;
                                                                                                        const _errs30 = errors;
                                                                                                        if ((typeof data13 !== "boolean") && (data13 !== null)) {
                                                                                                            validate22.errors = [{ instancePath: instancePath + "/runtime/gil/afterImport", schemaPath: "#/properties/runtime/properties/gil/properties/afterImport/type", keyword: "type", params: { type: schema7.properties.runtime.properties.gil.properties.afterImport.type } }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid2 = _errs30 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid2 = true;
                                                                                                    }
                                                                                                    if (valid2) {
                                                                                                        if (data10.atEnd !== undefined) {
                                                                                                            let data14 = data10.atEnd;
                                                                                                            const _errs32 = errors;
                                                                                                            if ((typeof data14 !== "boolean") && (data14 !== null)) {
                                                                                                                validate22.errors = [{ instancePath: instancePath + "/runtime/gil/atEnd", schemaPath: "#/properties/runtime/properties/gil/properties/atEnd/type", keyword: "type", params: { type: schema7.properties.runtime.properties.gil.properties.atEnd.type } }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid2 = _errs32 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid2 = true;
                                                                                                        }
                                                                                                        if (valid2) {
                                                                                                            if (data10.observedWith !== undefined) {
                                                                                                                let data15 = data10.observedWith;
                                                                                                                const _errs34 = errors;
                                                                                                                if (typeof data15 !== "string") {
                                                                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/gil/observedWith", schemaPath: "#/properties/runtime/properties/gil/properties/observedWith/type", keyword: "type", params: { type: "string" } }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (!((data15 === "sys._is_gil_enabled") || (data15 === "build"))) {
                                                                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/gil/observedWith", schemaPath: "#/properties/runtime/properties/gil/properties/observedWith/enum", keyword: "enum", params: { allowedValues: schema7.properties.runtime.properties.gil.properties.observedWith.enum } }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid2 = _errs34 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid2 = true;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate22.errors = [{ instancePath: instancePath + "/runtime/gil", schemaPath: "#/properties/runtime/properties/gil/type", keyword: "type", params: { type: "object" } }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid1 = _errs23 === errors;
                                                                        }
                                                                        else {
                                                                            var valid1 = true;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                            else {
                                                validate22.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "object" } }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs10 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.error !== undefined) {
                                            const _errs36 = errors;
                                            if (typeof data.error !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" } }];
                                                return false;
                                            }
                                            var valid0 = _errs36 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
const schema8 = { "properties": { "id": { "type": "string" }, "target": { "type": "string" }, "name": { "type": "string" }, "scenario": { "type": "string", "enum": ["running", "timed", "done", "cancel", "shutdown", "order", "raising", "killed", "failing", "timeout", "overload", "ending", "aio-pending", "aio-done", "aio-bridge", "aio-underlying", "aio-cancel", "aio-closing", "aio-portal"] }, "workers": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tasks": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "callbackDelayMs": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "taskMs": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "callbacks": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "repeat": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "verdict": { "type": "string", "enum": ["pass", "fail", "error", "skip"] }, "reason": { "type": "string" }, "stderrTail": { "type": "array", "items": { "type": "string" } }, "notes": { "type": "array", "items": { "type": "string" } }, "durationMs": { "type": "number", "minimum": 0 }, "stats": { "type": "object", "additionalProperties": { "type": "number" }, "dropOwnProto": true }, "outcomes": { "type": "array", "items": { "$ref": "#/definitions/outcomes" } }, "violations": { "type": "array", "items": { "$ref": "#/definitions/violations" } } }};
const schema9 = { "properties": { "facts": { "properties": { "registered": { "type": "string", "enum": ["pending", "running", "not-done", "done", "cancelled"] }, "ranOn": { "type": "string", "enum": ["task-thread", "caller-thread", "other-thread", "other-process", "never"] }, "inline": { "type": "boolean" }, "calls": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "taskOn": { "type": "string", "enum": ["caller-thread", "green-thread"] }, "order": { "type": "string", "enum": ["in-order", "out-of-order"] }, "role": { "type": "string", "enum": ["raiser", "after-raiser"] }, "cancelled": { "type": "boolean" }, "error": { "type": "string", "enum": ["none", "ProcessTerminatedError", "TimeoutError", "MaxConcurrentCallsError", "other"] }, "call": { "type": "string", "enum": ["within-limit", "past-limit", "in-progress", "queued"] }, "ranAt": { "type": "string", "enum": ["open", "close"] }, "settled": { "type": "string", "enum": ["fulfilled", "rejected", "unknown"] } }, "additionalProperties": { "type": ["string", "number", "boolean"] }}, "grade": { "enum": ["acceptable", "interesting", "forbidden"] }}};
const schema10 = { "properties": { "task": { "type": ["string", "null"] }, "callback": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] } }};
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.task === undefined) && (missing0 = "task")) || ((data.callback === undefined) && (missing0 = "callback"))) || ((data.caller === undefined) && (missing0 = "caller"))) {
                validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!(((key0 === "task") || (key0 === "callback")) || (key0 === "caller"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.task !== undefined) {
                        let data0 = data.task;
                        const _errs2 = errors;
                        if ((typeof data0 !== "string") && (data0 !== null)) {
                            validate26.errors = [{ instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: schema10.properties.task.type } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.callback !== undefined) {
                            let data1 = data.callback;
                            const _errs4 = errors;
                            if ((typeof data1 !== "string") && (data1 !== null)) {
                                validate26.errors = [{ instancePath: instancePath + "/callback", schemaPath: "#/properties/callback/type", keyword: "type", params: { type: schema10.properties.callback.type } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.caller !== undefined) {
                                let data2 = data.caller;
                                const _errs6 = errors;
                                if ((typeof data2 !== "string") && (data2 !== null)) {
                                    validate26.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema10.properties.caller.type } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate26.errors = vErrors;
    return errors === 0;
}
const schema11 = { "properties": { "expected": { "additionalProperties": { "items": { "type": ["string", "number", "boolean"] } }}, "observed": { "additionalProperties": { "type": ["string", "number", "boolean"] }} }};
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((((data.rule === undefined) && (missing0 = "rule")) || ((data.says === undefined) && (missing0 = "says"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.expected === undefined) && (missing0 = "expected"))) || ((data.observed === undefined) && (missing0 = "observed"))) {
                validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!(((((key0 === "rule") || (key0 === "says")) || (key0 === "source")) || (key0 === "expected")) || (key0 === "observed"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.rule !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.rule !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.says !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.says !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/says", schemaPath: "#/properties/says/type", keyword: "type", params: { type: "string" } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.source !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.source !== "string") {
                                    validate28.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.expected !== undefined) {
                                    let data3 = data.expected;
                                    const _errs8 = errors;
                                    {
                                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                            if (Object.prototype.hasOwnProperty.call(data3, "__proto__")) {
                                                delete data3.__proto__;
                                            }
                                            for (const key1 in data3) {
                                                let data4 = data3[key1];
                                                const _errs11 = errors;
                                                {
                                                    if (Array.isArray(data4)) {
                                                        var valid2 = true;
                                                        const len0 = data4.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                            let data5 = data4[i0];
                                                            const _errs13 = errors;
                                                            if (((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")) {
                                                                validate28.errors = [{ instancePath: instancePath + "/expected/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/expected/additionalProperties/items/type", keyword: "type", params: { type: schema11.properties.expected.additionalProperties.items.type } }];
                                                                return false;
                                                            }
                                                            var valid2 = _errs13 === errors;
                                                            if (!valid2) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate28.errors = [{ instancePath: instancePath + "/expected/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expected/additionalProperties/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                    }
                                                }
                                                var valid1 = _errs11 === errors;
                                                if (!valid1) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate28.errors = [{ instancePath: instancePath + "/expected", schemaPath: "#/properties/expected/type", keyword: "type", params: { type: "object" } }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.observed !== undefined) {
                                        let data6 = data.observed;
                                        const _errs15 = errors;
                                        {
                                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                                if (Object.prototype.hasOwnProperty.call(data6, "__proto__")) {
                                                    delete data6.__proto__;
                                                }
                                                for (const key2 in data6) {
                                                    let data7 = data6[key2];
                                                    const _errs18 = errors;
                                                    if (((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")) {
                                                        validate28.errors = [{ instancePath: instancePath + "/observed/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/observed/additionalProperties/type", keyword: "type", params: { type: schema11.properties.observed.additionalProperties.type } }];
                                                        return false;
                                                    }
                                                    var valid3 = _errs18 === errors;
                                                    if (!valid3) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate28.errors = [{ instancePath: instancePath + "/observed", schemaPath: "#/properties/observed/type", keyword: "type", params: { type: "object" } }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs15 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate28.errors = vErrors;
    return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.samples === undefined) {
                data.samples = [];
            }
            let missing0;
            if ((((((data.facts === undefined) && (missing0 = "facts")) || ((data.count === undefined) && (missing0 = "count"))) || ((data.grade === undefined) && (missing0 = "grade"))) || ((data.rules === undefined) && (missing0 = "rules"))) || ((data.broken === undefined) && (missing0 = "broken"))) {
                validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((((key0 === "facts") || (key0 === "count")) || (key0 === "samples")) || (key0 === "grade")) || (key0 === "rules")) || (key0 === "broken"))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.facts !== undefined) {
                        let data0 = data.facts;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                                let missing1;
                                if (((((data0.registered === undefined) && (missing1 = "registered")) || ((data0.ranOn === undefined) && (missing1 = "ranOn"))) || ((data0.inline === undefined) && (missing1 = "inline"))) || ((data0.calls === undefined) && (missing1 = "calls"))) {
                                    validate25.errors = [{ instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/required", keyword: "required", params: { missingProperty: missing1 } }];
                                    return false;
                                }
                                else {
                                    if (Object.prototype.hasOwnProperty.call(data0, "__proto__")) {
                                        delete data0.__proto__;
                                    }
                                    const _errs4 = errors;
                                    for (const key1 in data0) {
                                        if (!(func2.call(schema9.properties.facts.properties, key1))) {
                                            let data1 = data0[key1];
                                            const _errs5 = errors;
                                            if (((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")) {
                                                validate25.errors = [{ instancePath: instancePath + "/facts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/facts/additionalProperties/type", keyword: "type", params: { type: schema9.properties.facts.additionalProperties.type } }];
                                                return false;
                                            }
                                            var valid1 = _errs5 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    if (_errs4 === errors) {
                                        if (data0.registered !== undefined) {
                                            let data2 = data0.registered;
                                            const _errs7 = errors;
                                            if (typeof data2 !== "string") {
                                                validate25.errors = [{ instancePath: instancePath + "/facts/registered", schemaPath: "#/properties/facts/properties/registered/type", keyword: "type", params: { type: "string" } }];
                                                return false;
                                            }
                                            if (!(((((data2 === "pending") || (data2 === "running")) || (data2 === "not-done")) || (data2 === "done")) || (data2 === "cancelled"))) {
                                                validate25.errors = [{ instancePath: instancePath + "/facts/registered", schemaPath: "#/properties/facts/properties/registered/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.registered.enum } }];
                                                return false;
                                            }
                                            var valid2 = _errs7 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data0.ranOn !== undefined) {
                                                let data3 = data0.ranOn;
                                                const _errs9 = errors;
                                                if (typeof data3 !== "string") {
                                                    validate25.errors = [{ instancePath: instancePath + "/facts/ranOn", schemaPath: "#/properties/facts/properties/ranOn/type", keyword: "type", params: { type: "string" } }];
                                                    return false;
                                                }
                                                if (!(((((data3 === "task-thread") || (data3 === "caller-thread")) || (data3 === "other-thread")) || (data3 === "other-process")) || (data3 === "never"))) {
                                                    validate25.errors = [{ instancePath: instancePath + "/facts/ranOn", schemaPath: "#/properties/facts/properties/ranOn/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.ranOn.enum } }];
                                                    return false;
                                                }
                                                var valid2 = _errs9 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                            if (valid2) {
                                                if (data0.inline !== undefined) {
                                                    const _errs11 = errors;
                                                    if (typeof data0.inline !== "boolean") {
                                                        validate25.errors = [{ instancePath: instancePath + "/facts/inline", schemaPath: "#/properties/facts/properties/inline/type", keyword: "type", params: { type: "boolean" } }];
                                                        return false;
                                                    }
                                                    var valid2 = _errs11 === errors;
                                                }
                                                else {
                                                    var valid2 = true;
                                                }
                                                if (valid2) {
                                                    if (data0.calls !== undefined) {
                                                        let data5 = data0.calls;
                                                        const _errs13 = errors;
                                                        if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                                                            validate25.errors = [{ instancePath: instancePath + "/facts/calls", schemaPath: "#/properties/facts/properties/calls/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                        }
                                                        if (errors === _errs13) {
                                                            if ((typeof data5 == "number") && (isFinite(data5))) {
                                                                if (data5 > 9007199254740991 || isNaN(data5)) {
                                                                    validate25.errors = [{ instancePath: instancePath + "/facts/calls", schemaPath: "#/properties/facts/properties/calls/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    if (data5 < 0 || isNaN(data5)) {
                                                                        validate25.errors = [{ instancePath: instancePath + "/facts/calls", schemaPath: "#/properties/facts/properties/calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        var valid2 = _errs13 === errors;
                                                    }
                                                    else {
                                                        var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                        if (data0.taskOn !== undefined) {
                                                            let data6 = data0.taskOn;
                                                            const _errs15 = errors;
                                                            if (typeof data6 !== "string") {
                                                                validate25.errors = [{ instancePath: instancePath + "/facts/taskOn", schemaPath: "#/properties/facts/properties/taskOn/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                            }
                                                            if (!((data6 === "caller-thread") || (data6 === "green-thread"))) {
                                                                validate25.errors = [{ instancePath: instancePath + "/facts/taskOn", schemaPath: "#/properties/facts/properties/taskOn/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.taskOn.enum } }];
                                                                return false;
                                                            }
                                                            var valid2 = _errs15 === errors;
                                                        }
                                                        else {
                                                            var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                            if (data0.order !== undefined) {
                                                                let data7 = data0.order;
                                                                const _errs17 = errors;
                                                                if (typeof data7 !== "string") {
                                                                    validate25.errors = [{ instancePath: instancePath + "/facts/order", schemaPath: "#/properties/facts/properties/order/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                }
                                                                if (!((data7 === "in-order") || (data7 === "out-of-order"))) {
                                                                    validate25.errors = [{ instancePath: instancePath + "/facts/order", schemaPath: "#/properties/facts/properties/order/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.order.enum } }];
                                                                    return false;
                                                                }
                                                                var valid2 = _errs17 === errors;
                                                            }
                                                            else {
                                                                var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                                if (data0.role !== undefined) {
                                                                    let data8 = data0.role;
                                                                    const _errs19 = errors;
                                                                    if (typeof data8 !== "string") {
                                                                        validate25.errors = [{ instancePath: instancePath + "/facts/role", schemaPath: "#/properties/facts/properties/role/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                    }
                                                                    if (!((data8 === "raiser") || (data8 === "after-raiser"))) {
                                                                        validate25.errors = [{ instancePath: instancePath + "/facts/role", schemaPath: "#/properties/facts/properties/role/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.role.enum } }];
                                                                        return false;
                                                                    }
                                                                    var valid2 = _errs19 === errors;
                                                                }
                                                                else {
                                                                    var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                    if (data0.cancelled !== undefined) {
                                                                        const _errs21 = errors;
                                                                        if (typeof data0.cancelled !== "boolean") {
                                                                            validate25.errors = [{ instancePath: instancePath + "/facts/cancelled", schemaPath: "#/properties/facts/properties/cancelled/type", keyword: "type", params: { type: "boolean" } }];
                                                                            return false;
                                                                        }
                                                                        var valid2 = _errs21 === errors;
                                                                    }
                                                                    else {
                                                                        var valid2 = true;
                                                                    }
                                                                    if (valid2) {
                                                                        if (data0.error !== undefined) {
                                                                            let data10 = data0.error;
                                                                            const _errs23 = errors;
                                                                            if (typeof data10 !== "string") {
                                                                                validate25.errors = [{ instancePath: instancePath + "/facts/error", schemaPath: "#/properties/facts/properties/error/type", keyword: "type", params: { type: "string" } }];
                                                                                return false;
                                                                            }
                                                                            if (!(((((data10 === "none") || (data10 === "ProcessTerminatedError")) || (data10 === "TimeoutError")) || (data10 === "MaxConcurrentCallsError")) || (data10 === "other"))) {
                                                                                validate25.errors = [{ instancePath: instancePath + "/facts/error", schemaPath: "#/properties/facts/properties/error/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.error.enum } }];
                                                                                return false;
                                                                            }
                                                                            var valid2 = _errs23 === errors;
                                                                        }
                                                                        else {
                                                                            var valid2 = true;
                                                                        }
                                                                        if (valid2) {
                                                                            if (data0.call !== undefined) {
                                                                                let data11 = data0.call;
                                                                                const _errs25 = errors;
                                                                                if (typeof data11 !== "string") {
                                                                                    validate25.errors = [{ instancePath: instancePath + "/facts/call", schemaPath: "#/properties/facts/properties/call/type", keyword: "type", params: { type: "string" } }];
                                                                                    return false;
                                                                                }
                                                                                if (!((((data11 === "within-limit") || (data11 === "past-limit")) || (data11 === "in-progress")) || (data11 === "queued"))) {
                                                                                    validate25.errors = [{ instancePath: instancePath + "/facts/call", schemaPath: "#/properties/facts/properties/call/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.call.enum } }];
                                                                                    return false;
                                                                                }
                                                                                var valid2 = _errs25 === errors;
                                                                            }
                                                                            else {
                                                                                var valid2 = true;
                                                                            }
                                                                            if (valid2) {
                                                                                if (data0.ranAt !== undefined) {
                                                                                    let data12 = data0.ranAt;
                                                                                    const _errs27 = errors;
                                                                                    if (typeof data12 !== "string") {
                                                                                        validate25.errors = [{ instancePath: instancePath + "/facts/ranAt", schemaPath: "#/properties/facts/properties/ranAt/type", keyword: "type", params: { type: "string" } }];
                                                                                        return false;
                                                                                    }
                                                                                    if (!((data12 === "open") || (data12 === "close"))) {
                                                                                        validate25.errors = [{ instancePath: instancePath + "/facts/ranAt", schemaPath: "#/properties/facts/properties/ranAt/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.ranAt.enum } }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid2 = _errs27 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid2 = true;
                                                                                }
                                                                                if (valid2) {
                                                                                    if (data0.settled !== undefined) {
                                                                                        let data13 = data0.settled;
                                                                                        const _errs29 = errors;
                                                                                        if (typeof data13 !== "string") {
                                                                                            validate25.errors = [{ instancePath: instancePath + "/facts/settled", schemaPath: "#/properties/facts/properties/settled/type", keyword: "type", params: { type: "string" } }];
                                                                                            return false;
                                                                                        }
                                                                                        if (!(((data13 === "fulfilled") || (data13 === "rejected")) || (data13 === "unknown"))) {
                                                                                            validate25.errors = [{ instancePath: instancePath + "/facts/settled", schemaPath: "#/properties/facts/properties/settled/enum", keyword: "enum", params: { allowedValues: schema9.properties.facts.properties.settled.enum } }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid2 = _errs29 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid2 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate25.errors = [{ instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "object" } }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.count !== undefined) {
                            let data14 = data.count;
                            const _errs31 = errors;
                            if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                                validate25.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" } }];
                                return false;
                            }
                            if (errors === _errs31) {
                                if ((typeof data14 == "number") && (isFinite(data14))) {
                                    if (data14 > 9007199254740991 || isNaN(data14)) {
                                        validate25.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                        return false;
                                    }
                                    else {
                                        if (data14 < 1 || isNaN(data14)) {
                                            validate25.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs31 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            let data15 = data.samples;
                            const _errs33 = errors;
                            if (errors === _errs33) {
                                if (Array.isArray(data15)) {
                                    if (data15.length > 10) {
                                        validate25.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maxItems", keyword: "maxItems", params: { limit: 10 } }];
                                        return false;
                                    }
                                    else {
                                        var valid3 = true;
                                        const len0 = data15.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs35 = errors;
                                            if (!(validate26(data15[i0], { instancePath: instancePath + "/samples/" + i0, parentData: data15, parentDataProperty: i0, rootData }))) {
                                                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid3 = _errs35 === errors;
                                            if (!valid3) {
                                                break;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate25.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" } }];
                                    return false;
                                }
                            }
                            var valid0 = _errs33 === errors;
                            if (valid0) {
                                if (data.grade !== undefined) {
                                    let data17 = data.grade;
                                    const _errs36 = errors;
                                    if (typeof data17 !== "string") {
                                        validate25.errors = [{ instancePath: instancePath + "/grade", schemaPath: "#/properties/grade/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    if (!(((data17 === "acceptable") || (data17 === "interesting")) || (data17 === "forbidden"))) {
                                        validate25.errors = [{ instancePath: instancePath + "/grade", schemaPath: "#/properties/grade/enum", keyword: "enum", params: { allowedValues: schema9.properties.grade.enum } }];
                                        return false;
                                    }
                                    var valid0 = _errs36 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.rules !== undefined) {
                                        let data18 = data.rules;
                                        const _errs38 = errors;
                                        if (errors === _errs38) {
                                            if (Array.isArray(data18)) {
                                                var valid4 = true;
                                                const len1 = data18.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                    const _errs40 = errors;
                                                    if (typeof data18[i1] !== "string") {
                                                        validate25.errors = [{ instancePath: instancePath + "/rules/" + i1, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                    }
                                                    var valid4 = _errs40 === errors;
                                                    if (!valid4) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate25.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" } }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs38 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.broken !== undefined) {
                                            let data20 = data.broken;
                                            const _errs42 = errors;
                                            if (errors === _errs42) {
                                                if (Array.isArray(data20)) {
                                                    var valid5 = true;
                                                    const len2 = data20.length;
                                                    for (let i2 = 0; i2 < len2; i2++) {
                                                        const _errs44 = errors;
                                                        if (!(validate28(data20[i2], { instancePath: instancePath + "/broken/" + i2, parentData: data20, parentDataProperty: i2, rootData }))) {
                                                            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                                            errors = vErrors.length;
                                                        }
                                                        var valid5 = _errs44 === errors;
                                                        if (!valid5) {
                                                            break;
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate25.errors = [{ instancePath: instancePath + "/broken", schemaPath: "#/properties/broken/type", keyword: "type", params: { type: "array" } }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs42 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate25.errors = vErrors;
    return errors === 0;
}
const schema12 = { "properties": { "expected": { "additionalProperties": { "items": { "type": ["string", "number", "boolean"] } }}}};
const schema13 = { "additionalProperties": { "type": ["string", "number", "boolean"] }};
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (Object.prototype.hasOwnProperty.call(data, "__proto__")) {
                delete data.__proto__;
            }
            for (const key0 in data) {
                let data0 = data[key0];
                const _errs2 = errors;
                if (((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) {
                    validate32.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: schema13.additionalProperties.type } }];
                    return false;
                }
                var valid0 = _errs2 === errors;
                if (!valid0) {
                    break;
                }
            }
        }
        else {
            validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate32.errors = vErrors;
    return errors === 0;
}
const schema14 = { "properties": { "task": { "type": ["string", "null"] }, "callback": { "type": ["string", "null"] }, "caller": { "type": ["string", "null"] } }};
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.task === undefined) && (missing0 = "task")) || ((data.callback === undefined) && (missing0 = "callback"))) || ((data.caller === undefined) && (missing0 = "caller"))) {
                validate34.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!(((key0 === "task") || (key0 === "callback")) || (key0 === "caller"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.task !== undefined) {
                        let data0 = data.task;
                        const _errs2 = errors;
                        if ((typeof data0 !== "string") && (data0 !== null)) {
                            validate34.errors = [{ instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: schema14.properties.task.type } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.callback !== undefined) {
                            let data1 = data.callback;
                            const _errs4 = errors;
                            if ((typeof data1 !== "string") && (data1 !== null)) {
                                validate34.errors = [{ instancePath: instancePath + "/callback", schemaPath: "#/properties/callback/type", keyword: "type", params: { type: schema14.properties.callback.type } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.caller !== undefined) {
                                let data2 = data.caller;
                                const _errs6 = errors;
                                if ((typeof data2 !== "string") && (data2 !== null)) {
                                    validate34.errors = [{ instancePath: instancePath + "/caller", schemaPath: "#/properties/caller/type", keyword: "type", params: { type: schema14.properties.caller.type } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate34.errors = vErrors;
    return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((((((data.rule === undefined) && (missing0 = "rule")) || ((data.says === undefined) && (missing0 = "says"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.count === undefined) && (missing0 = "count"))) || ((data.expected === undefined) && (missing0 = "expected"))) || ((data.observed === undefined) && (missing0 = "observed"))) || ((data.samples === undefined) && (missing0 = "samples"))) {
                validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(((((((key0 === "rule") || (key0 === "says")) || (key0 === "source")) || (key0 === "count")) || (key0 === "expected")) || (key0 === "observed")) || (key0 === "samples"))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.rule !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.rule !== "string") {
                            validate31.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.says !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.says !== "string") {
                                validate31.errors = [{ instancePath: instancePath + "/says", schemaPath: "#/properties/says/type", keyword: "type", params: { type: "string" } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.source !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.source !== "string") {
                                    validate31.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.count !== undefined) {
                                    let data3 = data.count;
                                    const _errs8 = errors;
                                    if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                                        validate31.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" } }];
                                        return false;
                                    }
                                    if (errors === _errs8) {
                                        if ((typeof data3 == "number") && (isFinite(data3))) {
                                            if (data3 > 9007199254740991 || isNaN(data3)) {
                                                validate31.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                return false;
                                            }
                                            else {
                                                if (data3 < 0 || isNaN(data3)) {
                                                    validate31.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                    return false;
                                                }
                                            }
                                        }
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.expected !== undefined) {
                                        let data4 = data.expected;
                                        const _errs10 = errors;
                                        if (errors === _errs10) {
                                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                if (Object.prototype.hasOwnProperty.call(data4, "__proto__")) {
                                                    delete data4.__proto__;
                                                }
                                                for (const key1 in data4) {
                                                    let data5 = data4[key1];
                                                    const _errs13 = errors;
                                                    if (errors === _errs13) {
                                                        if (Array.isArray(data5)) {
                                                            var valid2 = true;
                                                            const len0 = data5.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                let data6 = data5[i0];
                                                                const _errs15 = errors;
                                                                if (((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))) && (typeof data6 !== "boolean")) {
                                                                    validate31.errors = [{ instancePath: instancePath + "/expected/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/expected/additionalProperties/items/type", keyword: "type", params: { type: schema12.properties.expected.additionalProperties.items.type } }];
                                                                    return false;
                                                                }
                                                                var valid2 = _errs15 === errors;
                                                                if (!valid2) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate31.errors = [{ instancePath: instancePath + "/expected/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/expected/additionalProperties/type", keyword: "type", params: { type: "array" } }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid1 = _errs13 === errors;
                                                    if (!valid1) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate31.errors = [{ instancePath: instancePath + "/expected", schemaPath: "#/properties/expected/type", keyword: "type", params: { type: "object" } }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs10 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.observed !== undefined) {
                                            let data7 = data.observed;
                                            const _errs17 = errors;
                                            if (errors === _errs17) {
                                                if (Array.isArray(data7)) {
                                                    var valid3 = true;
                                                    const len1 = data7.length;
                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                        const _errs19 = errors;
                                                        if (!(validate32(data7[i1], { instancePath: instancePath + "/observed/" + i1, parentData: data7, parentDataProperty: i1, rootData }))) {
                                                            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                            errors = vErrors.length;
                                                        }
                                                        var valid3 = _errs19 === errors;
                                                        if (!valid3) {
                                                            break;
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate31.errors = [{ instancePath: instancePath + "/observed", schemaPath: "#/properties/observed/type", keyword: "type", params: { type: "array" } }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs17 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.samples !== undefined) {
                                                let data9 = data.samples;
                                                const _errs20 = errors;
                                                if (errors === _errs20) {
                                                    if (Array.isArray(data9)) {
                                                        var valid4 = true;
                                                        const len2 = data9.length;
                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                            const _errs22 = errors;
                                                            if (!(validate34(data9[i2], { instancePath: instancePath + "/samples/" + i2, parentData: data9, parentDataProperty: i2, rootData }))) {
                                                                vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                                                errors = vErrors.length;
                                                            }
                                                            var valid4 = _errs22 === errors;
                                                            if (!valid4) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate31.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs20 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate31.errors = vErrors;
    return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((((((((((((data.id === undefined) && (missing0 = "id")) || ((data.target === undefined) && (missing0 = "target"))) || ((data.scenario === undefined) && (missing0 = "scenario"))) || ((data.workers === undefined) && (missing0 = "workers"))) || ((data.tasks === undefined) && (missing0 = "tasks"))) || ((data.callbackDelayMs === undefined) && (missing0 = "callbackDelayMs"))) || ((data.taskMs === undefined) && (missing0 = "taskMs"))) || ((data.callbacks === undefined) && (missing0 = "callbacks"))) || ((data.repeat === undefined) && (missing0 = "repeat"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.durationMs === undefined) && (missing0 = "durationMs"))) || ((data.stats === undefined) && (missing0 = "stats"))) || ((data.outcomes === undefined) && (missing0 = "outcomes"))) || ((data.violations === undefined) && (missing0 = "violations"))) {
                validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(func2.call(schema8.properties, key0))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.id !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.id !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.target !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.target !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.name !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.name !== "string") {
                                    validate24.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.scenario !== undefined) {
                                    let data3 = data.scenario;
                                    const _errs8 = errors;
                                    if (typeof data3 !== "string") {
                                        validate24.errors = [{ instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    if (!(((((((((((((((((((data3 === "running") || (data3 === "timed")) || (data3 === "done")) || (data3 === "cancel")) || (data3 === "shutdown")) || (data3 === "order")) || (data3 === "raising")) || (data3 === "killed")) || (data3 === "failing")) || (data3 === "timeout")) || (data3 === "overload")) || (data3 === "ending")) || (data3 === "aio-pending")) || (data3 === "aio-done")) || (data3 === "aio-bridge")) || (data3 === "aio-underlying")) || (data3 === "aio-cancel")) || (data3 === "aio-closing")) || (data3 === "aio-portal"))) {
                                        validate24.errors = [{ instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/enum", keyword: "enum", params: { allowedValues: schema8.properties.scenario.enum } }];
                                        return false;
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.workers !== undefined) {
                                        let data4 = data.workers;
                                        const _errs10 = errors;
                                        if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                                            validate24.errors = [{ instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/type", keyword: "type", params: { type: "integer" } }];
                                            return false;
                                        }
                                        if (errors === _errs10) {
                                            if ((typeof data4 == "number") && (isFinite(data4))) {
                                                if (data4 > 9007199254740991 || isNaN(data4)) {
                                                    validate24.errors = [{ instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                    return false;
                                                }
                                                else {
                                                    if (data4 < 0 || isNaN(data4)) {
                                                        validate24.errors = [{ instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid0 = _errs10 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.tasks !== undefined) {
                                            let data5 = data.tasks;
                                            const _errs12 = errors;
                                            if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                                                validate24.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "integer" } }];
                                                return false;
                                            }
                                            if (errors === _errs12) {
                                                if ((typeof data5 == "number") && (isFinite(data5))) {
                                                    if (data5 > 9007199254740991 || isNaN(data5)) {
                                                        validate24.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data5 < 0 || isNaN(data5)) {
                                                            validate24.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid0 = _errs12 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.callbackDelayMs !== undefined) {
                                                let data6 = data.callbackDelayMs;
                                                const _errs14 = errors;
                                                if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                                                    validate24.errors = [{ instancePath: instancePath + "/callbackDelayMs", schemaPath: "#/properties/callbackDelayMs/type", keyword: "type", params: { type: "integer" } }];
                                                    return false;
                                                }
                                                if (errors === _errs14) {
                                                    if ((typeof data6 == "number") && (isFinite(data6))) {
                                                        if (data6 > 9007199254740991 || isNaN(data6)) {
                                                            validate24.errors = [{ instancePath: instancePath + "/callbackDelayMs", schemaPath: "#/properties/callbackDelayMs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                            return false;
                                                        }
                                                        else {
                                                            if (data6 < 0 || isNaN(data6)) {
                                                                validate24.errors = [{ instancePath: instancePath + "/callbackDelayMs", schemaPath: "#/properties/callbackDelayMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                return false;
                                                            }
                                                        }
                                                    }
                                                }
                                                var valid0 = _errs14 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.taskMs !== undefined) {
                                                    let data7 = data.taskMs;
                                                    const _errs16 = errors;
                                                    if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                                                        validate24.errors = [{ instancePath: instancePath + "/taskMs", schemaPath: "#/properties/taskMs/type", keyword: "type", params: { type: "integer" } }];
                                                        return false;
                                                    }
                                                    if (errors === _errs16) {
                                                        if ((typeof data7 == "number") && (isFinite(data7))) {
                                                            if (data7 > 9007199254740991 || isNaN(data7)) {
                                                                validate24.errors = [{ instancePath: instancePath + "/taskMs", schemaPath: "#/properties/taskMs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                return false;
                                                            }
                                                            else {
                                                                if (data7 < 0 || isNaN(data7)) {
                                                                    validate24.errors = [{ instancePath: instancePath + "/taskMs", schemaPath: "#/properties/taskMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                    return false;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    var valid0 = _errs16 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.callbacks !== undefined) {
                                                        let data8 = data.callbacks;
                                                        const _errs18 = errors;
                                                        if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                                                            validate24.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/type", keyword: "type", params: { type: "integer" } }];
                                                            return false;
                                                        }
                                                        if (errors === _errs18) {
                                                            if ((typeof data8 == "number") && (isFinite(data8))) {
                                                                if (data8 > 9007199254740991 || isNaN(data8)) {
                                                                    validate24.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    if (data8 < 0 || isNaN(data8)) {
                                                                        validate24.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        var valid0 = _errs18 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.repeat !== undefined) {
                                                            let data9 = data.repeat;
                                                            const _errs20 = errors;
                                                            if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                                                                validate24.errors = [{ instancePath: instancePath + "/repeat", schemaPath: "#/properties/repeat/type", keyword: "type", params: { type: "integer" } }];
                                                                return false;
                                                            }
                                                            if (errors === _errs20) {
                                                                if ((typeof data9 == "number") && (isFinite(data9))) {
                                                                    if (data9 > 9007199254740991 || isNaN(data9)) {
                                                                        validate24.errors = [{ instancePath: instancePath + "/repeat", schemaPath: "#/properties/repeat/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (data9 < 0 || isNaN(data9)) {
                                                                            validate24.errors = [{ instancePath: instancePath + "/repeat", schemaPath: "#/properties/repeat/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            var valid0 = _errs20 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.verdict !== undefined) {
                                                                let data10 = data.verdict;
                                                                const _errs22 = errors;
                                                                if (typeof data10 !== "string") {
                                                                    validate24.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                }
                                                                if (!((((data10 === "pass") || (data10 === "fail")) || (data10 === "error")) || (data10 === "skip"))) {
                                                                    validate24.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema8.properties.verdict.enum } }];
                                                                    return false;
                                                                }
                                                                var valid0 = _errs22 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.reason !== undefined) {
                                                                    const _errs24 = errors;
                                                                    if (typeof data.reason !== "string") {
                                                                        validate24.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                    }
                                                                    var valid0 = _errs24 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.stderrTail !== undefined) {
                                                                        let data12 = data.stderrTail;
                                                                        const _errs26 = errors;
                                                                        if (errors === _errs26) {
                                                                            if (Array.isArray(data12)) {
                                                                                var valid1 = true;
                                                                                const len0 = data12.length;
                                                                                for (let i0 = 0; i0 < len0; i0++) {
                                                                                    const _errs28 = errors;
                                                                                    if (typeof data12[i0] !== "string") {
                                                                                        validate24.errors = [{ instancePath: instancePath + "/stderrTail/" + i0, schemaPath: "#/properties/stderrTail/items/type", keyword: "type", params: { type: "string" } }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid1 = _errs28 === errors;
                                                                                    if (!valid1) {
                                                                                        break;
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate24.errors = [{ instancePath: instancePath + "/stderrTail", schemaPath: "#/properties/stderrTail/type", keyword: "type", params: { type: "array" } }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid0 = _errs26 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.notes !== undefined) {
                                                                            let data14 = data.notes;
                                                                            const _errs30 = errors;
                                                                            if (errors === _errs30) {
                                                                                if (Array.isArray(data14)) {
                                                                                    var valid2 = true;
                                                                                    const len1 = data14.length;
                                                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                                                        const _errs32 = errors;
                                                                                        if (typeof data14[i1] !== "string") {
                                                                                            validate24.errors = [{ instancePath: instancePath + "/notes/" + i1, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" } }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid2 = _errs32 === errors;
                                                                                        if (!valid2) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate24.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" } }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid0 = _errs30 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.durationMs !== undefined) {
                                                                                let data16 = data.durationMs;
                                                                                const _errs34 = errors;
                                                                                if (errors === _errs34) {
                                                                                    if ((typeof data16 == "number") && (isFinite(data16))) {
                                                                                        if (data16 < 0 || isNaN(data16)) {
                                                                                            validate24.errors = [{ instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate24.errors = [{ instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" } }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs34 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.stats !== undefined) {
                                                                                    let data17 = data.stats;
                                                                                    const _errs36 = errors;
                                                                                    if (errors === _errs36) {
                                                                                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                                                            if (Object.prototype.hasOwnProperty.call(data17, "__proto__")) {
                                                                                                delete data17.__proto__;
                                                                                            }
                                                                                            for (const key1 in data17) {
                                                                                                let data18 = data17[key1];
                                                                                                const _errs39 = errors;
                                                                                                if (!((typeof data18 == "number") && (isFinite(data18)))) {
                                                                                                    validate24.errors = [{ instancePath: instancePath + "/stats/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stats/additionalProperties/type", keyword: "type", params: { type: "number" } }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid3 = _errs39 === errors;
                                                                                                if (!valid3) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate24.errors = [{ instancePath: instancePath + "/stats", schemaPath: "#/properties/stats/type", keyword: "type", params: { type: "object" } }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid0 = _errs36 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data.outcomes !== undefined) {
                                                                                        let data19 = data.outcomes;
                                                                                        const _errs41 = errors;
                                                                                        if (errors === _errs41) {
                                                                                            if (Array.isArray(data19)) {
                                                                                                var valid4 = true;
                                                                                                const len2 = data19.length;
                                                                                                for (let i2 = 0; i2 < len2; i2++) {
                                                                                                    const _errs43 = errors;
                                                                                                    if (!(validate25(data19[i2], { instancePath: instancePath + "/outcomes/" + i2, parentData: data19, parentDataProperty: i2, rootData }))) {
                                                                                                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                                                                                                        errors = vErrors.length;
                                                                                                    }
                                                                                                    var valid4 = _errs43 === errors;
                                                                                                    if (!valid4) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate24.errors = [{ instancePath: instancePath + "/outcomes", schemaPath: "#/properties/outcomes/type", keyword: "type", params: { type: "array" } }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs41 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.violations !== undefined) {
                                                                                            let data21 = data.violations;
                                                                                            const _errs44 = errors;
                                                                                            if (errors === _errs44) {
                                                                                                if (Array.isArray(data21)) {
                                                                                                    var valid5 = true;
                                                                                                    const len3 = data21.length;
                                                                                                    for (let i3 = 0; i3 < len3; i3++) {
                                                                                                        const _errs46 = errors;
                                                                                                        if (!(validate31(data21[i3], { instancePath: instancePath + "/violations/" + i3, parentData: data21, parentDataProperty: i3, rootData }))) {
                                                                                                            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                                                                                                            errors = vErrors.length;
                                                                                                        }
                                                                                                        var valid5 = _errs46 === errors;
                                                                                                        if (!valid5) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate24.errors = [{ instancePath: instancePath + "/violations", schemaPath: "#/properties/violations/type", keyword: "type", params: { type: "array" } }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs44 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate24.errors = vErrors;
    return errors === 0;
}
const schema15 = { "properties": { "kind": { "enum": ["gil-enabled"] }, "level": { "enum": ["warning", "error"] }}};
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((data.kind === undefined) && (missing0 = "kind")) || ((data.level === undefined) && (missing0 = "level"))) || ((data.target === undefined) && (missing0 = "target"))) || ((data.message === undefined) && (missing0 = "message"))) {
                validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!((((key0 === "kind") || (key0 === "level")) || (key0 === "target")) || (key0 === "message"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.kind !== undefined) {
                        let data0 = data.kind;
                        const _errs2 = errors;
                        if (typeof data0 !== "string") {
                            validate38.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        if (!(data0 === "gil-enabled")) {
                            validate38.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema15.properties.kind.enum } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.level !== undefined) {
                            let data1 = data.level;
                            const _errs4 = errors;
                            if (typeof data1 !== "string") {
                                validate38.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" } }];
                                return false;
                            }
                            if (!((data1 === "warning") || (data1 === "error"))) {
                                validate38.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema15.properties.level.enum } }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.target !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.target !== "string") {
                                    validate38.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.message !== undefined) {
                                    const _errs8 = errors;
                                    if (typeof data.message !== "string") {
                                        validate38.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate38.errors = vErrors;
    return errors === 0;
}
const schema16 = { "properties": { "target": { "type": "string" }, "fingerprint": { "type": "object", "properties": { "implementation": { "type": "string" }, "version": { "type": "string" }, "executor": { "type": "string" }, "executorVersion": { "type": "string" }, "contract": { "type": "string" }, "contractHash": { "type": "string" } }, "required": ["implementation", "version", "executor", "contract", "contractHash"], "additionalProperties": false }, "runs": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "first": { "type": "string" }, "last": { "type": "string" }, "callbacks": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "forbidden": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "rules": { "type": "array", "items": { "$ref": "#/definitions/rules" } }, "interesting": { "type": "array", "items": { "$ref": "#/definitions/interesting" } } }};
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.rule === undefined) && (missing0 = "rule")) || ((data.checked === undefined) && (missing0 = "checked"))) || ((data.broken === undefined) && (missing0 = "broken"))) {
                validate41.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!(((key0 === "rule") || (key0 === "checked")) || (key0 === "broken"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.rule !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.rule !== "string") {
                            validate41.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.checked !== undefined) {
                            let data1 = data.checked;
                            const _errs4 = errors;
                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                validate41.errors = [{ instancePath: instancePath + "/checked", schemaPath: "#/properties/checked/type", keyword: "type", params: { type: "integer" } }];
                                return false;
                            }
                            {
                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                        validate41.errors = [{ instancePath: instancePath + "/checked", schemaPath: "#/properties/checked/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                        return false;
                                    }
                                    else {
                                        if (data1 < 0 || isNaN(data1)) {
                                            validate41.errors = [{ instancePath: instancePath + "/checked", schemaPath: "#/properties/checked/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.broken !== undefined) {
                                let data2 = data.broken;
                                const _errs6 = errors;
                                if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                                    validate41.errors = [{ instancePath: instancePath + "/broken", schemaPath: "#/properties/broken/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                }
                                {
                                    if ((typeof data2 == "number") && (isFinite(data2))) {
                                        if (data2 > 9007199254740991 || isNaN(data2)) {
                                            validate41.errors = [{ instancePath: instancePath + "/broken", schemaPath: "#/properties/broken/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                            return false;
                                        }
                                        else {
                                            if (data2 < 0 || isNaN(data2)) {
                                                validate41.errors = [{ instancePath: instancePath + "/broken", schemaPath: "#/properties/broken/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                return false;
                                            }
                                        }
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate41.errors = vErrors;
    return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.count === undefined) && (missing0 = "count")) || ((data.of === undefined) && (missing0 = "of"))) {
                validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                for (const key0 in data) {
                    if (!((key0 === "count") || (key0 === "of"))) {
                        delete data[key0];
                    }
                }
                {
                    if (data.count !== undefined) {
                        let data0 = data.count;
                        const _errs2 = errors;
                        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                            validate44.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" } }];
                            return false;
                        }
                        {
                            if ((typeof data0 == "number") && (isFinite(data0))) {
                                if (data0 > 9007199254740991 || isNaN(data0)) {
                                    validate44.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                    return false;
                                }
                                else {
                                    if (data0 < 0 || isNaN(data0)) {
                                        validate44.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                        return false;
                                    }
                                }
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.of !== undefined) {
                            let data1 = data.of;
                            const _errs4 = errors;
                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                validate44.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/type", keyword: "type", params: { type: "integer" } }];
                                return false;
                            }
                            {
                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                        validate44.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                        return false;
                                    }
                                    else {
                                        if (data1 < 0 || isNaN(data1)) {
                                            validate44.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate44.errors = vErrors;
    return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((data.entry === undefined) && (missing0 = "entry")) || ((data.count === undefined) && (missing0 = "count"))) || ((data.of === undefined) && (missing0 = "of"))) || ((data.recent === undefined) && (missing0 = "recent"))) {
                validate43.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((key0 === "entry") || (key0 === "count")) || (key0 === "of")) || (key0 === "recent"))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.entry !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.entry !== "string") {
                            validate43.errors = [{ instancePath: instancePath + "/entry", schemaPath: "#/properties/entry/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.count !== undefined) {
                            let data1 = data.count;
                            const _errs4 = errors;
                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                validate43.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" } }];
                                return false;
                            }
                            if (errors === _errs4) {
                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                        validate43.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                        return false;
                                    }
                                    else {
                                        if (data1 < 0 || isNaN(data1)) {
                                            validate43.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.of !== undefined) {
                                let data2 = data.of;
                                const _errs6 = errors;
                                if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                                    validate43.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                }
                                if (errors === _errs6) {
                                    if ((typeof data2 == "number") && (isFinite(data2))) {
                                        if (data2 > 9007199254740991 || isNaN(data2)) {
                                            validate43.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                            return false;
                                        }
                                        else {
                                            if (data2 < 0 || isNaN(data2)) {
                                                validate43.errors = [{ instancePath: instancePath + "/of", schemaPath: "#/properties/of/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                return false;
                                            }
                                        }
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.recent !== undefined) {
                                    let data3 = data.recent;
                                    const _errs8 = errors;
                                    if (errors === _errs8) {
                                        if (Array.isArray(data3)) {
                                            var valid1 = true;
                                            const len0 = data3.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                const _errs10 = errors;
                                                if (!(validate44(data3[i0], { instancePath: instancePath + "/recent/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                                                    vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                                                    errors = vErrors.length;
                                                }
                                                var valid1 = _errs10 === errors;
                                                if (!valid1) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate43.errors = [{ instancePath: instancePath + "/recent", schemaPath: "#/properties/recent/type", keyword: "type", params: { type: "array" } }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate43.errors = vErrors;
    return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((((((((data.target === undefined) && (missing0 = "target")) || ((data.fingerprint === undefined) && (missing0 = "fingerprint"))) || ((data.runs === undefined) && (missing0 = "runs"))) || ((data.first === undefined) && (missing0 = "first"))) || ((data.last === undefined) && (missing0 = "last"))) || ((data.callbacks === undefined) && (missing0 = "callbacks"))) || ((data.forbidden === undefined) && (missing0 = "forbidden"))) || ((data.rules === undefined) && (missing0 = "rules"))) || ((data.interesting === undefined) && (missing0 = "interesting"))) {
                validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(func2.call(schema16.properties, key0))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.target !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.target !== "string") {
                            validate40.errors = [{ instancePath: instancePath + "/target", schemaPath: "#/properties/target/type", keyword: "type", params: { type: "string" } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.fingerprint !== undefined) {
                            let data1 = data.fingerprint;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    let missing1;
                                    if ((((((data1.implementation === undefined) && (missing1 = "implementation")) || ((data1.version === undefined) && (missing1 = "version"))) || ((data1.executor === undefined) && (missing1 = "executor"))) || ((data1.contract === undefined) && (missing1 = "contract"))) || ((data1.contractHash === undefined) && (missing1 = "contractHash"))) {
                                        validate40.errors = [{ instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/required", keyword: "required", params: { missingProperty: missing1 } }];
                                        return false;
                                    }
                                    else {
                                        const _errs6 = errors;
                                        for (const key1 in data1) {
                                            if (!((((((key1 === "implementation") || (key1 === "version")) || (key1 === "executor")) || (key1 === "executorVersion")) || (key1 === "contract")) || (key1 === "contractHash"))) {
                                                delete data1[key1];
                                            }
                                        }
                                        if (_errs6 === errors) {
                                            if (data1.implementation !== undefined) {
                                                const _errs7 = errors;
                                                if (typeof data1.implementation !== "string") {
                                                    validate40.errors = [{ instancePath: instancePath + "/fingerprint/implementation", schemaPath: "#/properties/fingerprint/properties/implementation/type", keyword: "type", params: { type: "string" } }];
                                                    return false;
                                                }
                                                var valid1 = _errs7 === errors;
                                            }
                                            else {
                                                var valid1 = true;
                                            }
                                            if (valid1) {
                                                if (data1.version !== undefined) {
                                                    const _errs9 = errors;
                                                    if (typeof data1.version !== "string") {
                                                        validate40.errors = [{ instancePath: instancePath + "/fingerprint/version", schemaPath: "#/properties/fingerprint/properties/version/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                    }
                                                    var valid1 = _errs9 === errors;
                                                }
                                                else {
                                                    var valid1 = true;
                                                }
                                                if (valid1) {
                                                    if (data1.executor !== undefined) {
                                                        const _errs11 = errors;
                                                        if (typeof data1.executor !== "string") {
                                                            validate40.errors = [{ instancePath: instancePath + "/fingerprint/executor", schemaPath: "#/properties/fingerprint/properties/executor/type", keyword: "type", params: { type: "string" } }];
                                                            return false;
                                                        }
                                                        var valid1 = _errs11 === errors;
                                                    }
                                                    else {
                                                        var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                        if (data1.executorVersion !== undefined) {
                                                            const _errs13 = errors;
                                                            if (typeof data1.executorVersion !== "string") {
                                                                validate40.errors = [{ instancePath: instancePath + "/fingerprint/executorVersion", schemaPath: "#/properties/fingerprint/properties/executorVersion/type", keyword: "type", params: { type: "string" } }];
                                                                return false;
                                                            }
                                                            var valid1 = _errs13 === errors;
                                                        }
                                                        else {
                                                            var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                            if (data1.contract !== undefined) {
                                                                const _errs15 = errors;
                                                                if (typeof data1.contract !== "string") {
                                                                    validate40.errors = [{ instancePath: instancePath + "/fingerprint/contract", schemaPath: "#/properties/fingerprint/properties/contract/type", keyword: "type", params: { type: "string" } }];
                                                                    return false;
                                                                }
                                                                var valid1 = _errs15 === errors;
                                                            }
                                                            else {
                                                                var valid1 = true;
                                                            }
                                                            if (valid1) {
                                                                if (data1.contractHash !== undefined) {
                                                                    const _errs17 = errors;
                                                                    if (typeof data1.contractHash !== "string") {
                                                                        validate40.errors = [{ instancePath: instancePath + "/fingerprint/contractHash", schemaPath: "#/properties/fingerprint/properties/contractHash/type", keyword: "type", params: { type: "string" } }];
                                                                        return false;
                                                                    }
                                                                    var valid1 = _errs17 === errors;
                                                                }
                                                                else {
                                                                    var valid1 = true;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate40.errors = [{ instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/type", keyword: "type", params: { type: "object" } }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.runs !== undefined) {
                                let data8 = data.runs;
                                const _errs19 = errors;
                                if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                                    validate40.errors = [{ instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "integer" } }];
                                    return false;
                                }
                                if (errors === _errs19) {
                                    if ((typeof data8 == "number") && (isFinite(data8))) {
                                        if (data8 > 9007199254740991 || isNaN(data8)) {
                                            validate40.errors = [{ instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                            return false;
                                        }
                                        else {
                                            if (data8 < 0 || isNaN(data8)) {
                                                validate40.errors = [{ instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                return false;
                                            }
                                        }
                                    }
                                }
                                var valid0 = _errs19 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.first !== undefined) {
                                    const _errs21 = errors;
                                    if (typeof data.first !== "string") {
                                        validate40.errors = [{ instancePath: instancePath + "/first", schemaPath: "#/properties/first/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    var valid0 = _errs21 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.last !== undefined) {
                                        const _errs23 = errors;
                                        if (typeof data.last !== "string") {
                                            validate40.errors = [{ instancePath: instancePath + "/last", schemaPath: "#/properties/last/type", keyword: "type", params: { type: "string" } }];
                                            return false;
                                        }
                                        var valid0 = _errs23 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.callbacks !== undefined) {
                                            let data11 = data.callbacks;
                                            const _errs25 = errors;
                                            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                                                validate40.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/type", keyword: "type", params: { type: "integer" } }];
                                                return false;
                                            }
                                            if (errors === _errs25) {
                                                if ((typeof data11 == "number") && (isFinite(data11))) {
                                                    if (data11 > 9007199254740991 || isNaN(data11)) {
                                                        validate40.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data11 < 0 || isNaN(data11)) {
                                                            validate40.errors = [{ instancePath: instancePath + "/callbacks", schemaPath: "#/properties/callbacks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid0 = _errs25 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.forbidden !== undefined) {
                                                let data12 = data.forbidden;
                                                const _errs27 = errors;
                                                if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                                                    validate40.errors = [{ instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/type", keyword: "type", params: { type: "integer" } }];
                                                    return false;
                                                }
                                                if (errors === _errs27) {
                                                    if ((typeof data12 == "number") && (isFinite(data12))) {
                                                        if (data12 > 9007199254740991 || isNaN(data12)) {
                                                            validate40.errors = [{ instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                            return false;
                                                        }
                                                        else {
                                                            if (data12 < 0 || isNaN(data12)) {
                                                                validate40.errors = [{ instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                return false;
                                                            }
                                                        }
                                                    }
                                                }
                                                var valid0 = _errs27 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.rules !== undefined) {
                                                    let data13 = data.rules;
                                                    const _errs29 = errors;
                                                    if (errors === _errs29) {
                                                        if (Array.isArray(data13)) {
                                                            var valid2 = true;
                                                            const len0 = data13.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                const _errs31 = errors;
                                                                if (!(validate41(data13[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data13, parentDataProperty: i0, rootData }))) {
                                                                    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                                                                    errors = vErrors.length;
                                                                }
                                                                var valid2 = _errs31 === errors;
                                                                if (!valid2) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate40.errors = [{ instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" } }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs29 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.interesting !== undefined) {
                                                        let data15 = data.interesting;
                                                        const _errs32 = errors;
                                                        if (errors === _errs32) {
                                                            if (Array.isArray(data15)) {
                                                                var valid3 = true;
                                                                const len1 = data15.length;
                                                                for (let i1 = 0; i1 < len1; i1++) {
                                                                    const _errs34 = errors;
                                                                    if (!(validate43(data15[i1], { instancePath: instancePath + "/interesting/" + i1, parentData: data15, parentDataProperty: i1, rootData }))) {
                                                                        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                                                        errors = vErrors.length;
                                                                    }
                                                                    var valid3 = _errs34 === errors;
                                                                    if (!valid3) {
                                                                        break;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate40.errors = [{ instancePath: instancePath + "/interesting", schemaPath: "#/properties/interesting/type", keyword: "type", params: { type: "array" } }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs32 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate40.errors = vErrors;
    return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.startedAt === undefined) && (missing0 = "startedAt"))) || ((data.durationMs === undefined) && (missing0 = "durationMs"))) || ((data.summary === undefined) && (missing0 = "summary"))) || ((data.targets === undefined) && (missing0 = "targets"))) || ((data.contracts === undefined) && (missing0 = "contracts"))) || ((data.cells === undefined) && (missing0 = "cells"))) {
                validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 } }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(func2.call(schema6.properties, key0))) {
                        delete data[key0];
                    }
                }
                if (_errs1 === errors) {
                    if (data.schemaVersion !== undefined) {
                        let data0 = data.schemaVersion;
                        const _errs2 = errors;
                        if (!((typeof data0 == "number") && (isFinite(data0)))) {
                            validate21.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "number" } }];
                            return false;
                        }
                        if (1 !== data0) {
                            validate21.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 } }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.tool !== undefined) {
                            let data1 = data.tool;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    let missing1;
                                    if (((data1.name === undefined) && (missing1 = "name")) || ((data1.version === undefined) && (missing1 = "version"))) {
                                        validate21.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: missing1 } }];
                                        return false;
                                    }
                                    else {
                                        const _errs6 = errors;
                                        for (const key1 in data1) {
                                            if (!((key1 === "name") || (key1 === "version"))) {
                                                delete data1[key1];
                                            }
                                        }
                                        if (_errs6 === errors) {
                                            if (data1.name !== undefined) {
                                                let data2 = data1.name;
                                                const _errs7 = errors;
                                                if (typeof data2 !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/type", keyword: "type", params: { type: "string" } }];
                                                    return false;
                                                }
                                                if ("callback-thread-guard" !== data2) {
                                                    validate21.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "callback-thread-guard" } }];
                                                    return false;
                                                }
                                                var valid1 = _errs7 === errors;
                                            }
                                            else {
                                                var valid1 = true;
                                            }
                                            if (valid1) {
                                                if (data1.version !== undefined) {
                                                    const _errs9 = errors;
                                                    if (typeof data1.version !== "string") {
                                                        validate21.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" } }];
                                                        return false;
                                                    }
                                                    var valid1 = _errs9 === errors;
                                                }
                                                else {
                                                    var valid1 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate21.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" } }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.verdict !== undefined) {
                                let data4 = data.verdict;
                                const _errs11 = errors;
                                if (typeof data4 !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/type", keyword: "type", params: { type: "string" } }];
                                    return false;
                                }
                                if (!(((data4 === "pass") || (data4 === "fail")) || (data4 === "error"))) {
                                    validate21.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema6.properties.verdict.enum } }];
                                    return false;
                                }
                                var valid0 = _errs11 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.startedAt !== undefined) {
                                    const _errs13 = errors;
                                    if (typeof data.startedAt !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" } }];
                                        return false;
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.durationMs !== undefined) {
                                        let data6 = data.durationMs;
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                            if ((typeof data6 == "number") && (isFinite(data6))) {
                                                if (data6 < 0 || isNaN(data6)) {
                                                    validate21.errors = [{ instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate21.errors = [{ instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" } }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs15 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.summary !== undefined) {
                                            let data7 = data.summary;
                                            const _errs17 = errors;
                                            if (errors === _errs17) {
                                                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                                    let missing2;
                                                    if ((((((((data7.cells === undefined) && (missing2 = "cells")) || ((data7.passed === undefined) && (missing2 = "passed"))) || ((data7.failed === undefined) && (missing2 = "failed"))) || ((data7.errors === undefined) && (missing2 = "errors"))) || ((data7.skipped === undefined) && (missing2 = "skipped"))) || ((data7.violations === undefined) && (missing2 = "violations"))) || ((data7.interesting === undefined) && (missing2 = "interesting"))) {
                                                        validate21.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: missing2 } }];
                                                        return false;
                                                    }
                                                    else {
                                                        const _errs19 = errors;
                                                        for (const key2 in data7) {
                                                            if (!(((((((key2 === "cells") || (key2 === "passed")) || (key2 === "failed")) || (key2 === "errors")) || (key2 === "skipped")) || (key2 === "violations")) || (key2 === "interesting"))) {
                                                                delete data7[key2];
                                                            }
                                                        }
                                                        if (_errs19 === errors) {
                                                            if (data7.cells !== undefined) {
                                                                let data8 = data7.cells;
                                                                const _errs20 = errors;
                                                                if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/cells", schemaPath: "#/properties/summary/properties/cells/type", keyword: "type", params: { type: "integer" } }];
                                                                    return false;
                                                                }
                                                                if (errors === _errs20) {
                                                                    if ((typeof data8 == "number") && (isFinite(data8))) {
                                                                        if (data8 > 9007199254740991 || isNaN(data8)) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/summary/cells", schemaPath: "#/properties/summary/properties/cells/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            if (data8 < 0 || isNaN(data8)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/summary/cells", schemaPath: "#/properties/summary/properties/cells/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                var valid2 = _errs20 === errors;
                                                            }
                                                            else {
                                                                var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                                if (data7.passed !== undefined) {
                                                                    let data9 = data7.passed;
                                                                    const _errs22 = errors;
                                                                    if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/summary/passed", schemaPath: "#/properties/summary/properties/passed/type", keyword: "type", params: { type: "integer" } }];
                                                                        return false;
                                                                    }
                                                                    if (errors === _errs22) {
                                                                        if ((typeof data9 == "number") && (isFinite(data9))) {
                                                                            if (data9 > 9007199254740991 || isNaN(data9)) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/summary/passed", schemaPath: "#/properties/summary/properties/passed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                if (data9 < 0 || isNaN(data9)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/passed", schemaPath: "#/properties/summary/properties/passed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    var valid2 = _errs22 === errors;
                                                                }
                                                                else {
                                                                    var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                    if (data7.failed !== undefined) {
                                                                        let data10 = data7.failed;
                                                                        const _errs24 = errors;
                                                                        if (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) {
                                                                            validate21.errors = [{ instancePath: instancePath + "/summary/failed", schemaPath: "#/properties/summary/properties/failed/type", keyword: "type", params: { type: "integer" } }];
                                                                            return false;
                                                                        }
                                                                        if (errors === _errs24) {
                                                                            if ((typeof data10 == "number") && (isFinite(data10))) {
                                                                                if (data10 > 9007199254740991 || isNaN(data10)) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/failed", schemaPath: "#/properties/summary/properties/failed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    if (data10 < 0 || isNaN(data10)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/summary/failed", schemaPath: "#/properties/summary/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                        var valid2 = _errs24 === errors;
                                                                    }
                                                                    else {
                                                                        var valid2 = true;
                                                                    }
                                                                    if (valid2) {
                                                                        if (data7.errors !== undefined) {
                                                                            let data11 = data7.errors;
                                                                            const _errs26 = errors;
                                                                            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/summary/errors", schemaPath: "#/properties/summary/properties/errors/type", keyword: "type", params: { type: "integer" } }];
                                                                                return false;
                                                                            }
                                                                            if (errors === _errs26) {
                                                                                if ((typeof data11 == "number") && (isFinite(data11))) {
                                                                                    if (data11 > 9007199254740991 || isNaN(data11)) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/summary/errors", schemaPath: "#/properties/summary/properties/errors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        if (data11 < 0 || isNaN(data11)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/summary/errors", schemaPath: "#/properties/summary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            var valid2 = _errs26 === errors;
                                                                        }
                                                                        else {
                                                                            var valid2 = true;
                                                                        }
                                                                        if (valid2) {
                                                                            if (data7.skipped !== undefined) {
                                                                                let data12 = data7.skipped;
                                                                                const _errs28 = errors;
                                                                                if (!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/skipped", schemaPath: "#/properties/summary/properties/skipped/type", keyword: "type", params: { type: "integer" } }];
                                                                                    return false;
                                                                                }
                                                                                if (errors === _errs28) {
                                                                                    if ((typeof data12 == "number") && (isFinite(data12))) {
                                                                                        if (data12 > 9007199254740991 || isNaN(data12)) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/summary/skipped", schemaPath: "#/properties/summary/properties/skipped/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (data12 < 0 || isNaN(data12)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/summary/skipped", schemaPath: "#/properties/summary/properties/skipped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                                var valid2 = _errs28 === errors;
                                                                            }
                                                                            else {
                                                                                var valid2 = true;
                                                                            }
                                                                            if (valid2) {
                                                                                if (data7.violations !== undefined) {
                                                                                    let data13 = data7.violations;
                                                                                    const _errs30 = errors;
                                                                                    if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/summary/violations", schemaPath: "#/properties/summary/properties/violations/type", keyword: "type", params: { type: "integer" } }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs30) {
                                                                                        if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                                            if (data13 > 9007199254740991 || isNaN(data13)) {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/summary/violations", schemaPath: "#/properties/summary/properties/violations/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                if (data13 < 0 || isNaN(data13)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/violations", schemaPath: "#/properties/summary/properties/violations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    var valid2 = _errs30 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid2 = true;
                                                                                }
                                                                                if (valid2) {
                                                                                    if (data7.interesting !== undefined) {
                                                                                        let data14 = data7.interesting;
                                                                                        const _errs32 = errors;
                                                                                        if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/summary/interesting", schemaPath: "#/properties/summary/properties/interesting/type", keyword: "type", params: { type: "integer" } }];
                                                                                            return false;
                                                                                        }
                                                                                        if (errors === _errs32) {
                                                                                            if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                                                if (data14 > 9007199254740991 || isNaN(data14)) {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/summary/interesting", schemaPath: "#/properties/summary/properties/interesting/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (data14 < 0 || isNaN(data14)) {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/summary/interesting", schemaPath: "#/properties/summary/properties/interesting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        var valid2 = _errs32 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid2 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate21.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" } }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs17 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.targets !== undefined) {
                                                let data15 = data.targets;
                                                const _errs34 = errors;
                                                if (errors === _errs34) {
                                                    if (Array.isArray(data15)) {
                                                        var valid3 = true;
                                                        const len0 = data15.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                            const _errs36 = errors;
                                                            if (!(validate22(data15[i0], { instancePath: instancePath + "/targets/" + i0, parentData: data15, parentDataProperty: i0, rootData }))) {
                                                                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                                                                errors = vErrors.length;
                                                            }
                                                            var valid3 = _errs36 === errors;
                                                            if (!valid3) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate21.errors = [{ instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" } }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs34 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.contracts !== undefined) {
                                                    let data17 = data.contracts;
                                                    const _errs37 = errors;
                                                    if (errors === _errs37) {
                                                        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                            if (Object.prototype.hasOwnProperty.call(data17, "__proto__")) {
                                                                delete data17.__proto__;
                                                            }
                                                        }
                                                        else {
                                                            validate21.errors = [{ instancePath: instancePath + "/contracts", schemaPath: "#/properties/contracts/type", keyword: "type", params: { type: "object" } }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs37 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.cells !== undefined) {
                                                        let data18 = data.cells;
                                                        const _errs39 = errors;
                                                        if (errors === _errs39) {
                                                            if (Array.isArray(data18)) {
                                                                var valid4 = true;
                                                                const len1 = data18.length;
                                                                for (let i1 = 0; i1 < len1; i1++) {
                                                                    const _errs41 = errors;
                                                                    if (!(validate24(data18[i1], { instancePath: instancePath + "/cells/" + i1, parentData: data18, parentDataProperty: i1, rootData }))) {
                                                                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                                                        errors = vErrors.length;
                                                                    }
                                                                    var valid4 = _errs41 === errors;
                                                                    if (!valid4) {
                                                                        break;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate21.errors = [{ instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" } }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs39 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.baselineSource !== undefined) {
                                                            let data20 = data.baselineSource;
                                                            const _errs42 = errors;
                                                            if (errors === _errs42) {
                                                                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                                                                    let missing3;
                                                                    if ((data20.kind === undefined) && (missing3 = "kind")) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource", schemaPath: "#/properties/baselineSource/required", keyword: "required", params: { missingProperty: missing3 } }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        const _errs44 = errors;
                                                                        for (const key3 in data20) {
                                                                            if (!(func2.call(schema6.properties.baselineSource.properties, key3))) {
                                                                                delete data20[key3];
                                                                            }
                                                                        }
                                                                        if (_errs44 === errors) {
                                                                            if (data20.kind !== undefined) {
                                                                                let data21 = data20.kind;
                                                                                const _errs45 = errors;
                                                                                if (typeof data21 !== "string") {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource/kind", schemaPath: "#/properties/baselineSource/properties/kind/type", keyword: "type", params: { type: "string" } }];
                                                                                    return false;
                                                                                }
                                                                                if (!(((data21 === "auto") || (data21 === "file")) || (data21 === "missing"))) {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource/kind", schemaPath: "#/properties/baselineSource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema6.properties.baselineSource.properties.kind.enum } }];
                                                                                    return false;
                                                                                }
                                                                                var valid5 = _errs45 === errors;
                                                                            }
                                                                            else {
                                                                                var valid5 = true;
                                                                            }
                                                                            if (valid5) {
                                                                                if (data20.reason !== undefined) {
                                                                                    const _errs47 = errors;
                                                                                    if (typeof data20.reason !== "string") {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource/reason", schemaPath: "#/properties/baselineSource/properties/reason/type", keyword: "type", params: { type: "string" } }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid5 = _errs47 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid5 = true;
                                                                                }
                                                                                if (valid5) {
                                                                                    if (data20.path !== undefined) {
                                                                                        const _errs49 = errors;
                                                                                        if (typeof data20.path !== "string") {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/baselineSource/path", schemaPath: "#/properties/baselineSource/properties/path/type", keyword: "type", params: { type: "string" } }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid5 = _errs49 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid5 = true;
                                                                                    }
                                                                                    if (valid5) {
                                                                                        if (data20.branch !== undefined) {
                                                                                            const _errs51 = errors;
                                                                                            if (typeof data20.branch !== "string") {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/baselineSource/branch", schemaPath: "#/properties/baselineSource/properties/branch/type", keyword: "type", params: { type: "string" } }];
                                                                                                return false;
                                                                                            }
                                                                                            var valid5 = _errs51 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid5 = true;
                                                                                        }
                                                                                        if (valid5) {
                                                                                            if (data20.sha !== undefined) {
                                                                                                const _errs53 = errors;
                                                                                                if (typeof data20.sha !== "string") {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource/sha", schemaPath: "#/properties/baselineSource/properties/sha/type", keyword: "type", params: { type: "string" } }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid5 = _errs53 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid5 = true;
                                                                                            }
                                                                                            if (valid5) {
                                                                                                if (data20.commitUrl !== undefined) {
                                                                                                    const _errs55 = errors;
                                                                                                    if (typeof data20.commitUrl !== "string") {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource/commitUrl", schemaPath: "#/properties/baselineSource/properties/commitUrl/type", keyword: "type", params: { type: "string" } }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid5 = _errs55 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid5 = true;
                                                                                                }
                                                                                                if (valid5) {
                                                                                                    if (data20.runId !== undefined) {
                                                                                                        let data27 = data20.runId;
                                                                                                        const _errs57 = errors;
                                                                                                        if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                                                                                                            validate21.errors = [{ instancePath: instancePath + "/baselineSource/runId", schemaPath: "#/properties/baselineSource/properties/runId/type", keyword: "type", params: { type: "integer" } }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        if (errors === _errs57) {
                                                                                                            if ((typeof data27 == "number") && (isFinite(data27))) {
                                                                                                                if (data27 > 9007199254740991 || isNaN(data27)) {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource/runId", schemaPath: "#/properties/baselineSource/properties/runId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                else {
                                                                                                                    if (data27 < 0 || isNaN(data27)) {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource/runId", schemaPath: "#/properties/baselineSource/properties/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        var valid5 = _errs57 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid5 = true;
                                                                                                    }
                                                                                                    if (valid5) {
                                                                                                        if (data20.runUrl !== undefined) {
                                                                                                            const _errs59 = errors;
                                                                                                            if (typeof data20.runUrl !== "string") {
                                                                                                                validate21.errors = [{ instancePath: instancePath + "/baselineSource/runUrl", schemaPath: "#/properties/baselineSource/properties/runUrl/type", keyword: "type", params: { type: "string" } }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid5 = _errs59 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid5 = true;
                                                                                                        }
                                                                                                        if (valid5) {
                                                                                                            if (data20.createdAt !== undefined) {
                                                                                                                const _errs61 = errors;
                                                                                                                if (typeof data20.createdAt !== "string") {
                                                                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource/createdAt", schemaPath: "#/properties/baselineSource/properties/createdAt/type", keyword: "type", params: { type: "string" } }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid5 = _errs61 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid5 = true;
                                                                                                            }
                                                                                                            if (valid5) {
                                                                                                                if (data20.artifact !== undefined) {
                                                                                                                    const _errs63 = errors;
                                                                                                                    if (typeof data20.artifact !== "string") {
                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource/artifact", schemaPath: "#/properties/baselineSource/properties/artifact/type", keyword: "type", params: { type: "string" } }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid5 = _errs63 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid5 = true;
                                                                                                                }
                                                                                                                if (valid5) {
                                                                                                                    if (data20.mergeBase !== undefined) {
                                                                                                                        const _errs65 = errors;
                                                                                                                        if (typeof data20.mergeBase !== "boolean") {
                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/baselineSource/mergeBase", schemaPath: "#/properties/baselineSource/properties/mergeBase/type", keyword: "type", params: { type: "boolean" } }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid5 = _errs65 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid5 = true;
                                                                                                                    }
                                                                                                                    if (valid5) {
                                                                                                                        if (data20.commitsBehind !== undefined) {
                                                                                                                            let data32 = data20.commitsBehind;
                                                                                                                            const _errs67 = errors;
                                                                                                                            if (!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) {
                                                                                                                                validate21.errors = [{ instancePath: instancePath + "/baselineSource/commitsBehind", schemaPath: "#/properties/baselineSource/properties/commitsBehind/type", keyword: "type", params: { type: "integer" } }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            if (errors === _errs67) {
                                                                                                                                if ((typeof data32 == "number") && (isFinite(data32))) {
                                                                                                                                    if (data32 > 9007199254740991 || isNaN(data32)) {
                                                                                                                                        validate21.errors = [{ instancePath: instancePath + "/baselineSource/commitsBehind", schemaPath: "#/properties/baselineSource/properties/commitsBehind/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 } }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        if (data32 < 0 || isNaN(data32)) {
                                                                                                                                            validate21.errors = [{ instancePath: instancePath + "/baselineSource/commitsBehind", schemaPath: "#/properties/baselineSource/properties/commitsBehind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid5 = _errs67 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid5 = true;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/baselineSource", schemaPath: "#/properties/baselineSource/type", keyword: "type", params: { type: "object" } }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid0 = _errs42 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.warnings !== undefined) {
                                                                let data33 = data.warnings;
                                                                const _errs69 = errors;
                                                                if (errors === _errs69) {
                                                                    if (Array.isArray(data33)) {
                                                                        var valid6 = true;
                                                                        const len2 = data33.length;
                                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                                            const _errs71 = errors;
                                                                            if (!(validate38(data33[i2], { instancePath: instancePath + "/warnings/" + i2, parentData: data33, parentDataProperty: i2, rootData }))) {
                                                                                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                                                                                errors = vErrors.length;
                                                                            }
                                                                            var valid6 = _errs71 === errors;
                                                                            if (!valid6) {
                                                                                break;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" } }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid0 = _errs69 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.history !== undefined) {
                                                                    let data35 = data.history;
                                                                    const _errs72 = errors;
                                                                    if (errors === _errs72) {
                                                                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                                                            let missing4;
                                                                            if ((data35.targets === undefined) && (missing4 = "targets")) {
                                                                                validate21.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/required", keyword: "required", params: { missingProperty: missing4 } }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                const _errs74 = errors;
                                                                                for (const key4 in data35) {
                                                                                    if (!(key4 === "targets")) {
                                                                                        delete data35[key4];
                                                                                    }
                                                                                }
                                                                                if (_errs74 === errors) {
                                                                                    if (data35.targets !== undefined) {
                                                                                        let data36 = data35.targets;
                                                                                        const _errs75 = errors;
                                                                                        if (errors === _errs75) {
                                                                                            if (Array.isArray(data36)) {
                                                                                                var valid8 = true;
                                                                                                const len3 = data36.length;
                                                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                                                    const _errs77 = errors;
                                                                                                    if (!(validate40(data36[i3], { instancePath: instancePath + "/history/targets/" + i3, parentData: data36, parentDataProperty: i3, rootData }))) {
                                                                                                        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                                                                                                        errors = vErrors.length;
                                                                                                    }
                                                                                                    var valid8 = _errs77 === errors;
                                                                                                    if (!valid8) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate21.errors = [{ instancePath: instancePath + "/history/targets", schemaPath: "#/properties/history/properties/targets/type", keyword: "type", params: { type: "array" } }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "object" } }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs72 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } }];
            return false;
        }
    }
    validate21.errors = vErrors;
    return errors === 0;
}

/**
 * The fields the generated code only checks are objects, and zod checks after: contracts carry
 * refinements JSON Schema cannot say, and a report holds a few (the generator reads this list).
 */
const CHECKED_BY_ZOD = ['contracts'];
/**
 * reportFileSchema.safeParse, faster: validateInPlace, and zod again only when it refuses.
 * The value must be fresh from JSON.parse: it is changed, and what is returned shares it.
 */
function validateReportFile(value) {
    const report = validateInPlace(value);
    if (report !== undefined)
        return { success: true, data: report };
    // Refused: zod says where and why, as it always has. (What the generated code removed or filled
    // is what zod ignores or fills, so zod finds the same first problem.) Were the two ever to
    // disagree, zod's answer is the one kept.
    return reportFileSchema.safeParse(value);
}
/**
 * The report file, checked and stripped in place by the generated code (unknown keys deleted,
 * defaults filled, as zod's copy would have them) and the fields above by zod; undefined when
 * either refuses it.
 */
function validateInPlace(value) {
    if (!checkReportFileShape(value))
        return undefined;
    const report = value;
    for (const field of CHECKED_BY_ZOD) {
        const result = reportFileSchema.shape[field].safeParse(report[field]);
        if (!result.success)
            return undefined;
        report[field] = result.data;
    }
    return value;
}

/**
 * Reading JSON reports back (a baseline, or the reports of a workflow matrix) and merging several
 * into one. A report file may come from another job, or from a fork's workflow through an
 * artifact, so it is untrusted: every field the renderers use is validated here (model.ts's
 * reportFileSchema, the report's one definition), unknown fields
 * are dropped, and a bad file is refused with one line that names it and the field. What it
 * claims (grades, violations, verdicts, the summary) is not read: judge.ts grades its outcomes.
 */
/** Far above any real report (10,000 cells), low enough to refuse a file meant to exhaust memory. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** For one file as for many merged: past this, renderers and the comment are no use anyway. */
const MAX_CELLS = 100_000;
/** Parses, validates and judges one report; the error says where in the file it went wrong. */
function parseReport(text, options = {}) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse quotes the text around the fault: a file that is not a report is never quoted.
        const at = /position (\d+)/.exec(oneLine(error))?.[1];
        throw new Error(`not valid JSON${at === undefined ? '' : ` (at byte ${at})`}`);
    }
    // Counted before validating, which takes a while for each cell.
    const cells = value?.cells;
    if (Array.isArray(cells) && cells.length > MAX_CELLS)
        throw new Error(tooManyCells(cells.length));
    // In place: the value is JSON.parse's own, which nothing else holds (judge.ts relies on it).
    const result = validateReportFile(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        // Keys and values come from the file: each is cut, so an error stays one short line.
        const where = issue === undefined ? '' : fieldPath(issue.path, key => echoValue(key));
        throw new Error(`not a callback-thread-guard JSON report: ${where === '' ? '' : `${where}: `}${echoValue(issue?.message ?? 'invalid', 160)}`);
    }
    return judgeReport(result.data, options);
}
function tooManyCells(cells) {
    return `${cells.toLocaleString('en-US')} cells; at most ${MAX_CELLS.toLocaleString('en-US')}`;
}
/** Reads a report file for an input; any problem is an InputError naming the input and the file. */
function readReportFile(path, field, options = {}) {
    const problem = (why) => new InputError(field, `${echoValue(path, 200)}: ${why}`);
    // Regular files only, read up to the cap (a FIFO or a device is refused, never waited on).
    const text = readInputText(path, field, MAX_REPORT_BYTES);
    try {
        return parseReport(text, options);
    }
    catch (error) {
        throw problem(oneLine(error));
    }
}
/**
 * One report from several. With more than one source, target names are prefixed with a label
 * taken from the file's path (the part that differs between the files, such as the artifact
 * folder "py3.12-ubuntu-latest"). Cells are numbered again, from one file as from many, so every
 * id is ours and every row says where it ran.
 */
function mergeReports(sources, field = 'reports') {
    if (sources.length === 0)
        throw new InputError(field, 'no reports to merge');
    const total = sources.reduce((n, s) => n + s.report.cells.length, 0);
    if (total > MAX_CELLS) {
        throw new InputError(field, `the reports have ${sources.length === 1 ? '' : 'together '}${tooManyCells(total)}`);
    }
    const first = sources[0];
    if (sources.length === 1) {
        // A merged report's history is never read: a fork's job may have written it (history.ts).
        const { history: _ignored, ...report } = first.report;
        // A file the engine wrote is numbered already: 100,000 cells are not copied to say so again.
        const cells = report.cells;
        if (cells.every((c, i) => c.id === `c${i + 1}`))
            return report;
        return { ...report, cells: cells.map((c, i) => ({ ...c, id: `c${i + 1}` })) };
    }
    const labels = sourceLabels(sources.map(s => s.path));
    const targets = [];
    const cells = [];
    const contracts = {};
    sources.forEach((source, i) => {
        const label = labels[i];
        const rename = targetNamer(label, source.report);
        for (const t of source.report.targets)
            targets.push({ ...t, name: rename(t.name) });
        for (const c of source.report.cells)
            cells.push({ ...c, id: `c${cells.length + 1}`, target: rename(c.target) });
        for (const [name, contract] of Object.entries(source.report.contracts))
            if (!Object.hasOwn(contracts, name))
                contracts[name] = contract;
    });
    const starts = sources.map(s => Date.parse(s.report.startedAt)).filter(Number.isFinite);
    const ends = sources
        .map(s => Date.parse(s.report.startedAt) + s.report.durationMs)
        .filter(Number.isFinite);
    // No spread into Math.min/max: a call takes a limited number of arguments.
    const startedAt = starts.length > 0 ? starts.reduce((a, b) => Math.min(a, b)) : Date.now();
    const summary = summarize(cells);
    const gil = rederiveGil(targets, sources.flatMap(s => s.report.warnings ?? []), overallVerdict(summary));
    return {
        schemaVersion: 1,
        tool: { name: 'callback-thread-guard', version: VERSION },
        verdict: gil.verdict,
        startedAt: new Date(startedAt).toISOString(),
        durationMs: ends.length > 0 ? Math.max(0, ends.reduce((a, b) => Math.max(a, b)) - startedAt) : 0,
        summary,
        targets,
        contracts,
        cells,
        evidence: collectEvidence(targets, contracts, cells),
        ...(gil.warnings === undefined ? {} : { warnings: gil.warnings })
    };
}
/** A report with one target, named like every other report's target, is named by its label alone. */
function targetNamer(label, report) {
    if (report.targets.length <= 1)
        return () => label;
    return name => `${label}: ${name}`;
}
/**
 * What tells the files apart: the path below their common folder, without ".json", and without
 * the file name when every file has the same one (download-artifact puts each artifact in a
 * folder named after it, each holding the same report file name).
 */
function sourceLabels(paths) {
    const parts = paths.map(p => resolve(p).split(sep));
    const firstParts = parts[0] ?? [];
    // Folders shared by every path; the file name itself always stays.
    let shared = 0;
    while (parts.every(p => shared < p.length - 1 && p[shared] === firstParts[shared]))
        shared += 1;
    const names = new Set(parts.map(p => p.at(-1)));
    return parts.map(p => {
        const rest = p.slice(shared);
        if (names.size === 1 && rest.length > 1)
            rest.pop();
        return rest.join('/').replace(/\.json$/i, '');
    });
}

export { MAX_REPORT_BYTES as M, mergeReports as m, parseReport as p, readReportFile as r };
