# The layout check of one language (issue #25): `lureproof --layout-check` walks every screen at every
# size of the matrix in one process under Xvfb (llvmpipe), prints each failure with its screenshot and
# the matrix, and exits 1 on a failure. -DLANG=de -DOUT_DIR=... [-DSCREENS=attract,play]
include(${CMAKE_CURRENT_LIST_DIR}/../run_game.cmake)
set(out_dir ${OUT_DIR}/layout/${LANG})
file(REMOVE_RECURSE ${out_dir})
file(MAKE_DIRECTORY ${out_dir})
set(only)
if(DEFINED SCREENS AND NOT SCREENS STREQUAL "")
  set(only --layout-screens ${SCREENS})
endif()
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1920x1080x24" ${GAME} --windowed 1280x800 --config ${CONFIG} --lang ${LANG}
          --reduced-motion --layout-check ${out_dir} ${only}
  RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr TIMEOUT 600)
file(WRITE ${out_dir}/layout.log "${stdout}")  # tests/ui/layout_matrix.py sums the languages' logs
message("${stdout}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "layout check failed in ${LANG} (exit ${rc}); screenshots in ${out_dir}\n${stderr}")
endif()
