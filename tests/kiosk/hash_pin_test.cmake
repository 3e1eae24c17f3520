# `echo 2468 | lureproof --hash-pin` prints a config line with a valid hash; a bad PIN fails.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt "2468\n")
execute_process(COMMAND ${GAME} --hash-pin INPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^operator_pin_hash = \"sha256:[0-9a-f]+:[0-9a-f]+\"\n$")
  message(FATAL_ERROR "--hash-pin printed '${out}' (exit ${rc})")
endif()
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt "12\n")
execute_process(COMMAND ${GAME} --hash-pin INPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt RESULT_VARIABLE rc2
                OUTPUT_QUIET ERROR_QUIET)
if(rc2 EQUAL 0)
  message(FATAL_ERROR "--hash-pin accepted a 2-digit PIN")
endif()
