// threads.js's worker script: the pool spawns it in each worker thread by itself, so it finds the
// probe's task module through the environment (CTG_TASK_MODULE, set by the probe).
const { expose } = require('threads/worker')

const { probeTask } = require(process.env.CTG_TASK_MODULE)

expose({ probeTask })
