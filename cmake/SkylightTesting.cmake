# SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# skylight_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One Qt Test executable per class or feature; tests link the layer libraries and never
# recompile their sources. Every test runs headless (offscreen platform).
function(skylight_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test skylight_compiler_flags ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=skylight.*.debug=false")
endfunction()

# skylight_add_benchmark(<name> SOURCES <files...> LIBS <targets...>)
# Benchmarks are built with the tests but not run by ctest: they are run by hand
# (scripts/run-benchmarks.sh) and their figures are recorded in docs/performance.md.
function(skylight_add_benchmark name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test skylight_compiler_flags ${ARG_LIBS})
endfunction()
