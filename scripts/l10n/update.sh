#!/usr/bin/env bash
# Regenerates the translation templates (assets/l10n/templates/*.pot: one per scenario and quiz.pot for
# the quiz bank from `lure l10n extract`, ui.pot from xgettext over game/) and msgmerges them into every
# assets/l10n/<lang>/*.po, creating missing .po files with msginit. Idempotent.
# Usage: scripts/l10n/update.sh [lang...]   (new languages: give their code, e.g. "pl")
set -euo pipefail
cd "$(dirname "$0")/../.."

BUILD=${BUILD:-build/native}
LURE=${LURE:-$BUILD/bin/lure}
TEMPLATES=assets/l10n/templates
mkdir -p "$TEMPLATES"
if [[ ! -x $LURE ]]; then cmake --build "$BUILD" -j2 --target lure; fi

# Writes stdin to $1 only when the content changed (keeps timestamps and git quiet).
update_file() {
  local tmp; tmp=$(mktemp)
  cat >"$tmp"
  if [[ -f $1 ]] && cmp -s "$tmp" "$1"; then rm -f "$tmp"; else mv "$tmp" "$1"; chmod 644 "$1"; fi
}

# 1. Scenario templates (keys: #line ids and the fixed contexts of lure::l10n_entries) and the quiz
#    bank's (keys "<card id>.sender|text|why", game/quiz/quiz_l10n.cpp).
tmpdir=$(mktemp -d)
trap 'rm -rf "$tmpdir"' EXIT
"$LURE" l10n extract -o "$tmpdir" assets/scenarios/*.lure assets/quiz/quiz-bank.toml >/dev/null
for pot in "$tmpdir"/*.pot; do update_file "$TEMPLATES/$(basename "$pot")" <"$pot"; done
for pot in "$TEMPLATES"/*.pot; do  # templates of scenarios that no longer exist
  name=$(basename "$pot" .pot)
  [[ $name == ui || $name == glossary || -f $tmpdir/$name.pot ]] || rm -f "$pot"  # (quiz.pot is in $tmpdir too)
done

# 2. UI template: tr("..."), trn("one", "many", n) and N_("...") in the game's sources (.cpp, and .h for
#    built-in defaults such as the helplines in kiosk/site_config.h). No creation date
#    and file-only locations, so the template changes only when a string does.
mapfile -t sources < <(find game -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
xgettext --keyword= --keyword=tr --keyword=trn:1,2 --keyword=N_ --from-code=UTF-8 --language=C++ --force-po \
  --add-comments=TRANSLATORS: --add-location=file --package-name=lureproof \
  --msgid-bugs-address= -o - "${sources[@]}" 2> >(grep -v -e 'msgid-bugs-address' -e Makevars -e MSGID_BUGS_ADDRESS -e 'command line option' >&2) \
  | sed -e '/^"POT-Creation-Date:/d' -e 's/^# SOME DESCRIPTIVE TITLE\./# Translation template for the Lureproof user interface./' \
  | update_file "$TEMPLATES/ui.pot"

# merge_catalogue PO POT LANG: msgmerge the template into an existing catalogue (changed sources become
# fuzzy with the #| previous text), or create it with msginit, marked for review.
merge_catalogue() {
  local po=$1 pot=$2 lang=$3
  if [[ -f $po ]]; then
    msgmerge --quiet --previous --backup=none --update "$po" "$pot"
  else
    msginit --no-translator --locale="$lang" --input="$pot" --output-file="$po" 2>/dev/null
    sed -i -e 's/^"Project-Id-Version: .*\\n"$/"Project-Id-Version: lureproof\\n"/' \
           -e '/^"Plural-Forms: /i "X-Review-Status: needs-review (team translation)\\n"' "$po"
    echo "created $po"
  fi
}

# 3. Every language: merge (changed sources become fuzzy with the #| previous text), create missing.
langs=("$@")
for dir in assets/l10n/*/; do
  lang=$(basename "$dir")
  [[ $lang == templates ]] || langs+=("$lang")
done
mapfile -t langs < <(printf '%s\n' "${langs[@]}" | LC_ALL=C sort -u)
for lang in "${langs[@]}"; do
  [[ -n $lang ]] || continue
  mkdir -p "assets/l10n/$lang"
  for pot in "$TEMPLATES"/*.pot; do
    merge_catalogue "assets/l10n/$lang/$(basename "$pot" .pot).po" "$pot" "$lang"
  done
  for po in "assets/l10n/$lang"/*.po; do  # catalogues whose template is gone
    [[ -f $TEMPLATES/$(basename "$po" .po).pot ]] || { echo "obsolete: $po (template removed)"; }
  done
done

# 4. Draft stories (assets/drafts/*.lure) are translated before they ship, beside them: templates in
#    assets/drafts/l10n/templates/, catalogues in assets/drafts/l10n/<lang>/ (outside assets/l10n/, so the
#    build neither compiles nor ships them). Shipping a draft moves its .po files into assets/l10n/<lang>/.
DRAFTS=assets/drafts
draft_pos=()
if compgen -G "$DRAFTS/*.lure" >/dev/null; then
  mkdir -p "$DRAFTS/l10n/templates"
  "$LURE" l10n extract -o "$tmpdir/drafts" "$DRAFTS"/*.lure >/dev/null
  for pot in "$tmpdir/drafts"/*.pot; do update_file "$DRAFTS/l10n/templates/$(basename "$pot")" <"$pot"; done
  for pot in "$DRAFTS/l10n/templates"/*.pot; do  # drafts that shipped or were removed
    [[ -f $tmpdir/drafts/$(basename "$pot") ]] || rm -f "$pot"
  done
  for lang in "${langs[@]}"; do
    [[ -n $lang ]] || continue
    mkdir -p "$DRAFTS/l10n/$lang"
    for pot in "$DRAFTS/l10n/templates"/*.pot; do
      po="$DRAFTS/l10n/$lang/$(basename "$pot" .pot).po"
      merge_catalogue "$po" "$pot" "$lang"
      draft_pos+=("$po")
    done
  done
fi

# 5. Report.
for lang in "${langs[@]}"; do
  [[ -n $lang ]] || continue
  for po in "assets/l10n/$lang"/*.po; do
    printf '%-40s %s\n' "$po" "$(msgfmt --check --statistics -o /dev/null "$po" 2>&1 | tail -1)"
  done
done
for po in "${draft_pos[@]}"; do
  printf '%-40s %s\n' "$po" "$(msgfmt --check --statistics -o /dev/null "$po" 2>&1 | tail -1)"
done
