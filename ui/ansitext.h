// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace hydron::ui {

// A run of text with one look, as an ANSI SGR sequence set it.
struct AnsiSpan
{
    qsizetype start = 0; // in AnsiText::text
    qsizetype length = 0;
    QColor foreground; // invalid: the view's default
    QColor background; // invalid: none
    bool bold = false;
    bool italic = false;
    bool underline = false;

    friend bool operator==(const AnsiSpan &, const AnsiSpan &) = default;
};

// One log line with its escape sequences taken out: the plain text (what search, copy and the
// per-step filter see) and the styled spans for painting. Colours (30–37, 90–97, 38;5;n,
// 38;2;r;g;b and the backgrounds), bold, italic, underline and their resets are kept; every
// other control sequence (cursor moves, erase, OSC titles) is dropped, as is a carriage
// return's overwritten prefix ("50%\r100%" shows "100%").
struct AnsiText
{
    QString text;
    QList<AnsiSpan> spans; // only the styled runs; unstyled text has none

    [[nodiscard]] static AnsiText parse(QStringView line);
    // Only the plain text; cheaper when no spans are needed.
    [[nodiscard]] static QString strip(QStringView line);
    // True when the line holds an escape or carriage return at all (most lines do not).
    [[nodiscard]] static bool needsParsing(QStringView line);
};

// The 256-colour palette's colour `index` (0–15 the basic and bright colours as terminals
// commonly show them on a dark background, 16–231 the colour cube, 232–255 the greys).
[[nodiscard]] QColor ansiColor(int index);

} // namespace hydron::ui
