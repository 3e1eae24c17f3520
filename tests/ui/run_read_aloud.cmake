# Read aloud under Xvfb (issue #21): runs tests/ui/read-aloud.script with --speech-log, then checks
# the utterances' order and language (check_speech_log.py). Xvfb has no sound card: espeak-ng still
# synthesises every utterance, which is then dropped.
include(${CMAKE_CURRENT_LIST_DIR}/../run_game.cmake)
file(REMOVE ${OUT_DIR}/read-aloud-speech.log)
run_script_to_attract(1920x1080 600 --windowed ${SIZE} --config ${CONFIG} --script ${SCRIPT}
  --speech-log ${OUT_DIR}/read-aloud-speech.log --screenshot ${OUT_DIR}/read-aloud-end.png)
execute_process(COMMAND ${PYTHON} ${CHECKER} ${OUT_DIR}/read-aloud-speech.log RESULT_VARIABLE rc OUTPUT_VARIABLE check_out)
message(STATUS "${check_out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the utterances read aloud are not as expected")
endif()
