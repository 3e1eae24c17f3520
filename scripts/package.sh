#!/usr/bin/env bash
# Builds the native game and the Debian package lureproof_<version>_<arch>.deb into build/packages/
# (CPack, cmake/Package.cmake; docs/kiosk.md, "The Debian package"). Run as an ordinary user: the
# package's files are owned by root inside the .deb whoever builds it.
# Usage: scripts/package.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./scripts/build.sh native
mkdir -p build/packages
cpack --config build/native/CPackConfig.cmake -B build/packages/cpack >build/packages/cpack.log 2>&1 ||
  { cat build/packages/cpack.log; exit 1; }
mv build/packages/cpack/lureproof_*.deb build/packages/
rm -rf build/packages/cpack
ls -l build/packages/*.deb
