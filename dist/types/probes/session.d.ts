import { type CellMessage, type CellReply, type End, type Hello } from './protocol.js';
export declare const MAX_LINE_BYTES: number;
export interface LaunchSpec {
    command: string;
    args: string[];
    env?: Record<string, string>;
    /** How the user named this probe, for messages. */
    describe: string;
    /** How long the probe may take to say hello (start-up and loading the executor). */
    startTimeoutMs?: number;
}
export type StartResult = {
    kind: 'hello';
    hello: Hello;
} | {
    kind: 'fatal';
    field: string;
    message: string;
} | {
    kind: 'not-found';
    message: string;
} | {
    kind: 'failed';
    message: string;
    stderrTail: string[];
    /** Why the program itself could not be started ("is a folder"), when that was the failure. */
    notStarted?: string;
};
/** Kills the process tree of every probe still running; for a signal, so synchronous. */
export declare function killAllProbes(): void;
export declare class ProbeSession {
    readonly spec: LaunchSpec;
    private readonly child;
    private buffer;
    private readonly stderr;
    private waiter;
    private exited;
    private onProgress;
    private treeKilled;
    private notStarted;
    /** The probe's stdout and stderr as /proc names them (`socket:[inode]`); Linux only. */
    private readonly outputPipes;
    private constructor();
    /** Starts a probe and waits for its hello (or fatal) line. */
    static start(spec: LaunchSpec): Promise<{
        session: ProbeSession;
        start: StartResult;
    }>;
    get stderrTail(): string[];
    /** The probe's process id (undefined when it could not be started). */
    get pid(): number | undefined;
    get alive(): boolean;
    /** Runs one cell; resolves with its reply whatever happens (never rejects, never hangs). */
    runCell(cell: CellMessage, budgetMs: number, onProgress?: (done: number, total: number) => void): Promise<CellReply>;
    /** What the probe said on its way out (its `end` message), once closed; undefined if nothing. */
    ending: End | undefined;
    /**
     * Says bye, waits briefly for the probe's `end` message (a probe may skip it) and a clean exit,
     * then kills the process group.
     */
    close(): Promise<void>;
    killTree(): void;
    private toStart;
    private send;
    /** The next protocol message, or an 'exit' pseudo-message when the probe dies or times out. */
    private next;
    private readonly queue;
    private drain;
    private onStdout;
    private onLine;
    /** A broken stream: kill the probe; the cell in flight becomes an error with this reason. */
    private fail;
    /**
     * The probe exited and something it started still holds its stdout or stderr (a daemon in a
     * session of its own, a double-forked grandchild: outside its process group). Kill what holds
     * them, found by the pipes themselves in /proc, and close our ends: nothing the probe left
     * behind may keep the run from ending.
     */
    private releasePipes;
    /** True when both pipes ended; false when the grace ran out first. */
    private pipesEnded;
    private finish;
}
