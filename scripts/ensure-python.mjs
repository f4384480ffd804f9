// The tests run a real Python probe: make sure python3 (3.8+) is there, installing Debian's if not.
import { execFileSync, spawnSync } from 'node:child_process'

function pythonVersion() {
  const r = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8'
  })
  return r.status === 0 ? r.stdout.trim() : undefined
}

let version = pythonVersion()
if (
  version === undefined &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version']).status === 0
) {
  console.error('python3 not found: installing it with apt-get')
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3'], {
    stdio: 'inherit'
  })
  version = pythonVersion()
}
if (version === undefined) {
  console.error('The tests need python3 (3.8 or newer) on PATH; install it and run again.')
  process.exit(1)
}
const [major, minor] = version.split('.').map(Number)
if (major < 3 || (major === 3 && minor < 8)) {
  console.error(`The tests need python3 3.8 or newer; found ${version}.`)
  process.exit(1)
}
