# CPack: Debian packages (runtime library named after the SONAME, and a -dev
# package with headers, the static library, CMake and pkg-config files) and a
# source tarball.  `cpack -G DEB` / `cpack --config CPackSourceConfig.cmake`.
set(CPACK_PACKAGE_NAME "libcostshare")
set(CPACK_PACKAGE_VENDOR "The libcostshare authors")
set(CPACK_PACKAGE_CONTACT "libcostshare maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")

set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
if(COSTSHARE_BUILD_EXAMPLES)
  list(APPEND CPACK_COMPONENTS_ALL tools)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# Debian policy: the runtime package is named after the SONAME.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME "libcostshare${COSTSHARE_SOVERSION}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME "libcostshare-dev")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libcostshare${COSTSHARE_SOVERSION} (= ${PROJECT_VERSION})")
# The example programs and their man pages; they link the shared library.
set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME "costshare-tools")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "libcostshare${COSTSHARE_SOVERSION} (= ${PROJECT_VERSION}), libc6")
if(COSTSHARE_TOOLS_WITH_XLSX)
  # --xlsx links libxlsxwriter (Debian 12: libxlsxwriter4).
  string(APPEND CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS ", libxlsxwriter4")
endif()
set(CPACK_COMPONENT_TOOLS_DESCRIPTION "Command-line tools for libcostshare: split tables and audits, Swedish calendar, notice and refund dates, agreement stories")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "Population-based cost splits and Swedish agreement date rules (shared library)")
set(CPACK_COMPONENT_DEV_DESCRIPTION "Headers, static library, CMake and pkg-config files for libcostshare")

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "libcostshare-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/" "/node_modules/" "__pycache__")

include(CPack)
