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
# Preprocessor lines must come out as they went in but for white space: include order and the #defines
# before them matter (DOCTEST_CONFIG_IMPLEMENT, STB_IMAGE_IMPLEMENTATION, TOML_EXCEPTIONS).
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
sys.exit(1 if by.get("preprocessor") or (check and changed) else 0)
PY
