/**
 * How each kind of target is started as a probe process. No input reaches a shell: a `command`
 * target is split into arguments here and run directly.
 */
import { delimiter, resolve } from 'node:path'
import { parse as parseArgs } from 'shell-quote'
import { InputError, quote } from '../errors.js'
import type { Target } from '../model/target.js'
import { assetPath } from './assets.js'
import { nodePoolLaunch } from './node/launch.js'
import type { LaunchSpec } from './session.js'

export function launchSpec(target: Target, commandField = 'command'): LaunchSpec {
  switch (target.kind) {
    case 'python':
      return {
        command: target.python,
        args: [
          '-u',
          assetPath('python/probe.py'),
          '--executor',
          target.executor,
          ...(target.asyncio === undefined ? [] : ['--asyncio']),
          ...(target.asyncio?.loop === undefined ? [] : ['--loop', target.asyncio.loop]),
          ...(target.asyncio?.portal === undefined ? [] : ['--portal', target.asyncio.portal])
        ],
        env: {
          CTG_PYTHON_PATH: target.pythonPath.map(p => resolve(p)).join(delimiter),
          PYTHONDONTWRITEBYTECODE: '1',
          PYTHONIOENCODING: 'utf-8',
          ...(target.control === undefined
            ? {}
            : {
                CTG_CONTROL_EXECUTOR: target.control.executor,
                CTG_CONTROL_ONE_IN: String(target.control.oneIn)
              })
        },
        describe: `${target.python} (${target.asyncio === undefined ? target.executor : `asyncio, ${target.asyncio.loop ?? 'its own loop'}`})`
      }
    case 'command': {
      // shell-quote closes an unterminated quote silently: a user who left one open meant
      // something else than what would run.
      const open = openQuote(target.command)
      if (open !== undefined)
        throw new InputError(commandField, `${quote(target.command)} has an unbalanced ${open}`)
      // Keep $NAME literal: the command is never given to a shell, so nothing expands.
      const words = parseArgs(target.command, name => `$${name}`)
      const args = words.filter((w): w is string => typeof w === 'string')
      if (args.length !== words.length || args.length === 0) {
        throw new InputError(
          commandField,
          `${quote(target.command)} must be a program and its arguments, without shell operators`
        )
      }
      return { command: args[0] as string, args: args.slice(1), describe: target.command }
    }
    case 'pool':
      return nodePoolLaunch(target)
  }
}

/** The quote a command leaves open, read as a POSIX shell reads quotes; undefined when all close. */
function openQuote(command: string): string | undefined {
  let inside: "'" | '"' | undefined
  for (let i = 0; i < command.length; i++) {
    const c = command[i]
    if (inside === "'") {
      if (c === "'") inside = undefined
    } else if (c === '\\') {
      i++ // escapes the next character, outside quotes and inside double quotes
    } else if (inside === '"') {
      if (c === '"') inside = undefined
    } else if (c === "'" || c === '"') {
      inside = c
    }
  }
  if (inside === "'") return "single quote (')"
  if (inside === '"') return 'double quote (")'
  return undefined
}
