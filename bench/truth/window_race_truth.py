"""Truth script for the window-race fixture (__tests__/fixtures/python/window_race.py).

    python3 bench/truth/window_race_truth.py [seconds]

Runs the tutorial's `timed` loop (submit 1,000 zero-length tasks, add a callback to each, wait
for them) on WindowRace with 4 workers, without the probe, and checks from the callbacks
themselves (the thread each ran on, time from add to start) that:
  1. with CTG_WINDOW_ONE_IN=1, every callback in the window, and only those, ran on WindowRacer;
  2. with CTG_WINDOW_ONE_IN=100, the moved share of in-window callbacks is near 1 in 100;
  3. with the defaults, how many callbacks land in the 10 us window a second (the fixture's
     reach): the figure that a budget's detection rests on.
Python 3.8+, stdlib only.
"""

import importlib
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "__tests__", "fixtures", "python"))


def loop(seconds, one_in, window_us):
    os.environ["CTG_WINDOW_ONE_IN"] = str(one_in)
    os.environ["CTG_WINDOW_US"] = str(window_us)
    wr = importlib.import_module("window_race")
    for k in wr.STATS:
        wr.STATS[k] = 0
    perf = time.perf_counter
    seen = {"callbacks": 0, "moved": 0, "inline": 0}
    lock = threading.Lock()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ex = wr.WindowRace(max_workers=4)
        futures = [ex.submit(int) for _ in range(1000)]
        left = [len(futures)]
        done = threading.Event()
        for f in futures:
            caller = threading.get_ident()
            flag = {"in": True}

            def cb(_f, flag=flag, caller=caller):
                name = threading.current_thread().name
                with lock:
                    seen["callbacks"] += 1
                    if flag["in"] and threading.get_ident() == caller:
                        seen["inline"] += 1
                    else:
                        if name == "WindowRacer":
                            seen["moved"] += 1
                    left[0] -= 1
                    if left[0] == 0:
                        done.set()

            f.add_done_callback(cb)
            flag["in"] = False
        done.wait(30)
        ex.shutdown(wait=True)
    return dict(seen, **{"fixture_" + k: v for k, v in wr.STATS.items()})


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    r = loop(seconds, 1, 1000)
    print("ONE_IN=1, 1 ms window:", r)
    ok1 = (r["moved"] == r["fixture_in_window"] == r["fixture_moved"] > 0
           and r["inline"] + r["fixture_completed"] == r["callbacks"])
    print("  moved on WindowRacer == in window (fixture's clock), none inline:", ok1)
    r = loop(seconds, 100, 1000)
    share = r["fixture_moved"] / max(1, r["fixture_in_window"])
    print("ONE_IN=100, 1 ms window:", r)
    print("  moved / in-window = 1 in %.0f (expected about 100)" % (1 / share if share else float("inf")))
    r = loop(seconds, 20000, 10)
    print("defaults:", r)
    print("  in-window callbacks a second: %.0f of %.0f completed a second"
          % (r["fixture_in_window"] / seconds, r["fixture_completed"] / seconds))
    sys.exit(0 if ok1 else 1)


if __name__ == "__main__":
    main()
