// Copies the files the bundle runs but cannot inline: the Python probe and the built-in contracts;
// and the pool registry, which the published declarations read the pools' names from.
import { cpSync, mkdirSync, readdirSync } from 'node:fs'

mkdirSync('dist/probes/python', { recursive: true })
for (const file of readdirSync('src/probes/python').filter(f => f.endsWith('.py'))) {
  cpSync(`src/probes/python/${file}`, `dist/probes/python/${file}`)
}

mkdirSync('dist/types/probes/node/pools', { recursive: true })
cpSync('src/probes/node/pools/registry.json', 'dist/types/probes/node/pools/registry.json')
