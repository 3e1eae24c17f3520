#!/usr/bin/env python3
"""Converts a TOML data file (the quiz bank, the browser edition's kiosk.toml) to JSON for the web build,
which reads no TOML (game/data/data_tree.h). Python's tomllib checks the syntax, so a broken file stops
the build; the game validates the content as it does natively. Dates and times, which no Lureproof file
uses and JSON cannot hold, are refused. Usage: toml2json.py IN.toml OUT.json [--remove-input]"""
import datetime
import json
import os
import sys
import tomllib


def check(value, where):
    if isinstance(value, (datetime.date, datetime.time)):
        raise SystemExit(f"toml2json: {where}: dates and times have no JSON form")
    if isinstance(value, dict):
        for key, item in value.items():
            check(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check(item, f"{where}[{i}]")


def main():
    args = [a for a in sys.argv[1:] if a != "--remove-input"]
    if len(args) != 2:
        raise SystemExit(__doc__)
    src, out = args
    try:
        with open(src, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise SystemExit(f"toml2json: {src}: {e}")
    check(data, os.path.basename(src))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    os.replace(tmp, out)
    if "--remove-input" in sys.argv[1:]:
        os.remove(src)


if __name__ == "__main__":
    main()
