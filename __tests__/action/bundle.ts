/**
 * The action's bundle for the tests: the `main` build of rollup.config.js (the same entry points,
 * plugins and chunking as `npm run bundle`), written to build/action-bundle/<hash of the sources>
 * instead of dist/. Other test files spawn dist/cli.js while these run, and rewriting dist/ under
 * them would make them flaky. The hash builds once for all runs until a source changes; a build
 * goes to a temporary folder first and is renamed into place.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Builds the bundle if needed and returns the path of its index.js, the action's entry point. */
export function actionBundle(): string {
  const dir = join(ROOT, 'build', 'action-bundle', sourceHash())
  const entry = join(dir, 'index.js')
  if (!existsSync(entry)) build(dir)
  return entry
}

// Runs in a child node: Rollup's API and the config file are plain ESM, outside Jest's loader.
// The TypeScript plugin must write inside the output folder, so only it is made anew.
const BUILD_SCRIPT = `
import { rollup } from 'rollup'
import typescript from '@rollup/plugin-typescript'
import { pathToFileURL } from 'node:url'
const [root, out] = process.argv.slice(-2)
process.chdir(root)
const loaded = (await import(pathToFileURL(root + '/rollup.config.js').href)).default
const configs = Array.isArray(loaded) ? loaded : [loaded]
const main = configs.find(c => typeof c.input === 'object' && 'index' in c.input)
const plugins = main.plugins.map(p =>
  p.name === 'typescript' ? typescript({ tsconfig: 'tsconfig.build.json', outDir: out }) : p
)
const bundle = await rollup({ ...main, plugins, onwarn: () => {} })
await bundle.write({ ...main.output, dir: out })
await bundle.close()
`

function build(dir: string): void {
  mkdirSync(dirname(dir), { recursive: true })
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', BUILD_SCRIPT, ROOT, temporary],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000 }
  )
  if (result.status !== 0 || !existsSync(join(temporary, 'index.js'))) {
    rmSync(temporary, { recursive: true, force: true })
    throw new Error(`building the action bundle failed:\n${result.stderr}`)
  }
  // What scripts/copy-assets.mjs copies beside the bundle: the Python probe.
  mkdirSync(join(temporary, 'probes', 'python'), { recursive: true })
  for (const file of readdirSync(join(ROOT, 'src', 'probes', 'python')).filter(f =>
    f.endsWith('.py')
  ))
    cpSync(join(ROOT, 'src', 'probes', 'python', file), join(temporary, 'probes', 'python', file))
  try {
    renameSync(temporary, dir)
  } catch (error) {
    // Another run finished the same build first: use theirs.
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(join(dir, 'index.js'))) throw error
  }
}

/** What the bundle is made of: every source file, the build config and the locked dependencies. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const files = [
    ...listFiles(join(ROOT, 'src')),
    join(ROOT, 'rollup.config.js'),
    join(ROOT, 'tsconfig.build.json'),
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'package-lock.json')
  ]
  for (const file of files) {
    hash.update(file.slice(ROOT.length))
    hash.update(existsSync(file) ? readFileSync(file) : '')
  }
  return hash.digest('hex').slice(0, 16)
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .sort()
}
