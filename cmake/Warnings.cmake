# lureproof_warnings(target): the project's warning flags (-Wall -Wextra, kept clean).
# g++ 12 reports a false -Wrestrict inside libstdc++'s std::string at -O2 (GCC PR105329, fixed in
# 13), so that one warning is off for older g++ only.
function(lureproof_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
