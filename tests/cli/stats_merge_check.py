#!/usr/bin/env python3
"""`lure stats merge` on 50 generated kiosks (tests/tools/make_kiosk_stats.py, known totals): every
merged count exact, small cells hidden after the sum (a cell small on each kiosk but not in the sum
appears), warnings for the ids of two content versions; damaged files each give their precise
file:line:column message while the rest still merges (exit 1); CSV exports with hidden cells merge
as ranges. Usage: stats_merge_check.py --lure LURE --generator make_kiosk_stats.py"""
import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(ok, what):
    print(("PASS " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(lure, args, cwd):
    p = subprocess.run([lure, "stats", "merge", *args], cwd=cwd, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def read_report(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(io.StringIO(f.read())))
    assert rows[0] == ["section", "scenario", "item", "count"], rows[0]
    return {f"{r[0]},{r[1]},{r[2]}": r[3] for r in rows[1:]}


def position(text, needle, occurrence=1):
    """1-based line and column of the first character of the n-th `needle` in `text`."""
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def check_totals(report, totals, label):
    check(set(report) == set(totals), f"{label}: the report has exactly the merged counters ({len(totals)})")
    groups = {}  # a group with a "<5" cell: where complementary suppression may hide a part
    for key, shown in report.items():
        if shown == "<5":
            section, story, _ = key.split(",", 2)
            groups[(section, story)] = True
    bad = []
    for key, n in totals.items():
        shown = report.get(key)
        section, story, _ = key.split(",", 2)
        if 1 <= n <= 4:
            ok = shown == "<5"
        elif shown == "*":
            ok = n >= 5 and groups.get((section, story), False)
        else:
            ok = shown == str(n)
        if not ok:
            bad.append(f"{key}: total {n}, shown {shown}")
    check(not bad, f"{label}: every count is the exact total, or <5 for 1..4, or * beside a <5 cell {bad[:5]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lure", required=True)
    ap.add_argument("--generator", required=True)
    a = ap.parse_args()
    lure = os.path.abspath(a.lure)
    tmp = tempfile.mkdtemp(prefix="lure-stats-")
    try:
        good = os.path.join(tmp, "good")
        subprocess.run([sys.executable, a.generator, good, "--kiosks", "50"], check=True)
        expected = json.load(open(os.path.join(good, "expected.json"), encoding="utf-8"))
        files, totals = expected["files"], expected["totals"]
        check(len(files) == 50 and sum(f.endswith(".csv") for f in files) == 5,
              "50 kiosk files: 45 stats.json and 5 CSV exports")

        # --- the 50 good files --------------------------------------------------------------
        code, out, err = run(lure, [f"good/{f}" for f in files] + ["-o", "merged"], tmp)
        check(code == 0, f"50 good files: exit 0 (got {code})")
        check(out == f"merged 50 of 50 files ({totals['sessions,,']} visits); wrote merged.csv and merged.html\n",
              f"50 good files: the summary line ({out.strip()})")
        warnings = [l for l in err.splitlines() if l]
        check(warnings == [
            "lure stats merge: warning: 35 files lack red flag 'job-offer/passport-kept' (good/kiosk-01.json, "
            "good/kiosk-02.json, good/kiosk-03.json, good/kiosk-04.json and 31 more): another content version, or "
            "nobody there reached it; its totals come from the files that have it",
            "lure stats merge: warning: 15 files lack scenario 'dream-job' (good/kiosk-36.json, good/kiosk-37.json, "
            "good/kiosk-38.json, good/kiosk-39.json and 11 more): another content version, or nobody there reached "
            "it; its totals come from the files that have it"],
            "content versions A and B: one warning for each id one side lacks\n" + err)
        report = read_report(os.path.join(tmp, "merged.csv"))
        check_totals(report, totals, "50 good files")
        so_each = [json.load(open(os.path.join(good, f)))["languages"].get("so") for f in files if f.endswith(".json")]
        check(so_each.count(1) == 40 and report["language,,so"] == "40",
              "language so: 1 on each of 40 kiosks (\"<5\" there), 40 merged and shown")
        check(report["language,,pl"] == "<5" and totals["language,,pl"] == 3, "language pl: 3 merged, shown <5")
        check(report["ending,permit-fee,got-help"] == "<5", "permit-fee got-help: 2 merged, shown <5")
        others = {e: totals[f"ending,permit-fee,{e}"] for e in ("safe", "harmed", "none")}
        smallest = min(others, key=others.get)
        check(report[f"ending,permit-fee,{smallest}"] == "*" and
              [e for e in others if report[f"ending,permit-fee,{e}"] == "*"] == [smallest],
              f"permit-fee: the smallest other ending ({smallest}, {others[smallest]}) hidden beside the <5 cell")
        check(list(report.values()).count("*") == 1 and list(report.values()).count("<5") == 2,
              "no other cell hidden")
        with open(os.path.join(tmp, "merged.html"), encoding="utf-8") as f:
            html = f.read()
        check(f'id="total-visits">{totals["sessions,,"]}<' in html and "<script" not in html and "http" not in html,
              "merged.html: the total visits, no script, nothing from outside")
        quiz = expected["quiz"]
        shown = {g: html.split(f'data-quiz="{g}">', 1)[1].split("<", 1)[0] if f'data-quiz="{g}">' in html else None
                 for g in quiz}
        check(quiz["story dream-job"] == 3 and shown == {g: ("&lt;5" if n < 5 else str(n)) for g, n in quiz.items()},
              f"quiz dashboard: visitors per group merged exactly, 3 shown as <5 ({shown})")
        check(f'data-quiz="all">{quiz["all"]}</td><td>' in html and
              html.split(f'data-quiz="all">{quiz["all"]}</td>', 1)[1].split("</tr>")[0].count(
                  "<td>" + expected["quiz_change"] + " (95% CI") == 1,
              f"quiz dashboard: the mean change of all {quiz['all']} visitors is {expected['quiz_change']}")

        # --- damaged files beside the good ones ----------------------------------------------
        bad = os.path.join(tmp, "bad")
        os.makedirs(bad)
        k1 = open(os.path.join(good, "kiosk-01.json"), encoding="utf-8").read()
        k10 = open(os.path.join(good, "kiosk-10.csv"), encoding="utf-8").read()
        damaged = {}
        cut = k1[: len(k1) * 6 // 10]
        damaged["truncated.json"] = (cut, "bad/truncated.json:%d:%d: error: the JSON stops in the middle (the file is "
                                     "cut short?): syntax error while parsing " % position(cut + "\0", "\0"))
        wrong = k1.replace('"sessions": %d' % json.loads(k1)["sessions"], '"sessions": "many"')
        damaged["wrong-type.json"] = (wrong, "bad/wrong-type.json:%d:%d: error: bad 'sessions': not a whole number >= 0"
                                      % position(wrong, '"many"'))
        d = json.loads(k1)
        d["scenarios"]["permit-fee"]["flags"]["pay-now"]["missed"] = -3
        neg = json.dumps(d, indent=1)
        damaged["negative.json"] = (neg, "bad/negative.json:%d:%d: error: bad red-flag counts: not a whole number >= 0"
                                    % position(neg, "-3"))
        other = '{\n "format": "lureproof-quiz",\n "version": 1\n}\n'
        damaged["other-format.json"] = (other, "bad/other-format.json:2:12: error: not a Lureproof statistics file "
                                        "(no \"format\": \"lureproof-stats\")")
        damaged["empty.json"] = ("", "bad/empty.json:1:1: error: the file is empty")
        damaged["garbage.bin"] = ("PK\x03\x04 zip bytes", "bad/garbage.bin:1:3: error: binary data (byte 0x03): not a "
                                  "statistics file or a CSV export")
        header = "sect,scen,item,count\n" + k10.split("\n", 1)[1]
        damaged["wrong-header.csv"] = (header, "bad/wrong-header.csv:1:1: error: the first line is not the header "
                                       "\"section,scenario,item,count\" of a Lureproof CSV export")
        lines = k10.split("\n")
        uk = next(i for i, l in enumerate(lines) if l.startswith("language,,uk,"))
        lines[uk] = "language,,uk,many"
        damaged["bad-row.csv"] = ("\n".join(lines), "bad/bad-row.csv:%d:14: error: the count 'many' is not a whole "
                                  "number, \"<5\", \"*\", \">=N\" or \"?\"" % (uk + 1))
        lines = k10.split("\n")
        lines[3] = lines[3] + ",extra"
        damaged["five-fields.csv"] = ("\n".join(lines), "bad/five-fields.csv:4:%d: error: expected 4 fields "
                                      "(section,scenario,item,count), found 5" % (len(lines[3]) - 5 + 1))
        lines = k10.split("\n")
        lines.insert(2, "colour,,red,5")
        damaged["unknown-section.csv"] = ("\n".join(lines), "bad/unknown-section.csv:3:1: error: unknown section 'colour'")
        lines = k10.split("\n")
        lines.insert(5, lines[4])
        damaged["twice.csv"] = ("\n".join(lines), "bad/twice.csv:6:1: error: this counter is already on line 5")
        names = []
        for name, (text, _) in damaged.items():
            with open(os.path.join(bad, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            names.append(f"bad/{name}")
        code, out, err = run(lure, names[:5] + [f"good/{f}" for f in files] + names[5:] + ["-o", "mixed.html"], tmp)
        check(code == 1, f"damaged files: exit 1, a file was left out (got {code})")
        errors = [l for l in err.splitlines() if ": error: " in l]
        for name, (_, message) in damaged.items():
            line = next((l for l in errors if l.startswith(f"bad/{name}:")), "")
            check(line.startswith(message) and line.endswith(" (left out)"),
                  f"{name}: {message!r}\n      got {line!r}")
        check(len(errors) == len(damaged), f"one error per damaged file ({len(errors)})")
        check(out.startswith(f"merged 50 of {50 + len(damaged)} files ({totals['sessions,,']} visits); wrote "
                             "mixed.csv and mixed.html\n") and f"{len(damaged)} files left out" in out,
              f"damaged files: the 50 good ones merged ({out.strip()})")
        check(read_report(os.path.join(tmp, "mixed.csv")) == report, "damaged files: the same totals as the good ones alone")

        # --- CSV exports with hidden cells: ranges ---------------------------------------------
        ranges = os.path.join(tmp, "ranges")
        os.makedirs(ranges)
        exact = {"format": "lureproof-stats", "version": 1, "sessions": 40, "completed": 30,
                 "languages": {"en": 20, "uk": 2, "ro": 6}, "quiz_bands": {}, "checks": {},
                 "durations": {"<2 min": 10, "2-5 min": 10, "5-10 min": 10, ">10 min": 10}, "scenarios": {}}
        open(os.path.join(ranges, "a.json"), "w").write(json.dumps(exact))
        open(os.path.join(ranges, "b.csv"), "w").write(
            "section,scenario,item,count\nsessions,,,30\ncompleted,,,20\nlanguage,,en,20\nlanguage,,ro,*\n"
            "language,,uk,<5\nduration,,<2 min,10\nduration,,2-5 min,10\nduration,,5-10 min,5\nduration,,>10 min,5\n")
        code, out, err = run(lure, ["ranges/a.json", "ranges/b.csv", "-o", "ranges"], tmp)
        r = read_report(os.path.join(tmp, "ranges.csv"))
        check(code == 0 and r["language,,en"] == "40" and r["language,,uk"] == "?" and r["language,,ro"] == ">=11"
              and r["sessions,,"] == "70",
              f"CSV ranges: en 40 exact, uk 2 + <5 = ?, ro 6 + * = >=11 ({r})")
        check("1 CSV export had hidden small counts" in err, "CSV ranges: a warning says so")
        code, out, err = run(lure, ["ranges/b.csv", "ranges/b.csv", "-o", "twice"], tmp)
        r = read_report(os.path.join(tmp, "twice.csv"))
        check(r["language,,uk"] == "?" and r["language,,ro"] == ">=10", f"two <5 cells give ?, two * give >=10 ({r})")

        # --- counts too large, a missing file, the same file twice ------------------------------
        huge = dict(exact, sessions=2**64 - 10)
        open(os.path.join(ranges, "huge.json"), "w").write(json.dumps(huge))
        code, out, err = run(lure, ["ranges/a.json", "ranges/huge.json", "ranges/gone.json", "ranges/a.json", "-o", "x"],
                             tmp)
        r = read_report(os.path.join(tmp, "x.csv"))
        check(code == 1 and "ranges/huge.json: error: its counts and the others' add up to more than 64 bits hold "
              "(left out)" in err and "ranges/gone.json: error: cannot read the file (left out)" in err and
              r["sessions,,"] == "80",
              f"a sum past 64 bits and a missing file are left out; a.json twice counts twice ({r['sessions,,']})")
        check("warning: ranges/a.json holds the same as ranges/a.json: the same kiosk twice? Both are counted" in err,
              "the same file twice: a warning")

        # --- nothing readable ------------------------------------------------------------------
        code, out, err = run(lure, ["bad/empty.json", "-o", "none"], tmp)
        check(code == 1 and not os.path.exists(os.path.join(tmp, "none.csv")) and "no report written" in err,
              "no readable file: exit 1 and no report")
        code, out, err = run(lure, ["good/kiosk-01.json"], tmp)
        check(code == 2 and "-o REPORT" in err, "no -o: exit 2")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
