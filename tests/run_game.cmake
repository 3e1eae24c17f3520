# Running the game under Xvfb from the `cmake -P` test scripts of tests/ui and tests/kiosk (they pass
# -DXVFB_RUN=... -DGAME=...).
#
# run_game(DISPLAY TIMEOUT ARG...): runs `${GAME} ARG...` on a DISPLAY-sized (e.g. 1920x1080) 24-bit
# Xvfb display for at most TIMEOUT seconds; fails with its output unless it exits 0; gives the caller
# its standard output and error as `out` and `err`.
function(run_game display timeout)
  execute_process(
    COMMAND ${XVFB_RUN} -a -s "-screen 0 ${display}x24" ${GAME} ${ARGN}
    RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr TIMEOUT ${timeout})
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lureproof exited with ${rc}\n${stdout}\n${stderr}")
  endif()
  set(out "${stdout}" PARENT_SCOPE)
  set(err "${stderr}" PARENT_SCOPE)
endfunction()

# run_script_to_attract(DISPLAY TIMEOUT ARG...): run_game() for a `--script` run, which must also
# finish back on the attract screen.
function(run_script_to_attract display timeout)
  run_game(${display} ${timeout} ${ARGN})
  if(NOT out MATCHES "script finished on screen 'attract'")
    message(FATAL_ERROR "the script did not finish on the attract screen\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()
