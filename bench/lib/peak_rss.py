"""Runs a command and writes its peak resident set size (KB) to $CTG_BENCH_RSS_FILE when it exits.

The benchmarks put this between callback-thread-guard and the Python interpreter (bench/lib/
util.mjs, measuringPython) to read the probe's peak memory as the kernel counts it, without
touching the probe. Python 3.8 syntax.
"""
import os
import resource
import subprocess
import sys


def main():
    child = subprocess.Popen(sys.argv[1:])
    code = child.wait()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if sys.platform == "darwin":
        peak //= 1024  # bytes there, KB on Linux
    path = os.environ.get("CTG_BENCH_RSS_FILE")
    if path:
        with open(path, "w") as out:
            out.write("%d\n" % peak)
    sys.exit(code if code >= 0 else 128 - code)


if __name__ == "__main__":
    main()
