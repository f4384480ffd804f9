// Node module hooks that run the project's TypeScript as it is, for the scripts that need its
// definitions (npm run generate) without Jest: a `.js` import that names a `.ts` source resolves
// to it, and a `.ts` file is transpiled by the TypeScript compiler already in devDependencies
// (types erased only; `npm run typecheck` checks them). Registered by scripts/generate.mjs.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export async function resolve(specifier, context, nextResolve) {
  const fromTs = context.parentURL?.endsWith('.ts') === true
  if (fromTs && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const source = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL)
    if (
      existsSync(fileURLToPath(source)) &&
      !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))
    )
      return { url: source.href, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context)
  const path = fileURLToPath(url)
  const output = ts.transpileModule(readFileSync(path, 'utf8'), {
    fileName: path,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      isolatedModules: true
    }
  })
  return { format: 'module', source: output.outputText, shortCircuit: true }
}
