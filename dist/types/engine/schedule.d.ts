/**
 * Scheduling: which cells may run side by side, how many extra probes at once, and how long a
 * cell may take before its probe counts as hung. Pure arithmetic on a cell; nothing runs here.
 */
import type { Cell } from '../model/cell.js';
/** At most this many extra probe processes at once for cells that run side by side. */
export declare const SIDE_BY_SIDE_PROBES = 8;
/**
 * Whether a cell can share the machine without changing what it observes. Thread identity does
 * not depend on load; only the state at registration in a timing scenario (`timed`) does, and
 * only near a task's completion. So: tasks that sleep at least 50 ms, and for a timing scenario,
 * a callback delay at least 50 ms away from every moment a wave of tasks completes.
 */
export declare function runsSideBySide(cell: Cell): boolean;
/**
 * How long a cell may take before its probe is killed: the work it was asked to do, generously,
 * plus the callback timeout. Past that the probe is hung, not slow.
 */
export declare function budgetMs(cell: Cell): number;
/** `work` on every item, at most `limit` at a time, each taken in order as one finishes. */
export declare function forEachAtMost<T>(limit: number, items: T[], work: (item: T) => Promise<void>): Promise<void>;
