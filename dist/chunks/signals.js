import { R as killAllProbes } from './files.js';

var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
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

export { commonjsGlobal as c, getDefaultExportFromCjs as g, stopOnSignals as s };
