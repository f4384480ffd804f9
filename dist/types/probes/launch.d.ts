import type { Target } from '../matrix/expand.js';
import type { LaunchSpec } from './session.js';
/** Finds a file shipped beside the code, from src/ (tests) or from dist/ and dist/chunks/ (bundle). */
export declare function assetPath(relative: string): string;
export declare function launchSpec(target: Target, commandField?: string): LaunchSpec;
