// Preloaded with `node --import` by the scale benchmark: writes this Node process's peak resident
// set size (KB) to $CTG_BENCH_NODE_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.CTG_BENCH_NODE_RSS_FILE
if (file) {
  process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`))
}
