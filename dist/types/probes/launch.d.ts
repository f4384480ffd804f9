import type { Target } from '../matrix/expand.js';
import type { LaunchSpec } from './session.js';
export declare function launchSpec(target: Target, commandField?: string): LaunchSpec;
