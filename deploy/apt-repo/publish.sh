#!/usr/bin/env bash
# Publishes Lureproof packages (lureproof_*.deb, lureproof-content-*.deb) in a signed apt repository
# made with reprepro, for kiosks that update themselves with unattended-upgrades (docs/kiosk.md, "A
# fleet updates itself"). Creates the repository on first use; serve REPO_DIR's dists/ and pool/ over
# HTTPS (or copy them to a USB stick). The signing key stays with the publisher; kiosks get only the
# public key (REPO_DIR/lureproof-fleet.gpg).
# Usage: publish.sh REPO_DIR KEY_ID PACKAGE.deb...
#        publish.sh REPO_DIR KEY_ID --remove PACKAGE_NAME   (take a package out, e.g. before a rollback)
set -euo pipefail
[ $# -ge 3 ] || { sed -n '7,8s/^# \{0,1\}//p' "$0" >&2; exit 2; }
repo="$1" key="$2"
shift 2
codename="${LUREPROOF_APT_CODENAME:-bookworm}"
mkdir -p "$repo/conf"
if [ ! -f "$repo/conf/distributions" ]; then
  cat >"$repo/conf/distributions" <<CONF
Origin: Lureproof
Label: Lureproof kiosks
Codename: $codename
Architectures: amd64 arm64
Components: main
Description: Lureproof kiosk packages
SignWith: $key
CONF
  # The public key the kiosks trust (apt's Signed-By: a binary keyring).
  gpg --batch --yes --export "$key" >"$repo/lureproof-fleet.gpg"
  [ -s "$repo/lureproof-fleet.gpg" ] || { echo "publish.sh: no public key '$key' in the GPG keyring" >&2; exit 1; }
fi
if [ "$1" = --remove ]; then
  reprepro --basedir "$repo" remove "$codename" "$2"
else
  reprepro --basedir "$repo" includedeb "$codename" "$@"
fi
reprepro --basedir "$repo" list "$codename"
