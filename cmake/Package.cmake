# Install layout and the Debian package `lureproof_<version>_<arch>.deb` (CPack's DEB generator, run by
# `cpack --config build/native/CPackConfig.cmake`; why CPack and not debian/: docs/kiosk.md, "The
# Debian package"). Programs in /usr/bin, content in /usr/share/lureproof, the kiosk unit, drop-ins
# and maintainer scripts from deploy/.
set(LUREPROOF_PACKAGE_MAINTAINER "Lureproof maintainers <lureproof@example.org>"
    CACHE STRING "The Maintainer field of the Debian packages (an NGO publishing its own builds sets its own)")
set(_pkg ${CMAKE_BINARY_DIR}/package)

install(TARGETS lureproof lure RUNTIME DESTINATION bin)
# The content: what the build tree's assets/ holds, which the programs find from /usr/bin as
# ../share/lureproof (platform::default_assets_dir). The example config goes to the docs instead.
install(DIRECTORY ${LUREPROOF_ASSETS_OUT}/ DESTINATION share/lureproof PATTERN kiosk.example.toml EXCLUDE)

# The kiosk unit, as deploy/ has it but with the packaged paths (deploy/install-kiosk.sh uses /opt).
file(READ ${CMAKE_SOURCE_DIR}/deploy/lureproof-kiosk.service _unit)
set(_opt_exec "/opt/lureproof/bin/lureproof --kiosk --config /etc/lureproof/kiosk.toml --assets /opt/lureproof/assets")
string(FIND "${_unit}" "${_opt_exec}" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "deploy/lureproof-kiosk.service: ExecStart no longer ends with '${_opt_exec}'; update cmake/Package.cmake")
endif()
string(REPLACE "${_opt_exec}" "/usr/bin/lureproof --kiosk --config /etc/lureproof/kiosk.toml --assets /usr/share/lureproof" _unit "${_unit}")
string(REPLACE "Installed by deploy/install-kiosk.sh;" "Installed by the lureproof package, enabled by lureproof-kiosk-enable;" _unit "${_unit}")
file(WRITE ${_pkg}/lureproof-kiosk.service "${_unit}")
install(FILES ${_pkg}/lureproof-kiosk.service DESTINATION /lib/systemd/system)
# The keyboard lock-down drop-ins are shipped inactive; lureproof-kiosk-enable copies them into /etc.
install(FILES ${CMAKE_SOURCE_DIR}/deploy/99-lureproof-kiosk-sysctl.conf ${CMAKE_SOURCE_DIR}/deploy/99-lureproof-kiosk-logind.conf
        DESTINATION share/lureproof/kiosk)
install(PROGRAMS ${CMAKE_SOURCE_DIR}/deploy/lureproof-kiosk-enable DESTINATION sbin)

# /etc/lureproof/kiosk.toml (a conffile: dpkg keeps an operator's edits on upgrades) is the example
# without `kiosk = true` (the service passes --kiosk, and a desktop user's `lureproof` must not turn
# into a kiosk because the package is installed) and without its list of scenarios.
file(READ ${CMAKE_SOURCE_DIR}/assets/kiosk.example.toml _config)
string(FIND "${_config}" "\nkiosk = true\n" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "assets/kiosk.example.toml: no 'kiosk = true' line; update cmake/Package.cmake")
endif()
string(REPLACE "\nkiosk = true\n" "\n# kiosk = true  (left out: the lureproof-kiosk service passes --kiosk)\n" _config "${_config}")
string(REGEX MATCH "\nscenarios = \\[[^]]*\\]\n" _scenarios "${_config}")
if(NOT _scenarios)
  message(FATAL_ERROR "assets/kiosk.example.toml: no 'scenarios = [...]' list; update cmake/Package.cmake")
endif()
# No scenarios list either: every installed story is offered, a content package's too (lure pack).
string(REPLACE "${_scenarios}" "\n# scenarios = []  (left out: every installed story, lureproof-content-* packages' too)\n"
       _config "${_config}")
file(WRITE ${_pkg}/etc/kiosk.toml "${_config}")
install(FILES ${_pkg}/etc/kiosk.toml DESTINATION /etc/lureproof)
file(WRITE ${_pkg}/control/conffiles "/etc/lureproof/kiosk.toml\n")

# /usr/share/doc/lureproof: the example config, the copyright file and a Debian changelog (a native
# package's changelog.gz), compressed as Debian wants (gzip -9n: no name, no time stamp).
string(TIMESTAMP _now "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE ${_pkg}/doc/changelog
     "lureproof (${PROJECT_VERSION}) stable; urgency=medium\n\n"
     "  * Built from the Lureproof source tree with CMake and CPack (docs/kiosk.md).\n\n"
     " -- ${LUREPROOF_PACKAGE_MAINTAINER}  ${_now}\n")
execute_process(COMMAND gzip -9nc ${_pkg}/doc/changelog OUTPUT_FILE ${_pkg}/doc/changelog.gz COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${CMAKE_SOURCE_DIR}/assets/kiosk.example.toml ${CMAKE_SOURCE_DIR}/deploy/debian/copyright
              ${_pkg}/doc/changelog.gz
        DESTINATION share/doc/lureproof)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lureproof)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "awareness game about online recruitment into trafficking (kiosk)")
set(CPACK_PACKAGE_DESCRIPTION
    "Lureproof is a game on a simulated phone: visitors read job offers, chats\n"
    "and adverts and learn to spot the signs of recruitment into trafficking and\n"
    "exploitation. This package holds the game (lureproof), the scenario tool\n"
    "(lure), the content and a sandboxed systemd unit that runs the game as a\n"
    "kiosk under Cage. Installing it enables nothing: lureproof-kiosk-enable\n"
    "turns the machine into a kiosk.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # lureproof_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LUREPROOF_PACKAGE_MAINTAINER}")
# education, not games: Debian's games section means binaries in /usr/games (lintian's
# package-section-games-but-contains-no-game), and Lureproof is an awareness tool.
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# What the binaries link (dpkg-shlibdeps), plus Cage (the unit's compositor) and Xwayland (Debian's
# Cage 0.1.4 will not start without it, though it only recommends it: tests/package found that), EGL
# (SDL loads it at run time for Wayland, so shlibdeps cannot see it) and adduser (postinst).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, cage, xwayland, libegl1")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/deploy/debian/postinst ${CMAKE_SOURCE_DIR}/deploy/debian/prerm
    ${CMAKE_SOURCE_DIR}/deploy/debian/postrm ${_pkg}/control/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_THREADS 0)
include(CPack)
