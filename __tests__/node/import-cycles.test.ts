/**
 * The floor plan of src/ holds: no module imports itself through others, type imports included
 * (the launchers of the probes once did, and the budget, the matrix and the report model did
 * through their types), and no import runs up a layer (LAYERS: the vocabulary at the bottom, the
 * front doors at the top). Within a layer imports may go either way, as long as they make no
 * circle. A file in no layer fails the test: a new folder or top-level file is placed on purpose.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from './helpers/probe-build.js'

const SRC = join(ROOT, 'src')

/**
 * The layers of src/, lowest first: a file may import from its own layer and those below it.
 * Each entry is a folder (ending in /) or a file, relative to src/; the longest entry that matches
 * a file places it.
 */
const LAYERS: [string, string[]][] = [
  // Helpers every layer uses: bad input, the version, capped file reads, escaping text.
  ['base', ['errors.ts', 'version.ts', 'read-file.ts', 'escape.ts']],
  // The vocabulary: scenarios, cells, targets, pools, budget and record types. Imports nothing above.
  ['model', ['model/']],
  ['probes', ['probes/']],
  // The configuration, and the tables of options both front doors read.
  ['config', ['config/']],
  ['grading', ['grading/']],
  // The report object, what derives from it (a cell graded into its report), reading files back.
  ['report', ['report/']],
  // The run and its stages: it fills the report.
  ['engine', ['engine/']],
  // The report as text: Markdown, terminal, JUnit, JSON, and the words every sink shares.
  ['render', ['render/']],
  ['sinks', ['sinks/']],
  ['front doors', ['action/', 'cli/', 'kit/', 'index.ts', 'cli.ts', 'kit.ts']]
]

/** A file's layer (its index in LAYERS), by the longest entry that matches it; -1 for none. */
function layerOf(file: string): number {
  let best = -1
  let length = -1
  LAYERS.forEach(([, entries], layer) => {
    for (const entry of entries) {
      const matches = entry.endsWith('/') ? file.startsWith(entry) : file === entry
      if (matches && entry.length > length) {
        best = layer
        length = entry.length
      }
    }
  })
  return best
}

/** Relative specifiers in a source: import/export ... from, import('...') (types too), side effects. */
const FROM = /^(?:import|export)\s([^'"]*?)from\s+'(\.[^']+)'/gm
const DYNAMIC = /\bimport\(\s*'(\.[^']+)'/g

/**
 * Each source file (relative to src/) and the files it imports: at run time only, or with type
 * imports (import type, export type, import('...') types) too.
 */
function readImports({ types = false } = {}): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .map(f => f.split('\\').join('/'))
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = readFileSync(join(SRC, file), 'utf8')
    const specifiers = [
      ...[...text.matchAll(FROM)]
        .filter(m => types || !/^type\b/.test(m[1] as string))
        .map(m => m[2] as string),
      // A dynamic import() runs; an import('...') in a type position is a type import.
      ...(types ? [...text.matchAll(DYNAMIC)].map(m => m[1] as string) : [])
    ]
    const targets = specifiers.map(spec =>
      relative(SRC, resolve(dirname(join(SRC, file)), spec))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts')
    )
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/** Every circle found by a depth-first walk, as a list of paths relative to src/. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[][] = []
  const visit = (node: string, path: string[]): void => {
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node])
      return
    }
    if (state.get(node) === 'done') return
    state.set(node, 'open')
    for (const next of graph.get(node) ?? []) visit(next, [...path, node])
    state.set(node, 'done')
  }
  for (const node of graph.keys()) visit(node, [])
  return cycles
}

/** Imports that run up a layer, as "from (layer) -> to (layer)". */
function upwardImports(graph: Map<string, string[]>): string[] {
  const name = (file: string) => `${file} (${LAYERS[layerOf(file)]?.[0] ?? 'no layer'})`
  return [...graph].flatMap(([file, targets]) =>
    targets.filter(to => layerOf(to) > layerOf(file)).map(to => `${name(file)} -> ${name(to)}`)
  )
}

describe('imports of src/', () => {
  it('reads the launchers and what they import', () => {
    const graph = readImports()
    expect(graph.get('probes/launch.ts')).toEqual(
      expect.arrayContaining(['probes/assets.ts', 'probes/node/launch.ts'])
    )
    expect(graph.get('probes/node/launch.ts')).toContain('probes/assets.ts')
  })

  it('finds a circle when there is one', () => {
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['a.ts']]
        ])
      )
    ).toEqual([['a.ts', 'b.ts', 'a.ts']])
  })

  it('import one another in no circle, at run time', () => {
    expect(findCycles(readImports())).toEqual([])
  })

  it('import one another in no circle, type imports included', () => {
    expect(findCycles(readImports({ types: true }))).toEqual([])
  })
})

describe('layers of src/', () => {
  const graph = readImports({ types: true })

  it('reads type imports too, and import() types', () => {
    // The target's pool name is an import() type of the pool registry.
    expect(graph.get('model/pools.ts')).toContain('model/pools.json')
    expect(graph.get('report/model.ts')).toContain('model/budget.ts')
  })

  it('place every file of src/ in a layer', () => {
    expect([...graph.keys()].filter(file => layerOf(file) < 0)).toEqual([])
  })

  it('catch an import that runs up a layer', () => {
    const broken = new Map([
      ['report/model.ts', ['model/budget.ts', 'engine/run.ts']],
      ['engine/run.ts', ['report/model.ts']]
    ])
    expect(upwardImports(broken)).toEqual(['report/model.ts (report) -> engine/run.ts (engine)'])
  })

  it('have no import that runs up a layer, type imports included', () => {
    expect(upwardImports(graph)).toEqual([])
  })

  it('the vocabulary imports nothing but itself', () => {
    const model = LAYERS.findIndex(([name]) => name === 'model')
    const out = [...graph]
      .filter(([file]) => layerOf(file) === model)
      .flatMap(([file, targets]) =>
        targets.filter(to => layerOf(to) !== model).map(to => `${file} -> ${to}`)
      )
    expect(out).toEqual([])
  })
})

describe('arrows between the stages of src/', () => {
  const graph = readImports({ types: true })
  const importsOf = (prefix: string) =>
    [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([, targets]) => targets)

  it('the matrix imports nothing from the probes', () => {
    expect(importsOf('engine/matrix.ts').filter(to => to.startsWith('probes/'))).toEqual([])
  })

  it('the probes import nothing from the matrix (a target and a cell are the vocabulary)', () => {
    expect(importsOf('probes/').filter(to => to === 'engine/matrix.ts')).toEqual([])
  })

  it('the stages import nothing from the run that ties them together', () => {
    const stages = [
      'config/',
      'probes/',
      'grading/',
      'report/',
      'render/',
      'sinks/',
      'engine/matrix.ts'
    ]
    const up = stages
      .flatMap(importsOf)
      .filter(to => /^(?:engine\/)?(?:run|schedule)\.ts$/.test(to))
    expect(up).toEqual([])
  })

  it('contracts load through their own reader, not config/load', () => {
    expect(importsOf('grading/').filter(to => to === 'config/load.ts')).toEqual([])
  })
})
