import { statSync, readFileSync, mkdirSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { I as InputError, q as quote, S as SCENARIO_TRAITS, G as traitsOf } from './terminal2.js';
import { a as assetPath, s as shellQuoteExports, r as runPlan } from './run.js';
import { V as VERSION } from './version.js';

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
const CONFIG_LINE$1 = /^CONFIG_JSON = "\{\}".*$/m;
function renderPythonReproducer(spec) {
    const template = readFileSync(assetPath('python/repro_template.py'), 'utf8');
    if (!CONFIG_LINE$1.test(template))
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
    return template.replace(CONFIG_LINE$1, () => `CONFIG_JSON = ${literal}`);
}

/**
 * The standalone Node reproducer's program (issue 19): a Node pool's failing cell, written by
 * engine/repro/node.ts with its CONFIG_JSON line filled in. It needs only Node, the adapter and
 * the adapter's pool package, nothing of the guard's own code: it writes a small task module of
 * its own, runs the cell's experiment (held or timed or done, the handlers attached as the probe
 * attaches them), records where each handler ran in shared memory (so a handler a pool runs on a
 * worker records itself too), grades each by the contract's rules carried in CONFIG_JSON, prints
 * the broken rule and the threads it saw, and exits 1 as soon as a try reproduces it, 0 after
 * every try came out clean, 2 when it cannot run. Kept as text here (no template literal inside),
 * so that it ships inside the bundle.
 */
const NODE_REPRODUCER_TEMPLATE = String.raw `#!/usr/bin/env node
// A standalone reproducer of one failing experiment on a Node pool, written by
// callback-thread-guard. It needs only Node, the adapter and its pool package. Exit code: 1 when
// it reproduced the broken rule, 0 when every try came out clean, 2 when it could not run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { threadId } from 'node:worker_threads'

const CONFIG_JSON = "{}" // replaced by callback-thread-guard
const CONFIG = JSON.parse(CONFIG_JSON)

// The task module the pool's workers load: a task waits taskMs and says where it ran; runHandler
// records a handler a pool runs on a worker (calls, then pid and thread of its first run).
const TASK_MODULE = [
  "const { threadId } = require('node:worker_threads')",
  'function record(handler) {',
  '  const cells = new Int32Array(handler.ledger)',
  '  const base = handler.slot * 4',
  '  if (Atomics.add(cells, base, 1) === 0) {',
  '    Atomics.store(cells, base + 1, process.pid)',
  '    Atomics.store(cells, base + 2, threadId)',
  '  }',
  '}',
  'exports.record = record',
  'exports.probeTask = async input => {',
  '  await new Promise(resolve => setTimeout(resolve, input.taskMs))',
  '  return { pid: process.pid, threadId }',
  '}',
  'exports.probeTaskCallback = (input, callback) => {',
  '  exports.probeTask(input).then(r => callback(null, r), e => callback(e))',
  '}',
  'exports.runHandler = record'
].join('\n')

function fail(message) {
  process.stderr.write('reproducer: ' + message + '\n')
  process.exit(2)
}

function matches(pattern, facts) {
  for (const [name, allowed] of Object.entries(pattern)) {
    const list = Array.isArray(allowed) ? allowed : [allowed]
    if (facts[name] === undefined || !list.includes(facts[name])) return false
  }
  return true
}

/** The rules of CONFIG.rules this handler's facts break, unless an interesting entry waives them. */
function brokenRules(facts) {
  const contract = CONFIG.contract
  const broken = contract.rules.filter(r => matches(r.given, facts) && !matches(r.expect, facts))
  const waived = contract.interesting.some(
    i =>
      matches(i.given, facts) &&
      matches(i.expect, facts) &&
      broken.every(b => i.waives.includes(b.id))
  )
  if (waived) return []
  return broken.filter(b => CONFIG.rules.includes(b.id))
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
const threadName = (pid, thread) =>
  (pid === process.pid ? '' : 'process ' + pid + ' ') +
  (thread === 0 ? 'main thread' : 'worker thread ' + thread)

async function tryOnce(adapter, taskModule, record) {
  const tasks = CONFIG.tasks
  const per = CONFIG.callbacks
  const ledger = new SharedArrayBuffer(4 * 4 * tasks * per)
  const cells = new Int32Array(ledger)
  const inline = new Array(tasks * per).fill(false)
  const registered = new Array(tasks * per).fill('pending')
  const places = new Array(tasks).fill(undefined)
  const settled = new Array(tasks).fill(false)
  let attaching = -1
  const handlerFor = slot => {
    const portable = { ledger, slot, raises: false }
    const run = () => {
      if (attaching === slot) inline[slot] = true
      // The order of first runs: a sequence number per slot, kept beside its record.
      if (Atomics.load(cells, slot * 4) === 0) Atomics.store(cells, slot * 4 + 3, ++handlerFor.seq)
      record(portable)
    }
    return Object.assign(run, { portable, fulfilled: run, rejected: run })
  }
  handlerFor.seq = 0
  const tracker = i => {
    const done = value => {
      settled[i] = true
      if (value && typeof value.pid === 'number') places[i] = value
    }
    const portable = { ledger: new SharedArrayBuffer(16), slot: 0, raises: false }
    return Object.assign(done, { portable, fulfilled: done, rejected: () => (settled[i] = true) })
  }
  const pool = await adapter.create({ workers: CONFIG.workers, taskModule })
  try {
    const submitted = []
    for (let i = 0; i < tasks; i++) {
      const task = adapter.run(pool, { run: 1, index: i, taskMs: CONFIG.taskMs, gate: '' })
      submitted.push(task)
      adapter.attach(task, tracker(i))
    }
    const attachAll = () => {
      for (let i = 0; i < tasks; i++)
        for (let k = 0; k < per; k++) {
          const slot = i * per + k
          registered[slot] = settled[i] ? 'done' : 'pending'
          attaching = slot
          try {
            adapter.attach(submitted[i], handlerFor(slot))
          } finally {
            attaching = -1
          }
        }
    }
    const deadline = Date.now() + CONFIG.timeoutMs
    if (CONFIG.experiment === 'done') {
      while (!settled.every(Boolean) && Date.now() < deadline) await sleep(2)
    } else if (CONFIG.experiment === 'timed' && CONFIG.delayMs > 0) {
      await sleep(CONFIG.delayMs)
    }
    attachAll()
    const ran = () => Array.from({ length: tasks * per }, (_, s) => Atomics.load(cells, s * 4)).every(c => c > 0)
    while (!ran() && Date.now() < deadline) await sleep(2)
  } finally {
    await adapter.close(pool)
  }
  for (let i = 0; i < tasks; i++) {
    let latest = 0
    for (let k = 0; k < per; k++) {
      const slot = i * per + k
      const calls = Atomics.load(cells, slot * 4)
      const pid = Atomics.load(cells, slot * 4 + 1)
      const thread = Atomics.load(cells, slot * 4 + 2)
      const seq = Atomics.load(cells, slot * 4 + 3)
      const task = places[i]
      const ranOn =
        calls === 0
          ? 'never'
          : pid === process.pid && thread === threadId
            ? 'caller-thread'
            : task !== undefined && pid === task.pid && thread === task.threadId
              ? 'task-thread'
              : pid !== process.pid
                ? 'other-process'
                : 'other-thread'
      const facts = {
        scenario: CONFIG.scenario,
        registered: registered[slot],
        ranOn,
        inline: calls > 0 && inline[slot],
        calls
      }
      if (CONFIG.facts.includes('order')) {
        facts.order = calls > 0 && seq > 0 && seq < latest ? 'out-of-order' : 'in-order'
        if (seq > 0) latest = Math.max(latest, seq)
      }
      const broken = brokenRules(facts)
      if (broken.length > 0)
        return {
          broken,
          facts,
          callback: calls > 0 ? threadName(pid, thread) : 'never',
          task: task === undefined ? 'unknown' : threadName(task.pid, task.threadId)
        }
    }
  }
  return undefined
}

async function main() {
  process.stdout.write(CONFIG.found + '\n')
  const folder = mkdtempSync(join(tmpdir(), 'ctg-repro-'))
  const taskModule = join(folder, 'task.cjs')
  writeFileSync(taskModule, TASK_MODULE)
  process.env.CTG_TASK_MODULE = taskModule
  try {
    let loaded
    try {
      loaded = await import(pathToFileURL(CONFIG.adapter).href)
    } catch (error) {
      fail('cannot import the adapter ' + JSON.stringify(CONFIG.adapter) + ': ' + error)
    }
    const adapter = typeof loaded.create === 'function' ? loaded : loaded.default
    if (!adapter || typeof adapter.create !== 'function') fail('the adapter exports no create()')
    const { record } = await import(pathToFileURL(taskModule).href)
    for (let t = 1; t <= CONFIG.tries; t++) {
      const found = await tryOnce(adapter, taskModule, record)
      if (found !== undefined) {
        for (const rule of found.broken) {
          process.stdout.write(
            'reproduced in try ' + t + ': rule ' + rule.id + ' broken: ' + rule.says + '\n'
          )
        }
        process.stdout.write(
          'facts: ' + JSON.stringify(found.facts) + '\n' +
            'callback ran on: ' + found.callback + '; task ran on: ' + found.task +
            '; caller: main thread\n'
        )
        return 1
      }
    }
    process.stdout.write('did not reproduce in ' + CONFIG.tries + ' tries\n')
    return 0
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

main().then(
  code => process.exit(code),
  error => fail(String(error && error.stack ? error.stack : error))
)
`;

/**
 * Renders the standalone Node reproducer of one failing cell of a Node pool (an adapter target):
 * the program in node-template.ts with the experiment, the adapter and the contract's rules filled
 * in as one JSON text. Everything that came from a config or a report enters the file only inside
 * that JSON, written as a JavaScript string literal: no other text is spliced in.
 */
/** The line of the template that carries the configuration. */
const CONFIG_LINE = /^const CONFIG_JSON = "\{\}".*$/m;
/** The experiments the Node reproducer runs: a promise API's held, timed and done, by the order rule too. */
function nodeReproducerRuns(scenario) {
    const traits = SCENARIO_TRAITS[scenario];
    return (['held', 'timed', 'done'].includes(traits.experiment) &&
        traits.facts.every(f => f === 'order') &&
        traits.adapter.callbackApi !== true);
}
function renderNodeReproducer(spec) {
    if (!CONFIG_LINE.test(NODE_REPRODUCER_TEMPLATE))
        throw new Error('the Node reproducer template has no CONFIG_JSON line');
    const traits = SCENARIO_TRAITS[spec.scenario];
    const config = {
        adapter: resolve(spec.adapter),
        scenario: spec.scenario,
        experiment: traits.experiment,
        facts: traits.facts,
        workers: spec.workers,
        tasks: spec.tasks,
        callbacks: spec.callbacks,
        delayMs: spec.callbackDelayMs,
        // A held task is one that runs while its handlers are attached: without the probe's gate,
        // long enough to be running then.
        taskMs: traits.experiment === 'held' ? Math.max(spec.taskMs, 50) : spec.taskMs,
        timeoutMs: spec.timeoutMs,
        tries: spec.tries,
        rules: spec.rules,
        contract: { rules: spec.contract.rules, interesting: spec.contract.interesting },
        found: spec.found
    };
    // JSON inside a JSON string: a valid JavaScript string literal, so the data never becomes code
    // (U+2028 and U+2029 are escaped too, for engines older than ES2019).
    const literal = JSON.stringify(JSON.stringify(config)).replace(/[\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16)}`);
    return NODE_REPRODUCER_TEMPLATE.replace(CONFIG_LINE, () => `const CONFIG_JSON = ${literal}`);
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
 * its process (a thread pool, not a process pool), or of a Node pool given by an adapter file (a
 * promise API's held, timed or done cell), is shrunk (bounded time, the engine's own runs) and
 * written as one standalone Python file (engine/repro/python.ts) or Node file (engine/repro/node.ts)
 * in the folder asked for; the report then says where it is and how to run it. Written whole to a
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
    const common = {
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
    };
    // A Node pool's reproducer is a single Node file that needs only the adapter and its pool.
    const text = target.kind === 'pool'
        ? renderNodeReproducer({ ...common, adapter: target.adapter })
        : renderPythonReproducer({
            ...common,
            executor: target.executor,
            pythonPath: target.pythonPath
        });
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `repro_${cell.id}.${target.kind === 'pool' ? 'mjs' : 'py'}`);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    chmodSync(temporary, 0o755);
    renameSync(temporary, path);
    const record = {
        path,
        command: shellQuoteExports.quote([target.kind === 'pool' ? 'node' : target.python, path]),
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
        if (planCell === undefined || contract === undefined)
            continue;
        // A Node pool's reproducer runs the adapter's file: a built-in pool has none to give it, and it
        // runs a promise API's held, timed and done experiments only.
        if (target === undefined || target.kind === 'command')
            continue;
        if (target.kind === 'pool' &&
            (target.adapter === undefined || !nodeReproducerRuns(cell.scenario)))
            continue;
        // The reproducer holds tasks with threading primitives, which cannot reach another process.
        if ((cell.stats.tasksInOtherProcesses ?? 0) > 0)
            continue;
        // It runs the futures' experiments: a callback-API pool's cells (apply_async) are not its.
        if (traitsOf(cell.scenario)?.adapter.callbackApi === true)
            continue;
        // Nor an asyncio target's (its own runner, ctg_probe/asyncio_runner.py).
        if (traitsOf(cell.scenario)?.adapter.asyncio === true)
            continue;
        return {
            cell,
            // The contract the run chose for it, given, so shrinking runs do not choose again.
            target: target.kind === 'pool'
                ? { ...target, contract: contractName }
                : { ...target, contract: contractName, contractGiven: true },
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
/**
 * With a budget, the least a control run's repetitions get. Each run's budget is what is left of
 * the control's share over the runs left, less what the last run cost beyond its budget (probes
 * starting and closing), so that the control stays within its share.
 */
const MIN_RUN_MS = 300;
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
    const controllable = plan.targets.filter(t => t.kind === 'pool' || (t.kind === 'python' && t.asyncio === undefined)).length;
    const records = [];
    for (const target of plan.targets) {
        const targetMs = controlMs === undefined ? undefined : controlMs / Math.max(1, controllable);
        records.push(await controlTarget(plan, report, target, control.oneIn, targetMs));
    }
    report.control = records;
    if (report.verdict === 'pass' && records.some(r => r.status === 'missed'))
        report.verdict = 'error';
    return report;
}
async function controlTarget(plan, report, target, oneIn, targetMs) {
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
    if (target.kind === 'command')
        return none('a control is made for Python executors and Node pools only so far');
    if (target.kind === 'python' && target.asyncio !== undefined)
        return none('a control is made for executors and pools only so far, not for asyncio targets');
    const ran = report.targets.find(t => t.name === target.name);
    if (ran?.runtime === undefined)
        return none('the target did not start');
    if (report.cells.some(c => c.target === target.name && c.verdict === 'fail'))
        return none('the target broke a rule, so there is no pass for a control to vouch for');
    // Graded by the contract the run graded the target by. A Node pool's probe moves the handlers
    // itself (src/probes/node/control.ts); a Python executor is wrapped by the probe's own executor.
    const controlled = target.kind === 'pool'
        ? { ...target, name: `${target.name} (control)`, contract: ran.contract, control: { oneIn } }
        : {
            ...target,
            name: `${target.name} (control)`,
            executor: CONTROL_EXECUTOR,
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
    const end = targetMs === undefined ? 0 : Date.now() + targetMs;
    // What a run costs beyond its budget (probes starting and closing), measured on the last one.
    let overheadMs = 0;
    for (let i = 0; i < CONTROL_RUNS; i++) {
        const runMs = targetMs === undefined
            ? undefined
            : Math.max(MIN_RUN_MS, (end - Date.now()) / (CONTROL_RUNS - i) - overheadMs);
        const begun = Date.now();
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
                        // A control run's slice is short: all of it goes to repetitions, none to a
                        // matrix pass (at --budget 60s a run got 1.5 s, and the pass took most of it).
                        noMatrixPass: true,
                        ...(how === undefined
                            ? {}
                            : {
                                perturb: {
                                    how,
                                    targets: [controlled.name],
                                    aimed: target.kind === 'python' ? [controlled.name] : []
                                }
                            })
                    }
                })
        });
        if (runMs !== undefined)
            overheadMs = Math.max(0, Date.now() - begun - runMs);
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

export { addReproducer as a, besideReport as b, checkReproducerFolder as c, runWithControl as r };
