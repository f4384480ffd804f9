"""What the probe sees of the GIL: the build (free-threaded or not) and whether the GIL is enabled
at a given moment. It only observes; the runner judges a free-threaded run whose GIL came back on.

Python 3.8 syntax and standard library only (sys._is_gil_enabled exists from 3.13).
"""

import sys
import sysconfig


def gil_build():
    """'free-threaded' when the interpreter was built with Py_GIL_DISABLED, else 'default'."""
    return "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "default"


def gil_enabled_now():
    """sys._is_gil_enabled() where it exists; None where it does not (resolved by the build)."""
    check = getattr(sys, "_is_gil_enabled", None)
    if check is None:
        return None
    try:
        return bool(check())
    except Exception:
        return None


def gil_state(seen):
    """A moment's state for the record: what sys._is_gil_enabled() said, else, on a default
    build, True (such a build always holds the GIL), else None (could not be observed)."""
    if seen is not None:
        return seen
    return True if gil_build() == "default" else None


def gil_record(before_import, after_import):
    """The runtime's `gil` field of the hello (docs/protocol.md)."""
    asked = getattr(sys, "_is_gil_enabled", None) is not None
    return {"build": gil_build(), "beforeImport": gil_state(before_import),
            "afterImport": gil_state(after_import),
            "observedWith": "sys._is_gil_enabled" if asked else "build"}
