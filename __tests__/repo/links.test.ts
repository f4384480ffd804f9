/**
 * Every relative link in README.md and docs/*.md leads somewhere: the file exists, and a #fragment
 * names a heading of the page it points to (GitHub's heading anchors).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

/** Markdown without its fenced code blocks and code spans: links in code are not links. */
function stripFences(markdown: string): string {
  return markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
}

function stripCode(markdown: string): string {
  return stripFences(markdown).replace(/`[^`\n]*`/g, '')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsOf(page: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const line of stripFences(readFileSync(join(ROOT, page), 'utf8')).split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line)
    if (!heading) continue
    const base = anchorOf(heading[1]!)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n === 0 ? base : `${base}-${n}`)
  }
  return anchors
}

function linksOf(page: string): string[] {
  const text = stripCode(readFileSync(join(ROOT, page), 'utf8'))
  const inline = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(m => m[1]!)
  const defined = [...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map(m => m[1]!)
  return [...inline, ...defined].filter(link => !/^[a-z][a-z0-9+.-]*:/i.test(link))
}

/** What is wrong with one relative link of `page`, or undefined when it leads somewhere. */
function checkLink(page: string, link: string): string | undefined {
  const [path, fragment] = link.split('#', 2) as [string, string | undefined]
  const target = path === '' ? join(ROOT, page) : join(ROOT, dirname(page), decodeURI(path))
  if (!existsSync(target)) return `${page}: ${link}: no file ${relative(ROOT, target)}`
  if (fragment === undefined || !target.endsWith('.md')) return undefined
  if (!anchorsOf(relative(ROOT, target)).has(fragment))
    return `${page}: ${link}: no heading #${fragment} in ${relative(ROOT, target)}`
  return undefined
}

describe('relative links in README.md and docs/', () => {
  it.each(PAGES)('%s: every relative link leads to a file and heading that exist', page => {
    const broken = linksOf(page)
      .map(link => checkLink(page, link))
      .filter(problem => problem !== undefined)
    expect(broken).toEqual([])
  })

  it('finds a broken link and a missing heading (the check can fail)', () => {
    expect(checkLink('docs/protocol.md', 'contracts.md')).toBe(
      'docs/protocol.md: contracts.md: no file docs/contracts.md'
    )
    expect(checkLink('docs/protocol.md', '../README.md#no-such-heading')).toMatch(/no heading/)
    expect(checkLink('docs/protocol.md', '../README.md#contracts')).toBeUndefined()
  })
})
