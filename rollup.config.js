// Bundles the action (dist/index.js), the CLI (dist/cli.js), their output workers
// (dist/action-outputs.js, dist/cli-outputs.js) and the test kit (dist/kit.js), and the Node probe
// with its pools (dist/probes/node/). The toolkit's CommonJS dependencies (undici, tunnel) need
// the commonjs plugin to be bundled as ESM.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import license from 'rollup-plugin-license'
import registry from './src/model/pools.json' with { type: 'json' }

// Harmless in dependencies: top-level `this`, circular imports, comments Rollup cannot place.
function onwarn(warning, warn) {
  const harmless = ['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION']
  if (harmless.includes(warning.code ?? '')) return
  warn(warning)
}

/**
 * The licences of every third-party package bundled into a folder of dist/, written next to it
 * (rollup-plugin-license; check-dist compares them with the committed ones like any bundle file).
 * A licence outside the allowed permissive ones fails the bundle, so a new dependency's terms are
 * read before they ship.
 *
 * @param {string} file
 */
function thirdPartyLicences(file) {
  return license({
    thirdParty: {
      includePrivate: false,
      allow: {
        test: '(MIT OR ISC OR Apache-2.0 OR BSD-2-Clause OR BSD-3-Clause OR 0BSD OR BlueOak-1.0.0)',
        failOnUnlicensed: true,
        failOnViolation: true
      },
      output: { file, encoding: 'utf-8' }
    }
  })
}

/** @type {import("rollup").RollupOptions} */
const main = {
  input: {
    index: 'src/index.ts',
    // The worker thread that renders and writes the action's outputs (src/sinks/offload.ts).
    'action-outputs': 'src/action/outputs-worker.ts',
    cli: 'src/cli.ts',
    'cli-outputs': 'src/cli/outputs-worker.ts',
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
    json(),
    thirdPartyLicences('dist/licenses.txt')
  ],
  onwarn
}

/**
 * The Node probe: a separate program (node probe.js --pool NAME), run without node_modules, so the
 * pools are bundled in, and so are the scripts their workers load by path, which the pool registry
 * lists (src/model/pools.json, `bundle`): piscina starts `worker.js` beside its own
 * code, worker-farm forks `child/index.js` beside its own code, and workerpool loads our
 * `workerpool-worker.js`. CommonJS, because that is what those scripts are
 * and how they find each other (__dirname, require.resolve); a package.json in the folder says so
 * wherever the folder is copied.
 *
 * @param {string} dir
 * @returns {import("rollup").RollupOptions}
 */
function nodeProbe(dir) {
  return {
    input: {
      probe: 'src/probes/node/probe.ts',
      task: 'src/probes/node/task.ts',
      ...Object.fromEntries(
        Object.values(registry.pools).flatMap(pool => Object.entries(pool.bundle))
      )
    },
    output: {
      dir,
      format: 'cjs',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name].js',
      exports: 'named',
      sourcemap: false
    },
    plugins: [
      typescript({ tsconfig: 'tsconfig.build.json', outDir: dir }),
      nodeResolve({ preferBuiltins: true }),
      // piscina's worker loads the task module with a computed require(), and its optional
      // native helper (@napi-rs/nice, for niceIncrement, which the probe never sets) lazily:
      // leave both to Node at run time.
      commonjs({ ignoreDynamicRequires: true, ignore: ['@napi-rs/nice'] }),
      json(),
      thirdPartyLicences(`${dir}/licenses.txt`),
      {
        name: 'commonjs-folder',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'package.json',
            source: '{ "type": "commonjs" }\n'
          })
        }
      }
    ],
    onwarn
  }
}

export default [main, nodeProbe('dist/probes/node')]
