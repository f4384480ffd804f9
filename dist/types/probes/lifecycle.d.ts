/**
 * A probe's life in a run: started (every target's at once), asked to run cells, restarted when a
 * timeout or a crash killed it (so one bad cell costs only itself), closed. A probe that did not
 * start answers every cell with an error naming why; a scenario it does not know is a skip.
 */
import type { CellMessage } from '../model/cell.js';
import type { CellReply } from './protocol.js';
import { ProbeSession, type LaunchSpec, type StartResult } from './session.js';
/** A probe process, and what it said when it started. */
export interface Started {
    session: ProbeSession;
    start: StartResult;
}
export declare function startProbe(spec: LaunchSpec): Promise<Started>;
/** Starts one probe per target at once; the caller checks each start before any cell runs. */
export declare function startProbes(specs: Map<string, LaunchSpec>): Promise<Map<string, Started>>;
export declare function closeProbes(probes: Iterable<Started>): Promise<void>;
/**
 * The probe itself while it lives; a new one when a timeout or a crash killed it. A probe that
 * never started is not started again: its cells are errors naming why.
 */
export declare function restartIfDead(current: Started, spec: LaunchSpec): Promise<Started>;
/** One cell on one probe, killed past `limitMs`. */
export declare function runCellOn(started: Started, cell: CellMessage, limitMs: number, onProgress?: (done: number, total: number) => void): Promise<CellReply>;
/** Why a probe did not start, in words ('' when it did). */
export declare function startFailure(start: StartResult): string;
