import { existsSync, accessSync, constants, readlinkSync, statSync, lstatSync, openSync, mkdirSync, closeSync, renameSync, rmSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData, parentPort, Worker } from 'node:worker_threads';
import { writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { resolve, dirname } from 'node:path';
import { H as killAllProbes, R as REPORT_FORMATS, J as kindOf, I as InputError, q as quote, K as renderMarkdown, L as renderJson, M as renderTerminal } from './terminal2.js';

/**
 * SIGINT, SIGTERM and SIGHUP to the CLI or the Action: every probe's process tree is killed (they
 * run in process groups of their own, so Ctrl-C does not reach them), one line says why, and the
 * process exits 128 + the signal's number. A signal is heard only when the main thread's event
 * loop turns, so long work either yields or runs in a worker thread (src/sinks/offload.ts), which
 * exiting ends. Report files are put in place by rename under a commit flag shared with such
 * workers: the handler waits for a set of renames in progress to finish and stops any set not
 * yet begun, so a signal never leaves a report half-written or half a set renamed.
 */
const STOP_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** [0]: a stop was asked for; [1]: a report file set is being written (see commitFiles). */
const STOPPING = 0;
const COMMITTING = 1;
let stopState = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
/** The longest a signal waits for a set of report files being written (a chunk at a time). */
const COMMIT_WAIT_MS = 2_000;
/** The memory a worker thread shares with the main thread's handler (pass it as workerData). */
function stopStateBuffer() {
    return stopState.buffer;
}
/** In a worker thread: the main thread's stop state, so its handler sees this thread's writes. */
function adoptStopState(buffer) {
    stopState = new Int32Array(buffer);
}
/** Whether a signal asked the process to stop (read by long writes between chunks). */
function stopRequested() {
    return Atomics.load(stopState, STOPPING) === 1;
}
/** Thrown by a write that a signal stopped before it committed anything. */
class StoppedError extends Error {
    constructor() {
        super('stopped by a signal');
    }
}
/**
 * Runs `write` as the one set of report files in progress. It is not started once a stop was
 * asked for; while it runs, a signal's handler waits for it (write checks stopRequested between
 * chunks and removes what it wrote when asked). Stores to both flags are sequentially consistent,
 * so the handler and this never both go ahead.
 */
function commitFiles(write) {
    Atomics.store(stopState, COMMITTING, 1);
    try {
        if (stopRequested())
            throw new StoppedError();
        return write();
    }
    finally {
        Atomics.store(stopState, COMMITTING, 0);
        Atomics.notify(stopState, COMMITTING);
    }
}
/** Asks every thread to stop and waits (bounded) for a set of report files being written. */
function holdCommits() {
    Atomics.store(stopState, STOPPING, 1);
    const deadline = Date.now() + COMMIT_WAIT_MS;
    while (Atomics.load(stopState, COMMITTING) === 1 && Date.now() < deadline)
        Atomics.wait(stopState, COMMITTING, 1, 50);
}
/** Installs the handlers; `say` prints the one line (the Action fails its step with it). */
function stopOnSignals(say) {
    for (const signal of Object.keys(STOP_SIGNALS)) {
        process.once(signal, () => {
            killAllProbes();
            holdCommits();
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

/**
 * Long synchronous work (rendering and writing the outputs of a report of tens of thousands of
 * cells takes seconds) run in a worker thread, so the main thread's event loop stays free and a
 * signal is heard at once: its handler exits the process, which ends the worker. The job goes to
 * the worker in slices (its large arrays a thousand items at a time, the event loop turning
 * between two), since cloning a large report in one message would itself take a second or more.
 * The worker shares the stop state of src/engine/signals.ts, so a set of report files is never
 * cut in half by the exit.
 */
/** Items of an array per message. */
const SLICE_ITEMS = 1_000;
const turn = () => new Promise(resolve => setImmediate(resolve));
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The job as pieces: records are walked two levels deep (a job's report, the report's cells), and
 * an array there of more than a slice is sent a slice at a time.
 */
function* piecesOf(value, path, depth) {
    if (Array.isArray(value) && value.length > SLICE_ITEMS) {
        yield { kind: 'set', path, value: [] };
        for (let i = 0; i < value.length; i += SLICE_ITEMS)
            yield { kind: 'append', path, items: value.slice(i, i + SLICE_ITEMS) };
        return;
    }
    if (!isRecord(value) || depth === 0) {
        yield { kind: 'set', path, value };
        return;
    }
    yield { kind: 'set', path, value: {} };
    for (const [key, inner] of Object.entries(value))
        yield* piecesOf(inner, [...path, key], depth - 1);
}
/**
 * Runs the worker at `script` on `job` and returns what it replies. The worker's stdout and stderr
 * are the process's (Node forwards them, and drains them before 'exit', which this waits for).
 */
async function runOffloaded(script, job) {
    const worker = new Worker(fileURLToPath(script), { workerData: { stop: stopStateBuffer() } });
    let reply;
    worker.on('message', (message) => (reply = message));
    const exited = new Promise((resolve, reject) => {
        worker.once('error', reject);
        worker.once('exit', resolve);
    });
    // A worker that fails while its job is still being sent rejects `exited` before anything awaits
    // it: unhandled, that rejection would end the process with code 1 (a "violation"). It is thrown
    // below, by `await exited`.
    exited.catch(() => undefined);
    try {
        for (const piece of piecesOf(job, [], 2)) {
            worker.postMessage(piece);
            // A slice's clone is milliseconds: the event loop turns, and hears a signal, between two.
            if (piece.kind === 'append')
                await turn();
        }
        worker.postMessage({ kind: 'end' });
    }
    catch (error) {
        // A piece that cannot be cloned: the worker, still waiting for its job, would keep the
        // process alive.
        await worker.terminate();
        throw error;
    }
    const code = await exited;
    if (reply?.kind === 'result')
        return reply.value;
    throw new Error(reply?.kind === 'error' ? reply.message : `the output worker exited with code ${code}`);
}
/** Whether the bundled worker script is there (not when the TypeScript source runs). */
function offloadable(script) {
    return script !== undefined && existsSync(fileURLToPath(script));
}
/**
 * `work(job)` in the worker at `script` when the bundle has it, else on this thread (the
 * TypeScript source, `npm run local-action`): the same outputs either way.
 */
async function offloadOr(script, job, work) {
    return offloadable(script)
        ? runOffloaded(script, { ...job })
        : work(job);
}
/** In the worker: the job, put together again from its pieces. */
function receiveJob() {
    const port = parentPort;
    if (port === null)
        throw new Error('not in a worker thread');
    const root = {};
    const at = (path) => path.reduce((v, k) => v[k], root);
    return new Promise(resolve => {
        port.on('message', (piece) => {
            if (piece.kind === 'end') {
                port.removeAllListeners('message');
                resolve(root);
            }
            else if (piece.kind === 'append')
                at(piece.path).push(...piece.items);
            else if (piece.path.length > 0)
                at(piece.path.slice(0, -1))[piece.path.at(-1)] =
                    piece.value;
        });
    });
}
/**
 * The worker's side: receives the job, runs `work` on it and replies with its result (or the
 * error's message). Call it at the top of the worker's script.
 */
function serveOffloaded(work) {
    const port = parentPort;
    if (port === null)
        throw new Error('not in a worker thread');
    adoptStopState(workerData.stop);
    receiveJob()
        .then(work)
        .then(value => port.postMessage({ kind: 'result', value }), (error) => port.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error)
    }))
        // The reply is queued (the main thread drains it when this thread exits): the port no longer
        // keeps this thread alive.
        .finally(() => port.unref());
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
/** Characters of a report file encoded and written before a pending stop is looked at again. */
const WRITE_CHUNK_CHARS = 1024 * 1024;
/**
 * Writes every file to a temporary file first; renames them into place only once all are written.
 * The set is one commit (commitFiles): a signal's handler on the main thread waits for it, and
 * when it asks to stop between two chunks the temporary files are removed and nothing is renamed.
 */
function writeAllOrNothing(files) {
    commitFiles(() => {
        const written = [];
        try {
            for (const [path, text] of files) {
                // A link is followed: its target is replaced, the link stays.
                const destination = followLinks(path);
                mkdirSync(dirname(destination), { recursive: true });
                const temporary = `${destination}.${process.pid}.tmp`;
                // Exclusive: a file or link that happens to have the temporary name is never written through.
                const fd = openSync(temporary, 'wx');
                written.push([temporary, destination]);
                try {
                    writeInChunks(fd, text);
                }
                finally {
                    closeSync(fd);
                }
            }
            if (stopRequested())
                throw new StoppedError();
            for (const [temporary, path] of written)
                renameSync(temporary, path);
        }
        catch (error) {
            for (const [temporary] of written)
                rmSync(temporary, { force: true });
            throw error;
        }
    });
}
/**
 * The whole text, encoded and written a chunk at a time (a chunk never ends between the two
 * halves of a surrogate pair), stopping between two chunks when a signal asks: encoding a
 * report of 80 MB at once would keep the signal waiting.
 */
function writeInChunks(fd, text) {
    let at = 0;
    while (at < text.length) {
        if (stopRequested())
            throw new StoppedError();
        let end = Math.min(text.length, at + WRITE_CHUNK_CHARS);
        const last = text.charCodeAt(end - 1);
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end += 1;
        const bytes = Buffer.from(text.slice(at, end), 'utf8');
        for (let written = 0; written < bytes.length;)
            written += writeSync(fd, bytes, written, bytes.length - written);
        at = end;
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
            const text = renderTerminal(report, options.color, {
                ...(options.columns === undefined ? {} : { columns: options.columns }),
                ...(options.table === undefined ? {} : { table: options.table })
            });
            options.write(options.lastLineOnly === true ? (text.split('\n').at(-1) ?? '') : text);
        }
    };
}

export { stopOnSignals as a, checkReportPaths as c, fanOut as f, newViolationsOf as n, offloadOr as o, reportFilesSink as r, serveOffloaded as s, terminalSink as t };
