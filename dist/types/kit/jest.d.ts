/**
 * The Jest matcher: `expect(report).toHonourContract('event-loop')`. Register it once with
 * `expect.extend(matchers)`. It passes when every cell that ran honours the contract; its failure
 * message is the outcome table of each failing cell and the rules that were broken.
 */
import type { MatcherFunction } from 'expect';
import type { ContractInput } from '../grading/contract.js';
import { type ContractLike } from './run.js';
export interface MatcherResult {
    pass: boolean;
    message(): string;
}
export declare function toHonourContract(received: unknown, contract: ContractLike): MatcherResult;
/** Ready for expect.extend(matchers). */
export declare const matchers: {
    toHonourContract: MatcherFunction<[contract: ContractLike]>;
};
declare module 'expect' {
    interface Matchers<R extends void | Promise<void>, T = unknown> {
        /** Every cell of the report that ran honours the contract (a built-in name, a file, or an object). */
        toHonourContract(contract: string | ContractInput): R;
    }
}
declare global {
    namespace jest {
        interface Matchers<R, T = {}> {
            toHonourContract(contract: string | ContractInput): R;
        }
    }
}
