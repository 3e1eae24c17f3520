# Emoji drawn in colour on a native screenshot: the play screen of a test story (emoji/emoji-post.lure)
# whose post has a flag, a strawberry, a minibus and a house, once with the build's assets and once
# with a copy without the emoji sheets; then tests/ui/emoji_pixels.py compares them. Screenshots stay in OUT_DIR for people to look at.
set(png ${OUT_DIR}/play_emoji_${SIZE}.png)
set(bare_png ${OUT_DIR}/play_emoji_none_${SIZE}.png)
set(bare_assets ${OUT_DIR}/assets-without-emoji)
file(REMOVE_RECURSE ${bare_assets})
file(COPY ${ASSETS}/ DESTINATION ${bare_assets})
file(REMOVE_RECURSE ${bare_assets}/fonts/emoji)
foreach(run "${ASSETS}|${png}" "${bare_assets}|${bare_png}")
  string(REPLACE "|" ";" parts "${run}")
  list(GET parts 0 assets)
  list(GET parts 1 out)
  file(REMOVE ${out})
  execute_process(
    COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} --windowed ${SIZE} --config ${CONFIG} --frames 150
            --assets ${assets} --screen play --scenario ${SCENARIO} --screenshot ${out}
    RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr TIMEOUT 120)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lureproof exited with ${rc}\n${stdout}\n${stderr}")
  endif()
endforeach()
file(REMOVE_RECURSE ${bare_assets})
execute_process(COMMAND ${PYTHON} ${PIXELS} ${png} ${bare_png} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the emoji on ${png} are not drawn in colour")
endif()
