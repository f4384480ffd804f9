import type { Target } from '../target.js';
import type { LaunchSpec } from './session.js';
export declare function launchSpec(target: Target, commandField?: string): LaunchSpec;
