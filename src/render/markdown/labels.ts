/**
 * Short names for what the Markdown report names often: a target by the part of its name that
 * tells it apart from the others ("py3.12" of "guard-py3.12-ubuntu-latest"), and where callbacks
 * ran in a word. Labels are plain text; the renderer escapes them.
 */
import type { CellReport } from '../../report/model.js'

/** A short label longer than this is cut; the key gives the full name. */
const SHORT_MAX = 18

/**
 * Each name without the words (split at - _ / : . and spaces) that every name starts or ends
 * with. Names that would come out empty, cut or the same as another keep a numbered label
 * (T1, T2, ...) instead, so a label never points at two targets.
 */
export function shortTargetLabels(names: string[]): Map<string, string> {
  const labels = new Map<string, string>()
  const unique = [...new Set(names)]
  if (unique.length <= 1) {
    for (const n of unique) labels.set(n, n)
    return labels
  }
  const words = unique.map(n => n.split(/(?<=[-_/: ])/))
  const first = words[0] as string[]
  let head = 0
  while (words.every(w => head < w.length - 1 && w[head] === first[head])) head += 1
  let tail = 0
  while (
    words.every(
      w => tail < w.length - 1 - head && w[w.length - 1 - tail] === first[first.length - 1 - tail]
    )
  )
    tail += 1
  const cut = words.map(w =>
    w
      .slice(head, w.length - tail)
      .join('')
      .replace(/[-_/: ]+$/, '')
  )
  const seen = new Map<string, number>()
  for (const c of cut) seen.set(c, (seen.get(c) ?? 0) + 1)
  unique.forEach((name, i) => {
    const short = cut[i] ?? ''
    const fits = short !== '' && short.length <= SHORT_MAX && seen.get(short) === 1
    labels.set(name, fits && !/^T\d+$/.test(short) ? short : `T${i + 1}`)
  })
  return labels
}

const PLACE_WORDS: Record<string, string> = {
  'task-thread': 'task',
  'caller-thread': 'caller',
  'other-thread': 'other',
  'other-process': 'process',
  never: 'never'
}

/** "task", "caller inline": where an outcome's callbacks ran, in a word or two. */
function placeWord(facts: CellReport['outcomes'][number]['facts']): string {
  const place = String(facts.ranOn)
  return (PLACE_WORDS[place] ?? place) + (facts.inline === true ? ' inline' : '')
}

/**
 * Where a cell's callbacks ran, in a few words, most first: "task", "caller inline", "caller, some
 * inline", "caller inline, some task"; for a failed cell, where the forbidden ones ran.
 */
export function shortWhere(cell: CellReport): string {
  if (cell.verdict === 'error' || cell.verdict === 'skip') return ''
  // Most cells have one outcome: its word, without building lists for it.
  const only = cell.outcomes.length === 1 ? cell.outcomes[0] : undefined
  if (only !== undefined && (cell.verdict !== 'fail' || only.grade === 'forbidden'))
    return placeWord(only.facts)
  return placesWords(
    placeCounts(cell.outcomes.filter(o => cell.verdict !== 'fail' || o.grade === 'forbidden'))
  )
}

/** Each place's word and how many callbacks ran there, most first. */
export function placeCounts(
  outcomes: readonly CellReport['outcomes'][number][]
): { word: string; place: string; inline: boolean; count: number }[] {
  // A few outcomes per cell, a hundred thousand cells per report: a list, not a map.
  const places: { word: string; place: string; inline: boolean; count: number }[] = []
  for (const o of outcomes) {
    const word = placeWord(o.facts)
    const seen = places.find(p => p.word === word)
    if (seen === undefined)
      places.push({
        word,
        place: PLACE_WORDS[String(o.facts.ranOn)] ?? String(o.facts.ranOn),
        inline: o.facts.inline === true,
        count: o.count
      })
    else seen.count += o.count
  }
  return places.length > 1 ? places.sort((a, b) => b.count - a.count) : places
}

/**
 * Places in words, most first: "task", "caller, some inline" (one thread, some callbacks inline),
 * "caller inline, some task". No "+1": a first-time reader cannot guess what it counts.
 */
export function placesWords(
  places: readonly { word: string; place: string; inline: boolean }[]
): string {
  const [top, ...rest] = places
  if (top === undefined) return ''
  if (rest.length === 0) return top.word
  // The same thread, inline or not: "caller, some inline" (or "caller inline, some not").
  if (rest.length === 1 && rest[0]?.place === top.place)
    return top.inline ? `${top.word}, some not inline` : `${top.word}, some inline`
  return `${top.word}, some ${rest.map(p => p.word).join(', ')}`
}
