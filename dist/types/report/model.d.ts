/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 *
 * Its shape is defined once, by the schemas below; the types are inferred from them, and a report
 * read back from a file is validated with them (merge.ts), less what is derived and never read.
 */
import { z } from 'zod';
import type { BudgetRecord } from '../model/budget.js';
import type { ControlRecord } from '../model/control.js';
import type { Drift } from '../grading/drift.js';
import type { Evidence } from '../grading/evidence.js';
import type { ReproducerRecord } from '../model/reproducer.js';
export declare const verdictSchema: z.ZodEnum<{
    fail: "fail";
    error: "error";
    pass: "pass";
}>;
export declare const cellVerdictSchema: z.ZodEnum<{
    fail: "fail";
    error: "error";
    pass: "pass";
    skip: "skip";
}>;
export declare const cellReportSchema: z.ZodObject<{
    verdict: z.ZodEnum<{
        fail: "fail";
        error: "error";
        pass: "pass";
        skip: "skip";
    }>;
    reason: z.ZodOptional<z.ZodString>;
    stderrTail: z.ZodOptional<z.ZodArray<z.ZodString>>;
    notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    durationMs: z.ZodNumber;
    stats: z.ZodRecord<z.ZodString, z.ZodNumber>;
    outcomes: z.ZodArray<z.ZodObject<{
        facts: z.ZodObject<{
            registered: z.ZodEnum<{
                done: "done";
                cancelled: "cancelled";
                running: "running";
                pending: "pending";
                "not-done": "not-done";
            }>;
            ranOn: z.ZodEnum<{
                never: "never";
                "task-thread": "task-thread";
                "caller-thread": "caller-thread";
                "other-thread": "other-thread";
                "other-process": "other-process";
            }>;
            inline: z.ZodBoolean;
            calls: z.ZodNumber;
            taskOn: z.ZodOptional<z.ZodEnum<{
                "caller-thread": "caller-thread";
                "green-thread": "green-thread";
            }>>;
            order: z.ZodOptional<z.ZodEnum<{
                "in-order": "in-order";
                "out-of-order": "out-of-order";
            }>>;
            role: z.ZodOptional<z.ZodEnum<{
                raiser: "raiser";
                "after-raiser": "after-raiser";
            }>>;
            cancelled: z.ZodOptional<z.ZodBoolean>;
            error: z.ZodOptional<z.ZodEnum<{
                none: "none";
                ProcessTerminatedError: "ProcessTerminatedError";
                TimeoutError: "TimeoutError";
                MaxConcurrentCallsError: "MaxConcurrentCallsError";
                other: "other";
            }>>;
            call: z.ZodOptional<z.ZodEnum<{
                "within-limit": "within-limit";
                "past-limit": "past-limit";
                "in-progress": "in-progress";
                queued: "queued";
            }>>;
            ranAt: z.ZodOptional<z.ZodEnum<{
                open: "open";
                close: "close";
            }>>;
            settled: z.ZodOptional<z.ZodEnum<{
                unknown: "unknown";
                fulfilled: "fulfilled";
                rejected: "rejected";
            }>>;
        }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
        count: z.ZodNumber;
        samples: z.ZodDefault<z.ZodArray<z.ZodObject<{
            task: z.ZodNullable<z.ZodString>;
            callback: z.ZodNullable<z.ZodString>;
            caller: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>>;
        grade: z.ZodEnum<{
            interesting: "interesting";
            acceptable: "acceptable";
            forbidden: "forbidden";
        }>;
        rules: z.ZodArray<z.ZodString>;
        broken: z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            observed: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    violations: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        says: z.ZodString;
        source: z.ZodString;
        count: z.ZodNumber;
        expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
        observed: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
        samples: z.ZodArray<z.ZodObject<{
            task: z.ZodNullable<z.ZodString>;
            callback: z.ZodNullable<z.ZodString>;
            caller: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    dispute: z.ZodOptional<z.ZodString>;
    gradedByReportContract: z.ZodOptional<z.ZodString>;
    scenario: z.ZodEnum<{
        timed: "timed";
        done: "done";
        cancel: "cancel";
        shutdown: "shutdown";
        overload: "overload";
        "aio-pending": "aio-pending";
        "aio-done": "aio-done";
        "aio-bridge": "aio-bridge";
        "aio-underlying": "aio-underlying";
        "aio-cancel": "aio-cancel";
        "aio-closing": "aio-closing";
        "aio-portal": "aio-portal";
        order: "order";
        running: "running";
        raising: "raising";
        killed: "killed";
        failing: "failing";
        timeout: "timeout";
        ending: "ending";
    }>;
    workers: z.ZodNumber;
    tasks: z.ZodNumber;
    callbackDelayMs: z.ZodNumber;
    taskMs: z.ZodNumber;
    callbacks: z.ZodNumber;
    repeat: z.ZodNumber;
    id: z.ZodString;
    target: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const targetReportSchema: z.ZodObject<{
    name: z.ZodString;
    kind: z.ZodEnum<{
        python: "python";
        pool: "pool";
        command: "command";
    }>;
    contract: z.ZodString;
    contractReason: z.ZodOptional<z.ZodString>;
    runtime: z.ZodOptional<z.ZodObject<{
        implementation: z.ZodString;
        version: z.ZodString;
        executor: z.ZodString;
        executorVersion: z.ZodOptional<z.ZodString>;
        platform: z.ZodOptional<z.ZodString>;
        gil: z.ZodOptional<z.ZodObject<{
            build: z.ZodEnum<{
                default: "default";
                "free-threaded": "free-threaded";
            }>;
            beforeImport: z.ZodNullable<z.ZodBoolean>;
            afterImport: z.ZodNullable<z.ZodBoolean>;
            atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
            observedWith: z.ZodEnum<{
                build: "build";
                "sys._is_gil_enabled": "sys._is_gil_enabled";
            }>;
        }, z.core.$strip>>;
    }, z.core.$loose>>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const summarySchema: z.ZodObject<{
    cells: z.ZodNumber;
    passed: z.ZodNumber;
    failed: z.ZodNumber;
    errors: z.ZodNumber;
    skipped: z.ZodNumber;
    violations: z.ZodNumber;
    interesting: z.ZodNumber;
}, z.core.$strip>;
/**
 * What the baseline was, or why there was none: the comment, the terminal and the JSON report
 * name it (issue 18). `auto`: found by the action among the base branch's runs; `file`: the
 * baseline input's path; `missing`: looked for (or turned off) and not found, `reason` says why.
 * Every string here came from the API or a file: each sink escapes it, and a URL is linked only
 * when it is a plain https address (baseline-source.ts).
 */
export declare const baselineSourceSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        file: "file";
        auto: "auto";
        missing: "missing";
    }>;
    reason: z.ZodOptional<z.ZodString>;
    path: z.ZodOptional<z.ZodString>;
    branch: z.ZodOptional<z.ZodString>;
    sha: z.ZodOptional<z.ZodString>;
    commitUrl: z.ZodOptional<z.ZodString>;
    runId: z.ZodOptional<z.ZodNumber>;
    runUrl: z.ZodOptional<z.ZodString>;
    createdAt: z.ZodOptional<z.ZodString>;
    artifact: z.ZodOptional<z.ZodString>;
    mergeBase: z.ZodOptional<z.ZodBoolean>;
    commitsBehind: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
/**
 * What earlier runs found, carried from report to report (history.ts folds each run in): per
 * target fingerprint, the sums of every rule and, per interesting entry, its last runs. Read from
 * a baseline file like every field, and then checked for sums that add up (history.ts).
 */
export declare const historySchema: z.ZodObject<{
    targets: z.ZodArray<z.ZodObject<{
        target: z.ZodString;
        fingerprint: z.ZodObject<{
            implementation: z.ZodString;
            version: z.ZodString;
            executor: z.ZodString;
            executorVersion: z.ZodOptional<z.ZodString>;
            contract: z.ZodString;
            contractHash: z.ZodString;
        }, z.core.$strip>;
        runs: z.ZodNumber;
        first: z.ZodString;
        last: z.ZodString;
        callbacks: z.ZodNumber;
        forbidden: z.ZodNumber;
        rules: z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            checked: z.ZodNumber;
            broken: z.ZodNumber;
        }, z.core.$strip>>;
        interesting: z.ZodArray<z.ZodObject<{
            entry: z.ZodString;
            count: z.ZodNumber;
            of: z.ZodNumber;
            recent: z.ZodArray<z.ZodObject<{
                count: z.ZodNumber;
                of: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
/**
 * A run-level warning (report/gil.ts): `gil-enabled`, a free-threaded build whose GIL came back
 * on, so the run did not test a free-threaded runtime. Every sink shows `message` for `target`.
 */
export declare const runWarningSchema: z.ZodObject<{
    kind: z.ZodEnum<{
        "gil-enabled": "gil-enabled";
    }>;
    level: z.ZodEnum<{
        error: "error";
        warning: "warning";
    }>;
    target: z.ZodString;
    message: z.ZodString;
}, z.core.$strip>;
export declare const reportSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    tool: z.ZodObject<{
        name: z.ZodLiteral<"callback-thread-guard">;
        version: z.ZodString;
    }, z.core.$strip>;
    verdict: z.ZodEnum<{
        fail: "fail";
        error: "error";
        pass: "pass";
    }>;
    startedAt: z.ZodString;
    durationMs: z.ZodNumber;
    summary: z.ZodObject<{
        cells: z.ZodNumber;
        passed: z.ZodNumber;
        failed: z.ZodNumber;
        errors: z.ZodNumber;
        skipped: z.ZodNumber;
        violations: z.ZodNumber;
        interesting: z.ZodNumber;
    }, z.core.$strip>;
    targets: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kind: z.ZodEnum<{
            python: "python";
            pool: "pool";
            command: "command";
        }>;
        contract: z.ZodString;
        contractReason: z.ZodOptional<z.ZodString>;
        runtime: z.ZodOptional<z.ZodObject<{
            implementation: z.ZodString;
            version: z.ZodString;
            executor: z.ZodString;
            executorVersion: z.ZodOptional<z.ZodString>;
            platform: z.ZodOptional<z.ZodString>;
            gil: z.ZodOptional<z.ZodObject<{
                build: z.ZodEnum<{
                    default: "default";
                    "free-threaded": "free-threaded";
                }>;
                beforeImport: z.ZodNullable<z.ZodBoolean>;
                afterImport: z.ZodNullable<z.ZodBoolean>;
                atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
                observedWith: z.ZodEnum<{
                    build: "build";
                    "sys._is_gil_enabled": "sys._is_gil_enabled";
                }>;
            }, z.core.$strip>>;
        }, z.core.$loose>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    contracts: z.ZodRecord<z.ZodString, z.ZodObject<{
        name: z.ZodString;
        title: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        sources: z.ZodRecord<z.ZodString, z.ZodString>;
        rules: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
        }, z.core.$strict>>;
        interesting: z.ZodDefault<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
            waives: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    cells: z.ZodArray<z.ZodObject<{
        verdict: z.ZodEnum<{
            fail: "fail";
            error: "error";
            pass: "pass";
            skip: "skip";
        }>;
        reason: z.ZodOptional<z.ZodString>;
        stderrTail: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
        durationMs: z.ZodNumber;
        stats: z.ZodRecord<z.ZodString, z.ZodNumber>;
        outcomes: z.ZodArray<z.ZodObject<{
            facts: z.ZodObject<{
                registered: z.ZodEnum<{
                    done: "done";
                    cancelled: "cancelled";
                    running: "running";
                    pending: "pending";
                    "not-done": "not-done";
                }>;
                ranOn: z.ZodEnum<{
                    never: "never";
                    "task-thread": "task-thread";
                    "caller-thread": "caller-thread";
                    "other-thread": "other-thread";
                    "other-process": "other-process";
                }>;
                inline: z.ZodBoolean;
                calls: z.ZodNumber;
                taskOn: z.ZodOptional<z.ZodEnum<{
                    "caller-thread": "caller-thread";
                    "green-thread": "green-thread";
                }>>;
                order: z.ZodOptional<z.ZodEnum<{
                    "in-order": "in-order";
                    "out-of-order": "out-of-order";
                }>>;
                role: z.ZodOptional<z.ZodEnum<{
                    raiser: "raiser";
                    "after-raiser": "after-raiser";
                }>>;
                cancelled: z.ZodOptional<z.ZodBoolean>;
                error: z.ZodOptional<z.ZodEnum<{
                    none: "none";
                    ProcessTerminatedError: "ProcessTerminatedError";
                    TimeoutError: "TimeoutError";
                    MaxConcurrentCallsError: "MaxConcurrentCallsError";
                    other: "other";
                }>>;
                call: z.ZodOptional<z.ZodEnum<{
                    "within-limit": "within-limit";
                    "past-limit": "past-limit";
                    "in-progress": "in-progress";
                    queued: "queued";
                }>>;
                ranAt: z.ZodOptional<z.ZodEnum<{
                    open: "open";
                    close: "close";
                }>>;
                settled: z.ZodOptional<z.ZodEnum<{
                    unknown: "unknown";
                    fulfilled: "fulfilled";
                    rejected: "rejected";
                }>>;
            }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            count: z.ZodNumber;
            samples: z.ZodDefault<z.ZodArray<z.ZodObject<{
                task: z.ZodNullable<z.ZodString>;
                callback: z.ZodNullable<z.ZodString>;
                caller: z.ZodNullable<z.ZodString>;
            }, z.core.$strip>>>;
            grade: z.ZodEnum<{
                interesting: "interesting";
                acceptable: "acceptable";
                forbidden: "forbidden";
            }>;
            rules: z.ZodArray<z.ZodString>;
            broken: z.ZodArray<z.ZodObject<{
                rule: z.ZodString;
                says: z.ZodString;
                source: z.ZodString;
                expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
                observed: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        violations: z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            count: z.ZodNumber;
            expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            observed: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            samples: z.ZodArray<z.ZodObject<{
                task: z.ZodNullable<z.ZodString>;
                callback: z.ZodNullable<z.ZodString>;
                caller: z.ZodNullable<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        dispute: z.ZodOptional<z.ZodString>;
        gradedByReportContract: z.ZodOptional<z.ZodString>;
        scenario: z.ZodEnum<{
            timed: "timed";
            done: "done";
            cancel: "cancel";
            shutdown: "shutdown";
            overload: "overload";
            "aio-pending": "aio-pending";
            "aio-done": "aio-done";
            "aio-bridge": "aio-bridge";
            "aio-underlying": "aio-underlying";
            "aio-cancel": "aio-cancel";
            "aio-closing": "aio-closing";
            "aio-portal": "aio-portal";
            order: "order";
            running: "running";
            raising: "raising";
            killed: "killed";
            failing: "failing";
            timeout: "timeout";
            ending: "ending";
        }>;
        workers: z.ZodNumber;
        tasks: z.ZodNumber;
        callbackDelayMs: z.ZodNumber;
        taskMs: z.ZodNumber;
        callbacks: z.ZodNumber;
        repeat: z.ZodNumber;
        id: z.ZodString;
        target: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    baselineSource: z.ZodOptional<z.ZodObject<{
        kind: z.ZodEnum<{
            file: "file";
            auto: "auto";
            missing: "missing";
        }>;
        reason: z.ZodOptional<z.ZodString>;
        path: z.ZodOptional<z.ZodString>;
        branch: z.ZodOptional<z.ZodString>;
        sha: z.ZodOptional<z.ZodString>;
        commitUrl: z.ZodOptional<z.ZodString>;
        runId: z.ZodOptional<z.ZodNumber>;
        runUrl: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodString>;
        artifact: z.ZodOptional<z.ZodString>;
        mergeBase: z.ZodOptional<z.ZodBoolean>;
        commitsBehind: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    warnings: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            "gil-enabled": "gil-enabled";
        }>;
        level: z.ZodEnum<{
            error: "error";
            warning: "warning";
        }>;
        target: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>>>;
    evidence: z.ZodOptional<z.ZodArray<z.ZodCustom<Evidence, Evidence>>>;
    budget: z.ZodOptional<z.ZodCustom<BudgetRecord, BudgetRecord>>;
    history: z.ZodOptional<z.ZodObject<{
        targets: z.ZodArray<z.ZodObject<{
            target: z.ZodString;
            fingerprint: z.ZodObject<{
                implementation: z.ZodString;
                version: z.ZodString;
                executor: z.ZodString;
                executorVersion: z.ZodOptional<z.ZodString>;
                contract: z.ZodString;
                contractHash: z.ZodString;
            }, z.core.$strip>;
            runs: z.ZodNumber;
            first: z.ZodString;
            last: z.ZodString;
            callbacks: z.ZodNumber;
            forbidden: z.ZodNumber;
            rules: z.ZodArray<z.ZodObject<{
                rule: z.ZodString;
                checked: z.ZodNumber;
                broken: z.ZodNumber;
            }, z.core.$strip>>;
            interesting: z.ZodArray<z.ZodObject<{
                entry: z.ZodString;
                count: z.ZodNumber;
                of: z.ZodNumber;
                recent: z.ZodArray<z.ZodObject<{
                    count: z.ZodNumber;
                    of: z.ZodNumber;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    pooled: z.ZodOptional<z.ZodCustom<Pooled, Pooled>>;
    reproducer: z.ZodOptional<z.ZodCustom<ReproducerRecord, ReproducerRecord>>;
    control: z.ZodOptional<z.ZodArray<z.ZodCustom<ControlRecord, ControlRecord>>>;
}, z.core.$strip>;
/**
 * What a report file is read for: everything the renderers use, less what judging derives again
 * (evidence, disputes, the contract marks) or what only the run that wrote it knows (the budget).
 * Unknown fields are dropped. A file is checked in place by code generated from this schema
 * (validate-report.ts; `npm run generate` after a change here).
 */
export declare const reportFileSchema: z.ZodObject<{
    targets: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        kind: z.ZodEnum<{
            python: "python";
            pool: "pool";
            command: "command";
        }>;
        contract: z.ZodString;
        contractReason: z.ZodOptional<z.ZodString>;
        runtime: z.ZodOptional<z.ZodObject<{
            implementation: z.ZodString;
            version: z.ZodString;
            executor: z.ZodString;
            executorVersion: z.ZodOptional<z.ZodString>;
            platform: z.ZodOptional<z.ZodString>;
            gil: z.ZodOptional<z.ZodObject<{
                build: z.ZodEnum<{
                    default: "default";
                    "free-threaded": "free-threaded";
                }>;
                beforeImport: z.ZodNullable<z.ZodBoolean>;
                afterImport: z.ZodNullable<z.ZodBoolean>;
                atEnd: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
                observedWith: z.ZodEnum<{
                    build: "build";
                    "sys._is_gil_enabled": "sys._is_gil_enabled";
                }>;
            }, z.core.$strip>>;
        }, z.core.$loose>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    verdict: z.ZodEnum<{
        fail: "fail";
        error: "error";
        pass: "pass";
    }>;
    durationMs: z.ZodNumber;
    summary: z.ZodObject<{
        cells: z.ZodNumber;
        passed: z.ZodNumber;
        failed: z.ZodNumber;
        errors: z.ZodNumber;
        skipped: z.ZodNumber;
        violations: z.ZodNumber;
        interesting: z.ZodNumber;
    }, z.core.$strip>;
    schemaVersion: z.ZodLiteral<1>;
    tool: z.ZodObject<{
        name: z.ZodLiteral<"callback-thread-guard">;
        version: z.ZodString;
    }, z.core.$strip>;
    startedAt: z.ZodString;
    contracts: z.ZodRecord<z.ZodString, z.ZodObject<{
        name: z.ZodString;
        title: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        sources: z.ZodRecord<z.ZodString, z.ZodString>;
        rules: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
        }, z.core.$strict>>;
        interesting: z.ZodDefault<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            given: z.ZodDefault<z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                error: "error";
                call: "call";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
                taskOn: "taskOn";
                ranAt: "ranAt";
                settled: "settled";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
            waives: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    baselineSource: z.ZodOptional<z.ZodObject<{
        kind: z.ZodEnum<{
            file: "file";
            auto: "auto";
            missing: "missing";
        }>;
        reason: z.ZodOptional<z.ZodString>;
        path: z.ZodOptional<z.ZodString>;
        branch: z.ZodOptional<z.ZodString>;
        sha: z.ZodOptional<z.ZodString>;
        commitUrl: z.ZodOptional<z.ZodString>;
        runId: z.ZodOptional<z.ZodNumber>;
        runUrl: z.ZodOptional<z.ZodString>;
        createdAt: z.ZodOptional<z.ZodString>;
        artifact: z.ZodOptional<z.ZodString>;
        mergeBase: z.ZodOptional<z.ZodBoolean>;
        commitsBehind: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    warnings: z.ZodOptional<z.ZodArray<z.ZodObject<{
        kind: z.ZodEnum<{
            "gil-enabled": "gil-enabled";
        }>;
        level: z.ZodEnum<{
            error: "error";
            warning: "warning";
        }>;
        target: z.ZodString;
        message: z.ZodString;
    }, z.core.$strip>>>;
    history: z.ZodOptional<z.ZodObject<{
        targets: z.ZodArray<z.ZodObject<{
            target: z.ZodString;
            fingerprint: z.ZodObject<{
                implementation: z.ZodString;
                version: z.ZodString;
                executor: z.ZodString;
                executorVersion: z.ZodOptional<z.ZodString>;
                contract: z.ZodString;
                contractHash: z.ZodString;
            }, z.core.$strip>;
            runs: z.ZodNumber;
            first: z.ZodString;
            last: z.ZodString;
            callbacks: z.ZodNumber;
            forbidden: z.ZodNumber;
            rules: z.ZodArray<z.ZodObject<{
                rule: z.ZodString;
                checked: z.ZodNumber;
                broken: z.ZodNumber;
            }, z.core.$strip>>;
            interesting: z.ZodArray<z.ZodObject<{
                entry: z.ZodString;
                count: z.ZodNumber;
                of: z.ZodNumber;
                recent: z.ZodArray<z.ZodObject<{
                    count: z.ZodNumber;
                    of: z.ZodNumber;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    cells: z.ZodArray<z.ZodObject<{
        scenario: z.ZodEnum<{
            timed: "timed";
            done: "done";
            cancel: "cancel";
            shutdown: "shutdown";
            overload: "overload";
            "aio-pending": "aio-pending";
            "aio-done": "aio-done";
            "aio-bridge": "aio-bridge";
            "aio-underlying": "aio-underlying";
            "aio-cancel": "aio-cancel";
            "aio-closing": "aio-closing";
            "aio-portal": "aio-portal";
            order: "order";
            running: "running";
            raising: "raising";
            killed: "killed";
            failing: "failing";
            timeout: "timeout";
            ending: "ending";
        }>;
        workers: z.ZodNumber;
        tasks: z.ZodNumber;
        callbackDelayMs: z.ZodNumber;
        taskMs: z.ZodNumber;
        callbacks: z.ZodNumber;
        repeat: z.ZodNumber;
        name: z.ZodOptional<z.ZodString>;
        target: z.ZodString;
        id: z.ZodString;
        outcomes: z.ZodArray<z.ZodObject<{
            facts: z.ZodObject<{
                registered: z.ZodEnum<{
                    done: "done";
                    cancelled: "cancelled";
                    running: "running";
                    pending: "pending";
                    "not-done": "not-done";
                }>;
                ranOn: z.ZodEnum<{
                    never: "never";
                    "task-thread": "task-thread";
                    "caller-thread": "caller-thread";
                    "other-thread": "other-thread";
                    "other-process": "other-process";
                }>;
                inline: z.ZodBoolean;
                calls: z.ZodNumber;
                taskOn: z.ZodOptional<z.ZodEnum<{
                    "caller-thread": "caller-thread";
                    "green-thread": "green-thread";
                }>>;
                order: z.ZodOptional<z.ZodEnum<{
                    "in-order": "in-order";
                    "out-of-order": "out-of-order";
                }>>;
                role: z.ZodOptional<z.ZodEnum<{
                    raiser: "raiser";
                    "after-raiser": "after-raiser";
                }>>;
                cancelled: z.ZodOptional<z.ZodBoolean>;
                error: z.ZodOptional<z.ZodEnum<{
                    none: "none";
                    ProcessTerminatedError: "ProcessTerminatedError";
                    TimeoutError: "TimeoutError";
                    MaxConcurrentCallsError: "MaxConcurrentCallsError";
                    other: "other";
                }>>;
                call: z.ZodOptional<z.ZodEnum<{
                    "within-limit": "within-limit";
                    "past-limit": "past-limit";
                    "in-progress": "in-progress";
                    queued: "queued";
                }>>;
                ranAt: z.ZodOptional<z.ZodEnum<{
                    open: "open";
                    close: "close";
                }>>;
                settled: z.ZodOptional<z.ZodEnum<{
                    unknown: "unknown";
                    fulfilled: "fulfilled";
                    rejected: "rejected";
                }>>;
            }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            count: z.ZodNumber;
            samples: z.ZodDefault<z.ZodArray<z.ZodObject<{
                task: z.ZodNullable<z.ZodString>;
                callback: z.ZodNullable<z.ZodString>;
                caller: z.ZodNullable<z.ZodString>;
            }, z.core.$strip>>>;
            grade: z.ZodEnum<{
                interesting: "interesting";
                acceptable: "acceptable";
                forbidden: "forbidden";
            }>;
            rules: z.ZodArray<z.ZodString>;
            broken: z.ZodArray<z.ZodObject<{
                rule: z.ZodString;
                says: z.ZodString;
                source: z.ZodString;
                expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
                observed: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        stats: z.ZodRecord<z.ZodString, z.ZodNumber>;
        reason: z.ZodOptional<z.ZodString>;
        verdict: z.ZodEnum<{
            fail: "fail";
            error: "error";
            pass: "pass";
            skip: "skip";
        }>;
        stderrTail: z.ZodOptional<z.ZodArray<z.ZodString>>;
        notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
        durationMs: z.ZodNumber;
        violations: z.ZodArray<z.ZodObject<{
            rule: z.ZodString;
            says: z.ZodString;
            source: z.ZodString;
            count: z.ZodNumber;
            expected: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            observed: z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>>;
            samples: z.ZodArray<z.ZodObject<{
                task: z.ZodNullable<z.ZodString>;
                callback: z.ZodNullable<z.ZodString>;
                caller: z.ZodNullable<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Verdict = z.infer<typeof verdictSchema>;
export type CellVerdict = z.infer<typeof cellVerdictSchema>;
export type CellReport = z.infer<typeof cellReportSchema>;
export type TargetReport = z.infer<typeof targetReportSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Report = z.infer<typeof reportSchema>;
export type RunWarning = z.infer<typeof runWarningSchema>;
export type BaselineSource = z.infer<typeof baselineSourceSchema>;
export type History = z.infer<typeof historySchema>;
export type TargetHistory = History['targets'][number];
/** A rule's pooled counts over a target's runs, and the 95% upper bound on its rate. */
export interface PooledEvidence {
    target: string;
    rule: string;
    checked: number;
    broken: number;
    runs: number;
    /** The date of the first run pooled (ISO). */
    since: string;
    upperBound: number;
}
/** A target's pooled totals over every rule, as its evidence line has them. */
export interface PooledTarget {
    target: string;
    callbacks: number;
    forbidden: number;
    runs: number;
    since: string;
    upperBound: number;
}
/** An interesting entry's rate over the last runs, and whether this run's drifted from them. */
export interface Trend {
    target: string;
    entry: string;
    /** count / of per run, oldest first, this run last (NaN-free: a run of none is left out). */
    rates: number[];
    drift?: Drift;
}
export interface Pooled {
    notes: string[];
    targets: PooledTarget[];
    evidence: PooledEvidence[];
    trends: Trend[];
    /** The false-alarm rate of the drift test over the whole report, and per series tested. */
    alpha: number;
}
