#!/usr/bin/env python3
"""Writes one pack (game/l10n/language_pack.h): the given files in one file, fetched by the web edition
when it needs them. A language's UI pack (l10n/<lang>.pack: ui.mo, quiz.mo and, with --headers, of each
story's catalogue only its header entries, which the story picker shows) when a visitor picks that
language; a story's translation (l10n/<lang>/<story>.pack: its whole .mo) or its English source
(stories/<story>.pack: the .lure file, copied as it is) when a visitor opens that story.
Usage: l10n-pack.py --out de.pack ui.mo quiz.mo --headers dream-job.mo ... [--font-supplement DIR/font-supplement.txt]
       l10n-pack.py --out x.pack FILE...
A language whose letters the page's base fonts lack carries them in its UI pack (--font-supplement: the
list, and the two subset faces beside it, scripts/build-steps/l10n-glyphs.py supplement); an empty list
adds nothing.

Each catalogue goes in keyed by hash: its English source strings (msgctxt + msgid, the lookup keys) are
replaced by 8 hex digits, the low 32 bits of their FNV-1a 64 hash (lure::l10n_key_hash), and the header
gains "X-Lureproof-Keys: fnv1a64-32", so the runtime hashes what it looks up; the catalogue is written
in a compact form without the .mo tables (keyed_catalogue). The English text is already
in the program and the scenarios; leaving it out makes a pack about a third smaller (and 8 digits rather
than 16 save ~4 bytes brotli per string: 5 KB of the Greek pack). A translation whose English text
changed no longer matches, as before. Two keys of one catalogue with the same hash stop the build; a
string missing from a catalogue of n strings matches a wrong one with probability n / 2^32 (under 1e-7
for the largest catalogue, ~170 strings)."""
import argparse
import os
import re
import struct

MO_MAGIC = 0x950412DE
KEYS_HEADER = b"X-Lureproof-Keys: fnv1a64-32\n"


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def read_mo(path):
    """(original, translation) byte pairs of a GNU .mo file, either byte order."""
    with open(path, "rb") as f:
        data = f.read()
    for order in "<>":
        if len(data) >= 28 and struct.unpack(order + "I", data[:4])[0] == MO_MAGIC:
            break
    else:
        raise SystemExit(f"l10n-pack: {path} is not a .mo file")
    _, _, count, originals, translations = struct.unpack(order + "5I", data[:20])

    def string(table, i):
        length, offset = struct.unpack(order + "2I", data[table + 8 * i:table + 8 * i + 8])
        if offset + length > len(data):
            raise SystemExit(f"l10n-pack: {path}: string {i} points outside the file")
        return data[offset:offset + length]

    return [(string(originals, i), string(translations, i)) for i in range(count)]


# The only header fields the game reads (lure::Catalog); the rest (translator, dates) stays in the .po.
HEADER_FIELDS = (b"Language", b"Content-Type", b"Plural-Forms")


def keyed_catalogue(path, keep=lambda key: True):
    """The catalogue in the packs' compact form (engine/src/l10n_catalog.cpp): "LUREKEYS 1\\n", the header,
    then per string its hashed key and translation, each part ended by a 0xff byte (never in UTF-8).
    No .mo tables of lengths and offsets: 6 KB brotli of the Greek pack."""
    entries = []
    seen = {}
    header = b""
    for original, translation in read_mo(path):
        if original == b"":
            header = b"".join(line + b"\n" for line in translation.split(b"\n")
                              if line.split(b":", 1)[0] in HEADER_FIELDS)
            continue
        key = original.split(b"\0", 1)[0]  # "ctx\x04msgid"; msgid_plural is not part of the key
        if not keep(key):
            continue
        hashed = b"%08x" % (fnv1a64(key) & 0xFFFFFFFF)
        if hashed in seen:
            raise SystemExit(f"l10n-pack: {path}: {seen[hashed]!r} and {key!r} have the same hash")
        seen[hashed] = key
        if b"\xff" in translation:
            raise SystemExit(f"l10n-pack: {path}: the translation of {key!r} is not UTF-8")
        entries.append((hashed, translation))
    entries.sort()
    return (b"LUREKEYS 1\n" + header + KEYS_HEADER + b"\xff" +
            b"".join(hashed + translation + b"\xff" for hashed, translation in entries))


# A story's header entries (lure::l10n_entries: "<id>:title", ...): what the story picker shows of it.
HEADER_CONTEXT = re.compile(rb"[^:\x04]+:(title|summary|persona\.name|persona\.situation|content-note)")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--headers", nargs="+", default=[], help="story catalogues of which only the header entries go in")
    ap.add_argument("--font-supplement", help="a language's font-supplement.txt; with its fonts when not empty")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if args.font_supplement and os.path.getsize(args.font_supplement) > 0:
        here = os.path.dirname(args.font_supplement)
        args.files += [args.font_supplement] + [os.path.join(here, f"font-supplement-{face}.ttf")
                                                for face in ("Regular", "Bold")]
    if not args.files and not args.headers:
        raise SystemExit("l10n-pack: no files")
    header = [b"LUREPACK 1\n"]
    body = []
    headers_only = set(args.headers)
    for path in sorted(args.files + args.headers, key=os.path.basename):
        name = os.path.basename(path)
        if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,95}", name):
            raise SystemExit(f"l10n-pack: unusable file name {name!r}")
        if path in headers_only:
            data = keyed_catalogue(path, lambda key: HEADER_CONTEXT.fullmatch(key.split(b"\x04", 1)[0]) is not None
                                   and b"\x04" in key)
        elif name.endswith(".mo"):
            data = keyed_catalogue(path)
        else:  # a story's source (.lure), a font supplement: as it is
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
