/**
 * Each engine option and each report format, defined once: its name (the CLI's `--name` and the
 * Action's input `name`), its configuration key, how its text is read, where it lands in a
 * configuration, and its help. The CLI's options, the one reader both front doors use
 * (read-options.ts), the label maps, loadConfig's key lists and the Action's engine inputs are
 * built from these two tables; a test holds action.yml to them.
 */
import type { TargetField } from './schema.js';
/** The value each kind of option reads its text into. */
interface ValueOfKind {
    /** As typed. */
    text: string;
    /** Comma-separated items (on the Action also one per line), none empty. */
    list: string[];
    /** Comma-separated whole numbers; the schema checks the bounds. */
    numbers: number[];
    /** One whole number. */
    number: number;
    /** On or off: a CLI switch is its presence, an Action input says true or false. */
    switch: boolean;
    /** On unless turned off: the CLI's `--no-NAME` turns it off, an Action input says true or false. */
    'off-switch': boolean;
    /** On, off, or a whole number (a rate). */
    control: boolean | number;
    /** On, off, or text: a CLI flag without its value is on; an Action input says true, false or the text. */
    'switch-or-text': boolean | string;
}
type Kind = keyof ValueOfKind;
/**
 * Where an option lands in a configuration: a field of every target (`field`, else its key), the
 * matrix (it replaces the file's experiments), the top level, or the file itself (`--config`).
 */
type Place = 'target' | 'matrix' | 'top' | 'file';
export interface EngineOption {
    /** The CLI's `--name` and the Action's input; kebab-case. */
    readonly name: string;
    /** The configuration key: camelCase of the name (Commander's attribute name for the flag). */
    readonly key: string;
    /**
     * What follows the flag in the CLI's help: `<list>`, `[n]` (optional), none for a switch; an
     * off-switch's flag is `--no-NAME`.
     */
    readonly arg?: string;
    readonly kind: Kind;
    readonly at: Place;
    /** The target's field, where it is not the key (`--probe` sets `command`). */
    readonly field?: TargetField;
    /** Items are name=number pairs, a mapping in the configuration (see poolOptionsOf). */
    readonly pairs?: true;
    /** The CLI's help line (action.yml's description says more). */
    readonly help: string;
}
/** The engine's options, in the order of the CLI's help and of the Action's inputs. */
export declare const ENGINE_OPTIONS: readonly [{
    readonly name: "config";
    readonly key: "config";
    readonly arg: "<file>";
    readonly kind: "text";
    readonly at: "file";
    readonly help: "YAML or JSON configuration file";
}, {
    readonly name: "python";
    readonly key: "python";
    readonly arg: "<path>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: "Python interpreter (default: python3)";
}, {
    readonly name: "executor";
    readonly key: "executor";
    readonly arg: "<module:attr>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: "executor factory, called as attr(max_workers=N) (default: concurrent.futures:ThreadPoolExecutor)";
}, {
    readonly name: "python-path";
    readonly key: "pythonPath";
    readonly arg: "<dirs>";
    readonly kind: "list";
    readonly at: "target";
    readonly help: "extra folders for the executor module (comma-separated)";
}, {
    readonly name: "asyncio";
    readonly key: "asyncio";
    readonly arg: "[loop]";
    readonly kind: "switch-or-text";
    readonly at: "target";
    readonly help: "an asyncio target: the asyncio scenarios on a loop from module:attr (default: asyncio's own), run_in_executor on --executor";
}, {
    readonly name: "portal";
    readonly key: "portal";
    readonly arg: "<module:attr>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: "asyncio target: the portal that runs coroutines on a loop thread for aio-portal, a context manager with start_task_soon (default: run_coroutine_threadsafe over a loop thread)";
}, {
    readonly name: "pool";
    readonly key: "pool";
    readonly arg: "<name>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: `a built-in Node pool instead of Python: worker-farm, ${string}` | `a built-in Node pool instead of Python: piscina, ${string}` | `a built-in Node pool instead of Python: workerpool, ${string}`;
}, {
    readonly name: "adapter";
    readonly key: "adapter";
    readonly arg: "<file>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: "a Node pool adapter module (see docs/adapter.md)";
}, {
    readonly name: "pool-options";
    readonly key: "poolOptions";
    readonly arg: "<list>";
    readonly kind: "list";
    readonly at: "target";
    readonly pairs: true;
    readonly help: "worker-farm options (comma-separated name=value): maxRetries, maxCallTime, maxConcurrentCalls, maxConcurrentCallsPerWorker";
}, {
    readonly name: "probe";
    readonly key: "probe";
    readonly arg: "<command>";
    readonly kind: "text";
    readonly at: "target";
    readonly field: "command";
    readonly help: "any program that speaks the probe protocol (docs/protocol.md)";
}, {
    readonly name: "contract";
    readonly key: "contract";
    readonly arg: "<name|file>";
    readonly kind: "text";
    readonly at: "target";
    readonly help: "thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file";
}, {
    readonly name: "scenarios";
    readonly key: "scenarios";
    readonly arg: "<list>";
    readonly kind: "list";
    readonly at: "matrix";
    readonly help: `scenarios (comma-separated): timed, ${string}` | `scenarios (comma-separated): done, ${string}` | `scenarios (comma-separated): cancel, ${string}` | `scenarios (comma-separated): shutdown, ${string}` | `scenarios (comma-separated): overload, ${string}` | `scenarios (comma-separated): aio-pending, ${string}` | `scenarios (comma-separated): aio-done, ${string}` | `scenarios (comma-separated): aio-bridge, ${string}` | `scenarios (comma-separated): aio-underlying, ${string}` | `scenarios (comma-separated): aio-cancel, ${string}` | `scenarios (comma-separated): aio-closing, ${string}` | `scenarios (comma-separated): aio-portal, ${string}` | `scenarios (comma-separated): order, ${string}` | `scenarios (comma-separated): running, ${string}` | `scenarios (comma-separated): raising, ${string}` | `scenarios (comma-separated): killed, ${string}` | `scenarios (comma-separated): failing, ${string}` | `scenarios (comma-separated): timeout, ${string}` | `scenarios (comma-separated): ending, ${string}`;
}, {
    readonly name: "workers";
    readonly key: "workers";
    readonly arg: "<list>";
    readonly kind: "numbers";
    readonly at: "matrix";
    readonly help: "worker counts (comma-separated)";
}, {
    readonly name: "tasks";
    readonly key: "tasks";
    readonly arg: "<list>";
    readonly kind: "numbers";
    readonly at: "matrix";
    readonly help: "task counts (comma-separated)";
}, {
    readonly name: "callback-delay-ms";
    readonly key: "callbackDelayMs";
    readonly arg: "<list>";
    readonly kind: "numbers";
    readonly at: "matrix";
    readonly help: "timed scenario: delays before registering (comma-separated)";
}, {
    readonly name: "task-ms";
    readonly key: "taskMs";
    readonly arg: "<list>";
    readonly kind: "numbers";
    readonly at: "matrix";
    readonly help: "task durations in milliseconds (comma-separated)";
}, {
    readonly name: "repeat";
    readonly key: "repeat";
    readonly arg: "<n>";
    readonly kind: "number";
    readonly at: "top";
    readonly help: "run each cell n times and merge the histograms";
}, {
    readonly name: "callbacks";
    readonly key: "callbacks";
    readonly arg: "<n>";
    readonly kind: "number";
    readonly at: "top";
    readonly help: "callbacks per future in the order and raising scenarios";
}, {
    readonly name: "timeout-ms";
    readonly key: "timeoutMs";
    readonly arg: "<n>";
    readonly kind: "number";
    readonly at: "top";
    readonly help: "how long to wait for callbacks before counting them as never run";
}, {
    readonly name: "budget";
    readonly key: "budget";
    readonly arg: "<duration>";
    readonly kind: "text";
    readonly at: "top";
    readonly help: "after the matrix, keep running its cells (fresh executors) until this is spent: 90s, 2m or seconds";
}, {
    readonly name: "keep-going";
    readonly key: "keepGoing";
    readonly kind: "switch";
    readonly at: "top";
    readonly help: "with --budget: keep counting after a violation instead of stopping at the first";
}, {
    readonly name: "perturb";
    readonly key: "perturb";
    readonly kind: "off-switch";
    readonly at: "top";
    readonly help: "with --budget: run no perturbed lanes (by default part of the budget shakes the schedule)";
}, {
    readonly name: "require-free-threading";
    readonly key: "requireFreeThreading";
    readonly kind: "switch";
    readonly at: "top";
    readonly help: "a free-threaded Python whose GIL came back on (importing the executor enabled it) makes a pass an error, not a warning";
}, {
    readonly name: "control";
    readonly key: "control";
    readonly arg: "[n]";
    readonly kind: "control";
    readonly at: "top";
    readonly help: "a positive control: also run the executor made to misroute one callback in n (default 10000) and say whether that was caught";
}];
type Entry = (typeof ENGINE_OPTIONS)[number];
/** An engine option's configuration key, `config` included. */
export type OptionKey = Entry['key'];
/** Options given as flags or inputs, read but not yet checked (the schema checks them). */
export type Overrides = {
    [E in Exclude<Entry, {
        at: 'file';
    }> as E['key']]?: ValueOfKind[E['kind']];
};
/** How each option is called where the user typed it, e.g. "--workers" or "input workers". */
export type OverrideLabels = Partial<Record<OptionKey, string>>;
/** The Action's default JSON report path (the CLI writes no JSON unless asked). */
export declare const DEFAULT_JSON_PATH = "callback-thread-guard-report.json";
export interface ReportFormatEntry {
    /** The format's name: the CLI's `--name <file>` and the Action's input `name`. */
    readonly name: string;
    /** The CLI's help line. */
    readonly help: string;
    /** The Action input's default (action.yml's): where the file goes when the input is empty. */
    readonly inputDefault: string;
}
/**
 * The report files the front doors can write, in the order they are rendered. Each has its
 * renderer in RENDERERS (src/sinks/files.ts), which the compiler holds to this table.
 */
export declare const REPORT_FORMATS: readonly [{
    readonly name: "json";
    readonly help: "write the JSON report";
    readonly inputDefault: "callback-thread-guard-report.json";
}, {
    readonly name: "markdown";
    readonly help: "write the Markdown report";
    readonly inputDefault: "";
}, {
    readonly name: "junit";
    readonly help: "write a JUnit XML report";
    readonly inputDefault: "";
}];
export type ReportFormat = (typeof REPORT_FORMATS)[number]['name'];
/** Where each report file asked for goes. */
export type FileTargets = Partial<Record<ReportFormat, string>>;
/** How a front door hands over what was typed and how its messages name an option. */
export interface FrontDoor {
    /** "--workers", "input workers"; an off-switch's CLI flag is "--no-perturb". */
    label(option: {
        name: string;
        kind: Kind;
    }): string;
    /** What separates a list's items. */
    separator: RegExp;
    /** The words true and false are values (an Action input is text; a CLI switch is a presence). */
    wordsAreBooleans: boolean;
}
export declare const CLI_DOOR: FrontDoor;
export declare const ACTION_DOOR: FrontDoor;
/** The flags Commander parses an option from: "--workers <list>", "--keep-going", "--no-perturb". */
export declare function flagsOf(option: {
    name: string;
    arg?: string;
    kind?: Kind;
}): string;
export declare const CLI_LABELS: Required<Partial<Record<"workers" | "tasks" | "callbackDelayMs" | "taskMs" | "callbacks" | "repeat" | "python" | "executor" | "pythonPath" | "asyncio" | "portal" | "pool" | "adapter" | "contract" | "poolOptions" | "scenarios" | "timeoutMs" | "budget" | "keepGoing" | "perturb" | "requireFreeThreading" | "control" | "config" | "probe", string>>>;
export declare const ACTION_LABELS: Required<Partial<Record<"workers" | "tasks" | "callbackDelayMs" | "taskMs" | "callbacks" | "repeat" | "python" | "executor" | "pythonPath" | "asyncio" | "portal" | "pool" | "adapter" | "contract" | "poolOptions" | "scenarios" | "timeoutMs" | "budget" | "keepGoing" | "perturb" | "requireFreeThreading" | "control" | "config" | "probe", string>>>;
export {};
