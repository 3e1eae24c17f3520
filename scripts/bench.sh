#!/usr/bin/env bash
# Performance suite (issue 11; not part of CI's pass/fail): builds the native release and the web
# edition, measures payload, time to first frame, frame CPU per screen, idle CPU, RSS, wasm heap,
# Lighthouse (the deployed page) and scenario parsing, each against its reference in the same run,
# and writes docs/performance.md.
# Takes 30-60 minutes on 2 cores (llvmpipe draws the 13 x 1,000 frames in software). Needs
# xvfb-run, chromium, node with web/node_modules, brotli, nginx with its brotli_static module.
# Usage: scripts/bench.sh [--runs N (5)] [--frame-runs N (5)] [--idle-runs N (3)] [--idle-seconds S (30)]
#                         [--frames N (1000)] [--lighthouse-runs N (3)] [--no-build] [--out FILE (docs/performance.md)]
#                         [--only idle|lighthouse]  (only those rows, measured and updated in place in FILE)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
cmdline="scripts/bench.sh${*:+ $*}"
build=1
only=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --only) only="${2:?--only needs a value}"; args+=("$1" "$2"); shift ;;
    --runs|--frame-runs|--idle-runs|--idle-seconds|--frames|--lighthouse-runs|--out) args+=("$1" "${2:?$1 needs a value}"); shift ;;
    *) echo "usage: scripts/bench.sh [--runs N] [--frame-runs N] [--idle-runs N] [--idle-seconds S] [--frames N] [--lighthouse-runs N] [--only idle|lighthouse] [--no-build] [--out FILE]" >&2
       exit 2 ;;
  esac
  shift
done
jobs="$(nproc)"; [ "$jobs" -gt 2 ] && jobs=2
if [ $build -eq 1 ]; then
  cmake --preset native-release >/dev/null
  nice cmake --build --preset native-release -j "$jobs" --target lureproof floor_native lure_bench
  export NODE_PATH=/usr/share/nodejs
  cmake --preset web >/dev/null
  nice cmake --build --preset web -j "$jobs" --target lureproof_dist floor
fi
needed=(build/native/bin/lureproof build/native/bin/floor_native build/native/bin/lure_bench
        build/web/dist/index.html build/web/floor/index.html web/node_modules/playwright-core)
[ "$only" = lighthouse ] && needed=(build/web/dist/index.html web/node_modules/lighthouse)
for f in "${needed[@]}"; do
  [ -e "$f" ] || { echo "bench: missing $f (build first, and link web/node_modules)" >&2; exit 1; }
done
xvfb-run -a -s "-screen 0 1920x1080x24" python3 tools/bench/bench.py --root "$here" \
  --command "$cmdline" "${args[@]}"
