'use strict';

var require$$0 = require('node:worker_threads');
var perturb = require('./chunks/perturb.js');
require('node:fs');
require('node:net');
require('node:os');
require('node:path');
require('node:child_process');

/**
 * The task module: what runs inside a pool's workers (bundled to task.js, CommonJS, next to the
 * probe). Workers load it by path; pools call probeTask (promise style) or probeTaskCallback
 * (callback style, worker-farm). runHandler is for pools that run completion hooks in a worker.
 */
/** The task: announce itself at the gate, wait to be let go, take taskMs, say where it ran. */
async function probeTask(input) {
    await perturb.announce(input.gate, input.run, input.index);
    if (input.taskMs > 0)
        await new Promise(resolve => setTimeout(resolve, input.taskMs));
    if (input.spinEndUs !== undefined)
        perturb.spin(input.spinEndUs);
    if (input.fails === true)
        throw new RangeError('deliberate: the task fails (failing scenario)');
    return { pid: process.pid, threadId: require$$0.threadId };
}
/** The same task for callback-style pools: callback(error, result). */
function probeTaskCallback(input, callback) {
    probeTask(input).then(result => callback(null, result), (error) => callback(error instanceof Error ? error : new Error(String(error))));
}
/** Runs a completion handler given as data, on whatever thread calls this. */
function runHandler(handler) {
    perturb.recordRun(handler);
}

exports.probeTask = probeTask;
exports.probeTaskCallback = probeTaskCallback;
exports.runHandler = runHandler;
