# Localisation at build time: every assets/l10n/<lang>/<name>.po is checked and compiled with Debian's
# msgfmt into <build>/assets/l10n/<lang>/<name>.mo natively. The web build keeps them out of its
# preloaded assets/: they go to <build>/l10n/<lang>/ and into one pack per language,
# <build>/stage/l10n/<lang>.pack (scripts/build-steps/web-dist.py hashes its name), fetched only when a visitor picks that language
# (game/l10n/language_pack.h), and one per story and language, fetched when a visitor opens that story. The glyph list the fonts are subset to is collected from all text the
# game can show.
find_program(LUREPROOF_MSGFMT msgfmt REQUIRED)  # Debian's gettext
find_program(LUREPROOF_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(LUREPROOF_ASSETS_OUT ${CMAKE_BINARY_DIR}/assets)
set(LUREPROOF_GENERATED_DIR ${CMAKE_BINARY_DIR}/generated)
set(LUREPROOF_GLYPH_TEXT ${LUREPROOF_GENERATED_DIR}/l10n/glyphs.txt)  # written below, read by cmake/Fonts.cmake
set(LUREPROOF_FONT_SOURCE_DIR /usr/share/fonts/truetype/noto CACHE PATH "Where NotoSans-*.ttf live")

# lureproof_compile_po(<po> <mo>): one msgfmt --check step (fuzzy entries stay out of the .mo).
# --no-hash: lure::Catalog searches the sorted tables and never reads gettext's hash table, which
# would only add bytes that barely compress to every language pack.
function(lureproof_compile_po po mo)
  get_filename_component(_dir ${mo} DIRECTORY)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_dir}
    COMMAND ${LUREPROOF_MSGFMT} --check --no-hash -o ${mo} ${po}
    DEPENDS ${po}
    COMMENT "msgfmt --check ${po}"
    VERBATIM)
endfunction()

file(GLOB LUREPROOF_PO_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/l10n/*/*.po)
# The web edition offers exactly the languages its config lists (web/kiosk.toml, `languages`): only
# their catalogues become packs and only their letters go into its fonts. A language translated but
# not offered there yet (issue #21: planned, shipped = false) costs the page nothing; listing it is
# what brings its packs, its glyphs and their bytes (web_payload_budget) in.
if(LUREPROOF_WEB)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/kiosk.toml)
  file(STRINGS ${CMAKE_SOURCE_DIR}/web/kiosk.toml _web_languages_line REGEX "^languages *=")
  string(REGEX MATCHALL "\"[a-z]+\"" _web_languages "${_web_languages_line}")
  string(REPLACE "\"" "" LUREPROOF_WEB_LANGUAGES "${_web_languages}")
  string(REPLACE ";" "|" LUREPROOF_WEB_LANGUAGES_REGEX "${LUREPROOF_WEB_LANGUAGES}")
  if(NOT LUREPROOF_WEB_LANGUAGES)
    message(FATAL_ERROR "web/kiosk.toml lists no `languages`: the web edition would offer none")
  endif()
  set(_offered_po)
  foreach(_po ${LUREPROOF_PO_FILES})
    get_filename_component(_lang_dir ${_po} DIRECTORY)
    get_filename_component(_lang ${_lang_dir} NAME)
    if(_lang IN_LIST LUREPROOF_WEB_LANGUAGES)
      list(APPEND _offered_po ${_po})
    endif()
  endforeach()
  set(LUREPROOF_PO_FILES ${_offered_po})
  # The page's fonts, fetched as it starts, carry the letters of these languages (the ten it offered
  # first); another offered language brings the letters they lack in its UI pack, a font supplement
  # merged into the atlas when a visitor picks it (game/ui/theme.h), so the page loaded by a visitor who
  # never picks it stays as it was. The attract screen's taglines of every offered language are drawn
  # before any pick: their letters are in the base fonts.
  set(LUREPROOF_WEB_BASE_FONT_LANGUAGES en ro bg pl uk fr de it es el)
endif()
set(LUREPROOF_MO_FILES)
set(LUREPROOF_GLOSSARY_MO_FILES)
set(LUREPROOF_PACK_LANGUAGES)
if(LUREPROOF_WEB)
  set(_mo_root ${CMAKE_BINARY_DIR}/l10n)
else()
  set(_mo_root ${LUREPROOF_ASSETS_OUT}/l10n)
endif()
foreach(_po ${LUREPROOF_PO_FILES})
  get_filename_component(_name ${_po} NAME_WE)
  get_filename_component(_lang_dir ${_po} DIRECTORY)
  get_filename_component(_lang ${_lang_dir} NAME)
  if(_name STREQUAL "glossary")
    # The translators' glossary is checked by msgfmt like a catalogue but never shipped
    # (tests/l10n/test_glossary.cpp holds the catalogues to it).
    lureproof_compile_po(${_po} ${CMAKE_BINARY_DIR}/l10n-glossary/${_lang}.mo)
    list(APPEND LUREPROOF_GLOSSARY_MO_FILES ${CMAKE_BINARY_DIR}/l10n-glossary/${_lang}.mo)
    continue()
  endif()
  set(_mo ${_mo_root}/${_lang}/${_name}.mo)
  lureproof_compile_po(${_po} ${_mo})
  list(APPEND LUREPROOF_MO_FILES ${_mo})
  list(APPEND _mo_of_${_lang} ${_mo})
  list(APPEND LUREPROOF_PACK_LANGUAGES ${_lang})
endforeach()
list(REMOVE_DUPLICATES LUREPROOF_PACK_LANGUAGES)

# Per language the break points of its long words (game/l10n/hyphenation.h), from Debian's
# hyphenation dictionaries through libhyphen at build time (docs/architecture.md says why):
# <mo root>/<lang>/hyphenation.txt, natively beside the catalogues with every word. On the web the UI
# pack's table has the words of the UI, the quiz and the story picker only, and each story's
# translation pack those of that story (<lang>/<story>.hyphenation.txt, words the UI's lacks), merged
# into the language's table when the story opens: a visitor fetches the break points of the stories
# they open, not of all ten.
foreach(_lang ${LUREPROOF_PACK_LANGUAGES})
  set(_hyphenation ${_mo_root}/${_lang}/hyphenation.txt)
  set(_po_of_lang ${LUREPROOF_PO_FILES})
  list(FILTER _po_of_lang INCLUDE REGEX "/assets/l10n/${_lang}/[^/]+\\.po$")
  list(FILTER _po_of_lang EXCLUDE REGEX "/glossary\\.po$")
  set(_inputs ${_po_of_lang})
  set(_story_po)
  if(LUREPROOF_WEB)
    list(FILTER _inputs INCLUDE REGEX "/(ui|quiz)\\.po$")
    set(_story_po ${_po_of_lang})
    list(FILTER _story_po EXCLUDE REGEX "/(ui|quiz)\\.po$")
    if(_story_po)
      list(APPEND _inputs --headers ${_story_po})
    endif()
  endif()
  add_custom_command(OUTPUT ${_hyphenation}
    COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-hyphenation.py --lang ${_lang}
            --out ${_hyphenation} ${_inputs}
    DEPENDS ${_po_of_lang} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-hyphenation.py
    COMMENT "Hyphenation points of ${_lang}"
    VERBATIM)
  list(APPEND LUREPROOF_MO_FILES ${_hyphenation})
  set(_hyphenation_of_${_lang} ${_hyphenation})
  foreach(_po ${_story_po})
    get_filename_component(_story ${_po} NAME_WE)
    set(_story_hyphenation ${_mo_root}/${_lang}/${_story}.hyphenation.txt)
    add_custom_command(OUTPUT ${_story_hyphenation}
      COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-hyphenation.py --lang ${_lang}
              --out ${_story_hyphenation} --except ${_hyphenation} ${_po}
      DEPENDS ${_po} ${_hyphenation} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-hyphenation.py
      COMMENT "Hyphenation points of ${_lang}/${_story}"
      VERBATIM)
    set(_hyphenation_of_${_lang}_${_story} ${_story_hyphenation})
  endforeach()
endforeach()

# Web: per language a UI pack next to the page (stage/l10n/<lang>.pack, then dist/): the UI and quiz
# catalogues, of each story's the header entries the story picker shows, the UI's hyphenation table and
# the font supplement; and per story its whole catalogue and its hyphenation table
# (stage/l10n/<lang>/<story>.pack), fetched when a visitor opens that story.
set(LUREPROOF_PACK_FILES)
if(LUREPROOF_WEB)
  foreach(_lang ${LUREPROOF_PACK_LANGUAGES})
    set(_pack ${CMAKE_BINARY_DIR}/stage/l10n/${_lang}.pack)
    set(_ui_mo)
    set(_story_mo)
    foreach(_mo ${_mo_of_${_lang}})
      get_filename_component(_name ${_mo} NAME_WE)
      if(_name STREQUAL "ui" OR _name STREQUAL "quiz")
        list(APPEND _ui_mo ${_mo})
      else()
        list(APPEND _story_mo ${_mo})
        set(_story_pack ${CMAKE_BINARY_DIR}/stage/l10n/${_lang}/${_name}.pack)
        add_custom_command(OUTPUT ${_story_pack}
          COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py --out ${_story_pack} ${_mo}
                  ${_hyphenation_of_${_lang}_${_name}}
          DEPENDS ${_mo} ${_hyphenation_of_${_lang}_${_name}} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py
          COMMENT "Story pack ${_lang}/${_name}"
          VERBATIM)
        list(APPEND LUREPROOF_PACK_FILES ${_story_pack})
      endif()
    endforeach()
    if(_story_mo)
      set(_headers --headers ${_story_mo})
    else()
      set(_headers)
    endif()
    set(_supplement)
    if(NOT _lang IN_LIST LUREPROOF_WEB_BASE_FONT_LANGUAGES)
      set(_supplement ${_mo_root}/${_lang}/font-supplement.txt)
      set(_po_of_lang ${LUREPROOF_PO_FILES})
      list(FILTER _po_of_lang INCLUDE REGEX "/assets/l10n/${_lang}/[^/]+\\.po$")
      list(FILTER _po_of_lang EXCLUDE REGEX "/glossary\\.po$")
      add_custom_command(OUTPUT ${_supplement}
        BYPRODUCTS ${_mo_root}/${_lang}/font-supplement-Regular.ttf ${_mo_root}/${_lang}/font-supplement-Bold.ttf
        COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py supplement
                --out ${_mo_root}/${_lang} --base ${LUREPROOF_GLYPH_TEXT}
                --fonts ${LUREPROOF_FONT_SOURCE_DIR}/NotoSans-Regular.ttf ${LUREPROOF_FONT_SOURCE_DIR}/NotoSans-Bold.ttf
                -- ${_po_of_lang}
        DEPENDS ${_po_of_lang} ${LUREPROOF_GLYPH_TEXT} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py
        COMMENT "Font supplement of ${_lang}: the letters the base fonts lack"
        VERBATIM)
      set(_supplement_args --font-supplement ${_supplement})
    else()
      set(_supplement_args)
    endif()
    # Arabic's UI pack carries its font (cmake/Fonts.cmake subsets it): the browser shapes and draws
    # Arabic with it (game/platform/complex_text_web.cpp), so only a visitor who picks Arabic fetches it.
    set(_pack_fonts)
    if(_lang STREQUAL "ar")
      set(_pack_fonts ${_mo_root}/ar/NotoSansArabic-Regular.ttf)
      set(LUREPROOF_WEB_ARABIC_FONT ${_pack_fonts})
    endif()
    add_custom_command(OUTPUT ${_pack}
      COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py --out ${_pack} ${_ui_mo}
              ${_hyphenation_of_${_lang}} ${_pack_fonts} ${_headers} ${_supplement_args}
      DEPENDS ${_mo_of_${_lang}} ${_hyphenation_of_${_lang}} ${_pack_fonts} ${_supplement} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-pack.py
      COMMENT "Language pack ${_lang}"
      VERBATIM)
    list(APPEND LUREPROOF_PACK_FILES ${_pack})
  endforeach()
endif()

# The attract screen's tagline in every language, <build>/assets/l10n/taglines.tsv, from the ui.po
# files (the game reads it instead of loading every catalogue). Staged with the catalogues. The text
# must equal kAttractTagline in game/l10n/taglines.h (l10n_tests check it).
set(LUREPROOF_ATTRACT_TAGLINE "Too good to be true?")
set(LUREPROOF_TAGLINES ${LUREPROOF_ASSETS_OUT}/l10n/taglines.tsv)
file(GLOB _ui_po_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/l10n/*/ui.po)
if(LUREPROOF_WEB)  # the page's taglines: the languages it offers
  list(FILTER _ui_po_files INCLUDE REGEX "/assets/l10n/(${LUREPROOF_WEB_LANGUAGES_REGEX})/ui\\.po$")
endif()
add_custom_command(OUTPUT ${LUREPROOF_TAGLINES}
  COMMAND ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-taglines.sh ${LUREPROOF_TAGLINES} ${LUREPROOF_ATTRACT_TAGLINE} ${_ui_po_files}
  DEPENDS ${_ui_po_files} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-taglines.sh
  COMMENT "Collecting the attract taglines of every language"
  VERBATIM)
list(APPEND LUREPROOF_MO_FILES ${LUREPROOF_TAGLINES})

# Which languages have complete catalogues, <build>/assets/l10n/languages.tsv (game/l10n/
# shipped_languages.h): a run whose config does not list `languages` offers exactly those.
set(LUREPROOF_LANGUAGE_STATUS ${LUREPROOF_ASSETS_OUT}/l10n/languages.tsv)
file(GLOB _l10n_dirs LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/l10n/*)
list(FILTER _l10n_dirs EXCLUDE REGEX "/templates$")
set(_lang_dirs)
foreach(_d ${_l10n_dirs})
  if(IS_DIRECTORY ${_d})
    list(APPEND _lang_dirs ${_d})
  endif()
endforeach()
file(GLOB _l10n_templates CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/l10n/templates/*.pot)
add_custom_command(OUTPUT ${LUREPROOF_LANGUAGE_STATUS}
  COMMAND ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-complete.sh ${LUREPROOF_LANGUAGE_STATUS}
          ${CMAKE_SOURCE_DIR}/assets/l10n/templates ${_lang_dirs}
  DEPENDS ${LUREPROOF_PO_FILES} ${_l10n_templates} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-complete.sh
  COMMENT "Listing the languages whose catalogues are complete"
  VERBATIM)
list(APPEND LUREPROOF_MO_FILES ${LUREPROOF_LANGUAGE_STATUS})

# Glyphs the fonts must carry: every character of the shipped catalogues (.po), the templates
# (.pot, i.e. all English source text of the UI and scenarios), the scenarios themselves, the game's
# sources (UI literals) and the language endonyms. cmake/Fonts.cmake subsets to it.
file(GLOB_RECURSE _glyph_sources CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/assets/l10n/*.po ${CMAKE_SOURCE_DIR}/assets/l10n/*.pot
  ${CMAKE_SOURCE_DIR}/assets/scenarios/*.lure ${CMAKE_SOURCE_DIR}/assets/quiz/*.toml
  ${CMAKE_SOURCE_DIR}/game/*.cpp ${CMAKE_SOURCE_DIR}/game/*.h)
if(LUREPROOF_WEB)  # the catalogues of the offered languages the base fonts carry (above), and every tagline
  list(FILTER _glyph_sources EXCLUDE REGEX "/assets/l10n/[^/]+/[^/]+\\.po$")
  foreach(_po ${LUREPROOF_PO_FILES})
    get_filename_component(_lang_dir ${_po} DIRECTORY)
    get_filename_component(_lang ${_lang_dir} NAME)
    if(_lang IN_LIST LUREPROOF_WEB_BASE_FONT_LANGUAGES)
      list(APPEND _glyph_sources ${_po})
    endif()
  endforeach()
  list(APPEND _glyph_sources ${LUREPROOF_TAGLINES})
endif()
list(APPEND _glyph_sources ${CMAKE_SOURCE_DIR}/engine/src/l10n_languages.cpp)
add_custom_command(OUTPUT ${LUREPROOF_GLYPH_TEXT}
  COMMAND ${LUREPROOF_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py collect
          --out ${LUREPROOF_GLYPH_TEXT} ${_glyph_sources}
  DEPENDS ${_glyph_sources} ${CMAKE_SOURCE_DIR}/scripts/build-steps/l10n-glyphs.py
  COMMENT "Collecting the glyphs of all catalogues and UI text"
  VERBATIM)

# lureproof_l10n_runtime (game/l10n): tr()/trn() for UI strings, scenarios in the visitor's language,
# operator texts per language, the attract taglines,
# and the ImGui glyph ranges generated from the subset fonts (cmake/Fonts.cmake writes the .inc).
add_library(lureproof_l10n_runtime STATIC
  ${CMAKE_SOURCE_DIR}/game/l10n/tr.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/hyphenation.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/scenario_text.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/glyph_ranges.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/operator_text.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/taglines.cpp
  ${CMAKE_SOURCE_DIR}/game/l10n/language_pack.cpp
  ${LUREPROOF_GENERATED_DIR}/l10n/font_glyph_ranges.inc)
# lureproof --po (a translation read straight from a .po file) is native only: the page gets a
# stand-in, so the web payload carries no .po reader.
if(LUREPROOF_WEB)
  target_sources(lureproof_l10n_runtime PRIVATE ${CMAKE_SOURCE_DIR}/game/l10n/po_preview_unavailable.cpp)
else()
  target_sources(lureproof_l10n_runtime PRIVATE ${CMAKE_SOURCE_DIR}/game/l10n/po_preview.cpp)
endif()
target_include_directories(lureproof_l10n_runtime PUBLIC ${CMAKE_SOURCE_DIR}/game
  PRIVATE ${LUREPROOF_GENERATED_DIR}/l10n)
target_link_libraries(lureproof_l10n_runtime PUBLIC lure_engine)
lureproof_warnings(lureproof_l10n_runtime)
