/**
 * The environment a probe starts with: the guard's own, less what only the guard may read. A
 * probe runs the user's executor, which may be a pull request's code; on a runner the action's
 * process holds its inputs (`INPUT_GITHUB-TOKEN` among them) and the runner's own tokens, which
 * a `run:` step of the same job never sees. Handing them on would give that code a token it
 * otherwise lacks (SECURITY.md, "Tokens").
 */

/** The runner's variables that only the action's own process gets (tokens and their services). */
const GUARD_ONLY =
  /^(?:INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RUNTIME_URL$|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i

/** The guard's environment without the runner's secrets for it, then the probe's own settings. */
export function probeEnvironment(
  own: NodeJS.ProcessEnv,
  extra: Record<string, string> = {}
): NodeJS.ProcessEnv {
  const kept = Object.entries(own).filter(([name]) => !GUARD_ONLY.test(name))
  return { ...Object.fromEntries(kept), ...extra }
}
