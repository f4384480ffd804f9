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
/** Reads a config file; YAML is a superset of JSON, so one parser serves both. */
export declare function readConfigFile(path: string, field?: string): unknown;
/** Builds the validated configuration: file (if any), then overrides on top. */
export declare function loadConfig(file: string | undefined, overrides?: Overrides, labels?: OverrideLabels): Config;
