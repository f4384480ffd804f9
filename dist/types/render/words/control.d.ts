/**
 * The words every sink uses for a positive control (src/engine/control.ts). Plain words: each sink
 * escapes them for itself (the target's name came from a config).
 */
import type { ControlRecord } from '../../model/control.js';
/** "a misroute of 1 in 10,000 on this executor was caught in 8 of 8 control runs (...)". */
export declare function controlWords(r: ControlRecord): string;
/** Whether any control of the report was missed: every sink says so loudly. */
export declare function controlMissed(controls: readonly ControlRecord[] | undefined): boolean;
