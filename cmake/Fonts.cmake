# Fonts and asset staging: Noto Sans from Debian's fonts-noto-core, subset at build time with
# fonttools to exactly the glyphs the shipped catalogues and UI need (Latin, Latin Extended, Greek,
# Cyrillic as used; list from cmake/L10n.cmake), written into the build's assets/ folder next to a
# copy of the repository's assets/ (without the .po sources: the build ships compiled .mo files).
# LUREPROOF_FONT_SOURCE_DIR (where NotoSans-*.ttf live) is set in cmake/L10n.cmake.
set(LUREPROOF_ASSETS_OUT ${CMAKE_BINARY_DIR}/assets)
# Debian's python3 (python3-fonttools); another python3 earlier in PATH may lack fontTools.
find_program(LUREPROOF_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(PYFTSUBSET ${LUREPROOF_SYSTEM_PYTHON} -m fontTools.subset)

# Dear ImGui draws code point by code point with stb_truetype: no kerning, ligatures or hinting, so
# the subsets carry none of those tables (4.7 KB brotli less for the two faces), nor font names.
# Always kept besides the collected text: Basic Latin and the symbols the UI draws as text.
set(LUREPROOF_FONT_UNICODES "U+0020-007E,U+00A0,U+2022,U+2026,U+2190-2193,U+2713,U+2715,U+FFFD")

set(_font_outputs)
foreach(_face Regular Bold)
  set(_in ${LUREPROOF_FONT_SOURCE_DIR}/NotoSans-${_face}.ttf)
  set(_out ${LUREPROOF_ASSETS_OUT}/fonts/NotoSans-${_face}.ttf)
  add_custom_command(OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LUREPROOF_ASSETS_OUT}/fonts
    COMMAND ${PYFTSUBSET} ${_in} --text-file=${LUREPROOF_GLYPH_TEXT} --unicodes=${LUREPROOF_FONT_UNICODES}
            --layout-features= --name-IDs= --no-hinting --desubroutinize --output-file=${_out}
    DEPENDS ${_in} ${LUREPROOF_GLYPH_TEXT}
    COMMENT "Subsetting NotoSans-${_face} to the glyphs of the catalogues and UI"
    VERBATIM)
  list(APPEND _font_outputs ${_out})
endforeach()
set(LUREPROOF_FONT_FILES ${_font_outputs})

# Arabic (issue #21; docs/architecture.md "Right-to-left, shaped text"): Noto Sans Arabic, shaped by
# HarfBuzz (platform::complex_text), so every layout feature stays (joining forms, ligatures, mark
# positions). The Arabic block (letters, marks, punctuation, Arabic-Indic digits), ASCII digits and
# space, and the bidirectional controls (ZWNJ, ZWJ, LRM, RLM, the isolates). Natively among the fonts
# (Regular and Bold); on the web the Regular cut in Arabic's language pack (cmake/L10n.cmake, when
# web/kiosk.toml offers Arabic), never in the initial load.
if(NOT LUREPROOF_WEB)
  # Regular and Bold (headings and names in bold: ui/complex_lines.h), cut alike.
  set(LUREPROOF_ARABIC_FONTS)
  foreach(_face Regular Bold)
    set(_arabic_in ${LUREPROOF_FONT_SOURCE_DIR}/NotoSansArabic-${_face}.ttf)
    set(_arabic_out ${LUREPROOF_ASSETS_OUT}/fonts/NotoSansArabic-${_face}.ttf)
    add_custom_command(OUTPUT ${_arabic_out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${LUREPROOF_ASSETS_OUT}/fonts
      COMMAND ${PYFTSUBSET} ${_arabic_in} "--unicodes=U+0020,U+0030-0039,U+00A0,U+0600-06FF,U+200C-200F,U+2066-2069"
              "--layout-features=*" --name-IDs= --no-hinting --output-file=${_arabic_out}
      DEPENDS ${_arabic_in}
      COMMENT "Subsetting NotoSansArabic-${_face} to Arabic, every layout feature kept"
      VERBATIM)
    list(APPEND LUREPROOF_ARABIC_FONTS ${_arabic_out})
  endforeach()
  set(LUREPROOF_ARABIC_FONT ${LUREPROOF_ASSETS_OUT}/fonts/NotoSansArabic-Regular.ttf)
elseif(LUREPROOF_WEB_ARABIC_FONT)
  set(_arabic_in ${LUREPROOF_FONT_SOURCE_DIR}/NotoSansArabic-Regular.ttf)
  set(LUREPROOF_ARABIC_FONT ${LUREPROOF_WEB_ARABIC_FONT})
  set(LUREPROOF_ARABIC_FONTS ${LUREPROOF_ARABIC_FONT})
  get_filename_component(_arabic_dir ${LUREPROOF_ARABIC_FONT} DIRECTORY)
  add_custom_command(OUTPUT ${LUREPROOF_ARABIC_FONT}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_arabic_dir}
    COMMAND ${PYFTSUBSET} ${_arabic_in} "--unicodes=U+0020,U+0030-0039,U+00A0,U+0600-06FF,U+200C-200F,U+2066-2069"
            "--layout-features=*" --name-IDs= --no-hinting --output-file=${LUREPROOF_ARABIC_FONT}
    DEPENDS ${_arabic_in}
    COMMENT "Subsetting NotoSansArabic-Regular to Arabic, every layout feature kept"
    VERBATIM)
endif()

# The ImGui glyph ranges = exactly the code points both subset fonts carry (game/l10n/glyph_ranges.cpp).
set(LUREPROOF_GLYPH_RANGES ${LUREPROOF_GENERATED_DIR}/l10n/font_glyph_ranges.inc)
add_custom_command(OUTPUT ${LUREPROOF_GLYPH_RANGES}
  COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py ranges
          --out ${LUREPROOF_GLYPH_RANGES} ${_font_outputs}
  DEPENDS ${_font_outputs} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py
  COMMENT "Generating the ImGui glyph ranges of the subset fonts"
  VERBATIM)
add_custom_target(lureproof_glyph_ranges DEPENDS ${LUREPROOF_GLYPH_RANGES})

# Colour emoji: exactly the sequences the content uses, from Debian's fonts-noto-color-emoji (CBDT PNG
# bitmaps), found and drawn by scripts/build-steps/emoji.py; an emoji the font lacks stops the build
# with file:line:column. The table (emoji_table.inc) goes into the program (game/l10n/emoji_table.h),
# the sheets into assets/fonts/emoji/. Natively one sheet, "all", 72-pixel cells in full colour; the
# web one per story and one for the quiz ("common"), 32-pixel cells in 128 colours, each a pack
# (stage/emoji/<group>.pack) the page fetches with the story or when the quiz opens (docs/web.md).
set(LUREPROOF_EMOJI_FONT /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf CACHE FILEPATH
    "Noto Color Emoji (fonts-noto-color-emoji)")
file(GLOB _emoji_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/drafts/*.lure
     ${CMAKE_SOURCE_DIR}/assets/drafts/l10n/*/*.po)
list(APPEND _emoji_sources ${_glyph_sources})
file(GLOB _emoji_stories RELATIVE ${CMAKE_SOURCE_DIR}/assets/scenarios CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/scenarios/*.lure)
list(TRANSFORM _emoji_stories REPLACE "\\.lure$" "")
string(REPLACE ";" "," _emoji_stories "${_emoji_stories}")
set(LUREPROOF_EMOJI_TABLE ${LUREPROOF_GENERATED_DIR}/l10n/emoji_table.inc)
set(_emoji_stamp ${CMAKE_BINARY_DIR}/emoji.stamp)
if(LUREPROOF_WEB)
  set(_emoji_options --cell 32 --palette 128 --stories ${_emoji_stories} --packs ${CMAKE_BINARY_DIR}/stage/emoji)
else()
  set(_emoji_options --cell 72)
endif()
add_custom_command(OUTPUT ${LUREPROOF_EMOJI_TABLE} ${_emoji_stamp}
  COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/emoji.py
          --font ${LUREPROOF_EMOJI_FONT} --text-font ${LUREPROOF_FONT_SOURCE_DIR}/NotoSans-Regular.ttf
          --sheets ${LUREPROOF_ASSETS_OUT}/fonts/emoji --table ${LUREPROOF_EMOJI_TABLE} ${_emoji_options}
          ${_emoji_sources}
  COMMAND ${CMAKE_COMMAND} -E touch ${_emoji_stamp}
  DEPENDS ${_emoji_sources} ${LUREPROOF_EMOJI_FONT} ${CMAKE_SOURCE_DIR}/scripts/build-steps/emoji.py
          ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py
  COMMENT "Extracting the content's emoji from Noto Color Emoji"
  VERBATIM)
target_sources(lureproof_l10n_runtime PRIVATE ${CMAKE_SOURCE_DIR}/game/l10n/emoji_table.cpp ${LUREPROOF_EMOJI_TABLE})
list(APPEND _font_outputs ${_emoji_stamp} ${LUREPROOF_ARABIC_FONTS})  # (not ImGui's: not in its glyph ranges)
if(LUREPROOF_WEB)
  list(APPEND LUREPROOF_PACK_FILES ${_emoji_stamp})  # the dist step waits for stage/emoji/
endif()

# Staging: every top-level entry of assets/ except l10n/ (its .po files become .mo in L10n.cmake) and
# drafts/ (stories not yet translated, assets/drafts/README.md).
file(GLOB_RECURSE _asset_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*)
list(FILTER _asset_files EXCLUDE REGEX "/assets/(l10n|drafts)/")
file(GLOB _asset_top RELATIVE ${CMAKE_SOURCE_DIR}/assets CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*)
list(REMOVE_ITEM _asset_top l10n drafts)
set(_copy_commands)
foreach(_entry ${_asset_top})
  if(IS_DIRECTORY ${CMAKE_SOURCE_DIR}/assets/${_entry})
    list(APPEND _copy_commands COMMAND ${CMAKE_COMMAND} -E copy_directory
         ${CMAKE_SOURCE_DIR}/assets/${_entry} ${LUREPROOF_ASSETS_OUT}/${_entry})
  else()
    list(APPEND _copy_commands COMMAND ${CMAKE_COMMAND} -E copy_if_different
         ${CMAKE_SOURCE_DIR}/assets/${_entry} ${LUREPROOF_ASSETS_OUT}/${_entry})
  endif()
endforeach()
if(LUREPROOF_WEB)
  # The web build reads no TOML (game/data/data_tree.h): the quiz bank, the source register and the
  # facts go in as JSON (of a source only the title and year the debrief shows, of a fact only what the operator
  # screen shows), and the kiosk example (for operators of a native kiosk) stays out of the page.
  list(APPEND _copy_commands
       COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/toml2json.py --remove-input
               ${LUREPROOF_ASSETS_OUT}/quiz/quiz-bank.toml ${LUREPROOF_ASSETS_OUT}/quiz/quiz-bank.json
       COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/toml2json.py --remove-input
               ${LUREPROOF_ASSETS_OUT}/sources.toml ${LUREPROOF_ASSETS_OUT}/sources.json
               --keep source=id,year,title
       COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/toml2json.py --remove-input
               ${LUREPROOF_ASSETS_OUT}/facts.toml ${LUREPROOF_ASSETS_OUT}/facts.json --keep fact=id,checked
       COMMAND ${CMAKE_COMMAND} -E rm -f ${LUREPROOF_ASSETS_OUT}/kiosk.example.toml
       # Stories on demand: each story's text becomes stage/stories/<story>.pack, fetched when a visitor
       # opens it; the preloaded scenarios/<story>.lure keeps its header for the story picker.
       COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/web-story-packs.py
               ${LUREPROOF_ASSETS_OUT}/scenarios ${CMAKE_BINARY_DIR}/stage/stories)
  list(APPEND _asset_files ${CMAKE_SOURCE_DIR}/scripts/build-steps/toml2json.py ${CMAKE_SOURCE_DIR}/scripts/build-steps/web-story-packs.py
       ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py)
endif()
set(_assets_stamp ${CMAKE_BINARY_DIR}/assets.stamp)
add_custom_command(OUTPUT ${_assets_stamp}
  ${_copy_commands}
  COMMAND ${CMAKE_COMMAND} -E touch ${_assets_stamp}
  DEPENDS ${_asset_files} ${_font_outputs} ${LUREPROOF_MO_FILES}
  COMMENT "Staging assets/"
  VERBATIM)
add_custom_target(lureproof_assets ALL DEPENDS ${_font_outputs} ${_assets_stamp} ${LUREPROOF_MO_FILES} ${LUREPROOF_GLOSSARY_MO_FILES}
                  ${LUREPROOF_PACK_FILES})
