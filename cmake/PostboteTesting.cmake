# SPDX-License-Identifier: GPL-3.0-or-later
# postbote_add_test(NAME tst_x SOURCES a.cpp [LIBRARIES libs...] LABELS unit|session|integration|gui
#                   [TIMEOUT seconds])
# One executable per test, registered with CTest under its label, so that
# `ctest -L unit` and the asan preset can pick the layers they need.
function(postbote_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  if(NOT T_NAME OR NOT T_SOURCES OR NOT T_LABELS)
    message(FATAL_ERROR "postbote_add_test needs NAME, SOURCES and LABELS")
  endif()
  foreach(label IN LISTS T_LABELS)
    if(NOT label MATCHES "^(unit|session|integration|gui)$")
      message(FATAL_ERROR "postbote_add_test(${T_NAME}): unknown label '${label}'")
    endif()
  endforeach()
  qt_add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test postbote_settings ${T_LIBRARIES})
  target_compile_definitions(${T_NAME} PRIVATE
    POSTBOTE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    POSTBOTE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
