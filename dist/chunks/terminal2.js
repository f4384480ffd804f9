import { spawn } from 'node:child_process';
import { readlinkSync, readdirSync, statSync, openSync, constants, fstatSync, readSync, closeSync } from 'node:fs';

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
function quote(value) {
    return JSON.stringify(cut(typeof value === 'string' ? value : String(value)));
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
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
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
    def.pattern ?? (def.pattern = duration);
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
function registry$1() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry$1());
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

const parse = /* @__PURE__ */ _parse(ZodRealError);
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
        return parse(this, data, params, { callee: _parse });
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
/**
 * `taskOn`, present only when the future's task ran on the caller's own OS thread (docs/protocol.md,
 * "Outcomes"): `caller-thread`, in the caller's own flow (inside submit(): a synchronous
 * executor); `green-thread`, in another greenlet of that OS thread (green threads).
 */
const TASK_ON = ['caller-thread', 'green-thread'];
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
 * Node pools: when a handler first ran, if not while the pool was open. `close`: only once the
 * probe had begun to close the pool (the pool settled the task at close(), not when it ended).
 * The Node probe writes `close` and leaves the fact out otherwise; `open` is what the rules expect.
 */
const RAN_AT = ['open', 'close'];
/**
 * Node pools, beside `ranAt: close`: how the handler was called on its first run, as the adapter
 * told the probe (`then(handler.fulfilled, handler.rejected)`); `unknown` when the adapter calls
 * the plain handler for both (docs/adapter.md).
 */
const SETTLEMENTS = ['fulfilled', 'rejected', 'unknown'];

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
    // Only when the future's task ran on the caller's own OS thread: in its own flow (inside
    // submit()) or in another greenlet of it (green threads).
    taskOn: _enum(TASK_ON).optional(),
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
    call: _enum(CALL_POSITIONS).optional(),
    // Node pools: the handler first ran only once the probe began to close the pool, and how it
    // was called then (fulfilled or rejected, as the adapter told).
    ranAt: _enum(RAN_AT).optional(),
    settled: _enum(SETTLEMENTS).optional()
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
    oneCore: 1,
    aimAtCompletion: 1
};

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

const PLACE_LABELS = {
    'task-thread': 'task thread',
    'caller-thread': 'caller',
    'other-thread': 'other thread',
    'other-process': 'other process',
    never: 'never ran'
};
/** Where on the caller's thread the task ran too (the `taskOn` fact), said beside "caller". */
const TASK_ON_LABELS = {
    'caller-thread': ', in submit()',
    'green-thread': ', green thread'
};
/** "task thread", "caller (inline)", "caller, green thread": where an outcome's callbacks ran. */
function placeLabel(facts) {
    const place = String(facts.ranOn);
    const task = place === 'caller-thread' && facts.taskOn !== undefined
        ? (TASK_ON_LABELS[facts.taskOn] ?? '')
        : '';
    return (PLACE_LABELS[place] ?? place) + task + (facts.inline === true ? ' (inline)' : '');
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
    return `${parts.join(', ')} (${s.cells} cell${s.cells === 1 ? '' : 's'}, ${s.violations} violation${s.violations === 1 ? '' : 's'}, ${s.interesting} interesting${nothingRan})`;
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
    ['tasksNotRun', 'never ran'],
    // Counted from tasksNotRun of the experiments that cancel queued tasks (cancel, shutdown, end).
    ['tasksCancelled', 'cancelled before they ran, as the experiment intends']
];
/** Whether an experiment cancels queued tasks on purpose, so a task that never ran is expected. */
function cancelsTasks(scenario) {
    const adapter = traitsOf(scenario)?.adapter;
    return adapter?.cancel === true || adapter?.shutdown === true;
}
/** Task places by target, counted in one pass over the cells and kept for the report's renderers. */
const tasksByTarget = new WeakMap();
/**
 * "2,082 on worker threads, 16 cancelled before they ran, as the experiment intends" over a
 * target's cells; undefined when its probe does not say.
 */
function whereTasksRan(report, target) {
    let byTarget = tasksByTarget.get(report);
    if (byTarget === undefined) {
        byTarget = new Map();
        for (const c of report.cells) {
            if (!Object.hasOwn(c.stats, TASK_PLACES[0][0]))
                continue;
            const totals = byTarget.get(c.target) ?? TASK_PLACES.map(() => 0);
            const expected = cancelsTasks(c.scenario);
            TASK_PLACES.forEach(([key], i) => {
                const n = key === 'tasksCancelled'
                    ? expected
                        ? (c.stats.tasksNotRun ?? 0)
                        : 0
                    : key === 'tasksNotRun' && expected
                        ? 0
                        : (c.stats[key] ?? 0);
                totals[i] = (totals[i] ?? 0) + n;
            });
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
 * All grading happens here: each observed outcome is checked against the contract's rules.
 *
 * - A rule applies to an outcome when its `given` matches; it holds when its `expect` matches.
 * - An outcome breaking an applicable rule is forbidden, unless an `interesting` entry matches it
 *   and waives exactly the rules it breaks: then it is interesting (allowed, worth a look).
 * - An outcome that no rule with a non-empty `given` speaks about is forbidden ("unlisted"),
 *   as jcstress forbids every outcome its test does not list.
 * - A callback on the caller's thread whose task ran there too (the `taskOn` fact: a synchronous
 *   executor, green threads) ran both on the caller's thread and where its task ran. A rule that
 *   asks for the task's thread is graded by what it means: it ran where the task ran (the rest of
 *   the rule, `inline: false`, still decides). A rule that asks for the caller's thread and not
 *   the task's cannot tell the two apart there, unless it also asks for `inline: true` (which
 *   proves the callback ran in the adding thread): it is not checked on that outcome, never broken.
 */
/*
 * What grading produces, as schemas: the one definition of these shapes. The types below are
 * inferred from them, and a report read back from a file is validated with them (report/model.ts).
 */
const count$1 = number().int().min(0);
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
    count: count$1,
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
    const speaking = contract.rules.filter(r => matches(r.given, facts));
    // A rule that cannot be told apart still speaks about the outcome (it is listed), unchecked.
    const applicable = speaking.filter(r => decides(r, facts));
    const broken = applicable
        .filter(r => !matches(r.expect, factsFor(r, facts)))
        .map(r => breach(r, factsFor(r, facts)));
    const listed = speaking.some(r => Object.keys(r.given).length > 0);
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
/** The callback ran on the caller's OS thread, where its task ran too (see the header). */
function onTaskAndCaller(facts) {
    return facts.taskOn !== undefined && facts.ranOn === 'caller-thread';
}
/** Which of the caller's and the task's threads a rule's `ranOn` allows. */
function threadsAllowed(rule) {
    const allowed = asList(rule.expect.ranOn);
    return { caller: allowed.includes('caller-thread'), task: allowed.includes('task-thread') };
}
/**
 * Whether a rule can be checked on these facts: not when the callback ran on the caller's thread
 * that also ran its task and the rule asks for the caller's thread only, with nothing (an
 * `inline: true`) that proves where. Evidence counts a rule as checked only where it decides.
 */
function decides(rule, facts) {
    if (!onTaskAndCaller(facts))
        return true;
    const { caller, task } = threadsAllowed(rule);
    if (!caller || task)
        return true;
    const inline = asList(rule.expect.inline);
    return inline.length === 1 && inline[0] === true;
}
/** The facts a rule is checked against: the task's thread for a rule that asks for it there. */
function factsFor(rule, facts) {
    if (!onTaskAndCaller(facts))
        return facts;
    const { caller, task } = threadsAllowed(rule);
    return task && !caller ? { ...facts, ranOn: 'task-thread' } : facts;
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
        const contract = contractOf(contracts, target);
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
                    // A rule that cannot tell the caller's thread from the task's there is not checked.
                    if (hit && decides(contract.rules[i], o.facts))
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
        const contract = contractOf(contracts, target);
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
function contractOf(contracts, target) {
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
 * What a run is worth, in words: "no violation in 2,400,000 callbacks: at 95% confidence, fewer
 * than 1.2 in a million could break a rule", per target, and the rate of each interesting outcome with its
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
function count(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * What a bound says, read as a reader reads it: about violations not seen. "fewer than 31% of
 * callbacks could break done-is-done", "fewer than 1.2 in a million could break a rule".
 */
function couldBreakWords(upperBound, rule) {
    const unit = unitOf(upperBound);
    const what = rule === undefined ? 'a rule' : rule;
    return `fewer than ${scaled(upperBound, unit)}${unit[1] === '%' ? ' of callbacks' : ''} could break ${what}`;
}
/**
 * "no violation in 2,400,000 callbacks: at 95% confidence, fewer than 1.2 in a million could
 * break a rule"; with violations, only what was seen ("8 of 8 callbacks broke a rule"): a bound
 * beside violations reads as a failure rate.
 */
function boundSentence(broken, checked, upperBound, rule) {
    if (checked === 0)
        return 'no callback checked, so no bound';
    if (broken > 0)
        return `${broken.toLocaleString('en-US')} of ${count(checked, 'callback')} broke ${'a rule'}`;
    const what = `no violation in ${count(checked, 'callback')}`;
    return upperBound >= 1
        ? `${what}: too few for a bound`
        : `${what}: at 95% confidence, ${couldBreakWords(upperBound, rule)}`;
}
/**
 * One target in a line: its whole histogram, the rule with the least evidence (when it bounds less
 * and nothing broke), unchecked rules.
 */
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
    if (t.forbidden === 0 &&
        weakest !== undefined &&
        weakest.broken === 0 &&
        weakest.upperBound > t.upperBound)
        parts.push(weakest.upperBound >= 1
            ? `${weakest.rule}: only ${count(weakest.checked, 'callback')} checked, too few for a bound`
            : `${couldBreakWords(weakest.upperBound, weakest.rule)}: only ${weakest.checked.toLocaleString('en-US')} ${weakest.checked === 1 ? 'was' : 'were'} checked`);
    const unchecked = rules.filter(e => e.checked === 0).map(e => e.rule);
    if (unchecked.length > 0)
        parts.push(`not checked: ${unchecked.join(', ')}`);
    return parts.join('; ');
}
/**
 * Several targets in a line, when none broke a rule: "no violation in 13,012 callbacks on 6
 * targets: at 95% confidence, on every target fewer than 1.4 in a thousand could break a rule"
 * (the least checked target's bound). Undefined when a target broke a rule or none was checked.
 */
function allTargetsEvidenceWords(report) {
    const byTarget = targetsEvidenceOf(report);
    let callbacks = 0;
    let worst = 0;
    for (const t of report.targets) {
        const e = byTarget.get(t.name);
        if (e === undefined)
            continue;
        if (e.forbidden > 0)
            return undefined;
        callbacks += e.callbacks;
        if (e.upperBound > worst)
            worst = e.upperBound;
    }
    if (callbacks === 0)
        return undefined;
    const what = `no violation in ${count(callbacks, 'callback')} on ${count(report.targets.length, 'target')}`;
    return worst >= 1
        ? `${what}: too few on some target for a bound`
        : `${what}: at 95% confidence, on every target ${couldBreakWords(worst)}`;
}
/** "533 of 1,000 callbacks: 53% (95% interval 50% to 56%)". */
function interestingWords(r) {
    const unit = unitOf(r.count / r.of);
    const [low, high] = r.interval;
    return `${r.count.toLocaleString('en-US')} of ${count(r.of, 'callback')}: ${scaled(r.count / r.of, unit)} (95% interval ${scaled(low, unit)} to ${scaled(high, unit)})`;
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
function boundWords(bound, rule) {
    return bound >= 1 ? 'too few for a bound' : `at 95% confidence, ${couldBreakWords(bound, rule)}`;
}
/**
 * "no violation of worker-runs-callback in 48,213,000 callbacks over 31 runs since 2026-11-02: at
 * 95% confidence, fewer than 62 in a billion could break worker-runs-callback".
 */
function pooledRuleWords(e) {
    if (e.checked === 0)
        return `${e.rule}: no callback checked over ${count(e.runs, 'run')}`;
    const over = `over ${count(e.runs, 'run')} since ${day(e.since)}`;
    if (e.broken > 0)
        return `${e.broken.toLocaleString('en-US')} of ${count(e.checked, 'callback')} broke ${e.rule} ${over}`;
    return `no violation of ${e.rule} in ${count(e.checked, 'callback')} ${over}: ${boundWords(e.upperBound, e.rule)}`;
}
/** "pooled: no violation in 48,213,000 callbacks over 31 runs since 2026-11-02: at 95% ...". */
function pooledTargetWords(t) {
    const over = `over ${count(t.runs, 'run')} since ${day(t.since)}`;
    if (t.forbidden > 0)
        return `pooled: ${t.forbidden.toLocaleString('en-US')} of ${count(t.callbacks, 'callback')} broke a rule ${over}`;
    return `pooled: no violation in ${count(t.callbacks, 'callback')} ${over}: ${boundWords(t.upperBound)}`;
}
/** "now 1.9 in a thousand, 190 in a million over the 6 runs before"; "" without a test. */
function driftWords(t) {
    const d = t.drift;
    if (d === undefined)
        return '';
    return `now ${rateWords(d.rate)}, ${rateWords(d.earlierRate)} over the ${count(d.earlierRuns, 'run')} before`;
}
/** "▁▂▁▁█ last 5 runs, now 21 in 10,000 against 2.1 in 10,000 before: ⚠️ drift (p = 1e-9)". */
function trendWords(t) {
    const runs = `${sparkline(t.rates)} over ${count(t.rates.length, 'run')}`;
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
    const lines = s.head === '' ? items.slice() : [s.head, ...items];
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

const ICONS = {
    pass: '✅',
    fail: '❌',
    error: '⚠️',
    skip: '⏭️'
};
/** Rows of the one-target table shown before the rest go to the full table. */
const OVERVIEW_ROWS = 25;
/**
 * Rows the open grid (and the one-target table) shows of what needs a look: past it, the grid
 * folds experiments with the same result on every target into one row, and the table counts the
 * rest (a pool that breaks every experiment would otherwise push "What broke" down).
 */
const GRID_ROWS = 5;
function text(value, max = 200) {
    return md(value, max);
}
/**
 * The one-target table: the first GRID_ROWS cells that need a look (failed, could not run,
 * changed against the baseline, interesting without one), in that order; the others are counted
 * under it and listed in the full table. Undefined when no cell needs a look: the headline says it all.
 */
function compactSection(view) {
    const cells = view.report.cells;
    const shown = positionsByRank(view.ranks).filter(i => {
        const rank = view.ranks[i];
        return rank <= 3 || (rank === 4 && view.diff === undefined);
    });
    if (shown.length === 0)
        return undefined;
    let skipped = 0;
    for (const c of cells)
        if (c.verdict === 'skip')
            skipped += 1;
    const passed = cells.length - shown.length - skipped;
    // Past GRID_ROWS, the rest are counted: "What broke" right below groups the failures by rule.
    const beyond = shown.length - GRID_ROWS;
    const rest = [
        beyond > 0
            ? `${plural(beyond, 'more cell')} to look at ("What broke" groups them by rule)`
            : '',
        passed > 0 ? `${plural(passed, beyond > 0 ? 'cell' : 'more cell')} passed` : '',
        skipped > 0 ? `${plural(skipped, 'cell')} skipped (why: under "skipped" below)` : ''
    ].filter(t => t !== '');
    return {
        head: tableHeader(view, false),
        items: shown.slice(0, GRID_ROWS).map(i => cellRow(cells[i], i, view, false)),
        tail: rest.length > 0 ? `\n${rest.join('; ')}: in the full table below.` : '',
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

/**
 * The line under the title: the changed cells, then what they are, each cell counted once so the
 * parts add up ("2 cells changed: 🆕 1 new violation, 1 fixed"); cells no longer run; noise.
 */
function baselineLine(diff) {
    let broke = 0;
    let fixed = 0;
    let erred = 0;
    let other = 0;
    for (const c of diff.cells) {
        if (!isChanged(c))
            continue;
        if (c.newViolations.length > 0)
            broke += 1;
        else if (c.fixed)
            fixed += 1;
        else if (c.after === 'error' && c.before !== 'error')
            erred += 1;
        else
            other += 1;
    }
    const changed = broke + fixed + erred + other;
    // A cell may break several rules anew: the rules are counted beside the cells then.
    const rules = diff.newViolations > broke ? ` (${plural(diff.newViolations, 'rule')} newly broken)` : '';
    const kinds = [
        broke > 0 ? `**🆕 ${plural(broke, 'new violation')}**${rules}` : '',
        fixed > 0 ? `${fixed.toLocaleString('en-US')} fixed` : '',
        erred > 0 ? `${erred.toLocaleString('en-US')} could not run` : '',
        other > 0 ? `${other.toLocaleString('en-US')} other` : ''
    ].filter(k => k !== '');
    const parts = [
        changed === 0 ? 'no cell changed' : `${plural(changed, 'cell')} changed: ${kinds.join(', ')}`
    ];
    if (diff.removed.length > 0)
        parts.push(`${plural(diff.removed.length, 'cell')} of the baseline no longer run`);
    const noise = diff.noisyCells > 0
        ? ` ${plural(diff.noisyCells, 'other cell differs', 'other cells differ')} only in how often allowed outcomes occurred: not a change.`
        : '';
    return `Against the baseline: ${parts.join('; ')}.${noise}`;
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
    if (how.aimAtCompletion > 0)
        on.push("registration aimed at each task's end");
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
    const rows = evidenceOf(report).map(e => `| ${many ? `${targetLabel(view, e.target)} | ` : ''}${code(e.rule, 60)} | ${e.checked.toLocaleString('en-US')} | ${e.broken.toLocaleString('en-US')} | ${couldBreakCell(e)} |`);
    const table = [
        '',
        `${many ? '| target ' : ''}| rule | callbacks checked | broken | could break it (95% confidence) |`,
        `|${many ? ' --- |' : ''} --- | ---: | ---: | --- |`,
        ...rows
    ];
    const rates = interestingRatesOf(report).map(r => `- ${who(view, r.target)}${code(r.entry, 60)}: ${text(interestingWords(r), 200)}`);
    const rateLines = rates.length === 0 ? [] : ['', 'How often interesting outcomes occurred:', '', ...rates];
    return { targetLines, table, rateLines: [...rateLines, ...historyLines] };
}
/** The bound of a rule in the table: about callbacks not seen to break it, never beside a violation. */
function couldBreakCell(e) {
    if (e.checked === 0)
        return 'not checked';
    if (e.broken > 0)
        return `it broke: ${text(rateWords(e.broken / e.checked), 40)} of those checked`;
    if (e.upperBound >= 1)
        return 'too few checked for a bound';
    return `fewer than ${text(rateWords(e.upperBound), 40)}`;
}
const more = (left) => `\n${plural(left, 'more line')} left out.`;
/**
 * One target: its evidence line in the open, right under the table (a paragraph when it is one
 * line); the rules go with the runtime under <details> (withEvidence). Several: one line for them
 * all when none broke a rule; everything else goes into the runtimes' <details>.
 */
function evidenceSections(view) {
    if (view.report.targets.length === 0)
        return [];
    if (view.multiTarget) {
        // Several targets that broke nothing: one line for them all, the rest under <details>.
        const all = allTargetsEvidenceWords(view.report);
        if (all === undefined)
            return [];
        return [
            {
                head: '',
                items: [`**Evidence:** ${text(all, 400)}`],
                tail: '',
                more,
                noun: 'evidence line'
            }
        ];
    }
    const { targetLines } = evidenceParts(view);
    const only = targetLines.length === 1 ? targetLines[0] : undefined;
    if (only !== undefined)
        return [
            {
                head: '',
                items: [`**Evidence:** ${only.replace(/^- /, '')}`],
                tail: '',
                more,
                noun: 'evidence line'
            }
        ];
    return [
        {
            head: '**Evidence:**\n',
            items: targetLines,
            tail: '',
            more,
            noun: 'evidence line'
        }
    ];
}
/** The runtimes section also carries the evidence per rule (and per target, with several). */
function withEvidence(runtimes, view) {
    if (view.report.targets.length === 0)
        return runtimes;
    const { targetLines, table, rateLines } = evidenceParts(view);
    const checked = plural(callbacksChecked(view.report), 'callback');
    if (!view.multiTarget)
        return {
            ...runtimes,
            head: `<details><summary>Runtime, contract and evidence per rule (${checked} checked)</summary>\n`,
            items: [...runtimes.items, ...table, ...rateLines],
            more
        };
    return {
        ...runtimes,
        head: `<details><summary>Runtimes, contracts and evidence (95% confidence; ${checked} checked)</summary>\n`,
        items: [...runtimes.items, '', '**Evidence**', '', ...targetLines, ...table, ...rateLines],
        more
    };
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
 * Where a cell's callbacks ran, in a few words, most first: "task", "caller inline", "caller, some
 * inline", "caller inline, some task"; for a failed cell, where the forbidden ones ran.
 */
function shortWhere(cell) {
    if (cell.verdict === 'error' || cell.verdict === 'skip')
        return '';
    // Most cells have one outcome: its word, without building lists for it.
    const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined;
    if (only !== undefined && (cell.verdict !== 'fail' || only.grade === 'forbidden'))
        return placeWord(only.facts);
    return placesWords(placeCounts(cell.outcomes.filter(o => cell.verdict !== 'fail' || o.grade === 'forbidden')));
}
/** Each place's word and how many callbacks ran there, most first. */
function placeCounts(outcomes) {
    // A few outcomes per cell, a hundred thousand cells per report: a list, not a map.
    const places = [];
    for (const o of outcomes) {
        const word = placeWord(o.facts);
        const seen = places.find(p => p.word === word);
        if (seen === undefined)
            places.push({
                word,
                place: PLACE_WORDS[String(o.facts.ranOn)] ?? String(o.facts.ranOn),
                inline: o.facts.inline === true,
                count: o.count
            });
        else
            seen.count += o.count;
    }
    return places.length > 1 ? places.sort((a, b) => b.count - a.count) : places;
}
/**
 * Places in words, most first: "task", "caller, some inline" (one thread, some callbacks inline),
 * "caller inline, some task". No "+1": a first-time reader cannot guess what it counts.
 */
function placesWords(places) {
    const [top, ...rest] = places;
    if (top === undefined)
        return '';
    if (rest.length === 0)
        return top.word;
    // The same thread, inline or not: "caller, some inline" (or "caller inline, some not").
    if (rest.length === 1 && rest[0]?.place === top.place)
        return top.inline ? `${top.word}, some not inline` : `${top.word}, some inline`;
    return `${top.word}, some ${rest.map(p => p.word).join(', ')}`;
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
    // A Node pool's reproducer is a .mjs file (engine/repro/node.ts).
    const needs = r.path.endsWith('.mjs')
        ? 'Node, the adapter and its pool package'
        : "Python and the executor's module";
    return (`reruns cell ${r.cell} (${r.rules.join(', ')}) alone, shrunk to ${plural(r.workers, 'worker')}` +
        ` and ${plural(r.tasks, 'task')}: it needs only ${needs}, exits 1` +
        ` naming the rule when it reproduces, 0 after ${plural(r.tries, 'clean try', 'clean tries')}`);
}

/**
 * The grid of the Markdown report with several targets: experiments as rows, targets as columns,
 * failures and changes first. The open grid shows only the experiments that need a look (folding
 * those with the same squares past GRID_ROWS) and counts the rest; the full grid, with where the
 * callbacks of each row usually ran, and every cell sit under <details>. The terminal prints the
 * same rows (experimentGrid). Every string from outside goes through text() or code(); rows are
 * grouped with maps and sorted once: linear in the cells.
 */
/** Target columns per grid: with the experiment column, six fit the 788 px comment box. */
const GRID_COLUMNS = 6;
/** Fewest experiments folded into one row. */
const FOLD_MIN = 3;
/** The experiments of the grids, once per report. */
const gridRowsOf = new WeakMap();
function gridRows(view) {
    let rows = gridRowsOf.get(view);
    if (rows !== undefined)
        return rows;
    const cells = view.report.cells;
    const targets = targetNames(view);
    // Failures first (new ones before old, then errors, then changes); the rest keep the matrix's order.
    const all = orderByRank(gridExperiments(view, targets), e => (e.rank <= 3 ? e.rank : 4));
    let passed = 0;
    let partly = 0;
    let skipped = 0;
    const shown = [];
    for (const e of all) {
        setUsualPlace(e, cells);
        const verdicts = new Set();
        for (const positions of e.byTarget)
            for (const i of positions ?? [])
                verdicts.add(cells[i].verdict);
        if (verdicts.size === 1 && verdicts.has('skip'))
            skipped += 1;
        else if (needsLook$1(e, view))
            shown.push(e);
        else if (verdicts.has('skip') || e.byTarget.some(p => p === undefined))
            partly += 1;
        else
            passed += 1;
    }
    rows = { look: foldAlike(shown, view), all, passed, partly, skipped };
    gridRowsOf.set(view, rows);
    return rows;
}
/**
 * A failure, an error, a change against the baseline, callbacks in different places on different
 * targets (outside a race), or, without a baseline, an interesting outcome. With a baseline an
 * interesting outcome is news only when its rate shifted: a change. A skip is not: the probe says
 * why it cannot run there (an older Python, a pool without the API), and "skipped" lists it.
 */
function needsLook$1(e, view) {
    if (e.rank <= 3)
        return true;
    if (view.diff === undefined && e.rank === 4)
        return true;
    return e.differs && !e.race;
}
/**
 * Past GRID_ROWS, experiments whose squares read the same on every target (a pool that breaks
 * them all) share one row, placed where the first of them was.
 */
function foldAlike(rows, view) {
    if (rows.length <= GRID_ROWS)
        return rows;
    const groups = new Map();
    for (const e of rows) {
        const key = e.byTarget.map(p => gridCell(p, e, view)).join('|');
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [e]);
        else
            group.push(e);
    }
    const out = [];
    const placed = new Set();
    for (const e of rows) {
        const key = e.byTarget.map(p => gridCell(p, e, view)).join('|');
        const group = groups.get(key);
        if (group.length < FOLD_MIN)
            out.push(e);
        else if (!placed.has(group)) {
            placed.add(group);
            out.push(group);
        }
    }
    return out;
}
/**
 * The experiments of a report by target, failures first (the Markdown grid's rows, without a
 * baseline), and the targets' short labels: what the terminal prints as its grid.
 */
function experimentGrid(report) {
    const names = new Set(report.targets.map(t => t.name));
    for (const c of report.cells)
        names.add(c.target);
    const labels = shortTargetLabels([...names]);
    const view = {
        report,
        labels,
        multiTarget: names.size > 1,
        ...cellFigures(report, undefined)
    };
    const rows = gridRows(view).all.map(e => ({
        title: e.sameTitle.count > 1 ? `${e.title} (${cellParams(e.first)})` : e.title,
        cells: e.byTarget.map(p => p?.map(i => report.cells[i])),
        race: e.race
    }));
    return { targets: targetNames(view), labels, rows };
}
/** The grid of the experiments that need a look, folded into one grid per six targets. */
function gridSections(view) {
    const targets = targetNames(view);
    const { look, passed, partly, skipped } = gridRows(view);
    const more = look.length > 0 ? 'more experiment' : 'experiment';
    const others = [
        passed > 0 ? `${plural(passed, more)} passed on all ${plural(targets.length, 'target')}` : '',
        partly > 0
            ? `${plural(partly, passed > 0 ? 'experiment' : more)} passed wherever ${partly === 1 ? 'it' : 'they'} ran (skipped on some targets)`
            : '',
        skipped > 0
            ? `${plural(skipped, 'experiment')} ${skipped === 1 ? 'was' : 'were'} skipped on every target (why: under "skipped" below)`
            : ''
    ].filter(t => t !== '');
    const line = others.length === 0 ? '' : `${others.join('; ')}.`;
    if (look.length === 0)
        return [{ head: line, items: [], tail: '', more: () => '', noun: 'grid row' }];
    const sections = [];
    for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
        // The experiments left out are said once, under the last of the grids.
        const last = start + GRID_COLUMNS >= targets.length;
        const section = gridSection(view, look, targets, start, false);
        if (last && line !== '')
            section.tail = `\n${line}`;
        sections.push(section);
    }
    return sections;
}
/**
 * Every experiment on every target, collapsed, then the per-cell table (the parameters, the
 * counts, the change against the baseline): one <details>, so a passing run is a few lines.
 */
function fullGridSection(view) {
    const targets = targetNames(view);
    const { all } = gridRows(view);
    const items = [];
    for (let start = 0; start < targets.length; start += GRID_COLUMNS) {
        const grid = gridSection(view, all, targets, start, true);
        if (start > 0)
            items.push('');
        items.push(grid.head, ...grid.items);
    }
    const cells = view.report.cells;
    items.push('', tableHeader(view, true), ...cells.map((c, i) => cellRow(c, i, view, true)));
    return {
        head: `<details><summary>All ${plural(all.length, 'experiment')} on ${plural(targets.length, 'target')}, and every cell (${cells.length.toLocaleString('en-US')})</summary>\n`,
        items,
        tail: '\n</details>',
        more: left => `\n${plural(left, 'more row')} left out: see the JSON report.`,
        noun: 'full-table row'
    };
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
                    differs: false,
                    race: traitsOf(c.scenario)?.timing === true
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
/**
 * One grid: the targets from `start`, GRID_COLUMNS of them. The open grid (`full` false) has no
 * "callbacks ran" column, so titles keep one line in the 788 px box: a square names a place only
 * where it differs, and a row whose places differ says the usual one under its title.
 */
function gridSection(view, rows, targets, start, full) {
    const columns = targets.slice(start, start + GRID_COLUMNS);
    const labels = columns.map(t => `${text(view.labels.get(t) ?? t, 40)}${freeThreadedTag(view, t)}`);
    const head = [
        `| experiment |${full ? ' ran on |' : ''} ${labels.join(' | ')} |`,
        `| --- |${full ? ' --- |' : ''}${columns.map(() => ' :-: ').join('|')}|`
    ].join('\n');
    const items = rows.map(row => {
        const e = Array.isArray(row) ? row[0] : row;
        let label;
        if (Array.isArray(row))
            label = `${plural(row.length, 'experiment')} alike <sub>(in the full grid)</sub>`;
        else {
            label =
                e.sameTitle.count > 1
                    ? `${text(e.title, 60)} <sub>${text(cellParams(e.first), 60)}</sub>`
                    : text(e.title, 60);
            if (!full && e.differs && !e.race && e.usual !== '')
                label += ` <sub>usually ${text(e.usual, 40)}</sub>`;
        }
        let line = full ? `| ${label} | ${text(e.usual, 40)} |` : `| ${label} |`;
        for (let k = 0; k < columns.length; k++)
            line += ` ${gridCell(e.byTarget[start + k], e, view)} |`;
        return line;
    });
    return {
        head,
        items,
        tail: '',
        more: left => `| ${plural(left, 'more experiment')}: see the full grid |${full ? ' |' : ''}${' |'.repeat(columns.length)}`,
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
 * Sets where the callbacks of an experiment's passing cells ran (the row's common case) and
 * whether they ran in different places on different targets. Where a race decides the place
 * (a timed registration), every place seen is named: "caller inline or task (a race)".
 */
function setUsualPlace(e, cells) {
    // A few places per row, 25,000 rows in a large report: lists, not a map per row.
    const words = [];
    const counts = [];
    const outcomes = [];
    for (const positions of e.byTarget)
        for (const i of positions ?? []) {
            const c = cells[i];
            if (c.verdict !== 'pass')
                continue;
            if (e.race)
                outcomes.push(...c.outcomes);
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
    e.differs = words.length > 1;
    if (e.race) {
        const places = placeCounts(outcomes);
        if (places.length > 1)
            e.usual = `${places.map(p => p.word).join(' or ')} (a race)`;
    }
}
/**
 * A square of the grid: the verdict symbol of the cell that most needs attention, marked 🆕 for
 * a new violation or error, "fixed" or "changed" against the baseline, \* for an interesting
 * outcome (without a baseline), and where callbacks ran only when it differs from the row's
 * common case outside a race (for ❌, where the forbidden ones ran). A difference the baseline
 * comparison calls noise carries no mark.
 */
function gridCell(positions, e, view) {
    if (positions === undefined || positions.length === 0)
        return '—';
    // The first of the cells that most needs attention (a square usually holds one).
    let at = positions[0];
    for (const i of positions)
        if (view.ranks[i] < view.ranks[at])
            at = i;
    const worst = view.report.cells[at];
    const change = view.changes[at];
    const icon = ICONS[worst.verdict];
    if (worst.verdict === 'skip')
        return icon;
    if (worst.verdict === 'error')
        return change !== undefined && change.before !== 'error' ? `🆕${icon}` : icon;
    if (worst.verdict === 'fail') {
        const isNew = (change?.newViolations.length ?? 0) > 0;
        const where = shortWhere(worst);
        return `${isNew ? '🆕' : ''}${icon}${where === '' || where === e.usual ? '' : ` <sub>${text(where, 30)}</sub>`}`;
    }
    if (change?.fixed === true)
        return `${icon} <sub>fixed</sub>`;
    if (change !== undefined && isChanged(change))
        return `${icon} <sub>${change.isNew ? 'new' : 'changed'}</sub>`;
    const interesting = view.diff === undefined && interestingCount(worst) > 0 ? '\\*' : '';
    const where = e.race ? '' : shortWhere(worst);
    return `${icon}${interesting}${where === '' || where === e.usual ? '' : ` <sub>${text(where, 30)}</sub>`}`;
}
/** Place words of the grid and what they mean, for the legend. */
const PLACE_LEGEND = [
    [/\btask\b/, "task = the task's thread"],
    [/\bcaller\b/, 'caller = the thread that added the callback'],
    [/\binline\b/, 'inline = before that call returned'],
    [/\bother\b/, 'other = another thread'],
    [/\bprocess\b/, 'process = another process']
];
/**
 * One line under the grid: the symbols and place words it uses (all of them when `shown`, the
 * grid's rows, is not given).
 */
function gridLegend(view, shown) {
    const rows = shown?.join('\n');
    const uses = (mark) => rows === undefined || rows.includes(mark);
    const parts = [
        ['🆕', '🆕 new against the baseline'],
        ['>fixed<', 'fixed: failed in the baseline'],
        ['>changed<', 'changed: see "Against the baseline"'],
        ['✅', '✅ pass'],
        ['❌', '❌ broke a rule'],
        ['⚠️', '⚠️ could not run'],
        ['⏭️', '⏭️ skipped'],
        ['—', '— not run'],
        ['\\*', '\\* interesting (allowed, worth a look)']
    ]
        .filter(([mark]) => uses(mark))
        .map(([, words]) => words);
    const places = PLACE_LEGEND.filter(([word]) => rows === undefined || word.test(rows)).map(([, words]) => words);
    return `<sub>${parts.join(' · ')}.${places.length === 0 ? '' : ` Callbacks ran on: ${places.join(', ')}.`}</sub>`;
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
    'evidence',
    'skipped',
    'interesting',
    'full',
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
    // The grid (or one target's table) shows what needs a look; everything is in the full one.
    const gridShown = [];
    let together;
    if (view.multiTarget) {
        for (const g of gridSections(view)) {
            put('overview', g);
            gridShown.push(...g.items);
        }
        put('full', fullGridSection(view));
    }
    else {
        const compact = compactSection(view);
        put('overview', compact);
        const hidden = (compact?.items.length ?? 0) < report.cells.length;
        // A short report keeps its cells, runtime and rules in one <details>: a pass is a few lines.
        if (hidden && report.cells.length <= OVERVIEW_ROWS)
            together = fullTableSection(view);
        else if (hidden)
            put('full', fullTableSection(view));
    }
    put('broke', whatBrokeSection$1(view));
    put('errors', couldNotRunSection(view));
    put('baseline', baselineSection$1(view));
    for (const e of evidenceSections(view))
        put('evidence', e);
    put('skipped', skippedSection$1(view));
    put('interesting', interestingSection$1(view));
    const runtimes = withEvidence(runtimeSection$1(view), view);
    put('runtimes', together === undefined
        ? runtimes
        : {
            ...runtimes,
            head: `<details><summary>All ${plural(report.cells.length, 'cell')}, the runtime and the evidence per rule</summary>\n`,
            items: [
                together.head.replace(/^<details>.*\n\n/, ''),
                ...together.items,
                '',
                ...runtimes.items
            ]
        });
    return {
        report,
        diff,
        sections,
        broken: brokenLine(view),
        drift: driftLine(view),
        legend: gridShown.length > 0 ? gridLegend(view, gridShown) : ''
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
        ...headBlocks(report, options, prepared.broken),
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
/** The title, and one paragraph: the counts, the baseline, and which rules broke where. */
function headBlocks(report, options, broken) {
    const title = options.title ?? 'callback-thread-guard';
    return [
        options.marker ?? '',
        `## ${ICONS[report.verdict]} ${text(title, 120)}: ${report.verdict}`,
        // With one target, nothing else on the first screen names it.
        `${report.targets.length === 1 ? `${code(report.targets[0]?.name ?? '', 80)}: ` : ''}${headline(report)}.${report.baselineSource === undefined ? '' : `<br>${baselineSourceMarkdown(report.baselineSource)}`}${options.diff === undefined ? '' : `<br>${baselineLine(options.diff)}`}${broken === '' ? '' : `<br>${broken}`}`,
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
/**
 * On the first screen, before any table: which rules broke, and where. Rules broken on the same
 * targets share their names once: "**Broken** on relay-pool: a, b, c."
 */
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
    const byWhere = new Map();
    for (const [rule, targets] of rules) {
        const where = view.multiTarget
            ? [...targets].map(t => text(view.labels.get(t) ?? t, 40)).join(', ')
            : '';
        byWhere.set(where, [...(byWhere.get(where) ?? []), code(rule, 60)]);
    }
    const entries = [...byWhere].map(([where, list]) => where === '' ? list.join(', ') : `on ${where}: ${list.join(', ')}`);
    const r = view.report.reproducer;
    const reproduce = r === undefined
        ? ''
        : `<br>**Reproduce it alone:** ${code(r.command, 300)} ${md(reproducerWords(r), 400)}.`;
    const said = view.multiTarget
        ? `**Broken** ${entries.join('; ')}`
        : `**Broken:** ${entries[0] ?? ''}`;
    return `${said}.${reproduce}`;
}

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
/** worker-farm's own options a worker-farm target may set (the config checks them; the probe again). */
const FARM_OPTION_NAMES = [
    'maxRetries',
    'maxCallTime',
    'maxConcurrentCalls',
    'maxConcurrentCallsPerWorker'
];

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
        // true (asyncio's own loop) or the loop factory; the executor is --executor's.
        name: 'asyncio',
        key: 'asyncio',
        arg: '[loop]',
        kind: 'switch-or-text',
        at: 'target',
        help: "an asyncio target: the asyncio scenarios on a loop from module:attr (default: asyncio's own), run_in_executor on --executor"
    },
    {
        name: 'portal',
        key: 'portal',
        arg: '<module:attr>',
        kind: 'text',
        at: 'target',
        help: 'asyncio target: the portal that runs coroutines on a loop thread for aio-portal, a context manager with start_task_soon (default: run_coroutine_threadsafe over a loop thread)'
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
        help: 'thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file'
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
    const problem = (why) => new InputError(field, `cannot read ${quote(path)}: ${why}`);
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
            throw new InputError(field, `cannot read ${quote(path)}: is a socket`);
        return;
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile() && !stats.isDirectory())
            throw new InputError(field, `cannot read ${quote(path)}: is ${kindOf(stats)}, not a regular file`);
    }
    finally {
        closeSync(fd);
    }
}

function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
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
 * The terminal view: with several targets a grid of experiments by target fitted to the width
 * (one row per cell with --table cells, and with one target), then what broke, what was interesting and why cells were
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
/** ANSI colour codes: no width. */
// eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
const SGR = /\u001b\[[0-9;]*m/g;
/**
 * Each line wider than `columns` broken at spaces, its continuation indented four more than the
 * line; a word longer than the width stays whole (a path is not cut).
 */
function wrapLines(text, columns) {
    return text
        .split('\n')
        .flatMap(line => {
        if (displayWidth(line.replace(SGR, '')) <= columns)
            return [line];
        const lead = /^ */.exec(line)?.[0] ?? '';
        const indent = `${lead}    `;
        const out = [];
        let current = lead;
        for (const word of line.slice(lead.length).split(' ')) {
            const next = current.trim() === '' ? `${current}${word}` : `${current} ${word}`;
            if (current.trim() !== '' && displayWidth(next.replace(SGR, '')) > columns) {
                out.push(current);
                current = `${indent}${word}`;
            }
            else
                current = next;
        }
        out.push(current);
        return out;
    })
        .join('\n');
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
const TERMINAL_TABLES = ['grid', 'cells'];
/** The grid's width when the terminal's is unknown. */
const DEFAULT_COLUMNS = 80;
function renderTerminal(report, color = false, options = {}) {
    const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const columns = Math.max(40, options.columns ?? DEFAULT_COLUMNS);
    const view = { report, paint, columns, table: options.table ?? 'grid' };
    const blocks = [];
    for (const build of TERMINAL_SECTIONS) {
        const section = build(view);
        if (section === undefined)
            continue;
        const text = renderTerminalSection(section);
        // The closing line stays one line: --quiet prints it, and logs are searched for it.
        blocks.push(options.columns === undefined || build === verdictSection ? text : wrapLines(text, columns));
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
/**
 * With several targets, the grid (experiments x targets, as the comment's) fitted to the width:
 * target columns as many as fit, folded into several grids past that; experiment titles cut to
 * what is left. Experiments skipped on every target are counted, not listed.
 */
function gridTableSection({ report, paint, columns }) {
    const { targets, labels, rows: all } = experimentGrid(report);
    const rows = all.filter(r => r.cells.some(cs => cs?.some(c => c.verdict !== 'skip')));
    const skippedEverywhere = all.length - rows.length;
    const words = rows.map(r => r.cells.map(squareWords));
    const heads = targets.map(t => plain(labels.get(t) ?? t, 40));
    const widths = targets.map((_, k) => Math.max(displayWidth(heads[k] ?? ''), ...words.map(w => displayWidth(w[k] ?? ''))));
    // As many target columns per grid as leave the experiment column at least MIN_TITLE wide.
    const groups = [];
    let group = [];
    let used = MIN_TITLE;
    widths.forEach((w, k) => {
        if (group.length > 0 && used + 2 + w > columns) {
            groups.push(group);
            group = [];
            used = MIN_TITLE;
        }
        group.push(k);
        used += 2 + w;
    });
    if (group.length > 0)
        groups.push(group);
    const lines = [];
    for (const [g, ks] of groups.entries()) {
        const rest = ks.reduce((n, k) => n + 2 + (widths[k] ?? 0), 0);
        const titleWidth = Math.max(MIN_TITLE, Math.min(columns - rest, Math.max(10, ...rows.map(r => displayWidth(plain(r.title, 200))))));
        const pad = (t, w) => t + ' '.repeat(Math.max(0, w - displayWidth(t)));
        const line = (title, cells, painted) => (pad(fit(title, titleWidth), titleWidth) +
            ks
                .map((k, i) => `  ${painted?.[i] ?? cells[i] ?? ''}${' '.repeat(Math.max(0, (widths[k] ?? 0) - displayWidth(cells[i] ?? '')))}`)
                .join('')).trimEnd();
        if (g > 0)
            lines.push('');
        lines.push(paint(1, line('experiment', ks.map(k => heads[k] ?? ''))));
        lines.push(['-'.repeat(titleWidth), ...ks.map(k => '-'.repeat(widths[k] ?? 0))].join('  '));
        rows.forEach((r, i) => {
            const cells = ks.map(k => words[i]?.[k] ?? '');
            const painted = cells.map(c => c.startsWith('FAIL') ? paint(31, c) : c.startsWith('error') ? paint(33, c) : c);
            lines.push(line(plain(r.title, 200), cells, painted));
        });
    }
    const keyed = targets.filter(t => (labels.get(t) ?? t) !== t);
    const tail = [
        skippedEverywhere > 0
            ? `${plural(skippedEverywhere, 'experiment')} skipped on every target (why: under Skipped).`
            : '',
        keyed.length > 0
            ? `Targets: ${keyed.map(t => `${plain(labels.get(t) ?? t, 40)} = ${plain(t, 120)}`).join(', ')}.`
            : '',
        '(--table cells prints one row per cell.)'
    ].filter(t => t !== '');
    return {
        head: '',
        items: lines,
        tail: tail.join('\n'),
        more: left => plural(left, 'more row'),
        noun: 'grid row'
    };
}
/** The experiment column's least width in the terminal grid. */
const MIN_TITLE = 24;
/** A title cut to `width` columns, "…" at the end. */
function fit(title, width) {
    if (displayWidth(title) <= width)
        return title;
    let out = '';
    for (const ch of title) {
        if (displayWidth(`${out}${ch}…`) > width)
            break;
        out += ch;
    }
    return `${out}…`;
}
/** A square of the terminal grid: the verdict of the cell that most needs a look. */
function squareWords(cells) {
    if (cells === undefined || cells.length === 0)
        return '-';
    let worst = cells[0];
    for (const c of cells)
        if (cellRank(c, undefined) < cellRank(worst, undefined))
            worst = c;
    return `${VERDICT_LABELS[worst.verdict]}${interestingCount(worst) > 0 && worst.verdict === 'pass' ? '*' : ''}`;
}
/** The grid with several targets (unless --table cells), else one row per cell. */
function cellTableSection(view) {
    return view.report.targets.length > 1 && view.table === 'grid'
        ? gridTableSection(view)
        : cellsTableSection(view);
}
/** One row per cell (the cells that need a look, in a large report), padded to the columns. */
function cellsTableSection({ report, paint, table: asked }) {
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
    // Skipped cells are said under Skipped (a Python pool skips the callback-API experiments):
    // listed only when asked for every cell, or when nothing ran.
    const ran = report.cells.some(c => c.verdict !== 'skip');
    const shown = asked === 'cells' || !ran ? report.cells : report.cells.filter(c => c.verdict !== 'skip');
    const listed = shown.length <= TERMINAL_ROWS ? shown : shown.filter(needsLook);
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
    const skipped = report.cells.length - shown.length;
    const unlisted = shown.length - listed.length;
    const tail = [
        unlisted > 0
            ? `${plural(unlisted, 'more cell')}, passed or skipped, not listed: the JSON report lists every cell (the CLI writes it with --json FILE).`
            : '',
        skipped > 0 ? `${plural(skipped, 'skipped cell')} not listed: why, under Skipped.` : ''
    ].filter(t => t !== '');
    return {
        head: `${paint(1, table.header)}\n${table.rule}`,
        items,
        tail: tail.join('\n'),
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
        // With several targets, the target is named: "c61 cancel of a queued future on relay-pool".
        const on = report.targets.length > 1 ? ` on ${plain(c.target, 80)}` : '';
        const where = `${plain(c.id, 20)} ${plain(cellTitle(c))}${on}`;
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
    // The same contract for the same reason on every target is said once, after the runtimes.
    const reasons = new Set(report.targets.map(t => `${t.contract}\n${t.contractReason ?? ''}`));
    const first = report.targets[0];
    const shared = report.targets.length > 1 && reasons.size === 1 && first?.contractReason !== undefined
        ? first
        : undefined;
    const items = report.targets.map(t => {
        const r = t.runtime;
        const what = r === undefined
            ? `did not start: ${plain(t.error ?? 'unknown')}`
            : `${plain(r.implementation)} ${plain(runtimeVersion(r))}, ${plain(r.executor)}${r.gil === undefined ? '' : `; ${plain(gilWords(r.gil))}`}`;
        const tasks = whereTasksRan(report, t.name);
        const contract = shared === undefined
            ? `; contract ${plain(t.contract)}${t.contractReason === undefined ? '' : ` (${plain(t.contractReason)})`}`
            : '';
        return `  ${plain(t.name)}: ${what}${contract}${tasks === undefined || tasks === '' ? '' : `; tasks ran ${tasks}`}`;
    });
    if (shared !== undefined)
        items.push(`  every target: contract ${plain(shared.contract)} (${plain(shared.contractReason ?? '')})`);
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

export { SCENARIOS as $, ACTION_DOOR as A, compareReports as B, CLI_LABELS as C, DEFAULT_JSON_PATH as D, ExitCode as E, prepareReport as F, traitsOf as G, killAllProbes as H, InputError as I, kindOf as J, renderMarkdown as K, renderJson as L, renderTerminal as M, fieldPath as N, cellParams as O, sampleText as P, gradeOutcome as Q, REPORT_FORMATS as R, SCENARIO_TRAITS as S, TERMINAL_TABLES as T, gradeOutcomes as U, violationsOf as V, summarize as W, overallVerdict as X, collectEvidence as Y, number as Z, _enum as _, CLI_DOOR as a, object as a0, string as a1, record as a2, array as a3, runtimeSchema as a4, boolean as a5, custom as a6, literal as a7, violationSchema as a8, gradedOutcomeSchema as a9, readInputText as aa, strictObject as ab, POOL_NAMES as ac, union as ad, NEVER as ae, PERTURBATION_LIMITS as af, FARM_OPTION_NAMES as ag, NOT_DONE_STATES as ah, verdictOf as ai, callbacksPerFuture as aj, partialRecord as ak, factValue as al, scenariosWhere as am, RAN_ON as an, REGISTERED_STATES as ao, ProbeSession as ap, takesCallbacksWithCall as aq, xmlText as ar, runtimeVersion as as, gilWords as at, ENGINE_OPTIONS as b, cut as c, budgetWords as d, echoValue as e, flagsOf as f, ACTION_LABELS as g, baselineWords as h, evidenceOf as i, interestingTallies as j, testDrift as k, describeViolation as l, code as m, renderReport as n, oneLine as o, plain as p, quote as q, refuseIfNotRegular as r, headline as s, targetsEvidence as t, upperBound as u, cellTitle as v, controlMissed as w, worstUpperBound as x, callbacksChecked as y, hasDifferences as z };
