// The tests run real software from Debian's packages: a python3 (3.8+) for the probe, the
// third-party executors it is tested against (run with Debian's own python3, the interpreter
// those packages install into), and Chromium with cmark-gfm to render the comment as GitHub does.
// Installs what is missing with apt-get when run as root; otherwise stops at once with one line
// naming the missing packages and the two ways to get them (the dev container, or apt-get).
// CTG_DEBIAN_PYTHON names Debian's own python3 where it is not /usr/bin/python3 (the test of this
// script points it at a stand-in).
import { execFileSync, spawnSync } from 'node:child_process'

/** python3's version, kept from its row's check: starting python3 can cost a second (a shim). */
let python3Version
// One row per need: the Debian package and how to tell that it is there.
const NEEDS = [
  { pkg: 'python3', present: () => (python3Version = pythonVersion('python3')) !== undefined },
  { pkg: 'python3-gevent', present: () => debianPythonHas('gevent') },
  { pkg: 'python3-joblib', present: () => debianPythonHas('joblib') },
  { pkg: 'python3-pebble', present: () => debianPythonHas('pebble') },
  { pkg: 'python3-anyio', present: () => debianPythonHas('anyio') },
  { pkg: 'chromium', present: () => runs('chromium', ['--version']) },
  { pkg: 'cmark-gfm', present: () => runs('cmark-gfm', ['--version']) },
  // The report's verdict symbols are emoji: without the font Chromium draws empty boxes, and
  // measures widths that GitHub's readers never see.
  { pkg: 'fonts-noto-color-emoji', present: () => fontInstalled('Noto Color Emoji') },
  // GitHub's stylesheet asks for Helvetica or Arial on Linux; Liberation Sans has Arial's metrics.
  // Without it Chromium falls back to DejaVu Sans, some 12% wider, and tables that fit on
  // GitHub overflow the measured box (Debian's chromium no longer brings it along).
  { pkg: 'fonts-liberation2', present: () => fontInstalled('Liberation Sans') }
]

function runs(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0
}

function fontInstalled(family) {
  const r = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.includes(family)
}

function pythonVersion(python) {
  const r = spawnSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8'
  })
  return r.status === 0 ? r.stdout.trim() : undefined
}

function debianPythonHas(module) {
  return runs(process.env.CTG_DEBIAN_PYTHON ?? '/usr/bin/python3', ['-c', `import ${module}`])
}

let missing = NEEDS.filter(n => !n.present()).map(n => n.pkg)
if (
  missing.length > 0 &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version']).status === 0
) {
  console.error(`installing with apt-get: ${missing.join(' ')}`)
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
  missing = NEEDS.filter(n => !n.present()).map(n => n.pkg)
}
if (missing.length > 0) {
  console.error(
    `The tests need Debian's ${missing.join(', ')}: open the dev container ` +
      `(.devcontainer/devcontainer.json, CI's image), or run ` +
      `sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`
  )
  process.exit(1)
}
const [major, minor] = python3Version.split('.').map(Number)
if (major < 3 || (major === 3 && minor < 8)) {
  console.error(`The tests need python3 3.8 or newer; found ${major}.${minor}.`)
  process.exit(1)
}
