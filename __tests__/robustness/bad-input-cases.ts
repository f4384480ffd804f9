/**
 * Bad input through the CLI: every case is a row of docs/robustness.md (same id), and the test
 * checks exit code 2, one line naming the field and the problem, no stack, nothing written.
 */
const F = '__tests__/fixtures/bad-input'
const PY = '__tests__/fixtures/python'

export interface BadInputCase {
  id: string
  what: string
  /** `{out}` is a fresh empty folder; a case that names report paths gets no others added. */
  args: string[]
  message: RegExp
}

export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    id: 'B01',
    what: 'a word where a number belongs',
    args: ['--workers', 'four'],
    message: /^--workers: expected whole numbers separated by commas, got "four"$/
  },
  {
    id: 'B02',
    what: 'zero workers',
    args: ['--workers', '0'],
    message: /^--workers: must be at least 1$/
  },
  {
    id: 'B03',
    what: 'negative workers',
    args: ['--workers', '-2'],
    message: /^--workers: must be at least 1$/
  },
  {
    id: 'B04',
    what: 'absurd worker count',
    args: ['--workers', '100000'],
    message: /^--workers: must be at most 256$/
  },
  {
    id: 'B05',
    what: 'absurd task count',
    args: ['--tasks', '2000000'],
    message: /^--tasks: must be at most 1,000,000$/
  },
  {
    id: 'B06',
    what: 'an empty list',
    args: ['--tasks', ''],
    message: /^--tasks: expected a comma-separated list without empty items, got ""$/
  },
  {
    id: 'B07',
    what: 'an empty list item',
    args: ['--tasks', '4,,8'],
    message: /^--tasks: expected a comma-separated list without empty items, got "4,,8"$/
  },
  {
    id: 'B08',
    what: 'a fraction',
    args: ['--task-ms', '1.5'],
    message: /^--task-ms: expected whole numbers separated by commas, got "1\.5"$/
  },
  {
    id: 'B09',
    what: 'absurd callback delay',
    args: ['--callback-delay-ms', '700000'],
    message: /^--callback-delay-ms: must be at most 600,000$/
  },
  {
    id: 'B10',
    what: 'zero repetitions',
    args: ['--repeat', '0'],
    message: /^--repeat: must be at least 1$/
  },
  {
    id: 'B11',
    what: 'a word for repetitions',
    args: ['--repeat', 'abc'],
    message: /^--repeat: expected a whole number, got "abc"$/
  },
  {
    id: 'B12',
    what: 'one callback for order/raising',
    args: ['--callbacks', '1'],
    message: /^--callbacks: must be at least 2$/
  },
  {
    id: 'B13',
    what: 'a timeout too short to mean anything',
    args: ['--timeout-ms', '5'],
    message: /^--timeout-ms: must be at least 100$/
  },
  {
    id: 'B14',
    what: 'an unknown scenario',
    args: ['--scenarios', 'running,sideways'],
    message:
      /^--scenarios: unknown scenario "sideways"; expected one of running, timed, done, cancel, shutdown, order, raising, killed, failing, timeout, overload, ending, aio-pending, aio-done, aio-bridge, aio-underlying, aio-cancel, aio-closing, aio-portal$/
  },
  {
    id: 'B15',
    what: 'an empty scenario list',
    args: ['--scenarios', ''],
    message: /^--scenarios: expected a comma-separated list without empty items, got ""$/
  },
  {
    id: 'B16',
    what: 'an unknown contract',
    args: ['--contract', 'threadpool'],
    message: /^--contract: unknown contract "threadpool"; expected one of thread-pool, process-pool/
  },
  {
    id: 'B17',
    what: 'a contract file that does not exist',
    args: ['--contract', './no-such-contract.yml'],
    message: /^--contract: cannot read "\.\/no-such-contract\.yml": no such file$/
  },
  {
    id: 'B18',
    what: 'a malformed contract file',
    args: ['--contract', '__tests__/fixtures/contracts/malformed.yml'],
    message:
      /^__tests__\/fixtures\/contracts\/malformed\.yml: rules\[0\]\.source: source "b" is not in sources$/
  },
  {
    id: 'B19',
    what: 'an executor that is not module:attr',
    args: ['--executor', 'mymodule'],
    message:
      /^--executor: expected "module:attr", for example concurrent\.futures:ThreadPoolExecutor$/
  },
  {
    id: 'B20',
    what: 'an executor with two colons',
    args: ['--executor', 'a:b:c'],
    message: /^--executor: expected "module:attr"/
  },
  {
    id: 'B21',
    what: 'an executor module that does not exist',
    args: ['--executor', 'no_such_module:Pool'],
    message: /^--executor: .*no_such_module/
  },
  {
    id: 'B22',
    what: 'an executor attribute that does not exist',
    args: ['--executor', 'concurrent.futures:NoSuchPool'],
    message: /^--executor: .*NoSuchPool/
  },
  {
    id: 'B23',
    what: 'an executor attribute that is not callable',
    args: ['--executor', 'concurrent.futures:FIRST_COMPLETED'],
    message: /^--executor: .*not callable/
  },
  {
    id: 'B24',
    what: 'an executor module that raises on import',
    args: ['--executor', 'raises_on_import:Pool', '--python-path', PY],
    message: /^--executor: .*this module refuses to be imported/
  },
  {
    id: 'B25',
    what: 'an interpreter that does not exist',
    args: ['--python', 'python9.99'],
    message: /^--python: cannot run "python9\.99": no such program$/
  },
  {
    id: 'B26',
    what: 'an interpreter that is not Python',
    args: ['--python', '/bin/echo'],
    message:
      /^--python: "\/bin\/echo" did not start the probe \(.*\); is it a Python 3\.8\+ interpreter\?$/
  },
  {
    id: 'B27',
    what: 'an interpreter path that is not executable',
    args: ['--python', `${F}/not-executable.py`],
    message: /^--python: ".*not-executable\.py" did not start the probe \(.*EACCES.*\)/
  },
  {
    id: 'B28',
    what: 'an unknown Node pool',
    args: ['--pool', 'nosuchpool'],
    message: /^--pool: unknown pool "nosuchpool"; expected one of worker-farm, piscina, workerpool$/
  },
  {
    id: 'B29',
    what: 'a probe command with shell operators',
    args: ['--probe', 'node probe.js | tee log'],
    message:
      /^--probe: "node probe\.js \| tee log" must be a program and its arguments, without shell operators$/
  },
  {
    id: 'B30',
    what: 'an empty probe command',
    args: ['--probe', ''],
    message: /^--probe: must not be empty$/
  },
  {
    id: 'B31',
    what: 'an unknown flag',
    args: ['--frobnicate'],
    message: /^unknown option '--frobnicate'$/
  },
  {
    id: 'B32',
    what: 'a stray argument',
    args: ['running'],
    message: /^too many arguments\. Expected 0 arguments but got 1\.$/
  },
  {
    id: 'B33',
    what: 'a config file that does not exist',
    args: ['--config', `${F}/missing.yml`],
    message: /^--config: cannot read ".*missing\.yml": no such file$/
  },
  {
    id: 'B34',
    what: 'a config path that is a folder',
    args: ['--config', F],
    message: /^--config: cannot read ".*bad-input": is a folder$/
  },
  {
    id: 'B35',
    what: 'invalid YAML',
    args: ['--config', `${F}/invalid.yml`],
    message: /^.*invalid\.yml: not valid YAML or JSON: .* at line \d+, column \d+$/
  },
  {
    id: 'B36',
    what: 'a list at the top level',
    args: ['--config', `${F}/list.yml`],
    message: /^.*list\.yml: expected a mapping of options at the top level$/
  },
  {
    id: 'B37',
    what: 'an unknown key (closest key suggested)',
    args: ['--config', `${F}/typo.yml`],
    message: /^.*typo\.yml: repet: unknown key; did you mean "repeat"\?$/
  },
  {
    id: 'B38',
    what: 'an unknown matrix key',
    args: ['--config', `${F}/matrix-typo.yml`],
    message: /^.*matrix-typo\.yml: matrix\.wokers: unknown key; did you mean "workers"\?$/
  },
  {
    id: 'B39',
    what: 'an unknown target key',
    args: ['--config', `${F}/target-typo.yml`],
    message: /^.*target-typo\.yml: targets\[0\]\.exector: unknown key; did you mean "executor"\?$/
  },
  {
    id: 'B40',
    what: 'a string where a number belongs',
    args: ['--config', `${F}/wrong-type.yml`],
    message: /^.*wrong-type\.yml: repeat: expected a number$/
  },
  {
    id: 'B41',
    what: 'an empty list in the file',
    args: ['--config', `${F}/empty-list.yml`],
    message: /^.*empty-list\.yml: matrix\.tasks: must not be empty$/
  },
  {
    id: 'B42',
    what: 'a target of two kinds',
    args: ['--config', `${F}/two-kinds.yml`],
    message:
      /^.*two-kinds\.yml: targets\[0\]: choose one of python\/executor, command, not several$/
  },
  {
    id: 'B43',
    what: 'a matrix of too many cells',
    args: ['--config', `${F}/too-many-cells.yml`],
    message: /^matrix: expands to 121,200 cells; at most 10,000$/
  },
  {
    id: 'B44',
    what: 'a duplicate key',
    args: ['--config', `${F}/duplicate-key.yml`],
    message: /^.*duplicate-key\.yml: not valid YAML or JSON: Map keys must be unique/
  },
  {
    id: 'B45',
    what: 'an experiment without a scenario',
    args: ['--config', `${F}/missing-scenario.yml`],
    message: /^.*missing-scenario\.yml: experiments\[0\]\.scenario: is required$/
  },
  {
    id: 'B46',
    what: 'an empty target list',
    args: ['--config', `${F}/no-targets.yml`],
    message: /^.*no-targets\.yml: targets: must not be empty$/
  },
  {
    id: 'B47',
    what: 'JSON that is not closed',
    args: ['--config', `${F}/unclosed.json`],
    message: /^.*unclosed\.json: not valid YAML or JSON: /
  },
  {
    id: 'B48',
    what: 'a target name that is too long',
    args: ['--config', `${F}/long-name.yml`],
    message: /^.*long-name\.yml: targets\[0\]\.name: must be at most 80 characters$/
  },
  {
    id: 'B49',
    what: 'a timeout too short in the file',
    args: ['--config', `${F}/small-timeout.yml`],
    message: /^.*small-timeout\.yml: timeoutMs: must be at least 100$/
  },
  {
    id: 'B50',
    what: 'a negative delay in an experiment',
    args: ['--config', `${F}/negative-delay.yml`],
    message: /^.*negative-delay\.yml: experiments\[0\]\.callbackDelayMs: must be at least 0$/
  },
  {
    id: 'B51',
    what: 'an empty item in the Python path',
    args: ['--python-path', 'a,,b'],
    message: /^--python-path: expected a comma-separated list without empty items, got "a,,b"$/
  },
  {
    id: 'B52',
    what: 'a report path that is a folder',
    args: ['--json', '{out}'],
    message: /^--json: ".*" is a folder, not a file$/
  },
  {
    id: 'B53',
    what: 'two reports on one path',
    args: ['--json', '{out}/report.txt', '--markdown', '{out}/report.txt'],
    message: /^--markdown: ".*report\.txt" is also the json report$/
  },
  {
    id: 'B54',
    what: 'a report path under a file',
    args: ['--junit', 'package.json/report.xml'],
    message: /^--junit: cannot create "package\.json\/report\.xml": .*package\.json is a file$/
  },
  {
    id: 'B55',
    what: 'an unknown contract for a target of a config file',
    args: ['--config', `${F}/unknown-contract.yml`],
    message:
      /^contract \(target "python3 ThreadPoolExecutor"\): unknown contract "threadpool"; expected one of thread-pool, process-pool, event-loop, multiprocessing-pool, asyncio or a contract file$/
  },
  {
    id: 'B56',
    what: 'a budget that is not a duration',
    args: ['--budget', 'soon'],
    message:
      /^--budget: expected a duration such as 90s, 2m, 1h or a number of seconds, got "soon"$/
  },
  {
    id: 'B57',
    what: 'a budget of no time',
    args: ['--budget', '0s'],
    message: /^--budget: must be at least 1 s$/
  },
  {
    id: 'B58',
    what: 'a budget that is not a duration, in the file',
    args: ['--config', `${F}/long-budget.yml`],
    message:
      /^.*long-budget\.yml: budget: expected a duration such as 90s, 2m, 1h or a number of seconds, got "3 days"$/
  },
  {
    id: 'B59',
    what: 'a budget longer than a day',
    args: ['--budget', '25h'],
    message: /^--budget: must be at most 86,400 s \(a day\)$/
  },
  {
    id: 'B60',
    what: 'a probe command with an unterminated quote',
    args: ['--probe', `node probe.js "two words`],
    message: /^--probe: "node probe\.js \\"two words" has an unbalanced double quote \("\)$/
  },
  {
    id: 'B61',
    what: 'a probe command with an unterminated single quote after an escaped one',
    args: ['--probe', `node probe.js \\' 'it`],
    message: /^--probe: .* has an unbalanced single quote \('\)$/
  },
  {
    id: 'B62',
    what: 'a misspelt worker-farm option',
    args: ['--pool', 'worker-farm', '--pool-options', 'maxCalltime=2000'],
    message: /^--pool-options: unknown key; did you mean "maxCallTime"\?$/
  },
  {
    id: 'B63',
    what: 'pool options for a pool other than worker-farm',
    args: ['--pool', 'piscina', '--pool-options', 'maxRetries=1'],
    message: /^--pool-options: only a worker-farm target \(pool: worker-farm\) takes pool options$/
  }
]
