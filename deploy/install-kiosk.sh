#!/usr/bin/env bash
# Installs the Lureproof kiosk on a fresh Debian 12 machine (idempotent: run it again to update).
# Run from a checkout as root: deploy/install-kiosk.sh. Builds the native game, copies it to
# /opt/lureproof, creates the `lureproof` user, /etc/lureproof/kiosk.toml (if missing) and enables
# the systemd unit that runs it under Cage on tty1. See docs/kiosk.md. Not run in CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
[ "$(id -u)" -eq 0 ] || { echo "install-kiosk.sh: run as root" >&2; exit 1; }

apt-get update
apt-get install -y cage fonts-noto-core libsdl2-2.0-0 libgl1 libegl1 mesa-utils
./scripts/setup.sh
./scripts/build.sh native

# The program and its assets.
install -d /opt/lureproof/bin /opt/lureproof/assets
install -m 0755 build/native/bin/lureproof /opt/lureproof/bin/lureproof
cp -a build/native/assets/. /opt/lureproof/assets/

# A user with no password and no shell login; in the groups that touch screens and GPUs need.
if ! id lureproof >/dev/null 2>&1; then
  useradd --system --create-home --home-dir /var/lib/lureproof-home --shell /usr/sbin/nologin lureproof
fi
usermod -a -G video,render,input lureproof

# The config: kept if present (operators edit it), else the commented example.
install -d -m 0755 /etc/lureproof
if [ ! -f /etc/lureproof/kiosk.toml ]; then
  install -m 0640 -g lureproof assets/kiosk.example.toml /etc/lureproof/kiosk.toml
  echo "install-kiosk.sh: wrote /etc/lureproof/kiosk.toml — set operator_pin_hash (lureproof --hash-pin)"
fi
chown root:lureproof /etc/lureproof/kiosk.toml
chmod 0640 /etc/lureproof/kiosk.toml

install -m 0644 deploy/lureproof-kiosk.service /etc/systemd/system/lureproof-kiosk.service
systemctl daemon-reload
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl enable lureproof-kiosk.service
systemctl set-default graphical.target
echo "install-kiosk.sh: done. Start it now with: systemctl restart lureproof-kiosk"
