# Kiosk escape test under Xvfb at SIZE: escape.script.in sends Alt+F4, Ctrl+Q, Ctrl+W, Escape (five
# times), Alt+Tab, Super, F11, Ctrl+Alt+Delete, Ctrl+Alt+F2, SDL_QUIT and a window close to
# `lureproof --kiosk`; the game must stay open, fullscreen, on the attract screen, and end only by
# the operator gesture and PIN. Then a second run checks that SIGTERM (`systemctl stop`) still ends
# it cleanly (sigterm.sh).
include(${CMAKE_CURRENT_LIST_DIR}/../../run_game.cmake)
set(work ${OUT_DIR}/escape-${SIZE})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/data)
include(${CMAKE_CURRENT_LIST_DIR}/../known_pin.cmake)
file(WRITE ${work}/kiosk.toml "kiosk = true\nlanguages = [\"en\", \"ro\"]\nquiz = false\nstatistics = true\n"
  "statistics_dir = \"${work}/data\"\n${hash_line}")
set(OUT ${work})
configure_file(${CMAKE_CURRENT_LIST_DIR}/escape.script.in ${work}/escape.script @ONLY)
run_game(${SIZE} 240 --kiosk --config ${work}/kiosk.toml --script ${work}/escape.script)
if(NOT out MATCHES "script:[0-9]+: tap op-exit-yes")
  message(FATAL_ERROR "the game ended before the operator's Exit (an escape worked?)\n${out}\n${err}")
endif()
if(out MATCHES "script finished")
  message(FATAL_ERROR "Exit kiosk did not end the program\n${out}")
endif()
file(READ ${work}/data/kiosk.log log)
foreach(needed "window close ignored" "operator left the kiosk" "stopped")
  string(FIND "${log}" "${needed}" at)
  if(at LESS 0)
    message(FATAL_ERROR "kiosk.log lacks '${needed}':\n${log}")
  endif()
endforeach()
file(READ ${work}/after-keys.txt texts)
string(FIND "${texts}" "screen: attract" at)
if(at LESS 0)
  message(FATAL_ERROR "not on the attract screen after the keys:\n${texts}")
endif()

# systemctl stop still works: SIGTERM ends the kiosk with exit 0 and "stopped" in the log.
file(REMOVE ${work}/data/kiosk.log)
execute_process(COMMAND ${XVFB_RUN} -a -s "-screen 0 ${SIZE}x24" bash ${CMAKE_CURRENT_LIST_DIR}/sigterm.sh ${GAME} ${work}/kiosk.toml
                ${work}/data/kiosk.log
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "SIGTERM did not end the kiosk cleanly (${rc})\n${out}\n${err}")
endif()
message(STATUS "kiosk escape at ${SIZE}: ok\n${out}")
