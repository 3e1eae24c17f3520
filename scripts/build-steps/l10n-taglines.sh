#!/usr/bin/env bash
# Writes the attract screen's tagline in every language as "<code>\t<text>" lines (game/l10n/taglines.h),
# taken from each assets/l10n/<code>/ui.po with Debian's gettext tools (msggrep, msgattrib, msgexec), so
# the game can show all enabled languages' taglines without loading their catalogues. Run by the build.
# Usage: scripts/build-steps/l10n-taglines.sh OUT "English tagline" assets/l10n/*/ui.po
set -euo pipefail
out=$1 tagline=$2
shift 2
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '# language\ttagline (generated from ui.po by the build; do not edit)\n' >"$tmp"
printf 'en\t%s\n' "$tagline" >>"$tmp"
for po in "$@"; do
  lang=$(basename "$(dirname "$po")")
  # The entry whose msgid is exactly the tagline, translated and not fuzzy; newlines and tabs -> spaces.
  text=$(msggrep --msgid -F -e "$tagline" "$po" | msgattrib --translated --no-fuzzy --no-obsolete |
    TAGLINE=$tagline msgexec -i - sh -c '[ -z "$MSGEXEC_MSGCTXT" ] && [ "$MSGEXEC_MSGID" = "$TAGLINE" ] && cat || true' |
    tr '\t\n' '  ')
  if [[ -n ${text// /} ]]; then printf '%s\t%s\n' "$lang" "$text" >>"$tmp"; fi
done
mkdir -p "$(dirname "$out")"
cp "$tmp" "$out"
