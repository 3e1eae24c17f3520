#!/usr/bin/env bash
# Configures and builds Lureproof. Usage: scripts/build.sh [native|web|all] (default: native)
# Native binaries land in build/native/bin/, the web build in build/web/dist/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
what="${1:-native}"
jobs="$(nproc)"
# ccache when installed (scripts/setup.sh installs it): rebuilds, and the package test's second build
# (tests/package), compile only what changed. Only read when a build dir is first configured.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_C_COMPILER_LAUNCHER="${CMAKE_C_COMPILER_LAUNCHER:-ccache}"
  export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}"
fi

build_native() {
  cmake --preset native-release >/dev/null
  cmake --build --preset native-release -j "$jobs"
}
build_web() {
  export NODE_PATH=/usr/share/nodejs
  cmake --preset web >/dev/null
  cmake --build --preset web -j "$jobs"
}
case "$what" in
  native) build_native ;;
  web) build_web ;;
  all) build_native; build_web ;;
  *) echo "usage: scripts/build.sh [native|web|all]" >&2; exit 2 ;;
esac
