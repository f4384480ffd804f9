import { type Config } from './schema.js';
/** Options given as flags or inputs; lists are already split. Each value remembers its label. */
export interface Overrides {
    python?: string;
    executor?: string;
    pythonPath?: string[];
    pool?: string;
    adapter?: string;
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
}
/** How each override is called where the user typed it, e.g. "--workers" or "input workers". */
export type OverrideLabels = Partial<Record<keyof Overrides | 'config', string>>;
export declare const CLI_LABELS: Required<OverrideLabels>;
/** A config or contract file larger than this is refused unread (a real one is a few KiB). */
export declare const MAX_CONFIG_BYTES: number;
/** Reads a config file; YAML is a superset of JSON, so one parser serves both. */
export declare function readConfigFile(path: string, field?: string): unknown;
/**
 * YAML or JSON to plain data. Tags the parser does not know (`!foo`, `!!js/function`) and keys
 * that are not scalars are refused rather than warned about; duplicate keys are found with one
 * set per mapping (the parser's own check compares every pair with every other).
 */
export declare function parseConfigText(text: string, path: string): unknown;
/** Builds the validated configuration: file (if any), then overrides on top. */
export declare function loadConfig(file: string | undefined, overrides?: Overrides, labels?: OverrideLabels): Config;
