#!/usr/bin/env python3
"""Turns the staged web build into the deployable folder: every file but index.html gets a content-hashed
name (name.<hash>.ext, cached for a year by deploy/nginx), index.html's references are rewritten and it
lists the files the page locates at run time (wasm, data, language, story and emoji packs) for web/lureproof-page.js,
HTML and CSS lose their comments, and each file gets precompressed .br and .gz siblings. A language's story
translations (l10n/<lang>/<story>.pack) are not listed in index.html but in that language's UI pack
(l10n/<lang>.pack, a file pack-files.json added to it here), which the game reads when the pack arrives
(game/platform/platform_web.cpp): every visitor would fetch their 10-hex-digit names for every language.
Usage: web-dist.py STAGE_DIR DIST_DIR"""
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HASH_LENGTH = 10
# Files the page finds at run time (Emscripten's locateFile, the game's language- and story-pack fetches, the Studio's
# page (?studio=1: lureproof-studio.js/.wasm/.data), the canvas edition's fonts, the text edition's script and style sheet, the failure notice's script) rather
# than through an attribute of index.html: the page script reads their names from this meta element.
RUNTIME_LOCATED = re.compile(
    r"^(lureproof\.(wasm|data)|lureproof-studio\.(js|wasm|data)|lureproof-fonts\.data|lureproof-(text|failed)\.(js|css)|l10n/([^/]+/)?[^/]+\.pack|stories/[^/]+\.pack|emoji/[^/]+\.pack)$")
FILES_META = "<meta name=\"lureproof-files\" content='{}'>"  # JSON: names have no ' or &
STORY_TRANSLATION = re.compile(r"^l10n/([^/]+)/[^/]+\.pack$")
PACK_FILES = "pack-files.json"  # in a UI pack: its language's story translations, by their hashed names


def without_comments(rel, data):
    """The page's HTML and CSS comments are for its maintainers: the deployed files leave them out."""
    if rel.endswith(".css"):
        return re.sub(rb"/\*.*?\*/\n?", b"", data, flags=re.S)
    if rel.endswith(".html"):
        return re.sub(rb"[ \t]*<!--.*?-->\n?", b"", data, flags=re.S)
    return data


def hashed_name(rel, data):
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    stem, ext = os.path.splitext(rel)
    return f"{stem}.{digest}{ext}"


def write_with_siblings(path, data):
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".gz", "wb") as f:  # mtime 0: the same input gives the same bytes
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    subprocess.run(["brotli", "-q", "11", "-f", "-o", path + ".br", path], check=True)


def with_file(pack, name, data):
    """`pack` (game/l10n/language_pack.h: "LUREPACK 1\\n", "<bytes> <name>\\n" lines, an empty line, the
    files' bytes in that order) with one more file at its end."""
    head, sep, body = pack.partition(b"\n\n")
    if not pack.startswith(b"LUREPACK 1\n") or not sep:
        sys.exit("web-dist.py: a language pack without its LUREPACK header")
    return head + f"\n{len(data)} {name}".encode() + b"\n\n" + body + data


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: web-dist.py STAGE_DIR DIST_DIR")
    stage, dist = sys.argv[1], sys.argv[2]
    page = without_comments("index.html", open(os.path.join(stage, "index.html"), "rb").read()).decode("utf-8")
    renamed = {}
    contents = {}
    for root, _, files in os.walk(stage):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), stage).replace(os.sep, "/")
            if rel == "index.html":
                continue
            contents[rel] = without_comments(rel, open(os.path.join(root, name), "rb").read())
    # The story translations first: their hashed names go into their language's UI pack, then hashed.
    for rel, data in contents.items():
        if STORY_TRANSLATION.match(rel):
            renamed[rel] = hashed_name(rel, data)
    for rel in sorted(contents):
        language = re.fullmatch(r"l10n/([^/]+)\.pack", rel)
        if language:
            stories = {t: n for t, n in sorted(renamed.items()) if STORY_TRANSLATION.match(t).group(1) == language.group(1)}
            if stories:
                contents[rel] = with_file(contents[rel], PACK_FILES, json.dumps(stories, separators=(",", ":")).encode())
    for rel, data in contents.items():
        renamed.setdefault(rel, hashed_name(rel, data))

    # index.html: src/href attributes naming a staged file point at its hashed name.
    def rewrite(match):
        target = match.group(2)
        if target not in renamed:
            return match.group(0)
        return f'{match.group(1)}="{renamed[target]}"'
    page = re.sub(r'\b(src|href)="([^"?#:]+)"', rewrite, page)
    located = {rel: new for rel, new in sorted(renamed.items()) if RUNTIME_LOCATED.match(rel)
               and not STORY_TRANSLATION.match(rel)}
    for required in ("lureproof.wasm", "lureproof.data", "lureproof-fonts.data"):
        if required not in located:
            sys.exit(f"web-dist.py: {stage} has no {required}")
    listing = json.dumps(located, separators=(",", ":"))
    if "'" in listing or "&" in listing:
        sys.exit(f"web-dist.py: a file name has ' or &: {listing}")
    charset = '<meta charset="utf-8">'
    if charset not in page:
        sys.exit(f"web-dist.py: index.html has no {charset}")
    page = page.replace(charset, charset + "\n" + FILES_META.format(listing), 1)
    for rel in renamed:
        if rel.endswith((".js", ".css")) and rel not in page and renamed[rel] not in page:
            sys.exit(f"web-dist.py: index.html does not reference {rel}")

    if os.path.isdir(dist):
        shutil.rmtree(dist)
    os.makedirs(dist)
    for rel, data in contents.items():
        out = os.path.join(dist, renamed[rel])
        os.makedirs(os.path.dirname(out), exist_ok=True)
        write_with_siblings(out, data)
    write_with_siblings(os.path.join(dist, "index.html"), page.encode("utf-8"))


if __name__ == "__main__":
    main()
