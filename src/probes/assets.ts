/**
 * Where the files shipped beside the code are (the Python probe, the Node probe bundle). Both
 * launchers import it; it imports neither, so no import runs in a circle.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Finds a file shipped beside the code, from src/ (tests) or from dist/ and dist/chunks/ (bundle). */
export function assetPath(relative: string): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [
    join(here, relative),
    join(here, 'probes', relative),
    join(here, '..', 'probes', relative)
  ]
  const found = candidates.find(existsSync)
  if (found === undefined) throw new Error(`cannot find ${relative} beside ${here}`)
  return found
}
