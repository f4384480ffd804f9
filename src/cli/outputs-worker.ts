/**
 * The worker thread that writes the CLI's outputs (dist/cli-outputs.js): the main thread sends it
 * the report and waits, free to hear a signal while a report of thousands of cells renders.
 */
import { serveOffloaded } from '../sinks/offload.js'
import { writeCliOutputs, type CliOutputJob } from './outputs.js'

serveOffloaded(job => writeCliOutputs(job as unknown as CliOutputJob))
