#!/usr/bin/env python3
# The Studio waits (issue 19), natively under Xvfb + llvmpipe (run inside xvfb-run): untouched, it
# costs <= 3% of one core (process CPU over 30 s at 1600x900) and draws next to nothing; a change of
# the open file on disk draws it again. Usage: studio_idle_test.py GAME SCENARIO_DIR OUT_DIR
import os
import shutil
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tools/bench"))
from idle_probe import frames_between, run_and_measure  # noqa: E402

game, scenarios, out_dir = sys.argv[1:4]
shutil.rmtree(os.path.join(out_dir, "scenarios"), ignore_errors=True)
os.makedirs(out_dir, exist_ok=True)
folder = shutil.copytree(scenarios, os.path.join(out_dir, "scenarios"))
first = sorted(f for f in os.listdir(folder) if f.endswith(".lure"))[0]
BUDGET_PCT, settle, seconds = 3.0, 5.0, 30.0
failed = 0


def check(name, ok, detail):
    global failed
    print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}", flush=True)
    failed += 0 if ok else 1


changed_at = []


def edit_on_disk():  # another editor saves the file: the Studio reloads and draws
    time.sleep(1.0)
    changed_at.append(time.monotonic())
    with open(os.path.join(folder, first), "a") as f:
        f.write("\n// edited while the Studio was idle\n")


stats_path = os.path.join(out_dir, "studio_idle.json")
started = time.monotonic()
cpu, stats = run_and_measure([game, "--windowed", "1600x900", "--studio", os.path.join(folder, first), "--frame-stats", stats_path,
                              "--run-seconds", str(int(settle + seconds + 5))], stats_path, settle, seconds, after=edit_on_disk)
idle_frames = frames_between(stats, settle, settle + seconds)
check("untouched Studio CPU (1600x900)", cpu <= BUDGET_PCT,
      f"{cpu:.2f} % of one core over {seconds:.0f} s (budget {BUDGET_PCT:.0f} %)")
check("untouched Studio draws next to nothing", idle_frames <= 5, f"{idle_frames} frames in {seconds:.0f} s")
t_change = changed_at[0] - started
woke = frames_between(stats, t_change - 0.5, t_change + 3.0)
check("a change on disk draws again", woke >= 1, f"{woke} frames in the 3 s after the file changed")
print(f"{'FAIL' if failed else 'PASS'}: {failed} check(s) failed")
sys.exit(1 if failed else 0)
