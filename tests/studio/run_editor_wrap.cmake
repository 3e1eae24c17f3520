# The Studio's editor (issue #26): long lines wrap, and the caret moves over the rows (Down, End,
# Home, Up; the caret's line:column and row are traced as "editor caret L:C on row R."); Backspace
# and Ctrl+Z/Ctrl+Y; a problem's jump to its line; copy and paste; "Preview an ending" shows the
# second ending's screen, debrief and help, and goes back.
# The script fails (exit 1) on the first expectation not met. Screenshots go to OUT_DIR for a look.
file(MAKE_DIRECTORY ${OUT_DIR})
file(WRITE ${OUT_DIR}/editor-wrap.script
  "wait 10\n"
  "screenshot ${OUT_DIR}/studio-editor-wrap-${SIZE}.png\n"
  "tap studio:editor\n"
  "press ctrl+home\n"
  "expect-text editor caret 1:1 on row 1.\n"
  # Line 1 is two rows: Down stays in line 1, on row 2; End is the end of line 1.
  "press down\n"
  "expect-text editor caret 1:71 on row 2.\n"
  "press end\n"
  "expect-text editor caret 1:100 on row 2.\n"
  "press down\n"
  "expect-text editor caret 2:23 on row 3.\n"
  # The summary (line 4) is three rows: End stops at the end of the first, Home goes back.
  "press down\n"
  "press down\n"
  "expect-text editor caret 4:29 on row 5.\n"
  "press end\n"
  "expect-text editor caret 4:67 on row 5.\n"
  "press home\n"
  "expect-text editor caret 4:1 on row 5.\n"
  "press down\n"
  "press down\n"
  "expect-text editor caret 4:123 on row 7.\n"
  "press up\n"
  "press up\n"
  "press up\n"
  "expect-text editor caret 3:1 on row 4.\n"
  # Backspace at a line's start joins it to the line above; Ctrl+Z and Ctrl+Y undo and redo it.
  "press down\n"
  "press backspace\n"
  "expect-text editor caret 3:20 on row 4.\n"
  "press ctrl+z\n"
  "expect-text editor caret 4:1 on row 5.\n"
  "press ctrl+y\n"
  "expect-text editor caret 3:20 on row 4.\n"
  "press ctrl+z\n"
  "expect-text editor caret 4:1 on row 5.\n"
  "press ctrl+end\n"
  "wait 5\n"
  "screenshot ${OUT_DIR}/studio-editor-colours-${SIZE}.png\n"
  # Preview the second ending (not the first one found).
  "tap studio:endings\n"
  "tap studio:ending:safe\n"
  "expect-text Lena stayed safe\n"
  "expect-text Lena asked for a contract and talked to her mother before deciding.\n"
  "wait 5\n"
  "screenshot ${OUT_DIR}/studio-preview-ending-safe-${SIZE}.png\n"
  "tap to-debrief\n"
  "expect-text Decide this week\n"
  "wait 5\n"
  "screenshot ${OUT_DIR}/studio-preview-debrief-safe-${SIZE}.png\n"
  "tap to-help\n"
  "expect-text If something feels wrong, you can get help\n"
  "tap back\n"
  "expect-text Decide this week\n"
  "tap studio:preview-back\n"
  "tap studio:editor\n"
  "expect-text editor caret\n"
  # Joining line 46 to the ending's header line makes a problem there: clicking it jumps over the
  # wrapped rows to its line.
  "press ctrl+end\n"
  "expect-text editor caret 47:1 on row 57.\n"
  "press up\n"
  "expect-text editor caret 46:61 on row 56.\n"
  "press up\n"
  "expect-text editor caret 46:1 on row 55.\n"
  "press backspace\n"
  "expect-text editor caret 45:32 on row 54.\n"
  "press ctrl+home\n"
  "expect-text editor caret 1:1 on row 1.\n"
  "tap studio:problem:0\n"
  "expect-text editor caret 45:4 on row 54.\n"
  "wait 5\n"
  "screenshot ${OUT_DIR}/studio-editor-jump-${SIZE}.png\n"
  # Copy the summary's three rows and paste them at the end: one line more, not three (the soft
  # breaks are not copied).
  "press ctrl+home\n"
  "press down\n"
  "press down\n"
  "press down\n"
  "press down\n"
  "expect-text editor caret 4:1 on row 5.\n"
  "press shift+down\n"
  "press shift+down\n"
  "press shift+down\n"
  "expect-text editor caret 5:1 on row 8.\n"
  "press ctrl+c\n"
  "press ctrl+end\n"
  "expect-text editor caret 46:1 on row 56.\n"
  "press ctrl+v\n"
  "expect-text editor caret 47:1 on row 59.\n"
  "quit\n")
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 ${SIZE}x24" ${GAME} --windowed ${SIZE} --studio ${STORY}
          --script ${OUT_DIR}/editor-wrap.script
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "studio editor script failed (${result}):\n${out}\n${err}")
endif()
