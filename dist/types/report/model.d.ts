/**
 * The one report object every sink renders: terminal, JSON, Markdown, JUnit, job summary,
 * pull-request comment. Its JSON form is a public interface (README.md, "JSON report").
 *
 * Its shape is defined once, by the schemas below; the types are inferred from them, and a report
 * read back from a file is validated with them (merge.ts), less what is derived and never read.
 */
import { z } from 'zod';
import type { BudgetRecord } from '../budget.js';
import type { Evidence } from '../grading/evidence.js';
export declare const verdictSchema: z.ZodEnum<{
    error: "error";
    pass: "pass";
    fail: "fail";
}>;
export declare const cellVerdictSchema: z.ZodEnum<{
    error: "error";
    pass: "pass";
    fail: "fail";
    skip: "skip";
}>;
export declare const cellReportSchema: z.ZodObject<{
    id: z.ZodString;
    target: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
    scenario: z.ZodEnum<{
        done: "done";
        timed: "timed";
        cancel: "cancel";
        shutdown: "shutdown";
        order: "order";
        running: "running";
        raising: "raising";
    }>;
    workers: z.ZodNumber;
    tasks: z.ZodNumber;
    callbackDelayMs: z.ZodNumber;
    taskMs: z.ZodNumber;
    callbacks: z.ZodNumber;
    repeat: z.ZodNumber;
    verdict: z.ZodEnum<{
        error: "error";
        pass: "pass";
        fail: "fail";
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
            order: z.ZodOptional<z.ZodEnum<{
                "in-order": "in-order";
                "out-of-order": "out-of-order";
            }>>;
            role: z.ZodOptional<z.ZodEnum<{
                raiser: "raiser";
                "after-raiser": "after-raiser";
            }>>;
            cancelled: z.ZodOptional<z.ZodBoolean>;
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
        platform: z.ZodOptional<z.ZodString>;
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
export declare const reportSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    tool: z.ZodObject<{
        name: z.ZodLiteral<"callback-thread-guard">;
        version: z.ZodString;
    }, z.core.$strip>;
    verdict: z.ZodEnum<{
        error: "error";
        pass: "pass";
        fail: "fail";
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
            platform: z.ZodOptional<z.ZodString>;
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
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
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
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
            waives: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    cells: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        target: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        scenario: z.ZodEnum<{
            done: "done";
            timed: "timed";
            cancel: "cancel";
            shutdown: "shutdown";
            order: "order";
            running: "running";
            raising: "raising";
        }>;
        workers: z.ZodNumber;
        tasks: z.ZodNumber;
        callbackDelayMs: z.ZodNumber;
        taskMs: z.ZodNumber;
        callbacks: z.ZodNumber;
        repeat: z.ZodNumber;
        verdict: z.ZodEnum<{
            error: "error";
            pass: "pass";
            fail: "fail";
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
                order: z.ZodOptional<z.ZodEnum<{
                    "in-order": "in-order";
                    "out-of-order": "out-of-order";
                }>>;
                role: z.ZodOptional<z.ZodEnum<{
                    raiser: "raiser";
                    "after-raiser": "after-raiser";
                }>>;
                cancelled: z.ZodOptional<z.ZodBoolean>;
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
    }, z.core.$strip>>;
    evidence: z.ZodOptional<z.ZodArray<z.ZodCustom<Evidence, Evidence>>>;
    budget: z.ZodOptional<z.ZodCustom<BudgetRecord, BudgetRecord>>;
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
            platform: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>>;
        error: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    verdict: z.ZodEnum<{
        error: "error";
        pass: "pass";
        fail: "fail";
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
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
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
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>>;
            expect: z.ZodRecord<z.ZodEnum<{
                order: "order";
                role: "role";
                cancelled: "cancelled";
                scenario: "scenario";
                registered: "registered";
                ranOn: "ranOn";
                inline: "inline";
                calls: "calls";
            }> & z.core.$partial, z.ZodUnion<readonly [z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>>]>>;
            waives: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    cells: z.ZodArray<z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        scenario: z.ZodEnum<{
            done: "done";
            timed: "timed";
            cancel: "cancel";
            shutdown: "shutdown";
            order: "order";
            running: "running";
            raising: "raising";
        }>;
        workers: z.ZodNumber;
        tasks: z.ZodNumber;
        callbackDelayMs: z.ZodNumber;
        taskMs: z.ZodNumber;
        target: z.ZodString;
        repeat: z.ZodNumber;
        id: z.ZodString;
        callbacks: z.ZodNumber;
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
                order: z.ZodOptional<z.ZodEnum<{
                    "in-order": "in-order";
                    "out-of-order": "out-of-order";
                }>>;
                role: z.ZodOptional<z.ZodEnum<{
                    raiser: "raiser";
                    "after-raiser": "after-raiser";
                }>>;
                cancelled: z.ZodOptional<z.ZodBoolean>;
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
            error: "error";
            pass: "pass";
            fail: "fail";
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
