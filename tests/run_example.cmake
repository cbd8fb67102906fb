# Runs an example program and checks its exit status and output.
#   cmake -DCMD=<program> -DARGS=<args separated by |> -DRC=<expected exit status>
#         [-DWD=<working directory>] [-DEXPECTED=<file with the exact stdout>]
#         [-DSTDOUT_REGEX=<regex stdout must match>]
#         [-DSTDERR_REGEX=<regex the single stderr line must match>] -P run_example.cmake
string(REPLACE "|" ";" _args "${ARGS}")
if(NOT WD)
  set(WD ".")
endif()
execute_process(COMMAND "${CMD}" ${_args} WORKING_DIRECTORY "${WD}"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT "${_rc}" STREQUAL "${RC}")
  message(FATAL_ERROR "exit status ${_rc}, expected ${RC}\nstdout:\n${_out}\nstderr:\n${_err}")
endif()
if(EXPECTED)
  file(READ "${EXPECTED}" _want)
  if(NOT "${_out}" STREQUAL "${_want}")
    message(FATAL_ERROR "stdout differs from ${EXPECTED}:\n${_out}")
  endif()
endif()
if(DEFINED STDOUT_REGEX AND NOT "${_out}" MATCHES "${STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match '${STDOUT_REGEX}':\n${_out}")
endif()
if(DEFINED STDERR_REGEX)
  if(NOT "${_err}" MATCHES "${STDERR_REGEX}")
    message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}':\n${_err}")
  endif()
  # Exactly one line.
  string(REGEX MATCHALL "\n" _lines "${_err}")
  list(LENGTH _lines _n)
  if(NOT _n EQUAL 1)
    message(FATAL_ERROR "expected one line on stderr, got ${_n}:\n${_err}")
  endif()
  if(NOT "${_out}" STREQUAL "")
    message(FATAL_ERROR "expected no stdout on error, got:\n${_out}")
  endif()
elseif(NOT "${_err}" STREQUAL "")
  message(FATAL_ERROR "unexpected stderr:\n${_err}")
endif()
