#!/usr/bin/env bash
# The build step scripts/build-steps/emoji.py: the emoji of a lure (a flag, a ZWJ sequence with U+FE0F,
# a skin tone, a keycap) go into the table and the sheet; an emoji the font cannot draw stops it with
# FILE:LINE:COLUMN. Usage: emoji_extraction.sh PYTHON EMOJI_PY EMOJI_FONT TEXT_FONT
set -euo pipefail
python="$1" script="$2" font="$3" text_font="$4"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
fail() { echo "emoji_extraction: $*" >&2; exit 1; }
run() { "$python" "$script" --font "$font" --text-font "$text_font" --cell 24 --sheets "$dir/sheets" --table "$dir/table.inc" "$@"; }

printf 'ok\nana: \xf0\x9f\x87\xa6\xf0\x9f\x87\xb9 VIENNA \xe2\x80\x93 1.900 \xe2\x82\xac \xf0\x9f\x92\x95 \xf0\x9f\x93\xa9\n' > "$dir/good.lure"
printf 'liza: Your loss \xf0\x9f\xa4\xb7\xe2\x80\x8d\xe2\x99\x80\xef\xb8\x8f ok \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd 1\xef\xb8\x8f\xe2\x83\xa3 \xc2\xa9 2024\n' >> "$dir/good.lure"
run "$dir/good.lure" 2>"$dir/err" || fail "valid emoji were refused: $(cat "$dir/err")"
table="$(cat "$dir/table.inc")"
for want in "{2, {0x1F1E6, 0x1F1F9}}" "{1, {0x1F495}}" "{1, {0x1F4E9}}" "{3, {0x1F937, 0x200D, 0x2640}}" \
            "{2, {0x1F44D, 0x1F3FD}}" "{2, {0x31, 0x20E3}}"; do
  grep -qF "$want" <<<"$table" || fail "the table lacks $want: $table"
done
[ "$(grep -c '^{' <<<"$table")" -eq 6 ] || fail "expected 6 sequences (the copyright sign and digits are text): $table"
[ -s "$dir/sheets/all.png" ] && [ "$(cat "$dir/sheets/all.idx")" = "0 1 2 3 4 5" ] || fail "no sheet for the 6 emoji"

# A lone regional indicator (line 2, column 8) and a ZWJ sequence the font does not have (line 3).
printf 'fine \xf0\x9f\x98\x8a\nclaudia \xf0\x9f\x87\xa6 x\ndog \xf0\x9f\x90\xb6\xe2\x80\x8d\xf0\x9f\x92\xbb\n' > "$dir/bad.lure"
if run "$dir/bad.lure" 2>"$dir/err"; then fail "an emoji without a glyph passed"; fi
grep -qF "bad.lure:2:9: error: the emoji" "$dir/err" || fail "no file:line:column for the lone indicator: $(cat "$dir/err")"
grep -qF "bad.lure:3:5: error: the emoji" "$dir/err" || fail "no file:line:column for the unknown ZWJ sequence: $(cat "$dir/err")"
echo "emoji_extraction: ok"
