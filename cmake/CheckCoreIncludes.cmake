# SPDX-FileCopyrightText: 2026 Hydron contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: cmake -DDIR=<core dir> -P CheckCoreIncludes.cmake
# core/ is the engine: it must never include a widget, GUI or QApplication header.
if(NOT DIR)
    message(FATAL_ERROR "CheckCoreIncludes: pass -DDIR=<directory>")
endif()
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
set(pattern "#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|QMessageBox|QAction|QDialog|QPainter|QPixmap|QIcon|QColor)[/>\".]")
set(offenders "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "${pattern}")
    if(hits)
        list(APPEND offenders "${f}: ${hits}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "core/ must stay free of widget and GUI headers; found:\n  ${text}")
endif()
