#!/usr/bin/env python3
"""Writes the statistics of N made-up kiosks (stats.json files, and every tenth kiosk as the CSV export
of its operator screen) with known totals, for `lure stats merge` tests. Kiosks 1..35 run content
version A, the rest version B (no dream-job story; job-offer gains the red flag passport-kept).

Designed cells of the merged totals (tests/cli/stats_merge_check.py relies on them):
  language 'so'  1 visit on each of 40 kiosks: "<5" on every kiosk, 40 merged
  language 'pl'  1 visit on kiosks 1..3: 3 merged, so "<5"
  permit-fee ending 'got-help'  1 on kiosks 1 and 2: "<5" merged, so the smallest other ending of
                                permit-fee is hidden too ("*", complementary suppression)
  quiz (stats.json only): permit-fee/en 1 to 3 visitors on each kiosk; dream-job/uk 1 visitor on
                         kiosks 1..3, so that story and that language stay "too few to show"
expected.json holds every merged counter (section, scenario, item -> exact total) and the quiz
dashboard's n per group with the overall mean change of discernment.

Usage: make_kiosk_stats.py OUT_DIR [--kiosks 50] [--seed 7]
"""
import argparse
import json
import os
import random

DURATIONS = ["<2 min", "2-5 min", "5-10 min", ">10 min"]
ENDINGS = ["safe", "harmed", "got-help", "none"]
STORIES_A = {"dream-job": ["too-good", "hurry", "reservation-fee"],
             "permit-fee": ["fast-easy", "pay-now", "passport-held"],
             "job-offer": ["fee-upfront", "no-contract"]}
STORIES_B = {"permit-fee": STORIES_A["permit-fee"],
             "job-offer": STORIES_A["job-offer"] + ["passport-kept"]}
BANDS = ["disc-change-pos1", "disc-change-zero", "sensible-post-high"]
CHECKS = ["registered-agency", "contract-copy", "ask-someone"]


def split(rng, total, parts, least):
    """`total` in `parts` counts, each >= least (total >= parts * least)."""
    cuts = sorted(rng.randint(0, total - parts * least) for _ in range(parts - 1))
    edges = [0] + cuts + [total - parts * least]
    return [least + edges[i + 1] - edges[i] for i in range(parts)]


def kiosk(rng, k, kiosks):
    """One kiosk's counters as a dict shaped like stats.json. A CSV kiosk has no count from 1 to 4."""
    csv = k % 10 == 0
    least = 5 if csv else 0
    version_b = k > kiosks * 7 // 10
    stories = STORIES_B if version_b else STORIES_A
    langs = {"en": rng.randint(35, 60) if csv else rng.randint(5, 40),  # a CSV kiosk: >= 15 plays a story
             "uk": rng.randint(5, 15) if csv else rng.randint(0, 12),
             "ro": rng.randint(5, 10) if csv else rng.randint(0, 8)}
    small_kiosks = [i for i in range(1, kiosks + 1) if i % 10][:40]
    if k in small_kiosks:
        langs["so"] = 1
    if k <= 3:
        langs["pl"] = 1
    langs = {l: n for l, n in langs.items() if n}
    chose = sum(langs.values())
    sessions = chose + (rng.randint(5, 8) if csv else rng.randint(1, 4))
    s = {"format": "lureproof-stats", "version": 1, "sessions": sessions,
         "completed": rng.randint(5, sessions) if csv else rng.randint(0, sessions), "languages": langs,
         "quiz_bands": {}, "durations": {}, "checks": {}, "scenarios": {}}
    s["durations"] = {b: n for b, n in zip(DURATIONS, split(rng, sessions, 4, least)) if n}
    for band in BANDS:
        n = rng.randint(5, 9) if csv else rng.randint(0, 3)
        if n:
            s["quiz_bands"][band] = n
    for check in CHECKS:
        s["checks"][check] = rng.randint(5, 9) if csv else rng.randint(1, 3)
    plays_total = chose - (1 if not csv else 0)
    story_ids = sorted(stories)
    shares = split(rng, plays_total, len(story_ids), 15 if csv else 0) if csv else None
    # Every story played and every red flag seen on every kiosk: only the content versions make ids
    # that some files lack.
    for i, story in enumerate(story_ids):
        plays = shares[i] if csv else rng.randint(1, max(1, plays_total // len(story_ids)))
        if story == "permit-fee" and k <= 2:
            plays = max(plays, 6)
        if not plays:
            continue
        endings = dict(zip(["safe", "harmed", "none"], split(rng, plays, 3, least)))
        if story == "permit-fee" and k <= 2:
            endings[max(endings, key=endings.get)] -= 1
            endings["got-help"] = 1
        flags = {}
        for flag in stories[story]:
            spotted = rng.randint(5, plays) if csv else rng.randint(0, plays)
            missed = rng.randint(5, 10) if csv else rng.randint(1, 3)
            flags[flag] = {"spotted": spotted, "missed": missed}
        s["scenarios"][story] = {"plays": plays, "endings": {e: n for e, n in endings.items() if n}, "flags": flags}
    return s, csv


def quiz_cells(rng, k, version_b):
    """The quiz aggregate of a stats.json kiosk: (scenario, language) -> list of (pre, post, sensible pre, post)."""
    cells = {("permit-fee", "en"): []}
    for _ in range(1 + k % 3):
        pre = rng.randint(-2, 2)
        cells[("permit-fee", "en")].append((pre, min(4, pre + rng.randint(-1, 3)), rng.choice([0, 0.5, 1]),
                                             rng.choice([0.5, 1])))
    if k <= 3 and not version_b:
        cells[("dream-job", "uk")] = [(0, 2, 0, 1)]
    return cells


def quiz_json(cells):
    def sums(xs):
        return {"n": len(xs), "sum": sum(xs), "sum_sq": sum(x * x for x in xs)}
    out = []
    for (story, lang), visitors in sorted(cells.items()):
        out.append({"scenario": story, "language": lang,
                    "discernment_pre": sums([v[0] for v in visitors]),
                    "discernment_post": sums([v[1] for v in visitors]),
                    "discernment_change": sums([v[1] - v[0] for v in visitors]),
                    "sensible_pre": sums([v[2] for v in visitors]),
                    "sensible_post": sums([v[3] for v in visitors]), "bands": {}})
    return {"format": "lureproof-quiz", "version": 1, "cells": out}


def rows(s):
    """The kiosk CSV export's rows (section, scenario, item, count) of one kiosk or of a total."""
    out = [("sessions", "", "", s["sessions"]), ("completed", "", "", s["completed"])]
    out += [("language", "", l, n) for l, n in sorted(s["languages"].items())]
    out += [("duration", "", b, s["durations"].get(b, 0)) for b in DURATIONS]
    out += [("quiz_band", "", b, n) for b, n in sorted(s["quiz_bands"].items())]
    out += [("check", "", c, n) for c, n in sorted(s["checks"].items())]
    for story, c in sorted(s["scenarios"].items()):
        out.append(("plays", story, "", c["plays"]))
        out += [("ending", story, e, n) for e, n in sorted(c["endings"].items())]
        for flag, f in sorted(c["flags"].items()):
            out += [("flag_spotted", story, flag, f["spotted"]), ("flag_missed", story, flag, f["missed"])]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--kiosks", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    totals, files, quiz, change = {}, [], {}, 0
    for k in range(1, a.kiosks + 1):
        s, csv = kiosk(rng, k, a.kiosks)
        for section, story, item, n in rows(s):
            key = f"{section},{story},{item}"
            totals[key] = totals.get(key, 0) + n
        if csv:
            name = f"kiosk-{k:02d}.csv"
            text = "section,scenario,item,count\n" + "".join(f"{r[0]},{r[1]},{r[2]},{r[3]}\n" for r in rows(s))
            assert all(r[3] == 0 or r[3] >= 5 for r in rows(s)), "a CSV kiosk would hide a cell"
        else:
            cells = quiz_cells(rng, k, k > a.kiosks * 7 // 10)
            s["quiz"] = quiz_json(cells)
            for (story, lang), visitors in cells.items():
                for group in ("all", f"story {story}", f"language {lang}"):
                    quiz[group] = quiz.get(group, 0) + len(visitors)
                change += sum(v[1] - v[0] for v in visitors)
            name = f"kiosk-{k:02d}.json"
            text = json.dumps(s, indent=1) + "\n"
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(text)
        files.append(name)
    with open(os.path.join(a.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"files": files, "totals": totals, "quiz": quiz, "quiz_change": "%+.2f" % (change / quiz["all"])},
                  f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
