#!/usr/bin/env python3
"""Writes test images for the avatar test (no third-party images in the repository).

usage: make_test_png.py OUT.png RRGGBB [SIZE]   a SIZE x SIZE PNG (default 64): a disc of the colour
                                                 on white, so the avatar is recognisable by colour
       make_test_png.py --broken OUT.png         a file named .png that is not an image
Only the Python standard library (zlib, struct) is used.
"""
import struct
import sys
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(colour, size):
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    rows = bytearray()
    c = (size - 1) / 2.0
    for y in range(size):
        rows.append(0)  # filter: none
        for x in range(size):
            inside = (x - c) ** 2 + (y - c) ** 2 <= (size * 0.45) ** 2
            rows += bytes((r, g, b)) if inside else b"\xff\xff\xff"
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")


def main(argv):
    if len(argv) == 3 and argv[1] == "--broken":
        with open(argv[2], "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\nthis is not really an image")
        return 0
    if len(argv) not in (3, 4) or len(argv[2]) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], "wb") as f:
        f.write(png(argv[2], int(argv[3]) if len(argv) == 4 else 64))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
