# `echo 246813 | lureproof --hash-pin` prints a config line with an Argon2id hash; PINs of fewer than
# 6 or more than 8 digits fail.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt "246813\n")
execute_process(COMMAND ${GAME} --hash-pin INPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^operator_pin_hash = \"\\$argon2id\\$v=19\\$m=65536,t=2,p=1\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+\"\n$")
  message(FATAL_ERROR "--hash-pin printed '${out}' (exit ${rc})")
endif()
foreach(bad 12 12345 123456789 12a456)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt "${bad}\n")
  execute_process(COMMAND ${GAME} --hash-pin INPUT_FILE ${CMAKE_CURRENT_BINARY_DIR}/pin.txt RESULT_VARIABLE rc2
                  OUTPUT_VARIABLE out2 ERROR_VARIABLE err2)
  if(rc2 EQUAL 0 OR NOT err2 MATCHES "6 to 8 digits")
    message(FATAL_ERROR "--hash-pin accepted the PIN '${bad}' or did not say why: ${out2}${err2}")
  endif()
endforeach()
