// poolifier's worker script: poolifier loads it in each worker thread by itself, so it learns
// where the probe's task module is from the environment (CTG_TASK_MODULE, set by the probe).
import { pathToFileURL } from 'node:url'
import { ThreadWorker } from 'poolifier'

const { probeTask } = await import(pathToFileURL(process.env.CTG_TASK_MODULE).href)

export default new ThreadWorker(probeTask)
