# Runs the game under Xvfb for 60 frames with a screenshot, then checks the screenshot.
# EXTRA_ARGS (optional, shell-style words) are passed to the game, e.g. "--studio-dir DIR" for the Studio.
separate_arguments(extra_args UNIX_COMMAND "${EXTRA_ARGS}")
file(REMOVE ${OUT})
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} ${extra_args} --windowed ${SIZE} --frames 60
          --screenshot ${OUT}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lureproof exited with ${rc}\n${out}\n${err}")
endif()
if(NOT EXISTS ${OUT})
  message(FATAL_ERROR "no screenshot was written to ${OUT}")
endif()
execute_process(COMMAND ${CHECK} ${OUT} --expect-size ${SIZE} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "screenshot check failed")
endif()
