#!/usr/bin/env bash
# Prints the web payload: raw, gzip -9 and brotli -q 11 bytes of every file the page loads at start
# (both editions; then what only the canvas edition fetches, its fonts, and what only the text edition
# fetches, its style sheet and script) and of every file it fetches later only when needed (lazy: a
# language's UI pack when a visitor picks it, a story's source, emoji and translation when a visitor opens
# it, the quiz's emoji when it opens); then the normal page's initial load next to the text edition's, and
# the budget figure: the normal initial load + what a visitor downloads before playing the heaviest story
# (its language's UI pack, the story's source, emoji and translation, for the heaviest language and story) against the 500 KB
# brotli budget (500,000 bytes; Arabic has its own, 600,000 for its whole path), each language's own
# pack (its UI pack + its largest story translation, <= 60,000 bytes), and the bare SDL2 + ImGui floor
# page for reference.
# Usage: scripts/payload.sh DIST_DIR [--markdown] [--check] [--floor FLOOR_DIR]
#   --check: exit 1 when the budget figure is over the budget, when the text edition would load as
#   much as the normal page or more (it may load less, never more), or when DIST_DIR is incomplete;
#   ctest runs it as web_payload_budget. FLOOR_DIR defaults to DIST_DIR/../floor.
set -euo pipefail
dir="${1:?usage: payload.sh DIST_DIR [--markdown] [--check] [--floor FLOOR_DIR]}"
shift
md=0 check=0 floor="$dir/../floor"
while [ $# -gt 0 ]; do
  case "$1" in
    --markdown) md=1 ;;
    --check) check=1 ;;
    --floor) floor="${2:?--floor needs a directory}"; shift ;;
    *) echo "payload.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
budget=500000
lang_budget=60000       # a language's own pack: its UI pack + its largest story translation
arabic_budget=600000    # issue #21: the Arabic path has a budget of its own and is not in the 500 KB figure
own_budget_langs=" ar "

# Files the page loads before the first frame: index.html, every file it names in a src or href
# attribute (its style sheet, scripts, icon) and the .wasm/.data Emscripten's loader fetches.
# Names carry a content hash (scripts/build-steps/web-dist.py); rows show them without it.
initial=(index.html)
missing=0
if [ -f "$dir/index.html" ]; then
  while IFS= read -r ref; do
    initial+=("$ref")
  done < <( (grep -oE '(src|href)="[^"?#:]+"' "$dir/index.html" | sed -E 's/^[a-z]+="(.*)"$/\1/'
             # the .wasm and .data the game's script fetches as it starts (their hashed names are listed
             # in <meta name="lureproof-files">, scripts/build-steps/web-dist.py)
             grep -oE '"lureproof\.(wasm|data)":"[^"]+"' "$dir/index.html" | sed -E 's/^"[^"]+":"(.*)"$/\1/') | LC_ALL=C sort -u)
fi
case " ${initial[*]} " in *.wasm\ *) ;; *) missing=$((missing + 1)) ;; esac  # no wasm: no page

raw=0 gz=0 br=0
measure() {  # sets raw, gz, br for file $1
  raw=$(stat -c %s "$1")
  gz=$(gzip -9 -c "$1" | wc -c)
  br=$(brotli -q 11 -c "$1" | wc -c)
}
row() {  # name raw gzip brotli
  local name
  name="$(sed -E 's/\.[0-9a-f]{10}(\.[a-z]+)$/\1/' <<<"$1")"
  if [ $md -eq 1 ]; then echo "| $name | $2 | $3 | $4 |"
  else printf '%-26s %10s %10s %10s\n' "$name" "$2" "$3" "$4"; fi
}
heading() {
  if [ $md -eq 1 ]; then echo; echo "| $1 | raw | gzip | brotli |"; echo "|---|---:|---:|---:|"
  else echo; printf '%-26s %10s %10s %10s\n' "$1" "raw" "gzip" "brotli"; fi
}

heading "initial payload (both editions)"
init_raw=0 init_gz=0 init_br=0
for name in "${initial[@]}"; do
  if [ ! -f "$dir/$name" ]; then missing=$((missing + 1)); continue; fi
  measure "$dir/$name"
  row "$name" "$raw" "$gz" "$br"
  init_raw=$((init_raw + raw)); init_gz=$((init_gz + gz)); init_br=$((init_br + br))
done
row "initial total" "$init_raw" "$init_gz" "$init_br"

# What only one edition fetches as it starts (web/lureproof-page.js): the canvas edition its fonts, the
# text edition its style sheet and script. Their hashed names are in <meta name="lureproof-files">.
edition_files() {  # prints the hashed names of the files matching the name pattern $1
  [ -f "$dir/index.html" ] || return 0
  grep -oE "\"$1\":\"[^\"]+\"" "$dir/index.html" | sed -E 's/^"[^"]+":"(.*)"$/\1/' | LC_ALL=C sort -u
}
mapfile -t canvas_only < <(edition_files 'lureproof-fonts\.data')
mapfile -t text_only < <(edition_files 'lureproof-text\.(css|js)')
[ ${#canvas_only[@]} -eq 1 ] || missing=$((missing + 1))  # the fonts: the canvas edition draws nothing without them
[ ${#text_only[@]} -eq 2 ] || missing=$((missing + 1))
edition_total() {  # heading, then the files $2...; sets ed_raw, ed_gz, ed_br
  local title="$1"; shift
  heading "$title"
  ed_raw=0 ed_gz=0 ed_br=0
  for name in "$@"; do
    if [ ! -f "$dir/$name" ]; then missing=$((missing + 1)); continue; fi
    measure "$dir/$name"
    row "$name" "$raw" "$gz" "$br"
    ed_raw=$((ed_raw + raw)); ed_gz=$((ed_gz + gz)); ed_br=$((ed_br + br))
  done
}
edition_total "canvas edition only (normal page)" "${canvas_only[@]}"
normal_raw=$((init_raw + ed_raw)) normal_gz=$((init_gz + ed_gz)) normal_br=$((init_br + ed_br))
edition_total "text edition only (?text=1, no WebGL2)" "${text_only[@]}"
text_raw=$((init_raw + ed_raw)) text_gz=$((init_gz + ed_gz)) text_br=$((init_br + ed_br))

heading "lazy (fetched when needed)"
# A language's UI pack (l10n/<lang>.pack) comes when a visitor picks it; a story's source
# (stories/<story>.pack) and its translation (l10n/<lang>/<story>.pack) when a visitor opens it. The
# translations are one row per story: the largest of its languages (each is measured for the budget).
declare -A ui_raw ui_gz ui_br src_raw src_gz src_br tr_raw tr_gz tr_br tr_largest emo_raw emo_gz emo_br
lazy_count=0
bare() { sed -E 's/\.[0-9a-f]{10}(\.[a-z]+)$/\1/' <<<"$1"; }  # a name without its content hash
while IFS= read -r f; do
  rel="${f#"$dir"/}"
  skip=0
  for name in "${initial[@]}" "${canvas_only[@]}" "${text_only[@]}"; do [ "$rel" = "$name" ] && skip=1; done
  [ $skip -eq 1 ] && continue
  measure "$f"
  lazy_count=$((lazy_count + 1))
  plain="$(bare "$rel")"
  if [[ "$plain" =~ ^l10n/([^/]+)/([^/]+)\.pack$ ]]; then
    key="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}" story="${BASH_REMATCH[2]}"
    tr_raw[$key]=$raw tr_gz[$key]=$gz tr_br[$key]=$br
    if [ "$br" -gt "${tr_br[${tr_largest[$story]:-none}]:-0}" ]; then tr_largest[$story]=$key; fi
    continue
  fi
  row "$rel" "$raw" "$gz" "$br"
  if [[ "$plain" =~ ^l10n/([^/]+)\.pack$ ]]; then
    ui_raw[${BASH_REMATCH[1]}]=$raw ui_gz[${BASH_REMATCH[1]}]=$gz ui_br[${BASH_REMATCH[1]}]=$br
  elif [[ "$plain" =~ ^stories/([^/]+)\.pack$ ]]; then
    src_raw[${BASH_REMATCH[1]}]=$raw src_gz[${BASH_REMATCH[1]}]=$gz src_br[${BASH_REMATCH[1]}]=$br
  elif [[ "$plain" =~ ^emoji/([^/]+)\.pack$ ]]; then  # a story's emoji come with it (emoji/common: the quiz's)
    emo_raw[${BASH_REMATCH[1]}]=$raw emo_gz[${BASH_REMATCH[1]}]=$gz emo_br[${BASH_REMATCH[1]}]=$br
  fi
done < <(find "$dir" -type f ! -name '*.br' ! -name '*.gz' | LC_ALL=C sort)
for story in $(printf '%s\n' "${!tr_largest[@]}" | LC_ALL=C sort); do
  key="${tr_largest[$story]}"
  row "l10n/$key.pack (largest of $(printf '%s\n' "${!tr_br[@]}" | grep -c "/$story\$") languages)" "${tr_raw[$key]}" "${tr_gz[$key]}" "${tr_br[$key]}"
done
[ $lazy_count -eq 0 ] && row "(none)" "-" "-" "-"

# What a visitor downloads before playing a story: the language's UI pack, the story's source, its emoji
# and its translation (none in English). The budget counts the heaviest language and story.
pack_name="" pack_raw=0 pack_gz=0 pack_br=0 ui_name="" ui_only_br=0 pack_lang="" pack_story=""
for lang in "${!ui_br[@]}"; do
  [[ "$own_budget_langs" == *" $lang "* ]] && continue
  [ "${ui_br[$lang]}" -gt "$ui_only_br" ] && ui_name="l10n/$lang.pack" ui_only_br=${ui_br[$lang]}
done
for story in "${!src_br[@]}"; do
  for lang in en "${!ui_br[@]}"; do
    [[ "$own_budget_langs" == *" $lang "* ]] && continue
    key="$lang/$story"
    b=$(( ${ui_br[$lang]:-0} + src_br[$story] + ${emo_br[$story]:-0} + ${tr_br[$key]:-0} ))
    if [ "$b" -gt "$pack_br" ]; then
      pack_br=$b
      pack_raw=$(( ${ui_raw[$lang]:-0} + src_raw[$story] + ${emo_raw[$story]:-0} + ${tr_raw[$key]:-0} ))
      pack_gz=$(( ${ui_gz[$lang]:-0} + src_gz[$story] + ${emo_gz[$story]:-0} + ${tr_gz[$key]:-0} ))
      pack_name="$story in $lang" pack_lang=$lang pack_story=$story
    fi
  done
done

heading "initial load, by edition"
row "normal page (canvas)" "$normal_raw" "$normal_gz" "$normal_br"
row "text edition" "$text_raw" "$text_gz" "$text_br"

heading "budget"
row "normal initial load" "$normal_raw" "$normal_gz" "$normal_br"
row "+ heaviest story: ${pack_name:-(none)}" "$pack_raw" "$pack_gz" "$pack_br"
if [ -n "$pack_story" ]; then  # its parts
  k="$pack_lang/$pack_story"
  row "  its language's UI pack" "${ui_raw[$pack_lang]:-0}" "${ui_gz[$pack_lang]:-0}" "${ui_br[$pack_lang]:-0}"
  row "  the story's source" "${src_raw[$pack_story]}" "${src_gz[$pack_story]}" "${src_br[$pack_story]}"
  row "  the story's emoji" "${emo_raw[$pack_story]:-0}" "${emo_gz[$pack_story]:-0}" "${emo_br[$pack_story]:-0}"
  row "  the story's translation" "${tr_raw[$k]:-0}" "${tr_gz[$k]:-0}" "${tr_br[$k]:-0}"
fi
total_br=$((normal_br + pack_br))
row "= budget figure" "$((normal_raw + pack_raw))" "$((normal_gz + pack_gz))" "$total_br"
row "budget" "-" "-" "$budget"
if [ -d "$floor" ]; then
  f_raw=0 f_gz=0 f_br=0
  for f in "$floor"/*; do
    [ -f "$f" ] || continue
    measure "$f"; f_raw=$((f_raw + raw)); f_gz=$((f_gz + gz)); f_br=$((f_br + br))
  done
  row "floor (bare SDL2 + ImGui)" "$f_raw" "$f_gz" "$f_br"
fi
verdict="within"
[ "$total_br" -gt "$budget" ] && verdict="OVER"

# Each language's own pack (issue #21: <= 60 KB brotli): its UI pack plus its largest story translation,
# what picking the language adds to a visit. Arabic instead: its whole path (the normal initial load,
# its UI pack, anything else only Arabic fetches, and its heaviest story) <= 600 KB brotli.
heading "per language (own pack: UI pack + largest story translation)"
lang_over=0
for lang in $(printf '%s\n' "${!ui_br[@]}" | LC_ALL=C sort); do
  largest=0
  for key in "${!tr_br[@]}"; do
    [[ "$key" == "$lang/"* ]] && [ "${tr_br[$key]}" -gt "$largest" ] && largest=${tr_br[$key]}
  done
  own=$(( ui_br[$lang] + largest ))
  if [[ "$own_budget_langs" == *" $lang "* ]]; then
    row "$lang (own budget, below)" "-" "-" "$own"
  else
    row "$lang" "-" "-" "$own"
    [ "$own" -gt "$lang_budget" ] && lang_over=$((lang_over + 1)) && echo "  $lang: OVER $lang_budget B"
  fi
done
arabic_line=""
arabic_over=0
if [ -n "${ui_br[ar]:-}" ]; then
  ar_only_br=0 ar_only=""
  while IFS= read -r f; do  # e.g. the Arabic font: any lazy file named for ar other than its packs
    rel="${f#"$dir"/}"; plain="$(bare "$rel")"
    [[ "$plain" == l10n/ar.pack || "$plain" == l10n/ar/* ]] && continue
    measure "$f"; ar_only_br=$((ar_only_br + br)); ar_only="$ar_only $plain"
  done < <(find "$dir" -type f ! -name '*.br' ! -name '*.gz' \( -name 'ar.*' -o -name '*-ar.*' -o -path '*/ar/*' \) | LC_ALL=C sort)
  ar_story_br=0 ar_story=""
  for story in "${!src_br[@]}"; do
    b=$(( src_br[$story] + ${emo_br[$story]:-0} + ${tr_br[ar/$story]:-0} ))
    [ "$b" -gt "$ar_story_br" ] && ar_story_br=$b ar_story=$story
  done
  ar_path=$(( normal_br + ui_br[ar] + ar_only_br + ar_story_br ))
  [ "$ar_path" -gt "$arabic_budget" ] && arabic_over=1
  arabic_line="Arabic path: normal initial load $normal_br + UI pack ${ui_br[ar]} + Arabic-only files $ar_only_br (${ar_only:- none}) + heaviest story $ar_story $ar_story_br = $ar_path B brotli of $arabic_budget B"
  # The Arabic font travels in the UI pack (cmake/L10n.cmake): its name is in the pack's file list.
  ar_pack="$(find "$dir/l10n" -maxdepth 1 -type f -regex '.*/ar\.\([0-9a-f]*\.\)?pack' | head -1)"
  if [ -n "$ar_pack" ] && head -c 4096 "$ar_pack" | grep -aq 'NotoSansArabic.*\.ttf'; then
    arabic_line="$arabic_line (the Arabic font in its UI pack)"
  elif [ -z "$ar_only" ]; then
    arabic_line="$arabic_line (no Arabic font in this build: the web edition cannot draw Arabic, so this figure is not the budget's final test)"
  fi
fi
lighter="lighter" difference="$((normal_br - text_br)) B less"
[ "$text_br" -ge "$normal_br" ] && lighter="NOT lighter" difference="$((text_br - normal_br)) B more"
echo
echo "editions: text edition $text_br B brotli, normal page $normal_br B brotli: the text edition is $lighter ($difference)"
echo "before a story: normal initial load + largest UI pack ${ui_name:-(none)} = $((normal_br + ui_only_br)) B brotli"
echo "languages: every language's own pack <= $lang_budget B brotli: $([ $lang_over -eq 0 ] && echo within || echo "$lang_over OVER")"
[ -n "$arabic_line" ] && echo "$arabic_line"
echo "budget: normal initial load + the heaviest story ($pack_name: its language's UI pack, source, emoji and translation) = $total_br B brotli of $budget B: $verdict budget ($((budget - total_br)) B left)"
if [ $check -eq 1 ]; then
  # A missing page file, no language pack or no story pack would make the figure meaninglessly small.
  if [ $missing -gt 0 ] || [ -z "$ui_name" ] || [ ${#src_br[@]} -eq 0 ]; then
    echo "payload.sh: $dir lacks $missing page file(s), or a language or story pack: build the web edition first" >&2
    exit 1
  fi
  [ "$verdict" = "OVER" ] && exit 1
  [ $lang_over -eq 0 ] || exit 1
  [ $arabic_over -eq 0 ] || exit 1
  [ "$lighter" = "lighter" ] || exit 1
fi
exit 0
