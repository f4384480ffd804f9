/**
 * The words every sink uses for the reproducer a run wrote (src/engine/repro/write.ts). Plain words:
 * each sink escapes them (and the command) for itself.
 */
import type { ReproducerRecord } from '../../model/reproducer.js';
/** What the reproducer runs and what its exit code means, after its command. */
export declare function reproducerWords(r: ReproducerRecord): string;
