# Warning and instrumentation flags, applied to our own targets only
# (never forced on a parent project through usage requirements).
set(COSTSHARE_WARNING_FLAGS "")
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
  list(APPEND COSTSHARE_WARNING_FLAGS
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wstrict-prototypes -Wmissing-prototypes -Wcast-qual -Wundef
    -Wformat=2 -Wvla -Wwrite-strings -Wpointer-arith)
  if(COSTSHARE_WERROR)
    list(APPEND COSTSHARE_WARNING_FLAGS -Werror)
  endif()
elseif(MSVC)
  list(APPEND COSTSHARE_WARNING_FLAGS /W4)
  if(COSTSHARE_WERROR)
    list(APPEND COSTSHARE_WARNING_FLAGS /WX)
  endif()
endif()

set(COSTSHARE_INSTRUMENT_FLAGS "")
if(COSTSHARE_SANITIZE)
  list(APPEND COSTSHARE_INSTRUMENT_FLAGS
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()
if(COSTSHARE_COVERAGE)
  list(APPEND COSTSHARE_INSTRUMENT_FLAGS --coverage -O0)
endif()

# costshare_target_defaults(<target>): C99, our warnings, instrumentation.
function(costshare_target_defaults target)
  set_target_properties(${target} PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE ${COSTSHARE_WARNING_FLAGS} ${COSTSHARE_INSTRUMENT_FLAGS})
  if(COSTSHARE_INSTRUMENT_FLAGS)
    target_link_options(${target} PRIVATE ${COSTSHARE_INSTRUMENT_FLAGS})
  endif()
endfunction()
