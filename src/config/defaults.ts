import type { Experiment } from './schema.js'

/**
 * The default run: the tutorial's three experiments (with 100 ms tasks instead of its 1 s),
 * then the documented extras, then callback APIs' failed calls (worker-farm's rules: killed,
 * failing, timeout, overload, ending; each in-progress call killed, so none is queued behind a
 * killed one: see docs/node-pools.md), then the same rules under load with zero-length tasks.
 */
export const DEFAULT_EXPERIMENTS: Experiment[] = [
  {
    name: 'tutorial 1: one task, callback added at once',
    scenario: 'timed',
    workers: 4,
    tasks: 1,
    callbackDelayMs: 0,
    taskMs: 100
  },
  {
    name: 'tutorial 2: 16 tasks on 4 workers',
    scenario: 'timed',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 100
  },
  {
    name: 'tutorial 3: callback added after the task is done',
    scenario: 'timed',
    workers: 4,
    tasks: 1,
    callbackDelayMs: 200,
    taskMs: 100
  },
  {
    name: 'added while provably running',
    scenario: 'running',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'added after done',
    scenario: 'done',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'cancel of a queued future',
    scenario: 'cancel',
    workers: 2,
    tasks: 8,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'shutdown(cancel_futures=True)',
    scenario: 'shutdown',
    workers: 2,
    tasks: 8,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'callbacks run in the order added',
    scenario: 'order',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'a raising callback is isolated',
    scenario: 'raising',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'a worker killed during each call',
    scenario: 'killed',
    workers: 4,
    tasks: 4,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: "the call's function fails",
    scenario: 'failing',
    workers: 4,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'calls past maxCallTime',
    scenario: 'timeout',
    workers: 2,
    tasks: 2,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'calls past maxConcurrentCalls',
    scenario: 'overload',
    workers: 2,
    tasks: 16,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'end() with calls in progress and queued',
    scenario: 'ending',
    workers: 2,
    tasks: 8,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'under load: running, 1000 zero-length tasks',
    scenario: 'running',
    workers: 4,
    tasks: 1000,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'under load: timed, 1000 zero-length tasks',
    scenario: 'timed',
    workers: 4,
    tasks: 1000,
    callbackDelayMs: 0,
    taskMs: 0
  },
  {
    name: 'under load: failing, 1000 calls',
    scenario: 'failing',
    workers: 4,
    tasks: 1000,
    callbackDelayMs: 0,
    taskMs: 0
  }
]

/**
 * The default run of an asyncio target (issue 22; docs/executors.md, "asyncio"): each asyncio
 * scenario once, and the bridges again under load.
 */
export const DEFAULT_ASYNCIO_EXPERIMENTS: Experiment[] = (
  [
    { name: 'asyncio.Future: added while pending', scenario: 'aio-pending', workers: 4, tasks: 16 },
    { name: 'asyncio.Future: added after done', scenario: 'aio-done', workers: 4, tasks: 16 },
    { name: 'run_in_executor / wrap_future', scenario: 'aio-bridge', workers: 4, tasks: 16 },
    {
      name: 'the concurrent future under wrap_future',
      scenario: 'aio-underlying',
      workers: 4,
      tasks: 16
    },
    { name: 'cancelled through the bridge', scenario: 'aio-cancel', workers: 2, tasks: 8 },
    { name: 'tasks left when asyncio.run() ends', scenario: 'aio-closing', workers: 1, tasks: 16 },
    {
      name: 'a portal: run_coroutine_threadsafe or anyio',
      scenario: 'aio-portal',
      workers: 1,
      tasks: 16
    },
    { name: 'under load: the bridge, 1000 tasks', scenario: 'aio-bridge', workers: 4, tasks: 1000 },
    {
      name: 'under load: a portal, 1000 coroutines',
      scenario: 'aio-portal',
      workers: 1,
      tasks: 1000
    }
  ] as const
).map(e => ({ callbackDelayMs: 0, taskMs: 0, ...e }))

export const DEFAULT_PYTHON = 'python3'
export const DEFAULT_EXECUTOR = 'concurrent.futures:ThreadPoolExecutor'

/** A control's planted misroute when none is named: one callback in 10,000 (README, "Positive control"). */
export const CONTROL_ONE_IN = 10_000
