# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One interface target carries the strict flags for every library, executable and test.
add_library(skylight_compiler_flags INTERFACE)
target_compile_definitions(skylight_compiler_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(skylight_compiler_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual)
    if(SKYLIGHT_WERROR)
        target_compile_options(skylight_compiler_flags INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(skylight_compiler_flags INTERFACE /W4 /permissive-)
    if(SKYLIGHT_WERROR)
        target_compile_options(skylight_compiler_flags INTERFACE /WX)
    endif()
endif()
