# Runs one scripted journey under Xvfb: writes the script for SCENARIO_ID from the template, runs
# `lureproof --script`, and fails unless the script finished back on the attract screen.
get_filename_component(_name ${TEMPLATE} NAME_WE)  # journey, journey-keys, journey-pad
configure_file(${TEMPLATE} ${OUT_DIR}/${_name}-${SCENARIO_ID}.script @ONLY)
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} --windowed ${SIZE} --config ${CONFIG}
          --script ${OUT_DIR}/${_name}-${SCENARIO_ID}.script --screenshot ${OUT_DIR}/${_name}-${SCENARIO_ID}-end.png
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lureproof exited with ${rc}\n${out}\n${err}")
endif()
if(NOT out MATCHES "script finished on screen 'attract'")
  message(FATAL_ERROR "the journey did not end on the attract screen\n${out}\n${err}")
endif()
message(STATUS "${out}")
