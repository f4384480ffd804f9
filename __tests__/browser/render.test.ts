/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The comment and the job summary as a reader sees them: Markdown rendered by cmark-gfm with
 * GitHub's extensions, styled by GitHub's stylesheet (github-markdown-css), laid out by Debian's
 * Chromium at the comment's 788 px content width, from a local file. What a reviewer must see on
 * the first screen is measured there (heights and widths are logged: the figures of issue 23).
 * With CTG_WRITE_SCREENSHOTS=1 (`npm run screenshots`) each comment is also photographed, in
 * GitHub's light and dark styles, into docs/images/.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { scenarios, type Scenario } from './scenarios.js'

const BOX = 788
const FIRST_SCREEN = 1200
/** Where "What broke" must start in a failing comment, and how tall a passing one may be. */
const WHAT_BROKE_BY = 500
const PASSING_ONE_TARGET = 300
const PASSING_SIX_TARGETS = 400
const IMAGES = join(import.meta.dirname, '..', '..', 'docs', 'images')
const SCREENSHOTS = process.env.CTG_WRITE_SCREENSHOTS === '1'
const require = createRequire(import.meta.url)
const STYLES = {
  light: {
    css: readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8'),
    background: '#ffffff'
  },
  dark: {
    css: readFileSync(require.resolve('github-markdown-css/github-markdown-dark.css'), 'utf8'),
    background: '#0d1117'
  }
}

function toHtml(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    [
      '--unsafe',
      '-e',
      'table',
      '-e',
      'strikethrough',
      '-e',
      'autolink',
      '-e',
      'tagfilter',
      '-e',
      'tasklist'
    ],
    { input: markdown, encoding: 'utf8' }
  )
}

interface Seen {
  height: number
  tables: { width: number; scrollWidth: number }[]
  heading: string
  fixedSquare: number
  whatBroke: number
  /** The top of the first visible occurrence of each text, or -1. */
  tops: Record<string, number>
  openDetails: number
}

let browser: BrowserContext
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-browser-'))
  // A fresh profile each run (playwright takes it as the persistent context's user data dir).
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: BOX + 32, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
})

afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function show(
  name: string,
  markdown: string,
  texts: string[],
  style: keyof typeof STYLES = 'light'
): Promise<{ page: Page; seen: Seen }> {
  const file = join(dir, `${name}-${style}.html`)
  const { css, background } = STYLES[style]
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><style>${css}\nbody{margin:0;background:${background}}.markdown-body{box-sizing:content-box;width:${BOX}px;padding:16px}</style></head><body><article class="markdown-body">${toHtml(markdown)}</article></body></html>`
  )
  const page = await browser.newPage()
  // Nothing but the local file: a report that links out must not fetch anything.
  await page.route(/^(?!file:)/, route => route.abort())
  await page.goto(`file://${file}`)
  const seen = await page.evaluate(
    ({ texts }) => {
      const article = document.querySelector('article') as HTMLElement
      const top0 = article.getBoundingClientRect().top
      const tops: Record<string, number> = {}
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) nodes.push(n as Text)
      for (const t of texts) {
        tops[t] = -1
        for (const n of nodes) {
          if (!(n.textContent ?? '').includes(t)) continue
          const range = document.createRange()
          range.selectNodeContents(n)
          const rects = [...range.getClientRects()].filter(r => r.width > 0)
          if (rects.length === 0) continue // inside a closed <details>
          tops[t] = Math.round((rects[0] as DOMRect).top - top0)
          break
        }
      }
      return {
        height: Math.round(article.getBoundingClientRect().height),
        tables: [...article.querySelectorAll('table')].map(t => ({
          width: Math.round(t.getBoundingClientRect().width),
          scrollWidth: t.scrollWidth
        })),
        heading: article.querySelector('h2')?.textContent ?? '',
        // The "What broke" heading: its top, or -1 (the words may also appear in a line above).
        whatBroke: (() => {
          const h = [...article.querySelectorAll('h3')].find(x =>
            (x.textContent ?? '').includes('What broke')
          )
          return h === undefined ? -1 : Math.round(h.getBoundingClientRect().top - top0)
        })(),
        // A grid square marked fixed: its top, or -1.
        fixedSquare: (() => {
          const td = [...article.querySelectorAll('td')].find(
            cell => (cell.textContent ?? '').trim() === '✅ fixed'
          )
          const rect = td?.getBoundingClientRect()
          return rect === undefined || rect.width === 0 ? -1 : Math.round(rect.top - top0)
        })(),
        tops,
        openDetails: article.querySelectorAll('details[open]').length
      }
    },
    { texts }
  )
  return { page, seen }
}

/** The texts not visible within the first screen, with where they are (-1: nowhere visible). */
function late(seen: Seen): string[] {
  return Object.entries(seen.tops)
    .filter(([, top]) => top < 0 || top > FIRST_SCREEN)
    .map(([text, top]) => `${text} at ${top} px`)
}

const runs = scenarios()

describe.each(runs)('the $name run, rendered as GitHub renders it', (run: Scenario) => {
  const texts = [...run.failingTargets, ...run.brokenRules]

  it('fits the 788 px comment box, and says the verdict, every failing target and rule on the first screen', async () => {
    const { page, seen } = await show(`${run.name}-comment`, run.comment, texts)
    await page.close()
    console.log(
      `${run.name} comment: ${seen.height} px tall, tables ${seen.tables.map(t => `${t.width}:${t.scrollWidth}`).join('/')} px wide, "What broke" at ${seen.whatBroke} px, a fixed square at ${seen.fixedSquare} px`
    )
    for (const t of seen.tables) expect(t.scrollWidth).toBeLessThanOrEqual(BOX)
    expect(seen.heading).toContain(`: ${run.verdict}`)
    expect(seen.openDetails).toBe(0)
    expect(late(seen)).toEqual([])
    // Six targets: the grid shows only what needs a look, so "What broke" is on the first lines.
    if (run.verdict === 'fail' && run.name !== 'failing' && run.name !== 'thousand-cells') {
      expect(seen.whatBroke).toBeGreaterThan(0)
      expect(seen.whatBroke).toBeLessThanOrEqual(WHAT_BROKE_BY)
    }
    if (run.name === 'passing') expect(seen.height).toBeLessThan(PASSING_ONE_TARGET)
    if (run.name === 'six-passing') expect(seen.height).toBeLessThan(PASSING_SIX_TARGETS)
    // The fixed cell is marked in the open grid, not only in a section further down.
    if (run.name === 'regressed-and-fixed') {
      expect(seen.fixedSquare).toBeGreaterThan(0)
      expect(seen.fixedSquare).toBeLessThan(seen.whatBroke)
    }
  })

  it('fits the job summary the same way', async () => {
    const { page, seen } = await show(`${run.name}-summary`, run.summary, texts)
    await page.close()
    console.log(`${run.name} summary: ${seen.height} px tall`)
    for (const t of seen.tables) expect(t.scrollWidth).toBeLessThanOrEqual(BOX)
    expect(seen.heading).toContain(`: ${run.verdict}`)
    expect(late(seen)).toEqual([])
  })

  const photographed = SCREENSHOTS ? it : it.skip
  photographed('is photographed for docs/images in the light and the dark style', async () => {
    mkdirSync(IMAGES, { recursive: true })
    for (const style of ['light', 'dark'] as const) {
      const { page, seen } = await show(`${run.name}-photo`, run.comment, [], style)
      await page.screenshot({
        path: join(IMAGES, `comment-${run.name}-${style}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width: BOX + 32, height: Math.min(seen.height + 32, 2600) }
      })
      await page.close()
    }
  })
})
