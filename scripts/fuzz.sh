#!/usr/bin/env bash
# Builds the engine's libFuzzer targets (clang, ASan+UBSan) into build/fuzz and runs each for a
# bounded time on a corpus seeded from tests/data. Usage: scripts/fuzz.sh [seconds-per-target]
# (default 60; a long run is `scripts/fuzz.sh 3600`). Exits non-zero when a target crashes.
set -euo pipefail
SECONDS_PER_TARGET="${1:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build/fuzz"
CXX_FUZZ="${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++)}"
JOBS="${JOBS:-2}"

cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$JOBS"

run_target() {
    local target="$1" seeds="$2" dict_ext="$3"
    local corpus="$BUILD/corpus-$target"
    mkdir -p "$corpus"
    find "$ROOT/$seeds" -name "*.$dict_ext" -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    if [ "$target" = fuzz_parser ] && [ -d "$ROOT/assets/scenarios" ]; then
        find "$ROOT/assets/scenarios" -name "*.lure" -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    fi
    local log="$BUILD/$target.log"
    echo "== $target: ${SECONDS_PER_TARGET}s on $(ls "$corpus" | wc -l) seed files"
    set +e
    (cd "$BUILD" && ASAN_OPTIONS=detect_leaks=1 "./$target" "$corpus" -max_total_time="$SECONDS_PER_TARGET" \
        -max_len=16384 -entropic=0 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1)
    local rc=$?
    set -e
    local execs
    execs=$(grep -E "^stat::number_of_executed_units" "$log" | awk '{print $2}' | tail -1)
    echo "   executions: ${execs:-?}, exit code $rc (log: $log)"
    if [ $rc -ne 0 ]; then
        grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -20
        return 1
    fi
}

status=0
run_target fuzz_parser tests/data lure || status=1
run_target fuzz_twee tests/data twee || status=1
exit $status
