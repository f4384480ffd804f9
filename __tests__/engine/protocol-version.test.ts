/**
 * One protocol version: both built-in probes say, in their hello, the version the engine speaks
 * (PROTOCOL_VERSION). The Node probe imports it; the Python probe reads it from ctg_probe/generated.py,
 * generated from it (`npm run generate`). Each probe is started as the engine starts it.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import type { Target } from '../../src/model/target.js'
import { launchSpec } from '../../src/probes/launch.js'
import { PROTOCOL_VERSION } from '../../src/probes/protocol.js'
import { useBuiltProbe } from '../node/helpers/probe-build.js'

/** The first line a probe writes, with `bye` on its stdin so it exits at once. */
async function helloOf(target: Target): Promise<unknown> {
  const spec = launchSpec(target)
  const probe = spawn(spec.command, spec.args, {
    env: { ...process.env, ...spec.env },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  let output = ''
  probe.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  probe.stdin.end('{"type":"bye"}\n')
  await once(probe, 'exit')
  return JSON.parse(output.split('\n')[0] ?? '')
}

describe('the protocol version', () => {
  it('is the one the Python probe says in its hello', async () => {
    const hello = await helloOf({
      kind: 'python',
      name: 'python3',
      contract: 'thread-pool',
      python: 'python3',
      executor: 'concurrent.futures:ThreadPoolExecutor',
      pythonPath: []
    })
    expect(hello).toMatchObject({ type: 'hello', protocol: PROTOCOL_VERSION })
  })

  it('is the one the Node probe says in its hello', async () => {
    useBuiltProbe()
    const hello = await helloOf({
      kind: 'pool',
      name: 'piscina',
      contract: 'event-loop',
      pool: 'piscina'
    })
    expect(hello).toMatchObject({ type: 'hello', protocol: PROTOCOL_VERSION })
  }, 300_000)
})
