#!/usr/bin/env bash
# Installs what Lureproof needs from Debian (and npm for the browser tests), only what is missing.
# Idempotent; works as root or through sudo. Usage: scripts/setup.sh [--native-only]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
native_only=0
[ "${1:-}" = "--native-only" ] && native_only=1

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

native_packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev ccache
  libsdl2-dev libimgui-dev doctest-dev libstb-dev
  nlohmann-json3-dev libtomlplusplus-dev libqrcodegen-dev libsodium-dev
  libespeak-ng-dev espeak-ng-data  # read aloud (issue #21): speech synthesis into memory
  libharfbuzz-dev libfribidi-dev libharfbuzz-bin  # shaped right-to-left text (issue #21); hb-shape for its test
  gettext graphviz python3-fonttools python3-pil fonts-dejavu-core fonts-noto-core fonts-noto-color-emoji
  clang-14 libclang-rt-14-dev clang-format-14
  xvfb xauth imagemagick xdotool
  cage xwayland grim
  lintian mmdebstrap reprepro gnupg  # the Debian package and its test (tests/package, docs/kiosk.md)
  libhyphen0 hyphen-bg hyphen-de hyphen-el hyphen-es hyphen-fr hyphen-it hyphen-pl hyphen-ro hyphen-uk
  hyphen-ru hyphen-sk hyphen-nl hyphen-hu hyphen-pt-pt hyphen-cs  # issue #21: the seven new languages, hyphenated at build time
)
web_packages=(emscripten chromium firefox-esr brotli nginx libnginx-mod-http-brotli-static)  # firefox-esr: the Firefox browser tests (WebDriver BiDi)

packages=("${native_packages[@]}")
[ "$native_only" -eq 1 ] || packages+=("${web_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm may come from another packaging of Node (its npm conflicts with Debian's): ask for
# Debian's only when the commands are absent.
if [ "$native_only" -eq 0 ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

# Source packages (SDL2 and Dear ImGui) need a deb-src entry for the same Debian archive.
ensure_deb_src() {
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src ' /etc/apt/sources.list; then
    return 1
  fi
  echo "setup: adding a deb-src entry for Debian bookworm"
  $SUDO tee /etc/apt/sources.list.d/lureproof-deb-src.sources >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  return 0
}

need_update=0
ensure_deb_src && need_update=1
[ ${#missing[@]} -gt 0 ] && need_update=1
stamp=/var/lib/apt/lists/lureproof-updated
[ -f "$stamp" ] || need_update=1

if [ "$need_update" -eq 1 ]; then
  echo "setup: apt-get update"
  $SUDO apt-get update -q || echo "setup: warning: apt-get update reported errors (continuing)"
  $SUDO touch "$stamp"
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: all Debian packages present"
fi

# npm packages for the browser tests, pinned by web/package-lock.json.
if [ "$native_only" -eq 0 ] && [ -f "$here/web/package-lock.json" ]; then
  if [ ! -d "$here/web/node_modules/playwright-core" ] || [ "$here/web/package-lock.json" -nt "$here/web/node_modules/.package-lock.json" ]; then
    echo "setup: npm ci (web/)"
    (cd "$here/web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "setup: done"
