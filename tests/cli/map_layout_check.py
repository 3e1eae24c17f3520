#!/usr/bin/python3
# `lure graph --format json` for every shipped scenario at 1280x800 (layers left to right) and
# 390x844 (top to bottom): no two label boxes overlap, no label box covers another node's mark, every
# edge path starts and ends at its nodes. Prints each map's size and crossing counts: between layers
# in the first (depth-first) order, after the barycentre sweeps, and as drawn.
import argparse, glob, json, os, subprocess, sys


def overlap(a, b):
    if a["w"] <= 0 or a["h"] <= 0 or b["w"] <= 0 or b["h"] <= 0:
        return False
    return a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lure", required=True)
    ap.add_argument("--scenarios", required=True)
    a = ap.parse_args()
    failures = 0
    files = sorted(glob.glob(os.path.join(a.scenarios, "*.lure")))
    if len(files) < 6:
        print(f"expected the shipped scenarios in {a.scenarios}, found {len(files)}")
        return 1
    print(f"{'scenario':18} {'size':9} {'nodes':>5} {'layers':>6} {'map (units)':>13}  crossings: first order -> reduced, drawn")
    for path in files:
        for size in ("1280x800", "390x844"):
            out = subprocess.run([a.lure, "graph", "--format", "json", "--size", size, path], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"FAIL {path} {size}: exit {out.returncode}\n{out.stderr}")
                failures += 1
                continue
            m = json.loads(out.stdout)
            nodes = m["nodes"]
            half = m["node_size"] / 2
            marks = [{"x": n["x"] - half, "y": n["y"] - half, "w": 2 * half, "h": 2 * half} for n in nodes]
            for i, n in enumerate(nodes):
                for j, other in enumerate(nodes):
                    if i == j:
                        continue
                    if j > i and overlap(n["label_box"], other["label_box"]):
                        print(f"FAIL {m['scenario']} {size}: labels of {n['id']} and {other['id']} overlap")
                        failures += 1
                    if overlap(n["label_box"], marks[j]):
                        print(f"FAIL {m['scenario']} {size}: the label of {n['id']} covers {other['id']}")
                        failures += 1
            by_id = {n["id"]: n for n in nodes}
            for e in m["edges"]:
                if e["from"] == e["to"]:
                    continue
                first, last = e["path"][0], e["path"][-1]
                src, dst = by_id[e["from"]], by_id[e["to"]]
                if abs(first[0] - src["x"]) > 0.5 or abs(first[1] - src["y"]) > 0.5 or \
                   abs(last[0] - dst["x"]) > 0.5 or abs(last[1] - dst["y"]) > 0.5:
                    print(f"FAIL {m['scenario']} {size}: the path {e['from']} -> {e['to']} does not join its nodes")
                    failures += 1
            print(f"{m['scenario']:18} {size:9} {len(nodes):5} {m['layers']:6} {m['width']:6.0f} x {m['height']:4.0f}"
                  f"  {m['layer_crossings_first_order']:3} -> {m['layer_crossings']:3}, {m['crossings']:3}")
    print("OK" if failures == 0 else f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
