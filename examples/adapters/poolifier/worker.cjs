// poolifier's worker script: poolifier loads it in each worker thread by itself, so it finds the
// probe's task module through the environment (CTG_TASK_MODULE, set by the probe).
const { ThreadWorker } = require('poolifier')

const { probeTask } = require(process.env.CTG_TASK_MODULE)

module.exports = new ThreadWorker(probeTask)
