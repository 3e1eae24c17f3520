# Included by the kiosk's Xvfb tests: a known operator PIN, its config line (`hash_line`, made by
# `GAME --hash-pin`) and its digits D1..D6 for the scripts' `tap pin-@D1@` lines. Needs GAME and `work`.
set(pin 481516)
file(WRITE ${work}/pin.txt "${pin}\n")
execute_process(COMMAND ${GAME} --hash-pin INPUT_FILE ${work}/pin.txt OUTPUT_VARIABLE hash_line RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lureproof --hash-pin failed (${rc})")
endif()
foreach(i RANGE 1 6)
  math(EXPR at "${i} - 1")
  string(SUBSTRING ${pin} ${at} 1 D${i})
endforeach()
