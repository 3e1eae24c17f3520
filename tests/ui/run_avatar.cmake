# Avatars (issue #4): copies the test scenario in tests/ui/avatar to OUT_DIR, generates its images
# there (Mira: a magenta disc; Tom: a broken file), opens the play screen and checks that Mira's
# image and Tom's initials (his colour) are drawn in the phone, with a precise warning for Tom. Then
# removes Mira's image: the scenario must be refused with LP219, without a crash.
include(${CMAKE_CURRENT_LIST_DIR}/../run_game.cmake)
set(dir ${OUT_DIR}/avatar-scenario)
file(REMOVE_RECURSE ${dir})
file(COPY ${SOURCE_DIR}/ DESTINATION ${dir})
file(MAKE_DIRECTORY ${dir}/images)
execute_process(COMMAND ${PYTHON} ${GENERATOR} ${dir}/images/mira.png ff00c8 RESULT_VARIABLE rc)
execute_process(COMMAND ${PYTHON} ${GENERATOR} --broken ${dir}/images/tom.png RESULT_VARIABLE rc2)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "could not generate the test images")
endif()
set(png ${OUT_DIR}/avatar_${SIZE}.png)
file(REMOVE ${png})
run_game(1920x1080 120 --windowed ${SIZE} --screen play --scenario ${dir}/avatar-test.lure --frames 90
         --screenshot ${png})
if(NOT err MATCHES "avatar image '[^']*images/tom.png' of character 'tom' could not be read")
  message(FATAL_ERROR "no precise warning for Tom's broken avatar\n${err}")
endif()
if(err MATCHES "mira")
  message(FATAL_ERROR "Mira's avatar was reported although it is a valid image\n${err}")
endif()
# Mira's disc and Tom's initials circle, in the phone (the left half in landscape, all in portrait).
set(region 0,0,0.5,1)
if(SIZE MATCHES "^([0-9]+)x([0-9]+)$" AND CMAKE_MATCH_1 LESS CMAKE_MATCH_2)
  set(region 0,0,1,0.8)
endif()
foreach(colour ff00c8 1ea050)
  execute_process(COMMAND ${CHECK} ${png} --expect-size ${SIZE} --colour ${colour} --region ${region} --min-pixels 200
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out)
  message(STATUS "${out}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "avatar check (#${colour}) failed for ${png}")
  endif()
endforeach()

file(REMOVE ${dir}/images/mira.png)
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} --windowed ${SIZE} --screen play
          --scenario ${dir}/avatar-test.lure --frames 5
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(rc EQUAL 0 OR NOT err MATCHES "characters.lure:7:11: error LP219: image file '[^']*images/mira.png' not found")
  message(FATAL_ERROR "a missing avatar should refuse the scenario with LP219 (exit ${rc})\n${out}\n${err}")
endif()
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "lureproof should exit 1 (not crash) on a missing avatar; exited with ${rc}\n${err}")
endif()
