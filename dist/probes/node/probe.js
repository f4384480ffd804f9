'use strict';

var node_console = require('node:console');
var node_fs = require('node:fs');
var require$$2 = require('node:path');
var node_readline = require('node:readline');
var require$$0$3 = require('node:url');
var require$$0 = require('node:worker_threads');
var perturb = require('./chunks/perturb.js');
var _commonjsHelpers = require('./chunks/_commonjsHelpers.js');
var require$$1$1 = require('node:events');
var require$$3 = require('node:util');
var require$$0$2 = require('node:perf_hooks');
var require$$5 = require('node:timers/promises');
var common = require('./chunks/common.js');
var require$$1 = require('node:async_hooks');
var require$$0$1 = require('node:assert');
var require$$1$2 = require('os');
var require$$5$1 = require('child_process');
var index = require('./chunks/index.js');
require('node:net');
require('node:os');
require('node:child_process');
require('worker_threads');

var _documentCurrentScript = typeof document !== 'undefined' ? document.currentScript : null;
/**
 * The positive control on a Node pool (issue 19; src/engine/control.ts): when the engine starts
 * the probe with CTG_CONTROL_ONE_IN=N, every N-th handler the probe attaches (counted over the
 * probe's life, so the rate is exact and no luck is involved) is moved: instead of the handler,
 * the pool gets a stand-in that, when the pool calls it, hands the handler (as data) to the
 * probe's own control thread, which runs it there. The handler records itself as ever, so the
 * outcome shows a handler run off the caller's thread, which the event-loop contract forbids;
 * the tally names that thread CTG-Control (the engine's CONTROL_THREAD), which is how the engine
 * knows the violation it sees is the planted one.
 */
const CONTROL_ONE_IN_ENV = 'CTG_CONTROL_ONE_IN';
/** The name the samples give the control thread: src/engine/control.ts's CONTROL_THREAD. */
const CONTROL_THREAD_NAME = 'CTG-Control';
// The control thread: runs each handler it is given, as the task module's runHandler does.
const CONTROL_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const task = require(workerData.taskModule)
parentPort.on('message', handler => {
  try {
    task.runHandler(handler)
  } catch {
    // a raising handler's deliberate error: recorded before it was thrown
  }
})
`;
class Control {
    oneIn;
    attached = 0;
    worker;
    constructor(oneIn, taskModule) {
        this.oneIn = oneIn;
        this.worker = new require$$0.Worker(CONTROL_WORKER, { eval: true, workerData: { taskModule } });
        // Not a reason to keep the probe alive on its own.
        this.worker.unref();
    }
    /** The control the environment asks for (a whole number N >= 2), or none. */
    static fromEnvironment(taskModule) {
        const value = Number(process.env[CONTROL_ONE_IN_ENV]);
        return Number.isInteger(value) && value >= 2 ? new Control(value, taskModule) : undefined;
    }
    /** The control thread's id, as the ledger records it. */
    get threadId() {
        return this.worker.threadId;
    }
    /** The handler to give the pool: the probe's own, or, every oneIn-th time, a mover. */
    handlerFor(handler) {
        this.attached += 1;
        if (this.attached % this.oneIn !== 0)
            return handler;
        const move = () => this.worker.postMessage(handler.portable);
        return Object.assign(move, { portable: handler.portable, fulfilled: move, rejected: move });
    }
}

/**
 * The scenarios, and every trait the engine, the probes and the report read about them, in one
 * table: no other place tests a scenario's name for what it is. Adding a scenario is a row here,
 * its implementation in each probe, the contract rules about it and its row in docs/protocol.md
 * ("Scenarios"); the Python probe reads this table from ctg_probe/generated.py, which is generated
 * from it (`npm run generate`), and the Node probe imports it.
 */
const NO_CALL_TIME_LIMIT = "a scenario for pools with a per-call time limit (worker-farm's maxCallTime); no Python pool the probe runs has one";
/** An asyncio scenario's row: one callback per future, no timing, asyncio targets only. */
function aio(experiment, budgetWeight = 1) {
    return {
        experiment,
        callbacks: 1,
        facts: [],
        timing: false,
        adapter: { asyncio: true },
        budgetWeight
    };
}
const TABLE = {
    running: {
        experiment: 'held',
        callbacks: 1,
        facts: [],
        timing: false,
        adapter: { attach: 'none can be added while the task runs' },
        budgetWeight: 4
    },
    timed: {
        experiment: 'timed',
        callbacks: 1,
        facts: [],
        timing: true,
        adapter: {},
        budgetWeight: 4
    },
    done: {
        experiment: 'done',
        callbacks: 1,
        facts: [],
        timing: false,
        adapter: { attach: 'none can be added once the task is done' },
        budgetWeight: 1
    },
    cancel: {
        experiment: 'cancel',
        callbacks: 1,
        facts: ['cancelled'],
        timing: false,
        adapter: { attach: 'none can be added to a cancelled task', cancel: true },
        budgetWeight: 1
    },
    shutdown: {
        experiment: 'shutdown',
        callbacks: 1,
        facts: [],
        timing: false,
        adapter: { shutdown: true },
        budgetWeight: 1
    },
    order: {
        experiment: 'held',
        callbacks: 'setting',
        facts: ['order'],
        timing: false,
        adapter: { attach: 'a task cannot have several' },
        budgetWeight: 2
    },
    raising: {
        experiment: 'held',
        callbacks: 'setting',
        facts: ['order', 'role'],
        timing: false,
        adapter: { attach: 'a task cannot have several' },
        budgetWeight: 1
    },
    killed: {
        experiment: 'kill',
        callbacks: 1,
        facts: ['error'],
        timing: false,
        adapter: { callbackApi: true },
        budgetWeight: 1
    },
    failing: {
        experiment: 'fail',
        callbacks: 1,
        facts: ['error'],
        timing: false,
        adapter: { callbackApi: true },
        budgetWeight: 1
    },
    timeout: {
        experiment: 'overtime',
        callbacks: 1,
        facts: ['error'],
        timing: false,
        adapter: { callbackApi: true, option: 'maxCallTime' },
        python: NO_CALL_TIME_LIMIT,
        budgetWeight: 1
    },
    overload: {
        experiment: 'overload',
        callbacks: 1,
        facts: ['error', 'call'],
        timing: false,
        adapter: { callbackApi: true, option: 'maxConcurrentCalls' },
        budgetWeight: 1
    },
    ending: {
        experiment: 'end',
        callbacks: 1,
        facts: ['error', 'call'],
        timing: false,
        adapter: { callbackApi: true, shutdown: true },
        budgetWeight: 1
    },
    'aio-pending': aio('aio-pending'),
    'aio-done': aio('aio-done'),
    'aio-bridge': aio('aio-bridge', 2),
    'aio-underlying': aio('aio-underlying'),
    'aio-cancel': { ...aio('aio-cancel'), facts: ['cancelled'] },
    'aio-closing': aio('aio-closing'),
    'aio-portal': aio('aio-portal', 2)
};
/** Every scenario's traits. */
const SCENARIO_TRAITS = TABLE;
/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"), in table order. */
const SCENARIOS = Object.keys(TABLE);

/**
 * The adapter module interface: how the Node probe drives a worker pool (docs/adapter.md).
 * The built-in pools (pools/*.ts) implement it, and so does a user's `--adapter` module.
 *
 * An adapter is a handful of functions around the pool's own API. The probe never sees the
 * pool's internals: it submits tasks, attaches completion handlers, and observes where and when
 * each handler runs.
 */
/**
 * The environment variable that names the task module (the same path as PoolOptions.taskModule).
 * The probe sets it in its own environment before it loads the adapter, so a worker script that
 * the pool loads by itself finds the module there: worker threads start with a copy of the
 * environment, child processes inherit it.
 */
const TASK_MODULE_ENV = 'CTG_TASK_MODULE';
/** A pool option the adapter's options() sets to a finite number above zero, if it does. */
function poolOptionOf(adapter, option) {
    let value;
    try {
        value = adapter.options?.()[option];
    }
    catch {
        return undefined; // an options() that throws sets nothing the probe can rely on
    }
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
/** What the adapter's exports allow: which scenarios the probe runs, and the reason for the rest. */
function scenarioSupportOf(adapter) {
    const name = adapter.name;
    const oneCallback = `${name} takes one callback per task, given with it`;
    const why = {};
    for (const s of SCENARIOS) {
        const needs = SCENARIO_TRAITS[s].adapter;
        if (needs.asyncio === true)
            why[s] = `${s} is a scenario for Python's asyncio (an asyncio target, --asyncio)`;
        else if (needs.attach !== undefined && adapter.attach === undefined)
            why[s] = `${oneCallback}, so ${needs.attach}`;
        else if (needs.callbackApi === true && adapter.attach !== undefined)
            why[s] =
                `${name} hands back a task to attach handlers to; ${s} is a scenario for pools that take their callback with the call (worker-farm's rules)`;
        else if (needs.cancel === true && adapter.cancel === undefined)
            why[s] = `the adapter of ${name} has no cancel()`;
        else if (needs.shutdown === true && adapter.shutdown === undefined)
            why[s] = `the adapter of ${name} has no shutdown()`;
        else if (needs.option !== undefined && poolOptionOf(adapter, needs.option) === undefined)
            why[s] =
                `${name} is not given a ${needs.option} (a pool option of the target; see docs/node-pools.md)`;
    }
    return { scenarios: SCENARIOS.filter(s => why[s] === undefined), unsupported: why };
}
/** Checks a loaded adapter module; returns the problem in one line, or the adapter. */
function checkAdapter(exports, fallbackName) {
    const candidate = pickExports(exports);
    if (candidate === undefined)
        return { problem: 'the module exports nothing usable' };
    for (const required of ['create', 'run', 'close']) {
        if (typeof candidate[required] !== 'function')
            return { problem: `the module does not export a function "${required}"` };
    }
    for (const optional of ['attach', 'cancel', 'shutdown', 'options']) {
        const value = candidate[optional];
        if (value !== undefined && typeof value !== 'function')
            return { problem: `the module's "${optional}" export is not a function` };
    }
    const name = typeof candidate.name === 'string' && candidate.name !== '' ? candidate.name : '';
    return { adapter: { ...candidate, name: name || fallbackName } };
}
/** Named exports, or a default export holding them (what a CommonJS module looks like from import()). */
function pickExports(exports) {
    if (typeof exports !== 'object' || exports === null)
        return undefined;
    const named = exports;
    if (typeof named.create === 'function')
        return named;
    const fallback = named.default;
    if (typeof fallback === 'object' && fallback !== null)
        return fallback;
    return named;
}

/**
 * Bad input: the user can fix it. Printed as one line naming the field, exit code 2.
 */
/**
 * One line, no stack: the message of an error for the user. `named` puts the error's class first
 * ("TypeError: boom", the class alone when there is no message), for errors thrown by code that
 * is not ours (a pool, an adapter), where the class is half of what a reader needs.
 */
function oneLine(error, { named = false } = {}) {
    const text = (error instanceof Error ? error.message : String(error))
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    if (!named || !(error instanceof Error))
        return text;
    return text === '' ? error.name : `${error.name}: ${text}`;
}

/**
 * The version of the probe protocol (docs/protocol.md) this engine speaks, in its own module so
 * the Node probe's bundle reads it without the validation (zod) of protocol.ts. The Node probe
 * says this number in its hello; a test checks that the Python probe says it too.
 */
const PROTOCOL_VERSION = 1;

// worker-farm's own errors (its README says to check err.type); any other error is 'other'.
const OWN_ERRORS = [
    'ProcessTerminatedError',
    'TimeoutError',
    'MaxConcurrentCallsError'
];
/** The `error` fact of a callback's first argument: none, one of worker-farm's, or other. */
function errorTypeOf(first) {
    if (first === null || first === undefined)
        return 'none';
    if (typeof first === 'object') {
        const { type, name } = first;
        for (const label of [type, name])
            if (typeof label === 'string' && OWN_ERRORS.includes(label))
                return label;
    }
    return 'other';
}
/** The cell's event cannot happen with this pool (said as the cell's skip reason). */
class NotApplicable extends Error {
}

function parseCell(message, id) {
    const scenario = message.scenario;
    if (typeof scenario !== 'string' || !SCENARIOS.includes(scenario))
        throw new Error(`field 'scenario' must be one of ${SCENARIOS.join(', ')}, got ${JSON.stringify(scenario)}`);
    const s = scenario;
    const traits = SCENARIO_TRAITS[s];
    const perturb$1 = perturb.perturbationOf(message);
    return {
        ...(perturb$1 === undefined ? {} : { perturb: perturb$1 }),
        id,
        scenario: s,
        workers: number(message, 'workers', undefined, 1, true),
        tasks: number(message, 'tasks', undefined, 0, true),
        callbackDelayMs: number(message, 'callbackDelayMs', 0, 0, false),
        taskMs: number(message, 'taskMs', 0, 0, false),
        repeat: number(message, 'repeat', 1, 1, true),
        timeoutMs: number(message, 'timeoutMs', 30_000, 0, false),
        callbacks: traits.callbacks === 'setting'
            ? number(message, 'callbacks', 2, 2, true)
            : traits.experiment === 'cancel'
                ? 2 // one attached before cancel, one after
                : 1
    };
}
function number(message, name, fallback, minimum, integer) {
    const value = message[name] ?? fallback;
    if (value === undefined)
        throw new Error(`field '${name}' is missing`);
    const ok = typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= minimum &&
        (!integer || Number.isInteger(value));
    if (!ok)
        throw new Error(`field '${name}' must be ${integer ? 'an integer' : 'a number'} >= ${minimum}, got ${JSON.stringify(value)}`);
    return value;
}

/**
 * The tally of one repetition: each observed handler's facts (where it ran, how often, inline or
 * not, in which order, with which error, and whether it first ran only at close()) counted into
 * the cell's histogram, and where each task ran counted into the result's stats. It reads what
 * the handlers and tasks recorded; it never grades.
 */
function emptyPlaces() {
    return {
        tasksOnWorkerThreads: 0,
        tasksInOtherProcesses: 0,
        tasksOnCallerThread: 0,
        tasksNotRun: 0
    };
}
function countPlace(places, task) {
    if (task === undefined)
        places.tasksNotRun += 1;
    else if (task.pid !== process.pid)
        places.tasksInOtherProcesses += 1;
    else if (task.threadId === require$$0.threadId)
        places.tasksOnCallerThread += 1;
    else
        places.tasksOnWorkerThreads += 1;
}
function tallyRepetition(rep, histogram, places) {
    const facts = SCENARIO_TRAITS[rep.cell.scenario].facts;
    const withOrder = facts.includes('order');
    const withRole = facts.includes('role');
    const withError = facts.includes('error');
    const withCall = facts.includes('call');
    const withCancelled = facts.includes('cancelled');
    for (let i = 0; i < rep.cell.tasks; i++) {
        const task = rep.gate.identity(i);
        countPlace(places, task);
        const name = (pid, thread) => pid === process.pid && thread === rep.controlThread
            ? CONTROL_THREAD_NAME
            : threadName(pid, thread);
        const taskName = task === undefined ? null : name(task.pid, task.threadId);
        let previousSeq = 0; // first-run sequence number of the latest earlier handler that ran
        for (let k = 0; k < rep.per; k++) {
            const slot = i * rep.per + k;
            const run = rep.ledger.run(slot);
            const facts = {
                registered: rep.registered[slot] ?? 'pending',
                ranOn: run.calls === 0 ? 'never' : ranOn(run, task),
                inline: run.calls > 0 && run.inline,
                calls: run.calls
            };
            if (withOrder) {
                // Out of order: it started before an earlier-attached handler that ran. A handler
                // that never ran has no start, so it cannot be out of order.
                facts.order = run.calls > 0 && run.seq < previousSeq ? 'out-of-order' : 'in-order';
                if (run.calls > 0)
                    previousSeq = Math.max(previousSeq, run.seq);
            }
            if (withRole)
                facts.role = k === 0 ? 'raiser' : 'after-raiser';
            if (withError)
                facts.error = rep.errors[slot] ?? 'none';
            if (withCall)
                facts.call = rep.roles[i] ?? 'queued';
            const taken = rep.cancelReported[i];
            if (withCancelled && taken !== undefined)
                facts.cancelled = taken;
            if (run.calls > 0 && rep.callsBeforeClose !== undefined && rep.callsBeforeClose[slot] === 0) {
                // Its first run came only once the probe began to close the pool: close() settled the
                // task, not the task's end. Its own fact, graded apart from a normal run.
                facts.ranAt = 'close';
                facts.settled = run.settled;
            }
            const key = JSON.stringify(facts);
            let entry = histogram.get(key);
            if (entry === undefined) {
                entry = { facts, count: 0, samples: [] };
                histogram.set(key, entry);
            }
            entry.count += 1;
            const sample = {
                task: taskName,
                callback: run.calls > 0 ? name(run.pid, run.threadId) : null,
                caller: CALLER
            };
            if (entry.samples.length < 3 && !entry.samples.some(s => sameSample(s, sample)))
                entry.samples.push(sample);
        }
    }
}
const CALLER = 'main thread';
/** Where a handler ran, relative to the probe's driver thread and the task's thread. */
function ranOn(run, task) {
    if (run.pid === process.pid && run.threadId === require$$0.threadId)
        return 'caller-thread';
    if (task !== undefined && run.pid === task.pid && run.threadId === task.threadId)
        return 'task-thread';
    return run.pid !== process.pid ? 'other-process' : 'other-thread';
}
/** Node threads have no names: a readable stand-in for the report's samples. */
function threadName(pid, thread) {
    const name = thread === 0 ? 'main thread' : `worker thread ${thread}`;
    return pid === process.pid ? name : `process ${pid} ${name}`;
}
function sameSample(a, b) {
    return a.task === b.task && a.callback === b.callback && a.caller === b.caller;
}

/** The ways the Node probe waits: for a while, for one turn of the event loop, for a while or an event. */
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}
function turn() {
    return new Promise(resolve => setImmediate(resolve));
}
/** A nap that an event cuts short: sleep(ms) ends after ms, or at wake(), whichever comes first. */
class Alarm {
    ring;
    wake() {
        this.ring?.();
    }
    async sleep(ms) {
        await new Promise(resolve => {
            const timer = setTimeout(resolve, ms);
            this.ring = () => {
                clearTimeout(timer);
                resolve();
            };
        });
        this.ring = undefined;
    }
}

// Waits wake up this often so that progress keeps flowing.
const TICK_MS = 200;
// ending: how long after the pool said it stopped a queued call's callback may still come.
const END_GRACE_MS = 200;
// cancel: how long a task the adapter reported cancelled has to settle once the others have.
const CANCEL_GRACE_MS = 200;
/** One repetition: a fresh pool, its tasks, and the records of their handlers. */
class Repetition {
    cell;
    run;
    adapter;
    pool;
    gate;
    control;
    per;
    /** Observed handlers: slot = task index * per + handler index. */
    ledger;
    /** The probe's own handler per task, attached at submission: tells when a task settled. */
    trackers;
    /** Handlers of warm-up and blocker tasks (not counted). */
    service;
    tasks;
    registered;
    cancelled;
    /** What the adapter's cancel() said of each task: taken (true), refused (false), or nothing. */
    cancelReported;
    /** Each observed handler's calls when the probe began to close the pool (driver.ts). */
    callsBeforeClose;
    attachesLater;
    /** A failure inside an event handler (a gate announcement), reported after the scenario. */
    failure;
    /** Callback APIs: the error each handler got on its first run (by slot), and each call's role. */
    errors = [];
    roles = [];
    /** How many times each task announced itself (a retried call announces itself again). */
    announcements = new Map();
    holdTask = () => false;
    onTask = () => undefined;
    startedTasks = 0;
    startedBlockers = new Set();
    blockersWanted = 0;
    /** Cuts a wait short when a task announces itself. */
    alarm = new Alarm();
    constructor(cell, run, adapter, pool, gate, control) {
        this.cell = cell;
        this.run = run;
        this.adapter = adapter;
        this.pool = pool;
        this.gate = gate;
        this.control = control;
        this.per = cell.callbacks;
        this.attachesLater = adapter.attach !== undefined;
        const slots = cell.tasks * this.per;
        this.ledger = new perturb.Ledger(slots, slots);
        this.trackers = new perturb.Ledger(cell.tasks, cell.tasks);
        this.service = new perturb.Ledger(cell.workers, cell.workers);
        this.tasks = new Array(cell.tasks);
        this.registered = new Array(slots);
        this.cancelled = new Array(cell.tasks).fill(false);
        this.cancelReported = new Array(cell.tasks);
    }
    /** The gate's question when a task announces itself: hold it, or let it go on. */
    onStart(index) {
        if (index < 0) {
            if (-index > this.blockersWanted)
                return 'go';
            this.startedBlockers.add(index);
            this.alarm.wake();
            return 'hold';
        }
        if (index < this.cell.tasks) {
            this.announcements.set(index, (this.announcements.get(index) ?? 0) + 1);
            this.startedTasks += 1;
            try {
                this.onTask(index);
            }
            catch (error) {
                this.failure ??= error;
            }
            this.alarm.wake();
            if (this.holdTask(index))
                return 'hold';
        }
        return 'go';
    }
    // --- the experiments ----------------------------------------------------------------------
    /** running / order / raising: attach while the task provably runs, then let it go on. */
    async held(tick) {
        const n = this.cell.tasks;
        this.onTask = index => {
            if (this.registered[index * this.per] === undefined)
                this.attachAll(index);
        };
        for (let i = 0; i < n; i++)
            this.submit(i);
        const allStarted = await this.waitFor(() => this.startedTasks >= n, tick);
        if (!allStarted)
            process.stderr.write(`probe: ${n - this.startedTasks} tasks did not start within timeoutMs\n`);
        // Tasks that never announced themselves still get their handlers, so every task is counted.
        this.onTask = () => undefined;
        for (let i = 0; i < n; i++)
            if (this.registered[i * this.per] === undefined)
                this.attachAll(i);
        await this.awaitHandlers(tick);
    }
    /** The tutorial's experiment: attach after the callback delay, whatever the state is then. */
    async timed(tick) {
        await this.warmUp(tick);
        for (let i = 0; i < this.cell.tasks; i++)
            this.submit(i);
        if (this.attachesLater) {
            if (this.cell.callbackDelayMs > 0)
                await sleep(this.cell.callbackDelayMs);
            for (let i = 0; i < this.cell.tasks; i++) {
                this.attach(i, 0);
                tick();
            }
        }
        await this.awaitHandlers(tick);
    }
    /** Attach after every task has settled. */
    async done(tick) {
        await this.warmUp(tick);
        for (let i = 0; i < this.cell.tasks; i++)
            this.submit(i);
        await this.trackers.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick);
        for (let i = 0; i < this.cell.tasks; i++)
            this.attach(i, 0);
        await this.awaitHandlers(tick);
    }
    /** Hold every worker, queue the tasks, attach, cancel, attach again. */
    async cancel(tick) {
        const cancel = this.adapter.cancel;
        await this.holdWorkers(tick);
        for (let i = 0; i < this.cell.tasks; i++)
            this.submit(i);
        for (let i = 0; i < this.cell.tasks; i++) {
            this.attach(i, 0);
            this.cancelled[i] = true;
            const taken = cancel(this.pool, this.tasks[i]);
            if (typeof taken === 'boolean')
                this.cancelReported[i] = taken;
            // One turn of the event loop: a native promise settles in a microtask, after cancel()
            // returned. The second handler is attached to a task the probe can see cancelled.
            await turn();
            this.attach(i, 1);
            tick();
        }
        this.releaseBlockers();
        await this.awaitCancelled(tick);
    }
    /**
     * The latch of `cancel`: every handler, but the handlers of a task whose cancel the adapter
     * reported get only a short grace once the others have run. A pool may leave a cancelled task's
     * promise pending while it lives (threads.js settles it only at terminate): those handlers then
     * run at close() (the `ranAt: close` fact), and waiting the whole timeoutMs for them would only
     * slow the cell down.
     */
    async awaitCancelled(tick) {
        const reported = (slot) => this.cancelReported[Math.floor(slot / this.per)] === true;
        const othersRan = () => {
            for (let slot = 0; slot < this.ledger.slots; slot++)
                if (!reported(slot) && this.ledger.calls(slot) === 0)
                    return false;
            return true;
        };
        const deadline = Date.now() + this.cell.timeoutMs;
        let graceUntil = Infinity;
        while (this.ledger.remaining > 0 && Date.now() < Math.min(deadline, graceUntil)) {
            if (graceUntil === Infinity && othersRan())
                graceUntil = Date.now() + CANCEL_GRACE_MS;
            await sleep(TICK_MS / 4);
            tick();
        }
    }
    /** Hold every worker, queue the tasks with a handler each, shut the pool down, let go. */
    async shutdown(tick) {
        const shutdown = this.adapter.shutdown;
        await this.holdWorkers(tick);
        for (let i = 0; i < this.cell.tasks; i++) {
            this.submit(i);
            if (this.attachesLater)
                this.attach(i, 0);
        }
        // Like shutdown(wait=False): the probe lets the blockers go before it waits for the pool.
        // Called now (a Promise's executor runs at once); a throw becomes a rejection.
        const stopping = new Promise(resolve => resolve(shutdown(this.pool))).then(() => true);
        // Its failure is reported below, after the handlers; not an unhandled rejection meanwhile.
        stopping.catch(() => undefined);
        this.releaseBlockers();
        await this.awaitHandlers(tick);
        let timer;
        const stopped = await Promise.race([
            stopping,
            new Promise(resolve => (timer = setTimeout(() => resolve(false), this.cell.timeoutMs)))
        ]).finally(() => clearTimeout(timer));
        if (!stopped)
            process.stderr.write('probe: shutdown() did not finish within timeoutMs\n');
    }
    // --- callback APIs (worker-farm's documented rules) ----------------------------------------
    /** Every call is submitted at once (the `failing` tasks fail by themselves); waits for the callbacks. */
    async awaitHandlersOf(tick) {
        for (let i = 0; i < this.cell.tasks; i++)
            this.submit(i);
        await this.awaitHandlers(tick);
    }
    /** Kills the process of each call when it first announces itself; a retried call goes on. */
    async kill(tick) {
        this.holdTask = index => this.announcements.get(index) === 1 && this.failure === undefined;
        this.onTask = index => {
            const pid = this.gate.identity(index)?.pid;
            if (this.announcements.get(index) !== 1 || pid === undefined)
                return;
            if (pid === process.pid) {
                this.failure ??= new NotApplicable(`${this.adapter.name} runs its tasks in the probe's own process: none can be killed alone`);
                return;
            }
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Already gone: killed with another call it ran.
            }
        };
        await this.awaitHandlersOf(tick);
    }
    /** Holds every call until its callback runs: each takes longer than the pool's maxCallTime. */
    async overtime(tick) {
        this.holdTask = () => true;
        await this.awaitHandlersOf(tick);
    }
    /** Submits the calls with every one held: those past maxConcurrentCalls are refused. */
    async overload(tick) {
        const limit = poolOptionOf(this.adapter, 'maxConcurrentCalls') ?? Infinity;
        this.holdTask = () => true;
        for (let i = 0; i < this.cell.tasks; i++) {
            this.roles[i] = i < limit ? 'within-limit' : 'past-limit';
            this.submit(i);
        }
        // The refused calls are answered without running; then the held ones go on.
        const refused = this.roles.flatMap((role, i) => (role === 'past-limit' ? [i] : []));
        await this.waitFor(() => refused.every(i => this.ledger.calls(i) > 0), tick);
        this.gate.releaseAll();
        await this.awaitHandlers(tick);
    }
    /** Holds the calls the workers took, ends the pool with the rest queued, then lets go. */
    async end(tick) {
        const shutdown = this.adapter.shutdown;
        const n = this.cell.tasks;
        this.holdTask = () => true;
        for (let i = 0; i < n; i++)
            this.submit(i);
        await this.waitFor(() => this.startedTasks >= Math.min(n, this.cell.workers), tick);
        for (let i = 0; i < n; i++)
            this.roles[i] = this.gate.hasStarted(i) ? 'in-progress' : 'queued';
        let stopped = false;
        const stopping = new Promise(resolve => resolve(shutdown(this.pool)));
        stopping.then(() => (stopped = true), (error) => (this.failure ??= error));
        this.gate.releaseAll();
        // A discarded call's callback never runs: once the pool says it stopped, a short grace, not
        // the whole timeout.
        const deadline = Date.now() + this.cell.timeoutMs;
        let graceUntil = Infinity;
        while (this.ledger.remaining > 0 && Date.now() < Math.min(deadline, graceUntil)) {
            if (stopped && graceUntil === Infinity)
                graceUntil = Date.now() + END_GRACE_MS;
            await sleep(TICK_MS / 4);
            tick();
        }
    }
    // --- submitting and attaching ---------------------------------------------------------------
    input(index) {
        return {
            run: this.run,
            index,
            taskMs: index < 0 ? 0 : this.cell.taskMs,
            gate: this.gate.address,
            ...(index >= 0 && (this.cell.perturb?.spinTaskEndUs ?? 0) > 0
                ? { spinEndUs: this.cell.perturb?.spinTaskEndUs }
                : {}),
            ...(index >= 0 && SCENARIO_TRAITS[this.cell.scenario].experiment === 'fail'
                ? { fails: true }
                : {})
        };
    }
    /** Submits task i; a callback-style pool gets the task's one handler here. */
    submit(i) {
        if (this.attachesLater) {
            const task = this.adapter.run(this.pool, this.input(i));
            this.tasks[i] = task;
            this.attachTo(task, this.trackers.handler(i));
            return;
        }
        const slot = i * this.per;
        this.spinBefore();
        this.registered[slot] = this.state(i);
        this.ledger.attaching(slot);
        try {
            this.tasks[i] = this.adapter.run(this.pool, this.input(i), this.observed(slot));
        }
        catch (error) {
            if (!(error instanceof perturb.DeliberateError))
                throw error;
        }
        finally {
            this.ledger.attaching(undefined);
            this.spinAfter();
        }
    }
    /** Task i's one handler, noting the error it gets on its first run (callback APIs). */
    observed(slot) {
        const handler = this.controlled(this.ledger.handler(slot));
        const observe = (...args) => {
            if (this.ledger.calls(slot) === 0)
                this.errors[slot] = errorTypeOf(args[0]);
            // The callback convention: an error first, or none.
            if (args[0] === undefined || args[0] === null)
                handler.fulfilled();
            else
                handler.rejected();
        };
        return Object.assign(observe, {
            portable: handler.portable,
            fulfilled: handler.fulfilled,
            rejected: handler.rejected
        });
    }
    attachAll(i) {
        for (let k = 0; k < this.per; k++)
            this.attach(i, k);
    }
    /** Attaches handler k of task i, noting the task's state just before the attaching call. */
    attach(i, k) {
        const slot = i * this.per + k;
        // The first handler raises where the outcomes say which one raised (their `role`).
        const raises = SCENARIO_TRAITS[this.cell.scenario].facts.includes('role') && k === 0;
        this.spinBefore();
        this.registered[slot] = this.state(i);
        this.ledger.attaching(slot);
        try {
            this.attachTo(this.tasks[i], this.controlled(this.ledger.handler(slot, raises)));
        }
        catch (error) {
            // A pool that runs a handler inline and lets its exception escape to the attaching call:
            // the handler ran and was recorded.
            if (!(error instanceof perturb.DeliberateError))
                throw error;
        }
        finally {
            this.ledger.attaching(undefined);
            this.spinAfter();
        }
    }
    /** Perturbed cells (perturb.ts): a random spin just before an attaching call, and just after. */
    spinBefore() {
        if (this.cell.perturb !== undefined)
            perturb.spin(this.cell.perturb.spinBeforeUs);
    }
    spinAfter() {
        if (this.cell.perturb !== undefined)
            perturb.spin(this.cell.perturb.spinAfterUs);
    }
    /** An observed handler as the pool gets it: itself, or, under a control, sometimes a mover. */
    controlled(handler) {
        return this.control === undefined ? handler : this.control.handlerFor(handler);
    }
    /** The control thread's id, for the tally to name it. */
    get controlThread() {
        return this.control?.threadId;
    }
    attachTo(task, handler) {
        this.adapter.attach(task, handler);
    }
    state(i) {
        if (this.trackers.calls(i) > 0)
            return this.cancelled[i] && !this.gate.hasStarted(i) ? 'cancelled' : 'done';
        // The adapter reported the cancel: the task is cancelled, though its promise may be pending.
        if (this.cancelReported[i] === true && !this.gate.hasStarted(i))
            return 'cancelled';
        return this.gate.hasStarted(i) ? 'running' : 'pending';
    }
    // --- warm-up and blockers -------------------------------------------------------------------
    /**
     * Makes sure all workers are up before the experiment, by holding one task per worker until
     * all of them run: the timings then measure tasks, not the start-up of threads or processes.
     */
    async warmUp(tick) {
        await this.holdWorkers(tick);
        this.releaseBlockers();
        await this.service.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick);
    }
    /** Occupies every worker with a blocker task (no observed handlers, not counted). */
    async holdWorkers(tick) {
        const n = this.cell.workers;
        this.blockersWanted = n;
        for (let b = 0; b < n; b++) {
            const input = this.input(-1 - b);
            const handler = this.service.handler(b);
            if (this.attachesLater)
                this.attachTo(this.adapter.run(this.pool, input), handler);
            else
                this.adapter.run(this.pool, input, handler);
        }
        const up = await this.waitFor(() => this.startedBlockers.size >= n, tick);
        if (!up)
            process.stderr.write('probe: not every blocker task started within timeoutMs\n');
    }
    releaseBlockers() {
        for (let b = 0; b < this.blockersWanted; b++)
            this.gate.release(-1 - b);
    }
    // --- waiting --------------------------------------------------------------------------------
    /** Waits until `done()`, giving up when nothing has started for timeoutMs. */
    async waitFor(done, tick) {
        let seen = -1;
        let since = Date.now();
        while (!done()) {
            if (this.failure !== undefined)
                return false;
            const progress = this.startedTasks + this.startedBlockers.size;
            if (progress !== seen) {
                seen = progress;
                since = Date.now();
            }
            const left = this.cell.timeoutMs - (Date.now() - since);
            if (left <= 0)
                return false;
            await this.alarm.sleep(Math.min(left, TICK_MS));
            tick();
        }
        return true;
    }
    /** The latch: every observed handler has run, or timeoutMs passed (the rest count as never). */
    async awaitHandlers(tick) {
        await this.ledger.wait(Date.now() + this.cell.timeoutMs, TICK_MS, tick);
    }
    futuresFinished() {
        return Math.floor((this.ledger.slots - this.ledger.remaining) / this.per);
    }
    tally(histogram, places) {
        tallyRepetition(this, histogram, places);
    }
}

// First progress line only for cells that take long, then at most about 4 a second.
const PROGRESS_AFTER_MS = 1_000;
const PROGRESS_EVERY_MS = 250;
// After the pool is closed: one more turn of the event loop for late (second) handler runs.
const SETTLE_MS = 10;
// A pool that does not close in this time is abandoned and the probe exits (see runCell).
const CLOSE_TIMEOUT_MS = 10_000;
/** The cell could not be carried out: a cell-error. */
class CellFailure extends Error {
}
class Driver {
    adapter;
    gate;
    taskModule;
    send;
    control;
    runs = 0;
    loggedExceptions = 0;
    progress = { cellStart: 0, last: 0, base: 0, total: 0, id: '' };
    current;
    /** A pool could not be closed: after this cell's answer the probe must exit. */
    mustExit = false;
    constructor(adapter, gate, taskModule, send, 
    /** A positive control (control.ts): every N-th handler moved to the control thread. */
    control) {
        this.adapter = adapter;
        this.gate = gate;
        this.taskModule = taskModule;
        this.send = send;
        this.control = control;
    }
    get support() {
        return scenarioSupportOf(this.adapter);
    }
    /** An exception nobody caught (a raising handler, a pool's error event): counted, not fatal. */
    noteUncaught() {
        this.loggedExceptions += 1;
    }
    async runCell(message) {
        const id = typeof message.id === 'string' ? message.id : String(message.id);
        let cell;
        try {
            cell = parseCell(message, id);
        }
        catch (error) {
            this.send({ type: 'cell-error', id, message: error.message });
            return;
        }
        const unsupported = this.support.unsupported[cell.scenario];
        if (unsupported !== undefined) {
            this.send({ type: 'skipped', id, reason: unsupported });
            return;
        }
        if (SCENARIO_TRAITS[cell.scenario].timing &&
            cell.callbackDelayMs > 0 &&
            this.adapter.attach === undefined) {
            // Its handler goes with the task: there is no later moment to attach it at.
            this.send({
                type: 'skipped',
                id,
                reason: `${this.adapter.name} takes its handler with the task, so a callback delay cannot apply (see docs/node-pools.md)`
            });
            return;
        }
        const start = Date.now();
        this.progress = { cellStart: start, last: 0, base: 0, total: cell.tasks * cell.repeat, id };
        const loggedBefore = this.loggedExceptions;
        const histogram = new Map();
        const places = emptyPlaces();
        // A perturbed cell (a budget's perturbed lane): one core and extra threads for the whole cell,
        // started before its pools so that their threads inherit the one core.
        const shaker = cell.perturb === undefined ? undefined : perturb.Shaker.start(cell.perturb);
        try {
            for (let r = 0; r < cell.repeat; r++) {
                this.progress.base = r * cell.tasks;
                await this.runRepetition(cell, histogram, places);
            }
        }
        catch (error) {
            if (error instanceof NotApplicable) {
                this.send({ type: 'skipped', id, reason: error.message });
                return;
            }
            const message = error instanceof CellFailure ? error.message : oneLine(error, { named: true });
            this.send({ type: 'cell-error', id, message });
            return;
        }
        finally {
            this.current = undefined;
            await shaker?.stop();
        }
        this.send({
            type: 'result',
            id,
            outcomes: [...histogram.values()],
            stats: {
                futures: cell.tasks * cell.repeat,
                callbacks: cell.tasks * cell.callbacks * cell.repeat,
                elapsedMs: Math.round((Date.now() - start) * 10) / 10,
                loggedExceptions: this.loggedExceptions - loggedBefore,
                ...places
            }
        });
    }
    async runRepetition(cell, histogram, places) {
        let pool;
        try {
            const limit = SCENARIO_TRAITS[cell.scenario].adapter.option;
            pool = await this.adapter.create({
                workers: cell.workers,
                taskModule: this.taskModule,
                ...(limit === undefined ? {} : { limit })
            });
        }
        catch (error) {
            throw new CellFailure(`${this.adapter.name}: create() threw ${oneLine(error, { named: true })}`);
        }
        this.runs += 1;
        const rep = new Repetition(cell, this.runs, this.adapter, pool, this.gate, this.control);
        this.current = rep;
        this.gate.begin(rep.run, index => rep.onStart(index));
        let failure;
        try {
            await this.scenario(rep);
            if (rep.failure !== undefined)
                failure = rep.failure;
        }
        catch (error) {
            failure = error;
        }
        finally {
            // Whatever happened, never leave a task held. What has run so far is noted before the
            // pool closes: a handler whose first run comes only at close() ran because close settled
            // its task (ranAt: close, graded apart). The counting itself waits for the close, so that
            // a handler run twice by a closing pool is seen.
            this.gate.releaseAll();
            rep.callsBeforeClose = rep.ledger.callsNow();
            const closed = await closeWithin(this.adapter, pool, CLOSE_TIMEOUT_MS);
            if (closed === 'timed-out') {
                // Whatever the pool still runs would outlive the cell: the probe exits after its answer.
                this.mustExit = true;
                failure ??= new Error(`close() did not finish within ${CLOSE_TIMEOUT_MS / 1000} s; the probe exits to stop the pool`);
            }
            else if (closed !== 'closed') {
                failure ??= closed;
            }
            await sleep(SETTLE_MS);
        }
        if (failure instanceof NotApplicable)
            throw failure;
        if (failure !== undefined)
            throw new CellFailure(`${cell.scenario} scenario failed: ${oneLine(failure, { named: true })}`);
        rep.tally(histogram, places);
    }
    async scenario(rep) {
        const cell = rep.cell;
        const tick = () => this.tick();
        switch (SCENARIO_TRAITS[cell.scenario].experiment) {
            case 'held':
                return rep.held(tick);
            case 'timed':
                return rep.timed(tick);
            case 'done':
                return rep.done(tick);
            case 'cancel':
                return rep.cancel(tick);
            case 'shutdown':
                return rep.shutdown(tick);
            case 'kill':
                return rep.kill(tick);
            case 'fail':
                return rep.awaitHandlersOf(tick);
            case 'overtime':
                return rep.overtime(tick);
            case 'overload':
                return rep.overload(tick);
            case 'end':
                return rep.end(tick);
        }
    }
    /** Sends a progress line when the cell has run long enough and the last one is old. */
    tick() {
        const now = Date.now();
        const p = this.progress;
        if (now - p.cellStart < PROGRESS_AFTER_MS || now - p.last < PROGRESS_EVERY_MS)
            return;
        p.last = now;
        const done = p.base + (this.current?.futuresFinished() ?? 0);
        this.send({ type: 'progress', id: p.id, done: Math.min(done, p.total), total: p.total });
    }
}
async function closeWithin(adapter, pool, timeoutMs) {
    let timer;
    try {
        return await Promise.race([
            Promise.resolve()
                .then(() => adapter.close(pool))
                .then(() => 'closed'),
            new Promise(resolve => {
                timer = setTimeout(() => resolve('timed-out'), timeoutMs);
            })
        ]);
    }
    catch (error) {
        return new Error(`close() threw ${oneLine(error, { named: true })}`);
    }
    finally {
        clearTimeout(timer);
    }
}

var dist = {};

var version$3 = "5.3.2";
var require$$6 = {
	version: version$3};

var task_queue = {};

var abort = {};

var hasRequiredAbort;

function requireAbort () {
	if (hasRequiredAbort) return abort;
	hasRequiredAbort = 1;
	Object.defineProperty(abort, "__esModule", { value: true });
	abort.AbortError = void 0;
	abort.onabort = onabort;
	class AbortError extends Error {
	    constructor(reason) {
	        // TS does not recognizes the cause clause
	        // @ts-expect-error
	        super('The task has been aborted', { cause: reason });
	    }
	    get name() {
	        return 'AbortError';
	    }
	}
	abort.AbortError = AbortError;
	function onabort(abortSignal, listener) {
	    if ('addEventListener' in abortSignal) {
	        abortSignal.addEventListener('abort', listener, { once: true });
	        return () => abortSignal.removeEventListener('abort', listener);
	    }
	    else {
	        abortSignal.once('abort', listener);
	        return () => abortSignal.removeListener('abort', listener);
	    }
	}
	
	return abort;
}

var array_queue = {};

var hasRequiredArray_queue;

function requireArray_queue () {
	if (hasRequiredArray_queue) return array_queue;
	hasRequiredArray_queue = 1;
	var __importDefault = (array_queue && array_queue.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(array_queue, "__esModule", { value: true });
	array_queue.ArrayTaskQueue = void 0;
	const node_assert_1 = __importDefault(require$$0$1);
	class ArrayTaskQueue {
	    constructor() {
	        this.tasks = [];
	    }
	    get size() {
	        return this.tasks.length;
	    }
	    shift() {
	        var _a;
	        return (_a = this.tasks.shift()) !== null && _a !== void 0 ? _a : null;
	    }
	    push(task) {
	        this.tasks.push(task);
	    }
	    unshift(task) {
	        this.tasks.unshift(task);
	    }
	    remove(task) {
	        const index = this.tasks.indexOf(task);
	        node_assert_1.default.notStrictEqual(index, -1);
	        this.tasks.splice(index, 1);
	    }
	}
	array_queue.ArrayTaskQueue = ArrayTaskQueue;
	
	return array_queue;
}

var fixed_queue = {};

var hasRequiredFixed_queue;

function requireFixed_queue () {
	if (hasRequiredFixed_queue) return fixed_queue;
	hasRequiredFixed_queue = 1;
	var __classPrivateFieldGet = (fixed_queue && fixed_queue.__classPrivateFieldGet) || function (receiver, state, kind, f) {
	    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
	    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
	    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
	};
	var __classPrivateFieldSet = (fixed_queue && fixed_queue.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
	    if (kind === "m") throw new TypeError("Private method is not writable");
	    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
	    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
	    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
	};
	var __importDefault = (fixed_queue && fixed_queue.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	var _FixedQueue_size;
	Object.defineProperty(fixed_queue, "__esModule", { value: true });
	fixed_queue.FixedQueue = void 0;
	/*
	 * Modified Fixed Queue Implementation based on the one from Node.js Project
	 * License: MIT License
	 * Source: https://github.com/nodejs/node/blob/de7b37880f5a541d5f874c1c2362a65a4be76cd0/lib/internal/fixed_queue.js
	 */
	const node_assert_1 = __importDefault(require$$0$1);
	// Currently optimal queue size, tested on V8 6.0 - 6.6. Must be power of two.
	const kSize = 2048;
	const kMask = kSize - 1;
	// The FixedQueue is implemented as a singly-linked list of fixed-size
	// circular buffers. It looks something like this:
	//
	//  head                                                       tail
	//    |                                                          |
	//    v                                                          v
	// +-----------+ <-----\       +-----------+ <------\         +-----------+
	// |  [null]   |        \----- |   next    |         \------- |   next    |
	// +-----------+               +-----------+                  +-----------+
	// |   item    | <-- bottom    |   item    | <-- bottom       |  [empty]  |
	// |   item    |               |   item    |                  |  [empty]  |
	// |   item    |               |   item    |                  |  [empty]  |
	// |   item    |               |   item    |                  |  [empty]  |
	// |   item    |               |   item    |       bottom --> |   item    |
	// |   item    |               |   item    |                  |   item    |
	// |    ...    |               |    ...    |                  |    ...    |
	// |   item    |               |   item    |                  |   item    |
	// |   item    |               |   item    |                  |   item    |
	// |  [empty]  | <-- top       |   item    |                  |   item    |
	// |  [empty]  |               |   item    |                  |   item    |
	// |  [empty]  |               |  [empty]  | <-- top  top --> |  [empty]  |
	// +-----------+               +-----------+                  +-----------+
	//
	// Or, if there is only one circular buffer, it looks something
	// like either of these:
	//
	//  head   tail                                 head   tail
	//    |     |                                     |     |
	//    v     v                                     v     v
	// +-----------+                               +-----------+
	// |  [null]   |                               |  [null]   |
	// +-----------+                               +-----------+
	// |  [empty]  |                               |   item    |
	// |  [empty]  |                               |   item    |
	// |   item    | <-- bottom            top --> |  [empty]  |
	// |   item    |                               |  [empty]  |
	// |  [empty]  | <-- top            bottom --> |   item    |
	// |  [empty]  |                               |   item    |
	// +-----------+                               +-----------+
	//
	// Adding a value means moving `top` forward by one, removing means
	// moving `bottom` forward by one. After reaching the end, the queue
	// wraps around.
	//
	// When `top === bottom` the current queue is empty and when
	// `top + 1 === bottom` it's full. This wastes a single space of storage
	// but allows much quicker checks.
	class FixedCircularBuffer {
	    constructor() {
	        this.bottom = 0;
	        this.top = 0;
	        this.list = new Array(kSize);
	        this.next = null;
	    }
	    isEmpty() {
	        return this.top === this.bottom;
	    }
	    isFull() {
	        return ((this.top + 1) & kMask) === this.bottom;
	    }
	    push(data) {
	        this.list[this.top] = data;
	        this.top = (this.top + 1) & kMask;
	    }
	    unshift(data) {
	        this.bottom = (this.bottom - 1) & kMask;
	        this.list[this.bottom] = data;
	    }
	    shift() {
	        const nextItem = this.list[this.bottom];
	        if (nextItem === undefined) {
	            return null;
	        }
	        this.list[this.bottom] = undefined;
	        this.bottom = (this.bottom + 1) & kMask;
	        return nextItem;
	    }
	    remove(task) {
	        const indexToRemove = this.list.indexOf(task);
	        node_assert_1.default.notStrictEqual(indexToRemove, -1);
	        let curr = indexToRemove;
	        while (true) {
	            const next = (curr + 1) & kMask;
	            this.list[curr] = this.list[next];
	            if (this.list[curr] === undefined) {
	                break;
	            }
	            if (next === indexToRemove) {
	                this.list[curr] = undefined;
	                break;
	            }
	            curr = next;
	        }
	        this.top = (this.top - 1) & kMask;
	    }
	}
	class FixedQueue {
	    constructor() {
	        _FixedQueue_size.set(this, 0);
	        this.head = this.tail = new FixedCircularBuffer();
	    }
	    isEmpty() {
	        return this.head.isEmpty();
	    }
	    push(data) {
	        var _a;
	        if (this.head.isFull()) {
	            // Head is full: Creates a new queue, sets the old queue's `.next` to it,
	            // and sets it as the new main queue.
	            this.head = this.head.next = new FixedCircularBuffer();
	        }
	        this.head.push(data);
	        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
	    }
	    unshift(data) {
	        var _a;
	        if (this.tail.isFull()) {
	            const newTail = new FixedCircularBuffer();
	            newTail.next = this.tail;
	            this.tail = newTail;
	        }
	        this.tail.unshift(data);
	        __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a++, _a), "f");
	    }
	    shift() {
	        var _a;
	        const tail = this.tail;
	        const next = tail.shift();
	        if (next !== null)
	            __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
	        if (tail.isEmpty() && tail.next !== null) {
	            // If there is another queue, it forms the new tail.
	            this.tail = tail.next;
	            tail.next = null;
	        }
	        return next;
	    }
	    remove(task) {
	        var _a;
	        let prev = null;
	        let buffer = this.tail;
	        while (true) {
	            if (buffer.list.includes(task)) {
	                buffer.remove(task);
	                __classPrivateFieldSet(this, _FixedQueue_size, (_a = __classPrivateFieldGet(this, _FixedQueue_size, "f"), _a--, _a), "f");
	                break;
	            }
	            if (buffer.next === null)
	                break;
	            prev = buffer;
	            buffer = buffer.next;
	        }
	        if (buffer.isEmpty()) {
	            // removing tail
	            if (prev === null) {
	                // if tail is not the last buffer
	                if (buffer.next !== null)
	                    this.tail = buffer.next;
	            }
	            else {
	                // removing head
	                if (buffer.next === null) {
	                    this.head = prev;
	                }
	                else {
	                    // removing buffer from middle
	                    prev.next = buffer.next;
	                }
	            }
	        }
	    }
	    get size() {
	        return __classPrivateFieldGet(this, _FixedQueue_size, "f");
	    }
	}
	fixed_queue.FixedQueue = FixedQueue;
	_FixedQueue_size = new WeakMap();
	
	return fixed_queue;
}

var hasRequiredTask_queue;

function requireTask_queue () {
	if (hasRequiredTask_queue) return task_queue;
	hasRequiredTask_queue = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.TaskInfo = exports.FixedQueue = exports.ArrayTaskQueue = void 0;
		exports.isTaskQueue = isTaskQueue;
		const node_perf_hooks_1 = require$$0$2;
		const node_async_hooks_1 = require$$1;
		const abort_1 = requireAbort();
		const common_1 = common.requireCommon();
		const symbols_1 = common.requireSymbols();
		var array_queue_1 = requireArray_queue();
		Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function () { return array_queue_1.ArrayTaskQueue; } });
		var fixed_queue_1 = requireFixed_queue();
		Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function () { return fixed_queue_1.FixedQueue; } });
		/**
		 * Verifies if a given TaskQueue is valid
		 *
		 * @export
		 * @param {*} value
		 * @return {*}  {boolean}
		 */
		function isTaskQueue(value) {
		    return (typeof value === 'object' &&
		        value !== null &&
		        'size' in value &&
		        typeof value.shift === 'function' &&
		        typeof value.remove === 'function' &&
		        typeof value.push === 'function');
		}
		let taskIdCounter = 0;
		// Extend AsyncResource so that async relations between posting a task and
		// receiving its result are visible to diagnostic tools.
		class TaskInfo extends node_async_hooks_1.AsyncResource {
		    constructor({ task, transferList, filename, name, abortSignal, triggerAsyncId, }, callback) {
		        super('Piscina.Task', { requireManualDestroy: true, triggerAsyncId });
		        this.workerInfo = null;
		        this.aborted = false;
		        this._abortListener = () => { this.aborted = true; };
		        this._abortCleaner = null;
		        this.callback = callback;
		        this.task = task;
		        this.transferList = transferList;
		        // If the task is a Transferable returned by
		        // Piscina.move(), then add it to the transferList
		        // automatically
		        if ((0, common_1.isMovable)(task)) {
		            // This condition should never be hit but typescript
		            // complains if we dont do the check.
		            /* c8 ignore next */
		            if (this.transferList == null) {
		                this.transferList = [];
		            }
		            this.transferList = this.transferList.concat(task[symbols_1.kTransferable]);
		            this.task = task[symbols_1.kValue];
		        }
		        this.filename = filename;
		        this.name = name;
		        // TODO: This should not be global
		        this.taskId = taskIdCounter++;
		        this.abortSignal = abortSignal;
		        this.created = node_perf_hooks_1.performance.now();
		        this.started = 0;
		    }
		    onAbort(value) {
		        this._abortListener = () => {
		            this.aborted = true;
		            value();
		        };
		    }
		    setAbortListener(signal) {
		        this._abortCleaner = (0, abort_1.onabort)(signal, this._abortListener);
		    }
		    releaseTask() {
		        const ret = this.task;
		        this.task = null;
		        return ret;
		    }
		    // TODO: implement - helpful for streaming chunks of data from worker to parent
		    onResponse(_result) { }
		    done(err, result) {
		        var _a;
		        this.runInAsyncScope(this.callback, null, err, result);
		        this.emitDestroy(); // `TaskInfo`s are used only once.
		        // If an abort signal was used, remove the listener from it when
		        // done to make sure we do not accidentally leak.
		        (_a = this._abortCleaner) === null || _a === void 0 ? void 0 : _a.call(this);
		    }
		    get [symbols_1.kQueueOptions]() {
		        var _a, _b;
		        return (_b = (_a = this.task) === null || _a === void 0 ? void 0 : _a[symbols_1.kQueueOptions]) !== null && _b !== void 0 ? _b : null;
		    }
		    get interface() {
		        return {
		            taskId: this.taskId,
		            filename: this.filename,
		            name: this.name,
		            created: this.created,
		            isAbortable: this.abortSignal !== null,
		            [symbols_1.kQueueOptions]: this[symbols_1.kQueueOptions]
		        };
		    }
		}
		exports.TaskInfo = TaskInfo;
		
	} (task_queue));
	return task_queue;
}

var worker_pool = {};

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;
	Object.defineProperty(errors, "__esModule", { value: true });
	errors.Errors = void 0;
	errors.Errors = {
	    ThreadTermination: () => new Error('Terminating worker thread'),
	    FilenameNotProvided: () => new Error('filename must be provided to run() or in options object'),
	    TaskQueueAtLimit: () => new Error('Task queue is at limit'),
	    NoTaskQueueAvailable: () => new Error('No task queue available and all Workers are busy'),
	    CloseTimeout: () => new Error('Close operation timed out')
	};
	
	return errors;
}

var histogram = {};

var hasRequiredHistogram;

function requireHistogram () {
	if (hasRequiredHistogram) return histogram;
	hasRequiredHistogram = 1;
	var __classPrivateFieldSet = (histogram && histogram.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
	    if (kind === "m") throw new TypeError("Private method is not writable");
	    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
	    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
	    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
	};
	var __classPrivateFieldGet = (histogram && histogram.__classPrivateFieldGet) || function (receiver, state, kind, f) {
	    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
	    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
	    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
	};
	var _PiscinaHistogramHandler_runTime, _PiscinaHistogramHandler_waitTime;
	Object.defineProperty(histogram, "__esModule", { value: true });
	histogram.PiscinaHistogramHandler = void 0;
	const node_perf_hooks_1 = require$$0$2;
	class PiscinaHistogramHandler {
	    constructor() {
	        _PiscinaHistogramHandler_runTime.set(this, void 0);
	        _PiscinaHistogramHandler_waitTime.set(this, void 0);
	        __classPrivateFieldSet(this, _PiscinaHistogramHandler_runTime, (0, node_perf_hooks_1.createHistogram)(), "f");
	        __classPrivateFieldSet(this, _PiscinaHistogramHandler_waitTime, (0, node_perf_hooks_1.createHistogram)(), "f");
	    }
	    get runTimeSummary() {
	        return PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f"));
	    }
	    get waitTimeSummary() {
	        return PiscinaHistogramHandler.createHistogramSummary(__classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f"));
	    }
	    get runTimeCount() {
	        return __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").count;
	    }
	    recordRunTime(value) {
	        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").record(PiscinaHistogramHandler.toHistogramIntegerNano(value));
	    }
	    recordWaitTime(value) {
	        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").record(PiscinaHistogramHandler.toHistogramIntegerNano(value));
	    }
	    resetWaitTime() {
	        __classPrivateFieldGet(this, _PiscinaHistogramHandler_waitTime, "f").reset();
	    }
	    resetRunTime() {
	        __classPrivateFieldGet(this, _PiscinaHistogramHandler_runTime, "f").reset();
	    }
	    static createHistogramSummary(histogram) {
	        const { mean, stddev, min, max } = histogram;
	        return {
	            average: mean / 1000,
	            mean: mean / 1000,
	            stddev: stddev / 1000,
	            min: min / 1000,
	            max: max / 1000,
	            p0_001: histogram.percentile(0.001) / 1000,
	            p0_01: histogram.percentile(0.01) / 1000,
	            p0_1: histogram.percentile(0.1) / 1000,
	            p1: histogram.percentile(1) / 1000,
	            p2_5: histogram.percentile(2.5) / 1000,
	            p10: histogram.percentile(10) / 1000,
	            p25: histogram.percentile(25) / 1000,
	            p50: histogram.percentile(50) / 1000,
	            p75: histogram.percentile(75) / 1000,
	            p90: histogram.percentile(90) / 1000,
	            p97_5: histogram.percentile(97.5) / 1000,
	            p99: histogram.percentile(99) / 1000,
	            p99_9: histogram.percentile(99.9) / 1000,
	            p99_99: histogram.percentile(99.99) / 1000,
	            p99_999: histogram.percentile(99.999) / 1000,
	        };
	    }
	    static toHistogramIntegerNano(milliseconds) {
	        return Math.max(1, Math.trunc(milliseconds * 1000));
	    }
	}
	histogram.PiscinaHistogramHandler = PiscinaHistogramHandler;
	_PiscinaHistogramHandler_runTime = new WeakMap(), _PiscinaHistogramHandler_waitTime = new WeakMap();
	
	return histogram;
}

var base = {};

var hasRequiredBase;

function requireBase () {
	if (hasRequiredBase) return base;
	hasRequiredBase = 1;
	var __importDefault = (base && base.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(base, "__esModule", { value: true });
	base.AsynchronouslyCreatedResourcePool = base.AsynchronouslyCreatedResource = void 0;
	const node_assert_1 = __importDefault(require$$0$1);
	class AsynchronouslyCreatedResource {
	    constructor() {
	        this.onreadyListeners = [];
	        this.ondestroyListeners = [];
	    }
	    markAsReady() {
	        const listeners = this.onreadyListeners;
	        (0, node_assert_1.default)(listeners != null);
	        this.onreadyListeners = null;
	        for (const listener of listeners) {
	            listener();
	        }
	    }
	    isReady() {
	        return this.onreadyListeners == null;
	    }
	    onReady(fn) {
	        if (this.onreadyListeners == null) {
	            fn(); // Zalgo is okay here.
	            return;
	        }
	        this.onreadyListeners.push(fn);
	    }
	    onDestroy(fn) {
	        if (this.ondestroyListeners == null) {
	            return;
	        }
	        this.ondestroyListeners.push(fn);
	    }
	    markAsDestroyed() {
	        const listeners = this.ondestroyListeners;
	        (0, node_assert_1.default)(listeners != null);
	        this.ondestroyListeners = null;
	        for (const listener of listeners) {
	            listener();
	        }
	    }
	    isDestroyed() {
	        return this.ondestroyListeners == null;
	    }
	}
	base.AsynchronouslyCreatedResource = AsynchronouslyCreatedResource;
	// TODO: this will eventually become an scheduler
	class AsynchronouslyCreatedResourcePool {
	    constructor(maximumUsage) {
	        this.pendingItems = new Set();
	        this.readyItems = new Set();
	        this.maximumUsage = maximumUsage;
	        this.onAvailableListeners = [];
	        this.onTaskDoneListeners = [];
	    }
	    add(item) {
	        this.pendingItems.add(item);
	        item.onReady(() => {
	            /* istanbul ignore else */
	            if (this.pendingItems.has(item)) {
	                this.pendingItems.delete(item);
	                this.readyItems.add(item);
	                this.maybeAvailable(item);
	            }
	        });
	    }
	    delete(item) {
	        this.pendingItems.delete(item);
	        this.readyItems.delete(item);
	    }
	    *[Symbol.iterator]() {
	        yield* this.pendingItems;
	        yield* this.readyItems;
	    }
	    get size() {
	        return this.pendingItems.size + this.readyItems.size;
	    }
	    maybeAvailable(item) {
	        /* istanbul ignore else */
	        if (item.currentUsage() < this.maximumUsage) {
	            for (const listener of this.onAvailableListeners) {
	                listener(item);
	            }
	        }
	    }
	    onAvailable(fn) {
	        this.onAvailableListeners.push(fn);
	    }
	    taskDone(item) {
	        for (let i = 0; i < this.onTaskDoneListeners.length; i++) {
	            this.onTaskDoneListeners[i](item);
	        }
	    }
	    onTaskDone(fn) {
	        this.onTaskDoneListeners.push(fn);
	    }
	    getCurrentUsage() {
	        let inFlight = 0;
	        for (const worker of this.readyItems) {
	            const currentUsage = worker.currentUsage();
	            if (Number.isFinite(currentUsage))
	                inFlight += currentUsage;
	        }
	        return inFlight;
	    }
	}
	base.AsynchronouslyCreatedResourcePool = AsynchronouslyCreatedResourcePool;
	
	return base;
}

var balancer = {};

var hasRequiredBalancer;

function requireBalancer () {
	if (hasRequiredBalancer) return balancer;
	hasRequiredBalancer = 1;
	Object.defineProperty(balancer, "__esModule", { value: true });
	balancer.LeastBusyBalancer = LeastBusyBalancer;
	function LeastBusyBalancer(opts) {
	    const { maximumUsage } = opts;
	    return (task, workers) => {
	        let candidate = null;
	        let checkpoint = maximumUsage;
	        for (const worker of workers) {
	            if (worker.currentUsage === 0) {
	                candidate = worker;
	                break;
	            }
	            if (worker.isRunningAbortableTask)
	                continue;
	            if (task.isAbortable === false &&
	                (worker.currentUsage < checkpoint)) {
	                candidate = worker;
	                checkpoint = worker.currentUsage;
	            }
	        }
	        return candidate;
	    };
	}
	
	return balancer;
}

var hasRequiredWorker_pool;

function requireWorker_pool () {
	if (hasRequiredWorker_pool) return worker_pool;
	hasRequiredWorker_pool = 1;
	(function (exports) {
		var __createBinding = (worker_pool && worker_pool.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (worker_pool && worker_pool.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		var __importDefault = (worker_pool && worker_pool.__importDefault) || function (mod) {
		    return (mod && mod.__esModule) ? mod : { "default": mod };
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.AsynchronouslyCreatedResourcePool = exports.WorkerInfo = void 0;
		const node_worker_threads_1 = require$$0;
		const node_perf_hooks_1 = require$$0$2;
		const node_assert_1 = __importDefault(require$$0$1);
		const errors_1 = requireErrors();
		const symbols_1 = common.requireSymbols();
		const histogram_1 = requireHistogram();
		const base_1 = requireBase();
		Object.defineProperty(exports, "AsynchronouslyCreatedResourcePool", { enumerable: true, get: function () { return base_1.AsynchronouslyCreatedResourcePool; } });
		__exportStar(requireBalancer(), exports);
		class WorkerInfo extends base_1.AsynchronouslyCreatedResource {
		    constructor({ worker, port, enableHistogram }, onMessage) {
		        super();
		        this.idleTimeout = null;
		        this.lastSeenResponseCount = 0;
		        this.terminating = false;
		        this.destroyed = false;
		        const { filename, ...workerOpts } = worker;
		        this.worker = new node_worker_threads_1.Worker(filename, workerOpts);
		        this.port = port;
		        this.onMessage = onMessage;
		        this.port.on('message', this._handleResponse.bind(this));
		        this.taskInfos = new Map();
		        this.sharedBuffer = new Int32Array(new SharedArrayBuffer(symbols_1.kFieldCount * Int32Array.BYTES_PER_ELEMENT));
		        this.histogram = enableHistogram ? (0, node_perf_hooks_1.createHistogram)() : null;
		    }
		    get id() {
		        return this.worker.threadId;
		    }
		    onWorkerMessage(handler) {
		        this.worker.on('message', handler);
		    }
		    onWorkerError(handler) {
		        this.worker.on('error', handler);
		    }
		    onWorkerExit(handler) {
		        this.worker.on('exit', handler);
		    }
		    onPortClose(handler) {
		        this.port.on('close', handler);
		    }
		    init(msg, toTransfer) {
		        this.worker.postMessage(msg, toTransfer);
		        return this;
		    }
		    workerRef() {
		        this.worker.ref();
		        return this;
		    }
		    workerUnref() {
		        this.worker.unref();
		        return this;
		    }
		    destroy() {
		        if (this.terminating || this.destroyed)
		            return;
		        this.terminating = true;
		        this.clearIdleTimeout();
		        this.worker.terminate();
		        this.port.close();
		        for (const taskInfo of this.taskInfos.values()) {
		            taskInfo.done(errors_1.Errors.ThreadTermination());
		        }
		        this.taskInfos.clear();
		        this.terminating = false;
		        this.destroyed = true;
		        this.markAsDestroyed();
		    }
		    setIdleTimeout(handler, ms, ...args) {
		        this.idleTimeout = setTimeout(handler, ms, ...args).unref();
		    }
		    clearIdleTimeout() {
		        if (this.idleTimeout != null) {
		            clearTimeout(this.idleTimeout);
		            this.idleTimeout = null;
		        }
		    }
		    ref() {
		        this.port.ref();
		        return this;
		    }
		    unref() {
		        this.port.unref();
		        return this;
		    }
		    _handleResponse(message) {
		        var _a;
		        // Both cannot be in different state if histogram enabled.
		        (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.record(histogram_1.PiscinaHistogramHandler.toHistogramIntegerNano(message === null || message === void 0 ? void 0 : message.time));
		        this.onMessage(message);
		        if (this.taskInfos.size === 0) {
		            // No more tasks running on this Worker means it should not keep the
		            // process running.
		            this.unref();
		        }
		    }
		    postTask(taskInfo) {
		        // Avoid duplicates
		        (0, node_assert_1.default)(!this.taskInfos.has(taskInfo.taskId));
		        // Avoid posting when pool is shutting down or worker already destroyed
		        (0, node_assert_1.default)(!this.terminating && !this.destroyed);
		        const message = {
		            task: taskInfo.releaseTask(),
		            taskId: taskInfo.taskId,
		            filename: taskInfo.filename,
		            name: taskInfo.name,
		            histogramEnabled: this.histogram != null ? 1 : 0
		        };
		        try {
		            this.port.postMessage(message, taskInfo.transferList);
		            queueMicrotask(() => this.clearIdleTimeout());
		            taskInfo.workerInfo = this;
		            this.taskInfos.set(taskInfo.taskId, taskInfo);
		            this.ref();
		            // Inform the worker that there are new messages posted, and wake it up
		            // if it is waiting for one.
		            Atomics.add(this.sharedBuffer, symbols_1.kRequestCountField, 1);
		            Atomics.notify(this.sharedBuffer, symbols_1.kRequestCountField, 1);
		        }
		        catch (err) {
		            // This would mostly happen if e.g. message contains unserializable data
		            // or transferList is invalid.
		            taskInfo.done(err);
		        }
		    }
		    processPendingMessages() {
		        if (this.destroyed)
		            return;
		        // If we *know* that there are more messages than we have received using
		        // 'message' events yet, then try to load and handle them synchronously,
		        // without the need to wait for more expensive events on the event loop.
		        // This would usually break async tracking, but in our case, we already have
		        // the extra TaskInfo/AsyncResource layer that rectifies that situation.
		        const actualResponseCount = Atomics.load(this.sharedBuffer, symbols_1.kResponseCountField);
		        if (actualResponseCount !== this.lastSeenResponseCount) {
		            this.lastSeenResponseCount = actualResponseCount;
		            let entry;
		            while ((entry = (0, node_worker_threads_1.receiveMessageOnPort)(this.port)) != null) {
		                this._handleResponse(entry.message);
		            }
		        }
		    }
		    isRunningAbortableTask() {
		        // If there are abortable tasks, we are running one at most per Worker.
		        if (this.taskInfos.size !== 1)
		            return false;
		        const [[, task]] = this.taskInfos;
		        return task.abortSignal != null;
		    }
		    currentUsage() {
		        return this.isRunningAbortableTask() ? Infinity : this.taskInfos.size;
		    }
		    popTask(taskId) {
		        var _a;
		        const task = (_a = this.taskInfos.get(taskId)) !== null && _a !== void 0 ? _a : null;
		        if (task != null)
		            this.taskInfos.delete(taskId);
		        return task;
		    }
		    get interface() {
		        const worker = this;
		        return {
		            get id() {
		                return worker.worker.threadId;
		            },
		            get currentUsage() {
		                return worker.currentUsage();
		            },
		            get isRunningAbortableTask() {
		                return worker.isRunningAbortableTask();
		            },
		            get histogram() {
		                return worker.histogram != null ? histogram_1.PiscinaHistogramHandler.createHistogramSummary(worker.histogram) : null;
		            },
		            get terminating() {
		                return worker.terminating;
		            },
		            get destroyed() {
		                return worker.destroyed;
		            },
		            [symbols_1.kWorkerData]: worker
		        };
		    }
		}
		exports.WorkerInfo = WorkerInfo;
		
	} (worker_pool));
	return worker_pool;
}

var hasRequiredDist;

function requireDist () {
	if (hasRequiredDist) return dist;
	hasRequiredDist = 1;
	(function (exports) {
		var __classPrivateFieldSet = (dist && dist.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
		    if (kind === "m") throw new TypeError("Private method is not writable");
		    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
		    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
		    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
		};
		var __classPrivateFieldGet = (dist && dist.__classPrivateFieldGet) || function (receiver, state, kind, f) {
		    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
		    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
		    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
		};
		var _DirectlyTransferable_value, _ArrayBufferViewTransferable_view, _Piscina_pool, _Piscina_histogram;
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.workerData = exports.isWorkerThread = exports.move = exports.ArrayTaskQueue = exports.FixedQueue = exports.version = exports.queueOptionsSymbol = exports.valueSymbol = exports.transferableSymbol = exports.Piscina = void 0;
		const node_worker_threads_1 = require$$0;
		const node_events_1 = require$$1$1;
		const node_path_1 = require$$2;
		const node_util_1 = require$$3;
		const node_perf_hooks_1 = require$$0$2;
		const promises_1 = require$$5;
		const package_json_1 = require$$6;
		Object.defineProperty(exports, "version", { enumerable: true, get: function () { return package_json_1.version; } });
		const symbols_1 = common.requireSymbols();
		Object.defineProperty(exports, "queueOptionsSymbol", { enumerable: true, get: function () { return symbols_1.kQueueOptions; } });
		Object.defineProperty(exports, "transferableSymbol", { enumerable: true, get: function () { return symbols_1.kTransferable; } });
		Object.defineProperty(exports, "valueSymbol", { enumerable: true, get: function () { return symbols_1.kValue; } });
		const task_queue_1 = requireTask_queue();
		Object.defineProperty(exports, "ArrayTaskQueue", { enumerable: true, get: function () { return task_queue_1.ArrayTaskQueue; } });
		Object.defineProperty(exports, "FixedQueue", { enumerable: true, get: function () { return task_queue_1.FixedQueue; } });
		const worker_pool_1 = requireWorker_pool();
		const abort_1 = requireAbort();
		const histogram_1 = requireHistogram();
		const errors_1 = requireErrors();
		const common_1 = common.requireCommon();
		const cpuParallelism = (0, common_1.getAvailableParallelism)();
		const kDefaultOptions = {
		    filename: null,
		    name: 'default',
		    minThreads: Math.max(Math.floor(cpuParallelism / 2), 1),
		    maxThreads: cpuParallelism * 1.5,
		    idleTimeout: 0,
		    maxQueue: Infinity,
		    concurrentTasksPerWorker: 1,
		    atomics: 'sync',
		    taskQueue: new task_queue_1.ArrayTaskQueue(),
		    niceIncrement: 0,
		    trackUnmanagedFds: true,
		    closeTimeout: 30000,
		    recordTiming: true,
		    stricterFIFO: false,
		    workerHistogram: false
		};
		const kDefaultRunOptions = {
		    transferList: undefined,
		    filename: null,
		    signal: null,
		    name: null
		};
		const kDefaultCloseOptions = {
		    force: false
		};
		class DirectlyTransferable {
		    constructor(value) {
		        _DirectlyTransferable_value.set(this, void 0);
		        __classPrivateFieldSet(this, _DirectlyTransferable_value, value, "f");
		    }
		    get [(_DirectlyTransferable_value = new WeakMap(), symbols_1.kTransferable)]() { return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f"); }
		    get [symbols_1.kValue]() { return __classPrivateFieldGet(this, _DirectlyTransferable_value, "f"); }
		}
		class ArrayBufferViewTransferable {
		    constructor(view) {
		        _ArrayBufferViewTransferable_view.set(this, void 0);
		        __classPrivateFieldSet(this, _ArrayBufferViewTransferable_view, view, "f");
		    }
		    get [(_ArrayBufferViewTransferable_view = new WeakMap(), symbols_1.kTransferable)]() { return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f").buffer; }
		    get [symbols_1.kValue]() { return __classPrivateFieldGet(this, _ArrayBufferViewTransferable_view, "f"); }
		}
		class ThreadPool {
		    constructor(publicInterface, options) {
		        var _a, _b, _c;
		        this.skipQueue = [];
		        this.completed = 0;
		        this.histogram = null;
		        this.start = node_perf_hooks_1.performance.now();
		        this.inProcessPendingMessages = false;
		        this.startingUp = false;
		        this.closingUp = false;
		        this.workerFailsDuringBootstrap = false;
		        this.destroying = false;
		        this.publicInterface = publicInterface;
		        this.taskQueue = (_a = options.taskQueue) !== null && _a !== void 0 ? _a : new task_queue_1.FixedQueue();
		        const filename = options.filename ? (0, common_1.maybeFileURLToPath)(options.filename) : null;
		        this.options = (0, common_1.withNullPrototype)({
		            ...kDefaultOptions,
		            ...options,
		            filename,
		            maxQueue: 0,
		        });
		        if (this.options.recordTiming) {
		            this.histogram = new histogram_1.PiscinaHistogramHandler();
		        }
		        // The >= and <= could be > and < but this way we get 100 % coverage 🙃
		        if (options.maxThreads !== undefined &&
		            this.options.minThreads >= options.maxThreads) {
		            this.options.minThreads = options.maxThreads;
		        }
		        if (options.minThreads !== undefined &&
		            this.options.maxThreads <= options.minThreads) {
		            this.options.maxThreads = options.minThreads;
		        }
		        if (options.maxQueue === 'auto') {
		            this.options.maxQueue = this.options.maxThreads ** 2;
		        }
		        else {
		            this.options.maxQueue = (_b = options.maxQueue) !== null && _b !== void 0 ? _b : kDefaultOptions.maxQueue;
		        }
		        this.balancer = (_c = this.options.loadBalancer) !== null && _c !== void 0 ? _c : (0, worker_pool_1.LeastBusyBalancer)({ maximumUsage: this.options.concurrentTasksPerWorker });
		        this.workers = new worker_pool_1.AsynchronouslyCreatedResourcePool(this.options.concurrentTasksPerWorker);
		        this.workers.onTaskDone(this._onWorkerTaskDone.bind(this));
		        this.maxCapacity = this.options.maxThreads * this.options.concurrentTasksPerWorker;
		        this.startingUp = true;
		        this._ensureMinimumWorkers();
		        this.startingUp = false;
		        this._needsDrain = false;
		    }
		    _ensureMinimumWorkers() {
		        if (this.closingUp || this.destroying) {
		            return;
		        }
		        while (this.workers.size < this.options.minThreads) {
		            this._addNewWorker();
		        }
		    }
		    _addNewWorker() {
		        if (this.closingUp === true)
		            return;
		        const { port1, port2 } = new node_worker_threads_1.MessageChannel();
		        const workerInfo = new worker_pool_1.WorkerInfo({
		            worker: {
		                filename: (0, node_path_1.resolve)(__dirname, 'worker.js'),
		                env: this.options.env,
		                argv: this.options.argv,
		                execArgv: this.options.execArgv,
		                resourceLimits: this.options.resourceLimits,
		                workerData: this.options.workerData,
		                trackUnmanagedFds: this.options.trackUnmanagedFds
		            },
		            port: port1,
		            enableHistogram: this.options.workerHistogram
		        }, onMessage.bind(this));
		        const message = {
		            filename: this.options.filename,
		            name: this.options.name,
		            port: port2,
		            sharedBuffer: workerInfo.sharedBuffer,
		            atomics: this.options.atomics,
		            niceIncrement: this.options.niceIncrement
		        };
		        workerInfo.onDestroy(() => {
		            this.publicInterface.emit('workerDestroy', workerInfo.interface);
		        });
		        workerInfo.onWorkerMessage(onWorkerMessage.bind(this));
		        workerInfo.onWorkerError(onWorkerError.bind(this));
		        workerInfo.onWorkerExit(onWorkerExit.bind(this));
		        workerInfo.onPortClose(() => { workerInfo.workerRef(); });
		        if (this.startingUp === true) {
		            // There is no point in waiting for the initial set of Workers to indicate
		            // that they are ready, we just mark them as such from the start.
		            workerInfo.markAsReady();
		            // We need to emit the event in the next microtask, so that the user can
		            // attach event listeners before the event is emitted.
		            queueMicrotask(() => {
		                this.publicInterface.emit('workerCreate', workerInfo.interface);
		                this._onWorkerReady(workerInfo);
		            });
		        }
		        else {
		            workerInfo.onReady(() => {
		                this.publicInterface.emit('workerCreate', workerInfo.interface);
		                this._onWorkerReady(workerInfo);
		            });
		        }
		        workerInfo.init(message, [port2]).workerUnref();
		        this.workers.add(workerInfo);
		        function onMessage(message) {
		            const { taskId, result } = message;
		            // In case of success: Call the callback that was passed to `runTask`,
		            // remove the `TaskInfo` associated with the Worker, which marks it as
		            // free again.
		            const taskInfo = workerInfo.popTask(taskId);
		            this.workers.taskDone(workerInfo);
		            if (taskInfo == null) { /* c8 ignore next */
		                const err = new Error(`Unexpected message from Worker: ${(0, node_util_1.inspect)(message)}`);
		                this.publicInterface.emit('error', err);
		            }
		            else {
		                taskInfo.done(message.error, result);
		            }
		            this._processPendingMessages();
		        }
		        function onWorkerReady() {
		            workerInfo.currentUsage() === 0 && workerInfo.unref();
		            workerInfo.isReady() === false && workerInfo.markAsReady();
		        }
		        function onEventMessage(message) {
		            this.publicInterface.emit('message', message);
		        }
		        function onWorkerMessage(message) {
		            const isReadyMessage = (message instanceof Object && common_1.READY in message) ||
		                (typeof message === 'object' && message !== null && common_1.READY in message);
		            if (isReadyMessage) {
		                onWorkerReady();
		            }
		            else {
		                onEventMessage.call(this, message);
		            }
		        }
		        function onWorkerError(err) {
		            this._onError(workerInfo, err, false);
		        }
		        function onWorkerExit(code) {
		            if (this.destroying === false) {
		                const err = new Error(`worker exited with code: ${code}`);
		                // Only error unfinished tasks on process exit, since there are legitimate
		                // reasons to exit workers and we want to handle that gracefully when possible.
		                this._onError(workerInfo, err, true);
		            }
		        }
		    }
		    _onError(workerInfo, err, onlyErrorUnfinishedTasks) {
		        const taskInfos = [...workerInfo.taskInfos.values()];
		        workerInfo.taskInfos.clear();
		        // Remove the worker from the list and potentially start a new Worker to
		        // replace the current one.
		        this._removeWorker(workerInfo);
		        if (workerInfo.isReady() && !this.workerFailsDuringBootstrap) {
		            this._ensureMinimumWorkers();
		        }
		        else {
		            // Do not start new workers over and over if they already fail during
		            // bootstrap, there's no point.
		            this.workerFailsDuringBootstrap = true;
		        }
		        if (taskInfos.length > 0) {
		            // If there are remaining unfinished tasks, call the callback that was
		            // passed to `postTask` with the error
		            for (const taskInfo of taskInfos) {
		                taskInfo.done(err, null);
		            }
		        }
		        else if (!onlyErrorUnfinishedTasks) {
		            // If there are no unfinished tasks, instead emit an 'error' event
		            this.publicInterface.emit('error', err);
		        }
		    }
		    _processPendingMessages() {
		        if (this.inProcessPendingMessages || this.options.atomics === 'disabled') {
		            return;
		        }
		        this.inProcessPendingMessages = true;
		        try {
		            for (const workerInfo of this.workers) {
		                workerInfo.processPendingMessages();
		            }
		        }
		        finally {
		            this.inProcessPendingMessages = false;
		        }
		    }
		    _removeWorker(workerInfo) {
		        workerInfo.destroy();
		        this.workers.delete(workerInfo);
		    }
		    _removeTaskFromQueue(taskInfo) {
		        this.taskQueue.remove(taskInfo);
		        const skipQueueIndex = this.skipQueue.indexOf(taskInfo);
		        if (skipQueueIndex !== -1) {
		            this.skipQueue.splice(skipQueueIndex, 1);
		        }
		    }
		    _onWorkerReady(workerInfo) {
		        this._onWorkerAvailable(workerInfo);
		    }
		    _onWorkerTaskDone(workerInfo) {
		        this._onWorkerAvailable(workerInfo);
		    }
		    _onWorkerAvailable(workerInfo) {
		        let workers = null;
		        while ((this.taskQueue.size > 0 || this.skipQueue.length > 0)) {
		            // The skipQueue will have tasks that we previously shifted off
		            // the task queue but had to skip over... we have to make sure
		            // we drain that before we drain the taskQueue.
		            const taskInfo = this.skipQueue.shift() ||
		                this.taskQueue.shift();
		            if (workers == null) {
		                workers = [...this.workers].map(workerInfo => workerInfo.interface);
		            }
		            const distributed = this._distributeTask(taskInfo, workers);
		            if (distributed) {
		                // If task was distributed, we should continue to distribute more tasks
		                continue;
		            }
		            if (this.workers.size < this.options.maxThreads) {
		                // We spawn if possible
		                // TODO: scheduler will intercept this.
		                this._addNewWorker();
		                continue;
		            }
		            else {
		                // If balancer states that pool is busy, we should stop trying to distribute tasks
		                break;
		            }
		        }
		        //If Infinity was sent as a parameter, we skip setting the Timeout that clears the worker
		        if (this.options.idleTimeout === Infinity) {
		            return;
		        }
		        // If more workers than minThreads, we can remove idle workers
		        if (workerInfo.currentUsage() === 0 &&
		            this.workers.size > this.options.minThreads) {
		            workerInfo.setIdleTimeout(() => {
		                // Exit early - we can't safely remove the worker as there is workload in the middle.
		                // Once task is exited, timeout will be set once more for tearing up idle worker
		                if (workerInfo.currentUsage() !== 0) {
		                    return;
		                }
		                if (this.workers.size > this.options.minThreads) {
		                    this._removeWorker(workerInfo);
		                }
		            }, this.options.idleTimeout);
		        }
		    }
		    _distributeTask(task, workers) {
		        var _a;
		        // We need to verify if the task is aborted already or not
		        // otherwise we might be distributing aborted tasks to workers
		        if (task.aborted)
		            return true;
		        const candidate = this.balancer(task.interface, workers);
		        // Seeking for a real worker instead of customized one
		        if (candidate != null && candidate[symbols_1.kWorkerData] != null) {
		            const now = node_perf_hooks_1.performance.now();
		            (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.recordWaitTime(now - task.created);
		            task.started = now;
		            candidate[symbols_1.kWorkerData].postTask(task);
		            queueMicrotask(() => this._maybeDrain());
		            // If candidate, let's try to distribute more tasks
		            return true;
		        }
		        this._returnUndistributedTask(task, !this.options.stricterFIFO);
		        return false;
		    }
		    _returnUndistributedTask(task, toTail = false) {
		        if (task.abortSignal != null) {
		            if (toTail) {
		                this.skipQueue.push(task);
		            }
		            else {
		                this.skipQueue.unshift(task);
		            }
		            return;
		        }
		        if (toTail) {
		            this.taskQueue.push(task);
		        }
		        else if (this.taskQueue.unshift != null) {
		            this.taskQueue.unshift(task);
		        }
		        else {
		            this.taskQueue.push(task);
		        }
		    }
		    runTask(task, options) {
		        var _a;
		        let { filename, name } = options;
		        const { transferList = [] } = options;
		        filename = filename !== null && filename !== void 0 ? filename : this.options.filename;
		        name = name !== null && name !== void 0 ? name : this.options.name;
		        if (typeof filename !== 'string') {
		            return Promise.reject(errors_1.Errors.FilenameNotProvided());
		        }
		        filename = (0, common_1.maybeFileURLToPath)(filename);
		        let signal;
		        if (this.closingUp || this.destroying) {
		            const closingUpAbortController = new AbortController();
		            closingUpAbortController.abort('queue is being terminated');
		            signal = closingUpAbortController.signal;
		        }
		        else {
		            signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
		        }
		        const { promise: ret, resolve, reject } = (0, common_1.promiseResolvers)();
		        const taskInfo = new task_queue_1.TaskInfo({
		            task,
		            transferList,
		            filename,
		            name,
		            abortSignal: signal,
		            triggerAsyncId: this.publicInterface.asyncResource.asyncId()
		        }, (err, result) => {
		            var _a;
		            this.completed++;
		            if (taskInfo.started) {
		                (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.recordRunTime(node_perf_hooks_1.performance.now() - taskInfo.started);
		            }
		            if (err !== null) {
		                reject(err);
		            }
		            else {
		                resolve(result);
		            }
		            queueMicrotask(this._maybeDrain.bind(this));
		        });
		        if (signal != null) {
		            // If the AbortSignal has an aborted property and it's truthy,
		            // reject immediately.
		            if (signal.aborted) {
		                reject(new abort_1.AbortError(signal.reason));
		                return ret;
		            }
		            taskInfo.onAbort(() => {
		                // Call reject() first to make sure we always reject with the AbortError
		                // if the task is aborted, not with an Error from the possible
		                // thread termination below.
		                reject(new abort_1.AbortError(signal.reason));
		                if (taskInfo.workerInfo != null) {
		                    // Already running: We cancel the Worker this is running on.
		                    this._removeWorker(taskInfo.workerInfo);
		                    this._ensureMinimumWorkers();
		                }
		                else {
		                    // Not yet running: Remove it from the queue.
		                    // Call should be idempotent
		                    this._removeTaskFromQueue(taskInfo);
		                }
		            });
		            taskInfo.setAbortListener(signal);
		        }
		        if (this.taskQueue.size > 0) {
		            const totalCapacity = this.options.maxQueue + this.pendingCapacity();
		            if (this.taskQueue.size >= totalCapacity) {
		                if (this.options.maxQueue === 0) {
		                    reject(errors_1.Errors.NoTaskQueueAvailable());
		                }
		                else {
		                    reject(errors_1.Errors.TaskQueueAtLimit());
		                }
		            }
		            else {
		                this.taskQueue.push(taskInfo);
		                // Eagerly spawn additional workers up to maxThreads while there is
		                // queued work. Without this, a cold pool serializes the initial burst
		                // because the next spawn only happens once the first worker is ready.
		                // The balancer still owns distribution once workers become available.
		                if (this.workers.size < this.options.maxThreads) {
		                    this._addNewWorker();
		                }
		            }
		            queueMicrotask(this._maybeDrain.bind(this));
		            return ret;
		        }
		        const workers = [...this.workers.readyItems].map(workerInfo => workerInfo.interface);
		        const distributed = this._distributeTask(taskInfo, workers);
		        if (!distributed) {
		            // We spawn if possible
		            // TODO: scheduler will intercept this.
		            if (this.workers.size < this.options.maxThreads) {
		                this._addNewWorker();
		            }
		            // We reject if no task queue set and no more pending capacity.
		            if (this.options.maxQueue <= 0 && this.pendingCapacity() === 0) {
		                reject(errors_1.Errors.NoTaskQueueAvailable());
		            }
		        }
		        queueMicrotask(this._maybeDrain.bind(this));
		        return ret;
		    }
		    pendingCapacity() {
		        return this.workers.pendingItems.size *
		            this.options.concurrentTasksPerWorker;
		    }
		    _maybeDrain() {
		        /**
		         * Our goal is to make it possible for user space to use the pool
		         * in a way where always waiting === 0,
		         * since we want to avoid creating tasks that can't execute
		         * immediately in order to provide back pressure to the task source.
		         */
		        const { maxCapacity } = this;
		        const currentUsage = this.workers.getCurrentUsage();
		        if (maxCapacity === currentUsage) {
		            this._needsDrain = true;
		            queueMicrotask(() => this.publicInterface.emit('needsDrain'));
		        }
		        else if (maxCapacity > currentUsage && this._needsDrain) {
		            this._needsDrain = false;
		            queueMicrotask(() => this.publicInterface.emit('drain'));
		        }
		    }
		    async destroy() {
		        this.destroying = true;
		        while (this.skipQueue.length > 0) {
		            const taskInfo = this.skipQueue.shift();
		            taskInfo.done(new Error('Terminating worker thread'));
		        }
		        while (this.taskQueue.size > 0) {
		            const taskInfo = this.taskQueue.shift();
		            taskInfo.done(new Error('Terminating worker thread'));
		        }
		        const exitEvents = [];
		        while (this.workers.size > 0) {
		            const [workerInfo] = this.workers;
		            exitEvents.push((0, node_events_1.once)(workerInfo.worker, 'exit'));
		            this._removeWorker(workerInfo);
		        }
		        await Promise.allSettled(exitEvents);
		        this.destroying = false;
		    }
		    async close(options) {
		        this.closingUp = true;
		        if (options.force) {
		            const skipQueueLength = this.skipQueue.length;
		            for (let i = 0; i < skipQueueLength; i++) {
		                const taskInfo = this.skipQueue.shift();
		                if (taskInfo.workerInfo === null) {
		                    taskInfo.done(new abort_1.AbortError('pool is closed'));
		                }
		                else {
		                    this.skipQueue.push(taskInfo);
		                }
		            }
		            const taskQueueLength = this.taskQueue.size;
		            for (let i = 0; i < taskQueueLength; i++) {
		                const taskInfo = this.taskQueue.shift();
		                if (taskInfo.workerInfo === null) {
		                    taskInfo.done(new abort_1.AbortError('pool is closed'));
		                }
		                else {
		                    this.taskQueue.push(taskInfo);
		                }
		            }
		        }
		        const onPoolFlushed = () => new Promise((resolve) => {
		            const numberOfWorkers = this.workers.size;
		            if (numberOfWorkers === 0) {
		                resolve();
		                return;
		            }
		            let numberOfWorkersDone = 0;
		            const checkIfWorkerIsDone = (workerInfo) => {
		                if (workerInfo.taskInfos.size === 0) {
		                    numberOfWorkersDone++;
		                }
		                if (numberOfWorkers === numberOfWorkersDone) {
		                    resolve();
		                }
		            };
		            this.workers.onTaskDone(checkIfWorkerIsDone);
		            for (const workerInfo of this.workers) {
		                checkIfWorkerIsDone(workerInfo);
		                this.workers.onTaskDone(checkIfWorkerIsDone);
		            }
		        });
		        const throwOnTimeOut = async (timeout) => {
		            await (0, promises_1.setTimeout)(timeout, null, { ref: false });
		            throw errors_1.Errors.CloseTimeout();
		        };
		        try {
		            await Promise.race([
		                onPoolFlushed(),
		                throwOnTimeOut(this.options.closeTimeout)
		            ]);
		        }
		        catch (error) {
		            this.publicInterface.emit('error', error);
		        }
		        finally {
		            await this.destroy();
		            this.publicInterface.emit('close');
		            this.closingUp = false;
		        }
		    }
		}
		class Piscina extends node_events_1.EventEmitterAsyncResource {
		    constructor(options = {}) {
		        const opts = (0, common_1.withNullPrototype)(options);
		        super((0, common_1.withNullPrototype)(opts, { name: 'Piscina' }));
		        _Piscina_pool.set(this, void 0);
		        _Piscina_histogram.set(this, null);
		        if (typeof opts.filename !== 'string' && opts.filename != null) {
		            throw new TypeError('options.filename must be a string or null');
		        }
		        if (typeof opts.name !== 'string' && opts.name != null) {
		            throw new TypeError('options.name must be a string or null');
		        }
		        if (opts.minThreads !== undefined &&
		            (typeof opts.minThreads !== 'number' || opts.minThreads < 0)) {
		            throw new TypeError('options.minThreads must be a non-negative integer');
		        }
		        if (opts.maxThreads !== undefined &&
		            (typeof opts.maxThreads !== 'number' || opts.maxThreads < 1)) {
		            throw new TypeError('options.maxThreads must be a positive integer');
		        }
		        if (opts.minThreads !== undefined && opts.maxThreads !== undefined &&
		            opts.minThreads > opts.maxThreads) {
		            throw new RangeError('options.minThreads and options.maxThreads must not conflict');
		        }
		        if (opts.idleTimeout !== undefined &&
		            (typeof opts.idleTimeout !== 'number' || opts.idleTimeout < 0)) {
		            throw new TypeError('options.idleTimeout must be a non-negative integer');
		        }
		        if (opts.maxQueue !== undefined &&
		            opts.maxQueue !== 'auto' &&
		            (typeof opts.maxQueue !== 'number' || opts.maxQueue < 0)) {
		            throw new TypeError('options.maxQueue must be a non-negative integer');
		        }
		        if (opts.concurrentTasksPerWorker !== undefined &&
		            (typeof opts.concurrentTasksPerWorker !== 'number' ||
		                opts.concurrentTasksPerWorker < 1)) {
		            throw new TypeError('options.concurrentTasksPerWorker must be a positive integer');
		        }
		        if (opts.atomics != null && (typeof opts.atomics !== 'string' ||
		            !['sync', 'async', 'disabled'].includes(opts.atomics))) {
		            throw new TypeError('options.atomics should be a value of sync, sync or disabled.');
		        }
		        if (opts.resourceLimits !== undefined &&
		            (typeof opts.resourceLimits !== 'object' ||
		                opts.resourceLimits === null)) {
		            throw new TypeError('options.resourceLimits must be an object');
		        }
		        if (opts.taskQueue !== undefined && !(0, task_queue_1.isTaskQueue)(opts.taskQueue)) {
		            throw new TypeError('options.taskQueue must be a TaskQueue object');
		        }
		        if (opts.niceIncrement !== undefined &&
		            (typeof opts.niceIncrement !== 'number' || (opts.niceIncrement < 0 && process.platform !== 'win32'))) {
		            throw new TypeError('options.niceIncrement must be a non-negative integer on Unix systems');
		        }
		        if (opts.trackUnmanagedFds !== undefined &&
		            typeof opts.trackUnmanagedFds !== 'boolean') {
		            throw new TypeError('options.trackUnmanagedFds must be a boolean value');
		        }
		        if (opts.closeTimeout !== undefined && (typeof opts.closeTimeout !== 'number' || opts.closeTimeout < 0)) {
		            throw new TypeError('options.closeTimeout must be a non-negative integer');
		        }
		        if (opts.loadBalancer !== undefined && (typeof opts.loadBalancer !== 'function' || opts.loadBalancer.length < 1)) {
		            throw new TypeError('options.loadBalancer must be a function with at least two args');
		        }
		        if (opts.workerHistogram !== undefined && (typeof opts.workerHistogram !== 'boolean')) {
		            throw new TypeError('options.workerHistogram must be a boolean');
		        }
		        if (opts.stricterFIFO !== undefined && (typeof opts.stricterFIFO !== 'boolean')) {
		            throw new TypeError('options.stricterFIFO must be a boolean');
		        }
		        __classPrivateFieldSet(this, _Piscina_pool, new ThreadPool(this, opts), "f");
		    }
		    run(task, options = kDefaultRunOptions) {
		        var _a, _b, _c;
		        if (options === null || typeof options !== 'object') {
		            return Promise.reject(new TypeError('options must be an object'));
		        }
		        options = (0, common_1.withNullPrototype)(options);
		        const transferList = options.transferList;
		        const signal = (_a = options.signal) !== null && _a !== void 0 ? _a : null;
		        const filename = (_b = options.filename) !== null && _b !== void 0 ? _b : null;
		        const name = (_c = options.name) !== null && _c !== void 0 ? _c : null;
		        if (transferList !== undefined && !Array.isArray(transferList)) {
		            return Promise.reject(new TypeError('transferList argument must be an Array'));
		        }
		        if (filename != null && typeof filename !== 'string') {
		            return Promise.reject(new TypeError('filename argument must be a string'));
		        }
		        if (name != null && typeof name !== 'string') {
		            return Promise.reject(new TypeError('name argument must be a string'));
		        }
		        if (signal != null && typeof signal !== 'object') {
		            return Promise.reject(new TypeError('signal argument must be an object'));
		        }
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").runTask(task, { transferList, filename, name, signal });
		    }
		    async close(options = kDefaultCloseOptions) {
		        if (options === null || typeof options !== 'object') {
		            throw TypeError('options must be an object');
		        }
		        options = (0, common_1.withNullPrototype)(options);
		        let { force } = options;
		        if (force !== undefined && typeof force !== 'boolean') {
		            return Promise.reject(new TypeError('force argument must be a boolean'));
		        }
		        force !== null && force !== void 0 ? force : (force = kDefaultCloseOptions.force);
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").close({
		            force
		        });
		    }
		    destroy() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").destroy();
		    }
		    [(_Piscina_pool = new WeakMap(), _Piscina_histogram = new WeakMap(), Symbol.dispose)]() {
		        this.close();
		    }
		    [Symbol.asyncDispose]() {
		        return this.close();
		    }
		    get maxThreads() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
		    }
		    get minThreads() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").options.minThreads;
		    }
		    get options() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").options;
		    }
		    get threads() {
		        const ret = [];
		        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers) {
		            ret.push(workerInfo.worker);
		        }
		        return ret;
		    }
		    get idleThreads() {
		        let count = 0;
		        for (const workerInfo of __classPrivateFieldGet(this, _Piscina_pool, "f").workers.readyItems) {
		            if (workerInfo.currentUsage() === 0)
		                count++;
		        }
		        return count;
		    }
		    get queueSize() {
		        const pool = __classPrivateFieldGet(this, _Piscina_pool, "f");
		        return Math.max((pool.taskQueue.size + pool.skipQueue.length) - pool.pendingCapacity(), 0);
		    }
		    get completed() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f").completed;
		    }
		    get histogram() {
		        if (__classPrivateFieldGet(this, _Piscina_histogram, "f") == null) {
		            const piscinahistogram = {
		                // @ts-expect-error
		                get runTime() { var _a; return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.runTimeSummary; },
		                // @ts-expect-error
		                get waitTime() { var _a; return (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.waitTimeSummary; },
		                resetRunTime() {
		                    var _a;
		                    // @ts-expect-error
		                    (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetRunTime();
		                },
		                resetWaitTime() {
		                    var _a;
		                    // @ts-expect-error
		                    (_a = this.histogram) === null || _a === void 0 ? void 0 : _a.resetWaitTime();
		                },
		            };
		            Object.defineProperty(piscinahistogram, 'histogram', {
		                value: __classPrivateFieldGet(this, _Piscina_pool, "f").histogram,
		                writable: false,
		                enumerable: false,
		                configurable: false,
		            });
		            __classPrivateFieldSet(this, _Piscina_histogram, piscinahistogram, "f");
		        }
		        return __classPrivateFieldGet(this, _Piscina_histogram, "f");
		    }
		    get utilization() {
		        if (__classPrivateFieldGet(this, _Piscina_pool, "f").histogram == null) {
		            return 0;
		        }
		        // count is available as of Node.js v16.14.0 but not present in the types
		        const count = __classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeCount;
		        if (count === 0) {
		            return 0;
		        }
		        // The capacity is the max compute time capacity of the
		        // pool to this point in time as determined by the length
		        // of time the pool has been running multiplied by the
		        // maximum number of threads.
		        const capacity = this.duration * __classPrivateFieldGet(this, _Piscina_pool, "f").options.maxThreads;
		        const totalMeanRuntime = (__classPrivateFieldGet(this, _Piscina_pool, "f").histogram.runTimeSummary.mean / 1000) * count;
		        // We calculate the appoximate pool utilization by multiplying
		        // the mean run time of all tasks by the number of runtime
		        // samples taken and dividing that by the capacity. The
		        // theory here is that capacity represents the absolute upper
		        // limit of compute time this pool could ever attain (but
		        // never will for a variety of reasons. Multiplying the
		        // mean run time by the number of tasks sampled yields an
		        // approximation of the realized compute time. The utilization
		        // then becomes a point-in-time measure of how active the
		        // pool is.
		        return totalMeanRuntime / capacity;
		    }
		    get duration() {
		        return node_perf_hooks_1.performance.now() - __classPrivateFieldGet(this, _Piscina_pool, "f").start;
		    }
		    get needsDrain() {
		        return __classPrivateFieldGet(this, _Piscina_pool, "f")._needsDrain;
		    }
		    static get isWorkerThread() {
		        return common_1.commonState.isWorkerThread;
		    }
		    static get workerData() {
		        return common_1.commonState.workerData;
		    }
		    static get version() {
		        return package_json_1.version;
		    }
		    static get Piscina() {
		        return Piscina;
		    }
		    static get FixedQueue() {
		        return task_queue_1.FixedQueue;
		    }
		    static get ArrayTaskQueue() {
		        return task_queue_1.ArrayTaskQueue;
		    }
		    static move(val) {
		        if (val != null && typeof val === 'object' && typeof val !== 'function') {
		            if (!(0, common_1.isTransferable)(val)) {
		                if (node_util_1.types.isArrayBufferView(val)) {
		                    val = new ArrayBufferViewTransferable(val);
		                }
		                else {
		                    val = new DirectlyTransferable(val);
		                }
		            }
		            (0, common_1.markMovable)(val);
		        }
		        return val;
		    }
		    static get transferableSymbol() { return symbols_1.kTransferable; }
		    static get valueSymbol() { return symbols_1.kValue; }
		    static get queueOptionsSymbol() { return symbols_1.kQueueOptions; }
		}
		exports.default = Piscina;
		exports.Piscina = Piscina;
		const move = Piscina.move;
		exports.move = move;
		const isWorkerThread = Piscina.isWorkerThread;
		exports.isWorkerThread = isWorkerThread;
		const workerData = Piscina.workerData;
		exports.workerData = workerData;
		
	} (dist));
	return dist;
}

var main$1;
var hasRequiredMain;

function requireMain () {
	if (hasRequiredMain) return main$1;
	hasRequiredMain = 1;
	var __importDefault = (main$1 && main$1.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	const index_1 = __importDefault(requireDist());
	main$1 = index_1.default;
	
	return main$1;
}

var mainExports = requireMain();
var mod = /*@__PURE__*/_commonjsHelpers.getDefaultExportFromCjs(mainExports);

mod.ArrayTaskQueue;
mod.FixedQueue;
const Piscina = mod.Piscina;
mod.isWorkerThread;
mod.move;
mod.queueOptionsSymbol;
mod.transferableSymbol;
mod.valueSymbol;
const version$2 = mod.version;
mod.workerData;

/**
 * piscina: a worker_threads pool. run() returns a native Promise, so handlers attach at any time
 * and run from the microtask queue of the submitting thread. A queued task is cancelled through
 * an AbortSignal; destroy() rejects every queued task.
 */
const piscina = {
    name: `piscina ${version$2}`,
    create({ workers, taskModule }) {
        return new Piscina({
            filename: taskModule,
            name: 'probeTask',
            minThreads: workers,
            maxThreads: workers,
            // One task per worker thread, as in a thread pool; no idle thread is retired mid-cell.
            concurrentTasksPerWorker: 1,
            idleTimeout: 600_000
        });
    },
    run(pool, input) {
        const abort = new AbortController();
        return { promise: pool.run(input, { signal: abort.signal }), abort };
    },
    attach(task, handler) {
        void task.promise.then(handler.fulfilled, handler.rejected);
    },
    cancel(_pool, task) {
        task.abort.abort();
    },
    async shutdown(pool) {
        await pool.destroy();
    },
    async close(pool) {
        await pool.destroy();
    }
};

var lib = {exports: {}};

var farm = {exports: {}};

var fork_1;
var hasRequiredFork;

function requireFork () {
	if (hasRequiredFork) return fork_1;
	hasRequiredFork = 1;

	const childProcess = require$$5$1
	    , childModule  = require.resolve('./child/index');


	function fork (forkModule, workerOptions) {
	  // suppress --debug / --inspect flags while preserving others (like --harmony)
	  let filteredArgs = process.execArgv.filter(function (v) {
	        return !(/^--(debug|inspect)/).test(v)
	      })
	    , options       = Object.assign({
	          execArgv : filteredArgs
	        , env      : process.env
	        , cwd      : process.cwd()
	      }, workerOptions)
	    , child         = childProcess.fork(childModule, process.argv, options);

	  child.on('error', function() {
	    // this *should* be picked up by onExit and the operation requeued
	  });

	  child.send({ owner: 'farm', module: forkModule });

	  // return a send() function for this child
	  return {
	      send  : child.send.bind(child)
	    , child : child
	  }
	}


	fork_1 = fork;
	return fork_1;
}

var errno = {exports: {}};

var prr$1 = {exports: {}};

/*!
  * prr
  * (c) 2013 Rod Vagg <rod@vagg.org>
  * https://github.com/rvagg/prr
  * License: MIT
  */
var prr = prr$1.exports;

var hasRequiredPrr;

function requirePrr () {
	if (hasRequiredPrr) return prr$1.exports;
	hasRequiredPrr = 1;
	(function (module) {
		(function (name, context, definition) {
		  if (module.exports)
		    module.exports = definition();
		  else
		    context[name] = definition();
		})('prr', prr, function() {

		  var setProperty = typeof Object.defineProperty == 'function'
		      ? function (obj, key, options) {
		          Object.defineProperty(obj, key, options);
		          return obj
		        }
		      : function (obj, key, options) { // < es5
		          obj[key] = options.value;
		          return obj
		        }

		    , makeOptions = function (value, options) {
		        var oo = typeof options == 'object'
		          , os = !oo && typeof options == 'string'
		          , op = function (p) {
		              return oo
		                ? !!options[p]
		                : os
		                  ? options.indexOf(p[0]) > -1
		                  : false
		            };

		        return {
		            enumerable   : op('enumerable')
		          , configurable : op('configurable')
		          , writable     : op('writable')
		          , value        : value
		        }
		      }

		    , prr = function (obj, key, value, options) {
		        var k;

		        options = makeOptions(value, options);

		        if (typeof key == 'object') {
		          for (k in key) {
		            if (Object.hasOwnProperty.call(key, k)) {
		              options.value = key[k];
		              setProperty(obj, k, options);
		            }
		          }
		          return obj
		        }

		        return setProperty(obj, key, options)
		      };

		  return prr
		}); 
	} (prr$1));
	return prr$1.exports;
}

var custom;
var hasRequiredCustom;

function requireCustom () {
	if (hasRequiredCustom) return custom;
	hasRequiredCustom = 1;
	var prr = requirePrr();

	function init (type, message, cause) {
	  if (!!message && typeof message != 'string') {
	    message = message.message || message.name;
	  }
	  prr(this, {
	      type    : type
	    , name    : type
	      // can be passed just a 'cause'
	    , cause   : typeof message != 'string' ? message : cause
	    , message : message
	  }, 'ewr');
	}

	// generic prototype, not intended to be actually used - helpful for `instanceof`
	function CustomError (message, cause) {
	  Error.call(this);
	  if (Error.captureStackTrace)
	    Error.captureStackTrace(this, this.constructor);
	  init.call(this, 'CustomError', message, cause);
	}

	CustomError.prototype = new Error();

	function createError (errno, type, proto) {
	  var err = function (message, cause) {
	    init.call(this, type, message, cause);
	    //TODO: the specificity here is stupid, errno should be available everywhere
	    if (type == 'FilesystemError') {
	      this.code    = this.cause.code;
	      this.path    = this.cause.path;
	      this.errno   = this.cause.errno;
	      this.message =
	        (errno.errno[this.cause.errno]
	          ? errno.errno[this.cause.errno].description
	          : this.cause.message)
	        + (this.cause.path ? ' [' + this.cause.path + ']' : '');
	    }
	    Error.call(this);
	    if (Error.captureStackTrace)
	      Error.captureStackTrace(this, err);
	  };
	  err.prototype = !!proto ? new proto() : new CustomError();
	  return err
	}

	custom = function (errno) {
	  var ce = function (type, proto) {
	    return createError(errno, type, proto)
	  };
	  return {
	      CustomError     : CustomError
	    , FilesystemError : ce('FilesystemError')
	    , createError     : ce
	  }
	};
	return custom;
}

var hasRequiredErrno;

function requireErrno () {
	if (hasRequiredErrno) return errno.exports;
	hasRequiredErrno = 1;
	(function (module) {
		var all = module.exports.all = [
		  {
		    errno: -2,
		    code: 'ENOENT',
		    description: 'no such file or directory'
		  },
		  {
		    errno: -1,
		    code: 'UNKNOWN',
		    description: 'unknown error'
		  },
		  {
		    errno: 0,
		    code: 'OK',
		    description: 'success'
		  },
		  {
		    errno: 1,
		    code: 'EOF',
		    description: 'end of file'
		  },
		  {
		    errno: 2,
		    code: 'EADDRINFO',
		    description: 'getaddrinfo error'
		  },
		  {
		    errno: 3,
		    code: 'EACCES',
		    description: 'permission denied'
		  },
		  {
		    errno: 4,
		    code: 'EAGAIN',
		    description: 'resource temporarily unavailable'
		  },
		  {
		    errno: 5,
		    code: 'EADDRINUSE',
		    description: 'address already in use'
		  },
		  {
		    errno: 6,
		    code: 'EADDRNOTAVAIL',
		    description: 'address not available'
		  },
		  {
		    errno: 7,
		    code: 'EAFNOSUPPORT',
		    description: 'address family not supported'
		  },
		  {
		    errno: 8,
		    code: 'EALREADY',
		    description: 'connection already in progress'
		  },
		  {
		    errno: 9,
		    code: 'EBADF',
		    description: 'bad file descriptor'
		  },
		  {
		    errno: 10,
		    code: 'EBUSY',
		    description: 'resource busy or locked'
		  },
		  {
		    errno: 11,
		    code: 'ECONNABORTED',
		    description: 'software caused connection abort'
		  },
		  {
		    errno: 12,
		    code: 'ECONNREFUSED',
		    description: 'connection refused'
		  },
		  {
		    errno: 13,
		    code: 'ECONNRESET',
		    description: 'connection reset by peer'
		  },
		  {
		    errno: 14,
		    code: 'EDESTADDRREQ',
		    description: 'destination address required'
		  },
		  {
		    errno: 15,
		    code: 'EFAULT',
		    description: 'bad address in system call argument'
		  },
		  {
		    errno: 16,
		    code: 'EHOSTUNREACH',
		    description: 'host is unreachable'
		  },
		  {
		    errno: 17,
		    code: 'EINTR',
		    description: 'interrupted system call'
		  },
		  {
		    errno: 18,
		    code: 'EINVAL',
		    description: 'invalid argument'
		  },
		  {
		    errno: 19,
		    code: 'EISCONN',
		    description: 'socket is already connected'
		  },
		  {
		    errno: 20,
		    code: 'EMFILE',
		    description: 'too many open files'
		  },
		  {
		    errno: 21,
		    code: 'EMSGSIZE',
		    description: 'message too long'
		  },
		  {
		    errno: 22,
		    code: 'ENETDOWN',
		    description: 'network is down'
		  },
		  {
		    errno: 23,
		    code: 'ENETUNREACH',
		    description: 'network is unreachable'
		  },
		  {
		    errno: 24,
		    code: 'ENFILE',
		    description: 'file table overflow'
		  },
		  {
		    errno: 25,
		    code: 'ENOBUFS',
		    description: 'no buffer space available'
		  },
		  {
		    errno: 26,
		    code: 'ENOMEM',
		    description: 'not enough memory'
		  },
		  {
		    errno: 27,
		    code: 'ENOTDIR',
		    description: 'not a directory'
		  },
		  {
		    errno: 28,
		    code: 'EISDIR',
		    description: 'illegal operation on a directory'
		  },
		  {
		    errno: 29,
		    code: 'ENONET',
		    description: 'machine is not on the network'
		  },
		  {
		    errno: 31,
		    code: 'ENOTCONN',
		    description: 'socket is not connected'
		  },
		  {
		    errno: 32,
		    code: 'ENOTSOCK',
		    description: 'socket operation on non-socket'
		  },
		  {
		    errno: 33,
		    code: 'ENOTSUP',
		    description: 'operation not supported on socket'
		  },
		  {
		    errno: 34,
		    code: 'ENOENT',
		    description: 'no such file or directory'
		  },
		  {
		    errno: 35,
		    code: 'ENOSYS',
		    description: 'function not implemented'
		  },
		  {
		    errno: 36,
		    code: 'EPIPE',
		    description: 'broken pipe'
		  },
		  {
		    errno: 37,
		    code: 'EPROTO',
		    description: 'protocol error'
		  },
		  {
		    errno: 38,
		    code: 'EPROTONOSUPPORT',
		    description: 'protocol not supported'
		  },
		  {
		    errno: 39,
		    code: 'EPROTOTYPE',
		    description: 'protocol wrong type for socket'
		  },
		  {
		    errno: 40,
		    code: 'ETIMEDOUT',
		    description: 'connection timed out'
		  },
		  {
		    errno: 41,
		    code: 'ECHARSET',
		    description: 'invalid Unicode character'
		  },
		  {
		    errno: 42,
		    code: 'EAIFAMNOSUPPORT',
		    description: 'address family for hostname not supported'
		  },
		  {
		    errno: 44,
		    code: 'EAISERVICE',
		    description: 'servname not supported for ai_socktype'
		  },
		  {
		    errno: 45,
		    code: 'EAISOCKTYPE',
		    description: 'ai_socktype not supported'
		  },
		  {
		    errno: 46,
		    code: 'ESHUTDOWN',
		    description: 'cannot send after transport endpoint shutdown'
		  },
		  {
		    errno: 47,
		    code: 'EEXIST',
		    description: 'file already exists'
		  },
		  {
		    errno: 48,
		    code: 'ESRCH',
		    description: 'no such process'
		  },
		  {
		    errno: 49,
		    code: 'ENAMETOOLONG',
		    description: 'name too long'
		  },
		  {
		    errno: 50,
		    code: 'EPERM',
		    description: 'operation not permitted'
		  },
		  {
		    errno: 51,
		    code: 'ELOOP',
		    description: 'too many symbolic links encountered'
		  },
		  {
		    errno: 52,
		    code: 'EXDEV',
		    description: 'cross-device link not permitted'
		  },
		  {
		    errno: 53,
		    code: 'ENOTEMPTY',
		    description: 'directory not empty'
		  },
		  {
		    errno: 54,
		    code: 'ENOSPC',
		    description: 'no space left on device'
		  },
		  {
		    errno: 55,
		    code: 'EIO',
		    description: 'i/o error'
		  },
		  {
		    errno: 56,
		    code: 'EROFS',
		    description: 'read-only file system'
		  },
		  {
		    errno: 57,
		    code: 'ENODEV',
		    description: 'no such device'
		  },
		  {
		    errno: 58,
		    code: 'ESPIPE',
		    description: 'invalid seek'
		  },
		  {
		    errno: 59,
		    code: 'ECANCELED',
		    description: 'operation canceled'
		  }
		];

		module.exports.errno = {};
		module.exports.code = {};

		all.forEach(function (error) {
		  module.exports.errno[error.errno] = error;
		  module.exports.code[error.code] = error;
		});

		module.exports.custom = requireCustom()(module.exports);
		module.exports.create = module.exports.custom.createError; 
	} (errno));
	return errno.exports;
}

var hasRequiredFarm;

function requireFarm () {
	if (hasRequiredFarm) return farm.exports;
	hasRequiredFarm = 1;

	const DEFAULT_OPTIONS = {
	          workerOptions               : {}
	        , maxCallsPerWorker           : Infinity
	        , maxConcurrentWorkers        : (require$$1$2.cpus() || { length: 1 }).length
	        , maxConcurrentCallsPerWorker : 10
	        , maxConcurrentCalls          : Infinity
	        , maxCallTime                 : Infinity // exceed this and the whole worker is terminated
	        , maxRetries                  : Infinity
	        , forcedKillTime              : 100
	        , autoStart                   : false
	        , onChild                     : function() {}
	      };

	const fork                    = requireFork()
	    , TimeoutError            = requireErrno().create('TimeoutError')
	    , ProcessTerminatedError  = requireErrno().create('ProcessTerminatedError')
	    , MaxConcurrentCallsError = requireErrno().create('MaxConcurrentCallsError');


	function Farm (options, path) {
	  this.options     = Object.assign({}, DEFAULT_OPTIONS, options);
	  this.path        = path;
	  this.activeCalls = 0;
	}


	// make a handle to pass back in the form of an external API
	Farm.prototype.mkhandle = function (method) {
	  return function () {
	    let args = Array.prototype.slice.call(arguments);
	    if (this.activeCalls + this.callQueue.length >= this.options.maxConcurrentCalls) {
	      let err = new MaxConcurrentCallsError('Too many concurrent calls (active: ' + this.activeCalls + ', queued: ' + this.callQueue.length + ')');
	      if (typeof args[args.length - 1] == 'function')
	        return process.nextTick(args[args.length - 1].bind(null, err))
	      throw err
	    }
	    this.addCall({
	        method   : method
	      , callback : args.pop()
	      , args     : args
	      , retries  : 0
	    });
	  }.bind(this)
	};


	// a constructor of sorts
	Farm.prototype.setup = function (methods) {
	  let iface;
	  if (!methods) { // single-function export
	    iface = this.mkhandle();
	  } else { // multiple functions on the export
	    iface = {};
	    methods.forEach(function (m) {
	      iface[m] = this.mkhandle(m);
	    }.bind(this));
	  }

	  this.searchStart    = -1;
	  this.childId        = -1;
	  this.children       = {};
	  this.activeChildren = 0;
	  this.callQueue      = [];

	  if (this.options.autoStart) {
	    while (this.activeChildren < this.options.maxConcurrentWorkers)
	      this.startChild();
	  }

	  return iface
	};


	// when a child exits, check if there are any outstanding jobs and requeue them
	Farm.prototype.onExit = function (childId) {
	  // delay this to give any sends a chance to finish
	  setTimeout(function () {
	    let doQueue = false;
	    if (this.children[childId] && this.children[childId].activeCalls) {
	      this.children[childId].calls.forEach(function (call, i) {
	        if (!call) return
	        else if (call.retries >= this.options.maxRetries) {
	          this.receive({
	              idx   : i
	            , child : childId
	            , args  : [ new ProcessTerminatedError('cancel after ' + call.retries + ' retries!') ]
	          });
	        } else {
	          call.retries++;
	          this.callQueue.unshift(call);
	          doQueue = true;
	        }
	      }.bind(this));
	    }
	    this.stopChild(childId);
	    doQueue && this.processQueue();
	  }.bind(this), 10);
	};


	// start a new worker
	Farm.prototype.startChild = function () {
	  this.childId++;

	  let forked = fork(this.path, this.options.workerOptions)
	    , id     = this.childId
	    , c      = {
	          send        : forked.send
	        , child       : forked.child
	        , calls       : []
	        , activeCalls : 0
	        , exitCode    : null
	      };

	  this.options.onChild(forked.child);

	  forked.child.on('message', function(data) {
	    if (data.owner !== 'farm') {
	      return;
	    }
	    this.receive(data);
	  }.bind(this));
	  forked.child.once('exit', function (code) {
	    c.exitCode = code;
	    this.onExit(id);
	  }.bind(this));

	  this.activeChildren++;
	  this.children[id] = c;
	};


	// stop a worker, identified by id
	Farm.prototype.stopChild = function (childId) {
	  let child = this.children[childId];
	  if (child) {
	    child.send({owner: 'farm', event: 'die'});
	    setTimeout(function () {
	      if (child.exitCode === null)
	        child.child.kill('SIGKILL');
	    }, this.options.forcedKillTime).unref()
	    ;delete this.children[childId];
	    this.activeChildren--;
	  }
	};


	// called from a child process, the data contains information needed to
	// look up the child and the original call so we can invoke the callback
	Farm.prototype.receive = function (data) {
	  let idx     = data.idx
	    , childId = data.child
	    , args    = data.args
	    , child   = this.children[childId]
	    , call;

	  if (!child) {
	    return console.error(
	        'Worker Farm: Received message for unknown child. '
	      + 'This is likely as a result of premature child death, '
	      + 'the operation will have been re-queued.'
	    )
	  }

	  call = child.calls[idx];
	  if (!call) {
	    return console.error(
	        'Worker Farm: Received message for unknown index for existing child. '
	      + 'This should not happen!'
	    )
	  }

	  if (this.options.maxCallTime !== Infinity)
	    clearTimeout(call.timer);

	  if (args[0] && args[0].$error == '$error') {
	    let e = args[0];
	    switch (e.type) {
	      case 'TypeError': args[0] = new TypeError(e.message); break
	      case 'RangeError': args[0] = new RangeError(e.message); break
	      case 'EvalError': args[0] = new EvalError(e.message); break
	      case 'ReferenceError': args[0] = new ReferenceError(e.message); break
	      case 'SyntaxError': args[0] = new SyntaxError(e.message); break
	      case 'URIError': args[0] = new URIError(e.message); break
	      default: args[0] = new Error(e.message);
	    }
	    args[0].type = e.type;
	    args[0].stack = e.stack;

	    // Copy any custom properties to pass it on.
	    Object.keys(e).forEach(function(key) {
	      args[0][key] = e[key];
	    });
	  }

	  process.nextTick(function () {
	    call.callback.apply(null, args);
	  })

	  ;delete child.calls[idx];
	  child.activeCalls--;
	  this.activeCalls--;

	  if (child.calls.length >= this.options.maxCallsPerWorker
	      && !Object.keys(child.calls).length) {
	    // this child has finished its run, kill it
	    this.stopChild(childId);
	  }

	  // allow any outstanding calls to be processed
	  this.processQueue();
	};


	Farm.prototype.childTimeout = function (childId) {
	  let child = this.children[childId]
	    , i;

	  if (!child)
	    return

	  for (i in child.calls) {
	    this.receive({
	        idx   : i
	      , child : childId
	      , args  : [ new TimeoutError('worker call timed out!') ]
	    });
	  }
	  this.stopChild(childId);
	};


	// send a call to a worker, identified by id
	Farm.prototype.send = function (childId, call) {
	  let child = this.children[childId]
	    , idx   = child.calls.length;

	  child.calls.push(call);
	  child.activeCalls++;
	  this.activeCalls++;

	  child.send({
	      owner  : 'farm'
	    , idx    : idx
	    , child  : childId
	    , method : call.method
	    , args   : call.args
	  });

	  if (this.options.maxCallTime !== Infinity) {
	    call.timer =
	      setTimeout(this.childTimeout.bind(this, childId), this.options.maxCallTime);
	  }
	};


	// a list of active worker ids, in order, but the starting offset is
	// shifted each time this method is called, so we work our way through
	// all workers when handing out jobs
	Farm.prototype.childKeys = function () {
	  let cka = Object.keys(this.children)
	    , cks;

	  if (this.searchStart >= cka.length - 1)
	    this.searchStart = 0;
	  else
	    this.searchStart++;

	  cks = cka.splice(0, this.searchStart);

	  return cka.concat(cks)
	};


	// Calls are added to a queue, this processes the queue and is called
	// whenever there might be a chance to send more calls to the workers.
	// The various options all impact on when we're able to send calls,
	// they may need to be kept in a queue until a worker is ready.
	Farm.prototype.processQueue = function () {
	  let cka, i = 0, childId;

	  if (!this.callQueue.length)
	    return this.ending && this.end()

	  if (this.activeChildren < this.options.maxConcurrentWorkers)
	    this.startChild();

	  for (cka = this.childKeys(); i < cka.length; i++) {
	    childId = +cka[i];
	    if (this.children[childId].activeCalls < this.options.maxConcurrentCallsPerWorker
	        && this.children[childId].calls.length < this.options.maxCallsPerWorker) {

	      this.send(childId, this.callQueue.shift());
	      if (!this.callQueue.length)
	        return this.ending && this.end()
	    } /*else {
	      console.log(
	        , this.children[childId].activeCalls < this.options.maxConcurrentCallsPerWorker
	        , this.children[childId].calls.length < this.options.maxCallsPerWorker
	        , this.children[childId].calls.length , this.options.maxCallsPerWorker)
	    }*/
	  }

	  if (this.ending)
	    this.end();
	};


	// add a new call to the call queue, then trigger a process of the queue
	Farm.prototype.addCall = function (call) {
	  if (this.ending)
	    return this.end() // don't add anything new to the queue
	  this.callQueue.push(call);
	  this.processQueue();
	};


	// kills child workers when they're all done
	Farm.prototype.end = function (callback) {
	  let complete = true;
	  if (this.ending === false)
	    return
	  if (callback)
	    this.ending = callback;
	  else if (this.ending == null)
	    this.ending = true;
	  Object.keys(this.children).forEach(function (child) {
	    if (!this.children[child])
	      return
	    if (!this.children[child].activeCalls)
	      this.stopChild(child);
	    else
	      complete = false;
	  }.bind(this));

	  if (complete && typeof this.ending == 'function') {
	    process.nextTick(function () {
	      this.ending();
	      this.ending = false;
	    }.bind(this));
	  }
	};


	farm.exports              = Farm;
	farm.exports.TimeoutError = TimeoutError;
	return farm.exports;
}

var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib.exports;
	hasRequiredLib = 1;

	const Farm = requireFarm();

	let farms = []; // keep record of farms so we can end() them if required


	function farm (options, path, methods) {
	  if (typeof options == 'string') {
	    methods = path;
	    path = options;
	    options = {};
	  }

	  let f   = new Farm(options, path)
	    , api = f.setup(methods);

	  farms.push({ farm: f, api: api });

	  // return the public API
	  return api
	}


	function end (api, callback) {
	  for (let i = 0; i < farms.length; i++)
	    if (farms[i] && farms[i].api === api)
	      return farms[i].farm.end(callback)
	  process.nextTick(callback.bind(null, new Error('Worker farm not found!')));
	}


	lib.exports     = farm;
	lib.exports.end = end;
	return lib.exports;
}

var libExports = requireLib();
var workerFarm = /*@__PURE__*/_commonjsHelpers.getDefaultExportFromCjs(libExports);

var version$1 = "1.7.0";
var packageJson$1 = {
	version: version$1};

var pools = {
	"worker-farm": {
		"package": "worker-farm",
		bundle: {
			"child/index": "node_modules/worker-farm/lib/child/index.js"
		}
	},
	piscina: {
		"package": "piscina",
		bundle: {
			worker: "node_modules/piscina/dist/worker.js"
		}
	},
	workerpool: {
		"package": "workerpool",
		bundle: {
			"workerpool-worker": "src/probes/node/pools/workerpool-worker.ts"
		}
	}
};
var registry = {
	pools: pools
};

/**
 * The built-in Node pools by name, read from registry.json (the only list of them, which the
 * bundler reads too). Imports no pool: the configuration and the CLI read the names without
 * loading piscina, worker-farm or workerpool; the probe maps each name to its adapter (index.ts).
 */
/** The pools' names, in the order messages list them. */
const POOL_NAMES = Object.keys(registry.pools);
/** Whether a name (from a command line) is a built-in pool's. */
function isPoolName(name) {
    return Object.hasOwn(registry.pools, name);
}
/** worker-farm's own options a worker-farm target may set (the config checks them; the probe again). */
const FARM_OPTION_NAMES = [
    'maxRetries',
    'maxCallTime',
    'maxConcurrentCalls',
    'maxConcurrentCallsPerWorker'
];

// How long close() lets children stop on their own before it kills them.
const STOP_GRACE_MS = 2_000;
// The adapter's own choices, where the target sets none.
const ADAPTER_DEFAULTS = {
    // One call per child at a time, as in a pool of N workers.
    maxConcurrentCallsPerWorker: 1,
    // A child killed by close() must not be replaced by a new one that retries its call.
    maxRetries: 0
};
/** Options from the command line, checked: the options, or the problem in one line. */
function checkFarmOptions(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'expected a JSON object of worker-farm options';
    const options = {};
    for (const [key, option] of Object.entries(value)) {
        if (!FARM_OPTION_NAMES.includes(key))
            return `unknown worker-farm option ${JSON.stringify(key)}; expected one of ${FARM_OPTION_NAMES.join(', ')}`;
        if (typeof option !== 'number' || !Number.isInteger(option) || option < 0)
            return `worker-farm option ${key} must be a whole number >= 0`;
        options[key] = option;
    }
    return options;
}
/** The worker-farm adapter whose farms get `given` over the adapter's own options. */
function workerFarmAdapterWith(given) {
    const set = Object.entries(given).map(([key, value]) => `${key} ${value}`);
    const farmOptions = { ...ADAPTER_DEFAULTS, ...given };
    return {
        ...farmAdapter,
        name: `worker-farm ${packageJson$1.version}${set.length > 0 ? ` (${set.join(', ')})` : ''}`,
        create: options => createFarm(options, withoutOtherLimits(farmOptions, options.limit)),
        options: () => farmOptions
    };
}
/** The farm's options with only the limit the cell tests (see PoolOptions.limit). */
function withoutOtherLimits(options, limit) {
    return Object.fromEntries(Object.entries(options).filter(([key]) => key === limit || !LIMITS.includes(key)));
}
// The options that fail calls by design: each applies in the scenario that tests it.
const LIMITS = ['maxCallTime', 'maxConcurrentCalls'];
function createFarm({ workers, taskModule }, farmOptions) {
    const children = new Set();
    const options = {
        ...farmOptions,
        maxConcurrentWorkers: workers,
        autoStart: true,
        // The probe's stdout carries the protocol: the children print to stderr.
        workerOptions: { stdio: ['ignore', 2, 2, 'ipc'] },
        onChild: child => {
            children.add(child);
            child.once('exit', () => children.delete(child));
        }
    };
    const api = workerFarm(options, taskModule, ['probeTaskCallback']);
    const call = api.probeTaskCallback;
    if (call === undefined)
        throw new Error('worker-farm made no probeTaskCallback method');
    return { api, call, children };
}
const farmAdapter = {
    run(farm, input, handler) {
        farm.call(input, handler ?? (() => undefined));
    },
    shutdown(farm) {
        return new Promise(resolve => workerFarm.end(farm.api, () => resolve()));
    },
    async close(farm) {
        workerFarm.end(farm.api);
        if (!(await allExited(farm.children, STOP_GRACE_MS))) {
            for (const child of farm.children)
                child.kill('SIGKILL');
            await allExited(farm.children, STOP_GRACE_MS);
        }
    }
};
async function allExited(children, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (children.size > 0 && Date.now() < deadline)
        await new Promise(resolve => setTimeout(resolve, 10));
    return children.size === 0;
}
/** The adapter with the adapter's own options only (`--pool worker-farm`). */
const workerFarmAdapter = workerFarmAdapterWith({});

var version = "10.0.3";
var packageJson = {
	version: version};

/**
 * workerpool, with worker threads. exec() returns workerpool's own Promise class: a handler
 * attached to a settled promise runs at once, inside then(); cancel() and terminate() reject
 * synchronously, running the handlers attached so far inside the call.
 */
/** The worker script, bundled next to the task module (see workerpool-worker.ts). */
const WORKERPOOL_WORKER = 'workerpool-worker.js';
const workerpoolAdapter = {
    name: `workerpool ${packageJson.version}`,
    create({ workers, taskModule }) {
        return index.workerpool.pool(require$$2.join(require$$2.dirname(taskModule), WORKERPOOL_WORKER), {
            minWorkers: workers,
            maxWorkers: workers,
            workerType: 'thread'
        });
    },
    run(pool, input) {
        return pool.exec('probeTask', [input]);
    },
    attach(task, handler) {
        task.then(handler.fulfilled, handler.rejected);
    },
    cancel(_pool, task) {
        task.cancel();
    },
    async shutdown(pool) {
        // Rejects every queued task at once; running tasks finish first.
        await pool.terminate();
    },
    async close(pool) {
        await pool.terminate(true);
    }
};

const BUILT_IN_POOLS = {
    'worker-farm': workerFarmAdapter,
    piscina: piscina,
    workerpool: workerpoolAdapter
};

/**
 * The callback-thread-guard Node probe (protocol: docs/protocol.md), bundled to
 * dist/probes/node/probe.js and started as `node probe.js --pool NAME` or
 * `node probe.js --adapter FILE`. It runs the experiments against one worker pool and reports what
 * it saw as outcome histograms; grading happens on the other side of the pipe.
 */
/**
 * Keeps the real stdout for protocol lines and sends everything else to stderr: worker threads
 * forward their output through process.stdout, and pools and adapters may print.
 */
function claimStdout() {
    const out = process.stdout;
    const stderr = process.stderr;
    Object.defineProperty(process, 'stdout', {
        configurable: true,
        enumerable: true,
        get: () => stderr
    });
    globalThis.console = new node_console.Console({ stdout: stderr, stderr });
    return message => new Promise(done => out.write(`${JSON.stringify(message)}\n`, () => done()));
}
/** The built-in pool or the adapter module named on the command line, or why not. */
async function loadAdapter(argv) {
    const [flag, value, ...rest] = argv;
    const withOptions = flag === '--pool' && rest.length === 2 && rest[0] === '--pool-options';
    if ((flag !== '--pool' && flag !== '--adapter') ||
        value === undefined ||
        (rest.length > 0 && !withOptions))
        return {
            field: 'arguments',
            problem: 'usage: probe.js --pool NAME [--pool-options JSON] | --adapter FILE'
        };
    if (flag === '--pool') {
        if (withOptions)
            return poolWithOptions(value, rest[1]);
        if (isPoolName(value))
            return { adapter: BUILT_IN_POOLS[value] };
        return {
            field: 'pool',
            problem: `unknown pool ${JSON.stringify(value)}; expected one of ${POOL_NAMES.join(', ')}`
        };
    }
    const file = require$$2.resolve(value);
    if (!node_fs.existsSync(file))
        return { field: 'adapter', problem: `cannot read ${JSON.stringify(value)}: no such file` };
    let exports;
    try {
        exports = await import(require$$0$3.pathToFileURL(file).href);
    }
    catch (error) {
        return {
            field: 'adapter',
            problem: `${JSON.stringify(value)} cannot be imported: ${oneLine(error, { named: true })}`
        };
    }
    const checked = checkAdapter(exports, require$$2.basename(file));
    if ('problem' in checked)
        return {
            field: 'adapter',
            problem: `${JSON.stringify(value)} is not a pool adapter: ${checked.problem} (see docs/adapter.md)`
        };
    return checked;
}
/** worker-farm with the target's own options (the only pool that takes them). */
function poolWithOptions(pool, json) {
    if (pool !== 'worker-farm')
        return { field: 'poolOptions', problem: 'only worker-farm takes pool options' };
    let options;
    try {
        options = JSON.parse(json);
    }
    catch {
        return { field: 'poolOptions', problem: 'expected a JSON object of worker-farm options' };
    }
    const checked = checkFarmOptions(options);
    if (typeof checked === 'string')
        return { field: 'poolOptions', problem: checked };
    return { adapter: workerFarmAdapterWith(checked) };
}
async function main() {
    const send = claimStdout();
    const here = require$$2.dirname(require$$0$3.fileURLToPath((typeof document === 'undefined' ? require('u' + 'rl').pathToFileURL(__filename).href : (_documentCurrentScript && _documentCurrentScript.tagName.toUpperCase() === 'SCRIPT' && _documentCurrentScript.src || new URL('probe.js', document.baseURI).href))));
    const taskModule = require$$2.join(here, 'task.js');
    // Before the adapter loads: a pool that starts workers at once has them see it too.
    process.env[TASK_MODULE_ENV] = taskModule;
    const loaded = await loadAdapter(process.argv.slice(2));
    if ('problem' in loaded) {
        await send({ type: 'fatal', field: loaded.field, message: loaded.problem });
        return 0;
    }
    const gate = await perturb.GateServer.open();
    // Sends are queued in order; the driver does not wait for the pipe.
    let sending = Promise.resolve();
    const driver = new Driver(loaded.adapter, gate, taskModule, message => {
        sending = sending.then(() => send(message));
    }, Control.fromEnvironment(taskModule));
    // A raising handler rejects the promise then() returned, and a callback-style pool may throw
    // from a timer: counted (loggedExceptions), reported on stderr, never fatal.
    const uncaught = (error) => {
        driver.noteUncaught();
        process.stderr.write(`probe: uncaught: ${oneLine(error, { named: true })}\n`);
    };
    process.on('unhandledRejection', uncaught);
    process.on('uncaughtException', uncaught);
    await send({
        type: 'hello',
        protocol: PROTOCOL_VERSION,
        runtime: {
            implementation: 'Node.js',
            version: process.version,
            executor: loaded.adapter.name,
            platform: process.platform
        },
        ...driver.support
    });
    const lines = node_readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
        if (line.trim() === '')
            continue;
        let message;
        try {
            message = JSON.parse(line);
        }
        catch (error) {
            process.stderr.write(`probe: ignoring a line that is not JSON: ${oneLine(error, { named: true })}\n`);
            continue;
        }
        const type = message?.type;
        if (type === 'bye')
            break;
        if (type !== 'cell') {
            process.stderr.write(`probe: ignoring a message of type ${JSON.stringify(type)}\n`);
            continue;
        }
        await driver.runCell(message);
        if (driver.mustExit) {
            await sending;
            return 1;
        }
    }
    await sending;
    await gate.close();
    return 0;
}
// process.exit: a pool that was not closed keeps the event loop alive; the probe must not hang
// on its way out, and exiting ends its worker threads.
main().then(code => process.exit(code), (error) => {
    process.stderr.write(`probe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
});
