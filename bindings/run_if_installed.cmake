# Runs tests/run_example.cmake (same -D arguments) when the file REQUIRE,
# relative to WD, exists; otherwise prints "SKIPPED: not installed" so that
# ctest reports the test as skipped (SKIP_REGULAR_EXPRESSION).
if(NOT EXISTS "${WD}/${REQUIRE}")
  message("SKIPPED: not installed: ${WD}/${REQUIRE} (run npm ci in ${WD})")
  return()
endif()
include("${CMAKE_CURRENT_LIST_DIR}/../tests/run_example.cmake")
