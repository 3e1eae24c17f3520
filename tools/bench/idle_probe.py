# Idle-cost probes shared by the budget tests (tests/native/idle_budget_test.py) and the bench
# (bench.py): run `lureproof` with --frame-stats, read its process CPU time from /proc over a
# window, and derive frame rates from the recorded frame times.
import json
import os
import statistics
import subprocess
import time

TICK = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid):
    """utime + stime of one process (all its threads), in seconds; /proc counts 1/TICK s ticks."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def run_and_measure(cmd, stats_path, settle, seconds, timeout=120, after=None):
    """Starts cmd (which must write --frame-stats to stats_path and end by itself), waits `settle`
    seconds, measures process CPU over `seconds`, calls `after()` if given, waits for the end.
    Returns (cpu %, frame stats)."""
    if os.path.exists(stats_path):
        os.remove(stats_path)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(settle)
    c0, t0 = process_cpu_seconds(proc.pid), time.monotonic()
    time.sleep(seconds)
    c1, t1 = process_cpu_seconds(proc.pid), time.monotonic()
    if after:
        after()
    out, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}\n{out}\n{err}")
    with open(stats_path) as f:
        stats = json.load(f)
    return 100.0 * (c1 - c0) / (t1 - t0), stats


def frames_between(stats, t0, t1):
    return sum(1 for t in stats["frame_times_s"] if t0 <= t < t1)


def animating_fps(stats, t0, t1, gap=1.0):
    """Frame rate while something moves: 1 / the median interval between consecutive frames less than
    `gap` apart (longer pauses are the idle time between two arrivals, 4 s apart). 0 when none."""
    times = [t for t in stats["frame_times_s"] if t0 <= t < t1]
    steps = [b - a for a, b in zip(times, times[1:]) if b - a < gap]
    return 1.0 / statistics.median(steps) if steps else 0.0


def overall_fps(stats, skip=10):
    """Frames per second of a run that draws every frame (--frames), after its first `skip` frames."""
    times = stats["frame_times_s"][skip:]
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else 0.0
