#!/usr/bin/env bash
# Installs the Lureproof kiosk on a fresh Debian 12 machine (idempotent: run it again to update).
# Run from a checkout owned by an ordinary user, through sudo: `sudo deploy/install-kiosk.sh`. Installs
# the Debian packages (native only: no npm), builds the native game as that user (never as root),
# copies it to /opt/lureproof, creates the `lureproof` user, /etc/lureproof/kiosk.toml (if missing),
# locks the keyboard's ways out (SysRq, Ctrl+Alt+Del, spare consoles) and enables the sandboxed
# systemd unit that runs the game under Cage on tty1. See docs/kiosk.md. Not run in CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
[ "$(id -u)" -eq 0 ] || { echo "install-kiosk.sh: run as root" >&2; exit 1; }

# The build runs as the user who called sudo (or LUREPROOF_BUILD_USER), who owns the checkout.
builder="${LUREPROOF_BUILD_USER:-${SUDO_USER:-}}"
if [ -z "$builder" ] || [ "$builder" = root ]; then
  echo "install-kiosk.sh: run it with sudo from an ordinary user's account (or set LUREPROOF_BUILD_USER)" >&2
  exit 1
fi

apt-get update
apt-get install -y cage xwayland fonts-noto-core libsdl2-2.0-0 libgl1 libegl1 mesa-utils
./scripts/setup.sh --native-only
runuser -u "$builder" -- ./scripts/build.sh native

# The program and its assets.
install -d /opt/lureproof/bin /opt/lureproof/assets
install -m 0755 build/native/bin/lureproof /opt/lureproof/bin/lureproof
cp -a build/native/assets/. /opt/lureproof/assets/

# A user with no password and no shell login, in the groups of the screen (video) and of the GPU's
# render node that Mesa opens itself (render). Not in `input`: the unit's logind session opens the
# touch screen and keyboard for Cage, so the game cannot read input devices behind logind's back.
if ! id lureproof >/dev/null 2>&1; then
  useradd --system --create-home --home-dir /var/lib/lureproof-home --shell /usr/sbin/nologin lureproof
fi
usermod -a -G video,render lureproof
gpasswd -d lureproof input >/dev/null 2>&1 || true  # added by earlier versions of this script

# The config: kept if present (operators edit it), else the commented example.
install -d -m 0755 /etc/lureproof
if [ ! -f /etc/lureproof/kiosk.toml ]; then
  install -m 0640 -g lureproof assets/kiosk.example.toml /etc/lureproof/kiosk.toml
  echo "install-kiosk.sh: wrote /etc/lureproof/kiosk.toml — set operator_pin_hash (lureproof --hash-pin)"
fi
chown root:lureproof /etc/lureproof/kiosk.toml
chmod 0640 /etc/lureproof/kiosk.toml

# No way out from the keyboard: no magic SysRq, no reboot on Ctrl+Alt+Del, no spare consoles.
install -m 0644 deploy/99-lureproof-kiosk-sysctl.conf /etc/sysctl.d/99-lureproof-kiosk.conf
sysctl -q -p /etc/sysctl.d/99-lureproof-kiosk.conf
install -d -m 0755 /etc/systemd/logind.conf.d
install -m 0644 deploy/99-lureproof-kiosk-logind.conf /etc/systemd/logind.conf.d/99-lureproof-kiosk.conf
systemctl mask ctrl-alt-del.target

install -m 0644 deploy/lureproof-kiosk.service /etc/systemd/system/lureproof-kiosk.service
systemctl daemon-reload
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl enable lureproof-kiosk.service
systemctl set-default graphical.target
echo "install-kiosk.sh: done. Start it now with: systemctl restart lureproof-kiosk"
echo "install-kiosk.sh: the console logins are off from the next boot (logind): maintenance is over SSH"
command -v sshd >/dev/null 2>&1 || echo "install-kiosk.sh: warning: no SSH server installed (apt-get install openssh-server), see docs/kiosk.md"
