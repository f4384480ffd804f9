/**
 * Reading a file the user named (config, contract, baseline, reports): regular files only, and
 * never more than a cap. The cap is enforced by the read itself, which stops one byte past it,
 * not by stat: a FIFO or a device reports size 0 and would otherwise be read forever.
 */
import { type Stats } from 'node:fs';
/** What a path is, in words, when it is not a regular file. */
export declare function kindOf(stats: Stats): string;
/** "1 MiB", "64 MiB", "512 KiB". */
export declare function describeBytes(bytes: number): string;
/**
 * The text of a regular file of at most `maxBytes` bytes; anything else is an InputError naming
 * `field` and the path. Opened without blocking, so a FIFO with no writer is refused at once.
 */
export declare function readInputText(path: string, field: string, maxBytes: number): string;
/**
 * Refuses a path that exists and is not a regular file (a FIFO would hang the read that follows,
 * a device would never end it). A missing file is left to the read, which says so its own way.
 */
export declare function refuseIfNotRegular(path: string, field: string): void;
