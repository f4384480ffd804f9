// Releases vX.Y.Z in two halves. Here, on a maintainer's clean checkout of main: checks the tree is
// clean, the tag is new, CHANGELOG.md has the version and dist/ equals a fresh bundle of src/;
// bumps package.json, commits, tags vX.Y.Z and runs `npm publish --dry-run`. Pushing the tag starts
// .github/workflows/release.yml, which runs this script again with --verify, then publishes to npm
// with provenance (OIDC, no token), attests dist/index.js and the tarball, creates the GitHub
// release and moves the major tag vX (a plain tag, never a release, so immutable releases allow it).
//   npm run release -- 1.2.3 [--dry-run]      # the maintainer's half
//   node scripts/release.mjs --verify v1.2.3 [--notes FILE]
//                                             # the workflow's checks on the tagged commit; writes
//                                             # the CHANGELOG section to FILE (the release notes)
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const args = process.argv.slice(2)

function fail(message, code = 1) {
  console.error(`release: ${message}`)
  process.exit(code)
}

function git(...gitArgs) {
  return execFileSync('git', gitArgs, { encoding: 'utf8' }).trim()
}

/** The value after a flag, or undefined; a flag without one is a usage error. */
function valueOf(flag) {
  const at = args.indexOf(flag)
  if (at < 0) return undefined
  const value = args[at + 1]
  if (value === undefined || value.startsWith('--')) fail(`${flag}: expected a value`, 2)
  args.splice(at, 2)
  return value
}

/** CHANGELOG.md's "## X.Y.Z" section, without its heading, or undefined. */
function changelogSection(version) {
  const lines = readFileSync('CHANGELOG.md', 'utf8').split('\n')
  const heading = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) return undefined
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line))
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
}

function checkDist() {
  // dist/ is what `uses:` runs: it must be the bundle of this commit's src/.
  console.log('checking dist/ against a fresh bundle (npm run check-dist)...')
  const check = spawnSync('npm', ['run', '-s', 'check-dist'], { stdio: 'inherit' })
  if (check.status !== 0)
    fail('dist/ is not the bundle of src/: run npm run bundle and commit dist/')
}

const verifyTag = valueOf('--verify')
const notesFile = valueOf('--notes')
const dryRun = args.includes('--dry-run')
const versions = args.filter(a => a !== '--dry-run')

if (verifyTag !== undefined) {
  // The workflow's half: the pushed tag names the version package.json and CHANGELOG.md have.
  if (!/^v\d+\.\d+\.\d+$/.test(verifyTag))
    fail(`--verify: expected a tag vX.Y.Z, got "${verifyTag}"`, 2)
  const version = verifyTag.slice(1)
  const current = JSON.parse(readFileSync('package.json', 'utf8')).version
  if (current !== version) fail(`tag ${verifyTag} but package.json is at ${current}`)
  const notes = changelogSection(version)
  if (notes === undefined) fail(`CHANGELOG.md has no "## ${version}" section`)
  if (notes === '') fail(`CHANGELOG.md's "## ${version}" section is empty`)
  checkDist()
  if (notesFile !== undefined) writeFileSync(notesFile, `${notes}\n`)
  console.log(`verified ${verifyTag}: package.json, CHANGELOG.md and dist/ agree`)
  process.exit(0)
}

if (versions.length !== 1 || !/^\d+\.\d+\.\d+$/.test(versions[0]))
  fail(`version: expected one X.Y.Z (such as 1.0.0), got "${versions.join(' ')}"`, 2)
const version = versions[0]
const tag = `v${version}`

/** Runs a step, or with --dry-run says what it would run. */
function step(description, command, commandArgs) {
  if (dryRun) {
    console.log(`would ${description}: ${command} ${commandArgs.join(' ')}`)
    return
  }
  console.log(`${description}: ${command} ${commandArgs.join(' ')}`)
  execFileSync(command, commandArgs, { stdio: 'inherit' })
}

const dirty = git('status', '--porcelain')
if (dirty !== '') fail(`the working tree is not clean: commit or stash first\n${dirty}`)
if (spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`]).status === 0)
  fail(`tag ${tag} exists already`)
const current = JSON.parse(readFileSync('package.json', 'utf8')).version
if (current === version) fail(`package.json is at ${version} already`)
if (changelogSection(version) === undefined) fail(`CHANGELOG.md has no "## ${version}" section`)
console.log(
  `checked: clean tree, no tag ${tag} yet, CHANGELOG.md has ${version} (package.json ${current})`
)
checkDist()

step(`set the version to ${version}`, 'npm', ['version', version, '--no-git-tag-version'])
step('commit it', 'git', ['commit', '-am', `Release ${tag}`])
step(`tag ${tag}`, 'git', ['tag', '-a', tag, '-m', `callback-thread-guard ${tag}`])

console.log(`npm publish --dry-run (package.json at ${dryRun ? current : version}):`)
const publish = spawnSync('npm', ['publish', '--dry-run'], { stdio: 'inherit' })
if (publish.status !== 0) fail('npm publish --dry-run failed')

console.log(
  `${dryRun ? 'dry run: nothing changed. Then' : 'Done. Now'} push: git push origin HEAD ${tag} ` +
    '(the release workflow publishes, attests, creates the release and moves the major tag)'
)
