import type { Target } from '../model/target.js';
import type { LaunchSpec } from './session.js';
export declare function launchSpec(target: Target, commandField?: string): LaunchSpec;
