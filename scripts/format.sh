#!/usr/bin/env bash
# Formats every tracked C++ file of engine/, game/, tools/ and tests/ with Debian's clang-format-14 and
# the tree's .clang-format files; `--check` changes nothing, lists the files that are not formatted
# and exits 1 if any is. Usage: scripts/format.sh [--check] [FILE...]   (default: every tracked file)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
check=0
files=()
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    -*) echo "usage: scripts/format.sh [--check] [FILE...]" >&2; exit 2 ;;
    *) files+=("$a") ;;
  esac
done
# The formatter's version decides the layout: Debian bookworm's clang-format-14 (scripts/setup.sh).
clang_format="${CLANG_FORMAT:-clang-format-14}"
command -v "$clang_format" >/dev/null || { echo "format: $clang_format not found (scripts/setup.sh installs it)" >&2; exit 2; }
[ ${#files[@]} -gt 0 ] || mapfile -t files < <(git ls-files -- 'engine/*.cpp' 'engine/*.h' 'game/*.cpp' 'game/*.h' \
  'tools/*.cpp' 'tools/*.h' 'tests/*.cpp' 'tests/*.h')

# Python does the work, one clang-format process per file on every core. A file whose JavaScript sits
# in EM_JS/EM_ASM is left alone: clang-format reads the JS as C++ and breaks it (`===` becomes `== =`).
# A file is written only if nothing but white space changed outside literals (comments compared
# without their white space) and its preprocessor lines came out as they went in but for white space:
# include order and the #defines before them matter (DOCTEST_CONFIG_IMPLEMENT, STB_IMAGE_IMPLEMENTATION).
python3 - "$clang_format" "$check" "${files[@]}" <<'PY'
import os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

clang_format, check, paths = sys.argv[1], sys.argv[2] == "1", sys.argv[3:]
EMBEDDED_JS = re.compile(r"\bEM_(JS|ASM)")


def directives(text):
    """The logical preprocessor lines (continuations joined), white space removed."""
    out, cur = [], None
    for line in text.split("\n"):
        if cur is None and not re.match(r"\s*#", line):
            continue
        cur = (cur or "") + line.rstrip().rstrip("\\")
        if not line.rstrip().endswith("\\"):
            out.append(re.sub(r"\s+", "", cur))
            cur = None
    if cur is not None:
        out.append(re.sub(r"\s+", "", cur))
    return out


def tokens_only(text):
    """The text without white space outside literals, a line comment or a preprocessor line ending in
    a newline: formatting may change white space only, so this is the same before and after."""
    out, i, n, line_start, directive = [], 0, len(text), True, False
    while i < n:
        c = text[i]
        if text.startswith("\\\n", i):  # a line splice is white space too
            i += 2
            continue
        if c == "\n":
            if directive:
                out.append("\n")
                directive = False
            line_start, i = True, i + 1
            continue
        if c.isspace():
            i += 1
            continue
        if line_start and c == "#":
            directive = True
        line_start = False
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(re.sub(r"\s+", "", text[i:end]) + "\n")
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"\s+", "", text[i:end]))
            i = end
        elif c == '"' and i > 0 and text[i - 1] == "R":
            delim = text[i + 1:text.index("(", i)]
            end = text.index(")" + delim + '"', i) + len(delim) + 2
            out.append(text[i:end])
            i = end
        elif c == '"' or (c == "'" and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"))):
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def run(path):
    try:
        with open(path, encoding="utf-8") as f:
            old = f.read()
    except OSError as e:
        sys.exit(f"format: {e}")
    if EMBEDDED_JS.search(old):
        return path, "skipped"
    new = subprocess.run([clang_format, "--style=file", path], capture_output=True, text=True, check=True).stdout
    if new == old:
        return path, "formatted"
    if directives(new) != directives(old):
        return path, "preprocessor"
    if tokens_only(new) != tokens_only(old):
        return path, "tokens"
    if not check:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
    return path, "changed"


with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    results = list(pool.map(run, paths))
by = {}
for path, state in results:
    by.setdefault(state, []).append(path)
for path in by.get("preprocessor", []):
    print(f"{path}: clang-format would change a preprocessor line; left as it is", file=sys.stderr)
for path in by.get("tokens", []):
    print(f"{path}: clang-format would change more than white space; left as it is", file=sys.stderr)
skipped = len(by.get("skipped", []))
changed = by.get("changed", [])
if check:
    for path in changed:
        print(f"{path}: not formatted (scripts/format.sh formats it)")
    print(f"format: {len(paths) - skipped} files checked, {len(changed)} not formatted, "
          f"{skipped} left alone (EM_JS/EM_ASM)", file=sys.stderr)
else:
    print(f"format: {len(changed)} of {len(paths) - skipped} files reformatted, "
          f"{skipped} left alone (EM_JS/EM_ASM)", file=sys.stderr)
sys.exit(1 if by.get("preprocessor") or by.get("tokens") or (check and changed) else 0)
PY
