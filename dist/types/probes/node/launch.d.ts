import type { Target } from '../../model/target.js';
import type { LaunchSpec } from '../session.js';
/** Overrides where the Node probe bundle is (a path to its probe.js). */
export declare const NODE_PROBE_ENV = "CTG_NODE_PROBE";
export declare function nodeProbePath(): string;
/** Starts the Node probe for a worker-pool target. */
export declare function nodePoolLaunch(target: Extract<Target, {
    kind: 'pool';
}>): LaunchSpec;
