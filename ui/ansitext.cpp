// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ansitext.h"

#include <array>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr char16_t kEscape = 0x1b;

struct Style
{
    QColor foreground;
    QColor background;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    [[nodiscard]] bool isPlain() const
    {
        return !foreground.isValid() && !background.isValid() && !bold && !italic && !underline;
    }
    friend bool operator==(const Style &, const Style &) = default;
};

// Applies one SGR parameter list ("1;31", "38;5;208", "" = reset) to `style`.
void applySgr(QStringView parameters, Style &style)
{
    QList<int> values;
    if (parameters.isEmpty()) {
        values << 0;
    } else {
        for (const QStringView part : parameters.tokenize(u';')) {
            bool ok = false;
            const int value = part.isEmpty() ? 0 : part.toInt(&ok);
            values << (part.isEmpty() || ok ? value : -1);
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int v = values.at(i);
        // 38/48: extended colour, "5;n" (palette) or "2;r;g;b" (true colour).
        auto extended = [&]() -> QColor {
            if (i + 2 < values.size() && values.at(i + 1) == 5) {
                const int index = values.at(i + 2);
                i += 2;
                return index >= 0 && index <= 255 ? ansiColor(index) : QColor();
            }
            if (i + 4 < values.size() && values.at(i + 1) == 2) {
                const int r = values.at(i + 2), g = values.at(i + 3), b = values.at(i + 4);
                i += 4;
                if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255)
                    return {};
                return QColor(r, g, b);
            }
            i = values.size(); // malformed: ignore the rest of the list
            return {};
        };
        if (v == 0) {
            style = Style{};
        } else if (v == 1) {
            style.bold = true;
        } else if (v == 3) {
            style.italic = true;
        } else if (v == 4) {
            style.underline = true;
        } else if (v == 22) {
            style.bold = false;
        } else if (v == 23) {
            style.italic = false;
        } else if (v == 24) {
            style.underline = false;
        } else if (v >= 30 && v <= 37) {
            style.foreground = ansiColor(v - 30);
        } else if (v == 38) {
            style.foreground = extended();
        } else if (v == 39) {
            style.foreground = QColor();
        } else if (v >= 40 && v <= 47) {
            style.background = ansiColor(v - 40);
        } else if (v == 48) {
            style.background = extended();
        } else if (v == 49) {
            style.background = QColor();
        } else if (v >= 90 && v <= 97) {
            style.foreground = ansiColor(v - 90 + 8);
        } else if (v >= 100 && v <= 107) {
            style.background = ansiColor(v - 100 + 8);
        }
    }
}

// Scans `line`; calls text(QStringView, const Style &) for each piece of visible text.
template<typename TextSink>
void scan(QStringView line, TextSink &&text)
{
    // A carriage return not followed by the end of the line starts the line over, as a
    // terminal would show it: only what follows the last one is visible.
    qsizetype begin = 0;
    for (qsizetype i = line.size() - 1; i >= 0; --i) {
        if (line.at(i) == u'\r' && i + 1 < line.size()) {
            begin = i + 1;
            break;
        }
    }
    Style style;
    qsizetype i = begin;
    qsizetype runStart = begin;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            text(line.sliced(runStart, end - runStart), style);
    };
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line.at(i);
        if (c == u'\r' || (c.unicode() < 0x20 && c != u'\t' && c.unicode() != kEscape)) {
            flush(i);
            runStart = ++i; // other control characters are not shown
            continue;
        }
        if (c.unicode() != kEscape) {
            ++i;
            continue;
        }
        flush(i);
        qsizetype j = i + 1;
        if (j < n && line.at(j) == u'[') {
            // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
            ++j;
            const qsizetype paramStart = j;
            while (j < n && line.at(j).unicode() >= 0x30 && line.at(j).unicode() <= 0x3F)
                ++j;
            const qsizetype paramEnd = j;
            while (j < n && line.at(j).unicode() >= 0x20 && line.at(j).unicode() <= 0x2F)
                ++j;
            if (j < n && line.at(j).unicode() >= 0x40 && line.at(j).unicode() <= 0x7E) {
                if (line.at(j) == u'm')
                    applySgr(line.sliced(paramStart, paramEnd - paramStart), style);
                ++j;
            }
        } else if (j < n && line.at(j) == u']') {
            // OSC: up to BEL or ESC backslash.
            ++j;
            while (j < n && line.at(j) != u'\a' &&
                   !(line.at(j).unicode() == kEscape && j + 1 < n && line.at(j + 1) == u'\\'))
                ++j;
            j = j < n && line.at(j) == u'\a' ? j + 1 : std::min(n, j + 2);
        } else if (j < n) {
            ++j; // a two-character escape ("ESC(B", "ESC=")
        }
        i = j;
        runStart = j;
    }
    flush(n);
}

} // namespace

QColor ansiColor(int index)
{
    static constexpr std::array<QRgb, 16> basic{
        0xff3b3b3b, 0xffe05561, 0xff8cc265, 0xffd18f52, 0xff4aa5f0, 0xffc162de, 0xff42b3c2, 0xffd7dae0,
        0xff6b717d, 0xffff616e, 0xffa5e075, 0xfff0a45d, 0xff4dc4ff, 0xffde73ff, 0xff4cd1e0, 0xffe6e6e6,
    };
    if (index < 0 || index > 255)
        return {};
    if (index < 16)
        return QColor::fromRgb(basic.at(static_cast<std::size_t>(index)));
    if (index < 232) {
        const int cube = index - 16;
        auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        return QColor(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

bool AnsiText::needsParsing(QStringView line)
{
    for (const QChar c : line) {
        if (c.unicode() < 0x20 && c != u'\t')
            return true;
    }
    return false;
}

AnsiText AnsiText::parse(QStringView line)
{
    AnsiText out;
    if (!needsParsing(line)) {
        out.text = line.toString();
        return out;
    }
    out.text.reserve(line.size());
    scan(line, [&out](QStringView piece, const Style &style) {
        if (!style.isPlain()) {
            AnsiSpan span{out.text.size(), piece.size(), style.foreground, style.background,
                          style.bold,      style.italic, style.underline};
            // Adjacent pieces with the same look make one span.
            if (!out.spans.isEmpty()) {
                AnsiSpan &last = out.spans.last();
                if (last.start + last.length == span.start && last.foreground == span.foreground &&
                    last.background == span.background && last.bold == span.bold && last.italic == span.italic &&
                    last.underline == span.underline) {
                    last.length += span.length;
                    out.text += piece;
                    return;
                }
            }
            out.spans << span;
        }
        out.text += piece;
    });
    return out;
}

QString AnsiText::strip(QStringView line)
{
    if (!needsParsing(line))
        return line.toString();
    QString out;
    out.reserve(line.size());
    scan(line, [&out](QStringView piece, const Style &) { out += piece; });
    return out;
}

} // namespace hydron::ui
