include(CMakePackageConfigHelpers)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  COMPONENT dev
  FILES_MATCHING PATTERN "*.h")

set(_cs_cmakedir "${CMAKE_INSTALL_LIBDIR}/cmake/costshare")

# Each library kind gets its own export set, so the package config works
# when only one of them was built and installed (see costshare-config.cmake.in).
if(TARGET costshare_shared)
  install(TARGETS costshare_shared EXPORT costshare-shared-targets
    LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT runtime NAMELINK_COMPONENT dev
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT dev)
  install(EXPORT costshare-shared-targets NAMESPACE costshare::
    DESTINATION "${_cs_cmakedir}" COMPONENT dev)
endif()
if(TARGET costshare_static)
  install(TARGETS costshare_static EXPORT costshare-static-targets
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT dev)
  install(EXPORT costshare-static-targets NAMESPACE costshare::
    DESTINATION "${_cs_cmakedir}" COMPONENT dev)
endif()

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/costshare-config.cmake.in"
  "${PROJECT_BINARY_DIR}/costshare-config.cmake"
  INSTALL_DESTINATION "${_cs_cmakedir}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/costshare-config-version.cmake"
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/costshare-config.cmake"
  "${PROJECT_BINARY_DIR}/costshare-config-version.cmake"
  DESTINATION "${_cs_cmakedir}" COMPONENT dev)

# pkg-config: `pkg-config --libs costshare` links the shared library;
# `--static` adds nothing because the library needs only libc. The file is
# relocatable: its prefix is found from its own place (${pcfiledir}), so an
# install with `cmake --install build --prefix DIR` gives DIR's paths. An
# absolute CMAKE_INSTALL_LIBDIR or INCLUDEDIR is written as it is.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(COSTSHARE_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(COSTSHARE_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  file(RELATIVE_PATH _cs_pc_up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" _cs_pc_up "${_cs_pc_up}")
  set(COSTSHARE_PC_PREFIX "\${pcfiledir}/${_cs_pc_up}")
  set(COSTSHARE_PC_LIBDIR "\${exec_prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(COSTSHARE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(COSTSHARE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(NOT TARGET costshare_shared)
  set(COSTSHARE_PC_CFLAGS "-DCOSTSHARE_STATIC")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/costshare.pc.in"
  "${PROJECT_BINARY_DIR}/costshare.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/costshare.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT dev)
