/**
 * Bad input: the user can fix it. Printed as one line naming the field, exit code 2.
 */
export declare class InputError extends Error {
    readonly field: string;
    readonly problem: string;
    constructor(field: string, problem: string);
}
/** Exit codes, as documented in README.md. */
export declare const ExitCode: {
    readonly pass: 0;
    readonly violation: 1;
    readonly badInput: 2;
    readonly couldNotRun: 3;
};
/**
 * One line, no stack: the message of an error for the user. `named` puts the error's class first
 * ("TypeError: boom", the class alone when there is no message), for errors thrown by code that
 * is not ours (a pool, an adapter), where the class is half of what a reader needs.
 */
export declare function oneLine(error: unknown, { named }?: {
    named?: boolean;
}): string;
/**
 * Where a zod issue is, as every error message names a field: `targets[0].poolOptions.size`.
 * `key` writes each name (a name read from a file is cut); symbols are left out.
 */
export declare function fieldPath(path: readonly PropertyKey[], key?: (name: string) => string): string;
/** How much of a value an error message echoes: enough to recognise it, never a flood. */
export declare const ECHO_CHARS = 80;
/** Text cut to about 80 characters, with "..." when it was longer. */
export declare function cut(text: string): string;
/** A value as an error message quotes it: JSON-quoted (control characters as escapes), cut. */
export declare function quote(value: unknown): string;
