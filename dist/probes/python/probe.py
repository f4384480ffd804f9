# -*- coding: utf-8 -*-
"""Entry point of the callback-thread-guard Python probe (protocol: docs/protocol.md).

This file must stay parseable by any Python, 2.7 included: its one job before importing the real
probe (the ctg_probe package beside it, Python 3.8+) is to turn an interpreter that is too old into
a clean `fatal` protocol line instead of a SyntaxError traceback.
"""

import os
import sys


def _report_too_old():
    message = "Python %d.%d is too old for the probe: it needs Python 3.8 or newer" % (
        sys.version_info[0],
        sys.version_info[1],
    )
    sys.stdout.write('{"type":"fatal","field":"python","message":"%s"}\n' % message)
    sys.stdout.flush()


# The guard matters: ProcessPoolExecutor with the spawn or forkserver start method re-imports
# this file in its workers as __mp_main__, which must not start a second probe.
if __name__ == "__main__":
    if sys.version_info < (3, 8):
        _report_too_old()
        sys.exit(0)
    # Python puts this file's folder first on sys.path, except under -P or PYTHONSAFEPATH; the
    # package must be importable by name from it (a process pool's workers unpickle its tasks).
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    from ctg_probe import serve

    serve.main()
