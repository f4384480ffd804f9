// Copies the files the bundle runs but cannot inline: the Python probe and the built-in contracts.
import { cpSync, mkdirSync, readdirSync } from 'node:fs'

mkdirSync('dist/probes/python', { recursive: true })
for (const file of readdirSync('src/probes/python').filter(f => f.endsWith('.py'))) {
  cpSync(`src/probes/python/${file}`, `dist/probes/python/${file}`)
}
