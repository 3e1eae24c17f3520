#!/usr/bin/env python3
"""The web edition's stories on demand: each staged story (SCENARIO_DIR/<story>.lure) becomes a pack of its
own, OUT_DIR/<story>.pack (scripts/build-steps/l10n-pack.py; fetched when a visitor opens that story), and what stays in
the page's preloaded data is its header only (scenario, title, summary, persona, ...), which the story picker
shows: no `start:`, `include:` or node, so the game reads it without the checker (ScenarioLibrary, header
only). Included files (common/) stay as they are. Usage: web-story-packs.py SCENARIO_DIR OUT_DIR"""
import os
import re
import subprocess
import sys

HEADER_LINE = re.compile(r"^([a-z-]+):")
LEFT_OUT = {"start", "include"}  # they name nodes and files the header alone does not have


def header_of(text):
    """The leading block of `key: value` lines (comments before it skipped), without start/include."""
    kept, started = [], False
    for line in text.split("\n"):
        match = HEADER_LINE.match(line)
        if match:
            started = True
            if match.group(1) not in LEFT_OUT:
                kept.append(line)
        elif started:
            break
    return "\n".join(kept) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: web-story-packs.py SCENARIO_DIR OUT_DIR")
    scenarios, out = sys.argv[1], sys.argv[2]
    pack = os.path.join(os.path.dirname(os.path.abspath(__file__)), "l10n-pack.py")
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(scenarios)):
        path = os.path.join(scenarios, name)
        if not name.endswith(".lure") or not os.path.isfile(path):
            continue
        text = open(path, encoding="utf-8").read()
        header = header_of(text)
        story = name[:-len(".lure")]
        # The page fetches stories/<story>.pack and l10n/<lang>/<id>.pack by one name: they must agree.
        if not re.match(r"scenario: *" + re.escape(story) + r" *\n", header):
            sys.exit(f"web-story-packs.py: {path} does not begin with its header 'scenario: {story}'")
        subprocess.run([sys.executable, pack, "--out", os.path.join(out, story + ".pack"), path],
                       check=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(header)


if __name__ == "__main__":
    main()
