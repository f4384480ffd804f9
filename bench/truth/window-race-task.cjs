// The task module of window-race-node-truth.mjs (not the probe's): a task that waits taskMs, and
// runHandler, which records on which thread a handler that the pool moved ran (threadId + 1 in
// the shared cell of its slot, so that 0 means "not run here").
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: the pool's worker require()s it
const { threadId } = require('node:worker_threads')

exports.probeTask = async input => {
  await new Promise(resolve => setTimeout(resolve, input.taskMs))
  return { pid: process.pid, threadId }
}

exports.runHandler = handler => {
  Atomics.store(new Int32Array(handler.ledger), handler.slot, threadId + 1)
}
