#!/usr/bin/env bash
# Serves the web build (build/web/dist) on http://127.0.0.1:PORT/ (default 8080).
# Builds it first when it is missing. Usage: scripts/serve-web.sh [PORT]
# (The same headers as the deployed site; deploy/nginx/ and docs/web.md say how to serve it for real.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
[ -f build/web/dist/index.html ] || { ./scripts/setup.sh; ./scripts/build.sh web; }
exec node web/tools/static-server.mjs build/web/dist "${1:-8080}"
