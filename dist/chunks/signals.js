import { statSync, readFileSync, mkdirSync, writeFileSync, chmodSync, renameSync, accessSync, constants, readlinkSync, lstatSync, rmSync, openSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { I as InputError, q as quote, N as assetPath, S as SCENARIO_TRAITS, V as VERSION, O as shellQuoteExports, P as runPlan, Q as traitsOf, R as REPORT_FORMATS, T as kindOf, U as renderMarkdown, W as renderJson, X as renderTerminal, Y as killAllProbes } from './terminal.js';
import { writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

/**
 * Where a reproducer may go, decided before anything runs: a folder given must be a folder (or
 * not exist yet), and the default is the JSON report's folder only when that report is a file.
 */
/** Bad input before anything runs: the folder for the reproducer is something other than a folder. */
function checkReproducerFolder(dir, label) {
    let isFolder = true;
    try {
        isFolder = statSync(dir).isDirectory();
    }
    catch {
        return; // missing: created when a reproducer is written
    }
    if (!isFolder)
        throw new InputError(label, `${quote(dir)} is not a folder, so no reproducer can be written there`);
}
/**
 * The folder of a JSON report, when it is a file (or will be): not a stream such as /dev/stdout
 * or a FIFO, whose folder is no place for a file of ours.
 */
function besideReport(json) {
    if (json === undefined)
        return undefined;
    try {
        if (!statSync(json).isFile())
            return undefined;
    }
    catch {
        // Not there yet: the report will be a file.
    }
    return dirname(json);
}

/**
 * Renders the standalone Python reproducer of one failing cell: the template shipped beside the
 * probe (probes/python/repro_template.py) with the experiment, the executor and the contract's
 * rules filled in as one JSON text. Everything that came from a config or a report enters the
 * file only inside that JSON, written as a Python string literal: no other text is spliced in.
 */
/** The line of the template that carries the configuration. */
const CONFIG_LINE = /^CONFIG_JSON = "\{\}".*$/m;
function renderPythonReproducer(spec) {
    const template = readFileSync(assetPath('python/repro_template.py'), 'utf8');
    if (!CONFIG_LINE.test(template))
        throw new Error('the reproducer template has no CONFIG_JSON line');
    const traits = SCENARIO_TRAITS[spec.scenario];
    const config = {
        executor: spec.executor,
        pythonPath: spec.pythonPath.map(p => resolve(p)),
        scenario: spec.scenario,
        experiment: traits.experiment,
        facts: traits.facts,
        workers: spec.workers,
        tasks: spec.tasks,
        callbacks: spec.callbacks,
        delayS: spec.callbackDelayMs / 1000,
        taskS: spec.taskMs / 1000,
        timeoutS: spec.timeoutMs / 1000,
        tries: spec.tries,
        rules: spec.rules,
        contract: { rules: spec.contract.rules, interesting: spec.contract.interesting },
        found: spec.found,
        perturb: spec.perturb ?? null
    };
    // The JSON, in ASCII (JSON's own \u escapes, which json.loads joins into pairs), written as a
    // JSON string: that is a valid Python string literal (its escapes are Python's too), so the
    // data never becomes code.
    const ascii = JSON.stringify(config).replace(/[\u007f-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const literal = JSON.stringify(ascii);
    return template.replace(CONFIG_LINE, () => `CONFIG_JSON = ${literal}`);
}

/** The dimensions shrunk, in order: repetitions first (cheapest to lose), then tasks, then workers. */
const DIMENSIONS = ['repeat', 'tasks', 'workers'];
/** Smaller values to try for `value`, smallest first: 1, a quarter, a half. */
function smallerValues(value) {
    const out = [1, Math.floor(value / 4), Math.floor(value / 2)].filter(v => v >= 1 && v < value);
    return [...new Set(out)].sort((a, b) => a - b);
}
/**
 * Greedy: for each dimension in turn, the smallest smaller value that still fails replaces the
 * current one, and that dimension is tried again from there; stops at the deadline (a run is
 * started only before it).
 */
async function shrinkCell(target, cell, rules, limitMs, runOne, now = Date.now) {
    const deadline = now() + limitMs;
    let current = cell;
    let runs = 0;
    let failed = 0;
    for (const dimension of DIMENSIONS) {
        let improved = true;
        while (improved && now() < deadline) {
            improved = false;
            for (const value of smallerValues(current[dimension])) {
                if (now() >= deadline)
                    break;
                const candidate = { ...current, [dimension]: value };
                runs += 1;
                const report = await runOne(target, candidate);
                const broken = report.cells.flatMap(c => c.violations.map(v => v.rule));
                if (broken.some(rule => rules.includes(rule))) {
                    failed += 1;
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }
    }
    return { cell: current, runs, failed };
}

/**
 * On a violation, the reproducer: the first failing cell of a Python target whose tasks ran in
 * its process (a thread pool, not a process pool) is shrunk (bounded time, the engine's own runs)
 * and written as one standalone Python file (engine/repro/python.ts) in the folder asked for; the report then says where it is and how to run it. Written whole to a
 * temporary name and renamed, so a reader never sees half a file.
 */
/** Shrinking gets this long without a budget; with one, a tenth of it, within these limits. */
const SHRINK_MS = 15_000;
const SHRINK_MIN_MS = 5_000;
const SHRINK_MAX_MS = 60_000;
/** Tries a reproducer makes at least, and at most. */
const MIN_TRIES = 20;
const MAX_TRIES = 10_000;
const TRIES_PER_REPETITION = 4;
function shrinkLimitMs(plan) {
    if (plan.budget === undefined)
        return SHRINK_MS;
    return Math.min(SHRINK_MAX_MS, Math.max(SHRINK_MIN_MS, Math.round(plan.budget.ms / 10)));
}
/** One cell of one target, on a fresh probe, graded by the contract the run used for it. */
const runOnFreshProbe = (target, cell) => runPlan({ targets: [target], cells: [{ ...cell, target: target.name }], labels: {} });
/**
 * Writes the reproducer of the first failing cell of a Python target into `dir`, and records it
 * on the report. Nothing happens when no such cell failed (a pool's reproducer is not written yet).
 */
async function addReproducer(report, plan, dir, limitMs = shrinkLimitMs(plan), runOne = runOnFreshProbe) {
    const found = firstFailure(report, plan);
    if (found === undefined)
        return undefined;
    const { cell, target, contract, rules, planCell } = found;
    // A budget may have run thousands of repetitions: shrinking starts from at most that many.
    // When the run perturbed this target's schedule, the fault may need it: shrinking runs and the
    // reproducer are perturbed the same way (never a wrong verdict: it changes only timing).
    const perturb = plan.budget?.perturb?.targets.includes(target.name)
        ? plan.budget.perturb.how
        : undefined;
    const start = {
        ...planCell,
        id: 'shrink',
        repeat: Math.min(cell.repeat, MAX_TRIES),
        ...(perturb === undefined ? {} : { perturb })
    };
    const shrunk = await shrinkCell(target, start, rules, limitMs, runOne);
    // The guard stopped at its first violation, after about as many repetitions as a rare fault
    // needs on average: four times that many tries reproduce a random fault of that rate with
    // chance 1 - e^-4, about 98%.
    const tries = Math.min(MAX_TRIES, Math.max(MIN_TRIES, TRIES_PER_REPETITION * shrunk.cell.repeat));
    const broken = cell.violations.reduce((n, v) => n + v.count, 0);
    const text = renderPythonReproducer({
        executor: target.executor,
        pythonPath: target.pythonPath,
        scenario: cell.scenario,
        workers: shrunk.cell.workers,
        tasks: shrunk.cell.tasks,
        callbackDelayMs: shrunk.cell.callbackDelayMs,
        taskMs: shrunk.cell.taskMs,
        callbacks: shrunk.cell.callbacks,
        timeoutMs: shrunk.cell.timeoutMs,
        tries,
        rules,
        contract,
        ...(perturb === undefined ? {} : { perturb }),
        found: `callback-thread-guard ${VERSION} saw ${rules.join(', ')} broken by ${broken} callback(s) in cell ${cell.id}` +
            ` (${cell.workers} worker(s), ${cell.tasks} task(s), ${cell.repeat} repetition(s));` +
            ` shrunk in ${shrunk.runs} run(s) to ${shrunk.cell.workers} worker(s), ${shrunk.cell.tasks} task(s).`
    });
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `repro_${cell.id}.py`);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    chmodSync(temporary, 0o755);
    renameSync(temporary, path);
    const record = {
        path,
        command: shellQuoteExports.quote([target.python, path]),
        target: target.name,
        cell: cell.id,
        rules,
        workers: shrunk.cell.workers,
        tasks: shrunk.cell.tasks,
        tries,
        shrinkRuns: shrunk.runs,
        shrinkFailed: shrunk.failed,
        ...(perturb === undefined ? {} : { perturb })
    };
    report.reproducer = record;
    return record;
}
/** The first failing cell of a Python target, with what it takes to run it again. */
function firstFailure(report, plan) {
    for (const cell of report.cells) {
        if (cell.verdict !== 'fail')
            continue;
        const target = plan.targets.find(t => t.name === cell.target);
        const planCell = plan.cells.find(c => c.id === cell.id);
        const contractName = report.targets.find(t => t.name === cell.target)?.contract;
        const contract = contractName === undefined ? undefined : report.contracts[contractName];
        if (target?.kind !== 'python' || planCell === undefined || contract === undefined)
            continue;
        // The reproducer holds tasks with threading primitives, which cannot reach another process.
        if ((cell.stats.tasksInOtherProcesses ?? 0) > 0)
            continue;
        // It runs the futures' experiments: a callback-API pool's cells (apply_async) are not its.
        if (traitsOf(cell.scenario)?.adapter.callbackApi === true)
            continue;
        return {
            cell,
            // The contract the run chose for it, given, so shrinking runs do not choose again.
            target: { ...target, contract: contractName, contractGiven: true },
            planCell: { ...planCell, callbacks: cell.callbacks },
            contract,
            rules: [...new Set(cell.violations.map(v => v.rule))]
        };
    }
    return undefined;
}

/** Control runs per target: "caught in 8 of 8". */
const CONTROL_RUNS = 8;
/** With a budget, the share of it the control runs get. */
const CONTROL_SHARE = 0.2;
/** The thread ctg_probe/control.py moves a callback to (its samples name it). */
const CONTROL_THREAD = 'CTG-Control';
/** The probe's own wrapper around the user's executor. */
const CONTROL_EXECUTOR = 'ctg_probe.control:ControlledExecutor';
/** Runs the plan, then its control when the plan asks for one. */
async function runWithControl(plan, events = {}) {
    const control = plan.control;
    if (control === undefined)
        return runPlan(plan, events);
    const controlMs = plan.budget === undefined
        ? undefined
        : Math.max(1000, Math.round(plan.budget.ms * CONTROL_SHARE));
    const main = plan.budget === undefined || controlMs === undefined
        ? plan
        : { ...plan, budget: { ...plan.budget, ms: Math.max(1000, plan.budget.ms - controlMs) } };
    const report = await runPlan(main, events);
    const python = plan.targets.filter(t => t.kind === 'python').length;
    const records = [];
    for (const target of plan.targets) {
        const runMs = controlMs === undefined ? undefined : Math.max(500, controlMs / CONTROL_RUNS / python);
        records.push(await controlTarget(plan, report, target, control.oneIn, runMs));
    }
    report.control = records;
    if (report.verdict === 'pass' && records.some(r => r.status === 'missed'))
        report.verdict = 'error';
    return report;
}
async function controlTarget(plan, report, target, oneIn, runMs) {
    const none = (reason) => ({
        target: target.name,
        oneIn,
        runs: 0,
        caught: 0,
        errors: 0,
        callbacks: 0,
        status: 'not-run',
        reason
    });
    if (target.kind !== 'python')
        return none('a control is made for Python executors only so far');
    const ran = report.targets.find(t => t.name === target.name);
    if (ran?.runtime === undefined)
        return none('the target did not start');
    if (report.cells.some(c => c.target === target.name && c.verdict === 'fail'))
        return none('the target broke a rule, so there is no pass for a control to vouch for');
    const controlled = {
        ...target,
        name: `${target.name} (control)`,
        executor: CONTROL_EXECUTOR,
        // Graded by the contract the run graded the target by.
        contract: ran.contract,
        contractGiven: true,
        control: { executor: target.executor, oneIn }
    };
    const cells = plan.cells
        .filter(c => c.target === target.name)
        .map(c => ({ ...c, target: controlled.name }));
    let caught = 0;
    let errors = 0;
    let callbacks = 0;
    let perturbed = 0;
    // The same settings as the user's run: its perturbed lanes too, when it had them.
    const how = plan.budget?.perturb?.targets.includes(target.name)
        ? plan.budget.perturb.how
        : undefined;
    for (let i = 0; i < CONTROL_RUNS; i++) {
        const run = await runPlan({
            targets: [controlled],
            cells,
            labels: {},
            ...(runMs === undefined
                ? {}
                : {
                    budget: {
                        ms: runMs,
                        keepGoing: false,
                        ...(how === undefined ? {} : { perturb: { how, targets: [controlled.name] } })
                    }
                })
        });
        callbacks += run.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0);
        for (const t of run.budget?.perturbation?.callbacks ?? [])
            perturbed += t.perturbed;
        if (movedCallbackCaught(run))
            caught += 1;
        else if (run.verdict === 'error')
            errors += 1;
    }
    return {
        target: target.name,
        oneIn,
        runs: CONTROL_RUNS,
        caught,
        errors,
        callbacks,
        ...(how === undefined ? {} : { perturbedCallbacks: perturbed }),
        status: caught === CONTROL_RUNS ? 'caught' : caught === 0 ? 'missed' : 'partly'
    };
}
/** A forbidden outcome that a callback moved by the control shows in (its samples name the thread). */
function movedCallbackCaught(run) {
    return run.cells.some(c => c.outcomes.some(o => o.grade === 'forbidden' && o.samples.some(s => s.callback === CONTROL_THREAD)));
}

/**
 * The report files (JSON, Markdown, JUnit), written as one sink. Their paths are checked before
 * anything runs. Every file is rendered in full first, then all are written to temporary files
 * beside their destinations, and only then renamed over them: a reader never sees a truncated
 * report, and a failed write leaves no half a set.
 * A symbolic link is followed (its target is written, the link stays); a FIFO or a character
 * device (`/dev/null`, `/dev/stdout`) is written through, never replaced; a socket or a block
 * device is refused before anything runs. Missing folders on the way are created.
 */
/** Each format's renderer; the compiler holds this to REPORT_FORMATS (src/config/options.ts). */
const RENDERERS = {
    json: renderJson,
    markdown: renderMarkdown,
    // The XML library is the largest part of the bundle: loaded only when JUnit is asked for.
    junit: async (report) => (await import('./junit.js')).renderJunit(report)
};
/**
 * The report files as one sink: JSON, Markdown and JUnit are written together, all or nothing.
 * `markdown` renders the Markdown file (the Action's has its title and the baseline comparison).
 */
function reportFilesSink(targets, markdown) {
    return {
        name: 'report files',
        write: async (run) => {
            await writeReportFiles(run.report, targets, markdown === undefined ? undefined : () => markdown(run));
        }
    };
}
/** Renders every file asked for, then writes them; `markdown` replaces the plain table. */
async function writeReportFiles(report, targets, markdown = renderMarkdown) {
    const renderers = { ...RENDERERS, markdown };
    const files = [];
    for (const { name } of REPORT_FORMATS) {
        const path = targets[name];
        if (path !== undefined)
            files.push([path, await renderers[name](report)]);
    }
    // Streams last: a FIFO's reader may wait for the end, and the files are then already in place.
    const streams = files.filter(([path]) => isStream(statOrUndefined(followLinks(path))));
    writeAllOrNothing(files.filter(file => !streams.includes(file)));
    for (const [path, text] of streams)
        await writeStream(followLinks(path), text);
    return files.map(([path]) => path);
}
/**
 * Bad input that would otherwise surface only after the whole matrix has run: two reports on one
 * path, a path that is a folder, a socket or a block device, a folder that cannot be created or
 * written.
 */
function checkReportPaths(targets, fieldOf) {
    const seen = new Map();
    for (const { name: kind } of REPORT_FORMATS) {
        const path = targets[kind];
        if (path === undefined)
            continue;
        const field = fieldOf(kind);
        const refuse = (why) => new InputError(field, `${quote(path)} ${why}`);
        let full;
        try {
            full = followLinks(resolve(path));
        }
        catch {
            throw refuse('is a loop of symbolic links');
        }
        const other = seen.get(full);
        if (other !== undefined)
            throw refuse(`is also the ${other} report`);
        seen.set(full, kind);
        const stats = statOrUndefined(full);
        if (stats?.isDirectory() === true)
            throw refuse('is a folder, not a file');
        if (stats !== undefined && !stats.isFile() && !isStream(stats))
            throw refuse(`is ${kindOf(stats)}; a report goes to a file, a FIFO or a character device`);
        if (stats !== undefined)
            continue;
        // The first folder that exists on the way up; the ones below it are created.
        let folder = dirname(full);
        while (lstatOrUndefined(folder) === undefined)
            folder = dirname(folder);
        const found = statOrUndefined(folder);
        if (found === undefined)
            throw new InputError(field, `cannot create ${quote(path)}: ${quote(folder)} is a broken link`);
        if (!found.isDirectory())
            throw new InputError(field, `cannot create ${quote(path)}: ${folder} is a file`);
        try {
            accessSync(folder, constants.W_OK);
        }
        catch {
            throw new InputError(field, `cannot write ${quote(path)}: ${folder} is not writable`);
        }
    }
}
/** Where a path leads once its symbolic links are followed (the path itself when none). */
function followLinks(path) {
    let current = resolve(path);
    for (let hops = 0; hops < 40; hops++) {
        if (lstatOrUndefined(current)?.isSymbolicLink() !== true)
            return current;
        current = resolve(dirname(current), readlinkSync(current));
    }
    throw new Error(`${path}: too many levels of symbolic links`);
}
/**
 * Writes a FIFO or a character device. A FIFO is opened without blocking, again and again until it
 * has a reader, and written through the event loop, never by a thread of libuv's pool: a thread
 * blocked in open() or write() on a FIFO nobody reads would keep the process from exiting, even
 * on a signal.
 */
async function writeStream(path, text) {
    if (!statSync(path).isFIFO())
        return writeFile(path, text);
    let fd;
    while (fd === undefined) {
        try {
            fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
        }
        catch (error) {
            if (error.code !== 'ENXIO')
                throw error; // ENXIO: no reader yet
            await new Promise(resolve => setTimeout(resolve, FIFO_POLL_MS));
        }
    }
    const pipe = new Socket({ fd, readable: false, writable: true });
    await new Promise((resolve, reject) => {
        pipe.once('error', reject);
        pipe.end(text, () => resolve());
    });
}
/** How often a FIFO without a reader is tried again. */
const FIFO_POLL_MS = 50;
function isStream(stats) {
    return stats !== undefined && (stats.isFIFO() || stats.isCharacterDevice());
}
function statOrUndefined(path) {
    try {
        return statSync(path);
    }
    catch {
        return undefined;
    }
}
function lstatOrUndefined(path) {
    try {
        return lstatSync(path);
    }
    catch {
        return undefined;
    }
}
/** Writes every file to a temporary file first; renames them into place only once all are written. */
function writeAllOrNothing(files) {
    const written = [];
    try {
        for (const [path, text] of files) {
            // A link is followed: its target is replaced, the link stays.
            const destination = followLinks(path);
            mkdirSync(dirname(destination), { recursive: true });
            const temporary = `${destination}.${process.pid}.tmp`;
            // Exclusive: a file or link that happens to have the temporary name is never written through.
            writeFileSync(temporary, text, { flag: 'wx' });
            written.push([temporary, destination]);
        }
        for (const [temporary, path] of written)
            renameSync(temporary, path);
    }
    catch (error) {
        for (const [temporary] of written)
            rmSync(temporary, { force: true });
        throw error;
    }
}

/**
 * Each sink in turn, each finished before the next starts. A sink that must not stop the others
 * catches its own failures (a comment that cannot be posted is a warning); one that throws stops
 * the rest, as a report file that cannot be written must.
 */
async function fanOut(run, sinks) {
    for (const sink of sinks) {
        await sink.write(run);
        // A large report takes seconds to render for every sink: a signal is heard between two.
        await new Promise(resolve => setImmediate(resolve));
    }
}
/** Violations the baseline does not have; every violation when there is no baseline. */
function newViolationsOf(run) {
    return run.diff?.newViolations ?? run.report.summary.violations;
}

/**
 * The terminal table as a sink. `write` gets the table without a closing newline: the CLI prints
 * it to stdout, the Action logs it with workflow commands turned off (its strings are text).
 */
function terminalSink(options) {
    return {
        name: 'terminal table',
        write: ({ report }) => {
            const text = renderTerminal(report, options.color);
            options.write(options.lastLineOnly === true ? (text.split('\n').at(-1) ?? '') : text);
        }
    };
}

/**
 * SIGINT, SIGTERM and SIGHUP to the CLI or the Action: every probe's process tree is killed (they
 * run in process groups of their own, so Ctrl-C does not reach them), one line says why, and the
 * process exits 128 + the signal's number. Report files are written synchronously and put in place
 * by rename, so a signal never leaves one half-written.
 */
const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Installs the handlers; `say` prints the one line (the Action fails its step with it). */
function stopOnSignals(say) {
    for (const signal of Object.keys(STOP_SIGNALS)) {
        process.once(signal, () => {
            killAllProbes();
            try {
                say(`interrupted by ${signal}: every probe was stopped`);
            }
            catch {
                // A closed stderr (SIGHUP when the terminal went away) must not keep the process alive.
            }
            process.exit(128 + STOP_SIGNALS[signal]);
        });
    }
}

export { addReproducer as a, reportFilesSink as b, checkReportPaths as c, checkReproducerFolder as d, besideReport as e, fanOut as f, getDefaultExportFromCjs as g, commonjsGlobal as h, newViolationsOf as n, runWithControl as r, stopOnSignals as s, terminalSink as t };
