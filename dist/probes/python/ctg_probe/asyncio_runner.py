"""asyncio targets in the Python probe (issue 22; docs/executors.md, "asyncio"): done callbacks of
asyncio futures, of the bridges between a loop and an executor (run_in_executor, wrap_future),
of a loop that is closing, and of a portal that runs coroutines on a loop thread for other threads
(run_coroutine_threadsafe, anyio's blocking portal).

It makes each scenario's event happen on a loop made by the target's loop factory and observes,
for every callback, how many times it ran, on which thread (the thread that added it, the thread
that ran the task, another) and whether inside add_done_callback. It never grades
(src/grading/contracts/asyncio.ts does), and every wait is bounded by the cell's timeoutMs.

Python 3.8 syntax and standard library only.
"""

import os
import time
import traceback

from .asyncio_experiments import ASYNCIO_EXPERIMENTS, AsyncioExperiments, Callbacks
from .generated import EXPERIMENT_OF, RAN_ON_NEVER
from .identity import get_ident, where_ran
from .protocol import SCENARIOS, BadCell, ProbeFailure, Skip, clip, extra_fact_names, one_line
from .tally import outcomes_of


def split_asyncio_args(argv):
    """Takes --asyncio, --loop module:attr and --portal module:attr out of the probe's arguments:
    (the other arguments, None for an executor target or {"loop": spec, "portal": spec})."""
    rest, options = [], None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--asyncio":
            options = options if options is not None else {}
            i += 1
        elif arg in ("--loop", "--portal") and i + 1 < len(argv):
            options = options if options is not None else {}
            options[arg[2:]] = argv[i + 1]
            i += 2
        else:
            rest.append(arg)
            i += 1
    return rest, options


def asyncio_support(asyncio_target, unsupported):
    """Adds why not to `unsupported` for each scenario the target's kind cannot take; returns it."""
    for scenario in SCENARIOS:
        if scenario in unsupported:
            continue
        ours = EXPERIMENT_OF[scenario] in ASYNCIO_EXPERIMENTS
        if asyncio_target and not ours:
            unsupported[scenario] = ("an asyncio target runs the asyncio scenarios only; point the"
                                     " guard at the executor itself for %s" % scenario)
        elif not asyncio_target and ours:
            unsupported[scenario] = "a scenario for asyncio targets (--asyncio)"
    return unsupported


class AsyncioRunner(AsyncioExperiments):
    """Runs the asyncio scenarios for the probe that owns it."""

    def __init__(self, probe, executor_factory, loop_factory, portal_factory):
        self._probe = probe
        self._executor_factory = executor_factory
        self._loop_factory = loop_factory
        self._portal_factory = portal_factory
        self._pid = os.getpid()
        self._driver = get_ident()

    def close(self):
        pass

    def run_cell(self, cell):
        start = time.monotonic()
        histogram = {}
        places = [0, 0]  # tasks of ours run on another thread, on the probe's driver thread
        try:
            method = ASYNCIO_EXPERIMENTS.get(cell.experiment)
            if method is None:
                raise Skip(asyncio_support(True, {})[cell.scenario])
            for _ in range(cell.repeat):
                calls = Callbacks(cell.tasks)
                try:
                    getattr(self, method)(cell, calls)
                except (Skip, BadCell, ProbeFailure):
                    raise
                except Exception as exc:
                    traceback.print_exc()
                    raise BadCell("%s scenario failed: %s" % (cell.scenario, one_line(exc)))
                self._tally(cell, calls, histogram)
                for task in calls.task:
                    if task is not None:
                        places[1 if task == self._driver else 0] += 1
        except Skip as exc:
            self._probe.send({"type": "skipped", "id": cell.id, "reason": str(exc)})
            return
        except (BadCell, ProbeFailure) as exc:
            self._probe.send({"type": "cell-error", "id": cell.id, "message": str(exc)})
            return
        outcomes = outcomes_of(histogram, extra_fact_names(cell.scenario))
        count = cell.tasks * cell.repeat
        self._probe.send({"type": "result", "id": cell.id, "outcomes": outcomes,
                          "stats": {"futures": count, "callbacks": count,
                                    "elapsedMs": round((time.monotonic() - start) * 1000.0, 1),
                                    "loggedExceptions": 0,
                                    "tasksOnWorkerThreads": places[0], "tasksInOtherProcesses": 0,
                                    "tasksOnCallerThread": places[1], "tasksNotRun": 0}})

    # -- tally ---------------------------------------------------------------------------------

    def _tally(self, cell, calls, histogram):
        extras = extra_fact_names(cell.scenario)
        for index, runs in enumerate(calls.runs):
            adder = calls.adder[index]
            task = calls.task[index]
            task_identity = (self._pid, task) if task is not None else None
            if runs:
                ident, _, name = runs[0]
                ran_on = where_ran(self._pid, ident, self._pid, adder, task_identity)
                inline = any(run[1] for run in runs)
            else:
                ran_on, inline, name = RAN_ON_NEVER, False, None
            values = {"cancelled": calls.cancelled[index]}
            key = (calls.registered[index], ran_on, inline, len(runs)) + tuple(values.get(e) for e in extras)
            entry = histogram.get(key)
            if entry is None:
                entry = histogram[key] = [0, []]
            entry[0] += 1
            if len(entry[1]) < 3:
                task_name, adder_name = calls.names[index]
                entry[1].append({"task": clip(task_name),
                                 "callback": clip(name) if name is not None else None,
                                 "caller": clip(adder_name)})
