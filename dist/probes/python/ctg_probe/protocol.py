"""The Python probe's side of the protocol (docs/protocol.md): the cell message, the probe's
own failures as one-line causes, the executor's loading, the protocol stream.

Python 3.8 syntax and standard library only.
"""

import importlib
import json
import os
import sys

# The scenarios and the default executor, generated from the engine's.
from .generated import DEFAULT_EXECUTOR, EXPERIMENT_OF, EXTRA_FACTS, SCENARIOS, SET_CALLBACKS_SCENARIOS


def extra_fact_names(scenario):
    """The facts an outcome key carries after (registered, ranOn, inline, calls), by scenario:
    the one list the tally, the late path and the result message all read."""
    return EXTRA_FACTS[scenario]


# Thread names are report samples: cap them so a silly name cannot blow the 1 MiB line limit.
NAME_LIMIT = 200


class BadCell(Exception):
    pass


class ProbeFailure(BadCell):
    """The probe's own machinery failed (its task raised, its gate could not reach the task, its
    blockers did not run): the cell is an error naming the cause, and no rule is graded on it."""


def task_failure(role, exc, sync):
    text = one_line(exc)
    if "pickl" in text.lower() or isinstance(exc, TypeError) and "pickle" in str(exc):
        return ("the pool could not pickle the probe's %s task or its %s gate: %s"
                % (role, sync.kind, text))
    return "the probe's %s task failed in the pool: %s" % (role, text)


class Skip(Exception):
    pass


def one_line(exc):
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return "%s: %s" % (name, text) if text else name


def clip(name):
    if name is None or len(name) <= NAME_LIMIT:
        return name
    return name[:NAME_LIMIT] + "..."


class Cell:
    def __init__(self, message):
        self.id = message.get("id")
        self.scenario = message.get("scenario")
        if self.scenario not in SCENARIOS:
            raise BadCell("field 'scenario' must be one of %s, got %s"
                          % (", ".join(SCENARIOS), json.dumps(self.scenario)))
        # How the probe runs it: the table's `experiment` trait, the one thing dispatched on.
        self.experiment = EXPERIMENT_OF[self.scenario]
        self.workers = int(_number(message, "workers", None, 1, True))
        self.tasks = int(_number(message, "tasks", None, 0, True))
        self.callback_delay_s = _number(message, "callbackDelayMs", 0, 0, False) / 1000.0
        self.task_s = _number(message, "taskMs", 0, 0, False) / 1000.0
        self.repeat = int(_number(message, "repeat", 1, 1, True))
        self.timeout_s = _number(message, "timeoutMs", 30000, 0, False) / 1000.0
        if self.scenario in SET_CALLBACKS_SCENARIOS:
            self.callbacks = int(_number(message, "callbacks", 2, 2, True))
        elif self.experiment == "cancel":
            self.callbacks = 2  # one registered before cancel(), one after
        else:
            self.callbacks = 1


def _number(message, name, default, minimum, integer):
    value = message.get(name, default)
    if value is None:
        raise BadCell("field '%s' is missing" % name)
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value == value
    if ok and integer:
        ok = value == int(value)
        value = int(value) if ok else value
    if not ok or value < minimum:
        kind = "an integer" if integer else "a number"
        raise BadCell("field '%s' must be %s >= %s, got %s" % (name, kind, minimum, json.dumps(value)))
    return value


def claim_stdout():
    """Keeps the real stdout for protocol lines and points everything else at stderr.

    Done at the file-descriptor level so that prints from the executor under test, C extensions
    and child processes cannot corrupt the protocol stream either.
    """
    sys.stdout.flush()
    protocol_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(protocol_fd, "wb")


def load_executor(spec):
    """Returns (factory, None) or (None, one-line reason)."""
    module_name, sep, attr_path = spec.partition(":")
    if not sep or not module_name or not attr_path:
        return None, "executor '%s' is not of the form module:attr" % spec
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        return None, "module '%s' cannot be imported: %s" % (module_name, " ".join(str(exc).split()))
    except (Exception, SystemExit) as exc:
        return None, "module '%s' cannot be imported: %s" % (module_name, one_line(exc))
    target = module
    for part in attr_path.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            return None, "module '%s' has no attribute '%s'" % (module_name, attr_path)
        except Exception as exc:
            return None, "'%s' cannot be read: %s" % (spec, one_line(exc))
    if not callable(target):
        return None, "'%s' is not callable (it is a %s)" % (spec, type(target).__name__)
    return target, None


def parse_args(argv):
    spec = DEFAULT_EXECUTOR
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--executor" and i + 1 < len(argv):
            spec = argv[i + 1]
            i += 2
        elif arg.startswith("--executor="):
            spec = arg[len("--executor="):]
            i += 1
        else:
            return None, "unknown argument '%s' (usage: probe.py [--executor module:attr])" % arg
    return spec, None
