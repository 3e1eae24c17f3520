#!/usr/bin/env python3
"""Checks a --speech-log of tests/ui/read-aloud.script: what was read aloud, in which order and
language. Usage: check_speech_log.py LOG. Each line is "language<TAB>kind<TAB>id<TAB>text"."""
import sys


def fail(why, lines):
    print("speech log check failed: " + why)
    for n, (lang, kind, text) in enumerate(lines):
        print(f"  {n:3} {lang} {kind:8} {text[:100]}")
    sys.stdout.flush()
    sys.exit(1)


def main():
    lines, ids = [], []
    with open(sys.argv[1], encoding="utf-8") as f:
        for raw in f:
            parts = raw.rstrip("\n").split("\t", 3)
            if len(parts) != 4:
                fail(f"malformed line {raw!r}", lines)
            lines.append((parts[0], parts[1], parts[3]))
            ids.append(parts[2])
    if not lines:
        fail("nothing was read aloud", lines)
    # In order: each step is (language, kind, test on the text); others may come between them.
    steps = [
        ("en", "heading", lambda t: t.startswith("Lureproof: ")),
        ("en", "heading", lambda t: t == "Choose your language"),
        ("ro", "heading", lambda t: t == "Înainte să începi"),
        ("ro", "message", lambda t: len(t) > 20),  # the content note's text
        ("ro", "heading", lambda t: t == "Alege o poveste"),
        ("ro", "heading", lambda t: " · " in t),  # "<name>'s phone · <story>"
        ("ro", "message", lambda t: ": " in t),  # a message: speaker, then text
        ("ro", "choice", lambda t: len(t) > 0),
        ("ro", "heading", lambda t: True),  # the ending
        ("ro", "message", lambda t: True),
        ("ro", "heading", lambda t: t == "Harta poveștii"),  # the debrief
        ("ro", "message", lambda t: True),
    ]
    at = 0
    found = []
    for step, (lang, kind, test) in enumerate(steps):
        while at < len(lines) and not (lines[at][0] == lang and lines[at][1] == kind and test(lines[at][2])):
            at += 1
        if at == len(lines):
            fail(f"step {step} ({lang} {kind}) not found after line {found[-1] if found else 0}", lines)
        found.append(at)
        at += 1
    # After the language was chosen, everything is read in Romanian.
    chosen = found[1]
    if any(lang != "ro" for lang, _, _ in lines[chosen + 1:]):
        fail("a line after the language was chosen is not in Romanian", lines)
    # A message is said once: none twice on the play screen (from its heading to the ending's), by
    # its id and text (marking two harmless messages gives the same feedback twice, as two messages).
    play = [(ids[i], lines[i][2]) for i in range(found[5], found[8]) if lines[i][1] == "message"]
    if len(play) != len(set(play)):
        fail("a message of the story was said twice", lines)
    if not any(i.startswith("flag:") for i, _ in play):
        fail("no marked message's feedback was said", lines)
    if len(play) < 5:
        fail(f"only {len(play)} messages of the story were said", lines)
    print(f"speech log: {len(lines)} utterances, {len(play)} messages of the story, in order")


if __name__ == "__main__":
    main()
