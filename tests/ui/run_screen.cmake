# Opens one screen directly (--screen) under Xvfb at SIZE, saves a screenshot and the texts drawn,
# then checks the PNG is a real screen (image_check) and that EXPECT appears in the drawn texts.
# Optional LANG opens the screen in that language (--lang), SCENARIO with that scenario (--scenario),
# PO in that scenario's translation read from a .po file (--po).
set(lang_args)
set(suffix)
if(DEFINED LANG AND NOT LANG STREQUAL "")
  set(lang_args --lang ${LANG})
  set(suffix _${LANG})
endif()
if(DEFINED SCENARIO AND NOT SCENARIO STREQUAL "")
  get_filename_component(_stem ${SCENARIO} NAME_WE)
  list(APPEND lang_args --scenario ${SCENARIO})
  set(suffix ${suffix}_${_stem})
endif()
if(DEFINED PO AND NOT PO STREQUAL "")
  list(APPEND lang_args --po ${PO})
  set(suffix ${suffix}_po)
endif()
set(png ${OUT_DIR}/${SCREEN}${suffix}_${SIZE}.png)
set(txt ${OUT_DIR}/${SCREEN}${suffix}_${SIZE}.txt)
file(REMOVE ${png} ${txt})
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} --windowed ${SIZE} --config ${CONFIG} --frames 150
          --screen ${SCREEN} ${lang_args} --screenshot ${png} --dump-text ${txt}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lureproof exited with ${rc}\n${out}\n${err}")
endif()
set(check_args --expect-size ${SIZE})
if(DEFINED MIN_EDGES)  # sparse screens (one card over a scrim) have little text-like detail by design
  list(APPEND check_args --min-edges ${MIN_EDGES})
endif()
execute_process(COMMAND ${CHECK} ${png} ${check_args} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "screenshot check failed for ${png}")
endif()
file(READ ${txt} drawn)
string(FIND "${drawn}" "${EXPECT}" at)
if(at LESS 0)
  message(FATAL_ERROR "'${EXPECT}' was not drawn on ${SCREEN} at ${SIZE}; drawn texts:\n${drawn}")
endif()
