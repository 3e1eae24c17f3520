#!/usr/bin/env python3
"""Writes a language's hyphenation table (game/l10n/hyphenation.h): where each long word of its
catalogues may break, from Debian's hyphenation dictionary for that language (hyphen-de, hyphen-el,
hyphen-pl, ...: /usr/share/hyphen/hyph_<lang>*.dic) through libhyphen (libhyphen0), the library
LibreOffice hyphenates with.
Usage: l10n-hyphenation.py --lang de --out hyphenation.txt ui.po quiz.po dream-job.po ...
       l10n-hyphenation.py --lang de --out hyphenation.txt ui.po quiz.po --headers dream-job.po ...
       l10n-hyphenation.py --lang de --out dream-job.hyphenation.txt --except hyphenation.txt dream-job.po
Natively one table holds every word. The web edition splits it: the UI pack's holds the words of the UI,
the quiz and the story picker (--headers: of those catalogues only the header entries, the story's title,
summary, persona and content note), and each story's translation pack the words of that story that table
lacks (--except), merged into the language's table when the story opens (game/l10n/tr.h).

Done at build time, not in the game: the web edition cannot use libhyphen (it is not built for
Emscripten) and a dictionary (40-240 KB) would weigh far more than the words the game really shows.
Only words of at least MIN_LETTERS characters go in (a shorter word fits a line of its own at
every size the game is laid out for; when one does not, the game breaks it where it must, with a
hyphen). Output: "LUREHYPH 1\\n", then each word as it is written, '=' at each break point, sorted.
The game looks a word up as it is drawn, without the punctuation around it (EDGE_PUNCTUATION,
the same set as game/ui/line_breaker.cpp)."""
import argparse
import ctypes
import glob
import os
import re
import sys

MIN_LETTERS = 10
# Characters a word may carry at its edges that are not part of it: quotes, brackets, stops,
# emphasis markers. Must match kEdgePunctuation in game/ui/line_breaker.cpp.
EDGE_PUNCTUATION = "\"'()[]{}<>*_.,;:!?„“”‚‘’«»…–—"
# Languages written without hyphenation (no Debian dictionary is needed for them).
NOT_HYPHENATED = {"ar", "fa", "he", "ja", "ko", "th", "ur", "zh"}
LEFT_MIN, RIGHT_MIN = 2, 3  # characters kept before / after a break (hyphen-* dictionaries' usual minimums)
PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
PO_MSGSTR = re.compile(r'^msgstr(?:\[\d+\])?\s+((?:"(?:[^"\\]|\\.)*"\s*)+)', re.M)
PO_MSGCTXT = re.compile(r'^msgctxt\s+((?:"(?:[^"\\]|\\.)*"\s*)+)', re.M)
# A story's header entries (lure::l10n_entries; the story picker shows them), as scripts/build-steps/l10n-pack.py.
HEADER_CONTEXT = re.compile(r"[^:]+:(title|summary|persona\.name|persona\.situation|content-note)")
LETTER_RUN = re.compile(r"[^\W\d_]+")


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def translations(po_path, headers_only=False):
    """Every translated text of a .po file (msgstr, all plural forms; not the header), fuzzy entries included;
    with headers_only, of the entries whose context is a story's header entry."""
    with open(po_path, encoding="utf-8") as f:
        text = f.read()
    if headers_only:
        for block in re.split(r"\n\s*\n", text):
            context = PO_MSGCTXT.search(block)
            if context and HEADER_CONTEXT.fullmatch("".join(unescape(s) for s in PO_STRING.findall(context.group(1)))):
                yield from translations_in(block)
        return
    yield from translations_in(text)


def translations_in(text):
    for m in PO_MSGSTR.finditer(text):
        translation = "".join(unescape(s) for s in PO_STRING.findall(m.group(1)))
        if "Content-Type:" not in translation:  # not the catalogue's header entry
            yield translation


def find_dictionary(lang):
    for pattern in (f"hyph_{lang}_{lang.upper()}.dic", f"hyph_{lang}.dic", f"hyph_{lang}_*.dic"):
        found = sorted(glob.glob(os.path.join("/usr/share/hyphen", pattern)))
        if found:
            return found[0]
    return None


class Hyphenator:
    def __init__(self, path):
        self.lib = ctypes.CDLL("libhyphen.so.0")
        self.lib.hnj_hyphen_load.restype = ctypes.c_void_p
        self.lib.hnj_hyphen_load.argtypes = [ctypes.c_char_p]
        pp_char, pp_int = ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.POINTER(ctypes.POINTER(ctypes.c_int))
        self.lib.hnj_hyphen_hyphenate2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                                   ctypes.c_char_p, pp_char, pp_int, pp_int]
        self.dict = self.lib.hnj_hyphen_load(path.encode())
        if not self.dict:
            raise SystemExit(f"l10n-hyphenation: libhyphen cannot read {path}")
        with open(path, "rb") as f:  # the first line names the dictionary's encoding
            self.encoding = f.readline().strip().decode("ascii").lower().replace("iso8859", "iso8859_")

    def points(self, letters):
        """Character offsets inside `letters` (a run of letters) where it may break."""
        lower = letters.lower()
        if len(lower) != len(letters):
            return []
        try:
            encoded = lower.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            return []
        hyphens = ctypes.create_string_buffer(len(encoded) + 5)
        rep, pos, cut = ctypes.POINTER(ctypes.c_char_p)(), ctypes.POINTER(ctypes.c_int)(), ctypes.POINTER(ctypes.c_int)()
        if self.lib.hnj_hyphen_hyphenate2(self.dict, encoded, len(encoded), hyphens, None, ctypes.byref(rep),
                                          ctypes.byref(pos), ctypes.byref(cut)) != 0:
            return []
        # Byte offsets to character offsets (UTF-8 dictionaries): a break after byte i is one after
        # the character that byte ends.
        ends = {}
        at = 0
        for n, ch in enumerate(lower):
            at += len(ch.encode(self.encoding))
            ends[at - 1] = n + 1
        out = []
        for i in range(len(encoded) - 1):
            if hyphens.raw[i] & 1 and i in ends and not (rep and rep[i]):  # no spelling changes (old "ck" -> "k-k")
                n = ends[i]
                if LEFT_MIN <= n <= len(letters) - RIGHT_MIN:
                    out.append(n)
        return out


def table(texts, hyphenator, known=frozenset()):
    words = {}
    for text in texts:
        for token in text.split():
            word = token.strip(EDGE_PUNCTUATION)
            if len(word) < MIN_LETTERS or word in words or word in known or "=" in word:
                continue
            breaks = []
            for run in LETTER_RUN.finditer(word):
                breaks += [run.start() + p for p in hyphenator.points(run.group())]
            if breaks:
                words[word] = breaks
    lines = []
    for word in sorted(words):
        parts, last = [], 0
        for p in sorted(set(words[word])):
            parts.append(word[last:p])
            last = p
        parts.append(word[last:])
        lines.append("=".join(parts))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--headers", nargs="+", default=[], help="catalogues of which only the story header entries count")
    ap.add_argument("--except", dest="known", help="a table whose words are left out (the UI pack's)")
    ap.add_argument("po", nargs="*")
    args = ap.parse_args()
    if not args.po and not args.headers:
        sys.exit("l10n-hyphenation: no catalogues")
    lines = []
    if args.lang not in NOT_HYPHENATED:
        path = find_dictionary(args.lang)
        if not path:
            sys.exit(f"l10n-hyphenation: no hyphenation dictionary for '{args.lang}' in /usr/share/hyphen: "
                     f"install Debian's hyphen-{args.lang} (scripts/setup.sh)")
        known = set()
        if args.known:
            with open(args.known, encoding="utf-8") as f:
                known = {line.rstrip("\n").replace("=", "") for line in f.readlines()[1:]}
        texts = [t for po in args.po for t in translations(po)]
        texts += [t for po in args.headers for t in translations(po, headers_only=True)]
        lines = table(texts, Hyphenator(path), known)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("LUREHYPH 1\n" + "".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
