# The first frame's starter font atlas (Theme::load_fonts): the attract screen with every language of
# the browser edition (CONFIG) drawn on frame 1, with the starter atlas, must be pixel-identical to
# frame 3, drawn with the whole atlas (reduced motion: nothing moves between them; a channel may
# differ by 4 where the GPU samples the differently packed atlas), and the game must not report a
# character missing from the starter atlas.
include(${CMAKE_CURRENT_LIST_DIR}/../run_game.cmake)
set(first ${OUT_DIR}/starter-atlas_frame1_${SIZE}.png)
set(third ${OUT_DIR}/starter-atlas_frame3_${SIZE}.png)
file(REMOVE ${first} ${third})
foreach(frames 1 3)
  if(frames EQUAL 1)
    set(png ${first})
  else()
    set(png ${third})
  endif()
  run_game(1920x1080 120 --windowed ${SIZE} --config ${CONFIG} --reduced-motion --frames ${frames} --screenshot ${png})
  if(err MATCHES "missing from its starter font atlas")
    message(FATAL_ERROR "${err}")
  endif()
endforeach()
execute_process(COMMAND ${CHECK} ${first} --expect-size ${SIZE} --same-as ${third} --tolerance 4
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "frame 1 (starter atlas) and frame 3 (whole atlas) differ at ${SIZE}: ${first} ${third}")
endif()
