// Releases vX.Y.Z: checks the tree is clean, CHANGELOG.md has the version and dist/ equals a fresh
// bundle of src/; bumps package.json, commits, tags vX.Y.Z, moves the major tag vX to it, and runs
// `npm publish --dry-run`. Pushing is left to the maintainer (the commands are printed).
// --dry-run checks everything and says what it would do, changing nothing.
//   npm run release -- 1.2.3 [--dry-run]
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const versions = args.filter(a => a !== '--dry-run')

function fail(message, code = 1) {
  console.error(`release: ${message}`)
  process.exit(code)
}

function git(...gitArgs) {
  return execFileSync('git', gitArgs, { encoding: 'utf8' }).trim()
}

/** Runs a step, or with --dry-run says what it would run. */
function step(description, command, commandArgs) {
  if (dryRun) {
    console.log(`would ${description}: ${command} ${commandArgs.join(' ')}`)
    return
  }
  console.log(`${description}: ${command} ${commandArgs.join(' ')}`)
  execFileSync(command, commandArgs, { stdio: 'inherit' })
}

if (versions.length !== 1 || !/^\d+\.\d+\.\d+$/.test(versions[0]))
  fail(`version: expected one X.Y.Z (such as 1.0.0), got "${versions.join(' ')}"`, 2)
const version = versions[0]
const tag = `v${version}`
const major = `v${version.split('.')[0]}`

const dirty = git('status', '--porcelain')
if (dirty !== '') fail(`the working tree is not clean: commit or stash first\n${dirty}`)
if (spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`]).status === 0)
  fail(`tag ${tag} exists already`)
const current = JSON.parse(readFileSync('package.json', 'utf8')).version
if (current === version) fail(`package.json is at ${version} already`)
if (
  !new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(
    readFileSync('CHANGELOG.md', 'utf8')
  )
)
  fail(`CHANGELOG.md has no "## ${version}" section`)
console.log(
  `checked: clean tree, no tag ${tag} yet, CHANGELOG.md has ${version} (package.json ${current})`
)

// dist/ is what `uses:` runs: it must be the bundle of this commit's src/.
console.log('checking dist/ against a fresh bundle (npm run check-dist)...')
const check = spawnSync('npm', ['run', '-s', 'check-dist'], { stdio: 'inherit' })
if (check.status !== 0) fail('dist/ is not the bundle of src/: run npm run bundle and commit dist/')

step(`set the version to ${version}`, 'npm', ['version', version, '--no-git-tag-version'])
step('commit it', 'git', ['commit', '-am', `Release ${tag}`])
step(`tag ${tag}`, 'git', ['tag', '-a', tag, '-m', `callback-thread-guard ${tag}`])
step(`move ${major} to ${tag}`, 'git', [
  'tag',
  '-fa',
  major,
  '-m',
  `callback-thread-guard ${major} (now ${tag})`
])

console.log(`npm publish --dry-run (package.json at ${dryRun ? current : version}):`)
const publish = spawnSync('npm', ['publish', '--dry-run'], { stdio: 'inherit' })
if (publish.status !== 0) fail('npm publish --dry-run failed')

console.log(
  `${dryRun ? 'dry run: nothing changed. Then' : 'Done. Now'} push: git push origin HEAD ${tag} && git push --force origin ${major} && npm publish`
)
