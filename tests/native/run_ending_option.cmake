# `lureproof --scenario FILE --screen ending|debrief --ending ID` (issue #26): a valid id shows that
# ending, not the nearest one (end_safe): its heading, or its route's 8 red flags instead of 5, are
# in the text dump. An unknown id stops with exit code 1 and a message listing the story's endings.
set(_story ${SOURCE_DIR}/assets/scenarios/au-pair.lure)
foreach(_case "ending|end_harmed|Mateo was trapped" "debrief|end_got_help|8 red flags on your path" "ending|end_got_help|Mateo got help")
  string(REPLACE "|" ";" _parts "${_case}")
  list(GET _parts 0 _screen)
  list(GET _parts 1 _id)
  list(GET _parts 2 _expected)
  set(_dump ${OUT_DIR}/ending-option-${_screen}-${_id}.txt)
  execute_process(
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${GAME} --windowed 1280x800 --scenario ${_story}
            --screen ${_screen} --ending ${_id} --frames 3 --dump-text ${_dump}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "--screen ${_screen} --ending ${_id} failed (${result}):\n${out}\n${err}")
  endif()
  file(READ ${_dump} _text)
  string(FIND "${_text}" "screen: ${_screen}" _on_screen)
  string(FIND "${_text}" "${_expected}" _found)
  if(_on_screen LESS 0 OR _found LESS 0)
    message(FATAL_ERROR "--screen ${_screen} --ending ${_id}: expected 'screen: ${_screen}' and '${_expected}' in:\n${_text}")
  endif()
endforeach()
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${GAME} --windowed 1280x800 --scenario ${_story}
          --screen ending --ending end_nowhere --frames 3
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(_message "has no ending 'end_nowhere'; its endings are end_got_help (got-help), end_harmed (harmed), end_safe (safe)")
string(FIND "${err}" "${_message}" _listed)
if(result EQUAL 0 OR _listed LESS 0)
  message(FATAL_ERROR "an unknown --ending must fail with the list of endings (exit ${result}):\n${out}\n${err}")
endif()
