#!/usr/bin/python3
"""The colour emoji the content uses, from Debian's Noto Color Emoji (run with Debian's /usr/bin/python3,
which has fontTools and PIL).

  emoji.py --font NotoColorEmoji.ttf --text-font NotoSans-Regular.ttf --cell PIXELS --sheets DIR
           --table emoji_table.inc [--stories ID,... --palette COLOURS --packs DIR] FILE...

Finds every emoji in the given UTF-8 files, whole sequences included (regional-indicator flags, ZWJ
sequences, keycaps, skin tones; U+FE0F is ignored when matching, as the font's GSUB does), and writes
  - the table: every sequence as a C++ initialiser, {length, {code points}} (game/l10n/emoji_table.h:
    the game maps the k-th to a private-use code point that the font atlas draws in colour);
  - the sheets: DIR/<group>.png, each sequence's bitmap (the font's CBDT PNG) scaled into a
    PIXELS-square cell, 16 cells a row, and DIR/<group>.idx, the table indices of its cells. Natively
    one group, "all"; with --stories (the web) one per story (its .lure and catalogues) and "common"
    (quiz, UI), each also a pack (--packs) the page fetches when it needs it.
An emoji the font cannot draw as one glyph (a code point it lacks, a lone regional indicator, a ZWJ
sequence it does not know) stops the build with FILE:LINE:COLUMN.
"""
import argparse
import io
import os
import subprocess
import sys

COLUMNS = 16
MAX_LENGTH = 10  # code points of the longest sequence the table holds (kiss with two skin tones: 9)
VS15, VS16, ZWJ, KEYCAP = 0xFE0E, 0xFE0F, 0x200D, 0x20E3
KEYCAP_BASES = set(map(ord, "#*0123456789"))


def font_sequences(font):
    """{normalised code point tuple: glyph name} for every single code point and ligature of the font."""
    cmap = font.getBestCmap()
    code_of = {}
    for cp, glyph in sorted(cmap.items()):
        code_of.setdefault(glyph, cp)
    seqs = {(cp,): glyph for cp, glyph in cmap.items()}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        if lookup.LookupType != 4:
            continue
        for sub in lookup.SubTable:
            for first, ligatures in sub.ligatures.items():
                for lig in ligatures:
                    names = [first] + list(lig.Component)
                    if all(n in code_of for n in names):
                        seqs[tuple(code_of[n] for n in names)] = lig.LigGlyph
    return seqs


def is_start(cp, nxt, emoji_cmap, text_cmap):
    """Whether an emoji may start at cp (nxt: the code point after it, or None)."""
    if cp in (ZWJ, KEYCAP, VS15, VS16) or 0xE0000 <= cp <= 0xE007F:
        return False
    if cp in KEYCAP_BASES:
        return nxt in (VS16, KEYCAP)
    if cp < 0x80 or cp not in emoji_cmap:
        return False
    return cp not in text_cmap or nxt == VS16  # a text character (©, ™) only with the emoji selector


def find(text, seqs, longest, emoji_cmap, text_cmap):
    """Yields (offset, sequence or None, raw code points) for each emoji in text; None when the font
    has no glyph for what is written there."""
    cps = [ord(c) for c in text]
    i = 0
    while i < len(cps):
        nxt = cps[i + 1] if i + 1 < len(cps) else None
        if not is_start(cps[i], nxt, emoji_cmap, text_cmap):
            i += 1
            continue
        # The normalised code points ahead (selectors skipped) and where each ends in cps.
        norm, ends, j = [], [], i
        while j < len(cps) and len(norm) < longest:
            if cps[j] not in (VS15, VS16):
                norm.append(cps[j])
                ends.append(j + 1)
            elif ends:
                ends[-1] = j + 1
            j += 1
        match = None
        for n in range(len(norm), 0, -1):
            if tuple(norm[:n]) in seqs and (n > 1 or cps[i] not in KEYCAP_BASES):
                match = n
                break
        if match is None:
            yield i, None, cps[i:i + 1]
            i += 1
            continue
        end = ends[match - 1]
        following = norm[match] if match < len(norm) else None
        lone_flag = match == 1 and 0x1F1E6 <= norm[0] <= 0x1F1FF
        joined = following in (ZWJ, KEYCAP) or (following is not None and 0x1F3FB <= following <= 0x1F3FF and match == 1)
        if lone_flag or joined:  # the font would draw the parts, not the sequence written
            stop = ends[min(len(norm), match + 2) - 1]
            yield i, None, cps[i:stop]
            i = stop
            continue
        yield i, tuple(norm[:match]), cps[i:end]
        i = end


def cell_image(font, glyph, cell):
    from PIL import Image

    strike = font["CBDT"].strikeData[0]
    bitmap = strike[glyph]
    bitmap.decompile()
    image = Image.open(io.BytesIO(bitmap.imageData)).convert("RGBA")
    scale = cell / max(image.width, image.height)
    w, h = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    # Resampled with premultiplied alpha, so transparent pixels' colours do not bleed into the edges.
    small = image.convert("RGBa").resize((w, h), Image.LANCZOS).convert("RGBA")
    out = Image.new("RGBA", (cell, cell), (0, 0, 0, 0))
    out.paste(small, ((cell - w) // 2, (cell - h) // 2))
    return out


def group_of(path, stories):
    """The sheet a file's emoji go into: its story's (the .lure and its catalogues share the stem), or
    the common one (quiz, UI); None for a file not shipped (drafts), only checked."""
    stem = os.path.basename(path).rsplit(".", 1)[0]
    if stories is None:
        return "all"
    if "/drafts/" in path.replace(os.sep, "/"):
        return None
    return stem if stem in stories else "common"


def write_sheet(font, seqs, order, ids, cell, palette, path):
    from PIL import Image

    rows = max(1, (len(ids) + COLUMNS - 1) // COLUMNS)
    sheet = Image.new("RGBA", (COLUMNS * cell, rows * cell), (0, 0, 0, 0))
    for k, index in enumerate(ids):
        sheet.paste(cell_image(font, seqs[order[index]], cell), ((k % COLUMNS) * cell, (k // COLUMNS) * cell))
    if palette:  # PALETTE colours with alpha (128: hardly visible at text size), one byte a pixel
        sheet = sheet.quantize(palette, method=Image.FASTOCTREE)
        # Stored, not deflated: the page is served brotli (deploy/nginx), which packs the raw pixels
        # smaller than deflate's (permit-fee's sheet 9.5 KB brotli against 10.3 KB deflated).
        sheet.save(path, compress_level=0)
    else:
        sheet.save(path, optimize=True)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", required=True)
    parser.add_argument("--text-font", required=True)
    parser.add_argument("--cell", type=int, required=True)
    parser.add_argument("--sheets", required=True, help="directory for <group>.png and <group>.idx")
    parser.add_argument("--table", required=True)
    parser.add_argument("--stories", help="comma-separated story ids: one sheet per story and a common one")
    parser.add_argument("--palette", type=int, choices=range(2, 257), metavar="COLOURS",
                        help="sheets of that many colours (2..256), stored uncompressed for the served brotli")
    parser.add_argument("--packs", help="also write <group>.pack there (scripts/build-steps/l10n-pack.py)")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)

    from fontTools.ttLib import TTFont

    font = TTFont(args.font)
    emoji_cmap = set(font.getBestCmap())
    text_cmap = set(TTFont(args.text_font).getBestCmap())
    seqs = font_sequences(font)
    longest = min(MAX_LENGTH, max(len(s) for s in seqs))
    stories = set(args.stories.split(",")) if args.stories is not None else None
    found, groups, errors = {}, {}, []
    for path in args.files:
        group = group_of(path, stories)
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                for offset, seq, raw in find(line, seqs, longest, emoji_cmap, text_cmap):
                    if seq is None:
                        points = " ".join("U+%04X" % c for c in raw)
                        errors.append("%s:%d:%d: error: the emoji '%s' (%s) has no glyph in %s: use one the font has"
                                      % (path, number, offset + 1, "".join(map(chr, raw)), points, args.font))
                        continue
                    found.setdefault(seq, "%s:%d" % (os.path.relpath(path), number))
                    if group:
                        groups.setdefault(group, set()).add(seq)
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        return 1
    order = sorted(found)
    index_of = {seq: k for k, seq in enumerate(order)}
    os.makedirs(args.sheets, exist_ok=True)
    for name in os.listdir(args.sheets):  # sheets of groups that no longer have emoji
        os.remove(os.path.join(args.sheets, name))
    if args.packs:
        os.makedirs(args.packs, exist_ok=True)
        for name in os.listdir(args.packs):
            os.remove(os.path.join(args.packs, name))
    for group, members in sorted(groups.items()):
        ids = sorted(index_of[s] for s in members)
        png, idx = os.path.join(args.sheets, group + ".png"), os.path.join(args.sheets, group + ".idx")
        write_sheet(font, seqs, order, ids, args.cell, args.palette, png)
        with open(idx, "w", encoding="ascii") as f:
            f.write(" ".join(map(str, ids)) + "\n")
        if args.packs:
            pack = os.path.join(os.path.dirname(os.path.abspath(__file__)), "l10n-pack.py")
            subprocess.run([sys.executable, pack, "--out", os.path.join(args.packs, group + ".pack"), png, idx],
                           check=True)
    lines = ["// Generated by scripts/build-steps/emoji.py from the content's emoji; do not edit.",
             "// {length, {code points}}: the sequences (U+FE0F left out), each with where it is first used."]
    for seq in order:
        lines.append("{%d, {%s}},  // %s" % (len(seq), ", ".join("0x%X" % c for c in seq), found[seq]))
    with open(args.table, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
