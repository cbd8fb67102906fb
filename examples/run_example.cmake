# Runs an example program and checks its exit status and output.
#   cmake -DPROG=<exe> -DARGS=<arguments separated by |> -DEXPECT_RC=<n>
#         [-DEXPECT_FILE=<file: exact stdout>] [-DEXPECT_STDERR=<regex>] -P run_example.cmake
# A failing check ends with FATAL_ERROR (ctest reports the test as failed).
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${PROG}" ${ARGS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL EXPECT_RC)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_RC}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED EXPECT_FILE)
  file(READ "${EXPECT_FILE}" want)
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "stdout differs from ${EXPECT_FILE}\n--- got:\n${out}--- want:\n${want}")
  endif()
endif()
if(DEFINED EXPECT_STDERR)
  if(NOT err MATCHES "${EXPECT_STDERR}")
    message(FATAL_ERROR "stderr does not match '${EXPECT_STDERR}':\n${err}")
  endif()
  # Exactly one line on stderr.
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one line on stderr, got ${n}:\n${err}")
  endif()
  if(NOT out STREQUAL "")
    message(FATAL_ERROR "expected nothing on stdout after an error, got:\n${out}")
  endif()
endif()
