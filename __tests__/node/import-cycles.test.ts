/**
 * No module of src/ imports itself through others (the launchers of the probes once did:
 * src/probes/launch.ts and src/probes/node/launch.ts). Type-only imports are left out: they are
 * erased before anything runs. And the arrows that once ran the wrong way stay turned, type
 * imports included: the matrix imports nothing from the probes nor the probes from the matrix,
 * no stage imports the run that ties them (run.ts, schedule.ts), and contracts import
 * nothing from config/load.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from './helpers/probe-build.js'

const SRC = join(ROOT, 'src')

/** Each source file and the source files it imports at run time (or at all, with types). */
function readImports({ types = false } = {}): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .map(f => join(SRC, f))
  const graph = new Map<string, string[]>()
  const runtimeImport = types
    ? /^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm
    : /^(?:import|export)\s(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(runtimeImport)].map(m =>
      resolve(dirname(file), m[1] as string).replace(/\.js$/, '.ts')
    )
    graph.set(file, targets)
  }
  return graph
}

/** Every circle found by a depth-first walk, as a list of paths relative to the repository. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[][] = []
  const visit = (node: string, path: string[]): void => {
    if (state.get(node) === 'open') {
      cycles.push([...path.slice(path.indexOf(node)), node].map(p => relative(ROOT, p)))
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

describe('imports of src/', () => {
  it('reads the launchers and what they import', () => {
    const graph = readImports()
    const launch = graph.get(join(SRC, 'probes', 'launch.ts'))
    expect(launch).toEqual(
      expect.arrayContaining([
        join(SRC, 'probes', 'assets.ts'),
        join(SRC, 'probes', 'node', 'launch.ts')
      ])
    )
    expect(graph.get(join(SRC, 'probes', 'node', 'launch.ts'))).toContain(
      join(SRC, 'probes', 'assets.ts')
    )
  })

  it('finds a circle when there is one', () => {
    const a = join(SRC, 'a.ts')
    const b = join(SRC, 'b.ts')
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [a]]
        ])
      )
    ).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']])
  })

  it('import one another in no circle', () => {
    expect(findCycles(readImports())).toEqual([])
  })
})

describe('arrows between the stages of src/', () => {
  const graph = readImports({ types: true })
  const importsOf = (folder: string) =>
    [...graph]
      .filter(([file]) => file.startsWith(join(SRC, folder)))
      .flatMap(([file, targets]) =>
        targets.map(to => `${relative(SRC, file)} -> ${relative(SRC, to)}`)
      )

  it('reads type imports too', () => {
    expect(importsOf('matrix')).toContain('matrix/expand.ts -> cell.ts')
  })

  it('the matrix imports nothing from the probes', () => {
    expect(importsOf('matrix').filter(arrow => arrow.includes('-> probes/'))).toEqual([])
  })

  it('the probes import nothing from the matrix (a target is src/target.ts, a cell src/cell.ts)', () => {
    expect(importsOf('probes').filter(arrow => arrow.includes('-> matrix/'))).toEqual([])
  })

  it('the stages import nothing from the run that ties them together', () => {
    const stages = ['config', 'matrix', 'probes', 'grading', 'report', 'sinks']
    const up = stages.flatMap(importsOf).filter(arrow => /-> (run|schedule)\.ts$/.test(arrow))
    expect(up).toEqual([])
  })

  it('contracts load through their own reader, not config/load', () => {
    expect(importsOf('grading').filter(arrow => arrow.endsWith('-> config/load.ts'))).toEqual([])
  })
})
