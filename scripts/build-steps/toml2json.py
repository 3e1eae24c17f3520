#!/usr/bin/env python3
"""Converts a TOML data file (the quiz bank, the source register, the facts, the browser edition's
kiosk.toml) to JSON for the web build, which reads no TOML (game/data/data_tree.h). Python's tomllib
checks the syntax, so a broken file stops the build; the game validates the content as it does natively.
A date becomes its "YYYY-MM-DD" string (the game accepts both); times, which no Lureproof file uses,
are refused. `--keep TABLE=field,field` keeps only those fields of each [[TABLE]] entry (the browser
needs a source's title and year, not its quote). Usage:
toml2json.py IN.toml OUT.json [--remove-input] [--keep TABLE=field,...]..."""
import datetime
import json
import os
import sys
import tomllib


def convert(value, where):
    if isinstance(value, datetime.datetime) or isinstance(value, datetime.time):
        raise SystemExit(f"toml2json: {where}: times have no JSON form")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: convert(item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [convert(item, f"{where}[{i}]") for i, item in enumerate(value)]
    return value


def main():
    argv = sys.argv[1:]
    keep = {}
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--keep" and i + 1 < len(argv):
            table, _, fields = argv[i + 1].partition("=")
            keep[table] = set(fields.split(","))
            i += 2
            continue
        if argv[i] != "--remove-input":
            args.append(argv[i])
        i += 1
    if len(args) != 2:
        raise SystemExit(__doc__)
    src, out = args
    try:
        with open(src, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise SystemExit(f"toml2json: {src}: {e}")
    data = convert(data, os.path.basename(src))
    for table, fields in keep.items():
        if isinstance(data.get(table), list):
            data[table] = [{k: v for k, v in entry.items() if k in fields} for entry in data[table]]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    os.replace(tmp, out)
    if "--remove-input" in argv:
        os.remove(src)


if __name__ == "__main__":
    main()
