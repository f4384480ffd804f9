import { s as serveOffloaded } from './chunks/terminal.js';
import { w as writeCliOutputs } from './chunks/outputs2.js';
import 'node:fs';
import 'node:url';
import 'node:worker_threads';
import 'node:fs/promises';
import 'node:net';
import 'node:path';
import './chunks/terminal2.js';
import 'node:child_process';

/**
 * The worker thread that writes the CLI's outputs (dist/cli-outputs.js): the main thread sends it
 * the report and waits, free to hear a signal while a report of thousands of cells renders.
 */
serveOffloaded(job => writeCliOutputs(job));
