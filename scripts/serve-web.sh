#!/usr/bin/env bash
# Serves the web build (build/web/dist) on http://127.0.0.1:PORT/ (default 8080).
# Builds it first when it is missing. Usage: scripts/serve-web.sh [PORT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
[ -f build/web/dist/lureproof.wasm ] || { ./scripts/setup.sh; ./scripts/build.sh web; }
exec node web/tools/static-server.mjs build/web/dist "${1:-8080}"
