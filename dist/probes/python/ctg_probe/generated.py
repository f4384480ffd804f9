"""What the Python probe shares with the engine: the protocol version, the scenarios' traits, the
words of the facts and the default executor.

Generated from src/probes/protocol-version.ts, src/model/scenarios.ts (the one table of scenarios),
src/probes/fact-values.ts, src/model/cell.ts and src/config/defaults.ts by `npm run generate`
(scripts/generate/python-module.ts): change those, not this file.
__tests__/engine/scenario-table.test.ts fails when this file is not what they generate.

Python 3.8 syntax and standard library only.
"""

PROTOCOL = 1

# The executor a target runs when it names none (src/config/defaults.ts).
DEFAULT_EXECUTOR = "concurrent.futures:ThreadPoolExecutor"

# Every scenario, in the table's order (docs/protocol.md, "Scenarios").
SCENARIOS = ("running", "timed", "done", "cancel", "shutdown", "order", "raising", "killed", "failing", "timeout", "overload", "ending", "aio-pending", "aio-done", "aio-bridge", "aio-underlying", "aio-cancel", "aio-closing", "aio-portal")

# Each perturbation setting and its largest value (src/model/cell.ts, PERTURBATION_LIMITS).
PERTURBATION_LIMITS = {
    "switchIntervalUs": 1000000,
    "spinBeforeUs": 100000,
    "spinAfterUs": 100000,
    "spinTaskEndUs": 100000,
    "extraThreads": 64,
    "gatePollUs": 1000000,
    "oneCore": 1,
    "aimAtCompletion": 1,
}

# How the probe runs each scenario: the experiment it dispatches on (the probe has no other).
EXPERIMENT_OF = {
    "running": "held",
    "timed": "timed",
    "done": "done",
    "cancel": "cancel",
    "shutdown": "shutdown",
    "order": "held",
    "raising": "held",
    "killed": "kill",
    "failing": "fail",
    "timeout": "overtime",
    "overload": "overload",
    "ending": "end",
    "aio-pending": "aio-pending",
    "aio-done": "aio-done",
    "aio-bridge": "aio-bridge",
    "aio-underlying": "aio-underlying",
    "aio-cancel": "aio-cancel",
    "aio-closing": "aio-closing",
    "aio-portal": "aio-portal",
}

# Scenarios whose cells say how many callbacks each future gets (at least 2); the others get one.
SET_CALLBACKS_SCENARIOS = ("order", "raising")

# The facts an outcome carries after (registered, ranOn, inline, calls), by scenario.
EXTRA_FACTS = {
    "running": (),
    "timed": (),
    "done": (),
    "cancel": ("cancelled",),
    "shutdown": (),
    "order": ("order",),
    "raising": ("order", "role"),
    "killed": ("error",),
    "failing": ("error",),
    "timeout": ("error",),
    "overload": ("error", "call"),
    "ending": ("error", "call"),
    "aio-pending": (),
    "aio-done": (),
    "aio-bridge": (),
    "aio-underlying": (),
    "aio-cancel": ("cancelled",),
    "aio-closing": (),
    "aio-portal": (),
}

# Why the probe does not run each of these scenarios (its hello says so).
UNSUPPORTED = {
    "timeout": "a scenario for pools with a per-call time limit (worker-farm's maxCallTime); no Python pool the probe runs has one",
}

# The words of the facts (docs/protocol.md, "Outcomes"), each once.
REGISTERED_PENDING = "pending"
REGISTERED_RUNNING = "running"
REGISTERED_NOT_DONE = "not-done"
REGISTERED_DONE = "done"
REGISTERED_CANCELLED = "cancelled"
REGISTERED_WORDS = ("pending", "running", "not-done", "done", "cancelled")

RAN_ON_TASK_THREAD = "task-thread"
RAN_ON_CALLER_THREAD = "caller-thread"
RAN_ON_OTHER_THREAD = "other-thread"
RAN_ON_OTHER_PROCESS = "other-process"
RAN_ON_NEVER = "never"
RAN_ON_WORDS = ("task-thread", "caller-thread", "other-thread", "other-process", "never")

TASK_ON_CALLER_THREAD = "caller-thread"
TASK_ON_GREEN_THREAD = "green-thread"
TASK_ON_WORDS = ("caller-thread", "green-thread")

ORDER_IN_ORDER = "in-order"
ORDER_OUT_OF_ORDER = "out-of-order"
ORDER_WORDS = ("in-order", "out-of-order")

ROLE_RAISER = "raiser"
ROLE_AFTER_RAISER = "after-raiser"
ROLE_WORDS = ("raiser", "after-raiser")
