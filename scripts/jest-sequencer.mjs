// Orders the test files for Jest's workers: the longest first, so that no worker ends the run
// alone with a long file. Jest orders by the durations it cached on an earlier run; a run with no
// cache (a fresh clone, CI) falls back to file size, which put the two longest files near the
// end. Those runs use the seconds below instead: measured on a 2-core machine with
// `npx jest --json`, rounded. Only the order matters; a file not listed counts as short.
import { relative, sep } from 'node:path'
import Sequencer from '@jest/test-sequencer'

export const SECONDS = {
  '__tests__/node/kit-package.test.ts': 35,
  '__tests__/thirdparty/python-executors.test.ts': 29,
  '__tests__/robustness/bad-input.test.ts': 26,
  '__tests__/robustness/fuzz-reports.test.ts': 24,
  '__tests__/action/action.test.ts': 20,
  '__tests__/action/faulty-api.test.ts': 19,
  '__tests__/robustness/signals.test.ts': 18,
  '__tests__/node/own-worker-adapters.test.ts': 14,
  '__tests__/engine/budget.test.ts': 14,
  '__tests__/node/cleanup.test.ts': 12,
  '__tests__/action/auto-baseline.test.ts': 12,
  '__tests__/action/concurrency.test.ts': 11,
  '__tests__/cli/cli.test.ts': 10,
  '__tests__/robustness/cli-edges.test.ts': 9,
  '__tests__/node/pools.test.ts': 9,
  '__tests__/engine/broken-executors.test.ts': 8,
  '__tests__/engine/faulty-probes.test.ts': 7,
  '__tests__/action/bad-inputs.test.ts': 7,
  '__tests__/engine/process-pool.test.ts': 6,
  '__tests__/browser/render.test.ts': 5,
  '__tests__/node/kit.test.ts': 5,
  '__tests__/engine/interpreters.test.ts': 5,
  '__tests__/robustness/report-sizes.test.ts': 4,
  '__tests__/engine/thread-pool.test.ts': 4,
  '__tests__/node/broken-adapters.test.ts': 3,
  '__tests__/engine/windowed-late.test.ts': 3
}

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const seconds = test => {
      const cached = this.time(test)
      if (cached !== undefined) return cached / 1000
      const file = relative(test.context.config.rootDir, test.path).split(sep).join('/')
      return SECONDS[file] ?? 1
    }
    const duration = new Map(tests.map(test => [test, seconds(test)]))
    // A file that failed last time first, as Jest does: its news is the most wanted.
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || duration.get(b) - duration.get(a)
    )
  }
}
