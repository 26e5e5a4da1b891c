// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hydron::ui {

// Simple Dockerfile colouring: instructions (FROM, RUN, COPY …), comments, quoted strings,
// ${VARIABLES} and stage names after AS. Colours follow the palette of the document's widget.
class DockerfileHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DockerfileHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_instruction;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_variable;
    QTextCharFormat m_stage;
};

} // namespace hydron::ui
