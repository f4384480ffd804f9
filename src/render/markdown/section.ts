/**
 * A section of a report as data: a head, items (table rows or list entries) and a tail, so a
 * report within a size limit can keep the first items of a section and say how many it left
 * out. The Markdown (markdown.ts) and the terminal (terminal.ts) are both lists of Sections,
 * written by renderSection. The view carries what every section needs, computed once per report.
 */
import { md } from '../../escape.js'
import { isChanged, type BaselineDiff, type CellChange } from '../../report/compare.js'
import type { CellReport, Report } from '../../report/model.js'
import { interestingCount } from '../../report/summarize.js'

export interface Section {
  /** Everything before the first item (a heading, a table header, a <details> opening). */
  head: string
  items: string[]
  /** Everything after the last item (a closing </details>). */
  tail: string
  /** What the cut section says instead of the items it left out; plain words, no markup. */
  more: (left: number) => string
  /** How the left-out items are named in the closing note of a cut report. */
  noun: string
}

export interface ReportView {
  report: Report
  diff?: BaselineDiff
  /** Short label of every target (current and dropped ones); the full name when there is one. */
  labels: Map<string, string>
  multiTarget: boolean
  /** Each cell's change against the baseline, by its position in report.cells. */
  changes: readonly (CellChange | undefined)[]
  /** Each cell's cellRank, by position: computed once, read by every table. */
  ranks: Uint8Array
}

/** The view's per-cell figures, by position: one pass over the cells. */
export function cellFigures(
  report: Report,
  diff: BaselineDiff | undefined
): Pick<ReportView, 'changes' | 'ranks'> {
  const cells = report.cells
  const changes = cells.map((c, i) => {
    if (diff === undefined) return undefined
    // The diff lists the current report's cells in order; by id when it does not line up.
    const aligned = diff.cells[i]
    return aligned?.cellId === c.id ? aligned : diff.byId.get(c.id)
  })
  const ranks = new Uint8Array(cells.length)
  cells.forEach((c, i) => (ranks[i] = cellRank(c, changes[i])))
  return { changes, ranks }
}

export function renderSection(s: Section, take = s.items.length): string {
  const items = s.items.slice(0, take)
  const left = s.items.length - take
  const lines = s.head === '' ? items.slice() : [s.head, ...items]
  if (left > 0) lines.push(s.more(left))
  return `${lines.join('\n')}${s.tail === '' ? '' : `\n${s.tail}`}`
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`
}

/**
 * The order in which cells need a reader's eyes: new violations, failures, errors, other changes
 * against the baseline, interesting passes, passes, skips.
 */
export function cellRank(c: CellReport, change: CellChange | undefined): number {
  if (change !== undefined && change.newViolations.length > 0) return 0
  if (c.verdict === 'fail') return 1
  if (c.verdict === 'error') return 2
  if (change !== undefined && isChanged(change)) return 3
  if (c.verdict === 'pass' && interestingCount(c) > 0) return 4
  if (c.verdict === 'pass') return 5
  return 6
}

/** `items` ordered by rank, stable: linear, each rank computed once. */
export function orderByRank<T>(items: T[], rank: (item: T) => number): T[] {
  if (items.length <= 1) return items.slice()
  return positionsByRank(items.map(rank)).map(i => items[i] as T)
}

/** Ranks a counting sort takes: whole numbers from 0 (cellRank has seven). */
const MAX_COUNTED_RANK = 255

/**
 * Positions 0..n-1 ordered by their rank, stable. Ranks are small whole numbers, so a counting
 * sort: linear, no comparator called n log n times; any other rank falls back to a sort.
 */
export function positionsByRank(ranks: ArrayLike<number>): number[] {
  let top = 0
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i] as number
    if (!Number.isInteger(r) || r < 0 || r > MAX_COUNTED_RANK) return sortedByRank(ranks)
    if (r > top) top = r
  }
  // Where each rank's positions start: counted, then summed.
  const starts = new Uint32Array(top + 2)
  for (let i = 0; i < ranks.length; i++) {
    const r = (ranks[i] as number) + 1
    starts[r] = (starts[r] as number) + 1
  }
  for (let r = 1; r < starts.length; r++)
    starts[r] = (starts[r] as number) + (starts[r - 1] as number)
  const positions = new Array<number>(ranks.length)
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i] as number
    const at = starts[r] as number
    positions[at] = i
    starts[r] = at + 1
  }
  return positions
}

function sortedByRank(ranks: ArrayLike<number>): number[] {
  const positions = Array.from({ length: ranks.length }, (_, i) => i)
  return positions.sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b)
}

/** "c1, c2, c3 and 8 more". */
export function idList(cells: { id: string }[], max = 6): string {
  const shown = cells.slice(0, max).map(c => md(c.id, 20))
  return cells.length > max
    ? `${shown.join(', ')} and ${cells.length - max} more`
    : shown.join(', ')
}
