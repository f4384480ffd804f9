"""The probe's process: it claims stdout for the protocol, loads the executor, says hello and
serves the engine's cells until `bye` or the end of its input (docs/protocol.md).

Python 3.8 syntax and standard library only.
"""

import json
import os
import sys
import traceback

from .asyncio_runner import AsyncioRunner, split_asyncio_args
from .cells import Probe
from .gil import gil_enabled_now, gil_record, gil_state
from .perturb import perturbed
from .protocol import claim_stdout, load_executor, one_line, parse_args


def serve(probe, stdin):
    while True:
        line = stdin.readline()
        if not line:
            return
        line = line.strip()
        if not line:
            continue
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError as exc:
            sys.stderr.write("probe: ignoring a line that is not JSON: %s\n" % one_line(exc))
            continue
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "bye":
            # The GIL's state at the end of the run, for the runtime record (docs/protocol.md).
            probe.send({"type": "end", "gil": {"atEnd": gil_state(gil_enabled_now())}})
            return
        if kind == "cell":
            with perturbed(message):
                probe.run_cell(message)
        else:
            sys.stderr.write("probe: ignoring a message of type %r\n" % (kind,))


def main(argv=None):
    out = claim_stdout()
    stdin = sys.stdin.buffer
    code = 0
    probe = None
    gil = None
    try:
        args, asyncio_options = split_asyncio_args(sys.argv[1:] if argv is None else argv)
        spec, problem = parse_args(args)
        factory = None
        extras = {}
        if problem:
            line = {"type": "fatal", "field": "arguments", "message": problem}
        else:
            # Like `python -m`: the working directory first, then CTG_PYTHON_PATH. Added only now,
            # after the probe's own imports, so a user's directory cannot shadow the stdlib we use.
            extra = [d for d in os.environ.get("CTG_PYTHON_PATH", "").split(os.pathsep) if d]
            sys.path[0:0] = [os.getcwd()] + extra
            # The GIL before and after the executor's module is imported: an extension module
            # can turn it back on at import on a free-threaded build.
            gil_before = gil_enabled_now()
            factory, problem = load_executor(spec)
            gil = gil_record(gil_before, gil_enabled_now())
            line = {"type": "fatal", "field": "executor", "message": problem} if problem else None
            # An asyncio target's loop factory and portal factory, each module:attr like the executor.
            for field, value in sorted((asyncio_options or {}).items()):
                if line is None:
                    extras[field], problem = load_executor(value)
                    if problem:
                        line = {"type": "fatal", "field": field, "message": problem}
        if line is not None:
            out.write((json.dumps(line, separators=(",", ":")) + "\n").encode("utf-8"))
            out.flush()
        else:
            probe = Probe(out, spec, factory, gil)
            if asyncio_options is not None:
                probe.asyncio = AsyncioRunner(probe, factory, extras.get("loop"), extras.get("portal"))
            probe.hello()
            serve(probe, stdin)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        if probe is not None:
            probe.close()
        try:
            out.flush()
        except Exception:
            pass
        sys.stderr.flush()
    # os._exit: a broken executor may leave non-daemon threads behind, and the interpreter's
    # exit would join them (and concurrent.futures' atexit hook joins its workers): the probe
    # must not hang on its way out.
    os._exit(code)
