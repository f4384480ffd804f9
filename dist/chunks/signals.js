import { accessSync, constants, readlinkSync, statSync, lstatSync, mkdirSync, writeFileSync, renameSync, rmSync, openSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { resolve, dirname } from 'node:path';
import { n as kindOf, I as InputError, q as quote, s as renderMarkdown, t as renderJson, u as renderTerminal, v as killAllProbes } from './terminal.js';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
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
    const files = [];
    if (targets.json !== undefined)
        files.push([targets.json, renderJson(report)]);
    if (targets.markdown !== undefined)
        files.push([targets.markdown, markdown(report)]);
    if (targets.junit !== undefined) {
        // The XML library is the largest part of the bundle: loaded only when JUnit is asked for.
        const { renderJunit } = await import('./junit.js');
        files.push([targets.junit, renderJunit(report)]);
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
    for (const [kind, path] of Object.entries(targets)) {
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

export { commonjsGlobal as a, checkReportPaths as c, fanOut as f, getDefaultExportFromCjs as g, newViolationsOf as n, reportFilesSink as r, stopOnSignals as s, terminalSink as t };
