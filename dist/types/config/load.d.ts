import { type OverrideLabels, type Overrides } from './options.js';
import { type Config } from './schema.js';
export type { OverrideLabels, Overrides } from './options.js';
export { CLI_LABELS } from './options.js';
/** A config file larger than this is refused unread (a real one is a few KiB). */
export declare const MAX_CONFIG_BYTES: number;
/** Builds the validated configuration: file (if any), then overrides on top. */
export declare function loadConfig(file: string | undefined, overrides?: Overrides, labels?: OverrideLabels): Config;
