#!/usr/bin/env python3
"""The layout check's matrix over every language (issue #25): reads the logs ui_layout_<lang> wrote
(build/native/ui-screenshots/layout/<lang>/layout.log) and prints the failing cells per screen x
language x size and the failures per rule, screen, language and size.
Usage: tests/ui/layout_matrix.py build/native/ui-screenshots/layout/*/layout.log"""
import collections
import re
import sys

FAIL = re.compile(r"^layout: FAIL (\S+) (\S+) (\S+) ([a-z-]+): ")
CHECKED = re.compile(r"^layout matrix, language (\S+): (\d+) screens x (\d+) sizes = (\d+) cells checked, (\d+) failing")


def main(paths):
    cells = collections.defaultdict(int)  # (screen, lang, size) -> failures
    by = {k: collections.Counter() for k in ("rule", "screen", "language", "size")}
    checked = failing = sizes_count = 0
    langs, screens, sizes = [], [], []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = FAIL.match(line)
                if m:
                    lang, screen, size, rule = m.groups()
                    cells[(screen, lang, size)] += 1
                    for key, value in (("rule", rule), ("screen", screen), ("language", lang), ("size", size)):
                        by[key][value] += 1
                    for seen, value in ((langs, lang), (screens, screen), (sizes, size)):
                        if value not in seen:
                            seen.append(value)
                    continue
                m = CHECKED.match(line)
                if m:
                    checked += int(m.group(4))
                    failing += int(m.group(5))
                    sizes_count = int(m.group(3))
                    if m.group(1) not in langs:
                        langs.append(m.group(1))
    print(f"layout matrix: {len(langs)} languages, {checked} cells checked, {failing} failing, "
          f"{sum(cells.values())} failures")
    print(f"failing sizes of {sizes_count} per screen x language:")
    for screen in screens:
        row = [f"{screen:13}"]
        for lang in langs:
            n = sum(1 for size in sizes if cells.get((screen, lang, size)))
            row.append(f"{lang}:{n:>2}/{sizes_count}" if n else f"{lang}:   ok")
        print(" ".join(row))
    for key in ("rule", "screen", "language", "size"):
        print(f"failures per {key}: " + ", ".join(f"{k} {v}" for k, v in by[key].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
