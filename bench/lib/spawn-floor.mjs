// The start-up benchmark's floor: a Node process that does nothing but spawn its argument at once
// (the same stand-in interpreter the real runs spawn), and waits for it.
import { spawn } from 'node:child_process'

const [command, ...args] = process.argv.slice(2)
spawn(command, args, { stdio: 'ignore' }).on('exit', code => (process.exitCode = code ?? 1))
