import type { ContractInput } from '../contract.js';
export declare const asyncioContract: ContractInput;
