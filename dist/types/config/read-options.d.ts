import { type EngineOption, type FileTargets, type FrontDoor, type Overrides, type ReportFormatEntry } from './options.js';
/**
 * What was typed for an option, as the front door holds it: the text, true for a CLI switch or
 * for `--control` without a value, false for a CLI off-switch (`--no-perturb`), undefined when it
 * was not given.
 */
export type RawValue = string | boolean | undefined;
/**
 * Reads every engine option but the config file (each front door reads that itself), in the
 * table's order, refusing a malformed list or number with the option's label.
 */
export declare function readOverrides(door: FrontDoor, raw: (option: EngineOption) => RawValue): Overrides;
/** Items separated by commas (or `separator`), trimmed; an empty item is refused. */
export declare function splitList(text: string, label: string, separator?: RegExp): string[];
/** One of the allowed words, or a message listing them. */
export declare function oneOf<T extends string>(value: string, label: string, allowed: readonly T[]): T;
/** "name=value" items as a mapping (the schema checks the names and the numbers). */
export declare function poolOptionsOf(items: readonly string[], label: string): Record<string, number>;
/** The report files asked for, in the table's order; `raw` gives a format's path or undefined. */
export declare function readFileTargets(raw: (format: ReportFormatEntry) => string | undefined): FileTargets;
