// Copies the files the bundle runs but cannot inline: the Python probe (its entry file, its
// package and the reproducer's template; Python sources only, no __pycache__) and the built-in
// contracts; and the pool registry, which the published declarations read the pools' names from.
import { cpSync, mkdirSync } from 'node:fs'

mkdirSync('dist/probes', { recursive: true })
cpSync('src/probes/python', 'dist/probes/python', {
  recursive: true,
  filter: source => !source.includes('__pycache__') && !source.endsWith('.pyc')
})

mkdirSync('dist/types/probes/node/pools', { recursive: true })
cpSync('src/model/pools.json', 'dist/types/model/pools.json')
