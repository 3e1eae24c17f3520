#!/usr/bin/env bash
# Builds the engine's libFuzzer targets (clang, ASan+UBSan) into build/fuzz and runs each on a corpus
# seeded from tests/fuzz/corpus and tests/data. Exits non-zero when a target crashes or leaks.
#   scripts/fuzz.sh [seconds-per-target]        bounded by time (default 60; ctest engine_fuzz uses 40)
#   FUZZ_RUNS=N scripts/fuzz.sh                 bounded by executions: N per target (a long run)
#   FUZZ_TARGETS="fuzz_parse_only" scripts/fuzz.sh 30   only some targets
#   FUZZ_MAX_LEN=512 FUZZ_RUNS=N scripts/fuzz.sh     shorter inputs for every target (more executions/s)
# Targets: fuzz_parse_only (parse only: fast), fuzz_parser (parse + check + play + coverage + save),
# fuzz_twee (Twee import, then parse + check), fuzz_po (.po reading and checking: lure l10n check,
# --po). Each prints its executions; docs/scenario-format.md (section 23, "Fuzzing") gives the
# long-run commands and the last measured counts.
set -euo pipefail
SECONDS_PER_TARGET="${1:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build/fuzz"
CXX_FUZZ="${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++)}"
JOBS="${JOBS:-2}"
TARGETS="${FUZZ_TARGETS:-fuzz_parse_only fuzz_parser fuzz_twee fuzz_po}"

cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j"$JOBS"

run_target() {
    local target="$1" seeds="$2" ext="$3" max_len="${FUZZ_MAX_LEN:-$4}"
    local corpus="$BUILD/corpus-$target"
    mkdir -p "$corpus"
    cp -n "$ROOT/tests/fuzz/corpus/$seeds"/* "$corpus/" 2>/dev/null || true
    find "$ROOT/tests/data" -name "*.$ext" -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    if [ "$ext" = lure ] && [ -d "$ROOT/assets/scenarios" ]; then
        find "$ROOT/assets/scenarios" -name "*.lure" -exec cp -n {} "$corpus/" \; 2>/dev/null || true
    fi
    local bound=(-max_total_time="$SECONDS_PER_TARGET")
    [ -n "${FUZZ_RUNS:-}" ] && bound=(-runs="$FUZZ_RUNS")
    local log="$BUILD/$target.log"
    echo "== $target: ${bound[*]} on $(ls "$corpus" | wc -l) seed files"
    set +e
    (cd "$BUILD" && ASAN_OPTIONS=detect_leaks=1 "./$target" "$corpus" "${bound[@]}" \
        -max_len="$max_len" -entropic=0 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1)
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
for target in $TARGETS; do
    case "$target" in
        # The parse-only target keeps inputs short (2 KiB: many more executions per second); the
        # others allow a whole 16 KiB line.
        fuzz_parse_only) run_target "$target" parse lure 2048 || status=1 ;;
        fuzz_parser) run_target "$target" parse lure 16384 || status=1 ;;
        fuzz_twee) run_target "$target" twee twee 16384 || status=1 ;;
        fuzz_po) run_target "$target" po po 16384 || status=1 ;;
        *) echo "unknown fuzz target '$target'" >&2; status=1 ;;
    esac
done
exit $status
