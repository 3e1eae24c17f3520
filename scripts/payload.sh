#!/usr/bin/env bash
# Prints the web payload: raw, gzip -9 and brotli -q 11 bytes of every file the page loads, and the
# totals. Usage: scripts/payload.sh DIST_DIR [--markdown]
set -euo pipefail
dir="${1:?usage: payload.sh DIST_DIR}"
md=0; [ "${2:-}" = "--markdown" ] && md=1
total_raw=0 total_gz=0 total_br=0
if [ $md -eq 1 ]; then echo "| file | raw | gzip | brotli |"; echo "|---|---:|---:|---:|"
else printf '%-22s %10s %10s %10s\n' "payload file" "raw" "gzip" "brotli"; fi
for f in "$dir"/index.html "$dir"/*.css "$dir"/*.js "$dir"/*.wasm "$dir"/*.data; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  if [ $md -eq 1 ]; then echo "| $(basename "$f") | $raw | $gz | $br |"
  else printf '%-22s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"; fi
done
if [ $md -eq 1 ]; then echo "| **total** | $total_raw | $total_gz | $total_br |"
else printf '%-22s %10d %10d %10d\n' "total" "$total_raw" "$total_gz" "$total_br"; fi
