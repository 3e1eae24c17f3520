# Problems reach the operator: `lureproof --kiosk` with a config holding an unknown key and an
# assets folder whose scenarios include a broken file. Both must be in kiosk.log and listed on the
# operator screen with file:line:col; the broken story is left out of the picker, the others stay.
# Screenshots of the banner and the operator screen land in OUT_DIR/problems.
include(${CMAKE_CURRENT_LIST_DIR}/../../run_game.cmake)
set(work ${OUT_DIR}/problems)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/data)
file(COPY ${ASSETS}/ DESTINATION ${work}/assets)
# A choice leads to a node that does not exist, on line 12.
file(WRITE ${work}/assets/scenarios/broken-test.lure
  "scenario: broken-test\ntitle: Broken\nsummary: A file with a mistake.\nlanguage: en\n"
  "persona: Test | 20 | A test.\ntechnique: fishing\ncontent-note: None.\nminutes: 1\nstart: first\n\n"
  "== first [chat]\n* Go on -> nowhere\n")
include(${CMAKE_CURRENT_LIST_DIR}/../known_pin.cmake)
file(WRITE ${work}/kiosk.toml "kiosk = true\nlanguages = [\"en\"]\nquiz = false\n"
  "statistics_dir = \"${work}/data\"\nidle_timout_s = 60\n${hash_line}")
set(OUT ${work})
configure_file(${CMAKE_CURRENT_LIST_DIR}/problems.script.in ${work}/problems.script @ONLY)
run_script_to_attract(1280x800 240 --kiosk --config ${work}/kiosk.toml --assets ${work}/assets
  --script ${work}/problems.script)
file(READ ${work}/data/kiosk.log log)
file(READ ${work}/operator.txt screen)
foreach(where log screen)
  # The config's unknown key on line 5; the broken scenario's choice on line 12, both with a column.
  if(NOT "${${where}}" MATCHES "kiosk.toml:5:[0-9]+: warning: unknown key 'idle_timout_s'")
    message(FATAL_ERROR "the config problem with its line:column is missing from the ${where}:\n${${where}}")
  endif()
  if(NOT "${${where}}" MATCHES "broken-test.lure: not loaded: [^\n]*broken-test.lure:12:[0-9]+: error LP")
    message(FATAL_ERROR "the broken scenario with its line:column is missing from the ${where}:\n${${where}}")
  endif()
endforeach()
message(STATUS "problems reach the operator: ok")
