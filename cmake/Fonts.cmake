# Fonts and asset staging: Noto Sans from Debian's fonts-noto-core, subset at build time with
# fonttools to Latin, Latin Extended, Greek and Cyrillic, written into the build's assets/ folder
# next to a copy of the repository's assets/.
set(LUREPROOF_FONT_SOURCE_DIR /usr/share/fonts/truetype/noto CACHE PATH "Where NotoSans-*.ttf live")
set(LUREPROOF_ASSETS_OUT ${CMAKE_BINARY_DIR}/assets)
# Debian's python3 (python3-fonttools); another python3 earlier in PATH may lack fontTools.
find_program(LUREPROOF_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
set(PYFTSUBSET ${LUREPROOF_SYSTEM_PYTHON} -m fontTools.subset)

# Basic Latin + Latin-1, Latin Extended-A/B, Greek, Cyrillic (+ supplement), general punctuation,
# currency symbols, arrows, a few symbols the UI draws as text.
set(LUREPROOF_FONT_UNICODES
  "U+0020-007E,U+00A0-024F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2010-205E,U+20A0-20BF,U+2190-2193,U+2022,U+2026,U+2122,U+2713,U+2715")

set(_font_outputs)
foreach(_face Regular Bold)
  set(_in ${LUREPROOF_FONT_SOURCE_DIR}/NotoSans-${_face}.ttf)
  set(_out ${LUREPROOF_ASSETS_OUT}/fonts/NotoSans-${_face}.ttf)
  add_custom_command(OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LUREPROOF_ASSETS_OUT}/fonts
    COMMAND ${PYFTSUBSET} ${_in} --unicodes=${LUREPROOF_FONT_UNICODES}
            --layout-features=kern,liga --no-hinting --desubroutinize --output-file=${_out}
    DEPENDS ${_in}
    COMMENT "Subsetting NotoSans-${_face} (Latin, Latin Extended, Greek, Cyrillic)"
    VERBATIM)
  list(APPEND _font_outputs ${_out})
endforeach()

file(GLOB_RECURSE _asset_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/*)
set(_assets_stamp ${CMAKE_BINARY_DIR}/assets.stamp)
add_custom_command(OUTPUT ${_assets_stamp}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets ${LUREPROOF_ASSETS_OUT}
  COMMAND ${CMAKE_COMMAND} -E touch ${_assets_stamp}
  DEPENDS ${_asset_files}
  COMMENT "Staging assets/")
add_custom_target(lureproof_assets ALL DEPENDS ${_font_outputs} ${_assets_stamp})
