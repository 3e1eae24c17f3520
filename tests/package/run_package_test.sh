#!/usr/bin/env bash
# The Debian package for real: builds lureproof_<version>_<arch>.deb from the build tree (CPack) and a
# version+1 package from a second build dir, runs lintian (no errors allowed), then in a fresh Debian
# bookworm minbase root (mmdebstrap, cached as a tar in ~/.cache/lureproof/package-test) installs it
# with its dependencies through apt, runs `lureproof --version` and a kiosk frame as the system user
# under Cage's headless backend, upgrades and checks the statistics are kept byte for byte, then
# removes and purges it (inside_root.sh). The root lives in OUT_DIR and its mounts in a private mount
# namespace (unshare), so the machine running the test is left as it was. Needs root (exit 77 = skip).
# Usage: run_package_test.sh SOURCE_DIR BUILD_DIR IMAGE_CHECK OUT_DIR
set -euo pipefail
src="$1" build="$2" check="$3" out="$4"
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }
fail() { echo "package test: FAILED: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then echo "package test: needs root (chroot, mounts); skipped"; exit 77; fi
for tool in cpack mmdebstrap lintian unshare dpkg-deb reprepro gpg; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done

cleanup() {
  # The root's mounts die with the unshare'd namespace; only files in OUT_DIR remain.
  if [ -d "$out/gnupg" ]; then GNUPGHOME="$out/gnupg" gpgconf --kill gpg-agent || true; fi
  rm -rf "$out/root"
}
trap cleanup EXIT
rm -rf "$out"
mkdir -p "$out/debs"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
IFS=. read -r major minor patch <<<"$version"
next="$major.$minor.$((patch + 1))"
arch=$(dpkg --print-architecture)

step "package $version from $build"
(cd "$out/debs" && cpack --config "$build/CPackConfig.cmake" -B "$out/cpack" >"$out/cpack.log" 2>&1) ||
  { cat "$out/cpack.log"; fail "cpack $version"; }
deb="$out/cpack/lureproof_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$out/cpack"; fail "no $deb"; }
cp "$deb" "$out/debs/"

step "package $next: a second build dir with -DLUREPROOF_VERSION=$next"
# Beside the build dir (build/package-next for build/native), at the same depth, so that with the
# build's compiler launcher (ccache, as scripts/build.sh uses when installed) only what the version
# changes is compiled again.
next_build="$(dirname "$build")/package-next"
launcher=$(sed -n 's/^CMAKE_CXX_COMPILER_LAUNCHER:[A-Z]*=//p' "$build/CMakeCache.txt")
cmake -S "$src" -B "$next_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLUREPROOF_VERSION="$next" \
  ${launcher:+-DCMAKE_C_COMPILER_LAUNCHER="$launcher" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher"} \
  >"$out/next-configure.log" 2>&1 || { cat "$out/next-configure.log"; fail "configure $next"; }
cmake --build "$next_build" --target lureproof lure >"$out/next-build.log" 2>&1 ||
  { tail -50 "$out/next-build.log"; fail "build $next"; }
cpack --config "$next_build/CPackConfig.cmake" -B "$out/cpack-next" >"$out/cpack-next.log" 2>&1 ||
  { cat "$out/cpack-next.log"; fail "cpack $next"; }
cp "$out/cpack-next/lureproof_${next}_${arch}.deb" "$out/debs/" || fail "no $next package"

step "a content package: lure pack on tests/cli/data/site-good"
"$build/bin/lure" pack --site harbour --output "$out/debs" "$src/tests/cli/data/site-good" >"$out/pack.log" 2>&1 ||
  { cat "$out/pack.log"; fail "lure pack"; }

step "lintian"
lintian_status=0
lintian --info --display-info "$out/debs/lureproof_${version}_${arch}.deb" >"$out/lintian.txt" 2>&1 || lintian_status=$?
cat "$out/lintian.txt"
if grep -q '^E:' "$out/lintian.txt" || [ "$lintian_status" -gt 1 ]; then fail "lintian reports errors (status $lintian_status)"; fi
echo "package size: $(stat -c %s "$deb") B ($deb); installed: $(dpkg-deb -f "$deb" Installed-Size) KiB"

step "the fleet's signed apt repository (reprepro, a throwaway GPG key) with $next"
mkdir -m 0700 "$out/gnupg"
export GNUPGHOME="$out/gnupg"
gpg --batch --quiet --passphrase '' --quick-gen-key "Lureproof test fleet <fleet@example.org>" ed25519 sign 1d
gpg --batch --quiet --passphrase '' --quick-gen-key "Not the fleet <other@example.org>" ed25519 sign 1d
fleet_key=$(gpg --list-keys --with-colons "fleet@example.org" | awk -F: '/^fpr/ {print $10; exit}')
gpg --batch --export "other@example.org" >"$out/not-the-fleet.gpg"
bash "$src/deploy/apt-repo/publish.sh" "$out/repo" "$fleet_key" "$out/debs/lureproof_${next}_${arch}.deb" \
  >"$out/publish.log" 2>&1 || { cat "$out/publish.log"; fail "publish.sh"; }
gpgv --keyring "$out/repo/lureproof-fleet.gpg" "$out/repo/dists/bookworm/InRelease" 2>/dev/null ||
  fail "InRelease is not signed by the fleet key"
gpgconf --kill gpg-agent

# The root: Debian bookworm minbase plus systemd (a kiosk's init) and unattended-upgrades, built once
# and cached.
cache="${LUREPROOF_CACHE:-$HOME/.cache/lureproof}/package-test"
tarball="$cache/bookworm-minbase-systemd-unattended.tar"
mkdir -p "$cache/apt-archives/partial"
if [ ! -f "$tarball" ]; then
  step "mmdebstrap a bookworm minbase root into $tarball (once)"
  # (mmdebstrap picks the output format from the name: it must end in .tar)
  mmdebstrap --variant=minbase --mode=root --include=systemd,unattended-upgrades bookworm "$cache/partial.tar" \
    http://deb.debian.org/debian >"$out/mmdebstrap.log" 2>&1 || { tail -30 "$out/mmdebstrap.log"; fail "mmdebstrap"; }
  mv "$cache/partial.tar" "$tarball"
fi
step "unpack the root"
mkdir -p "$out/root"
tar -C "$out/root" -xf "$tarball" || fail "unpack $tarball"
cp /etc/resolv.conf "$out/root/etc/resolv.conf"
mkdir -p "$out/root/tmp/debs"
cp "$out/debs/"*.deb "$out/root/tmp/debs/"
cp "$src/tests/package/inside_root.sh" "$src/tests/package/stats.json" "$out/not-the-fleet.gpg" "$out/root/tmp/"
cp -a "$out/repo" "$out/root/srv/lureproof-apt"

step "inside the root: install, frame, upgrade, remove, purge"
# A private mount namespace: /dev, /proc and the apt cache are mounted for the root only, and vanish
# with the namespace even when the test is killed.
status=0
# shellcheck disable=SC2016  # expanded by the inner shell
unshare --mount --propagation private --fork -- /bin/sh -ec '
  root="$1" cache="$2"
  mount --rbind /dev "$root/dev"
  mount -t proc proc "$root/proc"
  mount --bind "$cache" "$root/var/cache/apt/archives"
  exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    bash /tmp/inside_root.sh "$3" "$4"
' sh "$out/root" "$cache/apt-archives" "$version" "$next" >"$out/inside.log" 2>&1 || status=$?
cat "$out/inside.log"
[ "$status" -eq 0 ] || fail "inside the root: exit status $status (see $out/inside.log)"
grep -q "^inside: all checks passed" "$out/inside.log" || fail "inside_root.sh did not finish"

step "the kiosk frame drawn as the system user"
cp "$out/root/tmp/out/frame.png" "$out/frame.png" || fail "no frame.png"
"$check" "$out/frame.png" --expect-size 1280x720 || fail "frame.png looks blank or broken"
"$check" "$out/frame.png" --colour FFC457 --tolerance 12 --region 0.15,0.8,0.4,0.92 --min-pixels 8000 ||
  fail "frame.png: no start button"
step "package test passed in $((SECONDS - started)) s"
