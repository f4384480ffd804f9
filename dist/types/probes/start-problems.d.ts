/**
 * A probe that cannot start because of what the user gave it is bad input (exit 2), named by the
 * field that set it: a fatal hello, a program that does not exist or cannot be run, an
 * interpreter that did not start the probe, a built-in contract for the other kind of Python
 * target (futures, or callbacks given with the call). Any other failure to start is the cell's
 * error.
 */
import { InputError } from '../errors.js';
import type { Target } from '../model/target.js';
import type { StartResult } from './session.js';
/** `fieldName` names a target's field as the user set it (a flag, an input, a config field). */
export declare function inputProblem(target: Target, start: StartResult, fieldName: (field: string) => string): InputError | undefined;
