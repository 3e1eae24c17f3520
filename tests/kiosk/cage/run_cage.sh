#!/usr/bin/env bash
# `lureproof --kiosk` under the real Cage compositor, as the kiosk service runs it, but with
# wlroots' headless backend and pixman renderer (no screen, no GPU): the game draws N frames through
# SDL's Wayland driver and saves a screenshot, and grim saves what Cage composited. Cage refuses to
# run as root, so as root this runs as `nobody` (setpriv) with its own XDG_RUNTIME_DIR (mode 0700).
# Usage: run_cage.sh GAME ASSETS IMAGE_CHECK OUT_DIR
set -euo pipefail
game="$1" assets="$2" check="$3" out="$4"
rm -rf "$out"
mkdir -p "$out/runtime" "$out/data" "$out/home"
chmod 0700 "$out/runtime"
cat >"$out/kiosk.toml" <<CONFIG
kiosk = true
languages = ["en", "uk"]
statistics_dir = "$out/data"
CONFIG
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody:nogroup "$out"
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
# Cage starts the game itself; grim asks Cage for its output every second while the game runs, and
# the last picture taken while the game was still running is kept (a fixed sleep caught a blank
# output before the first frame on a loaded machine).
inner="'$game' --kiosk --config '$out/kiosk.toml' --assets '$assets' --frames 240 --screenshot '$out/cage-game.png' &
game=\$!; sleep 2; while kill -0 \$game 2>/dev/null; do
  grim '$out/grim-try.png' && kill -0 \$game 2>/dev/null && mv '$out/grim-try.png' '$out/cage-grim.png'; sleep 1
done; wait \$game"
status=0
timeout 120 "${as_user[@]}" env -i PATH=/usr/bin:/bin HOME="$out/home" XDG_RUNTIME_DIR="$out/runtime" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman SDL_VIDEODRIVER=wayland \
  XDG_SESSION_TYPE=wayland cage -d -- sh -c "$inner" >"$out/cage.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "cage exited with $status"; cat "$out/cage.log"; exit 1
fi
grep -q "kiosk mode: pointer hidden" "$out/data/kiosk.log" || { echo "kiosk.log:"; cat "$out/data/kiosk.log"; exit 1; }
# Both pictures show the attract screen at the headless output's 1280x720: the yellow "Touch to
# start" button at the bottom left and the phone's blue header at the top right. (They are taken at
# different moments of the teaser's animation, so they are not compared pixel by pixel.)
for png in cage-game.png cage-grim.png; do
  [ -f "$out/$png" ] || { echo "no $png"; cat "$out/cage.log"; exit 1; }
  "$check" "$out/$png" --expect-size 1280x720 || { echo "$png looks blank or broken"; exit 1; }
  "$check" "$out/$png" --colour FFC457 --tolerance 12 --region 0.15,0.8,0.4,0.92 --min-pixels 8000 \
    || { echo "$png: no start button"; exit 1; }
  "$check" "$out/$png" --colour 285CA0 --tolerance 12 --region 0.6,0.12,0.95,0.23 --min-pixels 15000 \
    || { echo "$png: no phone header"; exit 1; }
done
echo "cage: the kiosk ran under Cage; screenshots in $out"
