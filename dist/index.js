import { b as boundedOctokit, U as UnexpectedResponseError, n as notWhatWasAsked, A as ApiCallError, d as describeApiError, a as withRetries, F as FAIL_ON, C as COMMENT_MODES, s as setFailed, i as isRealToken, c as setSecret, e as info, w as writeOutputs, g as getInput, f as apiTiming, h as defaultPolicy, j as warning, l as logCells, r as redact } from './chunks/outputs.js';
import { tmpdir } from 'node:os';
import { join, dirname, sep, resolve } from 'node:path';
import { l as loadConfig, e as expandMatrix } from './chunks/run.js';
import { e as echoValue, b as ENGINE_OPTIONS, A as ACTION_DOOR, D as DEFAULT_JSON_PATH, r as refuseIfNotRegular, R as REPORT_FORMATS, I as InputError, o as oneLine, p as plain, g as ACTION_LABELS, d as budgetWords, h as baselineWords } from './chunks/terminal2.js';
import { M as MAX_REPORT_BYTES, r as readReportFile, m as mergeReports } from './chunks/merge.js';
import { c as checkReproducerFolder, r as runWithControl, b as besideReport, a as addReproducer } from './chunks/control.js';
import { readFileSync, writeFileSync, statSync, realpathSync, readdirSync } from 'node:fs';
import { c as checkReportPaths, o as offloadOr, a as stopOnSignals } from './chunks/terminal.js';
import { r as readFileTargets, o as oneOf, a as readOverrides, s as splitList } from './chunks/version.js';
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
import 'node:net';
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
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:crypto';
import 'node:child_process';
import 'node:fs/promises';

/**
 * The few Actions endpoints the baseline lookup reads, on the bounded client of client.ts: a
 * run, a comparison of two commits, a workflow's runs, a run's artifacts, an artifact's zip.
 * Every answer is checked before it is used (a field of the wrong type is an
 * UnexpectedResponseError, retried like a bad gateway); only the fields the lookup needs are kept.
 */
async function githubActionsApi(repo, options) {
    const { octokit } = await boundedOctokit(repo.token, options);
    const where = { owner: repo.owner, repo: repo.repo };
    const base = `/repos/${repo.owner}/${repo.repo}`;
    return {
        async workflowOfRun(runId) {
            const what = `GET ${base}/actions/runs/${runId}`;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                ...where,
                run_id: runId
            });
            return positiveInteger(field(data, 'workflow_id', what), what, 'workflow_id');
        },
        async compare(from, to) {
            const what = `GET ${base}/compare`;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                ...where,
                basehead: `${from}...${to}`,
                // The commits and files are not needed: one page of one commit keeps the answer small.
                per_page: 1
            });
            return asComparison(data, what);
        },
        async successfulPushRuns(workflow, query) {
            const what = `GET ${base}/actions/workflows/${workflow}/runs`;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
                ...where,
                workflow_id: workflow,
                branch: query.branch,
                event: 'push',
                status: 'success',
                per_page: query.perPage,
                ...(query.headSha === undefined ? {} : { head_sha: query.headSha })
            });
            const runs = field(data, 'workflow_runs', what);
            if (!Array.isArray(runs))
                throw new UnexpectedResponseError(what, notWhatWasAsked(runs, 'a list of runs'));
            return runs.flatMap(r => asRun(r));
        },
        async artifacts(runId, name) {
            const what = `GET ${base}/actions/runs/${runId}/artifacts`;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { ...where, run_id: runId, name, per_page: 100 });
            const list = field(data, 'artifacts', what);
            if (!Array.isArray(list))
                throw new UnexpectedResponseError(what, notWhatWasAsked(list, 'a list of artifacts'));
            return list.flatMap(a => asArtifact(a));
        },
        async downloadArtifact(id) {
            // GitHub answers 302 to its storage; fetch follows it, and drops the token when the
            // storage is on another origin (it is signed). 410 once the artifact expired.
            const what = `GET ${base}/actions/artifacts/${id}/zip`;
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...where, artifact_id: id, archive_format: 'zip' });
            if (!(data instanceof ArrayBuffer))
                throw new UnexpectedResponseError(what, notWhatWasAsked(data, 'a zip file'));
            return new Uint8Array(data);
        }
    };
}
/** The merge base and the distance of a compare answer. */
function asComparison(data, what) {
    const merge = field(data, 'merge_base_commit', what);
    const sha = typeof merge === 'object' && merge !== null ? merge.sha : undefined;
    if (typeof sha !== 'string')
        throw new UnexpectedResponseError(what, 'no merge_base_commit.sha');
    const time = merge.commit?.committer?.date;
    const status = field(data, 'status', what);
    return {
        mergeBase: sha,
        ...(typeof time === 'string' ? { mergeBaseTime: time } : {}),
        status: typeof status === 'string' ? status : '',
        aheadBy: count(field(data, 'ahead_by', what), what, 'ahead_by'),
        behindBy: count(field(data, 'behind_by', what), what, 'behind_by')
    };
}
function field(data, name, what) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new UnexpectedResponseError(what, notWhatWasAsked(data, 'an object'));
    return data[name];
}
function positiveInteger(value, what, name) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
        return value;
    throw new UnexpectedResponseError(what, `${name} is not a positive whole number`);
}
function count(value, what, name) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return value;
    throw new UnexpectedResponseError(what, `${name} is not a whole number`);
}
/** A run the lookup can use, or none: a run without these fields is not one to compare with. */
function asRun(raw) {
    if (typeof raw !== 'object' || raw === null)
        return [];
    const r = raw;
    const repo = r.head_repository?.full_name;
    const time = r.head_commit?.timestamp;
    if (typeof r.id !== 'number' ||
        !Number.isSafeInteger(r.id) ||
        typeof r.head_sha !== 'string' ||
        typeof r.head_branch !== 'string' ||
        typeof repo !== 'string' ||
        typeof r.created_at !== 'string' ||
        typeof r.html_url !== 'string')
        return [];
    return [
        {
            id: r.id,
            headSha: r.head_sha,
            headBranch: r.head_branch,
            headRepository: repo,
            createdAt: r.created_at,
            htmlUrl: r.html_url,
            ...(typeof time === 'string' ? { commitTime: time } : {})
        }
    ];
}
function asArtifact(raw) {
    if (typeof raw !== 'object' || raw === null)
        return [];
    const a = raw;
    if (typeof a.id !== 'number' ||
        !Number.isSafeInteger(a.id) ||
        typeof a.name !== 'string' ||
        typeof a.size_in_bytes !== 'number' ||
        typeof a.expired !== 'boolean')
        return [];
    return [
        {
            id: a.id,
            name: a.name,
            sizeInBytes: a.size_in_bytes,
            expired: a.expired,
            createdAt: typeof a.created_at === 'string' ? a.created_at : ''
        }
    ];
}

/**
 * Where the action runs: the event, the repository and the pull request to comment on, read from
 * the runner's environment and event payload (not from @actions/github, which is loaded only
 * when a comment is posted).
 */
function readRunContext(env = process.env, pullRequestInput) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
    const context = {
        eventName,
        serverUrl: /^https?:\/\/[^\s()<>]+$/.test(serverUrl) ? serverUrl : 'https://github.com'
    };
    if (owner !== undefined && owner !== '' && repo !== undefined && repo !== '') {
        context.owner = owner;
        context.repo = repo;
    }
    const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    if (context.owner !== undefined &&
        /^\d+$/.test(env.GITHUB_RUN_ID ?? '') &&
        /^https?:\/\/[^\s()<>]+$/.test(runUrl))
        context.runUrl = runUrl;
    if (/^\d{1,15}$/.test(env.GITHUB_RUN_ID ?? ''))
        context.runId = Number(env.GITHUB_RUN_ID);
    // owner/repo/.github/workflows/ci.yml@refs/pull/42/merge
    const file = /^[^/]+\/[^/]+\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    if (file !== undefined)
        context.workflowFile = file;
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    if (typeof payload.repository?.default_branch === 'string')
        context.defaultBranch = payload.repository.default_branch;
    const triggering = payload.workflow_run;
    if (eventName === 'workflow_run' && isNumber(triggering?.workflow_id))
        context.triggeringRun = {
            workflowId: triggering.workflow_id,
            ...(typeof triggering.head_sha === 'string' ? { headSha: triggering.head_sha } : {})
        };
    const pr = pullRequestOf(payload);
    if (pullRequestInput !== undefined) {
        context.pullRequest = {
            number: pullRequestInput,
            ...(pr?.number === pullRequestInput && pr.headSha !== undefined
                ? { headSha: pr.headSha }
                : {}),
            fromFork: pr?.number === pullRequestInput ? pr.fromFork : false,
            ...(pr?.number === pullRequestInput && pr.baseRef !== undefined
                ? { baseRef: pr.baseRef }
                : {}),
            ...(pr?.number === pullRequestInput && pr.baseSha !== undefined
                ? { baseSha: pr.baseSha }
                : {})
        };
    }
    else if (pr !== undefined) {
        context.pullRequest = pr;
    }
    const sha = context.pullRequest?.headSha ?? env.GITHUB_SHA;
    if (sha !== undefined && /^[0-9a-f]{40}$/.test(sha))
        context.sha = sha;
    return context;
}
function readPayload(path) {
    if (path === undefined || path === '')
        return {};
    try {
        const value = JSON.parse(readFileSync(path, 'utf8'));
        return typeof value === 'object' && value !== null ? value : {};
    }
    catch {
        return {};
    }
}
function pullRequestOf(payload) {
    const pr = payload.pull_request;
    if (pr !== undefined && isNumber(pr.number)) {
        const headRepo = pr.head?.repo?.full_name;
        const baseRepo = payload.repository?.full_name;
        return {
            number: pr.number,
            ...(typeof pr.head?.sha === 'string' ? { headSha: pr.head.sha } : {}),
            fromFork: pr.head?.repo === null || (typeof headRepo === 'string' && headRepo !== baseRepo),
            ...baseOf(pr)
        };
    }
    // A comment on a pull request arrives as an issue with a pull_request link.
    if (payload.issue?.pull_request !== undefined && isNumber(payload.issue.number))
        return { number: payload.issue.number, fromFork: false };
    // A workflow_run lists the pull requests of the run it follows, but only for branches of this
    // repository (never for a fork's): the recipe passes the number as an input instead.
    const run = payload.workflow_run;
    const first = run?.pull_requests?.[0];
    if ((run?.event === 'pull_request' || run?.event === 'pull_request_target') &&
        isNumber(first?.number))
        return {
            number: first.number,
            ...(typeof first.head?.sha === 'string' ? { headSha: first.head.sha } : {}),
            fromFork: false,
            ...baseOf(first)
        };
    return undefined;
}
function baseOf(pr) {
    const ref = pr.base?.ref;
    const sha = pr.base?.sha;
    return {
        ...(typeof ref === 'string' && ref !== '' ? { baseRef: ref } : {}),
        ...(typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? { baseSha: sha } : {})
    };
}
function isNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// empty
var et = /*#__PURE__*/ new u8(0);
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}());
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}());
/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}());
/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}());
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

/**
 * The one JSON report inside a downloaded artifact zip. The zip is untrusted (a fork or anyone
 * with write access to the base branch's runs made it): its listing is read first (fflate reads
 * the central directory without inflating anything), then the one report is inflated in small
 * chunks and counted, so a zip that lies about its sizes is stopped at the cap, never held whole.
 * Every refusal is an Error with one short line.
 */
/** Compressed bytes pushed at a time: deflate expands at most ~1,032x, so one push stays small. */
const CHUNK_BYTES = 16 * 1024;
/** More entries than any artifact of ours has; a listing of 65,535 names is refused unread. */
const MAX_ENTRIES = 100;
/** The one `.json` file of the zip, at most maxBytes once inflated, as UTF-8 text. */
function unzipReport(zip, maxBytes) {
    const entries = [];
    try {
        // The filter sees every entry of the central directory and inflates none of them.
        unzipSync(zip, {
            filter: file => {
                entries.push({ name: file.name, originalSize: file.originalSize });
                return false;
            }
        });
    }
    catch (error) {
        throw new Error(`not a zip file (${echoValue(error instanceof Error ? error.message : String(error), 80)})`);
    }
    if (entries.length > MAX_ENTRIES)
        throw new Error(`${entries.length} files in the zip; expected one report`);
    const files = entries.filter(e => !e.name.endsWith('/'));
    const reports = files.filter(e => /\.json$/i.test(e.name));
    if (reports.length !== 1)
        throw new Error(`${reports.length === 0 ? 'no' : reports.length} JSON file${reports.length === 1 ? '' : 's'} in the zip; expected exactly one report`);
    const wanted = reports[0];
    if (wanted.originalSize > maxBytes)
        throw new Error(tooLarge(wanted.originalSize, maxBytes));
    // The listing's sizes may lie: the inflated bytes are counted as they come.
    const parts = [];
    let total = 0;
    let found = false;
    let over = false;
    let ended = false;
    const unzip = new Unzip((file) => {
        if (file.name !== wanted.name || found)
            return; // not started: its data is skipped
        found = true;
        file.ondata = (error, chunk, final) => {
            if (error !== null)
                throw error;
            total += chunk.length;
            if (total > maxBytes) {
                over = true;
                file.terminate();
                return;
            }
            parts.push(chunk);
            if (final)
                ended = true;
        };
        file.start();
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    try {
        for (let at = 0; at < zip.length && !over && !ended; at += CHUNK_BYTES)
            unzip.push(zip.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= zip.length);
    }
    catch (error) {
        throw new Error(`the zip's report could not be unpacked (${echoValue(error instanceof Error ? error.message : String(error), 80)})`);
    }
    if (over)
        throw new Error(tooLarge(total, maxBytes, true));
    if (!ended)
        throw new Error('the zip ends before its report does');
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
    }
    return { name: wanted.name, text: new TextDecoder('utf-8').decode(bytes) };
}
function tooLarge(bytes, maxBytes, atLeast = false) {
    const mib = (n) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    return `its report unzips to ${atLeast ? 'more than ' : ''}${mib(atLeast ? maxBytes : bytes)}${atLeast ? '' : `, over the ${mib(maxBytes)} cap`} (a zip bomb?)`;
}

/**
 * baseline: auto. Finds the base branch's report for a pull request: the merge base, the newest
 * successful push run of the same workflow on the base branch at that commit (else at the newest
 * earlier one), its artifact, the one report inside. Only runs of the base repository's own
 * branch count: a fork's run never does.
 *
 * It never fails the step: whatever goes wrong (no run, no artifact, expired, 403, a zip bomb)
 * ends as a `missing` source with one line saying why. The report itself is judged like any
 * other report file by the caller (readReportFile), from the file written here.
 */
/** An artifact zip larger than this is not downloaded: a report compresses far below its cap. */
const MAX_ARTIFACT_BYTES = MAX_REPORT_BYTES;
/** Earlier runs checked for being an ancestor of the merge base (one compare each). */
const MAX_ANCESTOR_CHECKS = 3;
/** The events on which auto looks for a baseline; on others it means none. */
const AUTO_BASELINE_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run'];
/** Why there is no baseline: what ends the lookup early, with its one line. */
class NoBaseline extends Error {
}
async function findBaseline(api, context, settings) {
    try {
        return await lookUp(api, context, settings);
    }
    catch (error) {
        const reason = error instanceof NoBaseline ? error.message : apiReason(error);
        return { found: false, source: { kind: 'missing', reason } };
    }
}
async function lookUp(api, context, settings) {
    const { owner, repo } = context;
    if (owner === undefined || repo === undefined)
        throw new NoBaseline('GITHUB_REPOSITORY is not set');
    const own = `${owner}/${repo}`;
    const call = (what, f) => withRetries(what, f, settings.policy);
    const pr = context.pullRequest;
    const branch = pr?.baseRef ?? context.defaultBranch;
    const head = pr?.headSha ?? context.triggeringRun?.headSha;
    if (branch === undefined || head === undefined)
        throw new NoBaseline('the event names no pull request base branch and head commit');
    // The workflow whose runs upload the report: this one, or in workflow_run the one it follows.
    let workflow = context.triggeringRun?.workflowId ?? context.workflowFile;
    const named = () => (typeof workflow === 'number' ? `workflow ${workflow}` : String(workflow));
    if (workflow === undefined) {
        if (context.runId === undefined)
            throw new NoBaseline('GITHUB_RUN_ID is not set');
        const runId = context.runId;
        workflow = await call('find this run’s workflow', () => api.workflowOfRun(runId));
    }
    const comparison = await call('find the merge base', () => api.compare(pr?.baseSha ?? branch, head));
    const mergeBase = comparison.mergeBase;
    const short = mergeBase.slice(0, 7);
    settings.say(`baseline: the merge base is ${short}; looking for ${named()} runs on ${branch}`);
    const ours = (runs) => runs.filter(r => r.headRepository === own && r.headBranch === branch);
    const wf = workflow;
    const atMergeBase = ours(await call('list the runs at the merge base', () => api.successfulPushRuns(wf, { branch, headSha: mergeBase, perPage: 10 }))).filter(r => r.headSha === mergeBase);
    let chosen = atMergeBase[0] === undefined ? undefined : { run: atMergeBase[0], behind: 0 };
    if (chosen === undefined) {
        const runs = ours(await call('list the runs on the base branch', () => api.successfulPushRuns(wf, { branch, perPage: 30 })));
        if (runs.length === 0)
            throw new NoBaseline(`no successful push run of ${named()} on ${branch} yet (the first run?)`);
        chosen = await newestAncestorRun(runs, comparison.mergeBaseTime, mergeBase, call, api);
        if (chosen === undefined)
            throw new NoBaseline(`no successful run of ${named()} on ${branch} at or before the merge base ${short}`);
    }
    const { run, behind } = chosen;
    const path = await downloadReport(api, call, run, branch, settings);
    return {
        found: true,
        path,
        source: {
            kind: 'auto',
            branch,
            sha: run.headSha,
            commitUrl: `${context.serverUrl ?? 'https://github.com'}/${own}/commit/${run.headSha}`,
            runId: run.id,
            runUrl: run.htmlUrl,
            createdAt: run.createdAt,
            artifact: settings.artifact,
            mergeBase: behind === 0 && run.headSha === mergeBase,
            commitsBehind: behind,
            path
        }
    };
}
/**
 * The report of the chosen run: its artifact (the newest live one of that name, within the cap),
 * downloaded, its one JSON file unpacked and written to the run's folder; the path it was written to.
 */
async function downloadReport(api, call, run, branch, settings) {
    const artifacts = (await call('list the run’s artifacts', () => api.artifacts(run.id, settings.artifact))).filter(a => a.name === settings.artifact);
    if (artifacts.length === 0)
        throw new NoBaseline(`run ${run.id} on ${branch} has no artifact named ${settings.artifact}`);
    const live = artifacts.filter(a => !a.expired).sort((a, b) => b.id - a.id);
    const artifact = live[0];
    if (artifact === undefined)
        throw new NoBaseline(`the artifact ${settings.artifact} of run ${run.id} has expired`);
    if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES)
        throw new NoBaseline(`refused: the artifact ${settings.artifact} of run ${run.id} is ${mib(artifact.sizeInBytes)}, over the ${mib(MAX_ARTIFACT_BYTES)} cap`);
    let zip;
    try {
        zip = await call('download the artifact', () => api.downloadArtifact(artifact.id));
    }
    catch (error) {
        if (statusOf(error) === 410)
            throw new NoBaseline(`the artifact ${settings.artifact} of run ${run.id} has expired`);
        throw error;
    }
    if (zip.length > MAX_ARTIFACT_BYTES)
        throw new NoBaseline(`refused: the downloaded zip is ${mib(zip.length)}, over the cap`);
    let report;
    try {
        report = unzipReport(zip, MAX_REPORT_BYTES);
    }
    catch (error) {
        throw new NoBaseline(`refused: the artifact ${settings.artifact} of run ${run.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const path = join(settings.dir, `callback-thread-guard-baseline-${run.id}.json`);
    writeFileSync(path, report.text);
    return path;
}
/**
 * The newest run whose commit is the merge base or one of its ancestors: runs of commits made
 * after the merge base are skipped unasked, the rest checked by a comparison (a commit that main
 * moved on to since would blame the pull request for main's own changes).
 */
async function newestAncestorRun(runs, mergeBaseTime, mergeBase, call, api) {
    const limit = mergeBaseTime === undefined ? Number.NaN : Date.parse(mergeBaseTime);
    const candidates = runs.filter(r => r.commitTime === undefined || Number.isNaN(limit) || !(Date.parse(r.commitTime) > limit));
    const checked = new Set();
    for (const run of candidates) {
        if (checked.has(run.headSha))
            continue;
        if (checked.size >= MAX_ANCESTOR_CHECKS)
            break;
        checked.add(run.headSha);
        const c = await call('compare a run’s commit with the merge base', () => api.compare(run.headSha, mergeBase));
        if (c.status === 'ahead' || c.status === 'identical')
            return { run, behind: c.aheadBy };
    }
    return undefined;
}
function statusOf(error) {
    return error instanceof ApiCallError ? error.status : undefined;
}
function apiReason(error) {
    const status = statusOf(error);
    const what = error instanceof ApiCallError ? error.what : 'the lookup';
    if (status === 403)
        return `no permission to ${what} (HTTP 403): the token needs actions: read`;
    if (status === 404)
        return `could not ${what} (HTTP 404: not found, or the token cannot see it)`;
    // An ApiCallError says what it was, what GitHub said, and how often it was tried.
    return error instanceof ApiCallError
        ? `could not ${describeApiError(error)}`
        : `could not ${what}: ${describeApiError(error)}`;
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

/**
 * File globs for the `reports` input: `*` and `?` within one path segment, `**` for any number
 * of folders. Like shells, wildcards do not match names that start with a dot. Node 20 has no
 * fs.glob, and the patterns needed here are simple. A match is a regular file whose real path
 * stays inside the folder the pattern starts from (the workspace for a pattern that starts with a wildcard): a symbolic
 * link planted in an artifact never leads the action to read, or quote, a file outside it.
 */
function expandGlobs(patterns) {
    const found = new Set();
    for (const pattern of patterns)
        for (const path of expandGlob(pattern))
            found.add(path);
    return [...found].sort();
}
function expandGlob(pattern) {
    const slashed = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    const segments = slashed.split('/');
    const firstWild = segments.findIndex(hasWildcard);
    if (firstWild === -1)
        return isFile(slashed) && staysInside(slashed, dirname(slashed)) ? [slashed] : [];
    // The folders before the first wildcard are taken as they are ("" for an absolute path).
    const base = segments.slice(0, firstWild).join('/');
    const root = base !== '' ? base : slashed.startsWith('/') ? '/' : '.';
    const out = [];
    // Below ".", paths stay relative and without a "./" in front.
    walk(root, segments.slice(firstWild), out, root !== '.');
    return out.filter(path => staysInside(path, root));
}
/** Whether the real path of `path` (its links followed) lies inside the real path of `folder`. */
function staysInside(path, folder) {
    try {
        const inside = realpathSync(folder);
        const real = realpathSync(path);
        return real.startsWith(inside.endsWith(sep) ? inside : `${inside}${sep}`);
    }
    catch {
        return false;
    }
}
function walk(dir, rest, out, keepDir) {
    const [segment, ...tail] = rest;
    if (segment === undefined)
        return;
    const at = (name) => (keepDir ? join(dir, name) : name);
    if (segment === '**') {
        const next = tail.length === 0 ? ['*'] : tail;
        walk(dir, next, out, keepDir); // no folder at all
        for (const name of entries(dir, true))
            walk(at(name), rest, out, true);
        return;
    }
    if (segment === '' || segment === '.') {
        walk(dir, tail, out, keepDir);
        return;
    }
    const names = hasWildcard(segment)
        ? entries(dir, false).filter(name => segmentPattern(segment).test(name))
        : [segment];
    for (const name of names) {
        const path = at(name);
        if (tail.length === 0) {
            if (isFile(path))
                out.push(path);
        }
        else if (isDirectory(path)) {
            walk(path, tail, out, true);
        }
    }
}
function entries(dir, foldersOnly) {
    try {
        return readdirSync(dir, { withFileTypes: true })
            .filter(e => !e.name.startsWith('.'))
            .filter(e => !foldersOnly || e.isDirectory()) // symbolic links are not followed by **
            .map(e => e.name);
    }
    catch {
        return [];
    }
}
function hasWildcard(segment) {
    return /[*?]/.test(segment);
}
function segmentPattern(segment) {
    const body = [...segment]
        .map(ch => ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
        .join('');
    return new RegExp(`^${body}$`);
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}

/**
 * The action's inputs, read and checked in one place before anything runs or is written.
 * Every problem is an InputError naming the input ("input workers: ..."), one line.
 */
/** The artifact name the docs' recipe uploads the report under, and auto looks for. */
const DEFAULT_BASELINE_ARTIFACT = 'callback-thread-guard-report';
/** Inputs that configure the engine; they mean nothing when `reports` are merged instead. */
const ENGINE_INPUTS = ENGINE_OPTIONS.map(option => option.name);
function readInputs(get) {
    const text = (name) => {
        const value = get(name).trim();
        return value === '' ? undefined : value;
    };
    const reports = lines(get('reports'));
    const files = readFileTargets(format => text(format.name) ?? (format.inputDefault === '' ? undefined : format.inputDefault));
    checkReportPaths(files, name => ACTION_DOOR.label({ name, kind: 'text' }));
    const inputs = {
        overrides: reports.length > 0 ? {} : readOverrides(ACTION_DOOR, option => text(option.name)),
        ...files,
        json: files.json ?? DEFAULT_JSON_PATH,
        token: text('github-token') ?? '',
        reportId: reportId(get('report-id')),
        title: title(get('comment-title'), get('report-id')),
        checkRun: oneOf(text('check-run') ?? 'false', 'input check-run', ['true', 'false']) === 'true',
        comment: oneOf(text('comment') ?? 'always', 'input comment', COMMENT_MODES),
        failOn: oneOf(text('fail-on') ?? 'violation', 'input fail-on', FAIL_ON),
        reports,
        baseline: { mode: 'auto' },
        baselineArtifact: artifactName(get('baseline-artifact')),
        trustedContracts: list(get, 'report-contracts') ?? [],
        ignoredEngineInputs: reports.length > 0 ? ENGINE_INPUTS.filter(name => text(name) !== undefined) : []
    };
    const config = text('config');
    if (config !== undefined && reports.length === 0)
        inputs.config = config;
    const reproducer = text('reproducer');
    if (reproducer !== undefined && reproducer !== 'false')
        checkReproducerFolder(reproducer, 'input reproducer');
    if (reproducer !== undefined)
        inputs.reproducer = reproducer === 'false' ? false : reproducer;
    const baseline = text('baseline') ?? 'auto';
    if (baseline === 'none')
        inputs.baseline = { mode: 'none' };
    else if (baseline !== 'auto') {
        refuseIfNotRegular(baseline, 'input baseline'); // a FIFO or /dev/zero would hang the read
        // A report written over the baseline would destroy what this run is compared with.
        const clash = REPORT_FORMATS.map(format => format.name).find(kind => inputs[kind] !== undefined && samePath(inputs[kind], baseline));
        if (clash !== undefined)
            throw new InputError('input baseline', `${JSON.stringify(baseline)} is also the ${clash} report`);
        inputs.baseline = { mode: 'file', path: baseline };
    }
    const pr = text('pull-request');
    if (pr !== undefined) {
        if (!/^[1-9]\d{0,9}$/.test(pr))
            throw new InputError('input pull-request', `expected a pull request number, got ${JSON.stringify(pr)}`);
        inputs.pullRequest = Number(pr);
    }
    return inputs;
}
/** A list input: comma- or newline-separated (a YAML block scalar is the same list). */
function list(get, name) {
    const text = get(name).trim();
    return text === '' ? undefined : splitList(text, `input ${name}`, ACTION_DOOR.separator);
}
/** Glob patterns, one per line (commas may be part of a file name). */
function lines(text) {
    return text
        .split('\n')
        .map(s => s.trim())
        .filter(s => s !== '');
}
function reportId(raw) {
    const id = raw.trim() === '' ? 'default' : raw.trim();
    if (id.length > 100)
        throw new InputError('input report-id', 'must be at most 100 characters');
    if ([...id].some(ch => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f'))
        throw new InputError('input report-id', 'must not contain line breaks or control characters');
    return id;
}
/** An artifact name as upload-artifact accepts it. */
function artifactName(raw) {
    const name = raw.trim() === '' ? DEFAULT_BASELINE_ARTIFACT : raw.trim();
    if (name.length > 200)
        throw new InputError('input baseline-artifact', 'must be at most 200 characters');
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[":<>|*?\\/\u0000-\u001f\u007f]/.test(name))
        throw new InputError('input baseline-artifact', `an artifact name has none of " : < > | * ? \\ / or control characters, got ${JSON.stringify(name)}`);
    return name;
}
/** The heading: the input, else the tool's name with the report id when there are several. */
function title(raw, rawReportId) {
    const value = raw.trim();
    if (value === '') {
        const id = rawReportId.trim();
        return id === '' || id === 'default' ? 'callback-thread-guard' : `callback-thread-guard (${id})`;
    }
    if (value.length > 120)
        throw new InputError('input comment-title', 'must be at most 120 characters');
    if ([...value].some(ch => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f'))
        throw new InputError('input comment-title', 'must not contain line breaks or control characters');
    return value;
}
/** The same file, links followed where they exist. */
function samePath(a, b) {
    const real = (p) => {
        try {
            return realpathSync(p);
        }
        catch {
            return resolve(p);
        }
    };
    return real(a) === real(b);
}

/**
 * The Action's logic: inputs -> report (run the engine, or merge the JSON reports of a workflow
 * matrix) -> the sinks, in order -> step status. `run` is what dist/index.js calls, and what
 * `npm run local-action` calls on this TypeScript source.
 *
 * The order matters. Every input is checked (and a baseline file or the reports to merge are read
 * and validated) before anything runs or is written, so bad input leaves nothing half-written.
 * baseline auto only reads the API, while the engine runs, and never fails the step (what it
 * finds is judged like any report file, what it does not is one line). The report files are
 * written before any API call that writes, so nothing is lost when the API fails. And a
 * comment that cannot be posted is a warning: the step's status is the guard's verdict, set last,
 * so its failure line is the step's last error annotation.
 */
/** The runner systems the action supports: only Linux is tested (README, "Supported runners"). */
const SUPPORTED_PLATFORMS = ['linux'];
/**
 * `outputsWorker`: the bundled worker script that writes the outputs (dist/action-outputs.js);
 * without it (the TypeScript source, npm run local-action) they are written on this thread.
 */
async function run(outputsWorker) {
    if (!SUPPORTED_PLATFORMS.includes(process.platform)) {
        setFailed(`callback-thread-guard runs on Linux runners only, not on ${process.platform}: use runs-on: ubuntu-latest.`);
        return;
    }
    try {
        await act(outputsWorker);
    }
    catch (error) {
        setFailed(error instanceof InputError ? oneLine(error) : `could not run: ${oneLine(error)}`);
    }
}
async function act(outputsWorker) {
    // 1. Everything that can be refused, before anything runs or is written.
    const inputs = readInputs(name => getInput(name));
    // The runner masks the workflow token by itself, but not a personal or App token passed in.
    if (isRealToken(inputs.token))
        setSecret(inputs.token);
    const context = readRunContext(process.env, inputs.pullRequest);
    const fileBaseline = inputs.baseline.mode === 'file'
        ? readReportFile(inputs.baseline.path, 'input baseline', {
            ...judging(inputs),
            evidence: false
        })
        : undefined;
    // The lookup never fails the step, so it runs while the engine does.
    const lookup = inputs.baseline.mode === 'auto' && AUTO_BASELINE_EVENTS.includes(context.eventName)
        ? autoBaseline(inputs, context)
        : undefined;
    const ran = inputs.reports.length > 0 ? await mergeInputReports(inputs) : await runEngine(inputs);
    const { baseline, source } = inputs.baseline.mode === 'file'
        ? {
            baseline: fileBaseline,
            source: { kind: 'file', path: inputs.baseline.path }
        }
        : await readAutoBaseline(inputs, lookup);
    // 2. Every output, in order, in a worker thread when the bundle has one: rendering a merge of
    // thousands of reports takes seconds, and the main thread must stay free to hear a signal.
    const job = {
        report: ran,
        ...(baseline === undefined ? {} : { baseline }),
        ...(source === undefined ? {} : { source }),
        inputs,
        context
    };
    info(`writing the outputs of ${ran.cells.length} cells`);
    const failure = await offloadOr(outputsWorker, job, writeOutputs);
    // The step's status, last: its failure line is the step's last error annotation.
    if (failure !== undefined)
        setFailed(failure);
}
async function runEngine(inputs) {
    const config = loadConfig(inputs.config, inputs.overrides, ACTION_LABELS);
    let done = 0;
    let lastBudgetLine = 0;
    const plan = expandMatrix(config);
    const report = await runWithControl(plan, {
        // With a budget, a line every 30 s: the log shows the run is alive and what it has checked.
        onBudget: progress => {
            if (Date.now() - lastBudgetLine < 30_000)
                return;
            lastBudgetLine = Date.now();
            info(plain(budgetWords(progress), 300));
        },
        // Cells finish in any order: the log of each comes after the run; here only progress.
        onCellDone: () => {
            done += 1;
            // With a budget, cells run again until it is spent: there is no total to count to.
            if (done % 50 === 0)
                info(plan.budget === undefined
                    ? `${done} of ${plan.cells.length} cells done`
                    : `${done} cells done (a budget runs cells again until it is spent)`);
        }
    });
    logCells(report.cells);
    const dir = inputs.reproducer === undefined ? besideReport(inputs.json) : inputs.reproducer;
    if (dir !== false && dir !== undefined && report.verdict === 'fail') {
        const record = await addReproducer(report, plan, dir);
        if (record !== undefined)
            info(`reproducer written: ${plain(record.command, 300)}`);
    }
    return report;
}
/** The lookup of baseline auto (on the events it looks on), with its time in the log. */
async function autoBaseline(inputs, context) {
    if (!isRealToken(inputs.token))
        return { found: false, source: { kind: 'missing', reason: 'github-token is empty' } };
    const started = Date.now();
    const timing = apiTiming();
    const say = (line) => info(plain(redact(line, inputs.token), 300));
    const result = await findBaseline(await githubActionsApi({ token: inputs.token, owner: context.owner ?? '', repo: context.repo ?? '' }, { requestTimeoutMs: timing.requestTimeoutMs, deadline: started + timing.budgetMs / 2 }), context, {
        artifact: inputs.baselineArtifact,
        dir: process.env.RUNNER_TEMP ?? tmpdir(),
        policy: {
            ...defaultPolicy(timing.budgetMs / 2),
            baseDelayMs: timing.baseDelayMs,
            onRetry: (what, error, waitMs, attempt) => say(`baseline: could not ${what} (attempt ${attempt}: ${describeApiError(error)}); trying again in ${(waitMs / 1000).toFixed(1)} s`)
        },
        say
    }).catch((error) => ({
        found: false,
        source: { kind: 'missing', reason: `the lookup failed: ${oneLine(error)}` }
    }));
    say(`baseline: lookup took ${((Date.now() - started) / 1000).toFixed(2)} s`);
    return result;
}
/** The report that baseline auto found, judged like any report file; or why there is none. */
async function readAutoBaseline(inputs, lookup) {
    if (lookup === undefined)
        return {};
    const result = await lookup;
    let { source } = result;
    let baseline;
    if (result.found)
        try {
            baseline = readReportFile(result.path, 'baseline', { ...judging(inputs), evidence: false });
        }
        catch (error) {
            // "baseline: <path>: <why>": the path is ours, the why is the reader's one line.
            const why = error instanceof InputError
                ? error.problem.slice(echoValue(result.path, 200).length + 2)
                : oneLine(error);
            source = {
                kind: 'missing',
                reason: `refused: the artifact of run ${source.runId ?? '?'} is ${why}`
            };
        }
    info(plain(baselineWords(source), 400));
    return { ...(baseline === undefined ? {} : { baseline }), source };
}
async function mergeInputReports(inputs) {
    if (inputs.ignoredEngineInputs.length > 0)
        warning(`reports are merged, so these inputs are ignored: ${inputs.ignoredEngineInputs.join(', ')}`);
    // The merged report may be written where a glob looks, and the baseline may lie there too:
    // neither is one of the reports to merge.
    const skip = new Set([inputs.json, inputs.baseline.mode === 'file' ? inputs.baseline.path : undefined]
        .filter(p => p !== undefined)
        .map(p => resolve(p)));
    const paths = expandGlobs(inputs.reports).filter(p => !skip.has(resolve(p)));
    if (paths.length === 0)
        throw new InputError('input reports', `no file matches ${inputs.reports.map(p => JSON.stringify(p)).join(', ')}`);
    info(`merging ${paths.length} report${paths.length === 1 ? '' : 's'}: ${paths.map(p => plain(p)).join(', ')}`);
    const sources = [];
    for (const path of paths) {
        sources.push({ path, report: readReportFile(path, 'input reports', judging(inputs)) });
        // Thousands of files take a while: a signal is heard between two of them.
        await new Promise(resolve => setImmediate(resolve));
    }
    return mergeReports(sources, 'input reports');
}
/** How report files are judged: which custom contracts the workflow accepts from them. */
function judging(inputs) {
    return { trustedContracts: inputs.trustedContracts };
}

/**
 * The GitHub Action's entry point (dist/index.js): it only starts the action, as the official
 * template's does. The action's logic is `run` in src/action/main.ts, which
 * `npm run local-action` imports and calls itself.
 */
// A cancelled job (SIGINT, then SIGTERM) or a lost runner (SIGHUP): probes stopped, one line.
stopOnSignals(line => setFailed(line));
// The outputs are rendered and written by a worker thread beside this file (see run).
void run(new URL('./action-outputs.js', import.meta.url));
