# A keyboard-only or gamepad-only journey (issue #4): runs it like run_journey.cmake, then checks the
# screenshots it took for the focus ring's colour. FOCUS_CHECKS is a comma-separated list of
# "file.png|RRGGBB|min|max" (pixel counts; -1 = no bound): a focused state must show the ring, a
# state before any key press must not.
include(${CMAKE_CURRENT_LIST_DIR}/run_journey.cmake)
string(REPLACE "," ";" _checks "${FOCUS_CHECKS}")
foreach(_check IN LISTS _checks)
  string(REPLACE "|" ";" _parts "${_check}")
  list(GET _parts 0 _png)
  list(GET _parts 1 _colour)
  list(GET _parts 2 _min)
  list(GET _parts 3 _max)
  execute_process(COMMAND ${CHECK} ${OUT_DIR}/${_png} --expect-size ${SIZE} --colour ${_colour} --min-pixels ${_min}
                          --max-pixels ${_max}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out)
  message(STATUS "${out}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "focus ring check failed for ${OUT_DIR}/${_png}")
  endif()
endforeach()
