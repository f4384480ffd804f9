'use strict';

var index = require('./chunks/index.js');
var task = require('./task.js');
require('./chunks/_commonjsHelpers.js');
require('worker_threads');
require('os');
require('child_process');
require('node:worker_threads');
require('./chunks/perturb.js');
require('node:fs');
require('node:net');
require('node:os');
require('node:path');
require('node:child_process');

/**
 * The worker script of the workerpool adapter (bundled to workerpool-worker.js): registers the
 * probe's task as a workerpool method.
 */
index.workerpool.worker({ probeTask: task.probeTask });
