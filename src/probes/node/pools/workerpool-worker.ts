/**
 * The worker script of the workerpool adapter (bundled to workerpool-worker.js): registers the
 * probe's task as a workerpool method.
 */
import workerpool from 'workerpool'
import { probeTask } from '../task.js'

workerpool.worker({ probeTask })
