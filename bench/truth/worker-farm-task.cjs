/**
 * The child side of worker-farm-truth.mjs: each call reports its pid to the parent over IPC
 * (a message worker-farm ignores, its owner is not "farm"), then waits until the parent releases
 * it (or returns at once), or fails the way the case asks.
 */
'use strict'
const waiting = new Map()
const released = new Set()
process.on('message', data => {
  if (!data || data.owner !== 'truth') return
  released.add(data.id)
  if (waiting.has(data.id)) waiting.get(data.id)()
})

/** mode: 'hold' (until released), 'quick', 'throw' (synchronously), 'error' (callback(err)). */
exports.call = function (id, mode, callback) {
  process.send({ owner: 'truth', id, pid: process.pid })
  const answer = () => callback(null, { id, pid: process.pid })
  if (mode === 'throw') throw new RangeError(`call ${id} threw`)
  if (mode === 'error') return callback(new RangeError(`call ${id} failed`))
  if (mode === 'quick') return answer()
  if (released.has(id)) return answer()
  waiting.set(id, answer)
}
