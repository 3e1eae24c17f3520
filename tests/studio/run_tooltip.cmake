# The Studio's source tooltip (issue #17): opens tests/cli/data/facts-demo/story.lure, rests the pointer
# on a red flag's source id and expects the register entry's quote to be drawn in the tooltip; the
# script fails (exit 1) when it is not. The screenshot goes to OUT_DIR for a look.
file(MAKE_DIRECTORY ${OUT_DIR})
file(WRITE ${OUT_DIR}/tooltip.script
  "expect-text Reviewed by NGO prevention trainer on 2026-12-02\n"
  "wait 30\n"
  "hover studio:source:low-pay:wage-office\n"
  "expect-text quote: Another test quote.\n"
  "wait 5\n"
  "screenshot ${OUT_DIR}/studio-tooltip-${SIZE}.png\n"
  "quit\n")
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 ${SIZE}x24" ${GAME} --windowed ${SIZE} --studio ${STORY}
          --script ${OUT_DIR}/tooltip.script
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "studio tooltip script failed (${result}):\n${out}\n${err}")
endif()
