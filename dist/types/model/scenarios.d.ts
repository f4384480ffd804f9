/**
 * The scenarios, and every trait the engine, the probes and the report read about them, in one
 * table: no other place tests a scenario's name for what it is. Adding a scenario is a row here,
 * its implementation in each probe, the contract rules about it and its row in docs/protocol.md
 * ("Scenarios"); the Python probe reads this table from ctg_probe/generated.py, which is generated
 * from it (`npm run generate`), and the Node probe imports it.
 */
/**
 * How the probes run a scenario (docs/protocol.md, "Scenarios"). `held`: each task waits on a
 * gate until every callback of its future is registered, so each is provably registered while
 * the task runs; `timed`: registered after the callback delay, classified by the state observed;
 * `done`: registered once every future is done; `cancel`: a queued future cancelled between two
 * registrations; `shutdown`: queued futures cancelled by shutdown(cancel_futures=True).
 * Callback APIs (worker-farm's documented rules): `kill`: the process running each call is killed
 * (the pid the task reported); `fail`: the task's function fails; `overtime`: each call is held
 * past the pool's maxCallTime; `overload`: calls submitted past its maxConcurrentCalls; `end`:
 * the pool ended (end()) with calls in progress and queued. In Python (multiprocessing.Pool and
 * ThreadPool, apply_async's callbacks; docs/executors.md): `kill` and `fail` the same; `overload`:
 * every worker held busy, then calls queued past them (a Python pool has no maxConcurrentCalls);
 * `end`: close() with calls in progress and queued. `overtime` has no Python pool to run on.
 * asyncio targets (Python, `--asyncio`; docs/executors.md, "asyncio"): `aio-pending` and
 * `aio-done`: an asyncio.Future's callback added while pending (the loop sets the result later) or
 * once done; `aio-bridge`: added to the asyncio future of run_in_executor or wrap_future while its
 * task is held on a worker; `aio-underlying`: added (on the loop thread) to the concurrent future
 * under wrap_future while its task is held; `aio-cancel`: the asyncio future of a queued task
 * cancelled on the loop; `aio-closing`: added to tasks still pending when the main coroutine
 * returns, which asyncio.run() cancels; `aio-portal`: added from another thread to the concurrent
 * future a portal (run_coroutine_threadsafe over a loop thread, anyio's) gives back for a held
 * coroutine.
 */
export type Experiment = 'held' | 'timed' | 'done' | 'cancel' | 'shutdown' | 'kill' | 'fail' | 'overtime' | 'overload' | 'end' | 'aio-pending' | 'aio-done' | 'aio-bridge' | 'aio-underlying' | 'aio-cancel' | 'aio-closing' | 'aio-portal';
/** Facts an outcome may carry besides registered, ranOn, inline and calls. */
export type ExtraFact = 'order' | 'role' | 'cancelled' | 'error' | 'call';
/** A pool option (worker-farm's name) a scenario needs the target to set to a finite number. */
export type PoolOption = 'maxCallTime' | 'maxConcurrentCalls';
export interface ScenarioTraits {
    experiment: Experiment;
    /**
     * Callbacks per future the cell asks for: the `callbacks` setting (at least 2), or one. (The
     * `cancel` experiment adds a second after cancel(), which the cell does not count.)
     */
    callbacks: 'setting' | 1;
    /** The facts its outcomes carry besides registered, ranOn, inline and calls. */
    facts: readonly ExtraFact[];
    /**
     * What it observes depends on timing: the callback delay applies to it (the matrix varies it,
     * the report shows it), and the state at registration races a task's completion, so it shares
     * the machine only with a margin (schedule.ts).
     */
    timing: boolean;
    /**
     * Which runtimes can run it: what a Node pool adapter must export (docs/adapter.md); `attach`
     * says what a pool that takes its one callback with the task cannot do. (Python: any
     * executor, but `shutdown` needs shutdown(cancel_futures=True), Python 3.9+; the probe says so
     * in its hello.) `callbackApi`: a scenario for pools that take their callback with the call
     * (an adapter without `attach`; in Python, a pool with apply_async and no submit, the only
     * scenarios the probe runs on one); `option`: the pool option it needs set (adapter
     * `options()`; Node only).
     */
    adapter: {
        attach?: string;
        cancel?: true;
        shutdown?: true;
        callbackApi?: true;
        option?: PoolOption;
        /** A scenario for asyncio targets only (the Python probe's --asyncio). */
        asyncio?: true;
    };
    /** Why the Python probe cannot run it, when it cannot (its hello says so). */
    python?: string;
    /**
     * How much of a time budget (`--budget`) its cells get, relative to the others. The rules of
     * `running` and `timed` (which thread runs a callback added while the task runs, and the
     * worker-or-inline boundary, a race) are where a rare fault hides: they get the most trials.
     * A budget's repetitions run zero-length tasks unless `timing` (the task length sets where the
     * race falls): more callbacks a second, the same rules observed.
     */
    budgetWeight: number;
}
declare const TABLE: {
    readonly running: {
        readonly experiment: "held";
        readonly callbacks: 1;
        readonly facts: readonly [];
        readonly timing: false;
        readonly adapter: {
            readonly attach: "none can be added while the task runs";
        };
        readonly budgetWeight: 4;
    };
    readonly timed: {
        readonly experiment: "timed";
        readonly callbacks: 1;
        readonly facts: readonly [];
        readonly timing: true;
        readonly adapter: {};
        readonly budgetWeight: 4;
    };
    readonly done: {
        readonly experiment: "done";
        readonly callbacks: 1;
        readonly facts: readonly [];
        readonly timing: false;
        readonly adapter: {
            readonly attach: "none can be added once the task is done";
        };
        readonly budgetWeight: 1;
    };
    readonly cancel: {
        readonly experiment: "cancel";
        readonly callbacks: 1;
        readonly facts: readonly ["cancelled"];
        readonly timing: false;
        readonly adapter: {
            readonly attach: "none can be added to a cancelled task";
            readonly cancel: true;
        };
        readonly budgetWeight: 1;
    };
    readonly shutdown: {
        readonly experiment: "shutdown";
        readonly callbacks: 1;
        readonly facts: readonly [];
        readonly timing: false;
        readonly adapter: {
            readonly shutdown: true;
        };
        readonly budgetWeight: 1;
    };
    readonly order: {
        readonly experiment: "held";
        readonly callbacks: "setting";
        readonly facts: readonly ["order"];
        readonly timing: false;
        readonly adapter: {
            readonly attach: "a task cannot have several";
        };
        readonly budgetWeight: 2;
    };
    readonly raising: {
        readonly experiment: "held";
        readonly callbacks: "setting";
        readonly facts: readonly ["order", "role"];
        readonly timing: false;
        readonly adapter: {
            readonly attach: "a task cannot have several";
        };
        readonly budgetWeight: 1;
    };
    readonly killed: {
        readonly experiment: "kill";
        readonly callbacks: 1;
        readonly facts: readonly ["error"];
        readonly timing: false;
        readonly adapter: {
            readonly callbackApi: true;
        };
        readonly budgetWeight: 1;
    };
    readonly failing: {
        readonly experiment: "fail";
        readonly callbacks: 1;
        readonly facts: readonly ["error"];
        readonly timing: false;
        readonly adapter: {
            readonly callbackApi: true;
        };
        readonly budgetWeight: 1;
    };
    readonly timeout: {
        readonly experiment: "overtime";
        readonly callbacks: 1;
        readonly facts: readonly ["error"];
        readonly timing: false;
        readonly adapter: {
            readonly callbackApi: true;
            readonly option: "maxCallTime";
        };
        readonly python: "a scenario for pools with a per-call time limit (worker-farm's maxCallTime); no Python pool the probe runs has one";
        readonly budgetWeight: 1;
    };
    readonly overload: {
        readonly experiment: "overload";
        readonly callbacks: 1;
        readonly facts: readonly ["error", "call"];
        readonly timing: false;
        readonly adapter: {
            readonly callbackApi: true;
            readonly option: "maxConcurrentCalls";
        };
        readonly budgetWeight: 1;
    };
    readonly ending: {
        readonly experiment: "end";
        readonly callbacks: 1;
        readonly facts: readonly ["error", "call"];
        readonly timing: false;
        readonly adapter: {
            readonly callbackApi: true;
            readonly shutdown: true;
        };
        readonly budgetWeight: 1;
    };
    readonly 'aio-pending': {
        readonly experiment: "aio-pending";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-done': {
        readonly experiment: "aio-done";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-bridge': {
        readonly experiment: "aio-bridge";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-underlying': {
        readonly experiment: "aio-underlying";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-cancel': {
        readonly facts: readonly ["cancelled"];
        readonly experiment: "aio-cancel";
        readonly callbacks: 1;
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-closing': {
        readonly experiment: "aio-closing";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
    readonly 'aio-portal': {
        readonly experiment: "aio-portal";
        readonly callbacks: 1;
        readonly facts: readonly ExtraFact[];
        readonly timing: false;
        readonly adapter: {
            readonly asyncio: true;
        };
        readonly budgetWeight: number;
    };
};
export type Scenario = keyof typeof TABLE;
/** Every scenario's traits. */
export declare const SCENARIO_TRAITS: Readonly<Record<Scenario, ScenarioTraits>>;
/** The experiments a probe knows how to run (see docs/protocol.md, "Scenarios"), in table order. */
export declare const SCENARIOS: [Scenario, ...Scenario[]];
/**
 * The traits of a scenario named in a report or a message, which may name anything: own
 * properties only, so 'constructor' is no scenario.
 */
export declare function traitsOf(name: string): ScenarioTraits | undefined;
/** The scenarios whose traits pass `test`, in table order (contracts scope rules with these). */
export declare function scenariosWhere(test: (traits: ScenarioTraits) => boolean): Scenario[];
/**
 * Whether a probe that runs these scenarios (its hello's list) has a pool that takes its callbacks
 * with the call: it runs a callback-API scenario (a Python pool with apply_async runs only those).
 */
export declare function takesCallbacksWithCall(scenarios: readonly string[]): boolean;
/** Callbacks per future of a cell of `scenario`, given the `callbacks` setting. */
export declare function callbacksPerFuture(scenario: Scenario, setting: number): number;
export {};
