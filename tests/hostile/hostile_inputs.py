#!/usr/bin/env python3
"""Hostile scenario inputs against the shipped `lure` binary (docs/scenario-format.md, "Loading is a
sandbox"): each case is built at test time in a temporary folder (nothing large is committed), run as a
child process, and must answer with exit code 1 and a positioned `file:line:col: error LPxxx` diagnostic
within 2 s of CPU time (wall time is printed too) and 256 MB peak RSS, never printing what it refused.
Prints the table of every case. Usage: hostile_inputs.py --lure build/native/bin/lure [--only NAME]"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HEADER = ("scenario: hostile\ntitle: Hostile\nsummary: s\nlanguage: en\npersona: Ana | 23 | s\n"
          "technique: fishing\ncontent-note: n\nminutes: 1\n")
ENDING = "== a [chat] ending safe\nnarrator: x\ndebrief: d\n"
CANARY = "TOP-SECRET-CANARY"
MAX_CPU_S, MAX_RSS_MB, HANG_S = 2.0, 256, 60
MIB = 1024 * 1024


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def build_cases(root):
    """Returns (name, argv after 'lure', stdin, expected code, expected line or None)."""
    s = os.path.join(root, "s")
    os.makedirs(s)
    write(os.path.join(root, "secret.lure"), "character spy\n  name: " + CANARY + "\n" + (CANARY + "\n") * 5)
    cases = []

    def scenario(name, body, code, line=None, cmd="validate", stdin=""):
        path = write(os.path.join(s, name + ".lure"), HEADER + body)
        cases.append((name, [cmd, path], stdin, code, line))

    scenario("include_etc_passwd_dotdot", "include: ../../../../../../../../etc/passwd\n" + ENDING, "LP161", 9)
    scenario("include_etc_passwd_absolute", "include: /etc/passwd\n" + ENDING, "LP160", 9)
    scenario("include_dev_zero", "include: /dev/zero\n" + ENDING, "LP160", 9)
    os.symlink("/dev/zero", os.path.join(s, "zero.lure"))
    scenario("include_link_to_dev_zero", "include: zero.lure\n" + ENDING, "LP162", 9)
    os.symlink("/dev/urandom", os.path.join(s, "random.lure"))
    cases.append(("main_file_dev_urandom", ["validate", "/dev/urandom"], "", "LP163", 1))
    os.mkfifo(os.path.join(s, "pipe.lure"))
    scenario("include_fifo", "include: pipe.lure\n" + ENDING, "LP163", 9)
    cases.append(("main_file_fifo", ["validate", os.path.join(s, "pipe.lure")], "", "LP163", 1))
    os.symlink("../secret.lure", os.path.join(s, "escape.lure"))
    scenario("include_symlink_out_of_root", "include: escape.lure\n" + ENDING, "LP162", 9)
    cases.append(("main_file_symlink_out_of_root", ["validate", os.path.join(s, "escape.lure")], "", "LP162", 1))
    scenario("image_symlink_out_of_root", "== a [chat] ending safe\nnarrator: x #image:escape.lure\ndebrief: d\n",
             "LP162", 10)
    os.makedirs(os.path.join(s, "folder.lure"))
    scenario("include_folder", "include: folder.lure\n" + ENDING, "LP163", 9)

    # Ten files that include each other ten times over: each is read once (LP166), loops LP151.
    bomb = os.path.join(s, "bomb")
    for i in range(10):
        write(os.path.join(bomb, "f%d.lure" % i), "".join("include: f%d.lure\n" % j for j in range(10) for _ in range(10)))
    scenario("include_bomb_10x10", "include: bomb/f0.lure\n" + ENDING, "LP151")
    chain = os.path.join(s, "chain")
    for i in range(300):
        write(os.path.join(chain, "c%d.lure" % i), "include: c%d.lure\n" % (i + 1))
    scenario("include_chain_300_deep", "include: chain/c0.lure\n" + ENDING, "LP152")
    many = os.path.join(s, "many")
    for i in range(2000):
        write(os.path.join(many, "m%d.lure" % i), "var v%d = 1\n" % i)
    scenario("includes_2000_files", "".join("include: many/m%d.lure\n" % i for i in range(2000)) + ENDING, "LP164", 73)

    big = "// " + "x" * 99 + "\n"
    write(os.path.join(s, "huge17.lure"), big * (17 * MIB // len(big)))
    cases.append(("main_file_17_mib", ["validate", os.path.join(s, "huge17.lure")], "", "LP135", 1))
    scenario("include_17_mib", "include: huge17.lure\n" + ENDING, "LP135", 9)
    write(os.path.join(s, "part1.lure"), big * (15 * MIB // len(big)))
    write(os.path.join(s, "part2.lure"), big * (15 * MIB // len(big)))
    scenario("includes_over_load_budget", "include: part1.lure\ninclude: part2.lure\n" + ENDING, "LP165", 10)
    scenario("one_15_mib_line", "== a [chat] ending safe\nnarrator: " + "y" * (15 * MIB) + "\ndebrief: d\n", "LP134", 10)
    scenario("16_mib_of_messages", "== a [chat]\n" + "narrator: x\n" * ((16 * MIB - 400) // 12), "LP137")
    scenario("16_mib_of_tags", "== a [chat]\n" + ("narrator: x" + " #time:1" * 2000 + "\n") * ((16 * MIB - 400) // 16012),
             "LP137")
    scenario("16_mib_of_expressions", "var v = 0\n== a [chat]\n" +
             ("~ v = " + "+".join(["1"] * 4000) + "\n") * ((16 * MIB - 400) // 8006), "LP137")
    scenario("16_mib_of_bad_lines", "??? ??? ???\n" * ((16 * MIB - 400) // 12), "LP138")

    doubling = ('var s = "ab"\n== grow [chat]\n~ s += s\nif s != ""\n-> grow\nendif\nnarrator: never\n'
                "* Stop -> end\n== end [narration] ending safe\nnarrator: {s}\ndebrief: ok\n")
    scenario("string_doubling_play", doubling, "LP170", 11, cmd="play", stdin="1\n")
    write(os.path.join(s, "doubling_paths.lure"), HEADER + doubling)
    cases.append(("string_doubling_paths", ["paths", os.path.join(s, "doubling_paths.lure")], "", "LP170", 11))
    flood = ('var s = "' + "0123456789" * 10 + '"\n== a [chat]\n~ s = s + s + s + s + s + s + s + s + s + s\n'
             "~ s = s + s + s + s + s + s\n~ s = s + s + s + s + s + s + s + s + s + s\n" +
             "+ Again -> a\n" + "narrator: " + "{s}" * 20 + "\n* Stop -> end\n== end [chat] ending safe\nnarrator: e\ndebrief: d\n")
    scenario("text_flood_play", flood, "LP171", 15, cmd="play", stdin="1\n" * 5)

    for n in (5000, 10000):
        nodes = "".join("== n%d [chat]\nnarrator: x\n* Go -> nowhere_%d\n* On -> n%d_typo\n" % (i, i, i + 1) for i in range(n))
        scenario("undefined_targets_%d_nodes" % n, nodes + ENDING, "LP200", 11)

    twee = os.path.join(root, "twee")
    write(os.path.join(twee, "links.twee"), ":: A\n" + "[[B]]" * 1000000 + "\n:: B\nend\n:: B\ndup\n")
    cases.append(("twee_1e6_links_one_line", ["import-twee", "-o", "-", os.path.join(twee, "links.twee")], "", "LP405", 5))
    def punctuation(i):  # a distinct name that make_id() turns into the same id for every i
        out = ""
        while True:
            out += "!?.,;()@"[i % 8]
            i //= 8
            if i == 0:
                return out
    same = "".join(":: x%s\n[[x!]]\n" % punctuation(i) for i in range(30000)) + ":: x!\ndup\n"
    write(os.path.join(twee, "ids.twee"), same)
    cases.append(("twee_30000_passages_one_id", ["import-twee", "-o", "-", os.path.join(twee, "ids.twee")], "", "LP405", None))
    write(os.path.join(twee, "big.twee"), ":: A\n" + "z" * (17 * MIB) + "\n")
    cases.append(("twee_17_mib", ["import-twee", "-o", "-", os.path.join(twee, "big.twee")], "", "LP410", 1))
    return cases


def run(lure, argv, stdin):
    """Runs one case; returns (exit code, output, wall seconds, cpu seconds, peak RSS in MB) of that child."""
    start = time.monotonic()
    proc = subprocess.Popen([lure] + argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    chunks = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stdout.read()))
    reader.start()
    try:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass
    killer = threading.Timer(HANG_S, proc.kill)
    killer.start()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
    killer.cancel()
    wall = time.monotonic() - start
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace"), wall, cpu, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lure", required=True)
    parser.add_argument("--only", default="")
    parser.add_argument("--build-into", default="")
    args = parser.parse_args()
    if args.build_into:  # the child that writes the files and prints the cases
        print(json.dumps(build_cases(args.build_into)))
        return 0
    root = tempfile.mkdtemp(prefix="lure-hostile-")
    failures = 0
    try:
        # Built in a child process: a child forked from a large parent would count the parent's pages
        # in its peak RSS, so the measuring parent never holds the big inputs.
        listing = subprocess.run([sys.executable, __file__, "--lure", args.lure, "--build-into", root],
                                 check=True, stdout=subprocess.PIPE).stdout
        cases = json.loads(listing)
        print("%-32s %6s %6s %7s %4s  %s" % ("case", "wall s", "cpu s", "RSS MB", "exit", "diagnostic"))
        for name, argv, stdin, code, line in cases:
            if args.only and args.only != name:
                continue
            rc, out, wall, cpu, rss_mb = run(args.lure, argv, stdin)
            pattern = r"(?:^|\s)(\S+):(\d+):(\d+): error %s:" % code
            match = re.search(pattern, out, re.M)
            if line is not None and match and int(match.group(2)) != line:
                match = None
            problems = []
            if rc != 1:
                problems.append("exit code %s" % rc)
            if not match:
                problems.append("no positioned %s%s" % (code, "" if line is None else " on line %d" % line))
            if rss_mb > MAX_RSS_MB:
                problems.append("RSS %.0f MB > %d" % (rss_mb, MAX_RSS_MB))
            if cpu > MAX_CPU_S:
                problems.append("cpu %.2f s > %.1f" % (cpu, MAX_CPU_S))
            if wall >= HANG_S:
                problems.append("hung")
            if CANARY in out or "root:x:0:0" in out:
                problems.append("printed refused content")
            if len(out) > 512 * 1024:  # 500 diagnostics with their source lines fit
                problems.append("printed %d bytes" % len(out))
            shown = match.group(0).strip()[-60:] if match else out.strip().splitlines()[-1][:60] if out.strip() else ""
            print("%-32s %6.2f %6.2f %7.1f %4s  %s%s" % (name, wall, cpu, rss_mb, rc, shown,
                                                       ("   FAIL: " + "; ".join(problems)) if problems else ""))
            sys.stdout.flush()
            failures += bool(problems)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("limits: exit code 1, a positioned diagnostic, cpu <= %.1f s, peak RSS <= %d MB, nothing refused printed"
          % (MAX_CPU_S, MAX_RSS_MB))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
