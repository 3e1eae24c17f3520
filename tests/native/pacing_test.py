#!/usr/bin/env python3
# Event-driven rendering under Xvfb (run inside xvfb-run): a static play screen and the attract
# screen with reduced motion draw only a handful of frames once settled; the attract screen with its
# sparse motion keeps drawing a message's arrival every few seconds; a real tap (xdotool) on an idle window wakes it and starts the journey.
# Frames are counted with --frame-stats. Usage: pacing_test.py GAME CONFIG OUT_DIR
import json
import os
import subprocess
import sys
import time

game, config, out_dir = sys.argv[1:4]
os.makedirs(out_dir, exist_ok=True)
failed = 0


def run(name, args, seconds, during=None):
    path = os.path.join(out_dir, f"pacing_{name}.json")
    if os.path.exists(path):
        os.remove(path)
    cmd = [game, "--windowed", "1280x800", "--config", config, "--run-seconds", str(seconds), "--frame-stats", path] + args
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if during:
        during(proc)
    out, err = proc.communicate(timeout=seconds + 60)
    if proc.returncode != 0:
        raise RuntimeError(f"{name}: lureproof exited with {proc.returncode}\n{out}\n{err}")
    with open(path) as f:
        return json.load(f)  # also proves that the --frame-stats output parses


def frames_between(stats, t0, t1):
    return sum(1 for t in stats["frame_times_s"] if t0 <= t < t1)


def check(name, ok, detail):
    global failed
    print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}")
    if not ok:
        failed += 1


def shape_ok(stats):
    s = stats["screens"]
    return (stats["frames"] == len(stats["frame_times_s"]) and stats["memory"]["resident_kb"] > 0 and
            all(v["frames"] > 0 and 0 <= v["cpu_median_ms"] <= v["cpu_p99_ms"] <= v["cpu_max_ms"] for v in s.values()))


play = run("play", ["--screen", "play"], 5)
check("frame stats parse", shape_ok(play) and "play" in play["screens"], json.dumps(play["screens"]))
n = frames_between(play, 2.5, 5.0)
check("static play screen is idle", n <= 5, f"{n} frames in the last 2.5 s (of {play['frames']})")

calm = run("attract_reduced", ["--screen", "attract", "--reduced-motion"], 5)
n = frames_between(calm, 2.5, 5.0)
check("attract with reduced motion is idle", n <= 5, f"{n} frames in the last 2.5 s (of {calm['frames']})")

lively = run("attract_animated", ["--screen", "attract"], 10)
times = [t for t in lively["frame_times_s"] if 1.0 <= t < 10.0]
bursts = 1 + sum(1 for a, b in zip(times, times[1:]) if b - a > 1.5) if times else 0
check("animated attract keeps drawing, in bursts", len(times) >= 3 and bursts >= 2,
      f"{len(times)} frames in 9 s, in {bursts} bursts (a message arrives every 4 s)")


def tap_when_idle(proc):
    time.sleep(3.0)  # the window has settled and sleeps
    found = subprocess.run(["xdotool", "search", "--sync", "--name", "Lureproof"], capture_output=True, text=True,
                           timeout=20)
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "mousemove", "--window", window, "640", "400", "click", "1"], check=True, timeout=20)


tapped = run("tap", ["--screen", "attract", "--reduced-motion"], 6, during=tap_when_idle)
times = tapped["frame_times_s"]
gap = max((b - a for a, b in zip(times, times[1:])), default=0)
after = {k: v["frames"] for k, v in tapped["screens"].items() if k != "attract"}
check("a tap on an idle window redraws", gap >= 1.0 and sum(after.values()) > 0,
      f"longest pause {gap:.1f} s, then screens {after}")

print(f"{5 - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
