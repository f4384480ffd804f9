import { aa as readInputText, I as InputError, _ as _enum, $ as SCENARIOS, ab as strictObject, a1 as string$1, ac as POOL_NAMES, ad as union, a5 as boolean, a3 as array, ae as NEVER, af as PERTURBATION_LIMITS, Z as number, q as quote$1, b as ENGINE_OPTIONS, C as CLI_LABELS, c as cut, ag as FARM_OPTION_NAMES, ah as NOT_DONE_STATES, U as gradeOutcomes, V as violationsOf, G as traitsOf, ai as verdictOf, Q as gradeOutcome, S as SCENARIO_TRAITS, aj as callbacksPerFuture, ak as partialRecord, al as factValue, a2 as record, am as scenariosWhere, an as RAN_ON, ao as REGISTERED_STATES, N as fieldPath, ap as ProbeSession, aq as takesCallbacksWithCall, W as summarize, X as overallVerdict, Y as collectEvidence } from './terminal2.js';
import { p as poolOptionsOf, V as VERSION } from './version.js';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve, delimiter } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import 'node:worker_threads';

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
const merge = {
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
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (isScalar(key) &&
        (!key.type || key.type === Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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

const string = {
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
const int$1 = {
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
    string,
    nullTag,
    boolTag,
    intOct$1,
    int$1,
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
const int = {
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
    string,
    nullTag,
    trueTag,
    falseTag,
    intBin,
    intOct,
    int,
    intHex,
    floatNaN,
    floatExp,
    float,
    binary,
    merge,
    omap,
    pairs,
    set,
    intTime,
    floatTime,
    timestamp
];

const schemas = new Map([
    ['core', schema$2],
    ['failsafe', [map, seq, string]],
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
    int: int$1,
    intHex: intHex$1,
    intOct: intOct$1,
    intTime,
    map,
    merge,
    null: nullTag,
    omap,
    pairs,
    seq,
    set,
    timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary,
    'tag:yaml.org,2002:merge': merge,
    'tag:yaml.org,2002:omap': omap,
    'tag:yaml.org,2002:pairs': pairs,
    'tag:yaml.org,2002:set': set,
    'tag:yaml.org,2002:timestamp': timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge)
            ? schemaTags.concat(merge)
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
        tags = tags.concat(merge);
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
        Object.defineProperty(this, SCALAR$1, { value: string });
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
const count$1 = (max, min = 1) => number({ error: 'expected a number' })
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
    maxRetries: count$1(LIMITS.farmOption, 0).optional(),
    maxCallTime: count$1(LIMITS.farmOption).optional(),
    maxConcurrentCalls: count$1(LIMITS.farmOption).optional(),
    maxConcurrentCallsPerWorker: count$1(LIMITS.farmOption).optional()
}, { error: 'expected a mapping of worker-farm options' });
const nonEmpty = string$1({ error: 'expected a string' })
    .trim()
    .min(1, { error: 'must not be empty' });
const moduleAttr = (example) => nonEmpty.regex(/^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$/, {
    error: `expected "module:attr", for example ${example}`
});
const targetSchema = strictObject({
    name: nonEmpty.max(80, { error: 'must be at most 80 characters' }).optional(),
    python: nonEmpty.optional(),
    executor: nonEmpty
        .regex(/^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$/, {
        error: 'expected "module:attr", for example concurrent.futures:ThreadPoolExecutor'
    })
        .optional(),
    pythonPath: array(nonEmpty, { error: 'expected a list of folders' }).optional(),
    /** An asyncio target: true, or its loop factory (module:attr, called with no arguments). */
    asyncio: union([boolean(), moduleAttr('asyncio:new_event_loop')], {
        error: 'expected true, false or a loop factory "module:attr"'
    })
        .optional(),
    portal: moduleAttr('anyio.from_thread:start_blocking_portal').optional(),
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
        target.python !== undefined ||
            target.executor !== undefined ||
            (target.asyncio !== undefined && target.asyncio !== false)
            ? 'python/executor'
            : null,
        target.pool !== undefined || target.adapter !== undefined ? 'pool/adapter' : null,
        target.command !== undefined ? 'command' : null
    ].filter(k => k !== null);
    if (kinds.length > 1) {
        ctx.addIssue({ code: 'custom', message: `choose one of ${kinds.join(', ')}, not several` });
    }
    if (target.portal !== undefined && (target.asyncio === undefined || target.asyncio === false)) {
        ctx.addIssue({
            code: 'custom',
            path: ['portal'],
            message: 'only an asyncio target (asyncio: true) takes a portal'
        });
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
    workers: count$1(LIMITS.workers),
    tasks: count$1(LIMITS.tasks),
    callbackDelayMs: count$1(LIMITS.delayMs, 0).default(0),
    taskMs: count$1(LIMITS.taskMs, 0).default(0)
});
const matrixSchema = strictObject({
    // No default here: every scenario of the targets' kinds (src/engine/matrix.ts, defaultScenarios).
    scenarios: list(scenario).optional(),
    workers: list(count$1(LIMITS.workers)).default([4]),
    tasks: list(count$1(LIMITS.tasks)).default([16]),
    callbackDelayMs: list(count$1(LIMITS.delayMs, 0)).default([0]),
    taskMs: list(count$1(LIMITS.taskMs, 0)).default([10])
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
const duration = union([number(), string$1()], { error: DURATION_HINT })
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
const perturbationSettings = strictObject(Object.fromEntries(Object.entries(PERTURBATION_LIMITS).map(([name, most]) => [name, count$1(most, 0).default(0)])));
const configSchema = strictObject({
    targets: list(targetSchema)
        .max(LIMITS.targets, { error: `at most ${LIMITS.targets} targets` })
        .default([{}]),
    matrix: matrixSchema.optional(),
    experiments: list(experimentSchema).optional(),
    repeat: count$1(LIMITS.repeat).default(1),
    callbacks: count$1(LIMITS.callbacks, 2).default(3),
    timeoutMs: count$1(LIMITS.timeoutMs, 100).default(30_000),
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
    python: ['python', 'executor', 'pythonPath', 'asyncio', 'portal'],
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
 * Plain-language notes on what a cell's outcomes mean when a callback did not run where, or
 * when, a thread pool would run it: said once per cell, beside the verdict, never instead of it.
 * Notes read facts only; grading stays in grade.ts.
 */
/** The registered states before the future was done (fact-values.ts, as the contracts use them). */
const NOT_DONE$1 = new Set(NOT_DONE_STATES);
function noteOutcomes(outcomes) {
    const never = count(outcomes, o => o.facts.ranOn === 'never');
    // A hub: the task ran elsewhere and the caller's thread ran its callback later. Not when the
    // task ran on the caller's thread too (taskOn): that callback ran where its task ran.
    const onCallerLater = count(outcomes, o => NOT_DONE$1.has(o.facts.registered) &&
        o.facts.ranOn === 'caller-thread' &&
        !o.facts.inline &&
        o.facts.taskOn === undefined);
    const inSubmit = count(outcomes, o => o.facts.taskOn === 'caller-thread');
    const green = count(outcomes, o => o.facts.taskOn === 'green-thread');
    const notes = [];
    if (inSubmit > 0)
        notes.push(`tasks ran on the caller's own thread, inside submit() (a synchronous executor): ${callbacks(inSubmit)} had the caller's thread as their task's thread`);
    if (green > 0)
        notes.push(`tasks ran on the caller's own thread, in green threads (other greenlets of it): ${callbacks(green)} had the caller's thread as their task's thread, and one run there later, not inline, ran where its task ran`);
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
        // The notes explain callbacks that ran where a thread pool would not run them; on an asyncio
        // scenario running later on the adding (loop) thread is the rule itself, not news.
        notes: traitsOf(scenario)?.adapter.asyncio === true ? [] : noteOutcomes(graded)
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
 * With registration aimed at the task's end (aimAtCompletion), a perturbed turn runs a cell the aim
 * reaches (`aimable`), when there is one; the stride scheduler then gives the plain turns the rest.
 *
 * Invariants: a repetition starts only before the deadline, and is sized to end by it, so the run
 * ends within the budget plus one repetition; each grown histogram is graded whole again by the
 * one grading place (report/grade-cell.ts, with the contract `contractOf` names); a cell whose
 * probe fails becomes an error.
 */
/**
 * The perturbation of a perturbed lane, chosen from the figures in docs/performance.md
 * (bench/truth/aimed_window_truth.py, bench/window_race_reach.mjs, bench/detection.mjs): putting
 * the probe's threads on one core raised how often a callback lands within 10 us of its future's
 * completion (a hand-over is then a switch on that core, not a wake-up of another), and
 * registration aimed at the task's end raised it some 30-fold more in `running`; spins at any
 * point lowered it, a tiny switch interval, extra threads and the gate poll left it within the
 * noise, so they stay off (0).
 */
const PERTURBATION = {
    switchIntervalUs: 0,
    spinBeforeUs: 0,
    spinAfterUs: 0,
    spinTaskEndUs: 0,
    extraThreads: 0,
    gatePollUs: 0,
    oneCore: 1,
    aimAtCompletion: 1
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
        this.entries = entriesOf(options.cells, options.reports, options.budget, cell => ({
            ...this.grade(cell, { kind: 'result', outcomes: [], stats: {} }, 0),
            verdict: 'skip',
            reason: 'no repetition of this cell ran within the budget (it had no matrix pass)'
        }));
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
                    ? {
                        off: 'no target of this run is a Python executor or a Node pool, which is what knows how'
                    }
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
            const shakeTurn = budget.perturb !== undefined && (this.lanes <= 1 ? onLane % 2 === 1 : lane % 2 === 1);
            // An aimed turn runs the cells its aim reaches, when there are any (AIMABLE).
            const aimed = shakeTurn && (budget.perturb?.how.aimAtCompletion ?? 0) > 0;
            const next = (aimed ? nextEntry(this.entries, without, e => this.aimable(e)) : undefined) ??
                nextEntry(this.entries, without);
            if (next === undefined)
                return;
            const slice = Math.min(budget.ms - elapsed, Math.max(MIN_SLICE_MS, Math.min(MAX_SLICE_MS, budget.ms / 20)));
            const repeat = Math.max(1, Math.min(LIMITS.repeat, Math.floor(slice / next.perRepeatMs)));
            // Zero-length tasks where the scenario allows: the same rules, more callbacks a second.
            const zero = !SCENARIO_TRAITS[next.cell.scenario].timing && next.cell.taskMs > 0;
            // The slice is booked before it runs, so that the other lanes pick the next cell by it.
            next.spentMs += slice;
            const shaken = shakeTurn && this.perturbCounts.has(next.cell.target);
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
    /**
     * A cell registration aimed at the task's end reaches: a held task (the probe's `held`
     * experiment) with one callback, on a target whose probe knows `perturb`. Several callbacks a
     * future cannot all start within microseconds of their registration, so they are not aimed at.
     */
    aimable(e) {
        const perturb = this.options.budget.perturb;
        return (this.perturbCounts.has(e.cell.target) &&
            (perturb?.aimed ?? perturb?.targets ?? []).includes(e.cell.target) &&
            SCENARIO_TRAITS[e.cell.scenario].experiment === 'held' &&
            e.cell.callbacks === 1);
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
            // A cell without a matrix pass gets the reason its first repetition gave for a skip.
            if (reply.kind === 'error' || next.repeats === 0)
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
/**
 * Each cell of the matrix with its report, as the budget starts to grow it. Without a matrix pass
 * (budget.noMatrixPass) a cell starts from no outcomes (`empty`), active, and its first repetition
 * is one repeat: nothing yet says how long one takes.
 */
function entriesOf(cells, reports, budget, empty) {
    const byId = new Map(reports.map(r => [r.id, r]));
    return cells.map(cell => {
        const report = byId.get(cell.id);
        if (report === undefined && budget.noMatrixPass === true)
            return {
                cell,
                report: empty({ ...cell, repeat: 0 }),
                histogram: new Map(),
                stats: {},
                repeats: 0,
                durationMs: 0,
                spentMs: 0,
                perRepeatMs: Number.POSITIVE_INFINITY,
                active: true
            };
        if (report === undefined)
            throw new Error(`no matrix report for cell ${cell.id}`);
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
function nextEntry(entries, excluded = new Set(), eligible = () => true) {
    let best;
    for (const e of entries) {
        if (!e.active || excluded.has(e.cell.target) || !eligible(e))
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
/**
 * The default run of an asyncio target (issue 22; docs/executors.md, "asyncio"): each asyncio
 * scenario once, and the bridges again under load.
 */
const DEFAULT_ASYNCIO_EXPERIMENTS = [
    { name: 'asyncio.Future: added while pending', scenario: 'aio-pending', workers: 4, tasks: 16 },
    { name: 'asyncio.Future: added after done', scenario: 'aio-done', workers: 4, tasks: 16 },
    { name: 'run_in_executor / wrap_future', scenario: 'aio-bridge', workers: 4, tasks: 16 },
    {
        name: 'the concurrent future under wrap_future',
        scenario: 'aio-underlying',
        workers: 4,
        tasks: 16
    },
    { name: 'cancelled through the bridge', scenario: 'aio-cancel', workers: 2, tasks: 8 },
    { name: 'tasks left when asyncio.run() ends', scenario: 'aio-closing', workers: 1, tasks: 16 },
    {
        name: 'a portal: run_coroutine_threadsafe or anyio',
        scenario: 'aio-portal',
        workers: 1,
        tasks: 16
    },
    { name: 'under load: the bridge, 1000 tasks', scenario: 'aio-bridge', workers: 4, tasks: 1000 },
    {
        name: 'under load: a portal, 1000 coroutines',
        scenario: 'aio-portal',
        workers: 1,
        tasks: 1000
    }
].map(e => ({ callbackDelayMs: 0, taskMs: 0, ...e }));
const DEFAULT_PYTHON = 'python3';
const DEFAULT_EXECUTOR = 'concurrent.futures:ThreadPoolExecutor';
/** A control's planted misroute when none is named: one callback in 10,000 (README, "Positive control"). */
const CONTROL_ONE_IN = 10_000;

function expandMatrix(config) {
    const targets = nameTargets(config.targets.map(resolveTarget));
    // Counted from the lists before anything is built: a cross product of 1e13 is refused at once.
    const total = targets.length * countExperiments(config, targets);
    if (total > LIMITS.cells) {
        throw new InputError('matrix', `expands to ${total.toLocaleString('en-US')} cells; at most ${LIMITS.cells.toLocaleString('en-US')}`);
    }
    const experiments = experimentsOf(config, targets);
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
                    // The built-in probes (Python, and Node for pools) know `perturb`; a command's probe
                    // might not, so it gets none.
                    ...(config.perturb !== false
                        ? {
                            perturb: perturbFor(targets, config.perturb === true ? PERTURBATION : config.perturb)
                        }
                        : {})
                }
            })
    };
}
/** How many experiments experimentsOf returns, from the lengths of the lists, without building them. */
function countExperiments(config, targets) {
    if (config.experiments !== undefined && config.matrix === undefined)
        return config.experiments.length;
    if (config.matrix === undefined)
        return defaultExperiments(targets).length;
    const m = config.matrix;
    const distinct = (values) => new Set(values).size;
    const common = distinct(m.workers) * distinct(m.tasks) * distinct(m.taskMs);
    let crossed = 0;
    for (const scenario of new Set(m.scenarios ?? defaultScenarios(targets)))
        crossed += common * (SCENARIO_TRAITS[scenario].timing ? distinct(m.callbackDelayMs) : 1);
    return (config.experiments?.length ?? 0) + crossed;
}
/** Explicit experiments, else the cross product of the matrix, else the default run. */
function experimentsOf(config, targets) {
    if (config.experiments !== undefined && config.matrix === undefined)
        return config.experiments;
    if (config.matrix === undefined)
        return defaultExperiments(targets);
    const m = config.matrix;
    const seen = new Set();
    const out = [...(config.experiments ?? [])];
    for (const scenario of m.scenarios ?? defaultScenarios(targets))
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
/**
 * The default run of these targets: the executors' (DEFAULT_EXPERIMENTS) and, when one is an
 * asyncio target, the asyncio scenarios' (DEFAULT_ASYNCIO_EXPERIMENTS); each target skips the
 * other kind's cells, so a run of asyncio targets alone has only theirs.
 */
function defaultExperiments(targets) {
    if (!targets.some(isAsyncio))
        return DEFAULT_EXPERIMENTS;
    if (targets.every(isAsyncio))
        return DEFAULT_ASYNCIO_EXPERIMENTS;
    return [...DEFAULT_EXPERIMENTS, ...DEFAULT_ASYNCIO_EXPERIMENTS];
}
/**
 * The scenarios of a matrix that names none: every scenario the targets' kinds run (an asyncio
 * target runs the asyncio ones, any other target the others), in table order.
 */
function defaultScenarios(targets) {
    const asyncio = targets.filter(isAsyncio).length;
    return SCENARIOS.filter(s => SCENARIO_TRAITS[s].adapter.asyncio === true ? asyncio > 0 : asyncio < targets.length);
}
function isAsyncio(t) {
    return t.kind === 'python' && t.asyncio !== undefined;
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
    const asyncio = asyncioOf(input);
    return {
        kind: 'python',
        name: input.name ?? '',
        // A process pool runs callbacks on its manager thread: a different contract, not a bug.
        contract: input.contract ??
            (asyncio !== undefined
                ? 'asyncio'
                : /ProcessPoolExecutor$/.test(executor)
                    ? 'process-pool'
                    : 'thread-pool'),
        python: input.python ?? DEFAULT_PYTHON,
        executor,
        pythonPath: input.pythonPath ?? [],
        ...(asyncio === undefined ? {} : { asyncio }),
        ...(input.contract === undefined ? {} : { contractGiven: true })
    };
}
/** An asyncio target's loop and portal factories, or undefined for an executor target. */
function asyncioOf(input) {
    if (input.asyncio === undefined || input.asyncio === false)
        return undefined;
    return {
        ...(input.asyncio === true ? {} : { loop: input.asyncio }),
        ...(input.portal === undefined ? {} : { portal: input.portal })
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
            return t.asyncio === undefined
                ? `${t.python} ${t.executor.split(':')[1] ?? t.executor}`
                : `${t.python} asyncio${t.asyncio.loop === undefined ? '' : ` ${t.asyncio.loop.split(':')[1] ?? t.asyncio.loop}`}`;
        case 'pool':
            return t.pool ?? t.adapter ?? 'pool';
        case 'command':
            return t.command.split(/\s+/)[0] ?? t.command;
    }
}
/**
 * The perturbed lanes' settings and targets. Aiming registrations at the task's end is the
 * Python probe's (a Node handler attaches on the loop that settles its task, so it cannot be
 * aimed; asyncio scenarios have no held task): a run with no executor target aims nowhere, and
 * says no aim.
 */
function perturbFor(targets, how) {
    const aimed = targets.filter(t => t.kind === 'python' && t.asyncio === undefined).map(t => t.name);
    return {
        how: aimed.length === 0 ? { ...how, aimAtCompletion: 0 } : how,
        targets: targets.filter(t => t.kind === 'python' || t.kind === 'pool').map(t => t.name),
        aimed
    };
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
    'taskOn',
    'order',
    'role',
    'cancelled',
    'error',
    'call',
    'ranAt',
    'settled'
];
const pattern = partialRecord(_enum(FACT_NAMES, {
    error: issue => `unknown fact ${JSON.stringify(issue.input)}; expected one of ${FACT_NAMES.join(', ')}`
}), union([factValue, array(factValue).min(1, { error: 'must not be empty' })]));
const id = string$1({ error: 'expected a string' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected lower-case letters, digits and dashes' });
const ruleSchema = strictObject({
    id,
    says: string$1().min(1),
    source: string$1().min(1),
    given: pattern.default({}),
    expect: pattern.refine(p => Object.keys(p).length > 0, { error: 'must name at least one fact' })
});
const interestingSchema = ruleSchema.extend({
    waives: array(id).min(1, { error: 'must name at least one rule' })
});
const contractSchema = strictObject({
    name: id,
    title: string$1().min(1),
    description: string$1().optional(),
    sources: record(string$1(), string$1()),
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

/**
 * asyncio's own rules (issue 22; docs/executors.md, "asyncio"), for asyncio targets: an asyncio
 * future's callbacks are scheduled on its loop, never run inline, never on a worker; the bridges
 * between a loop and other threads hand results over to the thread that owns the receiving
 * future. Every rule cites the docs or the CPython source it rests on; the truth script
 * (bench/truth/asyncio_truth.py) measured each on the interpreters here.
 */
/**
 * Callbacks added, on the loop's thread, to an asyncio future the loop completes: the loop runs
 * them. (aio-bridge's future is completed from a worker: its own rule, bridge-result-on-loop.)
 */
const ON_THE_LOOP = ['aio-pending', 'aio-done', 'aio-cancel', 'aio-closing'];
/** Every asyncio scenario (the table's rows for asyncio targets). */
const ASYNCIO = scenariosWhere(t => t.adapter.asyncio === true);
const RAN$2 = RAN_ON.filter(where => where !== 'never');
const asyncioContract = {
    name: 'asyncio',
    title: 'asyncio: callbacks scheduled on the loop, never inline; bridges hand results to the owner',
    description: "For asyncio targets (--asyncio). An asyncio future's done callbacks run on its loop's thread (here the thread that added them), scheduled with call_soon, never inside add_done_callback, even when the future is already done; run_in_executor and wrap_future bring a worker's result to the loop with call_soon_threadsafe, while the concurrent future under them keeps the thread-pool rule (its worker runs its callbacks); a cancel of the asyncio future reaches the queued concurrent future; asyncio.run() runs the callbacks of the tasks it cancels at its end; a portal (run_coroutine_threadsafe, anyio's) completes the concurrent future it gives back on its loop's thread.",
    sources: {
        'asyncio-future-docs': 'Python docs, asyncio Futures, "asyncio.Future is almost compatible with concurrent.futures.Future. Differences: ... Callbacks registered with add_done_callback() are not called immediately. They are scheduled with loop.call_soon() instead." https://docs.python.org/3/library/asyncio-future.html#asyncio.Future',
        'asyncio-dev-docs': 'Python docs, Developing with asyncio, "Concurrency and Multithreading": "An event loop runs in a thread (typically the main thread) and executes all callbacks and Tasks in its thread"; "Almost all asyncio objects are not thread safe ... To schedule a callback from another OS thread, the loop.call_soon_threadsafe() method should be used." https://docs.python.org/3/library/asyncio-dev.html#concurrency-and-multithreading',
        'asyncio-futures-source': "CPython Lib/asyncio/futures.py: Future.__schedule_callbacks() empties the callback list and hands each callback to self._loop.call_soon() once; add_done_callback() on a done future calls call_soon() too. _chain_future() (wrap_future, run_in_executor) copies a concurrent future's state to the asyncio future with dest_loop.call_soon_threadsafe(_set_state, ...), and _call_check_cancel() cancels the concurrent future when the asyncio one is cancelled.",
        'concurrent-futures-source': 'CPython Lib/concurrent/futures/_base.py: Future.set_result() and set_exception() invoke the callbacks in the thread that calls them (a ThreadPoolExecutor worker runs the task and sets its result), as the thread-pool contract says.',
        'asyncio-runners-source': 'CPython Lib/asyncio/runners.py: asyncio.run() (Runner.close() from 3.11) calls _cancel_all_tasks(), which cancels every task left and runs loop.run_until_complete(gather(*to_cancel)) before the loop is closed, so the done callbacks of those tasks run then. Python docs, asyncio.run(): "This function runs the passed coroutine, taking care of managing the asyncio event loop, finalizing asynchronous generators, and closing the executor." https://docs.python.org/3/library/asyncio-runner.html',
        'portal-docs': 'Python docs, asyncio.run_coroutine_threadsafe(): "Submit a coroutine to the given event loop. Thread-safe. Return a concurrent.futures.Future to wait for the result from another OS thread." CPython Lib/asyncio/futures.py _chain_future(): a concurrent destination gets its state from a done callback of the task, on the loop\'s thread. anyio (from_thread.BlockingPortal.start_task_soon): the returned concurrent future is completed by the task run in the portal\'s event loop thread. https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe'
    },
    rules: [
        {
            id: 'exactly-once',
            says: 'Each callback runs exactly once.',
            source: 'asyncio-futures-source',
            given: { scenario: ASYNCIO },
            expect: { calls: 1 }
        },
        {
            id: 'loop-runs-callback',
            says: "An asyncio future's done callback runs on its loop's thread (the thread that added it), never on the worker that ran the task: the classic bug is a bridge that calls it from the worker.",
            source: 'asyncio-dev-docs',
            given: { scenario: ON_THE_LOOP, ranOn: RAN$2 },
            expect: { ranOn: 'caller-thread' }
        },
        {
            id: 'never-inline',
            says: "An asyncio future's done callback is scheduled with loop.call_soon(), never run inside add_done_callback(), even when the future is already done.",
            source: 'asyncio-future-docs',
            given: { scenario: ON_THE_LOOP },
            expect: { inline: false }
        },
        {
            id: 'done-is-done',
            says: 'A future whose result was set is done when the callback is added (the probe set it).',
            source: 'asyncio-futures-source',
            given: { scenario: 'aio-done' },
            expect: { registered: 'done' }
        },
        {
            id: 'bridge-result-on-loop',
            says: "run_in_executor and wrap_future copy the worker's result to the asyncio future with call_soon_threadsafe: the asyncio future's callback, added while its task runs, runs later on the loop.",
            source: 'asyncio-futures-source',
            given: { scenario: 'aio-bridge', registered: NOT_DONE },
            expect: { ranOn: 'caller-thread', inline: false }
        },
        {
            id: 'underlying-worker-runs-callback',
            says: 'A done callback of the concurrent future under wrap_future, added while its task runs, is run by the worker that ran the task (the thread-pool rule), not by the loop.',
            source: 'concurrent-futures-source',
            given: { scenario: 'aio-underlying', registered: NOT_DONE },
            expect: { ranOn: 'task-thread', inline: false }
        },
        {
            id: 'cancel-reaches-concurrent',
            says: 'Cancelling the asyncio future of a queued task cancels the concurrent future under it.',
            source: 'asyncio-futures-source',
            given: { scenario: 'aio-cancel' },
            expect: { cancelled: true }
        },
        {
            id: 'closing-runs-callbacks',
            says: 'The tasks left when the main coroutine returns are cancelled by asyncio.run(), and their done callbacks run, on the loop, before it closes the loop.',
            source: 'asyncio-runners-source',
            given: { scenario: 'aio-closing' },
            expect: { calls: 1, ranOn: 'caller-thread' }
        },
        {
            id: 'portal-loop-completes',
            says: "A done callback of the concurrent future a portal gives back, added from another thread while the coroutine runs, is run on the portal's loop thread, which ran the coroutine.",
            source: 'portal-docs',
            given: { scenario: 'aio-portal', registered: NOT_DONE },
            expect: { ranOn: 'task-thread', inline: false }
        }
    ]
};

const ATTACHED = [...REGISTERED_STATES];
const RAN$1 = ['caller-thread', 'task-thread', 'other-thread', 'other-process'];
/**
 * JavaScript pools (the Node probe): a promise handler or a callback runs on the event loop of the
 * thread that attached it, never inside the attaching call, in attachment order, exactly once.
 * Where the task ran does not matter: the handler is a function of the caller's thread.
 *
 * A handler that first runs only once the probe began to close the pool (`ranAt: close`) did not
 * run when its task ended, and is graded apart: close() may settle a task it never ran only by
 * rejecting it, never as if it had completed; and only a cancelled task may wait for close() to
 * settle it (threads.js's QueuedTask.cancel() leaves its promise pending: interesting, not a pass
 * like any other). A late handler of any other task is a breach.
 */
const eventLoop = {
    name: 'event-loop',
    title: 'Event loop: handlers run on the submitting thread, later, in order, once',
    description: 'For JavaScript worker pools. A handler attached to a task (a promise then(), a completion callback) runs on the event loop of the thread that attached it, never inside the call that attaches it, even when the task has already settled; handlers of one task run in attachment order; each runs exactly once.',
    sources: {
        'promises-aplus': 'Promises/A+ 1.1: 2.2.2.3 / 2.2.3.3 "it must not be called more than once"; 2.2.4 "onFulfilled or onRejected must not be called until the execution context stack contains only platform code"; 2.2.6.1 / 2.2.6.2 "all respective onFulfilled [onRejected] callbacks must execute in the order of their originating calls to then"; 2.2.7.2 "If either onFulfilled or onRejected throws an exception e, promise2 must be rejected with e" (only the promise that then() returned). https://promisesaplus.com/',
        'ecmascript-agents': 'ECMA-262, Agents and Jobs: each agent (a thread: the main thread or a worker) has its own execution context stack and job queue; a promise reaction job runs in the agent whose then() enqueued it. Node.js worker_threads: every Worker runs its own event loop and JavaScript environment, and functions cannot cross to it. https://tc39.es/ecma262/#sec-agents https://nodejs.org/api/worker_threads.html',
        'node-next-tick': 'Node.js docs, process.nextTick(): "It is very important for APIs to be either 100% synchronous or 100% asynchronous" (the callback convention: a callback-style API, such as worker-farm, calls back later, from the event loop, never inside the call). https://nodejs.org/api/process.html#processnexttickcallback-args',
        'worker-farm-readme': 'worker-farm README (1.7.0): "If a child process dies for any reason during the execution of call(s), those calls will be re-queued ... you should get a result on your callback function"; maxRetries: "When the number of retries exceeds maxRetries value, the job callback will be executed with a ProcessTerminatedError"; maxCallTime: "the worker running that call will be killed and any calls running on that worker will have their callbacks returned with a TimeoutError"; maxConcurrentCalls: "any calls that push the limit will return on their callback with a MaxConcurrentCallsError"; end(): "Any calls that are queued and not yet being handled by a child process will be discarded. end() only waits for those currently in progress"; "It is assumed that each function you call on your child module will take a callback function as the last argument" (its error is the callback\'s first argument). https://github.com/rvagg/node-worker-farm#readme',
        'threads-js': 'threads.js 1.7.0, QueuedTask (pool-types.d.ts): cancel(): "Queued tasks can be cancelled until the pool starts running them on a worker thread"; then: "Resolves when the task has successfully been executed. Rejects if the task fails." (a cancelled task does neither: its promise stays pending while the pool lives). Pool.terminate() (pool.ts, taskCompletion): every task not yet settled is rejected with Error("Pool has been terminated before task was run."). https://github.com/andywer/threads.js/blob/v1.7.0/src/master/pool-types.ts https://github.com/andywer/threads.js/blob/v1.7.0/src/master/pool.ts',
        'cancel-rejects': 'What the other pools do with a cancelled task: piscina 5 README, run(): "If the task is aborted, the returned Promise is rejected with an error as well." (https://github.com/piscinajs/piscina#readme); workerpool 10 README, Promise.cancel(): "A running task can be cancelled. ... The promise will be rejected with a Promise.CancellationError." (https://github.com/josdejong/workerpool#readme). No pool completes a task it did not run: a cancelled or dropped task is settled by rejection, or not at all.'
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
            id: 'handler-runs-while-open',
            says: 'A handler runs when its task settles, while the pool is open. One that first ran only once close() began did not run when its task ended: close() settled the task (threads.js rejects every task still pending at terminate()).',
            source: 'threads-js',
            given: { ranAt: 'close' },
            expect: { ranAt: 'open' }
        },
        {
            id: 'close-never-completes',
            says: 'close() never completes a task it did not run: a handler that close() runs is called as rejected ("Pool has been terminated before task was run"), never as fulfilled. The adapter must tell the probe which (then(handler.fulfilled, handler.rejected)).',
            source: 'cancel-rejects',
            given: { ranAt: 'close' },
            expect: { settled: 'rejected' }
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
            id: 'cancelled-settled-at-close',
            says: 'A cancelled task whose promise the pool left pending while it lived (threads.js: cancel() does not settle it), rejected when the pool closed: its handlers ran once, at close(), told the task was rejected. Neither "never ran" nor a normal run; a program that waits on a cancelled task waits until the pool ends.',
            source: 'threads-js',
            given: { scenario: 'cancel', ranAt: 'close', settled: 'rejected' },
            expect: { calls: 1 },
            waives: ['handler-runs-while-open']
        },
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
    'multiprocessing-pool': multiprocessingPool,
    asyncio: asyncioContract
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
 * The positive control on a Node pool (issue 19; src/engine/control.ts): when the engine starts
 * the probe with CTG_CONTROL_ONE_IN=N, every N-th handler the probe attaches (counted over the
 * probe's life, so the rate is exact and no luck is involved) is moved: instead of the handler,
 * the pool gets a stand-in that, when the pool calls it, hands the handler (as data) to the
 * probe's own control thread, which runs it there. The handler records itself as ever, so the
 * outcome shows a handler run off the caller's thread, which the event-loop contract forbids;
 * the tally names that thread CTG-Control (the engine's CONTROL_THREAD), which is how the engine
 * knows the violation it sees is the planted one.
 */
const CONTROL_ONE_IN_ENV = 'CTG_CONTROL_ONE_IN';

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
            ...controlEnvironment(target),
            describe: `Node.js adapter ${target.adapter}`
        };
    }
    const pool = target.pool ?? 'piscina';
    const options = target.poolOptions === undefined ? [] : ['--pool-options', JSON.stringify(target.poolOptions)];
    return {
        command: process.execPath,
        args: [probe, '--pool', pool, ...options],
        ...controlEnvironment(target),
        describe: `Node.js ${pool}`
    };
}
/** A control target's probe moves one handler in N (src/probes/node/control.ts). */
function controlEnvironment(target) {
    return target.control === undefined
        ? {}
        : { env: { [CONTROL_ONE_IN_ENV]: String(target.control.oneIn) } };
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
                args: [
                    '-u',
                    assetPath('python/probe.py'),
                    '--executor',
                    target.executor,
                    ...(target.asyncio === undefined ? [] : ['--asyncio']),
                    ...(target.asyncio?.loop === undefined ? [] : ['--loop', target.asyncio.loop]),
                    ...(target.asyncio?.portal === undefined ? [] : ['--portal', target.asyncio.portal])
                ],
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
                describe: `${target.python} (${target.asyncio === undefined ? target.executor : `asyncio, ${target.asyncio.loop ?? 'its own loop'}`})`
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
                // Without a matrix pass, the budget is the repetitions' alone, from now (probes are up).
                startedAt: plan.budget.noMatrixPass === true ? Date.now() : startedAt.getTime(),
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
    // A budget without a matrix pass (the control's runs) starts its repetitions from nothing.
    const mine = plan.budget?.noMatrixPass === true ? [] : plan.cells.filter(c => c.target === target.name);
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
    if (target.kind !== 'python' ||
        target.contractGiven === true ||
        target.asyncio !== undefined ||
        first.start.kind !== 'hello')
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

export { assetPath as a, runConfig as b, configSchema as c, loadContract as d, expandMatrix as e, contractSchema as f, builtInContractNames as g, gradingMemo as h, rederiveGil as i, builtInContract as j, gradeEvidence as k, loadConfig as l, runPlan as r, shellQuoteExports as s };
