import type { ContractInput } from '../contract.js';
export declare const processPool: ContractInput;
