# CPack: Debian packages (runtime library named after the SONAME, a -dev
# package with headers, the static library, CMake and pkg-config files, and
# the programs) and a source tarball. `scripts/package.sh` makes and checks
# them; by hand: configure with -DCOSTSHARE_DEB=ON (prefix /usr, multiarch
# libdir), build, then `cpack -G DEB` / `cpack --config CPackSourceConfig.cmake`.
# A DEB build from any other tree is refused (cmake/CostshareCPackOptions.cmake).
set(CPACK_PACKAGE_NAME "libcostshare")
set(CPACK_PACKAGE_VENDOR "The libcostshare authors")
set(CPACK_PACKAGE_CONTACT "libcostshare maintainers <maintainers@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/cmake/CostshareCPackOptions.cmake")
# Read by CostshareCPackOptions.cmake when cpack runs.
set(CPACK_COSTSHARE_DEB "${COSTSHARE_DEB}")
set(CPACK_COSTSHARE_LIBDIR "${CMAKE_INSTALL_LIBDIR}")

set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
if(COSTSHARE_BUILD_EXAMPLES)
  list(APPEND CPACK_COMPONENTS_ALL tools)
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "libs")
# Dependencies on the system's libraries come from dpkg-shlibdeps (dpkg-dev);
# without it cpack -G DEB stops (CostshareCPackOptions.cmake).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${PROJECT_BINARY_DIR}/lib")

set(_cs_runtime "libcostshare${COSTSHARE_SOVERSION}")
set(_cs_about
  "libcostshare splits a cost by population with the largest-remainder method\n"
  "(the shares sum exactly to the total) and implements the Swedish rules for\n"
  "counting time, public holidays, notice periods, refunds and the lifecycle\n"
  "of cost-sharing agreements, in exact integer arithmetic.\n"
  "\n")
string(CONCAT _cs_about ${_cs_about})

# Debian policy: the runtime package is named after the SONAME, carries a
# shlibs file and activates the ldconfig trigger.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME "${_cs_runtime}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
  "population cost splits and Swedish agreement dates (library)\n${_cs_about}This package holds the shared library.")
set(_cs_deb_control "${PROJECT_BINARY_DIR}/deb-control")
file(WRITE "${_cs_deb_control}/triggers" "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA "${_cs_deb_control}/triggers")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME "libcostshare-dev")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${_cs_runtime} (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_DEV_DESCRIPTION
  "population cost splits and Swedish agreement dates (development files)\n${_cs_about}This package holds the headers, the static library and the CMake\nand pkg-config files.")

# The example programs and their man pages; they link the shared library,
# whose package dpkg-shlibdeps does not know yet, hence the explicit one.
set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME "costshare-tools")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "${_cs_runtime} (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_TOOLS_DESCRIPTION
  "population cost splits and Swedish agreement dates (programs)\n${_cs_about}This package holds costshare-split (split tables, audits of published\ntables), costshare-calendar, costshare-notice and costshare-stories, with\ntheir man pages.")

# What Debian requires of every package beyond the files: the copyright and
# a changelog in /usr/share/doc/<package>/, man pages compressed.
if(COSTSHARE_DEB)
  set(_cs_deb_doc "${PROJECT_BINARY_DIR}/deb-doc")
  file(READ "${PROJECT_SOURCE_DIR}/LICENSE" _cs_license)
  file(WRITE "${_cs_deb_doc}/copyright"
    "libcostshare ${PROJECT_VERSION}\n${PROJECT_HOMEPAGE_URL}\n\n${_cs_license}")
  # The release date honours SOURCE_DATE_EPOCH, for reproducible packages.
  string(TIMESTAMP _cs_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
  file(WRITE "${_cs_deb_doc}/changelog"
    "libcostshare (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
    "  * Release ${PROJECT_VERSION}.\n\n"
    " -- ${CPACK_PACKAGE_CONTACT}  ${_cs_date}\n")
  execute_process(COMMAND gzip -9nf "${_cs_deb_doc}/changelog" RESULT_VARIABLE _cs_rc)
  if(NOT _cs_rc EQUAL 0)
    message(FATAL_ERROR "COSTSHARE_DEB: gzip failed on ${_cs_deb_doc}/changelog")
  endif()
  # CPack's own postinst and postrm call ldconfig next to the trigger above,
  # and cannot be turned off: say so to lintian.
  file(WRITE "${_cs_deb_doc}/lintian-overrides"
    "# CPack generates these calls; the package activates the ldconfig trigger too.\n"
    "${_cs_runtime}: maintscript-calls-ldconfig [postinst]\n"
    "${_cs_runtime}: maintscript-calls-ldconfig [postrm]\n")
  install(FILES "${_cs_deb_doc}/lintian-overrides" RENAME "${_cs_runtime}"
    DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides" COMPONENT runtime)
  foreach(_cs_pair "runtime;${_cs_runtime}" "dev;libcostshare-dev" "tools;costshare-tools")
    list(GET _cs_pair 0 _cs_comp)
    list(GET _cs_pair 1 _cs_pkg)
    if(_cs_comp IN_LIST CPACK_COMPONENTS_ALL)
      install(FILES "${_cs_deb_doc}/copyright" "${_cs_deb_doc}/changelog.gz"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/${_cs_pkg}" COMPONENT ${_cs_comp})
    endif()
  endforeach()
  if(COSTSHARE_BUILD_EXAMPLES)
    # examples/ installs the pages as they are; compress them where they land.
    install(CODE "
      file(GLOB _cs_pages \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/man1/costshare-*.1\")
      foreach(_cs_page IN LISTS _cs_pages)
        execute_process(COMMAND gzip -9nf \"\${_cs_page}\" RESULT_VARIABLE _cs_rc)
        if(NOT _cs_rc EQUAL 0)
          message(FATAL_ERROR \"gzip failed on \${_cs_page}\")
        endif()
      endforeach()" COMPONENT tools)
  endif()
endif()

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "libcostshare-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/" "/node_modules/" "__pycache__")

include(CPack)
