/**
 * The environment a probe starts with: the guard's own, less what only the guard may read. A
 * probe runs the user's executor, which may be a pull request's code; on a runner the action's
 * process holds its inputs (`INPUT_GITHUB-TOKEN` among them) and the runner's own tokens, which
 * a `run:` step of the same job never sees. Handing them on would give that code a token it
 * otherwise lacks (SECURITY.md, "Tokens").
 */
/** The guard's environment without the runner's secrets for it, then the probe's own settings. */
export declare function probeEnvironment(own: NodeJS.ProcessEnv, extra?: Record<string, string>): NodeJS.ProcessEnv;
