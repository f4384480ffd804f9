import { type Contract, type ContractInput } from '../contract.js';
/** A contract file larger than this is refused unread (a real one is a few KiB). */
export declare const MAX_CONTRACT_BYTES: number;
/** Lets a later module (the Node pools) add its built-in contracts. */
export declare function registerBuiltInContract(contract: ContractInput): void;
export declare function builtInContractNames(): string[];
/**
 * The built-in contract of that name from our own code, or undefined; never reads a file. One
 * frozen object per name, shared by every report it judges.
 */
export declare function builtInContract(name: string): Contract | undefined;
/** A built-in name, or a path to a contract file (anything with a slash or a .yml/.yaml/.json end). */
export declare function loadContract(nameOrFile: string, field?: string): Contract;
