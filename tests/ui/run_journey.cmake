# Runs one scripted journey under Xvfb: writes the script for SCENARIO_ID from the template, runs
# `lureproof --script`, and fails unless the script finished back on the attract screen.
include(${CMAKE_CURRENT_LIST_DIR}/../run_game.cmake)
get_filename_component(_name ${TEMPLATE} NAME_WE)  # journey, journey-keys, journey-pad
configure_file(${TEMPLATE} ${OUT_DIR}/${_name}-${SCENARIO_ID}.script @ONLY)
run_script_to_attract(1920x1080 300 --windowed ${SIZE} --config ${CONFIG}
  --script ${OUT_DIR}/${_name}-${SCENARIO_ID}.script --screenshot ${OUT_DIR}/${_name}-${SCENARIO_ID}-end.png)
message(STATUS "${out}")
