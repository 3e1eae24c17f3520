#!/usr/bin/env bash
# Translation coverage per language: translated / total entries of every template (the scenarios, the
# quiz bank, the UI) for every language with a folder under assets/l10n. A missing .po counts as 0%.
# Exit 1 unless every such language is at 100%. l10n_tests enforce the same.
set -euo pipefail
cd "$(dirname "$0")/../.."
TEMPLATES=assets/l10n/templates
status=0
count() {  # number of entries in a .pot (header excluded)
  grep -c '^msgid ' "$1" | awk '{print $1 - 1}'
}
translated() {  # translated, non-fuzzy entries of a .po that are current for the .pot
  msgmerge --quiet --no-fuzzy-matching -o - "$1" "$2" 2>/dev/null |
    msgattrib --translated --no-fuzzy --no-obsolete 2>/dev/null | grep -c '^msgid ' | awk '{print ($1 > 0 ? $1 - 1 : 0)}'
}
printf '%-6s %8s %8s  %s\n' lang done total files
for dir in assets/l10n/*/; do
  lang=$(basename "$dir")
  [[ $lang == templates ]] && continue
  done_sum=0 total_sum=0 detail=""
  for pot in "$TEMPLATES"/*.pot; do
    name=$(basename "$pot" .pot)
    po="assets/l10n/$lang/$name.po"
    t=$(count "$pot")
    d=0
    [[ -f $po ]] && d=$(translated "$po" "$pot")
    done_sum=$((done_sum + d)); total_sum=$((total_sum + t))
    detail+=" $name=$d/$t"
  done
  pct=$(awk -v d=$done_sum -v t=$total_sum 'BEGIN { printf "%.1f%%", t ? 100 * d / t : 100 }')
  printf '%-6s %8s %8s  %s%s\n' "$lang" "$done_sum" "$total_sum" "$pct" "$detail"
  if [[ -d assets/l10n/$lang && $done_sum -ne $total_sum ]]; then status=1; fi
done
exit $status
