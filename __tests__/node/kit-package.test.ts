/**
 * The kit as a pool author gets it: `npm pack` of this repository, the tarball installed into a
 * fresh temporary project beside piscina and Jest's globals (from the local npm cache when it has
 * them), and the README's kit example run there by Jest, against the adapter docs/adapter.md
 * shows, then type-checked against the types the package ships. Also: what the tarball holds and
 * leaves out. The Jest that runs it is this repository's (installing its runner again took longer
 * than the rest of the file): the example finds the package, and all it needs, in the project.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let project = ''
let tarball = ''

/** The first fenced block of `lang` after `after` in a Markdown file of this repository. */
function readExample(file: string, after: string, lang: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const from = text.indexOf(after)
  if (from < 0) throw new Error(`${file} no longer says "${after}"`)
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text.slice(from))
  if (!block) throw new Error(`${file} has no ${lang} block after "${after}"`)
  return block[1]!
}

function runIn(cwd: string, command: string, args: string[], env = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 240_000
  })
}

function explain(r: SpawnSyncReturns<string>): string {
  return `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'ctg-kit-project-'))
  const pack = runIn(ROOT, NPM, ['pack', '--json', '--pack-destination', project])
  if (pack.status !== 0) throw new Error(`npm pack failed: ${explain(pack)}`)
  tarball = join(project, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename)
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'my-pool', version: '1.0.0', private: true, type: 'module' })
  )
  const install = runIn(project, NPM, [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--save-dev',
    tarball,
    '@jest/globals@30',
    'piscina@5'
  ])
  if (install.status !== 0)
    throw new Error(`npm install into ${project} failed: ${explain(install)}`)
}, 300_000)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the kit as an npm package', () => {
  it('ships the kit, its types, the probes, the licences, the example adapters and CHANGELOG, without the Action bundle, tests or fixtures', () => {
    const list = runIn(project, 'tar', ['-tzf', tarball])
    expect(list.status).toBe(0)
    const files = list.stdout.split('\n').filter(Boolean)
    expect(files).toEqual(
      expect.arrayContaining([
        'package/dist/kit.js',
        'package/dist/types/kit.d.ts',
        'package/dist/cli.js',
        // The CLI's output worker (src/sinks/offload.ts).
        'package/dist/cli-outputs.js',
        'package/dist/probes/python/probe.py',
        'package/dist/probes/python/ctg_probe/__init__.py',
        'package/dist/probes/python/ctg_probe/serve.py',
        'package/dist/probes/python/ctg_probe/generated.py',
        'package/dist/probes/node/probe.js',
        // The licences of what the bundles hold (rollup-plugin-license writes them beside each).
        'package/dist/licenses.txt',
        'package/dist/probes/node/licenses.txt',
        'package/LICENSE',
        'package/CHANGELOG.md',
        // The adapters docs/adapter.md points to, for an npm user without the repository.
        'package/examples/adapters/poolifier/adapter.mjs',
        'package/examples/adapters/threads/adapter.mjs'
      ])
    )
    expect(files).not.toContain('package/dist/index.js')
    expect(files).not.toContain('package/dist/action-outputs.js')
    expect(files.filter(f => f.includes('__pycache__') || f.endsWith('.pyc'))).toEqual([])
    expect(
      files.filter(f =>
        /^package\/(src|__tests__|bench|docs|scripts)\/|^package\/examples\/(?!adapters\/)|fixtures|\.test\./.test(
          f
        )
      )
    ).toEqual([])
  })

  it("runs the README's kit example with Jest in a fresh project, against docs/adapter.md's adapter", () => {
    writeFileSync(
      join(project, 'my-pool-adapter.mjs'),
      readExample('docs/adapter.md', '## An adapter', 'js')
    )
    // The example has no type annotations, so it is also JavaScript: Jest runs it as written.
    const example = readExample('README.md', 'A pool author puts the same checks', 'ts')
    writeFileSync(join(project, 'my-pool.test.mjs'), example)
    // Jest provides '@jest/globals' to the test itself; the rest resolves from the project.
    const jest = runIn(
      project,
      process.execPath,
      [
        join(ROOT, 'node_modules/jest/bin/jest.js'),
        '--ci',
        '--rootDir',
        project,
        'my-pool.test.mjs'
      ],
      {
        NODE_OPTIONS: '--experimental-vm-modules --no-warnings'
      }
    )
    expect(explain(jest)).toMatch(/Tests: +1 passed, 1 total/)
    expect(jest.status).toBe(0)
  })

  it("type-checks the README's kit example against the types the package ships", () => {
    const example = readExample('README.md', 'A pool author puts the same checks', 'ts')
    writeFileSync(join(project, 'my-pool.test.ts'), example)
    const tsc = runIn(project, process.execPath, [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      'my-pool.test.ts'
    ])
    expect(explain(tsc)).toBe(explain({ ...tsc, stdout: '', stderr: '' }))
    expect(tsc.status).toBe(0)
  })
})
