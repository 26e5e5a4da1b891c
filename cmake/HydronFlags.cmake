# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compiler flags every Hydron target uses.
add_library(hydron_flags INTERFACE)
target_compile_features(hydron_flags INTERFACE cxx_std_23)
target_compile_options(hydron_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    # Designated initialisers leave the other members at their defaults on purpose.
    -Wno-missing-field-initializers
    $<$<BOOL:${HYDRON_WERROR}>:-Werror>)
target_compile_definitions(hydron_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    HYDRON_VERSION="${PROJECT_VERSION}")

# Fails the build when a file under core/ includes a widget or QApplication header.
function(hydron_check_core_layering target dir)
    add_custom_target(${target}_layering
        COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake
        COMMENT "Checking that ${dir} includes no widget headers"
        VERBATIM)
    add_dependencies(${target} ${target}_layering)
endfunction()
