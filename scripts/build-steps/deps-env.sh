# Shared paths and pinned Debian versions of the third-party sources (sourced by the other scripts).
# The cache lives outside the build tree so a clean build, or a fresh clone, reuses it.
LUREPROOF_CACHE="${LUREPROOF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lureproof}"
IMGUI_DEB_VERSION="1.86+ds-1"
SDL2_DEB_VERSION="2.26.5+dfsg-1"
QRCODEGEN_DEB_VERSION="1.8.0-1.1"  # Debian source package qr-code-generator (libqrcodegen-dev)
IMGUI_SRC_DIR="$LUREPROOF_CACHE/src/imgui-$IMGUI_DEB_VERSION"
SDL2_SRC_DIR="$LUREPROOF_CACHE/src/libsdl2-$SDL2_DEB_VERSION"
# The web SDL2 is built for size (MinSizeRel + -flto, see fetch-deps.sh); the key names the flavour.
SDL2_WEB_PREFIX="$LUREPROOF_CACHE/sdl2-web-$SDL2_DEB_VERSION-minsize-lto"
QRCODEGEN_SRC_DIR="$LUREPROOF_CACHE/src/qr-code-generator-$QRCODEGEN_DEB_VERSION"
export LUREPROOF_CACHE IMGUI_DEB_VERSION SDL2_DEB_VERSION IMGUI_SRC_DIR SDL2_SRC_DIR SDL2_WEB_PREFIX
export QRCODEGEN_DEB_VERSION QRCODEGEN_SRC_DIR
