#!/usr/bin/env python3
"""Packs the canvas edition's fonts into one file the page fetches only when it draws (not for the text
edition): a JSON line [[path in the game's file system, size], ...], then the files' bytes in that order
(web/lureproof-page.js writes them into Emscripten's file system before the game starts).
Usage: web-fonts.py OUT_FILE FS_DIR FONT_FILE..."""
import json
import os
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: web-fonts.py OUT_FILE FS_DIR FONT_FILE...")
    out, fs_dir, fonts = sys.argv[1], sys.argv[2].rstrip("/"), sys.argv[3:]
    contents = [open(path, "rb").read() for path in fonts]
    index = [[f"{fs_dir}/{os.path.basename(path)}", len(data)] for path, data in zip(fonts, contents)]
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(json.dumps(index, separators=(",", ":")).encode("utf-8") + b"\n")
        for data in contents:
            f.write(data)


if __name__ == "__main__":
    main()
