#!/usr/bin/env bash
# Fetches third-party sources from Debian at build time (never committed) into a cache outside the
# build tree, keyed by version: Dear ImGui 1.86 and qrcodegen (both builds) and SDL2 built for the web
# with emcmake.
# Usage: scripts/build-steps/fetch-deps.sh [--web] [--print]   (--print: KEY=VALUE paths for CMake, on stdout)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=deps-env.sh
source "$here/scripts/build-steps/deps-env.sh"
want_web=0
for arg in "$@"; do [ "$arg" = "--web" ] && want_web=1; done

mkdir -p "$LUREPROOF_CACHE/src"

# apt-get source <pkg> into the cache, once per version.
fetch_source() {
  local pkg="$1" version="$2" dir="$3"
  [ -f "$dir/.complete" ] && return 0
  echo >&2 "deps: fetching Debian source of $pkg $version"
  local tmp
  tmp="$(mktemp -d "$LUREPROOF_CACHE/src/.tmp.XXXXXX")"
  (cd "$tmp" && apt-get source -q "$pkg=$version" >/dev/null 2>"$tmp/apt.log") || {
    cat "$tmp/apt.log" >&2; echo "deps: apt-get source $pkg failed (is a deb-src entry present? run scripts/setup.sh)" >&2
    exit 1
  }
  local extracted
  extracted="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  rm -rf "$dir"
  mv "$extracted" "$dir"
  rm -rf "$tmp"
  touch "$dir/.complete"
}

fetch_source imgui "$IMGUI_DEB_VERSION" "$IMGUI_SRC_DIR"

# qrcodegen (Debian source package qr-code-generator): only the upstream tarball is needed (the C
# library is two files), so fetch it with --tar-only and unpack it ourselves.
if [ ! -f "$QRCODEGEN_SRC_DIR/.complete" ]; then
  echo >&2 "deps: fetching Debian source of qr-code-generator $QRCODEGEN_DEB_VERSION"
  tmp="$(mktemp -d "$LUREPROOF_CACHE/src/.tmp.XXXXXX")"
  (cd "$tmp" && apt-get source -q --tar-only "qr-code-generator=$QRCODEGEN_DEB_VERSION" >/dev/null 2>"$tmp/apt.log") || {
    cat "$tmp/apt.log" >&2; echo "deps: apt-get source qr-code-generator failed (is a deb-src entry present? run scripts/setup.sh)" >&2
    exit 1
  }
  tar -xzf "$tmp"/qr-code-generator_*.orig.tar.gz -C "$tmp"
  extracted="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
  rm -rf "$QRCODEGEN_SRC_DIR"
  mv "$extracted" "$QRCODEGEN_SRC_DIR"
  rm -rf "$tmp"
  touch "$QRCODEGEN_SRC_DIR/.complete"
fi

if [ "$want_web" -eq 1 ]; then
  fetch_source libsdl2 "$SDL2_DEB_VERSION" "$SDL2_SRC_DIR"
  if [ ! -f "$SDL2_WEB_PREFIX/.complete" ]; then
    echo >&2 "deps: building SDL2 $SDL2_DEB_VERSION for the web (several minutes, cached in $SDL2_WEB_PREFIX)"
    export NODE_PATH=/usr/share/nodejs
    build="$LUREPROOF_CACHE/sdl2-web-build"
    rm -rf "$build" "$SDL2_WEB_PREFIX"
    # Built for size like the game (MinSizeRel), as LLVM bitcode (-flto) so the game's link-time
    # optimisation drops what the page never calls: 9 KB brotli less than a -O2 build.
    emcmake cmake -S "$SDL2_SRC_DIR" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_C_FLAGS=-flto \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$SDL2_WEB_PREFIX" >"$LUREPROOF_CACHE/sdl2-web-configure.log" 2>&1 \
      || { tail -30 "$LUREPROOF_CACHE/sdl2-web-configure.log" >&2; exit 1; }
    cmake --build "$build" -j "$(nproc)" >"$LUREPROOF_CACHE/sdl2-web-build.log" 2>&1 \
      || { tail -30 "$LUREPROOF_CACHE/sdl2-web-build.log" >&2; exit 1; }
    cmake --install "$build" >/dev/null
    rm -rf "$build"
    touch "$SDL2_WEB_PREFIX/.complete"
  fi
fi

# For CMake: print the resolved paths as KEY=VALUE lines.
if [[ " $* " == *" --print "* ]]; then
  echo "IMGUI_SRC_DIR=$IMGUI_SRC_DIR"
  echo "SDL2_WEB_PREFIX=$SDL2_WEB_PREFIX"
  echo "QRCODEGEN_SRC_DIR=$QRCODEGEN_SRC_DIR"
fi
