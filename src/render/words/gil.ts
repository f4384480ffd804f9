/**
 * The words every sink uses for the GIL record (probes' `runtime.gil`) and its warnings
 * (report/gil.ts). Plain words: each sink escapes them for itself.
 */
import type { Gil, Runtime } from '../../probes/protocol.js'

/** The version as people write it: "3.14.0t" for a free-threaded build. */
export function runtimeVersion(r: Runtime): string {
  return r.gil?.build === 'free-threaded' ? `${r.version}t` : r.version
}

function state(on: boolean | null | undefined): string {
  return on === true ? 'on' : on === false ? 'off' : 'not seen'
}

/** "GIL: default build (always on)" or "GIL: free-threaded build; off before import, on after ...". */
export function gilWords(gil: Gil): string {
  if (gil.build === 'default' && gil.observedWith === 'build')
    return 'GIL: default build (it always holds the GIL)'
  const end = gil.atEnd === undefined ? '' : `, ${state(gil.atEnd)} at the end`
  return `GIL: ${gil.build} build; ${state(gil.beforeImport)} before the executor's import, ${state(gil.afterImport)} after it${end}`
}
