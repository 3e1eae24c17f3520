#!/usr/bin/env bash
# Installs what is missing, builds, and opens the kiosk with the bundled content.
# Extra arguments go to lureproof (e.g. --windowed 1280x800). Under no display, runs in Xvfb.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/setup.sh --native-only
./scripts/build.sh native
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--fullscreen)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "play.sh: no display found; running under Xvfb (use --frames N --screenshot FILE to see it)"
  exec xvfb-run -a -s "-screen 0 1920x1080x24" build/native/bin/lureproof "${args[@]}"
fi
exec build/native/bin/lureproof "${args[@]}"
