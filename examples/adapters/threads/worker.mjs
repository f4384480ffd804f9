// threads.js's worker script: the pool spawns it in each worker thread by itself, so it learns
// where the probe's task module is from the environment (CTG_TASK_MODULE, set by the probe).
import { pathToFileURL } from 'node:url'
import { expose } from 'threads/worker'

const { probeTask } = await import(pathToFileURL(process.env.CTG_TASK_MODULE).href)

expose({ probeTask })
