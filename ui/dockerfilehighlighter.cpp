// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dockerfilehighlighter.h"

#include "ui/style.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace hydron::ui {

DockerfileHighlighter::DockerfileHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_instruction.setForeground(dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xbf));
    m_instruction.setFontWeight(QFont::Bold);
    m_comment.setForeground(style::secondaryTextColor(palette));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0x9c, 0xd6, 0x8c) : QColor(0x2e, 0x7d, 0x32));
    m_variable.setForeground(dark ? QColor(0xe0, 0xa8, 0x6a) : QColor(0xa1, 0x4f, 0x00));
    m_stage.setForeground(dark ? QColor(0xd0, 0x9c, 0xf0) : QColor(0x7b, 0x1f, 0xa2));
    m_stage.setFontWeight(QFont::DemiBold);
}

void DockerfileHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression comment(u"^\\s*#.*$"_s);
    static const QRegularExpression instruction(
        u"^\\s*(FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|"
        "HEALTHCHECK|SHELL|MAINTAINER)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stage(u"\\bAS\\s+([A-Za-z0-9_.-]+)\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression strings(u"\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'"_s);
    static const QRegularExpression variables(
        u"\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::[-+][^}]*)?\\}|\\$[A-Za-z_][A-Za-z0-9_]*"_s);

    if (comment.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    if (const auto m = instruction.match(text); m.hasMatch()) {
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_instruction);
        if (m.captured(1).compare(u"FROM"_s, Qt::CaseInsensitive) == 0) {
            if (const auto s = stage.match(text); s.hasMatch())
                setFormat(int(s.capturedStart(1)), int(s.capturedLength(1)), m_stage);
        }
    }
    for (auto it = strings.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_string);
    }
    for (auto it = variables.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_variable);
    }
}

} // namespace hydron::ui
