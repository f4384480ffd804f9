import { s as serveOffloaded } from './chunks/terminal.js';
import { w as writeOutputs } from './chunks/outputs.js';
import 'node:fs';
import 'node:url';
import 'node:worker_threads';
import 'node:fs/promises';
import 'node:net';
import 'node:path';
import './chunks/terminal2.js';
import 'node:child_process';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunks/_commonjsHelpers.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:crypto';
import './chunks/version.js';

/**
 * The worker thread that writes the Action's outputs (dist/action-outputs.js): the main thread
 * sends it the job and waits, free to hear a signal while the report renders.
 */
serveOffloaded(job => writeOutputs(job));
