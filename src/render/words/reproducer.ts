/**
 * The words every sink uses for the reproducer a run wrote (src/engine/repro/write.ts). Plain words:
 * each sink escapes them (and the command) for itself.
 */
import type { ReproducerRecord } from '../../model/reproducer.js'
import { plural } from '../markdown/section.js'

/** What the reproducer runs and what its exit code means, after its command. */
export function reproducerWords(r: ReproducerRecord): string {
  // A Node pool's reproducer is a .mjs file (engine/repro/node.ts).
  const needs = r.path.endsWith('.mjs')
    ? 'Node, the adapter and its pool package'
    : "Python and the executor's module"
  return (
    `reruns cell ${r.cell} (${r.rules.join(', ')}) alone, shrunk to ${plural(r.workers, 'worker')}` +
    ` and ${plural(r.tasks, 'task')}: it needs only ${needs}, exits 1` +
    ` naming the rule when it reproduces, 0 after ${plural(r.tries, 'clean try', 'clean tries')}`
  )
}
