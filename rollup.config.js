// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the test kit (dist/kit.js).
// The toolkit's CommonJS dependencies (undici, tunnel) need the commonjs plugin to be bundled as ESM.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

/** @type {import("rollup").RollupOptions} */
const config = {
  input: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    kit: 'src/kit.ts'
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    sourcemap: false
  },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json' }),
    nodeResolve({ preferBuiltins: true }),
    commonjs(),
    json()
  ],
  onwarn(warning, warn) {
    // Harmless in dependencies: top-level `this`, circular imports, comments Rollup cannot place.
    const harmless = ['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION']
    if (harmless.includes(warning.code ?? '')) return
    warn(warning)
  }
}

export default config
