#!/usr/bin/env bash
# Runs inside the fresh Debian root of run_package_test.sh: installs /tmp/debs/lureproof_V1 with its
# dependencies through apt, checks the files, the system user and that nothing is enabled, draws a
# kiosk frame as that user under Cage (headless), upgrades to V2 through the signed apt repository with
# unattended-upgrade, rolls back, keeping the config and the statistics byte for byte, enables and removes (which undoes the enabling), purges, and checks that
# only what the package made is gone. Every step's exit status is checked (set -e and explicit tests).
# The fleet's signed repository is /srv/lureproof-apt, /tmp/not-the-fleet.gpg another key.
# Usage (in the root): inside_root.sh V1 V2
set -euo pipefail
v1="$1" v2="$2"
arch=$(dpkg --print-architecture)
export DEBIAN_FRONTEND=noninteractive
fail() { echo "inside: FAILED: $*" >&2; exit 1; }
step() { echo "-- $*"; }
# --force-unsafe-io: no fsync per file, in a root that is thrown away (dpkg spends most of its time there).
apt_get() {
  apt-get -q -y -o Dpkg::Use-Pty=0 -o APT::Keep-Downloaded-Packages=true -o Dpkg::Options::=--force-unsafe-io "$@" </dev/null
}
# The file system outside the package manager's own state, to compare after the purge.
snapshot() {
  find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /run -o -path /var/cache -o -path /var/lib/apt \
    -o -path /var/lib/dpkg -o -path /var/log -o -path /root \) -prune -o -print | sort
}

step "apt-get update"
apt_get update >/dev/null
snapshot >/tmp/before-install.txt
step "install lureproof $v1 with its dependencies"
apt_get install "/tmp/debs/lureproof_${v1}_${arch}.deb"
[ "$(dpkg-query -W -f='${Status} ${Version}' lureproof)" = "install ok installed $v1" ] || fail "not installed"

step "--version"
[ "$(lureproof --version)" = "lureproof $v1" ] || fail "lureproof --version: $(lureproof --version)"
lure --version | grep -qx "lure $v1 (Lureproof scenario tools)" || fail "lure --version: $(lure --version)"

step "files, user, nothing enabled"
for f in /usr/bin/lureproof /usr/bin/lure /usr/sbin/lureproof-kiosk-enable; do [ -x "$f" ] || fail "no $f"; done
for f in /usr/share/lureproof/scenarios/dream-job.lure /usr/share/lureproof/fonts/NotoSans-Regular.ttf \
  /usr/share/lureproof/kiosk/99-lureproof-kiosk-sysctl.conf /usr/share/lureproof/kiosk/99-lureproof-kiosk-logind.conf \
  /lib/systemd/system/lureproof-kiosk.service /usr/share/doc/lureproof/kiosk.example.toml \
  /usr/share/doc/lureproof/copyright /etc/lureproof/kiosk.toml; do
  [ -f "$f" ] || fail "no $f"
done
grep -q 'ExecStart=.*/usr/bin/lureproof --kiosk --config /etc/lureproof/kiosk.toml --assets /usr/share/lureproof' \
  /lib/systemd/system/lureproof-kiosk.service || fail "the unit does not start /usr/bin/lureproof"
getent passwd lureproof | grep -q ':/usr/sbin/nologin$' || fail "no system user lureproof"
[ "$(id -u lureproof)" -lt 1000 ] || fail "lureproof is not a system user"
[ "$(stat -c '%a %U %G' /etc/lureproof/kiosk.toml)" = "640 root lureproof" ] ||
  fail "kiosk.toml is $(stat -c '%a %U %G' /etc/lureproof/kiosk.toml)"
! grep -q '^kiosk = true' /etc/lureproof/kiosk.toml || fail "the shipped config turns every run into a kiosk"
[ -z "$(find /etc/systemd/system -name 'lureproof*')" ] || fail "installing enabled the unit"
if [ -e /etc/sysctl.d/99-lureproof-kiosk.conf ] || [ -e /etc/systemd/logind.conf.d/99-lureproof-kiosk.conf ]; then
  fail "installing enabled the drop-ins"
fi
[ "$(systemctl is-enabled lureproof-kiosk.service)" = disabled ] || fail "unit state: $(systemctl is-enabled lureproof-kiosk.service || true)"

step "the content is found from /usr/bin without --assets"
mkdir -p /tmp/out
lure validate /usr/share/lureproof/scenarios/dream-job.lure >/tmp/out/validate.txt ||
  { cat /tmp/out/validate.txt; fail "lure validate on the installed content"; }

step "a content package (lure pack) installs a story the game offers"
apt_get install /tmp/debs/lureproof-content-harbour_1_all.deb
[ -f /usr/share/lureproof/scenarios/harbour-job.lure ] || fail "the content package's story is not in /usr/share/lureproof"
install -d -m 0700 -o lureproof -g lureproof /run/lureproof-test
chown lureproof /tmp/out
as_kiosk_user() {
  timeout 120 setpriv --reuid=lureproof --regid=lureproof --init-groups env -i PATH=/usr/bin:/bin HOME=/nonexistent \
    XDG_RUNTIME_DIR=/run/lureproof-test STATE_DIRECTORY=/var/lib/lureproof WLR_BACKENDS=headless \
    WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman SDL_VIDEODRIVER=wayland XDG_SESSION_TYPE=wayland cage -d -- "$@"
}
status=0
as_kiosk_user lureproof --screen stories --frames 20 --dump-text /tmp/out/stories.txt >/tmp/out/stories.log 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat /tmp/out/stories.log; fail "the story picker run exited with $status"; }
grep -q "The Harbour Job" /tmp/out/stories.txt || { cat /tmp/out/stories.txt; fail "the picker does not offer the content package's story"; }

step "operator edits the config (a PIN hash), the kiosk runs a frame as lureproof under Cage"
# In place of the example's commented line: appended at the end it would land in the last [[helplines]].
pin_line=$(echo 48151623 | lureproof --hash-pin)
sed -i "s|^# operator_pin_hash = .*|$pin_line|" /etc/lureproof/kiosk.toml
grep -qx "$pin_line" /etc/lureproof/kiosk.toml || fail "no operator_pin_hash line in the config"
echo "operator's note" >/etc/lureproof/notes.txt  # not the package's: purge must keep it
# As the unit does: /var/lib/lureproof (StateDirectory, 0700) and a private runtime dir.
install -d -m 0700 -o lureproof -g lureproof /var/lib/lureproof
status=0
as_kiosk_user lureproof --kiosk --config /etc/lureproof/kiosk.toml --frames 90 --screenshot /tmp/out/frame.png \
  >/tmp/out/cage.log 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat /tmp/out/cage.log; fail "cage + lureproof exited with $status"; }
[ -s /tmp/out/frame.png ] || { cat /tmp/out/cage.log; fail "no frame"; }
grep -q "kiosk mode: pointer hidden" /var/lib/lureproof/kiosk.log || { cat /var/lib/lureproof/kiosk.log; fail "kiosk.log"; }
if grep -q "warning\|error" /var/lib/lureproof/kiosk.log; then
  cat /var/lib/lureproof/kiosk.log
  fail "the kiosk reports problems with the shipped config"
fi
# The statistics of a kiosk that has been counting (the game's own format, tests/package/stats.json).
install -m 0600 -o lureproof -g lureproof /tmp/stats.json /var/lib/lureproof/stats.json
(cd /var/lib/lureproof && sha256sum stats.json kiosk.log) >/tmp/out/state-before.sha256
sha256sum /etc/lureproof/kiosk.toml >/tmp/out/config-before.sha256

step "a kiosk trusting another key refuses the fleet's repository"
fleet_list=/etc/apt/sources.list.d/lureproof-fleet.sources
write_source() {
  printf 'Types: deb\nURIs: file:/srv/lureproof-apt\nSuites: bookworm\nComponents: main\nSigned-By: %s\n' "$1" >"$fleet_list"
}
write_source /tmp/not-the-fleet.gpg
if apt_get update >/tmp/out/apt-wrong-key.log 2>&1; then cat /tmp/out/apt-wrong-key.log; fail "apt accepted a repository signed by another key"; fi
grep -q "NO_PUBKEY\|not signed" /tmp/out/apt-wrong-key.log || { cat /tmp/out/apt-wrong-key.log; fail "no signature error"; }

step "upgrade to $v2 from the signed repository, by unattended-upgrade as a kiosk does"
install -m 0644 /srv/lureproof-apt/lureproof-fleet.gpg /usr/share/keyrings/lureproof-fleet.gpg
write_source /usr/share/keyrings/lureproof-fleet.gpg
cat >/etc/apt/apt.conf.d/51lureproof-fleet <<'CONF'
Unattended-Upgrade::Origins-Pattern { "origin=Lureproof,label=Lureproof kiosks"; };
CONF
apt_get update >/dev/null
[ "$(apt-cache policy lureproof | sed -n 's/^  Candidate: //p')" = "$v2" ] || { apt-cache policy lureproof; fail "no $v2 candidate"; }
unattended-upgrade --verbose >/tmp/out/unattended-upgrade.log 2>&1 || { cat /tmp/out/unattended-upgrade.log; fail "unattended-upgrade"; }
[ "$(dpkg-query -W -f='${Version}' lureproof)" = "$v2" ] || { cat /tmp/out/unattended-upgrade.log; fail "not upgraded"; }
[ "$(lureproof --version)" = "lureproof $v2" ] || fail "lureproof --version after the upgrade: $(lureproof --version)"
check_kept() {
  (cd /var/lib/lureproof && sha256sum --quiet -c /tmp/out/state-before.sha256) || fail "the statistics changed ($1)"
  sha256sum --quiet -c /tmp/out/config-before.sha256 || fail "the operator's config changed ($1)"
  [ "$(stat -c '%a %U %G' /etc/lureproof/kiosk.toml)" = "640 root lureproof" ] || fail "kiosk.toml's mode ($1)"
  [ "$(stat -c '%a %U' /var/lib/lureproof)" = "700 lureproof" ] || fail "/var/lib/lureproof's mode ($1)"
}
check_kept "upgrade"

step "roll back to $v1 (the kept .deb, --allow-downgrades)"
apt_get install --allow-downgrades "/tmp/debs/lureproof_${v1}_${arch}.deb"
[ "$(lureproof --version)" = "lureproof $v1" ] || fail "lureproof --version after the rollback: $(lureproof --version)"
check_kept "rollback"
rm "$fleet_list" /usr/share/keyrings/lureproof-fleet.gpg /etc/apt/apt.conf.d/51lureproof-fleet
apt_get update >/dev/null

step "lureproof-kiosk-enable, then --disable"
unit_state() { systemctl is-enabled "$1" 2>/dev/null || true; }
getty_was=$(unit_state getty@tty1.service)
lureproof-kiosk-enable
[ "$(systemctl is-enabled lureproof-kiosk.service)" = enabled ] || fail "not enabled"
[ "$(systemctl is-enabled ctrl-alt-del.target)" = masked ] || fail "ctrl-alt-del.target not masked"
[ "$(unit_state getty@tty1.service)" != enabled ] || fail "getty@tty1 still enabled"
[ "$(systemctl get-default)" = graphical.target ] || fail "default target $(systemctl get-default)"
cmp /etc/sysctl.d/99-lureproof-kiosk.conf /usr/share/lureproof/kiosk/99-lureproof-kiosk-sysctl.conf || fail "sysctl drop-in"
cmp /etc/systemd/logind.conf.d/99-lureproof-kiosk.conf /usr/share/lureproof/kiosk/99-lureproof-kiosk-logind.conf || fail "logind drop-in"

step "remove (undoes the enabling, keeps config and statistics)"
apt_get remove lureproof
[ "$(dpkg-query -W -f='${Status}' lureproof)" = "deinstall ok config-files" ] || fail "not removed"
if [ -e /usr/bin/lureproof ] || [ -e /usr/share/lureproof ]; then fail "files left after remove"; fi
[ -z "$(find /etc/systemd/system -name 'lureproof*')" ] || fail "the unit is still enabled"
if [ -e /etc/sysctl.d/99-lureproof-kiosk.conf ] || [ -e /etc/systemd/logind.conf.d/99-lureproof-kiosk.conf ]; then
  fail "drop-ins left after remove"
fi
[ "$(unit_state ctrl-alt-del.target)" != masked ] || fail "ctrl-alt-del.target still masked"
[ "$(unit_state getty@tty1.service)" = "$getty_was" ] || fail "getty@tty1 is $(unit_state getty@tty1.service), was $getty_was"
check_kept "remove"

step "purge (asks nothing: stdin is /dev/null), then the dependencies"
apt_get purge lureproof
dpkg-query -W lureproof >/dev/null 2>&1 && fail "still known to dpkg after purge"
if [ -e /etc/lureproof/kiosk.toml ] || [ -e /var/lib/lureproof ]; then fail "purge left the config or the statistics"; fi
[ "$(cat /etc/lureproof/notes.txt)" = "operator's note" ] || fail "purge removed the operator's own file"
dpkg-statoverride --list /etc/lureproof/kiosk.toml >/dev/null && fail "the statoverride is left"
rm /etc/lureproof/notes.txt && rmdir /etc/lureproof
apt_get autoremove --purge >/dev/null
snapshot >/tmp/after-purge.txt
# Left on purpose: the system user (Debian keeps system users: files may still belong to them). And
# ucf's rotated copies of its registry (/var/lib/ucf/hashfile.N), which dependencies using ucf leave.
leftover=$(comm -13 /tmp/before-install.txt /tmp/after-purge.txt |
  grep -v -E '^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$|^/var/lib/ucf/hashfile\.[0-9]+$' || true)
[ -z "$leftover" ] || fail "left after purge and autoremove: $leftover"
gone=$(comm -23 /tmp/before-install.txt /tmp/after-purge.txt || true)
[ -z "$gone" ] || fail "gone after purge that was there before: $gone"
echo "inside: all checks passed"
