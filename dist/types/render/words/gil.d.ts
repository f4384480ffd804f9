/**
 * The words every sink uses for the GIL record (probes' `runtime.gil`) and its warnings
 * (report/gil.ts). Plain words: each sink escapes them for itself.
 */
import type { Gil, Runtime } from '../../probes/protocol.js';
/** The version as people write it: "3.14.0t" for a free-threaded build. */
export declare function runtimeVersion(r: Runtime): string;
/** "GIL: default build (always on)" or "GIL: free-threaded build; off before import, on after ...". */
export declare function gilWords(gil: Gil): string;
