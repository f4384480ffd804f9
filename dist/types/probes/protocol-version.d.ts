/**
 * The version of the probe protocol (docs/protocol.md) this engine speaks, in its own module so
 * the Node probe's bundle reads it without the validation (zod) of protocol.ts. The Node probe
 * says this number in its hello; a test checks that the Python probe says it too.
 */
export declare const PROTOCOL_VERSION = 1;
