#!/usr/bin/env bash
# The project's test command: installs what is missing, builds native and web, runs every test
# through ctest (unit, scenario, native window under Xvfb, browser in headless Chromium, fuzzing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
start=$(date +%s)

./scripts/setup.sh
./scripts/build.sh web
./scripts/build.sh native
# Re-configure so ctest sees web tests registered once web/node_modules exists.
ctest --preset native-release -j 2 --timeout 900 "$@"
echo "test.sh: finished in $(( $(date +%s) - start )) s"
