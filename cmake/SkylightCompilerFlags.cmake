# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One interface target carries the strict flags for every library, executable and test,
# and the hardening every binary we ship gets (what Debian's lintian and hardening-check
# look for: fortified libc calls, stack protector, full RELRO with immediate binding, PIE).
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
# Qt's own headers want position-independent code anyway; executables become PIE.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

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
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -fstack-protector-strong)
    # Clang has no -Wshadow=local (its -Wshadow family differs): GCC only, or the debug
    # preset fails to build with Clang under -Werror.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(skylight_compiler_flags INTERFACE -Wshadow=local)
    else()
        # Qt 6.4's qCDebug(category) << … expands to a variadic macro with no variadic
        # argument, which Clang's -Wpedantic reports in every file that logs.
        target_compile_options(skylight_compiler_flags INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    # _FORTIFY_SOURCE needs the optimiser (glibc warns without it, which -Werror turns
    # into a failure), so Debug builds go without. Some toolchains predefine it: undefine
    # first so the level is ours and there is no redefinition warning.
    target_compile_options(skylight_compiler_flags INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    target_link_options(skylight_compiler_flags INTERFACE
        LINKER:-z,relro LINKER:-z,now LINKER:--as-needed)
    if(SKYLIGHT_WERROR)
        target_compile_options(skylight_compiler_flags INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(skylight_compiler_flags INTERFACE /W4 /permissive-)
    if(SKYLIGHT_WERROR)
        target_compile_options(skylight_compiler_flags INTERFACE /WX)
    endif()
endif()
