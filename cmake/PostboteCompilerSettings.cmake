# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and strict Qt definitions for every Postbote target, applied through an
# interface library so that third-party code (Qt's own generated files) is unaffected.
add_library(postbote_settings INTERFACE)
target_compile_options(postbote_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
# Bytes and text never mix silently; Qt keywords would clash with GLib (GMime).
target_compile_definitions(postbote_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_KEYWORDS QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS)

if(POSTBOTE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz preset instruments everything for coverage and checks it with ASan/UBSan; only the
# fuzz targets themselves link libFuzzer's main (tests/fuzz).
if(POSTBOTE_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
