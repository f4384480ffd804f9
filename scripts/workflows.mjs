// Every workflow of the repository, for actionlint (scripts/lint-workflows.mjs) and the tests that
// hold the examples to what the action supports: .github/workflows/*.yml and each ```yaml block in
// README.md and docs/*.md that is a workflow (it has a top-level `jobs:`).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const WORKFLOW_DIR = '.github/workflows'

/** Each workflow's file, the line its text starts on there, and its text. */
export function collectWorkflows(root = '.') {
  const markdown = ['README.md', ...readdirSync(join(root, 'docs')).map(name => join('docs', name))]
  const found = readdirSync(join(root, WORKFLOW_DIR))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => ({
      path: join(WORKFLOW_DIR, name),
      firstLine: 1,
      text: readFileSync(join(root, WORKFLOW_DIR, name), 'utf8')
    }))
  for (const path of markdown.filter(p => p.endsWith('.md'))) {
    const lines = readFileSync(join(root, path), 'utf8').split('\n')
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
