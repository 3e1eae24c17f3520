#!/usr/bin/env bash
# Starts `lureproof --kiosk` (inside xvfb-run), waits until it runs, sends SIGTERM as `systemctl stop`
# does, and expects exit status 0 within 5 s and "stopped" in kiosk.log. Usage: sigterm.sh GAME CONFIG LOG
set -u
game="$1" config="$2" log="$3"
"$game" --kiosk --config "$config" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  grep -q "kiosk mode:" "$log" 2>/dev/null && break
  sleep 0.1
done
grep -q "kiosk mode:" "$log" || { echo "the kiosk did not start"; kill -KILL "$pid"; exit 1; }
sleep 1
kill -TERM "$pid"
for _ in $(seq 1 50); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  echo "still running 5 s after SIGTERM"
  kill -KILL "$pid"
  exit 1
fi
wait "$pid"
status=$?
[ "$status" -eq 0 ] || { echo "exit status $status after SIGTERM"; exit 1; }
grep -q "stopped" "$log" || { echo "kiosk.log lacks 'stopped'"; exit 1; }
echo "SIGTERM: exit 0 and 'stopped' logged"
