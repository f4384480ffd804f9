/**
 * The kit as a pool author gets it: imported by the package's name (the bundle, dist/kit.js, with
 * its types, dist/types/kit.d.ts), exactly as the README shows, against a real piscina pool
 * through an adapter module.
 */
import { expect, test } from '@jest/globals'
import { matchers, runMatrix } from 'callback-thread-guard'

expect.extend(matchers)

test('my pool runs handlers on the caller, later, in order, once', async () => {
  const report = await runMatrix({
    targets: [{ adapter: './__tests__/node/fixtures/piscina-adapter.mjs' }]
  })
  expect(report).toHonourContract('event-loop')
})

test('the packaged matcher fails a pool that departs from the contract, naming the rule', async () => {
  const report = await runMatrix({
    targets: [{ pool: 'workerpool' }],
    matrix: { workers: [2], tasks: [6], taskMs: [0], scenarios: ['done'] }
  })
  expect(report).not.toHonourContract('event-loop')
  expect(() => expect(report).toHonourContract('event-loop')).toThrow(/never-inline/)
})
