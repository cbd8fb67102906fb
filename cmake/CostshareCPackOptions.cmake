# Read by cpack before each generator (CPACK_PROJECT_CONFIG_FILE). A Debian
# package needs the tree configured for it and dpkg-shlibdeps, or it comes out
# wrong (files under /usr/lib instead of the multiarch directory, no libc6
# dependency): stop with what to do instead.
if(CPACK_GENERATOR STREQUAL "DEB")
  if(NOT CPACK_COSTSHARE_DEB)
    message(FATAL_ERROR
      "cpack -G DEB: this build tree is not configured for Debian packages "
      "(libdir '${CPACK_COSTSHARE_LIBDIR}'). Run scripts/package.sh, or configure a "
      "build tree with -DCOSTSHARE_DEB=ON (prefix /usr, the multiarch libdir), "
      "build it and run cpack -G DEB there.")
  endif()
  find_program(_cs_shlibdeps dpkg-shlibdeps)
  if(NOT _cs_shlibdeps)
    message(FATAL_ERROR
      "cpack -G DEB: dpkg-shlibdeps not found; without it the packages would lack "
      "their dependencies. Install it: apt-get install dpkg-dev")
  endif()
  # The tree installs to /usr (COSTSHARE_DEB); the source package is not touched.
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  # Each package has its own synopsis, the first line of its description.
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
