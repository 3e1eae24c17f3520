# Third-party code, all from Debian: SDL2 (libsdl2-dev natively, built from Debian's source for the
# web), Dear ImGui 1.86 compiled from Debian's source package for both builds, and header-only
# libraries (nlohmann-json, toml++, stb) from /usr/include. Nothing third-party lives in the repo.

# Fetch (or reuse from the cache) the Debian sources; the script prints KEY=VALUE lines.
set(_fetch_args --print)
if(LUREPROOF_WEB)
  list(APPEND _fetch_args --web)
endif()
execute_process(
  COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/build-steps/fetch-deps.sh ${_fetch_args}
  OUTPUT_VARIABLE _deps_out RESULT_VARIABLE _deps_rc)
if(NOT _deps_rc EQUAL 0)
  message(FATAL_ERROR "scripts/build-steps/fetch-deps.sh failed (run scripts/setup.sh first)")
endif()
string(REGEX MATCH "IMGUI_SRC_DIR=([^\n]*)" _ "${_deps_out}")
set(IMGUI_SRC_DIR "${CMAKE_MATCH_1}")
string(REGEX MATCH "SDL2_WEB_PREFIX=([^\n]*)" _ "${_deps_out}")
set(SDL2_WEB_PREFIX "${CMAKE_MATCH_1}")
string(REGEX MATCH "QRCODEGEN_SRC_DIR=([^\n]*)" _ "${_deps_out}")
set(QRCODEGEN_SRC_DIR "${CMAKE_MATCH_1}")
message(STATUS "Dear ImGui sources: ${IMGUI_SRC_DIR}")

# Header-only libraries. Emscripten must not see all of /usr/include (it has its own libc), so the
# web build gets a directory of symlinks to just these libraries.
set(_hdr_dir ${CMAKE_BINARY_DIR}/third_party_include)
file(MAKE_DIRECTORY ${_hdr_dir})
foreach(_lib nlohmann toml++ stb)
  if(NOT EXISTS ${_hdr_dir}/${_lib})
    file(CREATE_LINK /usr/include/${_lib} ${_hdr_dir}/${_lib} SYMBOLIC)
  endif()
endforeach()
add_library(lureproof_json INTERFACE)
add_library(lureproof::json ALIAS lureproof_json)
add_library(lureproof_headers INTERFACE)
add_library(lureproof::headers ALIAS lureproof_headers)
if(LUREPROOF_WEB)
  target_include_directories(lureproof_json SYSTEM INTERFACE ${_hdr_dir})
  target_include_directories(lureproof_headers SYSTEM INTERFACE ${_hdr_dir})
endif()
target_compile_definitions(lureproof_headers INTERFACE TOML_EXCEPTIONS=0)

# SDL2
if(LUREPROOF_WEB)
  unset(SDL2_DIR CACHE)  # always the build scripts/build-steps/fetch-deps.sh names (its cache key changes with flags)
  find_package(SDL2 REQUIRED CONFIG PATHS ${SDL2_WEB_PREFIX} NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
  set(LUREPROOF_SDL2_TARGET SDL2::SDL2-static)
else()
  find_package(SDL2 REQUIRED CONFIG)
  find_package(OpenGL REQUIRED)
  set(LUREPROOF_SDL2_TARGET SDL2::SDL2)
endif()

# Dear ImGui with the SDL2 platform backend and the OpenGL3 / WebGL2 renderer backend.
add_library(lureproof_imgui STATIC
  ${IMGUI_SRC_DIR}/imgui.cpp
  ${IMGUI_SRC_DIR}/imgui_draw.cpp
  ${IMGUI_SRC_DIR}/imgui_tables.cpp
  ${IMGUI_SRC_DIR}/imgui_widgets.cpp
  ${IMGUI_SRC_DIR}/backends/imgui_impl_sdl.cpp
  ${IMGUI_SRC_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(lureproof_imgui SYSTEM PUBLIC ${IMGUI_SRC_DIR} ${IMGUI_SRC_DIR}/backends)
target_compile_definitions(lureproof_imgui PUBLIC
  IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_METRICS_WINDOW IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
target_compile_options(lureproof_imgui PRIVATE -w)  # third-party code: its warnings are not ours
target_link_libraries(lureproof_imgui PUBLIC ${LUREPROOF_SDL2_TARGET})
if(NOT LUREPROOF_WEB)
  target_link_libraries(lureproof_imgui PUBLIC OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# Nayuki's QR Code generator (Debian's qr-code-generator source, the C library) for the help screen.
add_library(lureproof_qrcodegen STATIC ${QRCODEGEN_SRC_DIR}/c/qrcodegen.c)
target_include_directories(lureproof_qrcodegen SYSTEM PUBLIC ${QRCODEGEN_SRC_DIR}/c)
target_compile_options(lureproof_qrcodegen PRIVATE -w)
