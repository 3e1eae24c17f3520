#!/usr/bin/env bash
# Writes which languages have complete catalogues, as "<code>\tcomplete" or "<code>\tincomplete\t<why>"
# lines (game/l10n/shipped_languages.h reads it): a language is complete when, for every template in
# assets/l10n/templates/ (the UI, the quiz and every story; not the glossary), its .po exists and
# Debian's msgcmp finds every entry translated and none fuzzy. A run with no config offers exactly
# the complete languages. Run by the build.
# Usage: scripts/build-steps/l10n-complete.sh OUT TEMPLATE_DIR assets/l10n/<code>/ ...
set -euo pipefail
out=$1 templates=$2
shift 2
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '# language\tstatus\tmissing (generated from the .po files by the build; do not edit)\n' >"$tmp"
printf 'en\tcomplete\n' >>"$tmp"
for dir in "$@"; do
  dir=${dir%/}
  lang=$(basename "$dir")
  [[ $lang == templates ]] && continue
  missing=()
  for pot in "$templates"/*.pot; do
    name=$(basename "$pot" .pot)
    [[ $name == glossary ]] && continue
    po=$dir/$name.po
    if [[ ! -f $po ]]; then
      missing+=("$name (no catalogue)")
    elif ! msgcmp "$po" "$pot" >/dev/null 2>&1; then
      n=$(msgcmp "$po" "$pot" 2>&1 | grep -c -e 'this message is untranslated' -e 'needs to be reviewed' || true)
      missing+=("$name ($n untranslated or fuzzy)")
    fi
  done
  if ((${#missing[@]} == 0)); then
    printf '%s\tcomplete\n' "$lang" >>"$tmp"
  else
    (IFS=','; printf '%s\tincomplete\t%s\n' "$lang" "${missing[*]}") >>"$tmp"
  fi
done
mkdir -p "$(dirname "$out")"
cp "$tmp" "$out"
