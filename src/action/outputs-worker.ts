/**
 * The worker thread that writes the Action's outputs (dist/action-outputs.js): the main thread
 * sends it the job and waits, free to hear a signal while the report renders.
 */
import { serveOffloaded } from '../sinks/offload.js'
import { writeOutputs, type OutputJob } from './outputs.js'

serveOffloaded(job => writeOutputs(job as unknown as OutputJob))
