# lureproof_warnings(target): the project's warning flags (-Wall -Wextra, kept clean).
function(lureproof_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
endfunction()
