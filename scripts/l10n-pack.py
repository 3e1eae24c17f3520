#!/usr/bin/env python3
"""Writes one language pack (game/l10n/language_pack.h): the given .mo files in one file, fetched by the
web edition when a visitor picks that language. Usage: l10n-pack.py --out de.pack ui.mo dream-job.mo ..."""
import argparse
import os
import re


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    header = [b"LUREPACK 1\n"]
    body = []
    for path in sorted(args.files, key=os.path.basename):
        name = os.path.basename(path)
        if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,95}", name):
            raise SystemExit(f"l10n-pack: unusable file name {name!r}")
        with open(path, "rb") as f:
            data = f.read()
        header.append(f"{len(data)} {name}\n".encode())
        body.append(data)
    header.append(b"\n")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(b"".join(header + body))


if __name__ == "__main__":
    main()
