import { type Config } from './schema.js';
/** Options given as flags or inputs; lists are already split. Each value remembers its label. */
export interface Overrides {
    python?: string;
    executor?: string;
    pythonPath?: string[];
    pool?: string;
    adapter?: string;
    /** worker-farm options as typed: "maxRetries=0", "maxCallTime=2000". */
    poolOptions?: string[];
    probe?: string;
    contract?: string;
    scenarios?: string[];
    workers?: number[];
    tasks?: number[];
    callbackDelayMs?: number[];
    taskMs?: number[];
    repeat?: number;
    callbacks?: number;
    timeoutMs?: number;
    /** A duration as typed: "90s", "2m" or seconds; the schema parses it. */
    budget?: string;
    keepGoing?: boolean;
    /** `--control`: true, or N for one callback in N. */
    control?: boolean | number;
}
/** How each override is called where the user typed it, e.g. "--workers" or "input workers". */
export type OverrideLabels = Partial<Record<keyof Overrides | 'config', string>>;
export declare const CLI_LABELS: Required<OverrideLabels>;
/** A config file larger than this is refused unread (a real one is a few KiB). */
export declare const MAX_CONFIG_BYTES: number;
/** Builds the validated configuration: file (if any), then overrides on top. */
export declare function loadConfig(file: string | undefined, overrides?: Overrides, labels?: OverrideLabels): Config;
