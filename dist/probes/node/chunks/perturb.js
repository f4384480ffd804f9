'use strict';

var node_fs = require('node:fs');
var node_net = require('node:net');
var require$$1 = require('node:os');
var require$$2 = require('node:path');
var require$$0 = require('node:worker_threads');
var node_child_process = require('node:child_process');

/**
 * The gate: how tasks tell the probe that they run, and wait until the probe lets them go on.
 *
 * A local socket (a named pipe on Windows) rather than shared memory, because tasks may run in
 * other processes (worker-farm) as well as in worker threads. Every task announces itself with
 * (run, index, pid, threadId) and waits for one byte back: the probe answers at once, or, for a
 * held task, after it has attached the task's handlers. So the probe has always seen a task start
 * before the task can finish.
 */
// --- task side --------------------------------------------------------------------------------
/** Announces the task and resolves when the probe lets it go on (or has gone away). */
function announce(gate, run, index) {
    return new Promise(resolve => {
        const socket = node_net.createConnection(gate);
        const done = () => {
            socket.destroy();
            resolve();
        };
        socket.on('connect', () => socket.write(`${run} ${index} ${process.pid} ${require$$0.threadId}\n`));
        socket.on('data', done);
        // A probe that went away releases everything: the task runs on and its pool is closed.
        socket.on('error', done);
        socket.on('close', done);
    });
}
// --- probe side -------------------------------------------------------------------------------
class GateServer {
    server;
    address;
    folder;
    run = -1;
    onStart = () => 'go';
    held = new Map();
    started = new Map();
    sockets = new Set();
    released = false;
    constructor(server, address, folder) {
        this.server = server;
        this.address = address;
        this.folder = folder;
    }
    static async open() {
        let address;
        let folder;
        if (process.platform === 'win32') {
            address = `\\\\.\\pipe\\callback-thread-guard-${process.pid}-${Date.now()}`;
        }
        else {
            const made = node_fs.mkdtempSync(require$$2.join(require$$1.tmpdir(), 'ctg-'));
            // However the probe ends (short of being killed), the socket's folder goes with it.
            process.once('exit', () => node_fs.rmSync(made, { recursive: true, force: true }));
            folder = made;
            address = require$$2.join(folder, 'gate.sock');
        }
        const server = node_net.createServer();
        const gate = new GateServer(server, address, folder);
        server.on('connection', socket => gate.accept(socket));
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(address, () => resolve());
        });
        // Not a reason to keep the probe alive on its own.
        server.unref();
        return gate;
    }
    /** Starts a new repetition: earlier announcements are forgotten, nothing is held. */
    begin(run, onStart) {
        this.releaseAll();
        this.run = run;
        this.onStart = onStart;
        this.started.clear();
        this.released = false;
    }
    /** The identity a task announced in the current run, if it did. */
    identity(index) {
        return this.started.get(index);
    }
    hasStarted(index) {
        return this.started.has(index);
    }
    release(index) {
        const sockets = this.held.get(index);
        if (sockets === undefined)
            return;
        this.held.delete(index);
        for (const s of sockets)
            go(s);
    }
    /** Lets every held task go, and every task of this run that announces itself later. */
    releaseAll() {
        this.released = true;
        const held = [...this.held.values()].flat();
        this.held.clear();
        for (const s of held)
            go(s);
    }
    async close() {
        this.releaseAll();
        for (const s of this.sockets)
            s.destroy();
        await new Promise(resolve => this.server.close(() => resolve()));
        if (this.folder !== undefined)
            node_fs.rmSync(this.folder, { recursive: true, force: true });
    }
    accept(socket) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        socket.setEncoding('utf8');
        let text = '';
        socket.on('data', (chunk) => {
            text += chunk;
            const newline = text.indexOf('\n');
            if (newline < 0) {
                if (text.length > 200)
                    socket.destroy();
                return;
            }
            const [run, index, pid, thread] = text.slice(0, newline).split(' ').map(Number);
            text = '';
            this.announced(socket, run, index, pid, thread);
        });
    }
    announced(socket, run, index, pid, thread) {
        const valid = [run, index, pid, thread].every(n => Number.isInteger(n));
        // A task of an earlier run (or garbage): not ours to hold.
        if (!valid || run !== this.run)
            return go(socket);
        const i = index;
        // A task run twice announces itself twice: the first identity is the one that counts.
        if (!this.started.has(i))
            this.started.set(i, { pid: pid, threadId: thread });
        if (this.released || this.onStart(i) === 'go')
            return go(socket);
        const sockets = this.held.get(i) ?? [];
        sockets.push(socket);
        this.held.set(i, sockets);
    }
}
function go(socket) {
    if (!socket.destroyed)
        socket.end('1');
}

/**
 * The record of handler runs, in shared memory. A handler records itself when it runs: how many
 * times, in which order, on which (pid, threadId), and whether it ran inline. Shared memory lets
 * a handler that a pool moved onto a worker thread record itself too, and lets the probe wait
 * for the last handler with Atomics instead of trusting the pool to say it is done.
 */
// Header cells.
const ATTACHING = 0; // slot + 1 of the handler whose attaching call is in progress, or 0
const NEXT_SEQ = 1;
const REMAINING = 2; // counted handlers that have not run yet: the latch
const DRIVER_PID = 3;
const DRIVER_THREAD = 4;
const HEADER = 5;
// Cells of each slot.
const CALLS = 0;
const SEQ = 1;
const PID = 2;
const THREAD = 3;
const INLINE = 4;
const SETTLED = 5; // how the first run was called: 0 unknown, 1 fulfilled, 2 rejected
const SLOT_CELLS = 6;
const SETTLED_CODES = { unknown: 0, fulfilled: 1, rejected: 2 };
const SETTLED_NAMES = ['unknown', 'fulfilled', 'rejected'];
/** Records one run of a handler; works on any thread of the probe's process. */
function recordRun(handler, settled = 'unknown') {
    const cells = new Int32Array(handler.ledger);
    const base = HEADER + handler.slot * SLOT_CELLS;
    const pid = process.pid;
    // Inline: on the thread that attaches, while its attaching call for this very handler runs.
    const inline = pid === cells[DRIVER_PID] &&
        require$$0.threadId === cells[DRIVER_THREAD] &&
        Atomics.load(cells, ATTACHING) === handler.slot + 1;
    const calls = Atomics.add(cells, base + CALLS, 1);
    if (calls === 0) {
        Atomics.store(cells, base + SEQ, Atomics.add(cells, NEXT_SEQ, 1) + 1);
        Atomics.store(cells, base + PID, pid);
        Atomics.store(cells, base + THREAD, require$$0.threadId);
        Atomics.store(cells, base + INLINE, inline ? 1 : 0);
        Atomics.store(cells, base + SETTLED, SETTLED_CODES[settled]);
        // The latch counts handlers, not calls: a handler run twice must not hide one never run.
        if (handler.slot < countedOf(cells) && Atomics.sub(cells, REMAINING, 1) === 1)
            Atomics.notify(cells, REMAINING);
    }
    if (handler.raises)
        throw new DeliberateError();
}
/** What the first handler of a `raising` future throws. */
class DeliberateError extends Error {
    constructor() {
        super('deliberate: the first handler of a raising task throws');
        this.name = 'DeliberateError';
    }
}
// The number of counted slots is kept after the slots, so a portable handler needs nothing else.
function countedOf(cells) {
    return cells[cells.length - 1];
}
class Ledger {
    slots;
    counted;
    buffer;
    cells;
    /** `counted` slots (0..counted-1) make up the latch; the others (trackers) are only recorded. */
    constructor(slots, counted) {
        this.slots = slots;
        this.counted = counted;
        this.buffer = new SharedArrayBuffer((HEADER + slots * SLOT_CELLS + 1) * 4);
        this.cells = new Int32Array(this.buffer);
        this.cells[DRIVER_PID] = process.pid;
        this.cells[DRIVER_THREAD] = require$$0.threadId;
        this.cells[REMAINING] = counted;
        this.cells[this.cells.length - 1] = counted;
    }
    handler(slot, raises = false) {
        const portable = { ledger: this.buffer, slot, raises };
        return Object.assign(() => recordRun(portable), {
            portable,
            fulfilled: () => recordRun(portable, 'fulfilled'),
            rejected: () => recordRun(portable, 'rejected')
        });
    }
    /** Marks the attaching call of a handler as in progress (slot) or over (undefined). */
    attaching(slot) {
        Atomics.store(this.cells, ATTACHING, slot === undefined ? 0 : slot + 1);
    }
    calls(slot) {
        return Atomics.load(this.cells, HEADER + slot * SLOT_CELLS + CALLS);
    }
    run(slot) {
        const base = HEADER + slot * SLOT_CELLS;
        const read = (cell) => Atomics.load(this.cells, base + cell);
        return {
            calls: read(CALLS),
            seq: read(SEQ),
            pid: read(PID),
            threadId: read(THREAD),
            inline: read(INLINE) === 1,
            settled: SETTLED_NAMES[read(SETTLED)] ?? 'unknown'
        };
    }
    /** Every slot's calls so far: what the tally compares with after close() (driver.ts). */
    callsNow() {
        return Array.from({ length: this.slots }, (_, slot) => this.calls(slot));
    }
    get remaining() {
        return Atomics.load(this.cells, REMAINING);
    }
    /**
     * Waits until every counted handler has run or the deadline passes, waking every `tickMs` to
     * call `onTick`. Never uses the pool's own notion of done: only the handlers' records count.
     */
    async wait(deadline, tickMs, onTick) {
        for (;;) {
            const left = this.remaining;
            if (left <= 0)
                return true;
            const ms = deadline - Date.now();
            if (ms <= 0)
                return false;
            const waited = waitAsync(this.cells, REMAINING, left, Math.min(ms, tickMs));
            if (waited.async)
                await waited.value;
            onTick();
        }
    }
}
// Atomics.waitAsync (Node 16+) is newer than the ES2022 library this project compiles against.
const waitAsync = Atomics.waitAsync;

/**
 * The dimensions, in the order a report and a key list them: every other list of them (the
 * report's schema, what a comparison measures) is checked against CellParams or built from this.
 */
/**
 * Each perturbation setting and its largest value: the configuration's bounds, and the probe's
 * (ctg_probe/perturb.py reads them from its generated module and treats a value outside as 0).
 */
const PERTURBATION_LIMITS = {
    switchIntervalUs: 1_000_000,
    spinBeforeUs: 100_000,
    spinAfterUs: 100_000,
    spinTaskEndUs: 100_000,
    extraThreads: 64,
    gatePollUs: 1_000_000,
    oneCore: 1,
    aimAtCompletion: 1
};

/**
 * Schedule perturbation for the Node probe's perturbed lanes (issue 19), the Node side of
 * ctg_probe/perturb.py, read from the same `perturb` settings of a cell (PERTURBATION_LIMITS in
 * src/model/cell.ts; a value outside its bounds counts as 0, as in Python). While such a cell
 * runs, the probe spins a random 0..N microseconds just before and just after each handler's
 * attaching call (spinBeforeUs, spinAfterUs), each task spins at its end before it settles
 * (spinTaskEndUs, in the worker: tasks/input carry it), extra busy threads compete for the cores
 * (extraThreads), and the probe's main thread, with every pool thread it starts, is put on one
 * core (oneCore, Linux: `taskset`). switchIntervalUs, gatePollUs and aimAtCompletion have no
 * meaning here (V8 has no switch interval; a held task waits on its socket; a handler attaches on
 * the loop that settles it, so it cannot be aimed within the window): they are ignored. None of it changes
 * an observation: the probe still only observes and counts.
 */
/** The settings a cell asks for, each a whole number within its bounds (else 0); undefined: none. */
function perturbationOf(message) {
    const given = message.perturb;
    if (typeof given !== 'object' || given === null)
        return undefined;
    const raw = given;
    const how = {};
    let any = false;
    for (const [name, most] of Object.entries(PERTURBATION_LIMITS)) {
        const value = raw[name];
        const ok = typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= most;
        how[name] = ok ? value : 0;
        any ||= ok;
    }
    return any ? how : undefined;
}
/** Busy-waits a random 0..mostUs microseconds. */
function spin(mostUs) {
    if (mostUs <= 0)
        return;
    const end = process.hrtime.bigint() + BigInt(Math.floor(Math.random() * mostUs * 1000));
    while (process.hrtime.bigint() < end) {
        // spinning on purpose
    }
}
// An extra thread: spins until the shared flag says stop, yielding nothing.
const BUSY = `
const { workerData } = require('node:worker_threads')
const flag = new Int32Array(workerData)
while (Atomics.load(flag, 0) === 0) {}
`;
/** What a perturbed cell changed, undone by stop(). */
class Shaker {
    how;
    busy = [];
    stopFlag = new Int32Array(new SharedArrayBuffer(4));
    affinity;
    constructor(how) {
        this.how = how;
    }
    /** Applies what lasts for the cell (one core, extra threads); spins are asked for as they come. */
    static start(how) {
        const shaker = new Shaker(how);
        if (how.oneCore === 1)
            shaker.affinity = pinToOneCore();
        for (let i = 0; i < how.extraThreads; i++) {
            const worker = new require$$0.Worker(BUSY, { eval: true, workerData: shaker.stopFlag.buffer });
            worker.unref();
            shaker.busy.push(worker);
        }
        return shaker;
    }
    async stop() {
        Atomics.store(this.stopFlag, 0, 1);
        await Promise.all(this.busy.map(w => w.terminate()));
        if (this.affinity !== undefined)
            setAffinity(this.affinity);
    }
}
/** The main thread's allowed cores (Linux), as taskset's list, or undefined elsewhere. */
function currentAffinity() {
    try {
        const status = node_fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/status`, 'utf8');
        return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
    }
    catch {
        return undefined;
    }
}
/** Puts the main thread (and the threads it starts from now on) on one of its cores. */
function pinToOneCore() {
    const before = currentAffinity();
    if (before === undefined)
        return undefined;
    const cores = before.split(',').flatMap(part => {
        const [from, to] = part.split('-').map(Number);
        if (from === undefined || Number.isNaN(from))
            return [];
        const last = to === undefined || Number.isNaN(to) ? from : to;
        return Array.from({ length: last - from + 1 }, (_, k) => from + k);
    });
    if (cores.length < 2)
        return undefined;
    const core = cores[Math.floor(Math.random() * cores.length)];
    return setAffinity(String(core)) ? before : undefined;
}
function setAffinity(list) {
    // The main thread's id is the process id: -p sets that one thread, not the others.
    const result = node_child_process.spawnSync('taskset', ['-p', '-c', list, String(process.pid)], {
        stdio: 'ignore',
        timeout: 5_000
    });
    return result.status === 0;
}

exports.DeliberateError = DeliberateError;
exports.GateServer = GateServer;
exports.Ledger = Ledger;
exports.Shaker = Shaker;
exports.announce = announce;
exports.perturbationOf = perturbationOf;
exports.recordRun = recordRun;
exports.spin = spin;
