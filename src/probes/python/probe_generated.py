"""What the Python probe shares with the engine: the protocol version and the scenarios' traits.

Generated from src/probes/protocol-version.ts and src/scenarios.ts (the one table of scenarios) by
`npm run generate`: change those, not this file. __tests__/engine/scenario-table.test.ts fails when
this file is not what they generate.

Python 3.8 syntax and standard library only.
"""

PROTOCOL = 1

# Every scenario, in the table's order (docs/protocol.md, "Scenarios").
SCENARIOS = ("running", "timed", "done", "cancel", "shutdown", "order", "raising", "killed", "failing", "timeout", "overload", "ending")

# Scenarios whose tasks are held on a gate until all their callbacks are registered.
HELD_SCENARIOS = ("running", "order", "raising")

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
}

# Why the probe does not run each of these scenarios (its hello says so).
UNSUPPORTED = {
    "timeout": "a scenario for pools with a per-call time limit (worker-farm's maxCallTime); no Python pool the probe runs has one",
}
