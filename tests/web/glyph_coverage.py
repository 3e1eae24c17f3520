#!/usr/bin/python3
"""Glyph coverage of the web edition's fonts, as deployed (build/web/dist): for every language the page
offers (web/kiosk.toml), every character of its catalogues must be in both faces of the page's fonts
(lureproof-fonts.data) or in both faces of that language's font supplement (in its UI pack,
l10n/<lang>.pack); every offered language's tagline and endonym (drawn on the attract screen, before
any pack) in the page's fonts; and a supplement must list exactly what its faces carry and nothing the
page's fonts have already (those bytes would be fetched twice). Emoji are exempt (the emoji packs draw
them), as are the Arabic letters of a right-to-left language (drawn shaped with their own font).
Usage: glyph_coverage.py DIST_DIR SOURCE_DIR   (Debian's python3: python3-fonttools)"""
import io
import json
import os
import re
import sys

from fontTools.ttLib import TTFont


def emoji_or_control(cp):  # as tests/l10n/test_glyph_coverage.cpp
    return (cp < 0x20 or 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
            or 0xFE00 <= cp <= 0xFE0F or cp in (0x200D, 0x20E3) or 0xE0000 <= cp <= 0xE007F or 0x2300 <= cp <= 0x23FF)


def arabic_or_bidi(cp):
    return 0x0600 <= cp <= 0x06FF or 0x200C <= cp <= 0x200F or 0x2066 <= cp <= 0x2069


def cmap(data):
    return set(TTFont(io.BytesIO(data))["cmap"].getBestCmap())


def hashed(dist, name):
    """The content-hashed file of `name` (e.g. l10n/hu.pack) in dist, by the page's file list."""
    with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
        files = json.loads(re.search(r"<meta name=\"lureproof-files\" content='([^']*)'", f.read()).group(1))
    return os.path.join(dist, files[name]) if name in files else None


def unpack(path):
    """The files of a pack (game/l10n/language_pack.h): {name: bytes}."""
    with open(path, "rb") as f:
        data = f.read()
    header, _, rest = data.partition(b"\n\n")
    lines = header.split(b"\n")
    assert lines[0] == b"LUREPACK 1", path
    out, at = {}, 0
    for line in lines[1:]:
        size, name = line.split(b" ", 1)
        out[name.decode()] = rest[at:at + int(size)]
        at += int(size)
    return out


def po_text(path):
    """Every msgid, msgid_plural and msgstr of a .po file, joined (comments and keywords left out)."""
    text = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'^(?:msgid|msgid_plural|msgstr(?:\[\d+\])?)?\s*"(.*)"\s*$', line)
            if m and not line.startswith("#"):
                text.append(json.loads('"' + m.group(1) + '"'))
    return "".join(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dist, source = sys.argv[1], sys.argv[2]
    with open(os.path.join(source, "web", "kiosk.toml"), encoding="utf-8") as f:
        languages = re.findall(r'"([a-z]+)"', re.search(r"^languages\s*=\s*\[([^\]]*)\]", f.read(), re.M).group(1))
    with open(os.path.join(source, "engine", "src", "l10n_languages.cpp"), encoding="utf-8") as f:
        table = f.read()
    endonyms = dict(re.findall(r'\{"([a-z]+)", "([^"]+)"', table))
    right_to_left = {m.group(1) for m in re.finditer(r'\{"([a-z]+)", [^{}]*, (?:true|false), true\}', table)}

    fonts_path = hashed(dist, "lureproof-fonts.data")
    with open(fonts_path, "rb") as f:
        index_line, _, body = f.read().partition(b"\n")
    faces, at = {}, 0
    for name, size in json.loads(index_line):
        faces[os.path.basename(name)] = cmap(body[at:at + size])
        at += size
    base = faces["NotoSans-Regular.ttf"] & faces["NotoSans-Bold.ttf"]
    problems = []
    taglines = {}
    with open(os.path.join(dist, "..", "assets", "l10n", "taglines.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                code, text = line.rstrip("\n").split("\t", 1)
                taglines[code] = text
    for lang in languages:
        rtl = lang in right_to_left
        for what, text in (("tagline", taglines.get(lang, "")), ("endonym", endonyms.get(lang, ""))):
            if lang != "en" and not text:
                problems.append(f"{lang}: no {what}")
            missing = {c for c in text if c not in " " and not (rtl and arabic_or_bidi(ord(c))) and ord(c) not in base
                       and not emoji_or_control(ord(c))}
            if missing:
                problems.append(f"{lang}: {what} letters not in the page's fonts: {''.join(sorted(missing))}")
        if lang == "en":
            continue
        pack = hashed(dist, f"l10n/{lang}.pack")
        if not pack:
            problems.append(f"{lang}: offered but no l10n/{lang}.pack")
            continue
        files = unpack(pack)
        supplement = set()
        if "font-supplement.txt" in files:
            listed = {ord(c) for c in files["font-supplement.txt"].decode("utf-8")}
            carried = cmap(files["font-supplement-Regular.ttf"]) & cmap(files["font-supplement-Bold.ttf"])
            if listed - carried:
                problems.append(f"{lang}: supplement lists letters its faces lack: {''.join(map(chr, sorted(listed - carried)))}")
            if listed & base:
                problems.append(f"{lang}: supplement repeats the page's letters: {''.join(map(chr, sorted(listed & base)))}")
            supplement = listed & carried
        directory = os.path.join(source, "assets", "l10n", lang)
        missing = {}
        for po in sorted(os.listdir(directory)):
            if not po.endswith(".po") or po == "glossary.po":
                continue
            for c in po_text(os.path.join(directory, po)):
                cp = ord(c)
                if emoji_or_control(cp) or (rtl and arabic_or_bidi(cp)) or cp in base or cp in supplement:
                    continue
                missing.setdefault(c, po)
        for c, po in sorted(missing.items()):
            problems.append(f"{lang}: U+{ord(c):04X} '{c}' ({po}) in neither the page's fonts nor its supplement")
        print(f"{lang}: {len(supplement)} letters in its supplement"
              f"{' (' + ''.join(map(chr, sorted(supplement))) + ')' if supplement else ''}, "
              f"{'all covered' if not missing else str(len(missing)) + ' missing'}")
    print(f"page's fonts: {len(base)} code points in both faces; {len(languages)} languages offered")
    for p in problems:
        print("FAIL " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
