import { availableParallelism } from 'node:os';
import { openSync, constants, fstatSync, readSync, closeSync, existsSync, readlinkSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

/**
 * Bad input: the user can fix it. Printed as one line naming the field, exit code 2.
 */
class InputError extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(`${field}: ${problem}`);
        this.field = field;
        this.problem = problem;
        this.name = 'InputError';
    }
}
/** Exit codes, as documented in README.md. */
const ExitCode = {
    pass: 0,
    violation: 1,
    badInput: 2,
    couldNotRun: 3
};
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
 * Where a zod issue is, as every error message names a field: `targets[0].poolOptions.size`.
 * `key` writes each name (a name read from a file is cut); symbols are left out.
 */
function fieldPath(path, key = name => name) {
    let text = '';
    for (const p of path) {
        if (typeof p === 'symbol')
            continue;
        text += typeof p === 'number' ? `[${p}]` : text === '' ? key(p) : `.${key(p)}`;
    }
    return text;
}
/** How much of a value an error message echoes: enough to recognise it, never a flood. */
const ECHO_CHARS = 80;
/** Text cut to about 80 characters, with "..." when it was longer. */
function cut(text) {
    return text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}...` : text;
}
/** A value as an error message quotes it: JSON-quoted (control characters as escapes), cut. */
function quote$1(value) {
    return JSON.stringify(cut(typeof value === 'string' ? value : String(value)));
}

const peq = new Uint32Array(0x10000);
const myers_32 = (a, b) => {
    const n = a.length;
    const m = b.length;
    const lst = 1 << (n - 1);
    let pv = -1;
    let mv = 0;
    let sc = n;
    let i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        let eq = peq[b.charCodeAt(i)];
        const xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
const myers_x = (b, a) => {
    const n = a.length;
    const m = b.length;
    const mhc = [];
    const phc = [];
    const hsize = Math.ceil(n / 32);
    const vsize = Math.ceil(m / 32);
    for (let i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    let j = 0;
    for (; j < vsize - 1; j++) {
        let mv = 0;
        let pv = -1;
        const start = j * 32;
        const vlen = Math.min(32, m) + start;
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (let i = 0; i < n; i++) {
            const eq = peq[a.charCodeAt(i)];
            const pb = (phc[(i / 32) | 0] >>> i) & 1;
            const mb = (mhc[(i / 32) | 0] >>> i) & 1;
            const xv = eq | mv;
            const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
            let ph = mv | ~(xh | pv);
            let mh = pv & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        for (let k = start; k < vlen; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    let mv = 0;
    let pv = -1;
    const start = j * 32;
    const vlen = Math.min(32, m - start) + start;
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    let score = m;
    for (let i = 0; i < n; i++) {
        const eq = peq[a.charCodeAt(i)];
        const pb = (phc[(i / 32) | 0] >>> i) & 1;
        const mb = (mhc[(i / 32) | 0] >>> i) & 1;
        const xv = eq | mv;
        const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (let k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
const distance = (a, b) => {
    if (a.length < b.length) {
        const tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
const closest = (str, arr) => {
    let min_distance = Infinity;
    let min_index = 0;
    for (let i = 0; i < arr.length; i++) {
        const dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};

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
var registry$1 = {
	pools: pools
};

/**
 * The built-in Node pools by name, read from registry.json (the only list of them, which the
 * bundler reads too). Imports no pool: the configuration and the CLI read the names without
 * loading piscina, worker-farm or workerpool; the probe maps each name to its adapter (index.ts).
 */
/** The pools' names, in the order messages list them. */
const POOL_NAMES = Object.keys(registry$1.pools);
/** worker-farm's own options a worker-farm target may set (the config checks them; the probe again). */
const FARM_OPTION_NAMES = [
    'maxRetries',
    'maxCallTime',
    'maxConcurrentCalls',
    'maxConcurrentCallsPerWorker'
];

/**
 * The scenarios, and every trait the engine, the probes and the report read about them, in one
 * table: no other place tests a scenario's name for what it is. Adding a scenario is a row here,
 * its implementation in each probe, the contract rules about it and its row in docs/protocol.md
 * ("Scenarios"); the Python probe reads this table from ctg_probe/generated.py, which is generated
 * from it (`npm run generate`), and the Node probe imports it.
 */
const NO_CALL_TIME_LIMIT = "a scenario for pools with a per-call time limit (worker-farm's maxCallTime); no Python pool the probe runs has one";
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
    }
};
/** Every scenario's traits. */
const SCENARIO_TRAITS = TABLE;
/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"), in table order. */
const SCENARIOS = Object.keys(TABLE);
/**
 * The traits of a scenario named in a report or a message, which may name anything: own
 * properties only, so 'constructor' is no scenario.
 */
function traitsOf(name) {
    return Object.hasOwn(SCENARIO_TRAITS, name) ? SCENARIO_TRAITS[name] : undefined;
}
/** The scenarios whose traits pass `test`, in table order (contracts scope rules with these). */
function scenariosWhere(test) {
    return SCENARIOS.filter(s => test(SCENARIO_TRAITS[s]));
}
/**
 * Whether a probe that runs these scenarios (its hello's list) has a pool that takes its callbacks
 * with the call: it runs a callback-API scenario (a Python pool with apply_async runs only those).
 */
function takesCallbacksWithCall(scenarios) {
    return scenarios.some(s => traitsOf(s)?.adapter.callbackApi === true);
}
/** Callbacks per future of a cell of `scenario`, given the `callbacks` setting. */
function callbacksPerFuture(scenario, setting) {
    const callbacks = SCENARIO_TRAITS[scenario].callbacks;
    return callbacks === 'setting' ? setting : callbacks;
}

/** The engine's options, in the order of the CLI's help and of the Action's inputs. */
const ENGINE_OPTIONS = [
    {
        name: 'config',
        key: 'config',
        arg: '<file>',
        kind: 'text',
        at: 'file',
        help: 'YAML or JSON configuration file'
    },
    {
        name: 'python',
        key: 'python',
        arg: '<path>',
        kind: 'text',
        at: 'target',
        help: 'Python interpreter (default: python3)'
    },
    {
        name: 'executor',
        key: 'executor',
        arg: '<module:attr>',
        kind: 'text',
        at: 'target',
        help: 'executor factory, called as attr(max_workers=N) (default: concurrent.futures:ThreadPoolExecutor)'
    },
    {
        name: 'python-path',
        key: 'pythonPath',
        arg: '<dirs>',
        kind: 'list',
        at: 'target',
        help: 'extra folders for the executor module (comma-separated)'
    },
    {
        name: 'pool',
        key: 'pool',
        arg: '<name>',
        kind: 'text',
        at: 'target',
        help: `a built-in Node pool instead of Python: ${POOL_NAMES.join(', ')}`
    },
    {
        name: 'adapter',
        key: 'adapter',
        arg: '<file>',
        kind: 'text',
        at: 'target',
        help: 'a Node pool adapter module (see docs/adapter.md)'
    },
    {
        // Read as typed ("maxRetries=0"); loadConfig makes the mapping the schema checks.
        name: 'pool-options',
        key: 'poolOptions',
        arg: '<list>',
        kind: 'list',
        at: 'target',
        pairs: true,
        help: 'worker-farm options (comma-separated name=value): maxRetries, maxCallTime, maxConcurrentCalls, maxConcurrentCallsPerWorker'
    },
    {
        name: 'probe',
        key: 'probe',
        arg: '<command>',
        kind: 'text',
        at: 'target',
        field: 'command',
        help: 'any program that speaks the probe protocol (docs/protocol.md)'
    },
    {
        name: 'contract',
        key: 'contract',
        arg: '<name|file>',
        kind: 'text',
        at: 'target',
        help: 'thread-pool, process-pool, event-loop, multiprocessing-pool or a contract file'
    },
    {
        name: 'scenarios',
        key: 'scenarios',
        arg: '<list>',
        kind: 'list',
        at: 'matrix',
        help: `scenarios (comma-separated): ${SCENARIOS.join(', ')}`
    },
    {
        name: 'workers',
        key: 'workers',
        arg: '<list>',
        kind: 'numbers',
        at: 'matrix',
        help: 'worker counts (comma-separated)'
    },
    {
        name: 'tasks',
        key: 'tasks',
        arg: '<list>',
        kind: 'numbers',
        at: 'matrix',
        help: 'task counts (comma-separated)'
    },
    {
        name: 'callback-delay-ms',
        key: 'callbackDelayMs',
        arg: '<list>',
        kind: 'numbers',
        at: 'matrix',
        help: 'timed scenario: delays before registering (comma-separated)'
    },
    {
        name: 'task-ms',
        key: 'taskMs',
        arg: '<list>',
        kind: 'numbers',
        at: 'matrix',
        help: 'task durations in milliseconds (comma-separated)'
    },
    {
        name: 'repeat',
        key: 'repeat',
        arg: '<n>',
        kind: 'number',
        at: 'top',
        help: 'run each cell n times and merge the histograms'
    },
    {
        name: 'callbacks',
        key: 'callbacks',
        arg: '<n>',
        kind: 'number',
        at: 'top',
        help: 'callbacks per future in the order and raising scenarios'
    },
    {
        name: 'timeout-ms',
        key: 'timeoutMs',
        arg: '<n>',
        kind: 'number',
        at: 'top',
        help: 'how long to wait for callbacks before counting them as never run'
    },
    {
        // A duration as typed ("90s", "2m" or seconds); the schema parses it.
        name: 'budget',
        key: 'budget',
        arg: '<duration>',
        kind: 'text',
        at: 'top',
        help: 'after the matrix, keep running its cells (fresh executors) until this is spent: 90s, 2m or seconds'
    },
    {
        name: 'keep-going',
        key: 'keepGoing',
        kind: 'switch',
        at: 'top',
        help: 'with --budget: keep counting after a violation instead of stopping at the first'
    },
    {
        // true, false, or the settings (a mapping): only a configuration file gives settings.
        name: 'perturb',
        key: 'perturb',
        kind: 'off-switch',
        at: 'top',
        help: 'with --budget: run no perturbed lanes (by default part of the budget shakes the schedule)'
    },
    {
        name: 'require-free-threading',
        key: 'requireFreeThreading',
        kind: 'switch',
        at: 'top',
        help: 'a free-threaded Python whose GIL came back on (importing the executor enabled it) makes a pass an error, not a warning'
    },
    {
        // true, or N for a planted misroute of one callback in N.
        name: 'control',
        key: 'control',
        arg: '[n]',
        kind: 'control',
        at: 'top',
        help: 'a positive control: also run the executor made to misroute one callback in n (default 10000) and say whether that was caught'
    }
];
/** The Action's default JSON report path (the CLI writes no JSON unless asked). */
const DEFAULT_JSON_PATH = 'callback-thread-guard-report.json';
/**
 * The report files the front doors can write, in the order they are rendered. Each has its
 * renderer in RENDERERS (src/sinks/files.ts), which the compiler holds to this table.
 */
const REPORT_FORMATS = [
    { name: 'json', help: 'write the JSON report', inputDefault: DEFAULT_JSON_PATH },
    { name: 'markdown', help: 'write the Markdown report', inputDefault: '' },
    { name: 'junit', help: 'write a JUnit XML report', inputDefault: '' }
];
const CLI_DOOR = {
    label: ({ name, kind }) => (kind === 'off-switch' ? `--no-${name}` : `--${name}`),
    separator: /,/,
    wordsAreBooleans: false
};
const ACTION_DOOR = {
    label: ({ name }) => `input ${name}`,
    // A YAML block scalar, one item per line, is the same list.
    separator: /[,\n]/,
    wordsAreBooleans: true
};
/** The flags Commander parses an option from: "--workers <list>", "--keep-going", "--no-perturb". */
function flagsOf(option) {
    const flag = CLI_DOOR.label({ name: option.name, kind: option.kind ?? 'text' });
    return option.arg === undefined ? flag : `${flag} ${option.arg}`;
}
function labelsOf(door) {
    return Object.fromEntries(ENGINE_OPTIONS.map(option => [option.key, door.label(option)]));
}
const CLI_LABELS = labelsOf(CLI_DOOR);
const ACTION_LABELS = labelsOf(ACTION_DOOR);

/**
 * The one reader both front doors use: what was typed for each engine option and report file,
 * read in the tables' order (src/config/options.ts) into overrides and paths; a malformed list or
 * number is refused with the option's label, as the front door calls it.
 */
/**
 * Reads every engine option but the config file (each front door reads that itself), in the
 * table's order, refusing a malformed list or number with the option's label.
 */
function readOverrides(door, raw) {
    const overrides = {};
    for (const option of ENGINE_OPTIONS) {
        if (option.at === 'file')
            continue;
        const value = raw(option);
        if (value !== undefined)
            overrides[option.key] = readValue(option, value, door);
    }
    return overrides;
}
function readValue(option, value, door) {
    const label = door.label(option);
    if (typeof value === 'boolean')
        return value; // a switch given, --control without its n, --no-X
    switch (option.kind) {
        case 'text':
            return value;
        case 'list':
            return splitList(value, label, door.separator);
        case 'numbers':
            return wholeNumbers(value, label, door.separator);
        case 'number':
            return wholeNumber(value, label);
        case 'switch':
        case 'off-switch':
            return oneOf(value, label, ['true', 'false']) === 'true';
        case 'control':
            if (!door.wordsAreBooleans)
                return wholeNumber(value, label);
            if (value === 'true' || value === 'false')
                return value === 'true';
            if (!/^\d+$/.test(value))
                throw new InputError(label, `expected true, false or a whole number N (a misroute of one callback in N), got ${quote$1(value)}`);
            return Number(value);
    }
}
/** Items separated by commas (or `separator`), trimmed; an empty item is refused. */
function splitList(text, label, separator = /,/) {
    const items = text.split(separator).map(s => s.trim());
    if (items.some(s => s === ''))
        throw new InputError(label, `expected a comma-separated list without empty items, got ${quote$1(text)}`);
    return items;
}
function wholeNumbers(text, label, separator) {
    return splitList(text, label, separator).map(item => numberOf(item, label, 'whole numbers separated by commas'));
}
function wholeNumber(text, label) {
    return numberOf(text.trim(), label, 'a whole number');
}
function numberOf(item, label, expected) {
    if (!/^-?\d+$/.test(item))
        throw new InputError(label, `expected ${expected}, got ${quote$1(item)}`);
    return Number(item);
}
/** One of the allowed words, or a message listing them. */
function oneOf(value, label, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(label, `expected one of ${allowed.join(', ')}, got ${quote$1(value)}`);
}
/** "name=value" items as a mapping (the schema checks the names and the numbers). */
function poolOptionsOf(items, label) {
    const options = {};
    for (const item of items) {
        const match = /^([A-Za-z]+)\s*=\s*(\d+)$/.exec(item);
        if (match === null)
            throw new InputError(label, `expected name=number items such as maxRetries=0, got ${quote$1(item)}`);
        options[match[1]] = Number(match[2]);
    }
    return options;
}
/** The report files asked for, in the table's order; `raw` gives a format's path or undefined. */
function readFileTargets(raw) {
    const targets = {};
    for (const format of REPORT_FORMATS) {
        const path = raw(format);
        if (path !== undefined)
            targets[format.name] = path;
    }
    return targets;
}

const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR$1 = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR$1;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR$1:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (isNode(ctrl) || isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (isMap(node))
        return visitor.Map?.(key, node, path);
    if (isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (isPair(node))
        return visitor.Pair?.(key, node, path);
    if (isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
            const tags = {};
            visit(doc.contents, (_key, node) => {
                if (isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (isScalar(ref.node) || isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

class Alias extends NodeBase {
    constructor(source) {
        super(ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit(doc, {
                Node: (_key, node) => {
                    if (isAlias(node) || hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends NodeBase {
    constructor(value) {
        super(SCALAR$1);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (isDocument(value))
        value = value.contents;
    if (isNode(value))
        return value;
    if (isPair(value)) {
        const map = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[MAP]
                : Symbol.iterator in Object(value)
                    ? schema[SEQ]
                    : schema[MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => isNode(it) || isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && isScalar(node) ? node.value : node;
        else
            return isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.BLOCK_FOLDED:
            case Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
    if (anchor && anchorIsValid(anchor)) {
        anchors.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : isScalar(node)
            ? stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (isCollection(key) || (!isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            isCollection(key) ||
            (isScalar(key)
                ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        console.warn(warning);
    }
}

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge$1 = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge$1.identify(key) ||
    (isScalar(key) &&
        (!key.type || key.type === Scalar.PLAIN) &&
        merge$1.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge$1.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

function addPairToJSMap(ctx, map, { key, value }) {
    if (isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (isMergeKey(ctx, key))
        addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (isNode(key) && ctx?.doc) {
        const strCtx = createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

function createPair(key, value, ctx) {
    const k = createNode(key, undefined, ctx);
    const v = createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, NODE_TYPE, { value: PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (isNode(key))
            key = key.clone(schema);
        if (isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (isPair(item)) {
            const ik = isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (isPair(item)) {
            const ik = isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

function findPair(items, key) {
    const k = isScalar(key) ? key.value : key;
    for (const it of items) {
        if (isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair(pair, pair?.value);
        }
        else
            _pair = new Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (isScalar(prev.value) && isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.from(schema, obj, ctx)
};

class YAMLSeq extends Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (isScalar(prev) && isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.from(schema, obj, ctx)
};

const string$1 = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString(item, ctx, onComment, onChompKeep);
    }
};

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

const floatNaN$1 = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber
};
const floatExp$1 = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
    }
};
const float$1 = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber
};

const intIdentify$2 = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve$1 = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify$1(node, radix, prefix) {
    const { value } = node;
    if (intIdentify$2(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber(node);
}
const intOct$1 = {
    identify: value => intIdentify$2(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve$1(str, 2, 8, opt),
    stringify: node => intStringify$1(node, 8, '0o')
};
const int$2 = {
    identify: intIdentify$2,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve$1(str, 0, 10, opt),
    stringify: stringifyNumber
};
const intHex$1 = {
    identify: value => intIdentify$2(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve$1(str, 2, 16, opt),
    stringify: node => intStringify$1(node, 16, '0x')
};

const schema$2 = [
    map,
    seq,
    string$1,
    nullTag,
    boolTag,
    intOct$1,
    int$2,
    intHex$1,
    floatNaN$1,
    floatExp$1,
    float$1
];

function intIdentify$1(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify$1,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema$1 = [map, seq].concat(jsonScalars, jsonError);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.BLOCK_LITERAL);
        if (type !== Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

function resolvePairs(seq, onError) {
    if (isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (isPair(item))
                continue;
            else if (isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair(new Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = isPair(item) ? item : new Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

class YAMLOMap extends YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (isPair(pair)) {
                key = toJS(pair.key, '', ctx);
                value = toJS(pair.value, key, ctx);
            }
            else {
                key = toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs = createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs = resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs.items) {
            if (isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar(false),
    stringify: boolStringify
};

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber
};

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int$1 = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

class YAMLSet extends YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair(key.key, null);
        else
            pair = new Pair(key, null);
        const prev = findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = findPair(this.items, key);
        return !keepPair && isPair(pair)
            ? isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

const schema = [
    map,
    seq,
    string$1,
    nullTag,
    trueTag,
    falseTag,
    intBin,
    intOct,
    int$1,
    intHex,
    floatNaN,
    floatExp,
    float,
    binary,
    merge$1,
    omap,
    pairs,
    set,
    intTime,
    floatTime,
    timestamp
];

const schemas = new Map([
    ['core', schema$2],
    ['failsafe', [map, seq, string$1]],
    ['json', schema$1],
    ['yaml11', schema],
    ['yaml-1.1', schema]
]);
const tagsByName = {
    binary,
    bool: boolTag,
    float: float$1,
    floatExp: floatExp$1,
    floatNaN: floatNaN$1,
    floatTime,
    int: int$2,
    intHex: intHex$1,
    intOct: intOct$1,
    intTime,
    map,
    merge: merge$1,
    null: nullTag,
    omap,
    pairs,
    seq,
    set,
    timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary,
    'tag:yaml.org,2002:merge': merge$1,
    'tag:yaml.org,2002:omap': omap,
    'tag:yaml.org,2002:pairs': pairs,
    'tag:yaml.org,2002:set': set,
    'tag:yaml.org,2002:timestamp': timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge$1)
            ? schemaTags.concat(merge$1)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge$1);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? getTags(compat, 'compat')
            : compat
                ? getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? coreKnownTags : {};
        this.tags = getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, MAP, { value: map });
        Object.defineProperty(this, SCALAR$1, { value: string$1 });
        Object.defineProperty(this, SEQ, { value: seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, NODE_TYPE, { value: DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [NODE_TYPE]: { value: DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode(value, tag, ctx);
        if (flow && isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (isEmptyPath(path))
            return !keepScalar && isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (isEmptyPath(path))
            return this.contents !== undefined;
        return isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (isScalar(a) && isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap : YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = isNode(res)
        ? res
        : new Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[SCALAR$1];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[SCALAR$1];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = isScalar(res) ? res : new Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[SCALAR$1]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[SCALAR$1];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[SCALAR$1];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[SCALAR$1];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode(ctx, value, props, onError)
        : composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new YAMLWarning(pos, code, message));
            else
                this.errors.push(new YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter = options.lineCounter || (prettyErrors && new LineCounter()) || null;
    return { lineCounter, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser = new Parser(lineCounter?.addNewLine);
    const composer = new Composer(options);
    const docs = Array.from(composer.compose(parser.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(prettifyError(source, lineCounter));
            doc.warnings.forEach(prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer.streamInfo());
}

/**
 * Reading a file the user named (config, contract, baseline, reports): regular files only, and
 * never more than a cap. The cap is enforced by the read itself, which stops one byte past it,
 * not by stat: a FIFO or a device reports size 0 and would otherwise be read forever.
 */
/** What a path is, in words, when it is not a regular file. */
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
/** "1 MiB", "64 MiB", "512 KiB". */
function describeBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
/**
 * The text of a regular file of at most `maxBytes` bytes; anything else is an InputError naming
 * `field` and the path. Opened without blocking, so a FIFO with no writer is refused at once.
 */
function readInputText(path, field, maxBytes) {
    const problem = (why) => new InputError(field, `cannot read ${quote$1(path)}: ${why}`);
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        throw problem(code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'ENXIO'
                    ? 'a socket'
                    : oneLine(error));
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile())
            throw problem(stats.isDirectory() ? 'is a folder' : `is ${kindOf(stats)}, not a regular file`);
        // One buffer, sized by stat and grown if the file says less than it holds (files under /proc
        // say 0), never past one byte beyond the cap, which tells "exactly at the cap" from "larger".
        const limit = maxBytes + 1;
        let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 64 * 1024)));
        let total = 0;
        while (total < limit) {
            if (total === buffer.length) {
                const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
                buffer.copy(larger, 0, 0, total);
                buffer = larger;
            }
            const n = readSync(fd, buffer, total, buffer.length - total, null);
            if (n === 0)
                break;
            total += n;
        }
        if (total > maxBytes)
            throw problem(`larger than ${describeBytes(maxBytes)}`);
        return buffer.toString('utf8', 0, total);
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        const code = error.code;
        throw problem(code === 'EISDIR' ? 'is a folder' : oneLine(error));
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Refuses a path that exists and is not a regular file (a FIFO would hang the read that follows,
 * a device would never end it). A missing file is left to the read, which says so its own way.
 */
function refuseIfNotRegular(path, field) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENXIO')
            throw new InputError(field, `cannot read ${quote$1(path)}: is a socket`);
        return;
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile() && !stats.isDirectory())
            throw new InputError(field, `cannot read ${quote$1(path)}: is ${kindOf(stats)}, not a regular file`);
    }
    finally {
        closeSync(fd);
    }
}

/**
 * A YAML or JSON file the user named (a configuration, a contract) as plain data: read through
 * the capped reader, parsed strictly, a mapping at the top. Each kind of file has its own reader
 * (config/load.ts, grading/contracts/index.ts) with its own cap; this is what they share.
 */
/**
 * The mapping at the top of a YAML or JSON file of at most `maxBytes` bytes (an empty file is an
 * empty mapping); YAML is a superset of JSON, so one parser serves both.
 */
function readMappingFile(path, field, maxBytes) {
    const text = readInputText(path, field, maxBytes);
    const value = parseYamlText(text, path);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new InputError(path, 'expected a mapping of options at the top level');
    }
    return value;
}
/**
 * YAML or JSON to plain data. Tags the parser does not know (`!foo`, `!!js/function`) and keys
 * that are not scalars are refused rather than warned about; duplicate keys are found with one
 * set per mapping (the parser's own check compares every pair with every other).
 */
function parseYamlText(text, path) {
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, {
        prettyErrors: true,
        uniqueKeys: false,
        logLevel: 'silent',
        lineCounter: lines
    });
    const bad = (why) => new InputError(path, `not valid YAML or JSON: ${why}`);
    if (!Array.isArray(docs) || docs.length === 0)
        return null;
    const doc = docs[0];
    if (docs.length > 1)
        throw bad(`more than one document${at(docs[1]?.range[0])}`);
    const first = doc.errors[0] ?? doc.warnings[0];
    if (first !== undefined)
        throw bad(firstLine(first));
    function at(offset) {
        if (offset === undefined)
            return '';
        const { line, col } = lines.linePos(offset);
        return ` at line ${line}, column ${col}`;
    }
    visit(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = pair.key;
                if (!isScalar(key))
                    throw bad(`a key must be a plain value, not a list or mapping${at(rangeOf(key))}`);
                const name = String(key.value);
                if (seen.has(name))
                    throw bad(`Map keys must be unique${at(key.range?.[0])}`);
                seen.add(name);
            }
        }
    });
    try {
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw bad(firstLine(error));
    }
}
function rangeOf(node) {
    return isNode(node) ? node.range?.[0] : undefined;
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return (text.split('\n')[0] ?? text).replace(/:$/, '').trim();
}

function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}

// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate$1 = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration$1 = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration$1);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (!desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set());
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = open.length > depth ? open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
function en () {
    return {
        localeError: error(),
    };
}

var _a;
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}

function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) ;
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};

/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

const parse$1 = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// Codec functions
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return parse$1(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate$1(this, data, params);
    },
    validateAsync(data, params) {
        return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
        return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(int(params));
    },
    safe(params) {
        return this.check(int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function int(params) {
    return _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
});
function boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
        partial: true,
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function custom(fn, _params) {
    return _custom(ZodCustom, (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}

/**
 * The dimensions, in the order a report and a key list them: every other list of them (the
 * report's schema, what a comparison measures) is checked against CellParams or built from this.
 */
const CELL_DIMENSIONS = [
    'scenario',
    'workers',
    'tasks',
    'callbackDelayMs',
    'taskMs',
    'callbacks',
    'repeat'
];
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
    oneCore: 1
};

/**
 * The shape of a configuration, from a YAML/JSON file, CLI flags or action inputs.
 * Every bound is here, so that an absurd value is refused with the bound in the message.
 */
const LIMITS = {
    workers: 256,
    tasks: 1_000_000,
    delayMs: 600_000,
    taskMs: 600_000,
    repeat: 100_000,
    callbacks: 16,
    targets: 32,
    cells: 10_000,
    timeoutMs: 3_600_000,
    /** A day: a budget is CI time, and a longer run belongs to a scheduled soak, not a guard. */
    budgetSeconds: 86_400,
    /** The rarest planted misroute a control may ask for: one callback in a billion. */
    controlOneIn: 1_000_000_000,
    /** worker-farm's counts and milliseconds (maxCallTime: an hour is past any cell's timeout). */
    farmOption: 3_600_000
};
// The bounds come before int(): a number past the safe range (9007199254740993) is not a safe
// integer, and the user should read the bound it breaks, not "expected a whole number".
const count$3 = (max, min = 1) => number({ error: 'expected a number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max.toLocaleString('en-US')}` })
    .int({ error: 'expected a whole number' });
const list = (item) => array(item, { error: 'expected a list' }).min(1, { error: 'must not be empty' });
const scenario = _enum(SCENARIOS, {
    error: issue => issue.input === undefined
        ? 'is required'
        : `unknown scenario ${quote$1(issue.input)}; expected one of ${SCENARIOS.join(', ')}`
});
const farmOptionsSchema = strictObject({
    maxRetries: count$3(LIMITS.farmOption, 0).optional(),
    maxCallTime: count$3(LIMITS.farmOption).optional(),
    maxConcurrentCalls: count$3(LIMITS.farmOption).optional(),
    maxConcurrentCallsPerWorker: count$3(LIMITS.farmOption).optional()
}, { error: 'expected a mapping of worker-farm options' });
const nonEmpty = string({ error: 'expected a string' })
    .trim()
    .min(1, { error: 'must not be empty' });
const targetSchema = strictObject({
    name: nonEmpty.max(80, { error: 'must be at most 80 characters' }).optional(),
    python: nonEmpty.optional(),
    executor: nonEmpty
        .regex(/^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$/, {
        error: 'expected "module:attr", for example concurrent.futures:ThreadPoolExecutor'
    })
        .optional(),
    pythonPath: array(nonEmpty, { error: 'expected a list of folders' }).optional(),
    pool: _enum(POOL_NAMES, {
        error: issue => `unknown pool ${quote$1(issue.input)}; expected one of ${POOL_NAMES.join(', ')}`
    })
        .optional(),
    adapter: nonEmpty.optional(),
    command: nonEmpty.optional(),
    contract: nonEmpty.optional(),
    poolOptions: farmOptionsSchema.optional()
})
    .superRefine((target, ctx) => {
    const kinds = [
        target.python !== undefined || target.executor !== undefined ? 'python/executor' : null,
        target.pool !== undefined || target.adapter !== undefined ? 'pool/adapter' : null,
        target.command !== undefined ? 'command' : null
    ].filter(k => k !== null);
    if (kinds.length > 1) {
        ctx.addIssue({ code: 'custom', message: `choose one of ${kinds.join(', ')}, not several` });
    }
    if (target.pool !== undefined && target.adapter !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'choose pool or adapter, not both' });
    }
    if (target.poolOptions !== undefined && target.pool !== 'worker-farm') {
        ctx.addIssue({
            code: 'custom',
            path: ['poolOptions'],
            message: 'only a worker-farm target (pool: worker-farm) takes pool options'
        });
    }
});
const experimentSchema = strictObject({
    name: nonEmpty.max(80, { error: 'must be at most 80 characters' }).optional(),
    scenario,
    workers: count$3(LIMITS.workers),
    tasks: count$3(LIMITS.tasks),
    callbackDelayMs: count$3(LIMITS.delayMs, 0).default(0),
    taskMs: count$3(LIMITS.taskMs, 0).default(0)
});
const matrixSchema = strictObject({
    scenarios: list(scenario).default([...SCENARIOS]),
    workers: list(count$3(LIMITS.workers)).default([4]),
    tasks: list(count$3(LIMITS.tasks)).default([16]),
    callbackDelayMs: list(count$3(LIMITS.delayMs, 0)).default([0]),
    taskMs: list(count$3(LIMITS.taskMs, 0)).default([10])
});
const DURATION_HINT = 'expected a duration such as 90s, 2m, 1h or a number of seconds';
/** "90s", "2m", "1h", "1.5m" or seconds (a number, or digits): milliseconds, or a problem. */
function parseDuration(value) {
    const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/.exec(String(value).trim());
    if (match === null || (typeof value === 'number' && !Number.isFinite(value)))
        return `${DURATION_HINT}, got ${quote$1(value)}`;
    const unit = match[2] === 'h' ? 3600 : match[2] === 'm' ? 60 : 1;
    const seconds = Number(match[1]) * unit;
    if (seconds < 1)
        return 'must be at least 1 s';
    if (seconds > LIMITS.budgetSeconds)
        return `must be at most ${LIMITS.budgetSeconds.toLocaleString('en-US')} s (a day)`;
    return Math.round(seconds * 1000);
}
const duration = union([number(), string()], { error: DURATION_HINT })
    .transform((value, ctx) => {
    const ms = parseDuration(value);
    if (typeof ms === 'string') {
        ctx.addIssue({ code: 'custom', message: ms });
        return NEVER;
    }
    return ms;
});
const CONTROL_HINT = `expected true, false or a whole number N from 2 to ${LIMITS.controlOneIn.toLocaleString('en-US')} (a misroute of one callback in N)`;
const PERTURB_HINT = `expected true, false or settings (${Object.keys(PERTURBATION_LIMITS).join(', ')})`;
/** Each perturbation setting, a whole number from 0 to its limit, 0 when not given. */
const perturbationSettings = strictObject(Object.fromEntries(Object.entries(PERTURBATION_LIMITS).map(([name, most]) => [name, count$3(most, 0).default(0)])));
const configSchema = strictObject({
    targets: list(targetSchema)
        .max(LIMITS.targets, { error: `at most ${LIMITS.targets} targets` })
        .default([{}]),
    matrix: matrixSchema.optional(),
    experiments: list(experimentSchema).optional(),
    repeat: count$3(LIMITS.repeat).default(1),
    callbacks: count$3(LIMITS.callbacks, 2).default(3),
    timeoutMs: count$3(LIMITS.timeoutMs, 100).default(30_000),
    /** Keep running the cells until this much time (ms once parsed) is spent (`--budget`). */
    budget: duration.optional(),
    /** With a budget: keep counting after a violation instead of stopping at the first. */
    keepGoing: boolean({ error: 'expected true or false' }).default(false),
    /**
     * With a budget: perturbed lanes for part of it (docs/performance.md). true: the default
     * perturbation; false: none (`--no-perturb`); or its settings (0: not this one).
     */
    perturb: union([boolean(), perturbationSettings], { error: PERTURB_HINT }).default(true),
    /**
     * A free-threaded Python target whose GIL came back on makes a pass an error (exit 3), not only
     * a warning (`--require-free-threading`; report/gil.ts).
     */
    requireFreeThreading: boolean({ error: 'expected true or false' }).default(false),
    /**
     * A positive control (`--control`): true, or N for a planted misroute of one callback in N
     * (true: CONTROL_ONE_IN); false or absent: none.
     */
    control: union([
        boolean(),
        number({ error: CONTROL_HINT })
            .int({ error: CONTROL_HINT })
            .min(2, { error: CONTROL_HINT })
            .max(LIMITS.controlOneIn, { error: CONTROL_HINT })
    ], { error: CONTROL_HINT })
        .optional()
});

/**
 * Configuration: read a YAML/JSON file, lay flags (CLI or action inputs) over it, validate.
 * Every problem becomes one InputError naming the field (or the flag) and what is wrong.
 */
/** The options that set a field of every target, by key, with the field each sets. */
const TARGET_OPTIONS = ENGINE_OPTIONS
    .filter(option => option.at === 'target')
    .map(option => ({
    option,
    field: option.field ?? option.key
}));
const MATRIX_KEYS = keysAt('matrix');
const TOP_KEYS = keysAt('top');
function keysAt(place) {
    return ENGINE_OPTIONS.filter(option => option.at === place).map(option => option.key);
}
/** A config file larger than this is refused unread (a real one is a few KiB). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Builds the validated configuration: file (if any), then overrides on top. */
function loadConfig(file, overrides = {}, labels = CLI_LABELS) {
    const raw = (file === undefined ? {} : readMappingFile(file, labels.config ?? '--config', MAX_CONFIG_BYTES));
    const origin = new Map(); // config path -> label of the flag that set it
    const merged = { ...raw };
    const targetOverrides = {};
    for (const { option, field } of TARGET_OPTIONS) {
        const value = overrides[option.key];
        if (value !== undefined) {
            const label = labels[option.key] ?? option.key;
            targetOverrides[field] =
                option.pairs === true ? poolOptionsOf(value, label) : value;
            origin.set(field, label);
        }
    }
    if (Object.keys(targetOverrides).length > 0) {
        const targets = Array.isArray(raw.targets) && raw.targets.length > 0 ? raw.targets : [{}];
        merged.targets = targets.map(t => typeof t === 'object' && t !== null
            ? { ...dropKinds(t, targetOverrides), ...targetOverrides }
            : t);
    }
    const matrixOverrides = {};
    for (const key of MATRIX_KEYS) {
        if (overrides[key] !== undefined) {
            matrixOverrides[key] = overrides[key];
            origin.set(`matrix.${key}`, labels[key] ?? key);
        }
    }
    if (Object.keys(matrixOverrides).length > 0) {
        const fileMatrix = typeof raw.matrix === 'object' && raw.matrix !== null ? raw.matrix : {};
        merged.matrix = { ...fileMatrix, ...matrixOverrides };
        delete merged.experiments; // flags describe a cross product; it replaces the file's list
    }
    for (const key of TOP_KEYS) {
        if (overrides[key] !== undefined) {
            merged[key] = overrides[key];
            origin.set(key, labels[key] ?? key);
        }
    }
    const result = configSchema.safeParse(merged, { reportInput: true });
    if (!result.success)
        throw issueToError(result.error.issues[0], file, origin);
    // Problems found later (a contract that does not load, a Python that does not start) name the
    // flag or input that set the field, like the problems found here.
    const fieldLabels = {};
    for (const { field } of TARGET_OPTIONS) {
        const label = origin.get(field);
        if (label !== undefined)
            fieldLabels[field] = label;
    }
    return Object.keys(fieldLabels).length === 0
        ? result.data
        : { ...result.data, labels: fieldLabels };
}
const KIND_FIELDS = {
    python: ['python', 'executor', 'pythonPath'],
    pool: ['pool', 'adapter', 'poolOptions'],
    command: ['command']
};
/** A flag that picks a kind of target (say --pool) drops the file's fields of the other kinds. */
function dropKinds(target, overrides) {
    const fields = Object.values(KIND_FIELDS);
    const chosen = fields.find(kind => kind.some(f => f in overrides));
    if (chosen === undefined)
        return target;
    const others = new Set(fields.filter(kind => kind !== chosen).flat());
    return Object.fromEntries(Object.entries(target).filter(([key]) => !others.has(key)));
}
function issueToError(issue, file, origin) {
    if (issue === undefined)
        return new InputError(file ?? 'config', 'invalid configuration');
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    let problem = issue.message;
    if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(path);
        const key = cut(issue.keys[0] ?? '');
        const near = known.length > 0 ? closest(key, known) : undefined;
        const hint = near !== undefined && distance(key, near) <= Math.max(2, Math.floor(key.length / 3))
            ? `; did you mean ${JSON.stringify(near)}?`
            : `; known keys: ${known.join(', ')}`;
        return new InputError(fieldName$1([...path, key], file, origin), `unknown key${hint}`);
    }
    if (issue.code === 'invalid_type' && issue.input === undefined)
        problem = 'is required';
    return new InputError(fieldName$1(path, file, origin), problem);
}
function knownKeys(path) {
    const shapeOf = (schema) => Object.keys(schema.shape);
    if (path.length === 0)
        return shapeOf(configSchema);
    if (path[0] === 'matrix')
        return shapeOf(matrixSchema);
    if (path[0] === 'experiments')
        return shapeOf(experimentSchema);
    if (path[0] === 'targets' && path[2] === 'poolOptions')
        return [...FARM_OPTION_NAMES];
    if (path[0] === 'targets')
        return shapeOf(targetSchema);
    return [];
}
/** "targets[0].executor", or the flag that set it, prefixed by the file when it came from one. */
function fieldName$1(path, file, origin) {
    const dotted = path
        .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
        .join('');
    for (const [prefix, label] of origin) {
        const underTargets = path[0] === 'targets' && path.length >= 3 && path[2] === prefix;
        if (dotted === prefix || dotted.startsWith(`${prefix}[`) || underTargets)
            return label;
    }
    if (dotted === '')
        return file ?? 'config';
    return file === undefined ? dotted : `${file}: ${dotted}`;
}

/**
 * Every string from a probe, a config or a report file is text, whatever it holds. One function
 * per sink, applied where the string enters it: md()/code() for Markdown and HTML, plain() for the
 * terminal and the log (workflow-command messages and properties too: @actions/core escapes `%`,
 * CR, LF, `:` and `,` on top), xmlText() for JUnit; Mermaid labels go through mermaidText() in
 * markdown.ts, built on plain(). echoValue() shortens a report's value echoed in an error, made
 * plain first (errors.ts's cut() shortens a configuration's values, which quote() JSON-escapes).
 */
// Characters that start markup anywhere in a line (links, emphasis, code, HTML, tables, math).
const MARKDOWN_SPECIAL = /[\\`*_[\]|<>&~$]/g;
const ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
/* eslint-disable no-control-regex -- finding control characters is the point */
/** C0 and C1 controls and DEL; CR, LF and TAB are handled before (they become a space). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Invisible characters that change how a line reads: bidi embeddings, overrides and isolates
 * (the "Trojan Source" characters), line and paragraph separators, zero-width space, BOM.
 */
const INVISIBLES = /[\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** What GitHub turns into a notification or a link: @mentions, #123 and GH-123, bare URLs. */
const NOTIFIERS = /@(?=[A-Za-z0-9_])|#(?=\d)|\bGH-(?=\d)|:(?=\/\/)|\bwww(?=\.\S)/gi;
/** Breaks a notifier without changing what the reader sees: a zero-width space after it. */
const ZWSP = '\u200b';
/**
 * Whether md() or plain() would change anything but the length: any character one of the
 * patterns above acts on, or the start of a notifier. Most strings of a report (ids, titles,
 * parameters) have none, and a report renders hundreds of thousands of them.
 */
const NEEDS_ESCAPING = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff@#:\\`*_[\]|<>&~$]|GH-|www\./i;
/** At most max characters, with "…" when cut; never splits a surrogate pair. */
function shorten(text, max, ellipsis = '…') {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - ellipsis.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}${ellipsis}`;
}
/** \u202e for a character a reader would not see. */
function visibleEscape(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    return cp <= 0xff
        ? `\\x${cp.toString(16).padStart(2, '0')}`
        : `\\u${cp.toString(16).padStart(4, '0')}`;
}
/** One table cell or inline phrase of Markdown: no newlines, no markup, no HTML, no mentions. */
function md(text, max = 200) {
    if (!NEEDS_ESCAPING.test(text))
        return shorten(text, max);
    const flat = text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(CONTROLS, '')
        .replace(INVISIBLES, visibleEscape);
    // Notifiers first: the entities that escaping adds (&#124;) must stay whole.
    return shorten(flat, max)
        .replace(NOTIFIERS, found => `${found}${ZWSP}`)
        .replace(MARKDOWN_SPECIAL, ch => ENTITIES[ch] ?? `\\${ch}`);
}
/** Inline code for a value; backticks and HTML cannot escape it. */
function code(text, max = 120) {
    return `<code>${md(text, max)}</code>`;
}
/**
 * A terminal or log line: no control byte (no escape sequence from a probe), no line break, and
 * the invisible characters that reorder or split a line shown as escapes (`\u202e`).
 */
function plain(text, max = 200) {
    if (!NEEDS_ESCAPING.test(text))
        return shorten(text, max);
    const flat = text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(CONTROLS, visibleEscape)
        .replace(INVISIBLES, visibleEscape);
    return shorten(flat, max);
}
/**
 * Text that XML 1.0 can hold: characters outside its Char production (controls other than TAB,
 * LF, CR; lone surrogates; U+FFFE, U+FFFF) cannot be written even as references, so they are
 * shown as escapes (`\x1b`). `&` is escaped here: xmlbuilder2 leaves anything that looks like an
 * entity reference (`&A;`, and `&#12;` in attributes) as it is, which a parser then refuses; it
 * leaves our `&amp;` alone too, and escapes `<`, `>` and quotes itself.
 */
function xmlText(text, max = 4000) {
    return shorten(text, max)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, visibleEscape)
        .replace(/&/g, '&amp;');
}
/** A value from a report echoed in an error: plain, at most `max` characters, "..." when cut. */
function echoValue(text, max = 80) {
    return shorten(plain(text, Number.MAX_SAFE_INTEGER), max, '...');
}

/**
 * Exact (Clopper-Pearson) confidence bounds on a rate seen as `k` events in `n` trials, from
 * the inverse of the regularized incomplete beta function. Invariant: every bound is a number in
 * [0, 1]; n = 0 says nothing (upper bound 1), k = n leaves the upper bound at 1.
 */
/** One-sided 95% upper bound on the rate: with k = 0 it is 1 - 0.05^(1/n), about 3/n. */
function upperBound(k, n, confidence = 0.95) {
    checkCounts(k, n);
    if (n === 0 || k >= n)
        return 1;
    // Closed form for k = 0: (1 - p)^n = alpha; expm1 keeps its precision for large n.
    if (k === 0)
        return -Math.expm1(Math.log(1 - confidence) / n);
    return inverseBeta(confidence, k + 1, n - k);
}
/** Two-sided interval on the rate (95% by default): [lower, upper]. */
function rateInterval(k, n, confidence = 0.95) {
    checkCounts(k, n);
    if (n === 0)
        return [0, 1];
    const tail = (1 - confidence) / 2;
    const lower = k === 0 ? 0 : inverseBeta(tail, k, n - k + 1);
    const upper = k >= n ? 1 : inverseBeta(1 - tail, k + 1, n - k);
    return [lower, upper];
}
function checkCounts(k, n) {
    if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n)
        throw new RangeError(`expected whole counts 0 <= k <= n, got k=${k}, n=${n}`);
}
/**
 * The x in [0, 1] with I_x(a, b) = p. I_x is increasing in x, so bisection finds it; it stops at
 * a relative width of 1e-13, which small rates (1e-8) need and an absolute width would not give.
 */
function inverseBeta(p, a, b) {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 2_000 && hi - lo > 1e-13 * hi; i++) {
        const mid = lo + (hi - lo) / 2;
        if (regularizedBeta(mid, a, b) < p)
            lo = mid;
        else
            hi = mid;
    }
    return lo + (hi - lo) / 2;
}
/** I_x(a, b), the regularized incomplete beta function (Numerical Recipes 6.4, from the maths). */
function regularizedBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    const front = Math.exp(logFront);
    // The continued fraction converges fast below the mean; above it, use I_x(a,b) = 1 - I_{1-x}(b,a).
    if (x < (a + 1) / (a + b + 2))
        return (front * betaFraction(x, a, b)) / a;
    return 1 - (front * betaFraction(1 - x, b, a)) / b;
}
/** The continued fraction of the incomplete beta function, by the modified Lentz method. */
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    // It takes about sqrt(max(a, b)) steps; a million trials need a thousand or so.
    const maxSteps = 10_000 + 10 * Math.ceil(Math.sqrt(Math.max(a, b)));
    for (let m = 1; m <= maxSteps; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** Stirling series coefficients B_2k / (2k (2k - 1)), k = 1..7. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];
/**
 * ln Γ(x) for x > 0: the Stirling series at x >= 10 (the next term is below 1e-16 there), reached
 * from smaller x by Γ(x) = Γ(x + 1) / x.
 */
function logGamma(x) {
    let shift = 0;
    let y = x;
    while (y < 10) {
        shift += Math.log(y);
        y += 1;
    }
    const inverse = 1 / y;
    const inverseSquare = inverse * inverse;
    let series = 0;
    let power = inverse;
    for (const c of STIRLING) {
        series += c * power;
        power *= inverseSquare;
    }
    return (y - 0.5) * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/**
 * The words a probe reports its facts in (docs/protocol.md, "Outcomes"): the one definition. The
 * protocol's schema, the grading and the Node probe read them here; the Python probe reads them
 * from its generated module (`npm run generate`), so no word is spelt twice.
 */
/** The future's state just before the callback was registered. */
const REGISTERED_STATES = ['pending', 'running', 'not-done', 'done', 'cancelled'];
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
const NOT_DONE_STATES = [
    'pending',
    'running',
    'not-done'
];
/** Where the callback ran (its first run). */
const RAN_ON = [
    'task-thread',
    'caller-thread',
    'other-thread',
    'other-process',
    'never'
];
/** Whether the callback started after every earlier-registered callback that ran. */
const ORDERS = ['in-order', 'out-of-order'];
/** `raising`: the future's first callback raises; the others run after it. */
const ROLES = ['raiser', 'after-raiser'];
/** The `error` fact's values: worker-farm's own error types, any other error, or none. */
const ERROR_TYPES = [
    'none',
    'ProcessTerminatedError',
    'TimeoutError',
    'MaxConcurrentCallsError',
    'other'
];
/**
 * overload and ending: where the call stood (past the pool's maxConcurrentCalls or within it; in
 * progress or queued when end() was called).
 */
const CALL_POSITIONS = ['within-limit', 'past-limit', 'in-progress', 'queued'];

/**
 * The version of the probe protocol (docs/protocol.md) this engine speaks, in its own module so
 * the Node probe's bundle reads it without the validation (zod) of protocol.ts. The Node probe
 * says this number in its hello; a test checks that the Python probe says it too.
 */
const PROTOCOL_VERSION = 1;

/**
 * Messages of the probe protocol (docs/protocol.md), validated as they arrive: a probe is
 * another program, and a regression guard must not trust what it cannot check.
 */
/** What a fact is: a name, a number or a flag (the one definition; contracts and reports use it). */
const factValue = union([string(), number(), boolean()]);
const factsSchema = looseObject({
    // not-done: the future has no running() and the probe cannot tell pending from running.
    registered: _enum(REGISTERED_STATES),
    ranOn: _enum(RAN_ON),
    inline: boolean(),
    calls: number().int().min(0),
    order: _enum(ORDERS).optional(),
    role: _enum(ROLES).optional(),
    // cancel only: what cancel() returned (absent when the probe does not know).
    cancelled: boolean().optional(),
    // Callback APIs: the error the callback got on its first run, by its type (err.type, else its
    // name): worker-farm's own errors by name, any other error 'other'; 'none' when it got none
    // or never ran.
    error: _enum(ERROR_TYPES).optional(),
    // overload and ending: where the call stood (past the pool's maxConcurrentCalls or within
    // it; in progress or queued when end() was called).
    call: _enum(CALL_POSITIONS).optional()
})
    .catchall(factValue);
const sampleSchema = strictObject({
    task: string().nullable(),
    callback: string().nullable(),
    caller: string().nullable()
});
const outcomeSchema = strictObject({
    facts: factsSchema,
    count: number().int().min(1),
    samples: array(sampleSchema).max(10).default([])
});
/**
 * The GIL as the Python probe saw it (docs/protocol.md): the build, and whether the GIL was
 * enabled before the executor's module was imported, after it, and at the end of the run (the
 * `end` message). null: could not be observed. `observedWith`: `sys._is_gil_enabled` (3.13+),
 * or `build` (no such function: a default build always holds the GIL).
 */
const gilSchema = object({
    build: _enum(['free-threaded', 'default']),
    beforeImport: boolean().nullable(),
    afterImport: boolean().nullable(),
    atEnd: boolean().nullable().optional(),
    observedWith: _enum(['sys._is_gil_enabled', 'build'])
});
const runtimeSchema = looseObject({
    implementation: string(),
    version: string(),
    executor: string(),
    /** The executor's package version, when the probe can tell (a Node pool's is in its name). */
    executorVersion: string().optional(),
    platform: string().optional(),
    /** Python probes: the GIL on record (optional: older and other probes do not say). */
    gil: gilSchema.optional()
});
const probeMessageSchema = discriminatedUnion('type', [
    strictObject({
        type: literal('hello'),
        protocol: number().int(),
        runtime: runtimeSchema,
        scenarios: array(string()),
        // Why the probe cannot run each scenario it does not list (optional: protocol 1 probes
        // written before it still speak the protocol).
        unsupported: record(string(), string()).optional()
    }),
    strictObject({ type: literal('fatal'), field: string(), message: string() }),
    strictObject({
        type: literal('progress'),
        id: string(),
        done: number().min(0),
        total: number().min(0)
    }),
    strictObject({
        type: literal('result'),
        id: string(),
        outcomes: array(outcomeSchema),
        stats: record(string(), number()).default({})
    }),
    strictObject({ type: literal('cell-error'), id: string(), message: string() }),
    strictObject({ type: literal('skipped'), id: string(), reason: string() }),
    // The answer to bye (optional: a probe may just exit): the GIL's state at the end of the run.
    strictObject({
        type: literal('end'),
        gil: strictObject({ atEnd: boolean().nullable() }).optional()
    })
]);

/**
 * All grading happens here: each observed outcome is checked against the contract's rules.
 *
 * - A rule applies to an outcome when its `given` matches; it holds when its `expect` matches.
 * - An outcome breaking an applicable rule is forbidden, unless an `interesting` entry matches it
 *   and waives exactly the rules it breaks: then it is interesting (allowed, worth a look).
 * - An outcome that no rule with a non-empty `given` speaks about is forbidden ("unlisted"),
 *   as jcstress forbids every outcome its test does not list.
 */
/*
 * What grading produces, as schemas: the one definition of these shapes. The types below are
 * inferred from them, and a report read back from a file is validated with them (report/model.ts).
 */
const count$2 = number().int().min(0);
/** How often an outcome was seen: an outcome seen 0 times is not evidence of anything. */
const seenCount = number().int().min(1);
const gradeSchema = _enum(['acceptable', 'interesting', 'forbidden']);
const breachSchema = object({
    rule: string(),
    says: string(),
    source: string(),
    /** The facts the rule expected and the values it allows, only where the outcome differs. */
    expected: record(string(), array(factValue)),
    observed: record(string(), factValue)
});
/** A probe's outcome with its grade. Read back from a file, a sample's unknown keys are dropped. */
const gradedOutcomeSchema = object({
    facts: factsSchema,
    count: seenCount,
    samples: array(object(sampleSchema.shape)).max(10).default([]),
    grade: gradeSchema,
    /** The rules that spoke about this outcome (or the interesting entry that allowed it). */
    rules: array(string()),
    broken: array(breachSchema)
});
const violationSchema = object({
    rule: string(),
    says: string(),
    source: string(),
    /** How many callbacks broke the rule. */
    count: count$2,
    expected: record(string(), array(factValue)),
    observed: array(record(string(), factValue)),
    samples: array(object(sampleSchema.shape))
});
const UNLISTED = {
    rule: 'unlisted',
    says: 'The contract has no rule for this outcome, and an outcome a contract does not list is forbidden.',
    source: 'contract'
};
function gradeOutcomes(scenario, outcomes, contract) {
    return outcomes.map(o => gradeOutcome(scenario, o, contract));
}
function gradeOutcome(scenario, outcome, contract) {
    // The cell's scenario wins over a fact of that name: an outcome cannot choose its rules.
    const facts = { ...outcome.facts, scenario };
    const applicable = contract.rules.filter(r => matches(r.given, facts));
    const broken = applicable.filter(r => !matches(r.expect, facts)).map(r => breach(r, facts));
    const listed = applicable.some(r => Object.keys(r.given).length > 0);
    if (broken.length === 0 && listed) {
        return { ...outcome, grade: 'acceptable', rules: applicable.map(r => r.id), broken: [] };
    }
    const waiver = contract.interesting.find(i => matches(i.given, facts) &&
        matches(i.expect, facts) &&
        broken.every(b => i.waives.includes(b.rule)));
    if (waiver !== undefined)
        return { ...outcome, grade: 'interesting', rules: [waiver.id], broken: [] };
    const all = listed
        ? broken
        : [...broken, { ...UNLISTED, expected: {}, observed: { ...outcome.facts, scenario } }];
    return { ...outcome, grade: 'forbidden', rules: applicable.map(r => r.id), broken: all };
}
/** Forbidden outcomes grouped by the rule they break: what the report shows for a failing cell. */
/** A cell with a violation fails; one whose every outcome is allowed passes. */
function verdictOf(violations) {
    return violations.length > 0 ? 'fail' : 'pass';
}
function violationsOf(graded) {
    if (graded.every(o => o.broken.length === 0))
        return [];
    const byRule = new Map();
    for (const o of graded) {
        for (const b of o.broken) {
            let v = byRule.get(b.rule);
            if (v === undefined) {
                v = {
                    rule: b.rule,
                    says: b.says,
                    source: b.source,
                    count: 0,
                    expected: b.expected,
                    observed: [],
                    samples: []
                };
                byRule.set(b.rule, v);
            }
            v.count += o.count;
            v.observed.push(b.observed);
            for (const s of o.samples)
                if (v.samples.length < 3)
                    v.samples.push(s);
        }
    }
    return [...byRule.values()].sort((a, b) => b.count - a.count);
}
/** A pattern as (fact, allowed values) pairs, made once per pattern: grading runs per outcome. */
const patternEntries = new WeakMap();
function matches(pattern, facts) {
    let entries = patternEntries.get(pattern);
    if (entries === undefined) {
        entries = Object.entries(pattern).map(([name, allowed]) => [name, asList(allowed)]);
        patternEntries.set(pattern, entries);
    }
    for (const [name, allowed] of entries) {
        const value = Object.hasOwn(facts, name) ? facts[name] : undefined;
        if (value === undefined || !allowed.includes(value))
            return false;
    }
    return true;
}
function breach(rule, facts) {
    const expected = {};
    const observed = {};
    for (const [name, allowed] of Object.entries(rule.expect)) {
        const value = facts[name];
        const list = asList(allowed);
        if (value === undefined || !list.includes(value)) {
            expected[name] = list;
            observed[name] = value ?? '(absent)';
        }
    }
    return { rule: rule.id, says: rule.says, source: rule.source, expected, observed };
}
function asList(v) {
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Every rule of every target's contract, in contract order; `unlisted` follows when outcomes no
 * rule speaks about were seen (it is checked against every callback).
 */
function collectEvidence(targets, contracts, cells) {
    const out = [];
    const byTarget = cellsByTarget(cells);
    for (const target of targets) {
        const contract = contractOf$1(contracts, target);
        if (contract === undefined)
            continue;
        const mine = byTarget.get(target.name) ?? [];
        const givens = matcherOf(contract.rules.map(r => r.given));
        const tally = new Map(contract.rules.map(r => [r.id, { checked: 0, broken: 0 }]));
        // By rule, in contract order (a contract may repeat an id: both add to its one entry).
        const byRule = contract.rules.map(r => tally.get(r.id));
        let callbacks = 0;
        let unlisted = 0;
        for (const cell of mine)
            for (const o of cell.outcomes) {
                callbacks += o.count;
                givens(cell.scenario, o.facts).forEach((hit, i) => {
                    if (hit)
                        byRule[i].checked += o.count;
                });
                for (const b of o.broken) {
                    const t = tally.get(b.rule);
                    if (t !== undefined)
                        t.broken += o.count;
                    else if (b.rule === UNLISTED.rule)
                        unlisted += o.count;
                }
            }
        for (const [rule, t] of tally)
            out.push(entry(target.name, rule, t.checked, t.broken));
        if (unlisted > 0)
            out.push(entry(target.name, UNLISTED.rule, callbacks, unlisted));
    }
    return out;
}
function entry(target, rule, checked, broken) {
    return { target, rule, checked, broken, upperBound: upperBound(broken, checked) };
}
/** Every target at a glance, in one pass over the cells (targets without cells are absent). */
function targetsEvidence(cells) {
    const totals = new Map();
    for (const c of cells) {
        let t = totals.get(c.target);
        if (t === undefined) {
            t = { callbacks: 0, forbidden: 0 };
            totals.set(c.target, t);
        }
        for (const o of c.outcomes) {
            t.callbacks += o.count;
            if (o.grade === 'forbidden')
                t.forbidden += o.count;
        }
    }
    const out = new Map();
    for (const [target, t] of totals)
        out.set(target, { target, ...t, upperBound: upperBound(t.forbidden, t.callbacks) });
    return out;
}
function interestingRates(targets, contracts, cells) {
    // An outcome the entry allowed always matches its given; guard a hand-edited report anyway.
    return interestingTallies(targets, contracts, cells)
        .filter(t => t.count > 0)
        .map(t => {
        const of = Math.max(t.of, t.count);
        return { ...t, of, interval: rateInterval(t.count, of) };
    });
}
/** Every interesting entry of every target's contract, in contract order, seen or not. */
function interestingTallies(targets, contracts, cells) {
    const out = [];
    const byTarget = cellsByTarget(cells);
    for (const target of targets) {
        const contract = contractOf$1(contracts, target);
        if (contract === undefined)
            continue;
        const mine = byTarget.get(target.name) ?? [];
        const givens = matcherOf(contract.interesting.map(e => e.given));
        contract.interesting.forEach((entry, i) => {
            let count = 0;
            let of = 0;
            for (const cell of mine) {
                for (const o of cell.outcomes) {
                    if (givens(cell.scenario, o.facts)[i] === true)
                        of += o.count;
                    if (o.grade === 'interesting' && o.rules.includes(entry.id))
                        count += o.count;
                }
            }
            out.push({ target: target.name, entry: entry.id, count, of });
        });
    }
    return out;
}
/**
 * Which of the patterns an outcome's facts match, with the cell's scenario, which wins over a fact
 * of that name as it does in grading. Judged outcomes share their facts objects (report/read/judge.ts),
 * so a report of 100,000 cells matches each distinct object once.
 */
function matcherOf(patterns) {
    const seen = new Map();
    return (scenario, facts) => {
        let byScenario = seen.get(facts);
        if (byScenario === undefined) {
            byScenario = new Map();
            seen.set(facts, byScenario);
        }
        let hits = byScenario.get(scenario);
        if (hits === undefined) {
            const withScenario = { ...facts, scenario };
            hits = patterns.map(p => matches(p, withScenario));
            byScenario.set(scenario, hits);
        }
        return hits;
    };
}
/** A target's contract by name, own properties only: a report may name "constructor". */
function contractOf$1(contracts, target) {
    return Object.hasOwn(contracts, target.contract) ? contracts[target.contract] : undefined;
}
/** Cells grouped by target once, so the work is linear in the cells, not targets x cells. */
function cellsByTarget(cells) {
    const groups = new Map();
    for (const c of cells) {
        const list = groups.get(c.target);
        if (list === undefined)
            groups.set(c.target, [c]);
        else
            list.push(c);
    }
    return groups;
}

/**
 * Has an interesting outcome's rate drifted? This run's count against the pooled count of the
 * earlier runs of the same target fingerprint, by the exact conditional test for two Poisson
 * rates (given the total, this run's share is binomial), Bonferroni-corrected over the series a
 * report tests. The rate of a race also moves with the load of the machine, which a pure counting
 * test would call significant, so the counts are divided by the dispersion the earlier runs show
 * among themselves (quasi-Poisson: 1 when they vary as counting alone would), and only a change of
 * at least MIN_RATIO either way is flagged. Invariant: under an unchanged rate with counting
 * noise, the chance that any series of a report is flagged is at most the alpha given.
 */
/** Earlier runs needed before a series is tested. */
const MIN_EARLIER_RUNS = 3;
/** The smallest change of rate flagged, either way. */
const MIN_RATIO = 3;
/**
 * For each series (oldest first, this run last), its drift test; undefined where it cannot be
 * tested (too few earlier runs, or no callback in this run or before).
 */
function testDrift(series, alpha) {
    const tests = series.map(prepare);
    const tested = tests.filter(t => t !== undefined).length;
    const threshold = tested === 0 ? alpha : alpha / tested;
    return tests.map(t => {
        if (t === undefined)
            return undefined;
        const { k0, n0, k1, n1, runs, dispersion } = t;
        const pValue = conditionalPValue(k0 / dispersion, n0, k1 / dispersion, n1);
        const rate = k1 / n1;
        const earlierRate = k0 / n0;
        const ratio = earlierRate === 0 ? (rate === 0 ? 1 : Infinity) : rate / earlierRate;
        const big = ratio >= MIN_RATIO || ratio <= 1 / MIN_RATIO;
        return {
            rate,
            earlierRate,
            earlierRuns: runs,
            dispersion,
            pValue,
            threshold,
            flagged: pValue < threshold && big
        };
    });
}
function prepare(runs) {
    const now = runs[runs.length - 1];
    const earlier = runs.slice(0, -1).filter(r => r.of > 0);
    if (now === undefined || now.of === 0 || earlier.length < MIN_EARLIER_RUNS)
        return undefined;
    let k0 = 0;
    let n0 = 0;
    for (const r of earlier) {
        k0 += r.count;
        n0 += r.of;
    }
    if (k0 + now.count === 0)
        return undefined;
    return {
        k0,
        n0,
        k1: now.count,
        n1: now.of,
        runs: earlier.length,
        dispersion: dispersionOf(earlier, k0 / n0)
    };
}
/**
 * Pearson's chi-square of the earlier runs against their pooled rate, over its degrees of
 * freedom: about 1 when they differ by counting noise alone, more when the rate itself moves.
 */
function dispersionOf(runs, rate) {
    if (rate <= 0 || runs.length < 2)
        return 1;
    let chi = 0;
    for (const r of runs) {
        const expected = rate * r.of;
        chi += (r.count - expected) ** 2 / expected;
    }
    return Math.max(1, chi / (runs.length - 1));
}
/**
 * Two-sided p-value of k1 events in n1 trials against k0 in n0, for rare events: given the
 * k = k0 + k1 events, k1 is Binomial(k, n1 / (n0 + n1)) when the rates are equal. Doubled smaller
 * tail, capped at 1. Counts divided by a dispersion need not be whole: the tails are the
 * incomplete beta function, which takes any positive arguments.
 */
function conditionalPValue(k0, n0, k1, n1) {
    const k = k0 + k1;
    const share = n1 / (n0 + n1);
    const upper = binomialAtLeast(k1, k, share);
    const lower = 1 - binomialAtLeast(k1 + 1, k, share);
    return Math.min(1, 2 * Math.min(upper, lower));
}
/** P(X >= x) for X ~ Binomial(n, p): I_p(x, n - x + 1). */
function binomialAtLeast(x, n, p) {
    if (x <= 0)
        return 1;
    if (x > n)
        return 0;
    if (p >= 1)
        return 1;
    return regularizedBeta(p, x, n - x + 1);
}
/** Eight heights, lowest first. */
const BARS = '▁▂▃▄▅▆▇█';
/**
 * Rates as bars, from zero to the highest of them: noise of a few percent stays flat, a tenfold
 * move does not. All zero is all low.
 */
function sparkline(rates) {
    let high = 0;
    for (const r of rates)
        if (r > high)
            high = r;
    return rates
        .map(r => BARS[high <= 0 ? 0 : Math.max(0, Math.min(7, Math.floor((r / high) * 8)))])
        .join('');
}

/**
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: rate below 1.2 in a
 * million, 95% confidence", per target, and the rate of each interesting outcome with its
 * interval. The numbers come from src/grading/evidence.ts; this file only words them. Strings
 * here are plain: each sink escapes them (plain() in the terminal, text()/code() in Markdown).
 */
/** The report's evidence, or the same derived from its cells (a report that predates it). */
function evidenceOf(report) {
    return report.evidence ?? collectEvidence(report.targets, report.contracts, report.cells);
}
/** Callbacks graded over the whole report: the Action's `callbacks-checked`. */
function callbacksChecked(report) {
    return report.cells.reduce((n, c) => n + c.outcomes.reduce((m, o) => m + o.count, 0), 0);
}
/**
 * The largest upper bound among rules that were checked (the Action's `worst-upper-bound`);
 * undefined when none was. Rules the matrix never exercised are listed in the report instead:
 * their bound of 1 would hide every other.
 */
function worstUpperBound(report) {
    const checked = evidenceOf(report).filter(e => e.checked > 0);
    // A loop, not Math.max(...): a merged report's targets are not capped, nor its evidence rows.
    let worst;
    for (const e of checked)
        if (worst === undefined || e.upperBound > worst)
            worst = e.upperBound;
    return worst;
}
function interestingRatesOf(report) {
    return interestingRates(report.targets, report.contracts, report.cells);
}
const UNITS = [
    [1e3, 'in a thousand'],
    [1e6, 'in a million'],
    [1e9, 'in a billion'],
    [1e12, 'in a trillion']
];
/** The unit a rate reads best in: percent down to 1%, then the first "in a ..." that makes it >= 1. */
function unitOf(rate) {
    if (rate >= 0.01 || rate === 0)
        return [100, '%'];
    return UNITS.find(([scale]) => rate * scale >= 1) ?? UNITS[UNITS.length - 1];
}
/** Two significant digits, no exponent: 1.2, 26, 0.31, 123. */
function figure(value) {
    if (value >= 100)
        return Math.round(value).toLocaleString('en-US');
    if (value === 0)
        return '0';
    return Number(value.toPrecision(2)).toString();
}
function scaled(value, [scale, unit]) {
    return unit === '%' ? `${figure(value * scale)}%` : `${figure(value * scale)} ${unit}`;
}
/** Per target, counted once per report: every renderer words every target. */
const targetsEvidenceByReport = new WeakMap();
function targetsEvidenceOf(report) {
    let byTarget = targetsEvidenceByReport.get(report);
    if (byTarget === undefined) {
        byTarget = targetsEvidence(report.cells);
        targetsEvidenceByReport.set(report, byTarget);
    }
    return byTarget;
}
/**
 * The evidence rows of each target, grouped once per evidence list: a report of 4,000 targets
 * filtered the whole list for each (10 s of a 4,000-report merge).
 */
const evidenceByTargetOf = new WeakMap();
function evidenceByTarget(evidence) {
    let byTarget = evidenceByTargetOf.get(evidence);
    if (byTarget === undefined) {
        byTarget = new Map();
        for (const e of evidence) {
            const rows = byTarget.get(e.target);
            if (rows === undefined)
                byTarget.set(e.target, [e]);
            else
                rows.push(e);
        }
        evidenceByTargetOf.set(evidence, byTarget);
    }
    return byTarget;
}
/** "1.2 in a million", "26%". */
function rateWords(rate) {
    return scaled(rate, unitOf(rate));
}
function count$1(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
/** "no violation in 2,400,000 callbacks: rate below 1.2 in a million, 95% confidence". */
function boundSentence(broken, checked, upperBound) {
    if (checked === 0)
        return 'no callback checked, so no bound';
    const what = broken === 0
        ? `no violation in ${count$1(checked, 'callback')}`
        : `${count$1(broken, 'violation')} in ${count$1(checked, 'callback')}`;
    return upperBound >= 1
        ? `${what}: no bound below 100%`
        : `${what}: rate below ${rateWords(upperBound)}, 95% confidence`;
}
/** One target in a line: its whole histogram, the rule with the least evidence, unchecked rules. */
function targetEvidenceWords(report, target) {
    const t = targetsEvidenceOf(report).get(target) ?? {
        callbacks: 0,
        forbidden: 0,
        upperBound: 1
    };
    const rules = evidenceByTarget(evidenceOf(report)).get(target) ?? [];
    const weakest = rules
        .filter(e => e.checked > 0)
        .reduce((w, e) => (w === undefined || e.upperBound > w.upperBound ? e : w), undefined);
    const parts = [boundSentence(t.forbidden, t.callbacks, t.upperBound)];
    // The rule checked least often bounds less; say so when it is not the whole line's bound.
    if (weakest !== undefined && weakest.upperBound > t.upperBound)
        parts.push(`weakest rule ${weakest.rule}: ${boundSentence(weakest.broken, weakest.checked, weakest.upperBound)}`);
    const unchecked = rules.filter(e => e.checked === 0).map(e => e.rule);
    if (unchecked.length > 0)
        parts.push(`not checked: ${unchecked.join(', ')}`);
    return parts.join('; ');
}
/** "533 of 1,000 callbacks: 53% (95% interval 50% to 56%)". */
function interestingWords(r) {
    const unit = unitOf(r.count / r.of);
    const [low, high] = r.interval;
    return `${r.count.toLocaleString('en-US')} of ${count$1(r.of, 'callback')}: ${scaled(r.count / r.of, unit)} (95% interval ${scaled(low, unit)} to ${scaled(high, unit)})`;
}
/** "budget: 1m 05s left, 1,234,567 callbacks checked (python3.8 ThreadPoolExecutor 600,000, ...)". */
function budgetWords(progress) {
    const seconds = Math.ceil(progress.leftMs / 1000);
    const left = seconds >= 60
        ? `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`
        : `${seconds}s`;
    const total = progress.callbacks.reduce((n, t) => n + t.callbacks, 0);
    const perTarget = progress.callbacks
        .map(t => `${t.target} ${t.callbacks.toLocaleString('en-US')}`)
        .join(', ');
    return `budget: ${left} left, ${total.toLocaleString('en-US')} callbacks checked (${perTarget})`;
}
/** "2026-11-02": the day of an ISO date (what a history holds is checked to be a date). */
function day(iso) {
    const t = Date.parse(iso);
    return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : 'an unknown date';
}
function boundWords(bound) {
    return bound >= 1 ? 'no bound below 100%' : `rate below ${rateWords(bound)} (95%)`;
}
/**
 * "no violation of worker-runs-callback in 48,213,000 callbacks over 31 runs since 2026-11-02:
 * rate below 62 in a billion (95%)".
 */
function pooledRuleWords(e) {
    if (e.checked === 0)
        return `${e.rule}: no callback checked over ${count$1(e.runs, 'run')}`;
    const what = e.broken === 0 ? 'no violation' : count$1(e.broken, 'violation');
    return `${what} of ${e.rule} in ${count$1(e.checked, 'callback')} over ${count$1(e.runs, 'run')} since ${day(e.since)}: ${boundWords(e.upperBound)}`;
}
/** "pooled: no violation in 48,213,000 callbacks over 31 runs since 2026-11-02: rate below ...". */
function pooledTargetWords(t) {
    const what = t.forbidden === 0 ? 'no violation' : count$1(t.forbidden, 'violation');
    return `pooled: ${what} in ${count$1(t.callbacks, 'callback')} over ${count$1(t.runs, 'run')} since ${day(t.since)}: ${boundWords(t.upperBound)}`;
}
/** "now 1.9 in a thousand, 190 in a million over the 6 runs before"; "" without a test. */
function driftWords(t) {
    const d = t.drift;
    if (d === undefined)
        return '';
    return `now ${rateWords(d.rate)}, ${rateWords(d.earlierRate)} over the ${count$1(d.earlierRuns, 'run')} before`;
}
/** "▁▂▁▁█ last 5 runs, now 21 in 10,000 against 2.1 in 10,000 before: ⚠️ drift (p = 1e-9)". */
function trendWords(t) {
    const runs = `${sparkline(t.rates)} over ${count$1(t.rates.length, 'run')}`;
    const d = t.drift;
    if (d === undefined)
        return t.rates.length - 1 < MIN_EARLIER_RUNS
            ? `${runs} (too few runs to test for drift)`
            : `${runs} (not tested: no event, or none of its callbacks in this run)`;
    const rates = driftWords(t);
    const p = d.pValue < 1e-4 ? d.pValue.toExponential(0) : figure(d.pValue);
    return d.flagged
        ? `${runs}: ${rates}: ⚠️ drift (p = ${p}, below ${figure(d.threshold)})`
        : `${runs}: ${rates}: no drift`;
}
/** The trends worth a line: more than one run, and the outcome seen in at least one. */
function shownTrends(report) {
    return (report.pooled?.trends ?? []).filter(t => t.rates.length > 1 && t.rates.some(r => r > 0));
}
/** The trends whose drift test flagged them. */
function driftedTrends(report) {
    return (report.pooled?.trends ?? []).filter(t => t.drift?.flagged === true);
}

/**
 * Plain-language notes on what a cell's outcomes mean when a callback did not run where, or
 * when, a thread pool would run it: said once per cell, beside the verdict, never instead of it.
 * Notes read facts only; grading stays in grade.ts.
 */
/** The registered states before the future was done (fact-values.ts, as the contracts use them). */
const NOT_DONE$1 = new Set(NOT_DONE_STATES);
function noteOutcomes(outcomes) {
    const never = count(outcomes, o => o.facts.ranOn === 'never');
    const onCallerLater = count(outcomes, o => NOT_DONE$1.has(o.facts.registered) && o.facts.ranOn === 'caller-thread' && !o.facts.inline);
    const notes = [];
    if (onCallerLater > 0)
        notes.push(`${callbacks(onCallerLater)} added before the task was done ran later on the caller's own thread, not inline: the executor hands completions to the caller (an event hub), which ran them only once it yielded`);
    if (never > 0)
        notes.push(`${callbacks(never)} never ran while the caller waited for them (blocked, yielding only by short sleeps) until the callback timeout: the executor lost them, or they wait for the caller's event hub, which never ran while the caller blocked`);
    return notes;
}
function count(outcomes, test) {
    return outcomes.filter(test).reduce((n, o) => n + o.count, 0);
}
function callbacks(n) {
    return n === 1 ? '1 callback' : `${n.toLocaleString('en-US')} callbacks`;
}

function gradingMemo() {
    return { seen: new Map(), last: new Map() };
}
/** Grades a cell's outcomes (at least one) against a contract. */
function gradeEvidence({ scenario, outcomes, contract, memo }) {
    let graded;
    if (memo === undefined)
        graded = gradeOutcomes(scenario, outcomes, contract);
    else {
        graded = outcomes;
        for (const o of graded)
            gradeInPlace(scenario, o, contract, memo);
    }
    const violations = violationsOf(graded);
    return {
        outcomes: graded,
        violations,
        verdict: verdictOf(violations),
        notes: noteOutcomes(graded)
    };
}
/** A probe's reply to one cell (or a cell's whole grown histogram), graded into its report. */
function gradeCell({ cell, reply, contract, durationMs }) {
    const { id: _id, timeoutMs: _timeout, ...base } = cell;
    const common = { id: cell.id, ...base, durationMs, stats: {}, outcomes: [], violations: [] };
    if (reply.kind === 'skipped')
        return { ...common, verdict: 'skip', reason: reply.reason };
    if (reply.kind === 'error') {
        return {
            ...common,
            verdict: 'error',
            reason: reply.reason,
            ...(reply.stderrTail === undefined ? {} : { stderrTail: reply.stderrTail })
        };
    }
    if (reply.outcomes.length === 0)
        return { ...common, verdict: 'error', reason: 'the probe reported no outcomes' };
    const { outcomes, violations, verdict, notes } = gradeEvidence({
        scenario: cell.scenario,
        outcomes: reply.outcomes,
        contract
    });
    return {
        ...common,
        ...(notes.length === 0 ? {} : { notes }),
        stats: reply.stats,
        outcomes,
        violations,
        verdict
    };
}
/**
 * gradeOutcome, remembered by scenario and facts, written over the outcome's claimed grade in
 * place. Only its evidence is kept: facts, count, samples.
 */
function gradeInPlace(scenario, outcome, contract, memo) {
    let grading = memo.last.get(scenario);
    // Comparing with the last facts of the scenario is cheaper than a key for every outcome.
    if (grading === undefined || !sameFacts(grading.facts, outcome.facts)) {
        const key = `${scenario} ${JSON.stringify(outcome.facts)}`;
        grading = memo.seen.get(key);
        if (grading === undefined) {
            const { grade, rules, broken } = gradeOutcome(scenario, outcome, contract);
            grading = { facts: outcome.facts, grade, rules, broken };
            memo.seen.set(key, grading);
        }
        memo.last.set(scenario, grading);
    }
    outcome.facts = grading.facts;
    outcome.grade = grading.grade;
    outcome.rules = grading.rules;
    outcome.broken = grading.broken;
}
/** The same facts, the same values (whatever their order: grading does not read it). */
function sameFacts(a, b) {
    if (a === b)
        return true;
    let keys = 0;
    for (const name in a) {
        if (!Object.hasOwn(b, name) || a[name] !== b[name])
            return false;
        keys += 1;
    }
    for (const name in b)
        if (Object.hasOwn(b, name))
            keys -= 1;
    return keys === 0;
}

/**
 * A run by time budget (`--budget`): after the matrix, its cells run again, each repetition on a
 * fresh executor, until the budget is spent, and their histograms grow. Time goes to each cell in
 * proportion to its scenario's budgetWeight (scenarios.ts) (stride scheduling: the cell with the least weighted
 * time runs next), so every cell, and so every rule it exercises, gets evidence. Repetitions run
 * on several probes of a target side by side (lanes, one a core): a probe is one process, and a
 * Python probe runs on one core at a time.
 *
 * Perturbed lanes (budget.perturb, on by default; docs/performance.md): on the odd lanes (with one
 * lane, every second repetition of it) a repetition of a target that knows how carries the
 * perturbation, and the probe shakes its schedule while it runs; the record counts perturbed and
 * plain callbacks apart. The histograms do not: an outcome is graded the same wherever it was seen.
 *
 * Invariants: a repetition starts only before the deadline, and is sized to end by it, so the run
 * ends within the budget plus one repetition; each grown histogram is graded whole again by the
 * one grading place (report/grade-cell.ts, with the contract `contractOf` names); a cell whose
 * probe fails becomes an error.
 */
/**
 * The perturbation of a perturbed lane, chosen from the figures in docs/performance.md
 * (bench/window_race_reach.mjs, bench/detection.mjs): putting the probe's threads on one core
 * raised how often a callback lands within 10 us of its future's completion (a hand-over is then
 * a switch on that core, not a wake-up of another); spins at any point lowered it, a tiny switch
 * interval, extra threads and the gate poll left it within the noise, so they stay off (0).
 */
const PERTURBATION = {
    switchIntervalUs: 0,
    spinBeforeUs: 0,
    spinAfterUs: 0,
    spinTaskEndUs: 0,
    extraThreads: 0,
    gatePollUs: 0,
    oneCore: 1
};
/** Slices of the budget a repetition aims at: long enough to amortize a round trip, short enough to share. */
const MIN_SLICE_MS = 100;
const MAX_SLICE_MS = 1_000;
/** Lanes by default: one a core, at most this many (each lane is a probe process per target). */
const MAX_LANES = 4;
/**
 * How many lanes a budget runs: CTG_BUDGET_LANES when set (1 runs the budget on the matrix's own
 * probes only), else one a core up to MAX_LANES. Read before any probe starts: bad input is exit 2.
 */
function budgetLanes(env = process.env) {
    const given = env.CTG_BUDGET_LANES;
    if (given === undefined || given.trim() === '')
        return Math.max(1, Math.min(MAX_LANES, availableParallelism()));
    const lanes = Number(given);
    if (!Number.isInteger(lanes) || lanes < 1 || lanes > 16)
        throw new InputError('CTG_BUDGET_LANES', `must be a whole number from 1 to 16, got ${JSON.stringify(given)}`);
    return lanes;
}
async function spendBudget(options) {
    const spending = new Spending(options);
    if (!options.budget.keepGoing && options.reports.some(r => r.verdict === 'fail'))
        return spending.finish('violation');
    const lanes = Math.max(1, options.lanes ?? 1);
    await Promise.all(Array.from({ length: lanes }, (_, lane) => spending.runLane(lane)));
    if (spending.violation)
        return spending.finish('violation');
    return spending.finish(spending.elapsed() >= options.budget.ms ? 'budget' : 'nothing-to-run');
}
/** One budget being spent: the cells' growing histograms, the lanes' counts, the record. */
class Spending {
    options;
    violation = false;
    entries;
    now;
    lanes;
    repetitions = 0;
    longest = 0;
    zeroLength = new Set();
    lanesUsed = new Set([0]);
    perturbedLanes = new Set();
    /** Per target perturbed: [perturbed, plain] callbacks of the budget's repetitions. */
    perturbCounts;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.lanes = options.lanes ?? 1;
        this.entries = entriesOf(options.cells, options.reports, options.budget);
        this.perturbCounts = new Map((options.budget.perturb?.targets ?? []).map(t => [t, [0, 0]]));
    }
    elapsed() {
        return this.now() - this.options.startedAt;
    }
    finish(stoppedBy) {
        const { budget, cells } = this.options;
        return {
            cells: this.entries.map(e => e.report),
            record: {
                budgetMs: budget.ms,
                keepGoing: budget.keepGoing,
                stoppedBy,
                repetitions: this.repetitions,
                endedMs: this.elapsed(),
                longestRepetitionMs: this.longest,
                lanes: this.lanesUsed.size,
                zeroLengthTasks: cells.map(c => c.id).filter(id => this.zeroLength.has(id)),
                perturbation: this.perturbation()
            }
        };
    }
    perturbation() {
        const perturb = this.options.budget.perturb;
        return {
            ...(perturb === undefined
                ? { off: 'turned off (--no-perturb, or perturb: false)' }
                : this.perturbCounts.size === 0
                    ? { off: 'no target of this run is a Python probe, which is what knows how' }
                    : this.perturbedLanes.size === 0
                        ? { off: 'the budget ended before a perturbed repetition' }
                        : { how: perturb.how }),
            lanes: [...this.perturbedLanes].sort((a, b) => a - b),
            everySecondRepetition: this.lanes <= 1,
            callbacks: [...this.perturbCounts].map(([target, [perturbed, plain]]) => ({
                target,
                perturbed,
                plain
            }))
        };
    }
    /** One lane: repetitions one after another on its probes, until the budget or a violation. */
    async runLane(lane) {
        const { budget, run } = this.options;
        // Targets this lane has no probe for: their cells run on the other lanes.
        const without = new Set();
        let onLane = 0;
        while (!this.violation) {
            const elapsed = this.elapsed();
            if (elapsed >= budget.ms)
                return;
            const next = nextEntry(this.entries, without);
            if (next === undefined)
                return;
            const slice = Math.min(budget.ms - elapsed, Math.max(MIN_SLICE_MS, Math.min(MAX_SLICE_MS, budget.ms / 20)));
            const repeat = Math.max(1, Math.min(LIMITS.repeat, Math.floor(slice / next.perRepeatMs)));
            // Zero-length tasks where the scenario allows: the same rules, more callbacks a second.
            const zero = !SCENARIO_TRAITS[next.cell.scenario].timing && next.cell.taskMs > 0;
            // The slice is booked before it runs, so that the other lanes pick the next cell by it.
            next.spentMs += slice;
            const shaken = budget.perturb !== undefined &&
                this.perturbCounts.has(next.cell.target) &&
                (this.lanes <= 1 ? onLane % 2 === 1 : lane % 2 === 1);
            onLane += 1;
            const begun = this.now();
            const reply = await run({
                ...next.cell,
                repeat,
                ...(zero ? { taskMs: 0 } : {}),
                ...(shaken && budget.perturb !== undefined ? { perturb: budget.perturb.how } : {})
            }, lane);
            const took = this.now() - begun;
            next.spentMs += (reply === 'no-lane' ? 0 : took) - slice;
            if (reply === 'no-lane') {
                without.add(next.cell.target);
                continue;
            }
            this.lanesUsed.add(lane);
            this.repetitions += 1;
            this.longest = Math.max(this.longest, took);
            this.absorb(next, reply, { repeat, took, lane, shaken, zero });
        }
    }
    /** Adds one repetition's reply to its cell, grades the grown histogram, and reports progress. */
    absorb(next, reply, how) {
        const { repeat, took, lane, shaken, zero } = how;
        // A cell already an error (its probe failed on another lane meanwhile) stays one.
        if (!next.active)
            return;
        if (reply.kind !== 'result') {
            // The judge is never wrong: a cell whose probe failed is an error, not a shorter pass.
            next.active = false;
            if (reply.kind === 'error')
                next.report = this.grade({ ...next.cell, repeat: next.repeats + repeat }, reply, took);
            return;
        }
        if (zero)
            this.zeroLength.add(next.cell.id);
        const counts = this.perturbCounts.get(next.cell.target);
        if (counts !== undefined) {
            counts[shaken ? 0 : 1] += reply.outcomes.reduce((n, o) => n + o.count, 0);
            if (shaken)
                this.perturbedLanes.add(lane);
        }
        addOutcomes(next.histogram, reply.outcomes);
        for (const [key, value] of Object.entries(reply.stats))
            next.stats[key] = (next.stats[key] ?? 0) + value;
        next.repeats += repeat;
        next.durationMs += took;
        next.perRepeatMs = Math.max(1, took / repeat);
        next.report = this.grade({ ...next.cell, repeat: next.repeats }, { kind: 'result', outcomes: [...next.histogram.values()], stats: next.stats }, next.durationMs);
        this.options.onProgress?.({
            leftMs: Math.max(0, this.options.budget.ms - this.elapsed()),
            repetitions: this.repetitions,
            callbacks: callbacksByTarget(this.entries)
        });
        if (next.report.verdict === 'fail' && !this.options.budget.keepGoing)
            this.violation = true;
    }
    grade(cell, reply, durationMs) {
        return gradeCell({ cell, reply, contract: this.options.contractOf(cell), durationMs });
    }
}
/** Each cell of the matrix with its report, as the budget starts to grow it. */
function entriesOf(cells, reports, budget) {
    const byId = new Map(reports.map(r => [r.id, r]));
    return cells.map(cell => {
        const report = byId.get(cell.id);
        const histogram = new Map();
        addOutcomes(histogram, report.outcomes.map(({ grade: _g, rules: _r, broken: _b, ...o }) => o));
        return {
            cell,
            report,
            histogram,
            stats: { ...report.stats },
            repeats: report.repeat,
            durationMs: report.durationMs,
            spentMs: 0,
            perRepeatMs: Math.max(1, report.durationMs / Math.max(1, report.repeat)),
            active: report.verdict === 'pass' || (report.verdict === 'fail' && budget.keepGoing)
        };
    });
}
/** The active entry with the least time per unit of weight, of a target not excluded; the first such in cell order. */
function nextEntry(entries, excluded = new Set()) {
    let best;
    for (const e of entries) {
        if (!e.active || excluded.has(e.cell.target))
            continue;
        const share = e.spentMs / SCENARIO_TRAITS[e.cell.scenario].budgetWeight;
        if (best === undefined ||
            share < best.spentMs / SCENARIO_TRAITS[best.cell.scenario].budgetWeight)
            best = e;
    }
    return best;
}
/** Outcomes with the same facts are one line of the histogram; samples keep the first ten. */
function addOutcomes(histogram, outcomes) {
    for (const o of outcomes) {
        const key = JSON.stringify(Object.entries(o.facts).sort(([a], [b]) => (a < b ? -1 : 1)));
        const seen = histogram.get(key);
        if (seen === undefined)
            histogram.set(key, { ...o, samples: o.samples.slice(0, 10) });
        else
            histogram.set(key, {
                ...seen,
                count: seen.count + o.count,
                samples: [...seen.samples, ...o.samples].slice(0, 10)
            });
    }
}
function callbacksByTarget(entries) {
    const totals = new Map();
    for (const e of entries) {
        const n = e.report.outcomes.reduce((sum, o) => sum + o.count, 0);
        totals.set(e.cell.target, (totals.get(e.cell.target) ?? 0) + n);
    }
    return [...totals].map(([target, callbacks]) => ({ target, callbacks }));
}

/**
 * The default run: the tutorial's three experiments (with 100 ms tasks instead of its 1 s),
 * then the documented extras, then callback APIs' failed calls (worker-farm's rules: killed,
 * failing, timeout, overload, ending; each in-progress call killed, so none is queued behind a
 * killed one: see docs/node-pools.md), then the same rules under load with zero-length tasks.
 */
const DEFAULT_EXPERIMENTS = [
    {
        name: 'tutorial 1: one task, callback added at once',
        scenario: 'timed',
        workers: 4,
        tasks: 1,
        callbackDelayMs: 0,
        taskMs: 100
    },
    {
        name: 'tutorial 2: 16 tasks on 4 workers',
        scenario: 'timed',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 100
    },
    {
        name: 'tutorial 3: callback added after the task is done',
        scenario: 'timed',
        workers: 4,
        tasks: 1,
        callbackDelayMs: 200,
        taskMs: 100
    },
    {
        name: 'added while provably running',
        scenario: 'running',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'added after done',
        scenario: 'done',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'cancel of a queued future',
        scenario: 'cancel',
        workers: 2,
        tasks: 8,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'shutdown(cancel_futures=True)',
        scenario: 'shutdown',
        workers: 2,
        tasks: 8,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'callbacks run in the order added',
        scenario: 'order',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'a raising callback is isolated',
        scenario: 'raising',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'a worker killed during each call',
        scenario: 'killed',
        workers: 4,
        tasks: 4,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: "the call's function fails",
        scenario: 'failing',
        workers: 4,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'calls past maxCallTime',
        scenario: 'timeout',
        workers: 2,
        tasks: 2,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'calls past maxConcurrentCalls',
        scenario: 'overload',
        workers: 2,
        tasks: 16,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'end() with calls in progress and queued',
        scenario: 'ending',
        workers: 2,
        tasks: 8,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'under load: running, 1000 zero-length tasks',
        scenario: 'running',
        workers: 4,
        tasks: 1000,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'under load: timed, 1000 zero-length tasks',
        scenario: 'timed',
        workers: 4,
        tasks: 1000,
        callbackDelayMs: 0,
        taskMs: 0
    },
    {
        name: 'under load: failing, 1000 calls',
        scenario: 'failing',
        workers: 4,
        tasks: 1000,
        callbackDelayMs: 0,
        taskMs: 0
    }
];
const DEFAULT_PYTHON = 'python3';
const DEFAULT_EXECUTOR = 'concurrent.futures:ThreadPoolExecutor';
/** A control's planted misroute when none is named: one callback in 10,000 (README, "Positive control"). */
const CONTROL_ONE_IN = 10_000;

function expandMatrix(config) {
    const targets = nameTargets(config.targets.map(resolveTarget));
    // Counted from the lists before anything is built: a cross product of 1e13 is refused at once.
    const total = targets.length * countExperiments(config);
    if (total > LIMITS.cells) {
        throw new InputError('matrix', `expands to ${total.toLocaleString('en-US')} cells; at most ${LIMITS.cells.toLocaleString('en-US')}`);
    }
    const experiments = experimentsOf(config);
    const cells = [];
    for (const target of targets) {
        for (const e of experiments) {
            cells.push({
                id: `c${cells.length + 1}`,
                target: target.name,
                ...(e.name === undefined ? {} : { name: e.name }),
                scenario: e.scenario,
                workers: e.workers,
                tasks: e.tasks,
                callbackDelayMs: e.callbackDelayMs,
                taskMs: e.taskMs,
                callbacks: callbacksPerFuture(e.scenario, config.callbacks),
                repeat: config.repeat,
                timeoutMs: config.timeoutMs
            });
        }
    }
    return {
        targets,
        cells,
        labels: config.labels ?? {},
        ...(config.requireFreeThreading === true ? { requireFreeThreading: true } : {}),
        ...(config.control === undefined || config.control === false
            ? {}
            : { control: { oneIn: config.control === true ? CONTROL_ONE_IN : config.control } }),
        ...(config.budget === undefined
            ? {}
            : {
                budget: {
                    ms: config.budget,
                    keepGoing: config.keepGoing,
                    // The Python probe knows `perturb`; other probes would ignore it, so they get none.
                    ...(config.perturb !== false
                        ? {
                            perturb: {
                                how: config.perturb === true ? PERTURBATION : config.perturb,
                                targets: targets.filter(t => t.kind === 'python').map(t => t.name)
                            }
                        }
                        : {})
                }
            })
    };
}
/** How many experiments experimentsOf returns, from the lengths of the lists, without building them. */
function countExperiments(config) {
    if (config.experiments !== undefined && config.matrix === undefined)
        return config.experiments.length;
    if (config.matrix === undefined)
        return DEFAULT_EXPERIMENTS.length;
    const m = config.matrix;
    const distinct = (values) => new Set(values).size;
    const common = distinct(m.workers) * distinct(m.tasks) * distinct(m.taskMs);
    let crossed = 0;
    for (const scenario of new Set(m.scenarios))
        crossed += common * (SCENARIO_TRAITS[scenario].timing ? distinct(m.callbackDelayMs) : 1);
    return (config.experiments?.length ?? 0) + crossed;
}
/** Explicit experiments, else the cross product of the matrix, else the default run. */
function experimentsOf(config) {
    if (config.experiments !== undefined && config.matrix === undefined)
        return config.experiments;
    if (config.matrix === undefined)
        return DEFAULT_EXPERIMENTS;
    const m = config.matrix;
    const seen = new Set();
    const out = [...(config.experiments ?? [])];
    for (const scenario of m.scenarios)
        for (const workers of m.workers)
            for (const tasks of m.tasks)
                for (const delay of m.callbackDelayMs)
                    for (const taskMs of m.taskMs) {
                        // The callback delay only means something where timing does; elsewhere it would only
                        // repeat cells.
                        const callbackDelayMs = SCENARIO_TRAITS[scenario].timing ? delay : 0;
                        const key = [scenario, workers, tasks, callbackDelayMs, taskMs].join('/');
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        out.push({ scenario, workers, tasks, callbackDelayMs, taskMs });
                    }
    return out;
}
function resolveTarget(input) {
    if (input.command !== undefined) {
        return {
            kind: 'command',
            name: input.name ?? '',
            contract: input.contract ?? 'thread-pool',
            command: input.command
        };
    }
    if (input.pool !== undefined || input.adapter !== undefined) {
        return {
            kind: 'pool',
            name: input.name ?? '',
            contract: input.contract ?? 'event-loop',
            ...(input.pool === undefined ? {} : { pool: input.pool }),
            ...(input.adapter === undefined ? {} : { adapter: input.adapter }),
            ...(input.poolOptions === undefined ? {} : { poolOptions: input.poolOptions })
        };
    }
    const executor = input.executor ?? DEFAULT_EXECUTOR;
    return {
        kind: 'python',
        name: input.name ?? '',
        // A process pool runs callbacks on its manager thread: a different contract, not a bug.
        contract: input.contract ?? (/ProcessPoolExecutor$/.test(executor) ? 'process-pool' : 'thread-pool'),
        python: input.python ?? DEFAULT_PYTHON,
        executor,
        pythonPath: input.pythonPath ?? [],
        ...(input.contract === undefined ? {} : { contractGiven: true })
    };
}
/** Gives every target a unique, readable name. */
function nameTargets(targets) {
    const used = new Map();
    return targets.map(t => {
        const base = t.name !== '' ? t.name : defaultName(t);
        const n = (used.get(base) ?? 0) + 1;
        used.set(base, n);
        return { ...t, name: n === 1 ? base : `${base} #${n}` };
    });
}
function defaultName(t) {
    switch (t.kind) {
        case 'python':
            return `${t.python} ${t.executor.split(':')[1] ?? t.executor}`;
        case 'pool':
            return t.pool ?? t.adapter ?? 'pool';
        case 'command':
            return t.command.split(/\s+/)[0] ?? t.command;
    }
}

var shellQuote = {};

var quote;
var hasRequiredQuote;

function requireQuote () {
	if (hasRequiredQuote) return quote;
	hasRequiredQuote = 1;

	/** @import { ControlOperator } from './parse' */

	/** @type {ControlOperator['op'][]} */
	var OPS = /** @type {const} */ ([
		'||',
		'&&',
		';;&',
		';;',
		';&',
		'|&',
		'<(',
		'>(',
		'<<<',
		'<<-',
		'<<',
		'>>',
		'>&',
		'>|',
		'&>>',
		'&>',
		'<&',
		'<>',
		'&',
		';',
		'(',
		')',
		'|',
		'<',
		'>'
	]);
	var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
	var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

	/** @type {typeof import('./quote')} */
	quote = function quote(xs) {
		var sawComment = false;
		return xs.map(function (s) {
			if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
				throw new TypeError('a token after a `comment` must not contain line terminators');
			}
			if (s === '') {
				return /** @type {const} */ ('\'\'');
			}
			if (s && typeof s === 'object') {
				if ('op' in s && s.op === 'glob') {
					if (typeof s.pattern !== 'string') {
						throw new TypeError('glob token requires a string `pattern`');
					}
					if (LINE_TERMINATORS.test(s.pattern)) {
						throw new TypeError('glob `pattern` must not contain line terminators');
					}
					if (s.pattern === '') {
						return /** @type {const} */ ('\'\'');
					}
					return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
				}
				if ('op' in s && typeof s.op === 'string') {
					if (OPS.indexOf(s.op) < 0) {
						throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
					}
					return s.op.replace(/[\s\S]/g, '\\$&');
				}
				if ('comment' in s && typeof s.comment === 'string') {
					if (LINE_TERMINATORS.test(s.comment)) {
						throw new TypeError('`comment` must not contain line terminators');
					}
					sawComment = true;
					return '#' + s.comment;
				}
				throw new TypeError('unrecognized object token shape');
			}
			if ((/'/).test(s) && (/!/).test(s)) {
				return "'" + s.replace(/'/g, "'\"'\"'") + "'";
			}
			if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
				return "'" + s + "'";
			}
			if ((/["'\s]/).test(s)) {
				return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
			}
			return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
		}).join(' ');
	};
	return quote;
}

var parse;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse;
	hasRequiredParse = 1;

	/**
	 * @import {
	 * 	ControlOperator,
	 * 	Env,
	 * 	GlobPattern,
	 * 	ParseEntry,
	 * } from './parse' */

	// '<(' and '>(' are process substitution operators and
	// can be parsed the same as control operator
	var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
		'\\|\\|',
		'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
		';;\\&?', // `;;` and `;;&`
		'[;|]\\&', // `;&` and `|&`
		'\\<\\(',
		'\\<\\<\\<',
		'\\<\\<-',
		'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
		'>>',
		'>[&|(]', // `>&`, `>|`, and `>(`
		'<[&>]', // `<&` and `<>`
		'[&;()|<>]'
	]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
	var controlRE = new RegExp('^' + CONTROL + '$');
	var META = /** @type {const} */ ('|&;()<> \\t');
	var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
	// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
	var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
	var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
	var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
	var ANSI_C_LETTERS = 'abeEfnrtv';
	var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
	var hash = /^#$/;

	var SQ = /** @type {const} */ ("'");
	var DQ = /** @type {const} */ ('"');
	var DS = /** @type {const} */ ('$');

	var TOKEN = '';
	var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
	for (var i = 0; i < 4; i++) {
		TOKEN += (mult * Math.random()).toString(16);
	}
	var startsWithToken = new RegExp('^' + TOKEN);

	/**
	 * @param {string} s
	 * @param {RegExp} r
	 */
	function matchAll(s, r) {
		var origIndex = r.lastIndex;

		var matches = [];
		var matchObj;

		while ((matchObj = r.exec(s))) {
			matches[matches.length] = matchObj;
			if (r.lastIndex === matchObj.index) {
				r.lastIndex += 1;
			}
		}

		r.lastIndex = origIndex;

		return matches;
	}

	/**
	 * @param {Env} env
	 * @param {string} pre
	 * @param {string} key
	 */
	function getVar(env, pre, key) {
		var r = typeof env === 'function' ? env(key) : env[key];
		if (typeof r === 'undefined' && key != '') {
			r = '';
		} else if (typeof r === 'undefined') {
			r = '$';
		}

		if (typeof r === 'object') {
			return pre + TOKEN + JSON.stringify(r) + TOKEN;
		}
		return pre + r;
	}

	var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

	/**
	 * @param {string} m
	 * @param {string} escape
	 */
	function expandAnsiCEscape(m, escape) {
		var kind = escape.charAt(0);
		if (kind === 'c') {
			var ctrl = escape.charAt(1);
			return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
		}
		if (kind === 'x' || kind === 'u' || kind === 'U') {
			var cp = parseInt(escape.slice(1), 16);
			if (cp > 0x10FFFF) {
				return m;
			}
			return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
		}
		if (kind >= '0' && kind <= '7') {
			return String.fromCharCode(parseInt(escape, 8) & 0xFF);
		}
		var letter = ANSI_C_LETTERS.indexOf(escape);
		return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
	}

	/** @param {string} body */
	function expandAnsiC(body) {
		return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
	}

	/**
	 * @param {string} s
	 * @param {number} i
	 */
	function closesAnsiC(s, i) {
		ansiCAt.lastIndex = i;
		return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
	}

	/**
	 * @param {string} string
	 * @param {Env} [env]
	 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
	 * @returns {ParseEntry[]}
	 */
	function parseInternal(string, env, opts) {
		if (!opts) {
			opts = {};
		}
		var BS = opts.escape || '\\';
		var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
		var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
		var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

		var chunker = new RegExp([
			'(' + CONTROL + ')', // control chars
			'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
		].join('|'), 'g');

		var matches = matchAll(string, chunker);

		if (matches.length === 0) {
			return [];
		}
		if (!env) {
			env = {};
		}

		var commented = false;

		return matches.map(function (match) {
			var s = match[0];
			if (!s || commented) {
				return void undefined;
			}
			if (controlRE.test(s)) {
				return /** @type {ControlOperator} */ ({ op: s });
			}

			// Hand-written scanner/parser for Bash quoting rules:
			//
			// 1. inside single quotes, all characters are printed literally.
			// 2. inside double quotes, all characters are printed literally
			//    except variables prefixed by '$' and backslashes followed by
			//    either a double quote or another backslash.
			// 3. outside of any quotes, backslashes are treated as escape
			//    characters and not printed (unless they are themselves escaped)
			// 4. quote context can switch mid-token if there is no whitespace
			//     between the two quote contexts (e.g. all'one'"token" parses as
			//     "allonetoken")
			/** @type {string | boolean} */
			var quote = false;
			var esc = false;
			var out = '';
			/** @type {string[]} */
			var words = [];
			var sawQuote = false;
			/** @type {number | null} */
			var pendingNw = null;
			var isGlob = false;
			/** @type {number} */
			var i;

			function parseEnvVar() {
				i += 1;
				/** @type {number | RegExpMatchArray | null} */
				var varend;
				/** @type {string} */
				var varname;
				var char = s.charAt(i);

				if (char === '{') {
					i += 1;
					if (s.charAt(i) === '}') {
						throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
					}
					// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
					var depth = 1;
					varend = i;
					while (depth > 0 && varend < s.length) {
						if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
							depth += 1;
						} else if (s.charAt(varend) === '}') {
							depth -= 1;
						}
						varend += 1;
					}
					if (depth !== 0) {
						throw new Error('Bad substitution: ' + s.slice(i));
					}
					varend -= 1;
					varname = s.slice(i, varend);
					i = varend;
				} else if ((/[*@#?$!-]/).test(char)) {
					varname = char;
				} else {
					var slicedFromI = s.slice(i);
					varend = slicedFromI.match(/[^\w\d_]/);
					if (!varend) {
						varname = slicedFromI;
						i = s.length;
					} else {
						varname = slicedFromI.slice(0, varend.index);
						i += /** @type {number} */ (varend.index) - 1;
					}
				}
				return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
			}

			function flushRun() {
				if (pendingNw === null) {
					return;
				}
				if (pendingNw === 0) {
					if (out !== '') {
						words[words.length] = out;
						out = '';
					}
				} else {
					words[words.length] = out;
					out = '';
					for (var fe = 1; fe < pendingNw; fe += 1) {
						words[words.length] = '';
					}
				}
				pendingNw = null;
			}

			for (i = 0; i < s.length; i++) {
				var c = s.charAt(i);
				if (ifs && c !== DS) {
					flushRun();
				}
				isGlob = isGlob || (!quote && (c === '*' || c === '?'));
				if (esc) {
					out += c;
					esc = false;
				} else if (quote) {
					if (c === quote) {
						quote = false;
					} else if (quote == SQ) {
						out += c;
					} else { // Double quote
						if (c === BS) {
							i += 1;
							c = s.charAt(i);
							if (c === DQ || c === BS || c === DS) {
								out += c;
							} else {
								out += BS + c;
							}
						} else if (c === DS) {
							out += parseEnvVar();
						} else {
							out += c;
						}
					}
				} else if (c === DQ || c === SQ) {
					quote = c;
					sawQuote = true;
				} else if (controlRE.test(c)) {
					return /** @type {ControlOperator} */ ({ op: s });
				} else if (hash.test(c)) {
					commented = true;
					var commentObj = { comment: string.slice(match.index + i + 1) };
					if (out.length) {
						return /** @type {const} */ ([out, commentObj]);
					}
					return /** @type {const} */ ([commentObj]);
				} else if (c === BS) {
					esc = true;
				} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
					flushRun();
					sawQuote = true;
					out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
					i = ansiCAt.lastIndex - 1;
				} else if (c === DS) {
					var value = parseEnvVar();
					if (!ifs) {
						out += value;
					} else {
						for (var vi = 0; vi < value.length; vi += 1) {
							var vc = value.charAt(vi);
							if (ifs.indexOf(vc) < 0) {
								flushRun();
								out += vc;
							} else if (pendingNw === null) {
								pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
							} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
								pendingNw += 1;
							}
						}
					}
				} else {
					out += c;
				}
			}

			if (isGlob) {
				return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
			}

			if (ifs) {
				if (pendingNw !== null && pendingNw > 0) {
					words[words.length] = out;
					out = '';
					for (var te = 1; te < pendingNw; te += 1) {
						words[words.length] = '';
					}
				}
				if (out !== '' || (sawQuote && words.length === 0)) {
					words[words.length] = out;
				}
				return words;
			}

			return out;
		}).reduce(function (prev, arg) { // finalize parsed arguments
			if (typeof arg === 'undefined') {
				return prev;
			}
			/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
				prev[prev.length] = entry;
			});
			return prev;
		}, /** @type {ParseEntry[]} */ ([]));
	}

	/** @type {typeof import('./parse')} */
	parse = function parse(s, env, opts) {
		var mapped = parseInternal(s, env, opts);
		if (typeof env !== 'function') {
			return mapped;
		}
		return mapped.reduce(function (acc, s) {
			if (typeof s === 'object') {
				acc[acc.length] = s;
				return acc;
			}
			var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
			if (xs.length === 1) {
				acc[acc.length] = xs[0];
				return acc;
			}
			xs.filter(Boolean).forEach(function (x) {
				acc[acc.length] = startsWithToken.test(x)
					? JSON.parse(x.split(TOKEN)[1])
					: x;
			});
			return acc;
		}, /** @type {ParseEntry[]} */ ([]));
	};
	return parse;
}

var hasRequiredShellQuote;

function requireShellQuote () {
	if (hasRequiredShellQuote) return shellQuote;
	hasRequiredShellQuote = 1;

	shellQuote.quote = requireQuote();
	shellQuote.parse = requireParse();
	return shellQuote;
}

var shellQuoteExports = requireShellQuote();

/**
 * A contract is data: rules that every outcome in their scope must satisfy, and "interesting"
 * outcomes that are allowed but worth a look (jcstress's ACCEPTABLE_INTERESTING). An outcome that
 * no rule speaks about is forbidden, as in jcstress.
 */
const FACT_NAMES = [
    'scenario',
    'registered',
    'ranOn',
    'inline',
    'calls',
    'order',
    'role',
    'cancelled',
    'error',
    'call'
];
const pattern$1 = partialRecord(_enum(FACT_NAMES, {
    error: issue => `unknown fact ${JSON.stringify(issue.input)}; expected one of ${FACT_NAMES.join(', ')}`
}), union([factValue, array(factValue).min(1, { error: 'must not be empty' })]));
const id = string({ error: 'expected a string' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected lower-case letters, digits and dashes' });
const ruleSchema = strictObject({
    id,
    says: string().min(1),
    source: string().min(1),
    given: pattern$1.default({}),
    expect: pattern$1.refine(p => Object.keys(p).length > 0, { error: 'must name at least one fact' })
});
const interestingSchema = ruleSchema.extend({
    waives: array(id).min(1, { error: 'must name at least one rule' })
});
const contractSchema = strictObject({
    name: id,
    title: string().min(1),
    description: string().optional(),
    sources: record(string(), string()),
    rules: array(ruleSchema).min(1, { error: 'a contract needs at least one rule' }),
    interesting: array(interestingSchema).default([])
})
    .superRefine((c, ctx) => {
    const ruleIds = new Set(c.rules.map(r => r.id));
    // Own keys only: "constructor" or "toString" is not a source just because objects have one.
    for (const list of ['rules', 'interesting']) {
        for (const [i, r] of c[list].entries()) {
            if (!Object.hasOwn(c.sources, r.source)) {
                ctx.addIssue({
                    code: 'custom',
                    path: [list, i, 'source'],
                    message: `source ${quote$1(r.source)} is not in sources`
                });
            }
        }
    }
    for (const [i, r] of c.interesting.entries()) {
        for (const w of r.waives) {
            if (!ruleIds.has(w)) {
                ctx.addIssue({
                    code: 'custom',
                    path: ['interesting', i, 'waives'],
                    message: `no rule "${w}" to waive`
                });
            }
        }
    }
});

/** Where the Python contracts' rules come from. Quotes are short citations. */
const PYTHON_SOURCES = {
    tutorial: 'SuperFastPython, "What Thread Runs Done Callback Functions" (ThreadPoolExecutor tutorial): "the worker thread that executes the task also executes all done callback functions for the task"; "when the task is done and the done callback function is added ... the calling thread will execute the callback function immediately"',
    'python-docs': 'Python docs, concurrent.futures.Future.add_done_callback: "Added callables are called in the order that they were added and are always called in a thread belonging to the process that added them. If the callable raises an Exception subclass, it will be logged and ignored. ... If the future has already completed or been cancelled, fn will be called immediately." https://docs.python.org/3/library/concurrent.futures.html#concurrent.futures.Future.add_done_callback',
    'python-docs-running': 'Python docs, concurrent.futures.Future.running(): "Return True if the call is currently being executed and cannot be cancelled."',
    'cpython-source': 'CPython Lib/concurrent/futures: Future.cancel(), set_result() and set_exception() invoke the callbacks in the thread that calls them, once per state change; ThreadPoolExecutor.shutdown(cancel_futures=True) cancels the queued futures in the calling thread; ProcessPoolExecutor sets results from its executor-manager thread in the parent process',
    'process-pool-handover': 'CPython Lib/concurrent/futures/process.py: the executor-manager thread moves queued work items into the call queue (one more than the workers) and calls set_running_or_notify_cancel() on each as it does: from then on the future is running, cancel() returns False, and the worker process runs it. So a future the caller saw pending can be handed over before the caller\'s cancel() (or shutdown(cancel_futures=True)) reaches it. Python docs, Future.cancel(): "If the call is currently being executed or finished running and cannot be cancelled then the method will return False, otherwise the call will be cancelled and the method will return True."',
    'pebble-source': "pebble pool/process.py: a worker acknowledges a task when it takes it (Acknowledgement(pid, task id)), and the parent's message-manager thread then calls set_running_or_notify_cancel(): the task can already run, and signal so, while its future still says pending"
};

// Scopes of rules, read from the scenarios' traits (src/model/scenarios.ts), in table order.
/** Tasks held on a gate until their callbacks are registered. */
const HELD = scenariosWhere(t => t.experiment === 'held');
/** Callbacks added while the task is pending or running, the task left to complete on its own. */
const WITH_WORKER = scenariosWhere(t => t.experiment === 'held' || t.experiment === 'timed');
/** Several callbacks per future, whose outcomes say whether they ran in order. */
const ORDERED = scenariosWhere(t => t.facts.includes('order'));
/** Callbacks added before the future is done. */
const BEFORE_DONE = scenariosWhere(t => t.experiment !== 'done');
/** Not done yet: `not-done` is a future without running(), which cannot say which of the two. */
const NOT_DONE = [...NOT_DONE_STATES];
/** concurrent.futures.ThreadPoolExecutor, as the tutorial measured it plus the documented extras. */
const threadPool = {
    name: 'thread-pool',
    title: 'ThreadPoolExecutor: callbacks run on the worker that ran the task, or inline once done',
    sources: PYTHON_SOURCES,
    rules: [
        {
            id: 'exactly-once',
            says: 'Each callback runs exactly once.',
            source: 'cpython-source',
            expect: { calls: 1 }
        },
        {
            id: 'worker-runs-callback',
            says: 'A callback added while the task is pending or running is run by the worker thread that ran the task, not inline.',
            source: 'tutorial',
            given: { scenario: WITH_WORKER, registered: NOT_DONE },
            expect: { ranOn: 'task-thread', inline: false }
        },
        {
            id: 'done-runs-inline',
            says: 'A callback added after the future is done runs immediately, inline, in the thread that adds it.',
            source: 'tutorial',
            given: { registered: 'done' },
            expect: { ranOn: 'caller-thread', inline: true }
        },
        {
            id: 'cancelled-runs-inline',
            says: 'A callback added to a cancelled future runs immediately, inline, in the thread that adds it.',
            source: 'python-docs',
            given: { registered: 'cancelled' },
            expect: { ranOn: 'caller-thread', inline: true }
        },
        {
            id: 'cancel-runs-in-canceller',
            says: 'cancel() of a queued future runs its callbacks in the thread that calls cancel().',
            source: 'cpython-source',
            given: { scenario: 'cancel', registered: 'pending' },
            expect: { ranOn: 'caller-thread' }
        },
        {
            id: 'shutdown-cancels-in-caller',
            says: 'shutdown(cancel_futures=True) runs the callbacks of the queued futures it cancels in the thread that calls shutdown.',
            source: 'cpython-source',
            given: { scenario: 'shutdown', registered: 'pending' },
            expect: { ranOn: 'caller-thread' }
        },
        {
            id: 'held-task-is-running',
            says: 'A task that has started and not returned reports running() == True.',
            source: 'python-docs-running',
            given: { scenario: HELD },
            expect: { registered: 'running' }
        },
        {
            id: 'done-is-done',
            says: 'A future that wait() reported done stays done.',
            source: 'python-docs',
            given: { scenario: 'done' },
            expect: { registered: 'done' }
        },
        {
            id: 'callbacks-in-order',
            says: 'Callbacks run in the order they were added.',
            source: 'python-docs',
            given: { scenario: ORDERED },
            expect: { order: 'in-order' }
        },
        {
            id: 'raising-callback-isolated',
            says: 'A callback that raises an Exception is logged and ignored; the callbacks after it still run.',
            source: 'python-docs',
            given: { role: 'after-raiser' },
            expect: { calls: 1 }
        }
    ],
    interesting: [
        {
            id: 'registration-race',
            says: 'The task finished between the state check and add_done_callback, so the callback ran inline on the caller: the race at the registration boundary, not a violation.',
            source: 'cpython-source',
            given: { scenario: 'timed', registered: NOT_DONE },
            expect: { ranOn: 'caller-thread', inline: true },
            waives: ['worker-runs-callback']
        }
    ]
};

const ATTACHED = [...REGISTERED_STATES];
const RAN$1 = ['caller-thread', 'task-thread', 'other-thread', 'other-process'];
/**
 * JavaScript pools (the Node probe): a promise handler or a callback runs on the event loop of the
 * thread that attached it, never inside the attaching call, in attachment order, exactly once.
 * Where the task ran does not matter: the handler is a function of the caller's thread.
 */
const eventLoop = {
    name: 'event-loop',
    title: 'Event loop: handlers run on the submitting thread, later, in order, once',
    description: 'For JavaScript worker pools. A handler attached to a task (a promise then(), a completion callback) runs on the event loop of the thread that attached it, never inside the call that attaches it, even when the task has already settled; handlers of one task run in attachment order; each runs exactly once.',
    sources: {
        'promises-aplus': 'Promises/A+ 1.1: 2.2.2.3 / 2.2.3.3 "it must not be called more than once"; 2.2.4 "onFulfilled or onRejected must not be called until the execution context stack contains only platform code"; 2.2.6.1 / 2.2.6.2 "all respective onFulfilled [onRejected] callbacks must execute in the order of their originating calls to then"; 2.2.7.2 "If either onFulfilled or onRejected throws an exception e, promise2 must be rejected with e" (only the promise that then() returned). https://promisesaplus.com/',
        'ecmascript-agents': 'ECMA-262, Agents and Jobs: each agent (a thread: the main thread or a worker) has its own execution context stack and job queue; a promise reaction job runs in the agent whose then() enqueued it. Node.js worker_threads: every Worker runs its own event loop and JavaScript environment, and functions cannot cross to it. https://tc39.es/ecma262/#sec-agents https://nodejs.org/api/worker_threads.html',
        'node-next-tick': 'Node.js docs, process.nextTick(): "It is very important for APIs to be either 100% synchronous or 100% asynchronous" (the callback convention: a callback-style API, such as worker-farm, calls back later, from the event loop, never inside the call). https://nodejs.org/api/process.html#processnexttickcallback-args',
        'worker-farm-readme': 'worker-farm README (1.7.0): "If a child process dies for any reason during the execution of call(s), those calls will be re-queued ... you should get a result on your callback function"; maxRetries: "When the number of retries exceeds maxRetries value, the job callback will be executed with a ProcessTerminatedError"; maxCallTime: "the worker running that call will be killed and any calls running on that worker will have their callbacks returned with a TimeoutError"; maxConcurrentCalls: "any calls that push the limit will return on their callback with a MaxConcurrentCallsError"; end(): "Any calls that are queued and not yet being handled by a child process will be discarded. end() only waits for those currently in progress"; "It is assumed that each function you call on your child module will take a callback function as the last argument" (its error is the callback\'s first argument). https://github.com/rvagg/node-worker-farm#readme'
    },
    rules: [
        {
            id: 'exactly-once',
            says: 'Each handler runs exactly once.',
            source: 'promises-aplus',
            given: { registered: ATTACHED },
            expect: { calls: 1 }
        },
        {
            id: 'caller-runs-handler',
            says: 'A handler runs on the thread that attached it (the caller), never on a worker thread or in another process, wherever the task ran.',
            source: 'ecmascript-agents',
            given: { registered: ATTACHED, ranOn: RAN$1 },
            expect: { ranOn: 'caller-thread' }
        },
        {
            id: 'never-inline',
            says: 'A handler attached to a task that has already settled (or was cancelled) does not run inside the attaching call: it runs later, from the event loop, once the stack holds only platform code.',
            source: 'promises-aplus',
            given: { registered: ['done', 'cancelled'] },
            expect: { inline: false }
        },
        {
            id: 'never-inline-pending',
            says: 'A handler or callback given while the task is pending or running does not run inside the call that takes it: the API is 100% asynchronous.',
            source: 'node-next-tick',
            given: { registered: NOT_DONE },
            expect: { inline: false }
        },
        {
            id: 'handlers-in-order',
            says: 'Handlers of one task run in the order they were attached.',
            source: 'promises-aplus',
            given: { scenario: ORDERED },
            expect: { order: 'in-order' }
        },
        {
            id: 'raising-handler-isolated',
            says: 'A handler that throws rejects only the promise its then() returned; the handlers attached after it still run.',
            source: 'promises-aplus',
            given: { role: 'after-raiser' },
            expect: { calls: 1 }
        },
        {
            id: 'killed-call-answered',
            says: 'A call whose process is killed while it runs is re-queued and answered with its result, or, once maxRetries is exhausted, with a ProcessTerminatedError.',
            source: 'worker-farm-readme',
            given: { scenario: 'killed' },
            expect: { error: ['none', 'ProcessTerminatedError'] }
        },
        {
            id: 'child-error-reaches-callback',
            says: "An error the call's function gives its callback in the child reaches the caller's callback.",
            source: 'worker-farm-readme',
            given: { scenario: 'failing' },
            expect: { error: 'other' }
        },
        {
            id: 'timeout-error',
            says: 'A call that takes longer than maxCallTime has its callback returned with a TimeoutError.',
            source: 'worker-farm-readme',
            given: { scenario: 'timeout' },
            expect: { error: 'TimeoutError' }
        },
        {
            id: 'past-limit-error',
            says: 'A call that pushes past maxConcurrentCalls returns on its callback with a MaxConcurrentCallsError; the calls within the limit get their results.',
            source: 'worker-farm-readme',
            given: { scenario: 'overload', call: 'past-limit' },
            expect: { error: 'MaxConcurrentCallsError' }
        },
        {
            id: 'within-limit-answered',
            says: 'A call within maxConcurrentCalls gets its result.',
            source: 'worker-farm-readme',
            given: { scenario: 'overload', call: 'within-limit' },
            expect: { error: 'none' }
        },
        {
            id: 'end-finishes-in-progress',
            says: 'end() waits for the calls in progress: their callbacks get their results.',
            source: 'worker-farm-readme',
            given: { scenario: 'ending', call: 'in-progress' },
            expect: { error: 'none' }
        },
        {
            id: 'end-queued-not-failed',
            says: 'A call still queued at end() is discarded (its callback never runs) or, as worker-farm 1.7.0 does while a call is in progress, still run: its callback never gets an error of its own making.',
            source: 'worker-farm-readme',
            given: { scenario: 'ending', call: 'queued' },
            expect: { error: 'none' }
        }
    ],
    interesting: [
        {
            id: 'end-discarded-queued',
            says: 'A call queued at end() was discarded, as the README says: its callback never ran (worker-farm 1.7.0 runs them when a call is still in progress; see docs/node-pools.md).',
            source: 'worker-farm-readme',
            given: { scenario: 'ending', call: 'queued' },
            expect: { calls: 0, ranOn: 'never' },
            waives: ['exactly-once']
        }
    ]
};

const RAN = ['caller-thread', 'task-thread', 'other-thread', 'other-process'];
/**
 * multiprocessing.Pool and ThreadPool through apply_async(callback=, error_callback=): the pool's
 * result-handler thread applies the callbacks, once, when the result is ready; never the caller,
 * never inside apply_async, never the worker. A call whose worker process dies is never answered
 * in CPython (measured on 3.8 to 3.13: bench/truth/mp_pool_truth.py): a finding, not a failure.
 */
const multiprocessingPool = {
    name: 'multiprocessing-pool',
    title: "multiprocessing.Pool: apply_async's callbacks run once, on the pool's result-handler thread",
    description: "For Python pools that take their callbacks with the call (multiprocessing.Pool, multiprocessing.pool.ThreadPool, their subclasses). When a call's result is ready, the pool's result-handler thread applies its callback, or its error_callback with the exception when the call failed: once, neither on the caller's thread nor inside apply_async, nor on the worker. close() lets the calls in progress and queued complete. A call whose worker process is killed is never answered by CPython's pool: reported as interesting.",
    sources: {
        'python-docs-apply-async': 'Python docs, multiprocessing.pool.Pool.apply_async: "If callback is specified then it should be a callable which accepts a single argument. When the result becomes ready callback is applied to it, that is unless the call failed, in which case the error_callback is applied instead. If error_callback is specified then it should be a callable which accepts a single argument. If the target function fails, then the error_callback is called with the exception instance. Callbacks should complete immediately since otherwise the thread which handles the results will get blocked." https://docs.python.org/3/library/multiprocessing.html#multiprocessing.pool.Pool.apply_async',
        'python-docs-close': 'Python docs, multiprocessing.pool.Pool.close: "Prevents any more tasks from being submitted to the pool. Once all the tasks have been completed the worker processes will exit." ThreadPool: "ThreadPool instances are fully interface compatible with Pool instances". https://docs.python.org/3/library/multiprocessing.html#multiprocessing.pool.Pool.close',
        'cpython-pool-source': "CPython Lib/multiprocessing/pool.py: Pool._handle_results, the pool's own result-handler thread, takes each answer off the outqueue and calls ApplyResult._set, which applies callback or error_callback once and removes the job from the cache; apply_async only puts the job on the task queue.",
        'cpython-worker-death': 'CPython bpo-22393, "multiprocessing.Pool shouldn\'t hang forever if a worker process dies unexpectedly" (its fix, python/cpython#10441, was closed unmerged), and python/cpython#96062, "multiprocessing.Pool gets stuck indefinitely when the child process is killed manually", open: the pool replaces a dead worker but never answers the call it was running, so neither callback runs and get() without a timeout waits forever; terminate() can hang too (measured on 3.8, 3.11, 3.13: bench/truth/mp_pool_truth.py). Python docs, multiprocessing: "If a process is killed using Process.terminate() or os.kill() while it is trying to use a Queue, then the data in the queue is likely to become corrupted." https://bugs.python.org/issue22393 https://github.com/python/cpython/issues/96062'
    },
    rules: [
        {
            id: 'exactly-once',
            says: "Each call's callbacks run exactly once: callback when the result is ready, or error_callback instead when the call failed.",
            source: 'python-docs-apply-async',
            expect: { calls: 1 }
        },
        {
            id: 'result-handler-runs-callback',
            says: "A callback runs on the pool's result-handler thread: a thread of the caller's process that is neither the caller nor the worker that ran the call.",
            source: 'python-docs-apply-async',
            given: { ranOn: RAN },
            expect: { ranOn: 'other-thread' }
        },
        {
            id: 'never-inline',
            says: 'A callback given to apply_async is applied when the result becomes ready, by the thread that handles the results: never inside the apply_async call, even when every worker is busy.',
            source: 'cpython-pool-source',
            given: { registered: 'pending' },
            expect: { inline: false }
        },
        {
            id: 'failed-call-error-callback',
            says: 'A call whose function raises gets error_callback, with the exception instance, instead of callback.',
            source: 'python-docs-apply-async',
            given: { scenario: 'failing' },
            expect: { error: 'other' }
        },
        {
            id: 'queued-call-answered',
            says: 'A call queued behind busy workers is answered with its result, like a call that found a free worker.',
            source: 'python-docs-apply-async',
            given: { scenario: 'overload' },
            expect: { error: 'none' }
        },
        {
            id: 'close-completes-calls',
            says: 'close() lets every call already submitted complete, in progress or queued: each gets its callback with its result.',
            source: 'python-docs-close',
            given: { scenario: 'ending' },
            expect: { error: 'none' }
        },
        {
            id: 'killed-call-not-a-result',
            says: 'A call whose worker process is killed has no result: if it is answered at all, it is through error_callback.',
            source: 'python-docs-apply-async',
            given: { scenario: 'killed' },
            expect: { error: 'other' }
        }
    ],
    interesting: [
        {
            id: 'killed-call-never-answered',
            says: "The call's worker process was killed and neither callback ran within the timeout: CPython's pool never answers such a call (bpo-22393, python/cpython#96062), so code waiting for its callback waits forever.",
            source: 'cpython-worker-death',
            given: { scenario: 'killed' },
            expect: { calls: 0, ranOn: 'never' },
            waives: ['exactly-once', 'killed-call-not-a-result']
        }
    ]
};

/**
 * concurrent.futures.ProcessPoolExecutor: tasks run in child processes, and the parent's
 * executor-manager thread completes the futures, so it runs the callbacks: neither the caller
 * nor the task's thread. Registration after done, cancel and order behave as in a thread pool.
 */
const shared = threadPool.rules.filter(r => [
    'exactly-once',
    'done-runs-inline',
    'cancelled-runs-inline',
    'cancel-runs-in-canceller',
    'held-task-is-running',
    'done-is-done',
    'callbacks-in-order',
    'raising-callback-isolated'
].includes(r.id));
const processPool = {
    name: 'process-pool',
    title: 'ProcessPoolExecutor: callbacks run on the executor-manager thread of the parent process',
    sources: PYTHON_SOURCES,
    rules: [
        ...shared,
        {
            id: 'callback-in-own-process',
            says: 'Callbacks are always called in a thread belonging to the process that added them, never in a worker process. (The documented rule; the rules below are where CPython runs them, and a contract file may leave those out.)',
            source: 'python-docs',
            given: { scenario: BEFORE_DONE },
            expect: { ranOn: ['caller-thread', 'task-thread', 'other-thread'] }
        },
        {
            id: 'manager-runs-callback',
            says: 'A callback added while the task is pending or running runs on a thread of the parent process other than the caller (the executor-manager thread), never in the worker process.',
            source: 'cpython-source',
            given: {
                scenario: WITH_WORKER,
                registered: NOT_DONE
            },
            expect: { ranOn: 'other-thread', inline: false }
        },
        {
            id: 'handed-over-runs-on-manager',
            says: 'A queued future already handed to a worker process is running and cannot be cancelled; it completes on the executor-manager thread.',
            source: 'cpython-source',
            given: { scenario: ['cancel', 'shutdown'], registered: 'running' },
            expect: { ranOn: 'other-thread', inline: false }
        },
        {
            id: 'shutdown-cancels-on-manager',
            says: "CPython's shutdown(cancel_futures=True) hands the cancelling to the executor-manager thread, which runs the callbacks of the futures it cancels (an implementation rule, not documented behaviour).",
            source: 'cpython-source',
            given: { scenario: 'shutdown', registered: 'pending' },
            expect: { ranOn: 'other-thread' }
        }
    ],
    interesting: [
        // The same race as in a thread pool; what it waives is where the callback would have run.
        ...(threadPool.interesting ?? []).map(race => ({
            ...race,
            waives: ['manager-runs-callback']
        })),
        {
            id: 'cancel-handover-race',
            says: 'The future was pending when its first callback was added, but the executor-manager thread handed it to a worker before cancel() reached it: cancel() returned False and the callback ran on the manager thread. A legal race, not a violation. Only when cancel() is known to have returned False: a successful cancel runs the callbacks in the canceller.',
            source: 'process-pool-handover',
            // cancelled: false, not absent: an outcome that does not say what cancel() returned (a
            // report from before the fact) gets no waiver, so it can never pass where a pool broke.
            given: { scenario: 'cancel', registered: 'pending', cancelled: false },
            expect: { ranOn: 'other-thread', inline: false },
            waives: ['cancel-runs-in-canceller']
        },
        {
            id: 'start-message-race',
            says: "The held task had signalled that it runs, but the future still said pending: the pool learns of the start from a message of the worker process, which the probe's own signal overtook. A legal race, not a violation.",
            source: 'pebble-source',
            given: { scenario: HELD, registered: 'pending' },
            expect: { ranOn: 'other-thread', inline: false },
            waives: ['held-task-is-running']
        }
    ]
};

/**
 * Built-in contracts by name, and user contracts from YAML/JSON files, read by their own reader
 * (readContractFile), not the configuration's.
 */
/** A contract file larger than this is refused unread (a real one is a few KiB). */
const MAX_CONTRACT_BYTES = 4 * 1024 * 1024;
const BUILT_IN = {
    'thread-pool': threadPool,
    'process-pool': processPool,
    'event-loop': eventLoop,
    'multiprocessing-pool': multiprocessingPool
};
/**
 * Built-in contracts once validated, frozen: every report read back is judged with one, and
 * validating it each time cost more than judging a small report.
 */
const validated = new Map();
function builtInContractNames() {
    return Object.keys(BUILT_IN);
}
/**
 * The built-in contract of that name from our own code, or undefined; never reads a file. One
 * frozen object per name, shared by every report it judges.
 */
function builtInContract(name) {
    const input = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
    if (input === undefined)
        return undefined;
    let contract = validated.get(name);
    if (contract === undefined) {
        contract = deepFreeze(contractSchema.parse(input));
        validated.set(name, contract);
    }
    return contract;
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const inner of Object.values(value))
            deepFreeze(inner);
    }
    return value;
}
/** A built-in name, or a path to a contract file (anything with a slash or a .yml/.yaml/.json end). */
function loadContract(nameOrFile, field = 'contract') {
    // Own keys only: "constructor" or "__proto__" is not a built-in contract.
    const builtIn = Object.hasOwn(BUILT_IN, nameOrFile) ? BUILT_IN[nameOrFile] : undefined;
    const looksLikeFile = /[\\/]|\.(ya?ml|json)$/i.test(nameOrFile);
    if (builtIn === undefined && !looksLikeFile) {
        throw new InputError(field, `unknown contract ${quote$1(nameOrFile)}; expected one of ${builtInContractNames().join(', ')} or a contract file`);
    }
    // A copy of its own: the kit exports this, and a caller may change what it gets.
    const raw = builtIn ?? readContractFile(nameOrFile, field);
    const parsed = contractSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = fieldPath(issue?.path ?? []);
        throw new InputError(`${nameOrFile}${where === '' ? '' : `: ${where}`}`, issue?.message ?? 'invalid contract');
    }
    return parsed.data;
}
/** A contract file as data, not yet validated: a mapping at the top, capped at MAX_CONTRACT_BYTES. */
function readContractFile(path, field) {
    return readMappingFile(path, field, MAX_CONTRACT_BYTES);
}

/** The warnings of the run's targets, in target order; none for runtimes without a GIL record. */
function gilWarnings(targets, required) {
    const warnings = [];
    for (const t of targets) {
        const gil = t.runtime?.gil;
        if (gil === undefined || gil.build !== 'free-threaded')
            continue;
        if (gil.afterImport !== true && gil.atEnd !== true)
            continue;
        const module = t.runtime?.executor.split(':')[0] ?? '';
        const why = gil.beforeImport === true
            ? `the GIL was already enabled before ${module} was imported (PYTHON_GIL=1 or -X gil=1?)`
            : gil.afterImport === true
                ? `importing ${module} enabled the GIL`
                : `the GIL was enabled during the run (after importing ${module})`;
        warnings.push({
            kind: 'gil-enabled',
            level: required ? 'error' : 'warning',
            target: t.name,
            message: `this run did not test a free-threaded runtime: ${why}`
        });
    }
    return warnings;
}
/** Whether the run's verdict turns from pass to error: a warning `requireFreeThreading` made one. */
function failsFreeThreading(warnings) {
    return warnings.some(w => w.level === 'error');
}
/**
 * A report read from files (judged or merged): its warnings derived again from its targets' GIL
 * records, never taken from the file; required when a file's warning was an error.
 */
function rederiveGil(targets, read, verdict) {
    const warnings = gilWarnings(targets, read.some(w => w.level === 'error'));
    return {
        verdict: verdict === 'pass' && failsFreeThreading(warnings) ? 'error' : verdict,
        ...(warnings.length === 0 ? {} : { warnings })
    };
}

/**
 * Where the files shipped beside the code are (the Python probe, the Node probe bundle). Both
 * launchers import it; it imports neither, so no import runs in a circle.
 */
/** Finds a file shipped beside the code, from src/ (tests) or from dist/ and dist/chunks/ (bundle). */
function assetPath(relative) {
    const here = dirname(fileURLToPath(import.meta.url));
    const candidates = [
        join(here, relative),
        join(here, 'probes', relative),
        join(here, '..', 'probes', relative)
    ];
    const found = candidates.find(existsSync);
    if (found === undefined)
        throw new Error(`cannot find ${relative} beside ${here}`);
    return found;
}

/**
 * Starts the Node probe for a worker-pool target: `node probe.js --pool NAME` or
 * `node probe.js --adapter FILE`, with the Node that runs callback-thread-guard.
 *
 * The probe is a bundle (dist/probes/node/probe.js, with the pools and their worker scripts
 * beside it), so it runs without node_modules. From the sources (the tests), there is no bundle
 * beside the code: CTG_NODE_PROBE names a built one (see __tests__/node/helpers/probe-build.ts).
 */
/** Overrides where the Node probe bundle is (a path to its probe.js). */
const NODE_PROBE_ENV = 'CTG_NODE_PROBE';
function nodeProbePath() {
    const override = process.env[NODE_PROBE_ENV];
    if (override !== undefined && override !== '')
        return resolve(override);
    try {
        return assetPath('node/probe.js');
    }
    catch {
        throw new Error(`the Node probe is not built: run "npm run bundle" (or set ${NODE_PROBE_ENV} to a built probe.js)`);
    }
}
/** Starts the Node probe for a worker-pool target. */
function nodePoolLaunch(target) {
    const probe = nodeProbePath();
    if (target.adapter !== undefined) {
        const file = resolve(target.adapter);
        if (!existsSync(file))
            throw new InputError('adapter', `cannot read ${JSON.stringify(target.adapter)}: no such file`);
        return {
            command: process.execPath,
            args: [probe, '--adapter', file],
            describe: `Node.js adapter ${target.adapter}`
        };
    }
    const pool = target.pool ?? 'piscina';
    const options = target.poolOptions === undefined ? [] : ['--pool-options', JSON.stringify(target.poolOptions)];
    return {
        command: process.execPath,
        args: [probe, '--pool', pool, ...options],
        describe: `Node.js ${pool}`
    };
}

/**
 * How each kind of target is started as a probe process. No input reaches a shell: a `command`
 * target is split into arguments here and run directly.
 */
function launchSpec(target, commandField = 'command') {
    switch (target.kind) {
        case 'python':
            return {
                command: target.python,
                args: ['-u', assetPath('python/probe.py'), '--executor', target.executor],
                env: {
                    CTG_PYTHON_PATH: target.pythonPath.map(p => resolve(p)).join(delimiter),
                    PYTHONDONTWRITEBYTECODE: '1',
                    PYTHONIOENCODING: 'utf-8',
                    ...(target.control === undefined
                        ? {}
                        : {
                            CTG_CONTROL_EXECUTOR: target.control.executor,
                            CTG_CONTROL_ONE_IN: String(target.control.oneIn)
                        })
                },
                describe: `${target.python} (${target.executor})`
            };
        case 'command': {
            // shell-quote closes an unterminated quote silently: a user who left one open meant
            // something else than what would run.
            const open = openQuote(target.command);
            if (open !== undefined)
                throw new InputError(commandField, `${quote$1(target.command)} has an unbalanced ${open}`);
            // Keep $NAME literal: the command is never given to a shell, so nothing expands.
            const words = shellQuoteExports.parse(target.command, name => `$${name}`);
            const args = words.filter((w) => typeof w === 'string');
            if (args.length !== words.length || args.length === 0) {
                throw new InputError(commandField, `${quote$1(target.command)} must be a program and its arguments, without shell operators`);
            }
            return { command: args[0], args: args.slice(1), describe: target.command };
        }
        case 'pool':
            return nodePoolLaunch(target);
    }
}
/** The quote a command leaves open, read as a POSIX shell reads quotes; undefined when all close. */
function openQuote(command) {
    let inside;
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (inside === "'") {
            if (c === "'")
                inside = undefined;
        }
        else if (c === '\\') {
            i++; // escapes the next character, outside quotes and inside double quotes
        }
        else if (inside === '"') {
            if (c === '"')
                inside = undefined;
        }
        else if (c === "'" || c === '"') {
            inside = c;
        }
    }
    if (inside === "'")
        return "single quote (')";
    if (inside === '"')
        return 'double quote (")';
    return undefined;
}

/**
 * The environment a probe starts with: the guard's own, less what only the guard may read. A
 * probe runs the user's executor, which may be a pull request's code; on a runner the action's
 * process holds its inputs (`INPUT_GITHUB-TOKEN` among them) and the runner's own tokens, which
 * a `run:` step of the same job never sees. Handing them on would give that code a token it
 * otherwise lacks (SECURITY.md, "Tokens").
 */
/** The runner's variables that only the action's own process gets (tokens and their services). */
const GUARD_ONLY = /^(?:INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RUNTIME_URL$|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i;
/** The guard's environment without the runner's secrets for it, then the probe's own settings. */
function probeEnvironment(own, extra = {}) {
    const kept = Object.entries(own).filter(([name]) => !GUARD_ONLY.test(name));
    return { ...Object.fromEntries(kept), ...extra };
}

/**
 * Who holds a probe's output: its stdout and stderr as /proc names them, and every other process
 * that has one of them open (a daemon the probe left behind, outside its process group). Linux
 * only; elsewhere nothing is found and nothing is killed.
 */
/** The pipes a just-started process has as stdout and stderr, by their /proc names. */
function outputPipesOf(pid) {
    if (pid === undefined || process.platform !== 'linux')
        return [];
    const pipes = [];
    for (const fd of [1, 2]) {
        try {
            const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
            // libuv's stdio pipes are socket pairs; a pipe when a caller's own pipe is passed on.
            if (link.startsWith('socket:') || link.startsWith('pipe:'))
                pipes.push(link);
        }
        catch {
            // Exited already: nothing can hold what it never handed on.
        }
    }
    return pipes;
}
/** Every other process with one of these pipes open (our own read ends excluded). */
function processesHolding(pipes) {
    if (pipes.length === 0)
        return [];
    const holders = [];
    let pids = [];
    try {
        pids = readdirSync('/proc').filter(name => /^\d+$/.test(name));
    }
    catch {
        return [];
    }
    for (const name of pids) {
        const pid = Number(name);
        if (pid === process.pid)
            continue;
        let fds;
        try {
            fds = readdirSync(`/proc/${name}/fd`);
        }
        catch {
            continue; // gone, or another user's
        }
        const holds = fds.some(fd => {
            try {
                return pipes.includes(readlinkSync(`/proc/${name}/fd/${fd}`));
            }
            catch {
                return false;
            }
        });
        if (holds)
            holders.push(pid);
    }
    return holders;
}

/**
 * The end of a probe's stderr, kept for its error messages: the last 20 lines, each cut at 400
 * characters, and the line being written. Bounded whatever the probe prints.
 */
const STDERR_LINES = 20;
const STDERR_LINE_CHARS = 400;
function cutLine(line) {
    return line.length > STDERR_LINE_CHARS ? `${line.slice(0, STDERR_LINE_CHARS)}...` : line;
}
class StderrTail {
    lines = [];
    partial = '';
    /** The kept lines, the one being written last. */
    get tail() {
        return this.partial === '' ? [...this.lines] : [...this.lines, cutLine(this.partial)];
    }
    add(chunk) {
        const pieces = chunk.split('\n');
        const rest = pieces.pop() ?? '';
        for (const piece of pieces) {
            this.extend(piece);
            const line = this.partial;
            this.partial = '';
            this.lines.push(cutLine(line));
            if (this.lines.length > STDERR_LINES)
                this.lines.shift();
        }
        this.extend(rest);
    }
    /** The line being written keeps its start (where an error says what it is), one past the cut. */
    extend(text) {
        const room = STDERR_LINE_CHARS + 1 - this.partial.length;
        if (room > 0)
            this.partial += text.slice(0, room);
    }
}

/**
 * One probe process: spawn it, read its line-delimited JSON incrementally, send cells one at a
 * time, and kill its whole process tree on a timeout or at the end. It never trusts the probe:
 * every line is size-limited and validated, and a probe that dies or hangs becomes a cell error.
 */
const MAX_LINE_BYTES = 1024 * 1024;
const KILL_GRACE_MS = 2_000;
/** How long output may still arrive after the probe exited, when its pipes stay open. */
const PIPE_GRACE_MS = 500;
/**
 * Every probe whose process group may still hold a process: a signal to us kills them all
 * (killAllProbes). A session leaves once its group was killed after its leader exited.
 */
const LIVE_SESSIONS = new Set();
/** Kills the process tree of every probe still running; for a signal, so synchronous. */
function killAllProbes() {
    for (const session of [...LIVE_SESSIONS])
        session.killTree();
}
/** Why spawning a program failed, in words: a folder or a file without execute permission. */
function whyNotStarted(command, error) {
    if (error.code === 'EACCES') {
        let folder = false;
        try {
            folder = statSync(command).isDirectory();
        }
        catch {
            // Not a path we can see: found on PATH, or gone.
        }
        return folder ? 'is a folder' : 'permission denied (is it executable?)';
    }
    return error.code ?? error.message;
}
class ProbeSession {
    spec;
    child;
    buffer = '';
    stderr = new StderrTail();
    waiter;
    exited;
    onProgress;
    treeKilled = false;
    notStarted;
    /** The probe's stdout and stderr as /proc names them (`socket:[inode]`); Linux only. */
    outputPipes;
    constructor(spec) {
        this.spec = spec;
        this.child = spawn(spec.command, spec.args, {
            stdio: ['pipe', 'pipe', 'pipe'],
            env: probeEnvironment(process.env, spec.env),
            // Its own process group, so that a timeout kills the probe and everything it started.
            detached: process.platform !== 'win32',
            windowsHide: true
        });
        LIVE_SESSIONS.add(this);
        this.child.stdout?.setEncoding('utf8');
        this.child.stderr?.setEncoding('utf8');
        this.child.stdout?.on('data', (chunk) => this.onStdout(chunk));
        this.child.stderr?.on('data', (chunk) => this.stderr.add(chunk));
        this.child.stdin?.on('error', () => undefined); // a dead probe's stdin; the exit handler reports it
        this.child.on('error', (error) => {
            if (this.child.pid === undefined)
                this.notStarted = whyNotStarted(spec.command, error);
            this.finish(error.message);
        });
        this.outputPipes = outputPipesOf(this.child.pid);
        this.child.on('exit', (code, signal) => {
            if (this.treeKilled)
                LIVE_SESSIONS.delete(this);
            const why = signal !== null ? `killed by ${signal}` : `exited with code ${code}`;
            // 'exit' can come before the last output is read (its last words on stderr, a final
            // message): finish once both pipes have ended, or after a short grace when a process the
            // probe started still holds them open; then the pipes are let go, whoever holds them.
            void this.pipesEnded().then(ended => {
                this.finish(why);
                if (!ended)
                    this.releasePipes();
            });
        });
    }
    /** Starts a probe and waits for its hello (or fatal) line. */
    static async start(spec) {
        const session = new ProbeSession(spec);
        const message = await session.next(spec.startTimeoutMs ?? 60_000);
        const start = session.toStart(message);
        if (start.kind !== 'hello')
            await session.close();
        return { session, start };
    }
    get stderrTail() {
        return this.stderr.tail;
    }
    /** The probe's process id (undefined when it could not be started). */
    get pid() {
        return this.child.pid;
    }
    get alive() {
        return this.exited === undefined;
    }
    /** Runs one cell; resolves with its reply whatever happens (never rejects, never hangs). */
    async runCell(cell, budgetMs, onProgress) {
        if (!this.alive)
            return {
                kind: 'error',
                reason: `probe is not running (${this.exited})`,
                stderrTail: this.stderrTail
            };
        this.onProgress = onProgress;
        this.send({ type: 'cell', ...cell });
        try {
            for (;;) {
                const m = await this.next(budgetMs);
                if (m.type === 'exit')
                    return { kind: 'error', reason: m.why, stderrTail: this.stderrTail };
                if ('id' in m && m.id !== cell.id) {
                    await this.close();
                    return {
                        kind: 'error',
                        reason: `probe answered for cell ${JSON.stringify(m.id)} while ${cell.id} was running`,
                        stderrTail: this.stderrTail
                    };
                }
                if (m.type === 'result')
                    return { kind: 'result', outcomes: m.outcomes, stats: m.stats };
                if (m.type === 'skipped')
                    return { kind: 'skipped', reason: m.reason };
                if (m.type === 'cell-error')
                    return { kind: 'error', reason: m.message, stderrTail: this.stderrTail };
                if (m.type !== 'progress') {
                    await this.close();
                    return {
                        kind: 'error',
                        reason: `probe sent an unexpected ${m.type} message during a cell`,
                        stderrTail: this.stderrTail
                    };
                }
            }
        }
        finally {
            this.onProgress = undefined;
        }
    }
    /** What the probe said on its way out (its `end` message), once closed; undefined if nothing. */
    ending;
    /**
     * Says bye, waits briefly for the probe's `end` message (a probe may skip it) and a clean exit,
     * then kills the process group.
     */
    async close() {
        if (this.alive) {
            const exited = this.child.exitCode !== null || this.child.signalCode !== null;
            const done = exited
                ? Promise.resolve()
                : new Promise(resolve => this.child.once('exit', () => resolve()));
            this.send({ type: 'bye' });
            this.child.stdin?.end();
            // One grace for the whole goodbye: a probe that keeps talking after bye is not waited on.
            const deadline = Date.now() + KILL_GRACE_MS;
            for (;;) {
                const m = await this.next(Math.max(1, deadline - Date.now()));
                if (m.type === 'exit')
                    break;
                if (m.type === 'end') {
                    this.ending = m;
                    break;
                }
            }
            const timer = new Promise(resolve => setTimeout(resolve, KILL_GRACE_MS).unref());
            await Promise.race([done, timer]);
        }
        this.killTree();
    }
    killTree() {
        const pid = this.child.pid;
        // Once the leader is gone and its group killed, the group id may be reused: never again.
        this.treeKilled = true;
        if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null)
            LIVE_SESSIONS.delete(this);
        if (pid === undefined)
            return;
        try {
            if (process.platform === 'win32')
                this.child.kill('SIGKILL');
            else
                process.kill(-pid, 'SIGKILL');
        }
        catch {
            // Already gone: nothing to kill.
        }
    }
    toStart(m) {
        if (m.type === 'hello') {
            if (m.protocol !== PROTOCOL_VERSION) {
                return {
                    kind: 'failed',
                    message: `probe speaks protocol ${m.protocol}; this version needs ${PROTOCOL_VERSION}`,
                    stderrTail: this.stderrTail
                };
            }
            return { kind: 'hello', hello: m };
        }
        if (m.type === 'fatal')
            return { kind: 'fatal', field: m.field, message: m.message };
        if (m.type === 'exit' && /ENOENT/.test(m.why))
            return { kind: 'not-found', message: m.why };
        const why = m.type === 'exit' ? m.why : `its first message was ${m.type}, not hello`;
        return {
            kind: 'failed',
            message: why,
            stderrTail: this.stderrTail,
            ...(this.notStarted === undefined ? {} : { notStarted: this.notStarted })
        };
    }
    send(message) {
        if (this.alive && this.child.stdin?.writable)
            this.child.stdin.write(`${JSON.stringify(message)}\n`);
    }
    /** The next protocol message, or an 'exit' pseudo-message when the probe dies or times out. */
    next(timeoutMs) {
        if (this.exited !== undefined)
            return Promise.resolve({ type: 'exit', why: this.exited });
        return new Promise(resolve => {
            const timer = setTimeout(() => {
                this.waiter = undefined;
                this.killTree();
                this.exited = `timed out after ${(timeoutMs / 1000).toFixed(1)} s without an answer; the probe's process tree was killed`;
                resolve({ type: 'exit', why: this.exited });
            }, timeoutMs);
            this.waiter = m => {
                clearTimeout(timer);
                this.waiter = undefined;
                resolve(m);
            };
            this.drain();
        });
    }
    queue = [];
    drain() {
        while (this.waiter !== undefined && this.queue.length > 0) {
            const m = this.queue.shift();
            this.waiter(m);
        }
        if (this.waiter !== undefined && this.exited !== undefined)
            this.waiter({ type: 'exit', why: this.exited });
    }
    onStdout(chunk) {
        this.buffer += chunk;
        let newline;
        while ((newline = this.buffer.indexOf('\n')) >= 0) {
            const line = this.buffer.slice(0, newline).trim();
            this.buffer = this.buffer.slice(newline + 1);
            if (line !== '')
                this.onLine(line);
            if (this.exited !== undefined)
                return;
        }
        if (this.buffer.length > MAX_LINE_BYTES) {
            this.fail(`probe wrote a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`);
        }
    }
    onLine(line) {
        if (line.length > MAX_LINE_BYTES)
            return this.fail(`probe wrote a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`);
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            return this.fail(`probe wrote a line that is not JSON: ${JSON.stringify(line.slice(0, 120))}`);
        }
        const parsed = probeMessageSchema.safeParse(json);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = fieldPath(issue?.path ?? []);
            return this.fail(`probe sent an invalid message (${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}): ${JSON.stringify(line.slice(0, 120))}`);
        }
        if (parsed.data.type === 'progress') {
            this.onProgress?.(parsed.data.done, parsed.data.total);
            return;
        }
        this.queue.push(parsed.data);
        this.drain();
    }
    /** A broken stream: kill the probe; the cell in flight becomes an error with this reason. */
    fail(why) {
        this.buffer = '';
        this.killTree();
        this.finish(why);
    }
    /**
     * The probe exited and something it started still holds its stdout or stderr (a daemon in a
     * session of its own, a double-forked grandchild: outside its process group). Kill what holds
     * them, found by the pipes themselves in /proc, and close our ends: nothing the probe left
     * behind may keep the run from ending.
     */
    releasePipes() {
        const holders = processesHolding(this.outputPipes);
        for (const pid of holders) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // Gone already, or not ours to kill: our ends are closed below all the same.
            }
        }
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        // None found: what held the pipes was already on its way out (a process pool's workers,
        // killed with the probe's group, on a busy machine): nothing to tell the user.
        if (holders.length === 0)
            return;
        process.stderr.write(`callback-thread-guard: ${this.spec.describe.slice(0, 200)}: pid ${holders.join(', ')} still held the probe's output after it exited; killed and stopped reading\n`);
    }
    /** True when both pipes ended; false when the grace ran out first. */
    pipesEnded() {
        const ended = (stream) => stream === null || stream.readableEnded
            ? Promise.resolve()
            : new Promise(resolve => {
                stream.once('end', () => resolve());
                stream.once('close', () => resolve());
            });
        const grace = new Promise(resolve => setTimeout(() => resolve(false), PIPE_GRACE_MS).unref());
        return Promise.race([
            Promise.all([ended(this.child.stdout), ended(this.child.stderr)]).then(() => true),
            grace
        ]);
    }
    finish(why) {
        if (this.exited === undefined)
            this.exited = why;
        this.drain();
    }
}

async function startProbe(spec) {
    return ProbeSession.start(spec);
}
/** Starts one probe per target at once; the caller checks each start before any cell runs. */
async function startProbes(specs) {
    const entries = await Promise.all([...specs].map(async ([name, spec]) => [name, await ProbeSession.start(spec)]));
    return new Map(entries);
}
async function closeProbes(probes) {
    await Promise.all([...probes].map(p => p.session.close()));
}
/**
 * The probe itself while it lives; a new one when a timeout or a crash killed it. A probe that
 * never started is not started again: its cells are errors naming why.
 */
async function restartIfDead(current, spec) {
    if (current.session.alive || current.start.kind !== 'hello')
        return current;
    current.session.killTree(); // whatever the dead probe left behind in its process group
    return ProbeSession.start(spec);
}
/** One cell on one probe, killed past `limitMs`. */
async function runCellOn(started, cell, limitMs, onProgress) {
    if (started.start.kind !== 'hello') {
        return { kind: 'error', reason: `probe did not start: ${startFailure(started.start)}` };
    }
    const hello = started.start.hello;
    if (!hello.scenarios.includes(cell.scenario)) {
        // The probe's own reason when it gave one (own keys only: a hostile name is not a reason).
        const given = hello.unsupported;
        const reason = given !== undefined && Object.hasOwn(given, cell.scenario) ? given[cell.scenario] : undefined;
        return {
            kind: 'skipped',
            reason: reason ?? `the probe cannot run "${cell.scenario}" on ${runtimeName(started.start)}`
        };
    }
    return started.session.runCell(cell, limitMs, onProgress);
}
/** Why a probe did not start, in words ('' when it did). */
function startFailure(start) {
    switch (start.kind) {
        case 'hello':
            return '';
        case 'fatal':
            return `${start.field}: ${start.message}`;
        case 'not-found':
            return start.message;
        case 'failed':
            return start.message;
    }
}
function runtimeName(start) {
    const r = start.hello.runtime;
    return `${r.implementation} ${r.version}`;
}

/**
 * A probe that cannot start because of what the user gave it is bad input (exit 2), named by the
 * field that set it: a fatal hello, a program that does not exist or cannot be run, an
 * interpreter that did not start the probe, a built-in contract for the other kind of Python
 * target (futures, or callbacks given with the call). Any other failure to start is the cell's
 * error.
 */
/** `fieldName` names a target's field as the user set it (a flag, an input, a config field). */
function inputProblem(target, start, fieldName) {
    if (start.kind === 'fatal')
        return new InputError(fieldName(start.field), start.message);
    if (start.kind === 'not-found') {
        const field = target.kind === 'python' ? 'python' : target.kind === 'command' ? 'command' : 'pool';
        const program = target.kind === 'python' ? target.python : target.kind === 'command' ? target.command : 'node';
        return new InputError(fieldName(field), `cannot run ${quote$1(program)}: no such program`);
    }
    if (start.kind === 'failed' && target.kind === 'command' && start.notStarted !== undefined)
        return new InputError(fieldName('command'), `cannot run ${quote$1(target.command)}: ${start.notStarted}`);
    if (start.kind === 'failed' && target.kind === 'python') {
        const last = start.stderrTail.filter(l => l.trim() !== '').at(-1);
        return new InputError(fieldName('python'), `${quote$1(target.python)} did not start the probe (${start.message}${last === undefined ? '' : `: ${last.trim()}`}); is it a Python 3.8+ interpreter?`);
    }
    if (start.kind === 'hello' && target.kind === 'python' && target.contractGiven === true)
        return contractMismatch(target, takesCallbacksWithCall(start.hello.scenarios), fieldName);
    return undefined;
}
// The built-in contracts for futures (add_done_callback), and the one for apply_async's callbacks.
const FOR_FUTURES = ['thread-pool', 'process-pool'];
const FOR_CALLBACK_API = 'multiprocessing-pool';
/** A built-in contract given for the other kind of Python target: refused, saying which fits. */
function contractMismatch(target, withCall, fieldName) {
    if (withCall && FOR_FUTURES.includes(target.contract))
        return new InputError(fieldName('contract'), `${quote$1(target.contract)} is for executors that hand back futures, and ${quote$1(target.executor)} takes its callbacks with the call (apply_async): use ${FOR_CALLBACK_API} or a contract file`);
    if (!withCall && target.contract === FOR_CALLBACK_API)
        return new InputError(fieldName('contract'), `${quote$1(target.contract)} is for pools that take their callbacks with the call (apply_async), and ${quote$1(target.executor)} hands back futures: use ${FOR_FUTURES.join(' or ')} or a contract file`);
    return undefined;
}

const PLACE_LABELS = {
    'task-thread': 'task thread',
    'caller-thread': 'caller',
    'other-thread': 'other thread',
    'other-process': 'other process',
    never: 'never ran'
};
/** "task thread", "caller (inline)": where an outcome's callbacks ran. */
function placeLabel(facts) {
    const place = String(facts.ranOn);
    return (PLACE_LABELS[place] ?? place) + (facts.inline === true ? ' (inline)' : '');
}
/** Where the callbacks of a cell ran, largest first: "task thread 15", "caller, inline 1". */
function wherePlaces(cell) {
    // A few outcomes per cell, a hundred thousand cells per report: a list, not a map.
    const places = [];
    for (const o of cell.outcomes) {
        const label = placeLabel(o.facts);
        const seen = places.find(p => p.label === label);
        if (seen === undefined)
            places.push({ label, count: o.count });
        else
            seen.count += o.count;
    }
    return places.length > 1 ? places.sort((a, b) => b.count - a.count) : places;
}
function whereText(cell) {
    if (cell.verdict === 'error' || cell.verdict === 'skip')
        return '-';
    // Most cells have one outcome: its words, without building a list for it.
    const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined;
    if (only !== undefined)
        return `${placeLabel(only.facts)} ${only.count}`;
    return wherePlaces(cell)
        .map(p => `${p.label} ${p.count}`)
        .join(', ');
}
function cellParams(cell) {
    const delay = traitsOf(cell.scenario)?.timing === true ? ` delay ${cell.callbackDelayMs} ms` : '';
    return `${cell.workers}w ${cell.tasks}t ${cell.taskMs} ms${delay}${cell.repeat > 1 ? ` x${cell.repeat}` : ''}`;
}
function interestingCount(cell) {
    // A loop: this runs several times per cell of a report that may hold 100,000.
    let n = 0;
    for (const o of cell.outcomes)
        if (o.grade === 'interesting')
            n += o.count;
    return n;
}
function summarize(cells) {
    // One pass: a merged report may hold 100,000 cells.
    const byVerdict = { pass: 0, fail: 0, error: 0, skip: 0 };
    let violations = 0;
    let interesting = 0;
    for (const c of cells) {
        byVerdict[c.verdict] += 1;
        violations += c.violations.length;
        for (const o of c.outcomes)
            if (o.grade === 'interesting')
                interesting += o.count;
    }
    return {
        cells: cells.length,
        passed: byVerdict.pass,
        failed: byVerdict.fail,
        errors: byVerdict.error,
        skipped: byVerdict.skip,
        violations,
        interesting
    };
}
/**
 * A violation anywhere fails the run; otherwise anything that could not run makes it an error,
 * and so does a run in which no cell ran at all (every cell skipped): it checked nothing, and a
 * guard that checks nothing must not pass.
 */
function overallVerdict(summary) {
    if (summary.failed > 0)
        return 'fail';
    if (summary.errors > 0)
        return 'error';
    if (summary.passed === 0)
        return 'error';
    return 'pass';
}
const VERDICT_LABELS = {
    pass: 'pass',
    fail: 'FAIL',
    error: 'error',
    skip: 'skipped'
};
function headline(report) {
    const s = report.summary;
    const parts = [`${s.passed} passed`, `${s.failed} failed`];
    if (s.errors > 0)
        parts.push(`${s.errors} errors`);
    if (s.skipped > 0)
        parts.push(`${s.skipped} skipped`);
    const nothingRan = s.passed + s.failed + s.errors === 0 ? '; no cell ran, so nothing was checked' : '';
    return `${parts.join(', ')} (${s.cells} cells, ${s.violations} violations, ${s.interesting} interesting${nothingRan})`;
}
/** "ranOn: other-thread (expected task-thread)" for the facts a violation got wrong. */
function describeViolation(v) {
    const observed = new Map();
    for (const o of v.observed) {
        for (const [fact, value] of Object.entries(o)) {
            if (!observed.has(fact))
                observed.set(fact, new Set());
            observed.get(fact)?.add(String(value));
        }
    }
    if (v.rule === 'unlisted') {
        return [...observed.entries()].map(([f, vals]) => `${f}=${[...vals].join('/')}`).join(', ');
    }
    return Object.entries(v.expected)
        .map(([fact, allowed]) => `${fact}: ${[...(observed.get(fact) ?? [])].join(' or ')} (expected ${allowed.join(' or ')})`)
        .join('; ');
}
function sampleText(s) {
    return `task ${s.task ?? '-'}, callback ${s.callback ?? '-'}, caller ${s.caller ?? '-'}`;
}
function cellTitle(cell) {
    return cell.name ?? cell.scenario;
}
/** Where a pool probe saw its tasks run, by the stats it sends (the Node probe does). */
const TASK_PLACES = [
    ['tasksOnWorkerThreads', 'on worker threads'],
    ['tasksInOtherProcesses', 'in other processes'],
    ['tasksOnCallerThread', 'on the caller thread'],
    ['tasksNotRun', 'never ran']
];
/** Task places by target, counted in one pass over the cells and kept for the report's renderers. */
const tasksByTarget = new WeakMap();
/** "16 on worker threads, 8 never ran" over a target's cells; undefined when its probe does not say. */
function whereTasksRan(report, target) {
    let byTarget = tasksByTarget.get(report);
    if (byTarget === undefined) {
        byTarget = new Map();
        for (const c of report.cells) {
            if (!Object.hasOwn(c.stats, TASK_PLACES[0][0]))
                continue;
            const totals = byTarget.get(c.target) ?? TASK_PLACES.map(() => 0);
            TASK_PLACES.forEach(([key], i) => (totals[i] = (totals[i] ?? 0) + (c.stats[key] ?? 0)));
            byTarget.set(c.target, totals);
        }
        tasksByTarget.set(report, byTarget);
    }
    const totals = byTarget.get(target);
    if (totals === undefined)
        return undefined;
    return TASK_PLACES.flatMap(([, label], i) => {
        const total = totals[i] ?? 0;
        return total > 0 ? [`${total.toLocaleString('en-US')} ${label}`] : [];
    }).join(', ');
}
/** Disputes listed one by one before they are counted. */
const MAX_DISPUTES_LISTED = 10;
/**
 * What judging report files found, as plain sentences for the renderers to escape: each cell whose
 * claim its outcomes contradict (the first few, then a count), and each custom contract a file
 * carried that graded cells without the workflow naming it.
 */
function judgedNotes(report) {
    const disputed = [];
    const byContract = new Map();
    for (const c of report.cells) {
        if (c.dispute !== undefined)
            disputed.push(c);
        const own = c.gradedByReportContract;
        if (own !== undefined)
            byContract.set(own, (byContract.get(own) ?? 0) + 1);
    }
    const notes = disputed
        .slice(0, MAX_DISPUTES_LISTED)
        .map(c => `${c.id} ${c.target} / ${cellTitle(c)}: ${c.dispute ?? ''}`);
    if (disputed.length > MAX_DISPUTES_LISTED)
        notes.push(`${(disputed.length - MAX_DISPUTES_LISTED).toLocaleString('en-US')} more cells claimed what their outcomes contradict`);
    for (const [name, n] of byContract)
        notes.push(`${n.toLocaleString('en-US')} cell${n === 1 ? ' was' : 's were'} graded by the contract "${name}" that the report file carried, which the workflow did not name (input report-contracts): their verdicts rest on the file's own rules`);
    return notes;
}

/** At most this many extra probe processes at once for cells that run side by side. */
const SIDE_BY_SIDE_PROBES = 8;
/** A cell whose tasks sleep this long spends its time asleep, not on the CPU. */
const SLEEPY_TASK_MS = 50;
/** Timing margin a cell of a timing scenario needs between its registration and any task's completion. */
const TIMING_MARGIN_MS = 50;
/**
 * Whether a cell can share the machine without changing what it observes. Thread identity does
 * not depend on load; only the state at registration in a timing scenario (`timed`) does, and
 * only near a task's completion. So: tasks that sleep at least 50 ms, and for a timing scenario,
 * a callback delay at least 50 ms away from every moment a wave of tasks completes.
 */
function runsSideBySide(cell) {
    if (cell.taskMs < SLEEPY_TASK_MS)
        return false;
    if (!SCENARIO_TRAITS[cell.scenario].timing)
        return true;
    const waves = Math.ceil(cell.tasks / cell.workers);
    for (let k = 1; k <= waves; k++) {
        if (Math.abs(cell.callbackDelayMs - k * cell.taskMs) < TIMING_MARGIN_MS)
            return false;
    }
    return true;
}
/**
 * How long a cell may take before its probe is killed: the work it was asked to do, generously,
 * plus the callback timeout. Past that the probe is hung, not slow.
 */
function budgetMs(cell) {
    const waves = Math.ceil(cell.tasks / cell.workers);
    const perRepeat = cell.callbackDelayMs + waves * cell.taskMs * 2 + cell.tasks * cell.callbacks * 0.2;
    return Math.ceil(5_000 + cell.timeoutMs + cell.repeat * perRepeat);
}
/** `work` on every item, at most `limit` at a time, each taken in order as one finishes. */
async function forEachAtMost(limit, items, work) {
    const queue = [...items];
    const worker = async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift())
            await work(item);
    };
    await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}

/** The tool's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

/**
 * The pipeline: config -> matrix -> probes -> outcomes -> grading -> one report object (with a
 * budget, the cells then run again until it is spent: src/engine/budget.ts).
 * Bad input is found before any cell runs (contracts, probe commands, interpreters, executors),
 * so a run either refuses with exit code 2 or runs to a complete report.
 * This file ties the jobs together; each lives in its own module: scheduling (schedule.ts), the
 * probes' lifecycle (probes/lifecycle.ts), probe failures that are bad input
 * (probes/start-problems.ts) and grading a cell (report/grade-cell.ts).
 */
async function runConfig(config, events = {}) {
    return runPlan(expandMatrix(config), events);
}
async function runPlan(plan, events = {}) {
    const startedAt = new Date();
    const contracts = loadContracts(plan);
    const lanes = plan.budget === undefined ? 1 : budgetLanes();
    // A probe gets 10 s to start, plus the callback timeout (a user's module may import slowly).
    const startTimeoutMs = 10_000 + longestTimeoutMs(plan);
    const specs = new Map(plan.targets.map(t => [
        t.name,
        { ...launchSpec(t, fieldName(plan, t, 'command')), startTimeoutMs }
    ]));
    const started = await startAll(plan, specs);
    // The probes the targets started with: at the end, their `end` message says the GIL's state.
    const firsts = new Map(started);
    events.onStart?.(plan);
    let cells = [];
    const targets = [];
    const open = new Set(started.values());
    let budget;
    try {
        for (const target of plan.targets) {
            const first = started.get(target.name);
            const report = await runTarget(target, specs.get(target.name), first, contracts, plan, events);
            targets.push(report.target);
            for (const c of report.cells)
                cells.push(c);
        }
        if (plan.budget !== undefined) {
            const spent = await spendBudget({
                cells: plan.cells,
                reports: cells,
                budget: plan.budget,
                startedAt: startedAt.getTime(),
                run: (cell, lane) => runAgain(cell, lane, plan, specs, started, open),
                contractOf: cell => contracts.get(contractOf(plan, cell)),
                onProgress: progress => events.onBudget?.(progress),
                lanes
            });
            cells = spent.cells;
            budget = spent.record;
        }
    }
    finally {
        await closeProbes(open);
    }
    for (const t of targets)
        recordGilAtEnd(t, firsts.get(t.name));
    const summary = summarize(cells);
    const contractsByName = Object.fromEntries(contracts);
    const warnings = gilWarnings(targets, plan.requireFreeThreading === true);
    const verdict = overallVerdict(summary);
    return {
        schemaVersion: 1,
        tool: { name: 'callback-thread-guard', version: VERSION },
        verdict: verdict === 'pass' && failsFreeThreading(warnings) ? 'error' : verdict,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        summary,
        targets,
        contracts: contractsByName,
        cells,
        evidence: collectEvidence(targets, contractsByName, cells),
        ...(warnings.length === 0 ? {} : { warnings }),
        ...(budget === undefined ? {} : { budget })
    };
}
/** The GIL's state at the end of the run, from the target's first probe's `end` message. */
function recordGilAtEnd(target, first) {
    const gil = target.runtime?.gil;
    const atEnd = first?.session.ending?.gil?.atEnd;
    if (target.runtime === undefined || gil === undefined || atEnd === undefined)
        return;
    target.runtime = { ...target.runtime, gil: { ...gil, atEnd } };
}
function contractOf(plan, cell) {
    return plan.targets.find(t => t.name === cell.target).contract;
}
/**
 * One more repetition of a cell on lane `lane` of its target's probes (lane 0 ran the matrix; the
 * others start on first use), restarting a probe when a timeout or a crash killed it (like the
 * matrix run does), so one bad repetition costs only its cell.
 */
async function runAgain(cell, lane, plan, specs, started, open) {
    const key = lane === 0 ? cell.target : `${cell.target}\u0000lane ${lane}`;
    const spec = specs.get(cell.target);
    const remember = (probe) => {
        started.set(key, probe);
        open.add(probe);
        return probe;
    };
    let current = started.get(key);
    if (current === undefined) {
        // A second instance of a user's command may not be welcome (a port, a lock): ours only.
        if (plan.targets.find(t => t.name === cell.target).kind === 'command')
            return 'no-lane';
        current = remember(await startProbe(spec));
    }
    if (lane > 0 && current.start.kind !== 'hello')
        return 'no-lane';
    const live = await restartIfDead(current, spec);
    return runOn(live === current ? live : remember(live), cell, {});
}
/** One cell on a probe: the protocol's message, the cell's time limit, progress as events. */
function runOn(started, cell, events) {
    return runCellOn(started, messageOf(cell), budgetMs(cell), (done, total) => events.onProgress?.(cell, done, total));
}
/** How a message names a target's field: the flag or input that set it, or the field and target. */
function fieldName(plan, target, field) {
    return plan.labels[field] ?? `${field} (target "${target.name}")`;
}
function loadContracts(plan) {
    const contracts = new Map();
    for (const t of plan.targets) {
        if (!contracts.has(t.contract))
            contracts.set(t.contract, loadContract(t.contract, fieldName(plan, t, 'contract')));
    }
    return contracts;
}
/** Starts every probe at once and checks each hello, so bad input is refused before any cell runs. */
async function startAll(plan, specs) {
    const started = await startProbes(specs);
    for (const t of plan.targets) {
        const start = started.get(t.name).start;
        const problem = inputProblem(t, start, field => fieldName(plan, t, field));
        if (problem !== undefined) {
            await closeProbes(started.values());
            throw problem;
        }
    }
    return started;
}
async function runTarget(target, spec, first, contracts, plan, events) {
    const choice = await chooseContract(target, first, plan);
    if (!contracts.has(choice.name))
        contracts.set(choice.name, loadContract(choice.name));
    const contract = contracts.get(choice.name);
    const report = {
        name: target.name,
        kind: target.kind,
        contract: choice.name,
        ...(choice.reason === undefined ? {} : { contractReason: choice.reason })
    };
    if (first.start.kind === 'hello')
        report.runtime = first.start.hello.runtime;
    else
        report.error = startFailure(first.start);
    const mine = plan.cells.filter(c => c.target === target.name);
    const results = new Map();
    const finish = async (probe, cell, begun) => {
        const reply = await runOn(probe, cell, events);
        const graded = gradeCell({ cell, reply, contract, durationMs: Date.now() - begun });
        results.set(cell.id, graded);
        events.onCellDone?.(graded);
    };
    // Cells that mostly sleep run side by side, each in its own probe process; the rest run one
    // after another on the first probe, alongside them (see README, "Which cells run concurrently").
    const sideBySide = first.start.kind === 'hello' ? mine.filter(runsSideBySide) : [];
    const inTurn = mine.filter(c => !sideBySide.includes(c));
    const serial = (async () => {
        let current = first;
        for (const cell of inTurn) {
            // A probe killed by a timeout or a crash is restarted, so one bad cell costs only itself.
            const next = await restartIfDead(current, spec);
            if (next !== current) {
                current = next;
                if (current.start.kind !== 'hello')
                    report.error = startFailure(current.start);
            }
            await finish(current, cell, Date.now());
        }
        if (current !== first)
            await current.session.close();
    })();
    const parallel = forEachAtMost(SIDE_BY_SIDE_PROBES, sideBySide, async (cell) => {
        const begun = Date.now();
        const own = await startProbe(spec);
        try {
            await finish(own, cell, begun);
        }
        finally {
            await own.session.close();
        }
    });
    await Promise.all([serial, parallel]);
    return { target: report, cells: mine.map(c => results.get(c.id)) };
}
/**
 * The contract follows the behaviour when none was given: a pool that takes its callbacks with the
 * call (its hello lists the callback-API scenarios) gets `multiprocessing-pool`; otherwise one
 * task on one worker shows where the executor runs tasks (in another process: `process-pool`). A contract given is used as given.
 */
async function chooseContract(target, first, plan) {
    if (target.kind !== 'python' || target.contractGiven === true || first.start.kind !== 'hello')
        return { name: target.contract };
    // A pool that takes its callbacks with the call (apply_async) runs only those scenarios.
    if (takesCallbacksWithCall(first.start.hello.scenarios))
        return {
            name: 'multiprocessing-pool',
            reason: 'no contract given, and it takes its callbacks with the call (apply_async)'
        };
    const timeoutMs = longestTimeoutMs(plan);
    const look = { scenario: 'done', workers: 1, tasks: 1, callbackDelayMs: 0, taskMs: 0 };
    const cell = { id: 'contract-choice', ...look, callbacks: 1, repeat: 1, timeoutMs };
    const reply = await first.session.runCell(cell, budgetMs({ ...cell, target: target.name }));
    if (reply.kind !== 'result' || !('tasksInOtherProcesses' in reply.stats)) {
        const why = reply.kind === 'result' ? 'the probe did not say' : reply.reason;
        return {
            name: target.contract,
            reason: `by the executor's name: where tasks run could not be observed (${why})`
        };
    }
    return (reply.stats.tasksInOtherProcesses ?? 0) > 0
        ? { name: 'process-pool', reason: 'no contract given, and its tasks ran in another process' }
        : { name: 'thread-pool', reason: "no contract given, and its tasks ran in the probe's process" };
}
/** The cell as the protocol sends it: without the target and the name, which stay on this side. */
function messageOf(cell) {
    const { target: _t, name: _n, ...message } = cell;
    return message;
}
/** The longest callback timeout of the plan's cells (a fold: nothing spreads an array into a call). */
function longestTimeoutMs(plan) {
    return plan.cells.reduce((longest, c) => Math.max(longest, c.timeoutMs), 0);
}

function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * A report against a baseline (the same guard run on the base branch): which rules are newly
 * broken, which cells got fixed, erred or came and went, and which forbidden or interesting
 * outcomes appeared, vanished or shifted. How often an acceptable outcome occurs is noise (a race
 * splits differently on every run), kept apart from the changes; so is an interesting outcome's
 * rate unless a two-proportion test finds the shift significant at p < 0.001.
 *
 * Cell ids are positions ("c3") and move when the matrix changes, so cells are matched by what
 * they measure: target, experiment name, scenario and parameters. `repeat` is left out on purpose:
 * running a cell more often changes its counts, not what it measures. Everything is linear in the
 * number of cells and outcomes (maps, no search per cell).
 */
/** |z| above this is p < 0.001, two-sided, for the two-proportion z-test. */
const Z_CRITICAL = 3.2905;
function compareReports(current, baseline) {
    const sorted = new Map();
    // A baseline of the same matrix pairs its cells by position: the common prefix needs no keys.
    // Past it, several cells may measure the same thing; they are matched in order (a cursor per
    // key), which pairs them as the prefix would have.
    const prefix = commonPrefix(current.cells, baseline.cells);
    const waiting = new Map();
    for (let i = prefix; i < baseline.cells.length; i++) {
        const cell = baseline.cells[i];
        const key = cellKey(cell);
        const entry = waiting.get(key);
        if (entry === undefined)
            waiting.set(key, { cells: [cell], next: 0 });
        else
            entry.cells.push(cell);
    }
    const cells = current.cells.map((cell, i) => {
        if (i < prefix)
            return compareCell(cell, baseline.cells[i], sorted);
        const entry = waiting.get(cellKey(cell));
        const before = entry === undefined ? undefined : entry.cells[entry.next];
        if (entry !== undefined && before !== undefined)
            entry.next += 1;
        return compareCell(cell, before, sorted);
    });
    const removed = [...waiting.values()].flatMap(e => e.cells.slice(e.next).map(c => ({
        target: c.target,
        title: cellTitle(c),
        scenario: c.scenario,
        verdict: c.verdict
    })));
    const targetsNow = new Set(current.cells.map(c => c.target));
    const removedTargets = [...new Set(removed.map(r => r.target))].filter(t => !targetsNow.has(t));
    const byId = new Map();
    let newViolations = 0;
    let fixedCells = 0;
    let changedCells = 0;
    let noisyCells = 0;
    for (const c of cells) {
        byId.set(c.cellId, c);
        newViolations += c.newViolations.length;
        if (c.fixed)
            fixedCells += 1;
        if (isChanged(c))
            changedCells += 1;
        else if (c.noise > 0)
            noisyCells += 1;
    }
    return {
        cells,
        byId,
        removed,
        removedTargets,
        newViolations,
        fixedCells,
        changedCells,
        noisyCells
    };
}
/** A change a reviewer must see: a verdict, a rule, or a forbidden/interesting outcome. */
function isChanged(change) {
    return (change.isNew ||
        change.before !== change.after ||
        change.newViolations.length > 0 ||
        change.fixedViolations.length > 0 ||
        change.appeared.length > 0 ||
        change.vanished.length > 0 ||
        change.shifted.length > 0);
}
/** Anything differs from the baseline, a change or noise. */
function hasDifferences(diff) {
    return diff.changedCells > 0 || diff.removed.length > 0;
}
function compareCell(cell, before, sorted) {
    const rulesNow = ruleIds(cell);
    const rulesBefore = before === undefined ? [] : ruleIds(before);
    const change = {
        cellId: cell.id,
        isNew: before === undefined,
        ...(before === undefined ? {} : { before: before.verdict }),
        after: cell.verdict,
        newViolations: rulesNow.filter(r => !rulesBefore.includes(r)),
        fixedViolations: rulesBefore.filter(r => !rulesNow.includes(r)),
        fixed: before?.verdict === 'fail' && cell.verdict === 'pass',
        appeared: [],
        vanished: [],
        shifted: [],
        noise: 0
    };
    // Outcomes are compared only when both runs observed something: a cell that could not run in
    // one of them would otherwise show every outcome as appeared or vanished.
    if (before === undefined || !observed(before) || !observed(cell))
        return change;
    // Most cells have one outcome: with the same facts in both runs, counted at least once in each,
    // nothing changed (both rates are 1), and no map needs building.
    const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined;
    const onlyBefore = before.outcomes.length === 1 ? before.outcomes[0] : undefined;
    if (only !== undefined &&
        onlyBefore !== undefined &&
        only.count > 0 &&
        onlyBefore.count > 0 &&
        sortedFacts(only.facts, sorted).key === sortedFacts(onlyBefore.facts, sorted).key)
        return change;
    const now = outcomesByFacts(cell, sorted);
    const then = outcomesByFacts(before, sorted);
    const nowTotal = total(now);
    const thenTotal = total(then);
    // Every key of either run once: the current run's, then the baseline's that are gone.
    const keys = [...now.keys()];
    for (const key of then.keys())
        if (!now.has(key))
            keys.push(key);
    for (const key of keys) {
        const a = then.get(key);
        const b = now.get(key);
        const grade = b?.grade ?? a?.grade ?? 'acceptable';
        const countA = a?.count ?? 0;
        const countB = b?.count ?? 0;
        if (countA === countB && nowTotal === thenTotal)
            continue;
        const isForbidden = grade === 'forbidden' || (a?.grade ?? grade) === 'forbidden';
        const significant = grade === 'interesting' &&
            Math.abs(twoProportionZ(countA, thenTotal, countB, nowTotal)) > Z_CRITICAL;
        if (isForbidden || significant) {
            if (a === undefined && b !== undefined)
                change.appeared.push(b);
            else if (b === undefined && a !== undefined)
                change.vanished.push(a);
            else if (significant && a !== undefined && b !== undefined)
                change.shifted.push({
                    facts: b.facts,
                    before: { count: countA, of: thenTotal },
                    after: { count: countB, of: nowTotal }
                });
        }
        else if (a === undefined || b === undefined || countA / thenTotal !== countB / nowTotal)
            change.noise += 1;
    }
    return change;
}
/**
 * The two-proportion z statistic for x1 of n1 against x2 of n2, with the pooled proportion; 0
 * when it is undefined (no trials, or every trial the same in both runs).
 */
function twoProportionZ(x1, n1, x2, n2) {
    if (n1 <= 0 || n2 <= 0)
        return 0;
    const pooled = (x1 + x2) / (n1 + n2);
    const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
    if (variance <= 0)
        return 0;
    return (x2 / n2 - x1 / n1) / Math.sqrt(variance);
}
/** The rules a cell broke, each once (a handful at most: a short list beats a set). */
function ruleIds(cell) {
    const rules = [];
    for (const v of cell.violations)
        if (!rules.includes(v.rule))
            rules.push(v.rule);
    return rules;
}
function observed(cell) {
    return (cell.verdict === 'pass' || cell.verdict === 'fail') && cell.outcomes.length > 0;
}
function total(outcomes) {
    let n = 0;
    for (const o of outcomes.values())
        n += o.count;
    return n;
}
function outcomesByFacts(cell, sorted) {
    const byFacts = new Map();
    for (const o of cell.outcomes) {
        const { key, facts } = sortedFacts(o.facts, sorted);
        const seen = byFacts.get(key);
        if (seen === undefined)
            byFacts.set(key, { facts, grade: o.grade, count: o.count });
        else
            seen.count += o.count;
    }
    return byFacts;
}
/** The facts in name order, and their key, whatever order the probe wrote them in. */
function sortedFacts(of, cache) {
    let sorted = cache.get(of);
    if (sorted === undefined) {
        const facts = Object.fromEntries(Object.entries(of)
            .filter((entry) => entry[1] !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        // Frozen: every change that names these facts shares the object.
        sorted = { key: JSON.stringify(facts), facts: Object.freeze(facts) };
        cache.set(of, sorted);
    }
    return sorted;
}
/** What a cell measures, whatever its target, id or repetitions: its name and dimensions. */
const MEASURE = ['name', ...CELL_DIMENSIONS.filter(d => d !== 'repeat')];
/** Whether two cells measure the same thing (their measureKeys would be equal). */
function sameMeasure(a, b) {
    for (const field of MEASURE)
        if ((a[field] ?? '') !== (b[field] ?? ''))
            return false;
    return true;
}
/** The fields of MEASURE, then `more`: one array, one JSON string (the cheapest key to build). */
function measureKey(c, more) {
    // Pushed, not spread: this runs for every cell of reports of 100,000.
    const values = [];
    for (const field of MEASURE)
        values.push(c[field] ?? '');
    values.push(more);
    return JSON.stringify(values);
}
function cellKey(c) {
    return measureKey(c, c.target);
}
/** How many cells from the start the two lists have in the same order, on the same targets. */
function commonPrefix(now, then) {
    const same = (a, b) => a.target === b.target && sameMeasure(a, b);
    let n = 0;
    while (n < now.length && n < then.length && same(now[n], then[n]))
        n += 1;
    return n;
}

/**
 * A section of a report as data: a head, items (table rows or list entries) and a tail, so a
 * report within a size limit can keep the first items of a section and say how many it left
 * out. The Markdown (markdown.ts) and the terminal (terminal.ts) are both lists of Sections,
 * written by renderSection. The view carries what every section needs, computed once per report.
 */
/** The view's per-cell figures, by position: one pass over the cells. */
function cellFigures(report, diff) {
    const cells = report.cells;
    const changes = cells.map((c, i) => {
        if (diff === undefined)
            return undefined;
        // The diff lists the current report's cells in order; by id when it does not line up.
        const aligned = diff.cells[i];
        return aligned?.cellId === c.id ? aligned : diff.byId.get(c.id);
    });
    const ranks = new Uint8Array(cells.length);
    cells.forEach((c, i) => (ranks[i] = cellRank(c, changes[i])));
    return { changes, ranks };
}
function renderSection(s, take = s.items.length) {
    const items = s.items.slice(0, take);
    const left = s.items.length - take;
    const lines = [s.head, ...items];
    if (left > 0)
        lines.push(s.more(left));
    return `${lines.join('\n')}${s.tail === '' ? '' : `\n${s.tail}`}`;
}
function plural(n, word, many = `${word}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}
/**
 * The order in which cells need a reader's eyes: new violations, failures, errors, other changes
 * against the baseline, interesting passes, passes, skips.
 */
function cellRank(c, change) {
    if (change !== undefined && change.newViolations.length > 0)
        return 0;
    if (c.verdict === 'fail')
        return 1;
    if (c.verdict === 'error')
        return 2;
    if (change !== undefined && isChanged(change))
        return 3;
    if (c.verdict === 'pass' && interestingCount(c) > 0)
        return 4;
    if (c.verdict === 'pass')
        return 5;
    return 6;
}
/** `items` ordered by rank, stable: linear, each rank computed once. */
function orderByRank(items, rank) {
    if (items.length <= 1)
        return items.slice();
    return positionsByRank(items.map(rank)).map(i => items[i]);
}
/** Ranks a counting sort takes: whole numbers from 0 (cellRank has seven). */
const MAX_COUNTED_RANK = 255;
/**
 * Positions 0..n-1 ordered by their rank, stable. Ranks are small whole numbers, so a counting
 * sort: linear, no comparator called n log n times; any other rank falls back to a sort.
 */
function positionsByRank(ranks) {
    let top = 0;
    for (let i = 0; i < ranks.length; i++) {
        const r = ranks[i];
        if (!Number.isInteger(r) || r < 0 || r > MAX_COUNTED_RANK)
            return sortedByRank(ranks);
        if (r > top)
            top = r;
    }
    // Where each rank's positions start: counted, then summed.
    const starts = new Uint32Array(top + 2);
    for (let i = 0; i < ranks.length; i++) {
        const r = ranks[i] + 1;
        starts[r] = starts[r] + 1;
    }
    for (let r = 1; r < starts.length; r++)
        starts[r] = starts[r] + starts[r - 1];
    const positions = new Array(ranks.length);
    for (let i = 0; i < ranks.length; i++) {
        const r = ranks[i];
        const at = starts[r];
        positions[at] = i;
        starts[r] = at + 1;
    }
    return positions;
}
function sortedByRank(ranks) {
    const positions = Array.from({ length: ranks.length }, (_, i) => i);
    return positions.sort((a, b) => ranks[a] - ranks[b] || a - b);
}
/** "c1, c2, c3 and 8 more". */
function idList(cells, max = 6) {
    const shown = cells.slice(0, max).map(c => md(c.id, 20));
    return cells.length > max
        ? `${shown.join(', ')} and ${cells.length - max} more`
        : shown.join(', ');
}

/** A short label longer than this is cut; the key gives the full name. */
const SHORT_MAX = 18;
/**
 * Each name without the words (split at - _ / : . and spaces) that every name starts or ends
 * with. Names that would come out empty, cut or the same as another keep a numbered label
 * (T1, T2, ...) instead, so a label never points at two targets.
 */
function shortTargetLabels(names) {
    const labels = new Map();
    const unique = [...new Set(names)];
    if (unique.length <= 1) {
        for (const n of unique)
            labels.set(n, n);
        return labels;
    }
    const words = unique.map(n => n.split(/(?<=[-_/: ])/));
    const first = words[0];
    let head = 0;
    while (words.every(w => head < w.length - 1 && w[head] === first[head]))
        head += 1;
    let tail = 0;
    while (words.every(w => tail < w.length - 1 - head && w[w.length - 1 - tail] === first[first.length - 1 - tail]))
        tail += 1;
    const cut = words.map(w => w
        .slice(head, w.length - tail)
        .join('')
        .replace(/[-_/: ]+$/, ''));
    const seen = new Map();
    for (const c of cut)
        seen.set(c, (seen.get(c) ?? 0) + 1);
    unique.forEach((name, i) => {
        const short = cut[i] ?? '';
        const fits = short !== '' && short.length <= SHORT_MAX && seen.get(short) === 1;
        labels.set(name, fits && !/^T\d+$/.test(short) ? short : `T${i + 1}`);
    });
    return labels;
}
const PLACE_WORDS = {
    'task-thread': 'task',
    'caller-thread': 'caller',
    'other-thread': 'other',
    'other-process': 'process',
    never: 'never'
};
/** "task", "caller inline": where an outcome's callbacks ran, in a word or two. */
function placeWord(facts) {
    const place = String(facts.ranOn);
    return (PLACE_WORDS[place] ?? place) + (facts.inline === true ? ' inline' : '');
}
/**
 * Where most callbacks of a cell ran, in a word or two ("task", "caller inline", "task +1"); for
 * a failed cell, where the forbidden ones ran.
 */
function shortWhere(cell) {
    if (cell.verdict === 'error' || cell.verdict === 'skip')
        return '';
    // Most cells have one outcome: its word, without building lists for it.
    const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined;
    if (only !== undefined && (cell.verdict !== 'fail' || only.grade === 'forbidden'))
        return placeWord(only.facts);
    // A few outcomes per cell, a hundred thousand cells per report: lists, not maps.
    const words = [];
    const counts = [];
    for (const o of cell.outcomes) {
        if (cell.verdict === 'fail' && o.grade !== 'forbidden')
            continue;
        const word = placeWord(o.facts);
        const i = words.indexOf(word);
        if (i < 0) {
            words.push(word);
            counts.push(o.count);
        }
        else
            counts[i] = (counts[i] ?? 0) + o.count;
    }
    if (words.length === 1)
        return words[0];
    let top = '';
    let most = -1;
    for (let i = 0; i < words.length; i++)
        if ((counts[i] ?? 0) > most) {
            top = words[i];
            most = counts[i] ?? 0;
        }
    return words.length > 1 ? `${top} +${words.length - 1}` : top;
}

/** The version as people write it: "3.14.0t" for a free-threaded build. */
function runtimeVersion(r) {
    return r.gil?.build === 'free-threaded' ? `${r.version}t` : r.version;
}
function state(on) {
    return on === true ? 'on' : on === false ? 'off' : 'not seen';
}
/** "GIL: default build (always on)" or "GIL: free-threaded build; off before import, on after ...". */
function gilWords(gil) {
    if (gil.build === 'default' && gil.observedWith === 'build')
        return 'GIL: default build (it always holds the GIL)';
    const end = gil.atEnd === undefined ? '' : `, ${state(gil.atEnd)} at the end`;
    return `GIL: ${gil.build} build; ${state(gil.beforeImport)} before the executor's import, ${state(gil.afterImport)} after it${end}`;
}

/**
 * The tables of the Markdown report: with several targets a grid (experiments as rows, targets as
 * columns, failing experiments first), with one a compact table of cells; and the full per-cell
 * table. Every string that came from a probe, a config or a report goes through md() or code().
 * Rows are grouped with maps and sorted once: linear or n log n in the cells.
 */
const ICONS = {
    pass: '✅',
    fail: '❌',
    error: '⚠️',
    skip: '⏭️'
};
/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
const GRID_COLUMNS = 6;
/** Rows of the one-target table shown before the rest go to the full table. */
const OVERVIEW_ROWS = 25;
/**
 * Experiments a grid shows whatever they hold. A longer grid shows the ones that need a look
 * (a failure, an error, a change, an interesting outcome, callbacks that ran in different places
 * on different targets); the others, passed or skipped wherever they ran, are in the full table.
 */
const GRID_ROWS = 100;
function text(value, max = 200) {
    return md(value, max);
}
/** The grid, folded into one grid per six targets; experiments with a failure first. */
function gridSections(view) {
    const cells = view.report.cells;
    const targets = targetNames(view);
    // Failures first (new ones before old, then errors); the rest keep the matrix's order.
    const ordered = orderByRank(gridExperiments(view, targets), e => (e.rank <= 2 ? e.rank : 3));
    for (const e of ordered)
        setUsualPlace(e, cells);
    let rows = ordered;
    if (rows.length > GRID_ROWS) {
        const look = rows.filter(e => e.rank <= 4 || e.places > 1);
        rows = look.length > 0 ? look : rows.slice(0, OVERVIEW_ROWS);
    }
    const alike = ordered.length - rows.length;
    const sections = [];
    for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
        // The left-out experiments are said once, under the last of the grids.
        const last = start + GRID_COLUMNS >= targets.length;
        sections.push(gridSection(view, rows, targets, start, last ? alike : 0));
    }
    return sections;
}
/** The grid's rows: one per experiment, with its cells' positions per target column. */
function gridExperiments(view, targets) {
    const cells = view.report.cells;
    const column = new Map(targets.map((t, i) => [t, i]));
    // A grid row stands for what a cell measures and how often, whatever its target and id.
    const experiments = new Map();
    const order = [];
    const titles = new Map();
    // The targets of a matrix run its experiments in one order: a target's next cell is most
    // likely the experiment after its last one, and a key is built only when it is not.
    const next = new Map();
    cells.forEach((c, i) => {
        let e = order[next.get(c.target) ?? 0];
        if (e === undefined || e.first.repeat !== c.repeat || !sameMeasure(e.first, c)) {
            const key = measureKey(c, c.repeat);
            e = experiments.get(key);
            if (e === undefined) {
                const title = cellTitle(c);
                let sameTitle = titles.get(title);
                if (sameTitle === undefined)
                    titles.set(title, (sameTitle = { count: 0 }));
                sameTitle.count += 1;
                const byTarget = new Array(targets.length);
                e = {
                    title,
                    sameTitle,
                    byTarget,
                    rank: 9,
                    first: c,
                    index: order.length,
                    usual: '',
                    places: 0
                };
                experiments.set(key, e);
                order.push(e);
            }
        }
        next.set(c.target, e.index + 1);
        const at = column.get(c.target);
        const positions = e.byTarget[at];
        if (positions === undefined)
            e.byTarget[at] = [i];
        else
            positions.push(i);
        e.rank = Math.min(e.rank, view.ranks[i]);
    });
    return order;
}
/** " <sub>3.14.0t</sub>" under a free-threaded target's label (", GIL on" when it came back). */
function freeThreadedTag(view, name) {
    const r = view.report.targets.find(t => t.name === name)?.runtime;
    if (r?.gil?.build !== 'free-threaded')
        return '';
    const on = (view.report.warnings ?? []).some(w => w.kind === 'gil-enabled' && w.target === name);
    return ` <sub>${text(runtimeVersion(r), 40)}${on ? ', GIL on' : ''}</sub>`;
}
/** One grid: the targets from `start`, GRID_COLUMNS of them; `alike` experiments said left out. */
function gridSection(view, rows, targets, start, alike) {
    const columns = targets.slice(start, start + GRID_COLUMNS);
    const head = [
        `| experiment | callbacks ran | ${columns.map(t => `${text(view.labels.get(t) ?? t, 40)}${freeThreadedTag(view, t)}`).join(' | ')} |`,
        `| --- | --- |${columns.map(() => ' :-: ').join('|')}|`
    ].join('\n');
    const items = rows.map(e => {
        const label = e.sameTitle.count > 1
            ? `${text(e.title, 60)} <sub>${text(cellParams(e.first), 60)}</sub>`
            : text(e.title, 60);
        let row = `| ${label} | ${text(e.usual, 30)} |`;
        for (let k = 0; k < columns.length; k++)
            row += ` ${gridCell(e.byTarget[start + k], e.usual, view)} |`;
        return row;
    });
    return {
        head,
        items,
        tail: alike > 0
            ? `\n<sub>${plural(alike, 'more experiment')}, each passed or skipped wherever it ran, with its callbacks in one place: in the full table below.</sub>`
            : '',
        more: left => `| ${plural(left, 'more experiment')}: see the full table | |${' |'.repeat(columns.length)}`,
        noun: 'grid row'
    };
}
function targetNames(view) {
    const names = new Set(view.report.targets.map(t => t.name));
    for (const c of view.report.cells)
        names.add(c.target);
    return [...names];
}
/**
 * Sets where the callbacks of most of an experiment's passing cells ran (the row's common case),
 * and in how many places they ran.
 */
function setUsualPlace(e, cells) {
    // A few places per row, 25,000 rows in a large report: lists, not a map per row.
    const words = [];
    const counts = [];
    for (const positions of e.byTarget)
        for (const i of positions ?? []) {
            const c = cells[i];
            if (c.verdict !== 'pass')
                continue;
            const w = shortWhere(c);
            const at = words.indexOf(w);
            if (at < 0) {
                words.push(w);
                counts.push(1);
            }
            else
                counts[at] = (counts[at] ?? 0) + 1;
        }
    let most = 0;
    for (let i = 0; i < words.length; i++)
        if ((counts[i] ?? 0) > most) {
            e.usual = words[i];
            most = counts[i] ?? 0;
        }
    e.places = words.length;
}
/**
 * A verdict symbol, and where callbacks ran only when it differs from the row's common case (so a
 * difference stands out).
 */
function gridCell(positions, usual, view) {
    if (positions === undefined || positions.length === 0)
        return '—';
    // The first of the cells that most needs attention (a square usually holds one).
    let at = positions[0];
    for (const i of positions)
        if (view.ranks[i] < view.ranks[at])
            at = i;
    const worst = view.report.cells[at];
    const isNew = (view.changes[at]?.newViolations.length ?? 0) > 0;
    const mark = `${isNew ? '🆕' : ''}${ICONS[worst.verdict]}${interestingCount(worst) > 0 && worst.verdict === 'pass' ? '\\*' : ''}`;
    const worstWhere = shortWhere(worst);
    const where = worstWhere === usual ? '' : text(worstWhere, 30);
    // The failing cells' ids are in "What broke"; here they would double the row's height.
    return `${mark}${where === '' ? '' : ` ${where}`}`;
}
function gridLegend(view) {
    const parts = [
        '✅ pass',
        '❌ broke a rule',
        '⚠️ could not run',
        '⏭️ skipped',
        '— not run',
        '\\* interesting (allowed, worth a look)'
    ];
    if (view.diff !== undefined)
        parts.unshift('🆕 new against the baseline');
    const legend = `<sub>${parts.join(' · ')}. "callbacks ran": where most callbacks of the row's passing cells ran; a cell names a place only when it differs (for ❌, where the forbidden ones ran). task: the task's thread; caller: the thread that added the callback; inline: before that call returned; other: another thread; process: another process.</sub>`;
    const keyed = targetNames(view).filter(t => (view.labels.get(t) ?? t) !== t);
    if (keyed.length === 0)
        return legend;
    const key = keyed.map(t => `${text(view.labels.get(t) ?? t, 40)} = ${code(t, 120)}`).join(', ');
    return `${legend}\n\n<sub>Targets: ${key}.</sub>`;
}
/** The one-target table: cells in the order they need attention, the routine ones cut short. */
function compactSection(view) {
    const cells = view.report.cells;
    const ordered = positionsByRank(view.ranks);
    let attention = 0;
    for (const rank of view.ranks)
        if (rank <= 3)
            attention += 1;
    // A short table shows every cell; a long one only the cells that need attention (or, when
    // none does, its first rows), the rest being in the full table.
    const shown = ordered.length <= OVERVIEW_ROWS ? ordered.length : attention > 0 ? attention : OVERVIEW_ROWS;
    const rest = ordered.length - shown;
    return {
        head: tableHeader(view, false),
        items: ordered.slice(0, shown).map(i => cellRow(cells[i], i, view, false)),
        tail: rest > 0
            ? `\n<sub>${plural(rest, 'more cell')}, all passing or skipped, in the full table below.</sub>`
            : '',
        // As many cells as the header, with the baseline column when there is one.
        more: left => `| | ${plural(left, 'more cell')}: see the full table | | | |${view.diff === undefined ? '' : ' |'}`,
        noun: 'table row'
    };
}
/** Every cell in the matrix's order, collapsed. */
function fullTableSection(view) {
    const cells = view.report.cells;
    return {
        head: [
            `<details><summary>All ${plural(cells.length, 'cell')}</summary>`,
            '',
            tableHeader(view, view.multiTarget)
        ].join('\n'),
        items: cells.map((c, i) => cellRow(c, i, view, view.multiTarget)),
        tail: '\n</details>',
        more: left => `\n${plural(left, 'more row')} left out: see the JSON report.`,
        noun: 'full-table row'
    };
}
function tableHeader(view, withTarget) {
    const head = [
        'cell',
        ...(withTarget ? ['target'] : []),
        // With a target column, the parameters go under the experiment: the table stays in the box.
        withTarget ? 'experiment, parameters' : 'experiment',
        ...(withTarget ? [] : ['parameters']),
        'where callbacks ran',
        'verdict',
        ...(view.diff === undefined ? [] : ['baseline'])
    ];
    return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`].join('\n');
}
/** The row of the cell at `position` in report.cells. */
function cellRow(c, position, view, withTarget) {
    const interesting = interestingCount(c) > 0 ? ', interesting' : '';
    const verdict = c.verdict === 'fail'
        ? `❌ **FAIL** ${[...new Set(c.violations.map(v => v.rule))].map(r => code(r, 60)).join(' ')}`
        : `${ICONS[c.verdict]} ${VERDICT_LABELS[c.verdict]}${interesting}`;
    // Pushed one by one: spreading optional columns costs an iterator per row of 100,000.
    const cols = [text(c.id, 20)];
    if (withTarget) {
        cols.push(text(view.labels.get(c.target) ?? c.target, 40));
        cols.push(`${text(cellTitle(c), 60)}<br><sub>${text(cellParams(c), 60)}</sub>`);
    }
    else
        cols.push(text(cellTitle(c), 60), text(cellParams(c), 60));
    cols.push(text(whereText(c), 100), verdict);
    if (view.diff !== undefined)
        cols.push(changeWords$1(view.changes[position]));
    return `| ${cols.join(' | ')} |`;
}
/** The "vs baseline" column: the most important difference of this cell, in a few words. */
function changeWords$1(change) {
    if (change === undefined)
        return '-';
    if (change.newViolations.length > 0)
        return '🆕 new violation';
    if (change.isNew)
        return 'new cell';
    if (change.fixed)
        return '✅ fixed';
    if (change.before !== undefined && change.before !== change.after)
        return `was ${VERDICT_LABELS[change.before]}`;
    if (change.fixedViolations.length > 0)
        return 'breaks fewer rules';
    if (change.appeared.length + change.vanished.length + change.shifted.length > 0)
        return 'outcomes changed';
    return '-';
}

function baselineLine(diff) {
    const n = diff.newViolations;
    const parts = [
        n === 0 ? 'no new violations' : `**🆕 ${plural(n, 'new violation')}**`,
        `${plural(diff.fixedCells, 'cell')} fixed`,
        `${plural(diff.changedCells, 'cell')} changed`
    ];
    if (diff.removed.length > 0)
        parts.push(`${plural(diff.removed.length, 'cell')} no longer run`);
    const noise = diff.noisyCells > 0
        ? ` ${plural(diff.noisyCells, 'other cell differs', 'other cells differ')} only in how often allowed outcomes occurred (not a change).`
        : '';
    return `Against the baseline: ${parts.join(', ')}.${noise}`;
}
/** How urgent a change is, for ordering within a target: verdicts before outcomes. */
function changeRank(change) {
    if (change.newViolations.length > 0)
        return 0;
    if (change.after === 'error' && change.before !== 'error')
        return 1;
    if (change.fixed)
        return 2;
    if (change.before !== change.after || change.isNew)
        return 3;
    if (change.fixedViolations.length > 0)
        return 4;
    return 5;
}
/** What changed in a cell, without naming it: cells with the same words share one line. */
function changeWords(change) {
    const was = change.before === undefined ? 'not in the baseline' : `was ${VERDICT_LABELS[change.before]}`;
    const rules = (list) => list.map(r => code(r, 60)).join(', ');
    if (change.newViolations.length > 0)
        return `🆕 new violation of ${rules(change.newViolations)} (${was})`;
    if (change.isNew)
        return `➕ new cell, ${VERDICT_LABELS[change.after]}`;
    if (change.fixed)
        return `✅ fixed (the baseline broke ${rules(change.fixedViolations)})`;
    if (change.before !== change.after)
        return `${change.after === 'error' ? '⚠️ ' : ''}${was}, now ${change.after === 'error' ? 'could not run' : VERDICT_LABELS[change.after]}`;
    // The verdict held: what changed is a rule or a graded outcome.
    const parts = [];
    if (change.fixedViolations.length > 0)
        parts.push(`no longer breaks ${rules(change.fixedViolations)}`);
    const outcomes = (list, how) => list.length > 0
        ? [
            `${plural(list.length, `${list[0]?.grade ?? ''} outcome`)} ${how}: ${text(factsWords(list[0]?.facts ?? {}), 120)}${list.length > 1 ? ', …' : ''}`
        ]
        : [];
    parts.push(...outcomes(change.appeared, 'appeared'), ...outcomes(change.vanished, 'vanished'));
    for (const s of change.shifted)
        parts.push(`interesting outcome ${text(factsWords(s.facts), 120)} went from ${s.before.count}/${s.before.of} to ${s.after.count}/${s.after.of} (p < 0.001)`);
    return parts.join('; ');
}
function factsWords(facts) {
    return Object.entries(facts)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join(', ');
}
/** Changes per target, verdicts first; dropped targets in one line each; noise collapsed. */
function baselineSection$1(view) {
    const diff = view.diff;
    if (diff === undefined)
        return undefined;
    const perTarget = new Map();
    for (const [i, cell] of view.report.cells.entries()) {
        const change = view.changes[i];
        if (change === undefined || !isChanged(change))
            continue;
        const list = perTarget.get(cell.target);
        if (list === undefined)
            perTarget.set(cell.target, [{ change, cell }]);
        else
            list.push({ change, cell });
    }
    const dropped = new Set(diff.removedTargets);
    const removedBy = new Map();
    for (const r of diff.removed)
        removedBy.set(r.target, (removedBy.get(r.target) ?? 0) + 1);
    const items = [];
    const label = (t) => `**${text(view.labels.get(t) ?? t, 40) || '(no name)'}**`;
    for (const [target, entries] of perTarget) {
        const ranks = entries.map(e => changeRank(e.change));
        const order = entries
            .map((_, i) => i)
            .sort((a, b) => ranks[a] - ranks[b] || a - b);
        if (view.multiTarget)
            items.push(`${label(target)}`);
        // Cells with the same change share a line, in the order of their most urgent cell.
        const lines = new Map();
        for (const i of order) {
            const e = entries[i];
            const words = changeWords(e.change);
            const list = lines.get(words);
            if (list === undefined)
                lines.set(words, [e.cell]);
            else
                list.push(e.cell);
        }
        for (const [words, cells] of lines) {
            const who = cells.length === 1
                ? `**${text(cells[0]?.id ?? '', 20)}** ${text(cellTitle(cells[0]), 60)}`
                : `${plural(cells.length, 'cell')} (${idList(cells)})`;
            items.push(`- ${who}: ${words}`);
        }
        const gone = removedBy.get(target);
        if (gone !== undefined)
            items.push(`- ➖ ${plural(gone, 'cell')} of the baseline no longer run`);
        if (view.multiTarget)
            items.push('');
    }
    for (const [target, gone] of removedBy) {
        if (perTarget.has(target))
            continue;
        const whole = dropped.has(target) ? ': the whole target is gone (a dropped job?)' : '';
        items.push(`- ➖ ${label(target)}: ${plural(gone, 'cell')} of the baseline no longer run${whole}`);
    }
    if (items[items.length - 1] === '')
        items.pop();
    const noisy = diff.cells.filter(c => !isChanged(c) && c.noise > 0);
    const noise = noisy.length > 0
        ? `\n\n<details><summary>${plural(noisy.length, 'cell differs', 'cells differ')} only in how often allowed outcomes occurred</summary>\n\nA race splits differently on every run; an interesting outcome counts as a change only when its rate shifts significantly (two-proportion test, p < 0.001). Cells: ${idList(noisy.map(c => ({ id: c.cellId })), 40)}.\n\n</details>`
        : '';
    if (items.length === 0 && noise === '')
        return undefined;
    return {
        head: '### Against the baseline\n',
        items: items.length === 0 ? ['Nothing changed that changes a verdict or a graded outcome.'] : items,
        tail: noise,
        more: left => `\n${plural(left, 'more line')} of changes left out.`,
        noun: 'baseline change line'
    };
}

/**
 * What a report was compared against, in words: one Markdown line for the comment and the job
 * summary, one plain line for the terminal and the log. Every string came from the API or a report
 * file: text goes through md()/code() or plain(), a sha is shown only when it is hex, and a URL is
 * linked only when it is a plain http(s) address (a file may carry `javascript:`).
 */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%/-]*)?$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** "main at 1a2b3c4, the merge base" or "…, 3 commits behind the merge base". */
function where(source, link, esc) {
    const sha = source.sha !== undefined && SHA.test(source.sha) ? source.sha.slice(0, 7) : undefined;
    const at = sha === undefined ? '' : ` at ${link(sha, source.commitUrl)}`;
    const branch = source.branch === undefined ? 'the base branch' : esc(source.branch);
    const behind = source.commitsBehind ?? 0;
    const base = source.mergeBase === true
        ? ', the merge base'
        : source.mergeBase === false
            ? `, ${behind === 0 ? 'not the merge base' : `${behind} commit${behind === 1 ? '' : 's'} behind the merge base`}`
            : '';
    return `${branch}${at}${base}`;
}
function runWords(source, link) {
    if (source.runId === undefined)
        return '';
    const date = dateWords(source.createdAt);
    return `; ${link(`run ${source.runId}`, source.runUrl)}${date === '' ? '' : ` of ${date}`}`;
}
function dateWords(iso) {
    if (iso === undefined)
        return '';
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return '';
    return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** The Markdown line: "Baseline: <code>main</code> at [1a2b3c4](…), the merge base; [run 12](…) of …". */
function baselineSourceMarkdown(source) {
    if (source.kind === 'missing')
        return `No baseline: ${md(source.reason ?? 'none found', 300)}.`;
    if (source.kind === 'file')
        return `Baseline: the report file ${code(source.path ?? '', 160)}.`;
    const link = (text, url) => url !== undefined && SAFE_URL.test(url) ? `[${md(text, 40)}](${url})` : md(text, 40);
    return `Baseline: ${where(source, link, b => code(b, 60))}${runWords(source, link)}.`;
}
/** The plain line for the terminal and the log, URLs written out. */
function baselineWords(source) {
    if (source.kind === 'missing')
        return `no baseline: ${plain(source.reason ?? 'none found', 300)}`;
    if (source.kind === 'file')
        return `baseline: the report file ${plain(source.path ?? '', 160)}`;
    const link = (text, url) => url !== undefined && SAFE_URL.test(url) ? `${plain(text, 40)} (${url})` : plain(text, 40);
    return `baseline: ${where(source, link, b => plain(b, 60))}${runWords(source, link)}`;
}

/** Each setting that is on, in words: "one core", "switch interval 5 us". */
function settingsWords(how) {
    const on = [];
    if (how.oneCore > 0)
        on.push('one core');
    if (how.switchIntervalUs > 0)
        on.push(`switch interval ${how.switchIntervalUs} us`);
    if (how.spinBeforeUs > 0)
        on.push(`spins up to ${how.spinBeforeUs} us before registering`);
    if (how.spinAfterUs > 0)
        on.push(`spins up to ${how.spinAfterUs} us after registering`);
    if (how.spinTaskEndUs > 0)
        on.push(`spins up to ${how.spinTaskEndUs} us at each task's end`);
    if (how.extraThreads > 0)
        on.push(`${how.extraThreads} extra busy threads`);
    if (how.gatePollUs > 0)
        on.push(`held tasks poll their gate ${how.gatePollUs} us`);
    return on.length === 0 ? 'no setting on' : on.join(', ');
}
/**
 * "perturbed lanes (one core) on every second repetition: python3 ThreadPoolExecutor 120,000
 * callbacks perturbed, 118,000 plain"; or "perturbed lanes: none, turned off (...)".
 */
function perturbationWords(record) {
    if (record.how === undefined)
        return `perturbed lanes: none, ${record.off ?? 'none ran'}`;
    const where = record.everySecondRepetition
        ? 'every second repetition'
        : `lane${record.lanes.length === 1 ? '' : 's'} ${record.lanes.join(', ')}`;
    const counts = record.callbacks
        .map(c => `${c.target} ${c.perturbed.toLocaleString('en-US')} callbacks perturbed, ${c.plain.toLocaleString('en-US')} plain`)
        .join('; ');
    return `perturbed lanes (${settingsWords(record.how)}) on ${where}: ${counts}`;
}

/** A target's label, never empty: it goes between ** markers, and "****" is no bold. */
function targetLabel(view, target) {
    return text(view.labels.get(target) ?? target, 40) || '(no name)';
}
/** One entry per broken rule: its sentence and source once, then who broke it, with an example. */
function whatBrokeSection$1(view) {
    const rules = new Map();
    for (const c of view.report.cells) {
        for (const v of c.violations) {
            let entry = rules.get(v.rule);
            if (entry === undefined) {
                entry = { rule: v.rule, says: v.says, source: v.source, byTarget: new Map() };
                rules.set(v.rule, entry);
            }
            const t = entry.byTarget.get(c.target);
            if (t === undefined)
                entry.byTarget.set(c.target, { cells: [c], callbacks: v.count, first: v });
            else {
                if (t.cells[t.cells.length - 1] !== c)
                    t.cells.push(c);
                t.callbacks += v.count;
            }
        }
    }
    if (rules.size === 0)
        return undefined;
    const items = [];
    for (const r of rules.values()) {
        items.push(`**${code(r.rule, 60)}**: ${text(r.says, 300)} <sub>(source: ${text(r.source, 60)})</sub>`);
        for (const [target, t] of r.byTarget) {
            const who = view.multiTarget ? `**${targetLabel(view, target)}**: ` : '';
            const sample = t.first.samples[0];
            items.push(`- ${who}${plural(t.cells.length, 'cell')} (${idList(t.cells)}), ${plural(t.callbacks, 'callback')}: ${text(describeViolation(t.first), 200)}${sample === undefined ? '' : `; e.g. ${text(sampleWords(sample), 160)}`}`);
            // What happened, in words (an event hub that ran callbacks late, or never): the first
            // cell's notes stand for the target's.
            const noted = t.cells.find(c => (c.notes?.length ?? 0) > 0);
            for (const n of noted?.notes ?? [])
                items.push(`  - <sub>${text(noted?.id ?? '', 20)}: ${text(n, 300)}</sub>`);
        }
        items.push('');
    }
    items.pop();
    return {
        head: '### What broke\n',
        items,
        tail: '',
        more: left => `\n${plural(left, 'more line')} left out.`,
        noun: '"What broke" line'
    };
}
/** "callback on Dispatcher, task on ThreadPoolExecutor-0_0": the threads a sample names. */
function sampleWords(s) {
    const parts = [];
    if (s.callback !== undefined && s.callback !== null)
        parts.push(`callback on ${s.callback}`);
    if (s.task !== undefined && s.task !== null)
        parts.push(`task on ${s.task}`);
    // The caller matters when the callback ran there; otherwise it is the main thread every time.
    if (s.caller !== undefined && s.caller !== null && s.caller === s.callback)
        parts.push('the thread that added it');
    return parts.length === 0 ? 'no thread names' : parts.join(', ');
}
/** Cells grouped by a reason: errors (with the stderr tail of the first), or skips. */
function byReason(cells) {
    const groups = new Map();
    for (const c of cells) {
        const reason = c.reason ?? 'no reason given';
        const list = groups.get(reason);
        if (list === undefined)
            groups.set(reason, [c]);
        else
            list.push(c);
    }
    return groups;
}
function reasonLines(view, groups, tails) {
    const lines = [];
    for (const [reason, cells] of groups) {
        const targets = new Map();
        for (const c of cells) {
            const list = targets.get(c.target);
            if (list === undefined)
                targets.set(c.target, [c]);
            else
                list.push(c);
        }
        const where = [...targets]
            .map(([t, cs]) => view.multiTarget ? `**${targetLabel(view, t)}** ${idList(cs, 4)}` : idList(cs, 8))
            .join('; ');
        lines.push(`- ${text(reason, 300)}: ${plural(cells.length, 'cell')} (${where})`);
        const tail = tails ? (cells[0]?.stderrTail ?? []).slice(-5) : [];
        if (tail.length > 0)
            lines.push(`  <br>last stderr lines: ${tail.map(l => code(l, 160)).join(' ')}`);
    }
    return lines;
}
function couldNotRunSection(view) {
    const errors = view.report.cells.filter(c => c.verdict === 'error');
    if (errors.length === 0)
        return undefined;
    return {
        head: '### Could not run\n',
        items: reasonLines(view, byReason(errors), true),
        tail: '',
        more: left => `\n${plural(left, 'more line')} left out.`,
        noun: '"Could not run" line'
    };
}
function skippedSection$1(view) {
    const skipped = view.report.cells.filter(c => c.verdict === 'skip');
    if (skipped.length === 0)
        return undefined;
    return {
        head: `<details><summary>${plural(skipped.length, 'cell')} skipped</summary>\n`,
        items: reasonLines(view, byReason(skipped), false),
        tail: '\n</details>',
        more: left => `\n${plural(left, 'more reason')} left out.`,
        noun: 'skip reason'
    };
}
/** Interesting outcomes grouped by the entry that allowed them and by target. */
function interestingSection$1(view) {
    const groups = new Map();
    for (const c of view.report.cells)
        for (const o of c.outcomes) {
            if (o.grade !== 'interesting')
                continue;
            const key = JSON.stringify([o.rules.join(','), c.target]);
            const g = groups.get(key);
            if (g === undefined)
                groups.set(key, {
                    cells: [c],
                    count: o.count,
                    facts: `registered ${String(o.facts.registered)}, ran on ${String(o.facts.ranOn)}`
                });
            else {
                if (g.cells[g.cells.length - 1] !== c)
                    g.cells.push(c);
                g.count += o.count;
            }
        }
    if (groups.size === 0)
        return undefined;
    const items = [...groups].map(([key, g]) => {
        const [rules, target] = JSON.parse(key);
        const who = view.multiTarget ? `**${targetLabel(view, target)}** ` : '';
        return `- ${who}${code(rules, 80)}: ${plural(g.count, 'callback')} in ${idList(g.cells)} (e.g. ${text(g.facts, 120)})`;
    });
    return {
        head: '<details><summary>Interesting outcomes (allowed, worth a look)</summary>\n',
        items,
        tail: '\n</details>',
        more: left => `\n${plural(left, 'more line')} left out.`,
        noun: 'interesting-outcome line'
    };
}
/** A list, not a table: executor names and paths are long words that would widen a table. */
function runtimeSection$1(view) {
    const items = view.report.targets.map(t => {
        const r = t.runtime;
        const runtime = r === undefined
            ? `did not start: ${text(t.error ?? 'unknown', 200)}`
            : `${text(r.implementation, 40)} ${text(runtimeVersion(r), 40)}, ${code(r.executor)}${r.gil === undefined ? '' : `; ${text(gilWords(r.gil), 200)}`}`;
        const tasks = whereTasksRan(view.report, t.name);
        const named = (view.labels.get(t.name) ?? t.name) === t.name ? '' : ` (${code(t.name, 120)})`;
        return `- **${targetLabel(view, t.name)}**${named}: ${runtime}; contract ${code(t.contract, 60)}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`;
    });
    return {
        head: '<details><summary>Runtimes and contracts</summary>\n',
        items,
        tail: '\n</details>',
        more: left => `- ${plural(left, 'more target')}`,
        noun: 'runtime line'
    };
}

/**
 * The evidence of the Markdown report: one line per target in words (under <details> with several
 * targets), with the pooled line of its history beneath and what started a history again; then,
 * under <details>, the bound of every rule, the rate of every interesting outcome, the pooled bound
 * of every rule and each outcome's trend. Every string from a report goes through text() or code().
 */
function who(view, target) {
    return view.multiTarget ? `**${targetLabel(view, target)}**: ` : '';
}
function evidenceParts(view) {
    const report = view.report;
    const pooled = report.pooled;
    // Pooled lines only where a history adds to this run: one run pooled is this run's own line.
    const pooledTargets = new Map((pooled?.targets ?? []).filter(p => p.runs > 1).map(p => [p.target, p]));
    const targetLines = report.targets.flatMap(t => {
        const p = pooledTargets.get(t.name);
        return [
            `- ${who(view, t.name)}${text(targetEvidenceWords(report, t.name), 600)}`,
            ...(p === undefined ? [] : [`  - ${text(pooledTargetWords(p), 400)}`])
        ];
    });
    if (report.budget !== undefined)
        targetLines.push(`- ${text(perturbationWords(report.budget.perturbation), 500)}`);
    for (const note of pooled?.notes ?? [])
        targetLines.push(`- 🔁 ${text(note, 400)}`);
    const pooledRules = (pooled?.evidence ?? [])
        .filter(e => e.runs > 1)
        .map(e => `- ${who(view, e.target)}${text(pooledRuleWords(e), 400)}`);
    const trends = shownTrends(report).map(t => `- ${who(view, t.target)}${code(t.entry, 60)}: ${text(trendWords(t), 300)}`);
    const historyLines = [
        ...(pooledRules.length === 0
            ? []
            : ['', 'Pooled over the runs of the history:', '', ...pooledRules]),
        ...(trends.length === 0
            ? []
            : [
                '',
                `Interesting outcomes per run, oldest first (drift test: p below ${pooled?.alpha ?? 0} over the whole report, and a change of at least ${MIN_RATIO}x):`,
                '',
                ...trends
            ])
    ];
    const many = view.multiTarget;
    const rows = evidenceOf(report).map(e => `| ${many ? `${targetLabel(view, e.target)} | ` : ''}${code(e.rule, 60)} | ${e.checked.toLocaleString('en-US')} | ${e.broken.toLocaleString('en-US')} | ${e.checked === 0 ? 'not checked' : e.upperBound >= 1 ? '100%' : text(rateWords(e.upperBound), 40)} |`);
    const table = [
        '',
        `${many ? '| target ' : ''}| rule | callbacks checked | broken | rate below (95%) |`,
        `|${many ? ' --- |' : ''} --- | ---: | ---: | --- |`,
        ...rows
    ];
    const rates = interestingRatesOf(report).map(r => `- ${who(view, r.target)}${code(r.entry, 60)}: ${text(interestingWords(r), 200)}`);
    const rateLines = rates.length === 0 ? [] : ['', 'How often interesting outcomes occurred:', '', ...rates];
    return { targetLines, table, rateLines: [...rateLines, ...historyLines] };
}
const more = (left) => `\n${plural(left, 'more line')} left out.`;
/**
 * One target: its evidence line in the open, the rules under <details>. Several: nothing here;
 * everything goes into the runtimes' <details> (withEvidence), so the grid keeps the first screen
 * and the comment stays as long as it was.
 */
function evidenceSections(view) {
    if (view.multiTarget || view.report.targets.length === 0)
        return [];
    const { targetLines, table, rateLines } = evidenceParts(view);
    return [
        {
            head: '### Evidence (95% confidence)\n',
            items: targetLines,
            tail: '',
            more,
            noun: 'evidence line'
        },
        {
            head: '<details><summary>Evidence per rule</summary>\n',
            items: [...table, ...rateLines],
            tail: '\n</details>',
            more,
            noun: 'evidence row'
        }
    ];
}
/** With several targets, the runtimes section also carries the evidence, after the runtimes. */
function withEvidence(runtimes, view) {
    if (!view.multiTarget || view.report.targets.length === 0)
        return runtimes;
    const { targetLines, table, rateLines } = evidenceParts(view);
    return {
        ...runtimes,
        head: `<details><summary>Runtimes, contracts and evidence (95% confidence; ${plural(callbacksChecked(view.report), 'callback')} checked)</summary>\n`,
        items: [...runtimes.items, '', '**Evidence**', '', ...targetLines, ...table, ...rateLines],
        more
    };
}

/** "a misroute of 1 in 10,000 on this executor was caught in 8 of 8 control runs (...)". */
function controlWords(r) {
    if (r.status === 'not-run')
        return `no control: ${r.reason ?? 'it could not run'}`;
    const rate = `a misroute of 1 in ${r.oneIn.toLocaleString('en-US')} on this executor`;
    const seen = `was caught in ${r.caught} of ${plural(r.runs, 'control run')} (${plural(r.callbacks, 'callback')} graded${r.perturbedCallbacks ? `, ${r.perturbedCallbacks.toLocaleString('en-US')} of them on perturbed lanes` : ''}${r.errors > 0 ? `; ${r.errors} could not run` : ''})`;
    if (r.status === 'caught')
        return `${rate} ${seen}`;
    if (r.status === 'partly')
        return (`CONTROL CAUGHT ONLY SOMETIMES: ${rate} ${seen}. A fault at that rate is seen in only some` +
            ' runs of this size, so the bound claims more than the run shows: give it more callbacks' +
            ' (--budget, more tasks)');
    return (`CONTROL NOT CAUGHT: ${rate} ${seen}. This run cannot see a fault at that rate, so its bound is` +
        ' not worth its number: give it more callbacks (--budget, more tasks) or a larger N');
}
/** Whether any control of the report was missed: every sink says so loudly. */
function controlMissed(controls) {
    return (controls ?? []).some(r => r.status === 'missed');
}

/** What the reproducer runs and what its exit code means, after its command. */
function reproducerWords(r) {
    return (`reruns cell ${r.cell} (${r.rules.join(', ')}) alone, shrunk to ${plural(r.workers, 'worker')}` +
        ` and ${plural(r.tasks, 'task')}: it needs only Python and the executor's module, exits 1` +
        ` naming the rule when it reproduces, 0 after ${plural(r.tries, 'clean try', 'clean tries')}`);
}

/**
 * The Markdown report of the job summary and the pull-request comment. Its first screen says
 * whether anything broke, where (a grid of experiments by target, or one target's table, failures
 * first), which rule (grouped, each rule once) and whether it is new (against a baseline);
 * everything else sits under <details>.
 *
 * Within a size limit (a comment holds 65,536 characters) sections are filled in the order a
 * reader needs them, each keeping its first items, and a closing note says what was left out and
 * where the full report is. Every string that came from outside goes through md() or code() in
 * the section builders; sizes are measured once per item (linear).
 */
/** Room kept for the closing note of a cut report, besides where the full report is. */
const NOTE_RESERVE = 800;
/** Room kept per cut section for its "N more" line. */
const MORE_RESERVE = 120;
function renderMarkdown(report, title = 'callback-thread-guard') {
    return renderReport(report, { title });
}
/** The order in which sections get room when not everything fits. */
const FILL_ORDER = [
    'broke',
    'errors',
    'overview',
    'baseline',
    'evidence',
    'skipped',
    'runtimes',
    'interesting',
    'full'
];
/** The order in which they are printed. */
const PRINT_ORDER = [
    'overview',
    'broke',
    'errors',
    'baseline',
    'skipped',
    'interesting',
    'full',
    'evidence',
    'runtimes'
];
function prepareReport(report, diff) {
    const targets = new Set([...report.targets.map(t => t.name), ...report.cells.map(c => c.target)]);
    for (const r of diff?.removed ?? [])
        targets.add(r.target);
    const view = {
        report,
        ...(diff === undefined ? {} : { diff }),
        labels: shortTargetLabels([...targets]),
        multiTarget: targets.size > 1,
        ...cellFigures(report, diff)
    };
    const sections = new Map();
    const put = (slot, s) => {
        if (s !== undefined)
            sections.set(slot, [...(sections.get(slot) ?? []), s]);
    };
    if (view.multiTarget)
        for (const g of gridSections(view))
            put('overview', g);
    else
        put('overview', compactSection(view));
    put('broke', whatBrokeSection$1(view));
    put('errors', couldNotRunSection(view));
    put('baseline', baselineSection$1(view));
    for (const e of evidenceSections(view))
        put('evidence', e);
    put('skipped', skippedSection$1(view));
    put('interesting', interestingSection$1(view));
    if (view.multiTarget || report.cells.length > OVERVIEW_ROWS)
        put('full', fullTableSection(view));
    put('runtimes', withEvidence(runtimeSection$1(view), view));
    return {
        report,
        diff,
        sections,
        broken: brokenLine(view),
        drift: driftLine(view),
        legend: view.multiTarget ? gridLegend(view) : ''
    };
}
/**
 * The report as Markdown. `options.prepared` is used when it was prepared from this report and
 * this diff; otherwise the sections are built here.
 */
function renderReport(report, options = {}) {
    const prepared = options.prepared?.report === report && options.prepared.diff === options.diff
        ? options.prepared
        : prepareReport(report, options.diff);
    const sections = prepared.sections;
    const head = [
        ...headBlocks(report, options),
        prepared.broken,
        prepared.drift,
        controlBlock(report),
        warningBlock(report)
    ];
    const legend = prepared.legend;
    const footer = options.footer ?? '';
    const body = (takes) => PRINT_ORDER.flatMap(slot => {
        const blocks = (sections.get(slot) ?? []).flatMap(s => {
            const take = takes === undefined ? s.items.length : (takes.get(s) ?? -1);
            return take < 0 ? [] : [renderSection(s, take)];
        });
        return slot === 'overview' && blocks.length > 0 ? [...blocks, legend] : blocks;
    });
    // A cut report says so before the tables, not below them.
    const assemble = (blocks, note) => document([...head, note, ...blocks, footer]);
    // The whole body is joined as document() joins blocks, so it is one block of the same text.
    prepared.body ??= trimNewlines(document(body(undefined)));
    const limit = options.limit;
    if (limit === undefined)
        return assemble([prepared.body], '');
    const measure = limit.measure ?? ((t) => t.length);
    // Measured by its parts, not built first: the whole may be tens of megabytes, and is thrown
    // away when it does not fit (characters and UTF-8 bytes both add up over whole strings).
    const fullParts = [...head, prepared.body, footer].map(trimNewlines).filter(b => b !== '');
    const fullSize = fullParts.reduce((n, b) => n + measure(b), 0) + 2 * (fullParts.length - 1) + 1;
    if (fullSize <= limit.max)
        return `${fullParts.join('\n\n')}\n`;
    // Blocks are joined by blank lines: two characters each.
    let used = measure(document([...head, legend, footer])) + NOTE_RESERVE + measure(options.fullReport ?? '');
    const takes = new Map();
    const left = [];
    for (const slot of FILL_ORDER)
        for (const s of sections.get(slot) ?? []) {
            const frame = measure(s.head) + measure(s.tail) + 4 + MORE_RESERVE;
            if (used + frame > limit.max) {
                left.push(plural(s.items.length, s.noun));
                continue;
            }
            used += frame;
            let take = 0;
            for (const item of s.items) {
                const cost = measure(item) + 1;
                if (used + cost > limit.max)
                    break;
                used += cost;
                take += 1;
            }
            takes.set(s, take);
            if (take < s.items.length)
                left.push(plural(s.items.length - take, s.noun));
        }
    const note = [
        `✂️ **Cut to stay under ${limit.label}.** Left out: ${left.join(', ')}.`,
        options.fullReport === undefined ? '' : ` The full report: ${options.fullReport}.`
    ].join('');
    return assemble(body(takes), note);
}
function document(blocks) {
    return `${blocks
        .map(trimNewlines)
        .filter(b => b !== '')
        .join('\n\n')}\n`;
}
/** Without its trailing newlines; read from the end, since a block may be megabytes long. */
function trimNewlines(block) {
    let end = block.length;
    while (end > 0 && block.charCodeAt(end - 1) === 10)
        end -= 1;
    return end === block.length ? block : block.slice(0, end);
}
function headBlocks(report, options) {
    const title = options.title ?? 'callback-thread-guard';
    return [
        options.marker ?? '',
        `## ${ICONS[report.verdict]} ${text(title, 120)}: ${report.verdict}`,
        // With one target, nothing else on the first screen names it.
        `${report.targets.length === 1 ? `${code(report.targets[0]?.name ?? '', 80)}: ` : ''}${headline(report)}.${report.baselineSource === undefined ? '' : `<br>${baselineSourceMarkdown(report.baselineSource)}`}${options.diff === undefined ? '' : `<br>${baselineLine(options.diff)}`}`,
        judgedNotes(report)
            .map(n => `- ⚖️ ${md(n, 400)}`)
            .join('\n')
    ];
}
/** On the first screen: interesting outcomes whose rate drifted from the pooled history. */
function driftLine(view) {
    const drifted = driftedTrends(view.report);
    if (drifted.length === 0)
        return '';
    const entries = drifted.map(t => {
        const where = view.multiTarget ? ` (${text(view.labels.get(t.target) ?? t.target, 40)})` : '';
        return `${code(t.entry, 60)}${where}: ${text(driftWords(t), 200)}`;
    });
    return `**⚠️ Rate drift:** ${entries.join('; ')}.`;
}
/** On the first screen: what the positive control saw, a missed one as a warning. */
function controlBlock(report) {
    return (report.control ?? [])
        .map(r => {
        const who = report.targets.length > 1 ? `${code(r.target, 80)}: ` : '';
        const mark = r.status === 'missed' || r.status === 'partly' ? '⚠️ ' : r.status === 'caught' ? '🎯 ' : '';
        return `- ${mark}**Positive control:** ${who}${md(controlWords(r), 500)}.`;
    })
        .join('\n');
}
/** On the first screen: run-level warnings (a free-threaded runtime whose GIL came back on). */
function warningBlock(report) {
    return (report.warnings ?? [])
        .map(w => {
        const who = report.targets.length > 1 ? `${code(w.target, 80)}: ` : '';
        const mark = w.level === 'error' ? '❌ **Error:**' : '⚠️ **Warning:**';
        return `- ${mark} ${who}${md(w.message, 500)}.`;
    })
        .join('\n');
}
/** On the first screen, before any table: which rules broke, and where. */
function brokenLine(view) {
    const rules = new Map();
    for (const c of view.report.cells)
        for (const v of c.violations) {
            const targets = rules.get(v.rule) ?? new Set();
            targets.add(c.target);
            rules.set(v.rule, targets);
        }
    if (rules.size === 0)
        return '';
    const entries = [...rules].map(([rule, targets]) => {
        const where = view.multiTarget
            ? ` (${[...targets].map(t => text(view.labels.get(t) ?? t, 40)).join(', ')})`
            : '';
        return `${code(rule, 60)}${where}`;
    });
    const r = view.report.reproducer;
    const reproduce = r === undefined
        ? ''
        : `<br>**Reproduce it alone:** ${code(r.command, 300)} ${md(reproducerWords(r), 400)}.`;
    return `**Broken:** ${entries.join(', ')}.${reproduce}`;
}

// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(fullwidthRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return isInRange(wideRanges, codePoint);
};

function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

/**
Logic:
- Segment graphemes to match how terminals render clusters.
- Width rules:
	1. Skip non-printing clusters (Default_Ignorable, Control, pure nonspacing/enclosing Mark, lone Surrogates). Tabs are ignored by design.
	2. RGI emoji clusters (\p{RGI_Emoji}) are double-width.
	3. Minimally-qualified/unqualified emoji clusters (ZWJ sequences with 2+ Extended_Pictographic, or keycap sequences) are double-width.
	4. Hangul jamo collapse each standard modern Hangul L+V or L+V+T syllable piece to width 2.
	   Unmatched repeated leading/vowel/trailing jamo stay additive because that matches how the terminals we target render them.
	5. Otherwise use East Asian Width of the cluster's first visible code point, and add widths for trailing spacing marks and Halfwidth/Fullwidth Forms within the same cluster (e.g., dakuten/handakuten/prolonged sound mark).
*/

const segmenter = new Intl.Segmenter();

// Matches a visible (printing) character. Used to find the base scalar of a cluster (skipping leading Prepend/Format/Marks) and to detect whole-cluster zero-width.
// Intentionally a single negated class without a quantifier: a repeated pattern like `^(?:…|…)+$` backtracks exponentially on overlapping properties, and even `^[…]+$` overflows V8's backtrack stack (RangeError) on clusters with millions of marks.
const visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const spacingMarkRegex = /\p{Spacing_Mark}/v;

// RGI emoji sequences
const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;

// Detect minimally-qualified/unqualified emoji sequences (missing VS16 but still render as double-width)
const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = /\p{Extended_Pictographic}/gu;

function isDoubleWidthNonRgiEmojiSequence(segment) {
	// Real emoji clusters are < 30 chars; guard against pathological input
	if (segment.length > 50) {
		return false;
	}

	if (unqualifiedKeycapRegex.test(segment)) {
		return true;
	}

	// ZWJ sequences with 2+ Extended_Pictographic
	if (segment.includes('\u200D')) {
		const pictographics = segment.match(extendedPictographicRegex);
		return pictographics !== null && pictographics.length >= 2;
	}

	return false;
}

// Returns the cluster starting at its first visible character, or `undefined` if the whole cluster is zero-width.
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex);
	return index === -1 ? undefined : segment.slice(index);
}

function isHangulLeadingJamo(codePoint) {
	return (codePoint >= 0x11_00 && codePoint <= 0x11_5F)
		|| (codePoint >= 0xA9_60 && codePoint <= 0xA9_7C);
}

function isHangulVowelJamo(codePoint) {
	return (codePoint >= 0x11_60 && codePoint <= 0x11_A7)
		|| (codePoint >= 0xD7_B0 && codePoint <= 0xD7_C6);
}

function isHangulTrailingJamo(codePoint) {
	return (codePoint >= 0x11_A8 && codePoint <= 0x11_FF)
		|| (codePoint >= 0xD7_CB && codePoint <= 0xD7_FB);
}

function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint)
		|| isHangulVowelJamo(codePoint)
		|| isHangulTrailingJamo(codePoint);
}

function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];

	for (const character of visibleSegment) {
		if (!visibleCharacterRegex.test(character)) {
			continue;
		}

		codePoints.push(character.codePointAt(0));
	}

	if (codePoints.length === 0) {
		return undefined;
	}

	let width = 0;

	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) {
				return undefined;
			}

			// Mixed cluster (e.g., L + precomposed syllable): use EAW for non-jamo remainder
			for (let remaining = index; remaining < codePoints.length; remaining++) {
				width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			}

			return width;
		}

		// Modern Hangul L+V(+T) shapes as one syllable block. Unmatched jamo stay additive:
		// U+1100 U+1100 U+1161 => U+1100 + (U+1100 U+1161) => 2 + 2.
		if (
			isHangulLeadingJamo(codePoint)
			&& isHangulVowelJamo(codePoints[index + 1])
		) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}

	return width;
}

function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;

	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}

		if (
			spacingMarkRegex.test(character)
			|| (character >= '\uFF00' && character <= '\uFFEF')
		) {
			extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
		}
	}

	return extra;
}

function stringWidth(input, options = {}) {
	if (typeof input !== 'string' || input.length === 0) {
		return 0;
	}

	const {
		ambiguousIsNarrow = true,
		countAnsiEscapeCodes = false,
	} = options;

	let string = input;

	// Avoid calling stripAnsi when there are no ANSI escape sequences (ESC = 0x1B, CSI = 0x9B)
	if (!countAnsiEscapeCodes && (string.includes('\u001B') || string.includes('\u009B'))) {
		string = stripAnsi(string);
	}

	if (string.length === 0) {
		return 0;
	}

	// Fast path: printable ASCII (0x20–0x7E) needs no segmenter, regex, or EAW lookup — width equals length.
	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}

	let width = 0;
	const eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};

	for (const {segment} of segmenter.segment(string)) {
		// Zero-width / non-printing clusters
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === undefined) {
			continue;
		}

		// Emoji width logic
		if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}

		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== undefined) {
			width += hangulWidth;
			continue;
		}

		// Everything else: EAW of the cluster’s first visible scalar
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);

		// Add width for trailing spacing marks and Halfwidth/Fullwidth Forms (e.g., ﾞ, ﾟ, ｰ)
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}

	return width;
}

/**
 * The terminal view: one row per cell, then what broke, what was interesting and why cells were
 * skipped, then the runtimes and a closing line. Colour only on a TTY and never with NO_COLOR.
 * Every string from outside goes through plain(); columns are padded by display width (wide
 * characters take two). Each part is a Section (section.ts), built by its builder in
 * TERMINAL_SECTIONS and written by renderSection as the Markdown's are; the builders are the
 * terminal's own because its words differ from the Markdown's in every section (per cell, not
 * per rule; full target names; other lengths), and the output is held byte for byte.
 */
/** Printable ASCII, most of a report: one column a character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Columns a string takes. */
function displayWidth(text) {
    return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
/** Cell ids listed per skip reason; the rest are counted. */
const SKIPPED_IDS_SHOWN = 5;
/**
 * Rows the table shows whatever they hold. A larger report lists the cells that need a look
 * (failed, could not run, interesting, disputed, graded by a file's own contract) and counts the
 * rest, as jcstress's console prints only the tests that failed, erred or were interesting: the
 * JSON report lists every cell. (The terminal names the baseline; the changes are the Markdown's.)
 */
const TERMINAL_ROWS = 1000;
/** Without a baseline, cellRank's first four ranks: failed, could not run, interesting. */
function needsLook(c) {
    return (cellRank(c, undefined) <= 4 || c.dispute !== undefined || c.gradedByReportContract !== undefined);
}
/**
 * The terminal's sections, in print order: each a Section (section.ts) as the Markdown's are,
 * absent when it has nothing to say. A new section is one builder here.
 */
const TERMINAL_SECTIONS = [
    cellTableSection,
    whatBrokeSection,
    reproduceSection,
    interestingSection,
    skippedSection,
    judgedSection,
    evidenceSection,
    controlSection,
    warningSection,
    runtimeSection,
    baselineSection,
    verdictSection
];
function renderTerminal(report, color = false) {
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const view = { report, paint };
    const blocks = [];
    for (const build of TERMINAL_SECTIONS) {
        const section = build(view);
        if (section !== undefined)
            blocks.push(renderTerminalSection(section));
    }
    // The runner reads a log line that starts with "::" (after spaces) as a workflow command, and
    // a line may start with a name (the runtimes): the pair is broken by a zero-width space, at
    // the start of every line (`m`: a section is several lines).
    return blocks.join('\n').replace(/^(\s*):(?=:)/gm, '$1:\u200b');
}
/** A section as terminal lines: its head (when it has one), its items, its tail; never cut. */
function renderTerminalSection(s) {
    return s.head === ''
        ? [...s.items, ...(s.tail === '' ? [] : [s.tail])].join('\n')
        : renderSection(s);
}
/** A titled section after a blank line; absent without items. */
function titled(view, title, items, noun) {
    if (items.length === 0)
        return undefined;
    return {
        head: `\n${view.paint(1, title)}`,
        items,
        tail: '',
        more: left => plural(left, noun),
        noun
    };
}
/** Lines that follow the section before, with no title of their own. */
function untitled(items, noun) {
    if (items.length === 0)
        return undefined;
    return { head: '', items, tail: '', more: left => plural(left, noun), noun };
}
/** One row per cell (the cells that need a look, in a large report), padded to the columns. */
function cellTableSection({ report, paint }) {
    const manyTargets = report.targets.length > 1;
    const header = [
        '#',
        ...(manyTargets ? ['target'] : []),
        'experiment',
        'scenario',
        'params',
        'where callbacks ran',
        'verdict'
    ];
    const listed = report.cells.length <= TERMINAL_ROWS ? report.cells : report.cells.filter(needsLook);
    // Pushed one by one: spreading the optional column costs an iterator per row of 100,000.
    const rows = listed.map(c => {
        const row = [plain(c.id, 20)];
        if (manyTargets)
            row.push(plain(c.target, 40));
        row.push(plain(cellTitle(c), 48), c.scenario, cellParams(c), plain(whereText(c), 60));
        row.push(VERDICT_LABELS[c.verdict] + verdictNotes(c));
        return row;
    });
    const table = paddedTable(header, rows);
    const items = rows.map((_, r) => {
        const cell = listed[r];
        const code = cell.verdict === 'fail' ? 31 : cell.verdict === 'error' ? 33 : cell.verdict === 'skip' ? 2 : 0;
        const text = table.line(r);
        return code === 0 ? text : paint(code, text);
    });
    const unlisted = report.cells.length - listed.length;
    return {
        head: `${paint(1, table.header)}\n${table.rule}`,
        items,
        tail: unlisted > 0
            ? `${plural(unlisted, 'more cell')}, passed or skipped, not listed: the JSON report lists every cell (the CLI writes it with --json FILE).`
            : '',
        more: left => plural(left, 'more cell'),
        noun: 'cell row'
    };
}
/**
 * A table's lines padded to its columns' display widths: the header, the rule under it, and row
 * r as line(r). Each cell's width is measured once, into one flat array (a report may hold
 * 100,000 rows).
 */
function paddedTable(header, rows) {
    // A loop, not Math.max(...widths): spreading 100,000 rows into a call overflows the stack.
    const columns = header.length;
    const headerWidths = header.map(displayWidth);
    const widths = [...headerWidths];
    const measured = new Uint32Array(rows.length * columns);
    rows.forEach((row, r) => {
        for (let i = 0; i < columns; i++) {
            const w = displayWidth(row[i] ?? '');
            measured[r * columns + i] = w;
            if (w > (widths[i] ?? 0))
                widths[i] = w;
        }
    });
    // Padding strings made once, not once per cell.
    const pads = Array.from({ length: Math.max(...widths) + 1 }, (_, n) => ' '.repeat(n));
    /**
     * A row padded to the widths; `shown` holds its cells' widths from `at` on. trimEnd() also
     * makes the line one flat string: 100,000 lines kept as trees of pieces cost the collector more.
     */
    const line = (cells, shown, at) => {
        let text = '';
        for (let i = 0; i < cells.length; i++) {
            if (i > 0)
                text += '  ';
            text += (cells[i] ?? '') + (pads[Math.max(0, (widths[i] ?? 0) - (shown[at + i] ?? 0))] ?? '');
        }
        return text.trimEnd();
    };
    return {
        // Padded by its own widths, as every row is (with `widths` it was never padded at all).
        header: line(header, headerWidths, 0),
        rule: widths.map(w => '-'.repeat(w)).join('  '),
        line: r => line(rows[r], measured, r * columns)
    };
}
/** Per failing cell: why it could not run, or each rule it broke with examples, and its notes. */
function whatBrokeSection(view) {
    const { report, paint } = view;
    const items = [];
    for (const c of report.cells) {
        if (c.verdict !== 'fail' && c.verdict !== 'error')
            continue;
        const where = `${plain(c.id, 20)} ${plain(cellTitle(c))}`;
        if (c.verdict === 'error') {
            items.push(`  ${where}: could not run: ${plain(c.reason ?? 'unknown', 300)}`);
            for (const l of (c.stderrTail ?? []).slice(-5))
                items.push(`      stderr: ${plain(l, 160)}`);
            continue;
        }
        for (const v of c.violations) {
            items.push(`  ${where}: ${paint(31, plain(v.rule, 60))}, ${v.count} callback${v.count === 1 ? '' : 's'}: ${plain(describeViolation(v), 200)}`);
            items.push(`      rule: ${plain(v.says, 300)}`);
            for (const s of v.samples.slice(0, 2))
                items.push(`      e.g. ${plain(sampleText(s), 160)}`);
        }
        for (const n of c.notes ?? [])
            items.push(`      note: ${plain(n, 300)}`);
    }
    return titled(view, 'What broke', items, '"What broke" line');
}
function reproduceSection(view) {
    const r = view.report.reproducer;
    if (r === undefined)
        return undefined;
    return titled(view, 'Reproduce it alone', [`  ${plain(r.command, 400)}`, `      ${plain(reproducerWords(r), 400)}`], 'line');
}
/** Each interesting outcome of each cell, then how often each interesting entry occurred. */
function interestingSection(view) {
    const { report } = view;
    const items = [];
    let cells = 0;
    for (const c of report.cells) {
        if (interestingCount(c) === 0)
            continue;
        cells += 1;
        for (const o of c.outcomes.filter(x => x.grade === 'interesting')) {
            items.push(`  ${plain(c.id, 20)} ${plain(cellTitle(c))}: ${plain(o.rules.join(', '), 120)} x${o.count} (registered ${plain(String(o.facts.registered), 40)}, ran on ${plain(String(o.facts.ranOn), 40)})`);
        }
    }
    for (const r of interestingRatesOf(report))
        items.push(`  ${plain(r.entry)} on ${plain(r.target)}: ${plain(interestingWords(r), 200)}`);
    if (cells === 0)
        return untitled(items, 'interesting line');
    return {
        head: `\n${view.paint(1, 'Interesting (allowed, worth a look)')}`,
        items,
        tail: '',
        more: left => plural(left, 'interesting line'),
        noun: 'interesting line'
    };
}
/** The row says "skipped"; why is said once per reason, with the first few cells it covers. */
function skippedSection(view) {
    const skipped = byReason(view.report.cells.filter(c => c.verdict === 'skip'));
    const items = [...skipped].map(([reason, cells]) => {
        const ids = cells.slice(0, SKIPPED_IDS_SHOWN).map(c => plain(c.id, 20));
        const more = cells.length > SKIPPED_IDS_SHOWN ? `, +${cells.length - SKIPPED_IDS_SHOWN}` : '';
        return `  ${ids.join(', ')}${more}: ${plain(reason, 300)}`;
    });
    return titled(view, 'Skipped', items, 'skip reason');
}
/** The cells of a report file whose claims were wrong, or graded by the file's own contract. */
function judgedSection(view) {
    const items = judgedNotes(view.report).map(n => `  ${plain(n, 300)}`);
    return titled(view, 'Judged from the evidence', items, 'judged line');
}
/** Per target its evidence in words (and pooled over its history), then the trends. */
function evidenceSection({ report, paint }) {
    const items = [];
    const pooled = new Map((report.pooled?.targets ?? []).filter(p => p.runs > 1).map(p => [p.target, p]));
    for (const t of report.targets) {
        items.push(`  ${plain(t.name)}: ${plain(targetEvidenceWords(report, t.name), 400)}`);
        const p = pooled.get(t.name);
        if (p !== undefined)
            items.push(`      ${plain(pooledTargetWords(p), 400)}`);
    }
    if (report.budget !== undefined)
        items.push(`  ${plain(perturbationWords(report.budget.perturbation), 500)}`);
    for (const note of report.pooled?.notes ?? [])
        items.push(`  history: ${plain(note, 400)}`);
    for (const t of shownTrends(report))
        items.push(`  ${plain(t.entry, 60)} on ${plain(t.target)}: ${plain(trendWords(t), 300)}`);
    return {
        head: `\n${paint(1, 'Evidence (95% confidence)')}`,
        items,
        tail: '',
        more: left => plural(left, 'evidence line'),
        noun: 'evidence line'
    };
}
function controlSection(view) {
    const items = (view.report.control ?? []).map(r => {
        const words = plain(controlWords(r), 500);
        return `  ${plain(r.target)}: ${r.status === 'missed' || r.status === 'partly' ? view.paint(31, words) : words}`;
    });
    return titled(view, 'Positive control', items, 'control line');
}
/** Run-level warnings (a free-threaded runtime whose GIL came back on), loud in every sink. */
function warningSection(view) {
    const items = (view.report.warnings ?? []).map(w => `  ${plain(w.target)}: ${view.paint(w.level === 'error' ? 31 : 33, `${w.level === 'error' ? 'ERROR' : 'WARNING'}: ${plain(w.message, 500)}`)}`);
    return titled(view, 'Warnings', items, 'warning line');
}
function runtimeSection({ report, paint }) {
    const items = report.targets.map(t => {
        const r = t.runtime;
        const what = r === undefined
            ? `did not start: ${plain(t.error ?? 'unknown')}`
            : `${plain(r.implementation)} ${plain(runtimeVersion(r))}, ${plain(r.executor)}${r.gil === undefined ? '' : `; ${plain(gilWords(r.gil))}`}`;
        const tasks = whereTasksRan(report, t.name);
        return `  ${plain(t.name)}: ${what}; contract ${plain(t.contract)}${t.contractReason === undefined ? '' : ` (${plain(t.contractReason)})`}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`;
    });
    return {
        head: `\n${paint(1, 'Runtimes')}`,
        items,
        tail: '',
        more: left => plural(left, 'more target'),
        noun: 'runtime line'
    };
}
function baselineSection({ report }) {
    const source = report.baselineSource;
    return source === undefined ? undefined : untitled(['', baselineWords(source)], 'baseline line');
}
/** The closing line: the verdict, the headline, the time, and a positive control not caught. */
function verdictSection({ report, paint }) {
    const code = report.verdict === 'pass' ? 32 : report.verdict === 'fail' ? 31 : 33;
    const line = `${paint(code, report.verdict.toUpperCase())}: ${headline(report)} in ${(report.durationMs / 1000).toFixed(1)} s${controlMissed(report.control) ? '; the positive control was not caught, so this run proves little' : ''}`;
    return untitled(['', line], 'verdict line');
}
/** " (disputed)", " (report's contract)": what the verdict column says besides the verdict. */
function verdictNotes(c) {
    // Most cells have none: no list to build and join for each of them.
    if (c.dispute === undefined &&
        c.gradedByReportContract === undefined &&
        interestingCount(c) === 0)
        return '';
    const notes = [
        interestingCount(c) > 0 ? ' (interesting)' : '',
        c.dispute === undefined ? '' : ' (disputed)',
        c.gradedByReportContract === undefined ? '' : " (report's contract)"
    ];
    return notes.join('');
}

export { runConfig as $, echoValue as A, ACTION_DOOR as B, CLI_LABELS as C, oneOf as D, ExitCode as E, DEFAULT_JSON_PATH as F, refuseIfNotRegular as G, splitList as H, InputError as I, compareReports as J, prepareReport as K, ACTION_LABELS as L, baselineWords as M, assetPath as N, shellQuoteExports as O, runPlan as P, traitsOf as Q, REPORT_FORMATS as R, SCENARIO_TRAITS as S, kindOf as T, renderMarkdown as U, VERSION as V, renderJson as W, renderTerminal as X, killAllProbes as Y, configSchema as Z, fieldPath as _, CLI_DOOR as a, loadContract as a0, contractSchema as a1, cellParams as a2, sampleText as a3, builtInContractNames as a4, gradeOutcome as a5, gradeOutcomes as a6, violationsOf as a7, gradingMemo as a8, summarize as a9, rederiveGil as aa, overallVerdict as ab, collectEvidence as ac, builtInContract as ad, gradeEvidence as ae, number as af, _enum as ag, SCENARIOS as ah, object as ai, string as aj, record as ak, array as al, runtimeSchema as am, boolean as an, custom as ao, literal as ap, violationSchema as aq, gradedOutcomeSchema as ar, readInputText as as, xmlText as at, runtimeVersion as au, gilWords as av, ENGINE_OPTIONS as b, cut as c, readOverrides as d, expandMatrix as e, flagsOf as f, budgetWords as g, evidenceOf as h, interestingTallies as i, testDrift as j, describeViolation as k, loadConfig as l, code as m, renderReport as n, oneLine as o, plain as p, quote$1 as q, readFileTargets as r, headline as s, targetsEvidence as t, upperBound as u, cellTitle as v, controlMissed as w, worstUpperBound as x, callbacksChecked as y, hasDifferences as z };
