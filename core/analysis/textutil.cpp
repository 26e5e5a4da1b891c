// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/textutil.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

int lineAt(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.begin(), text.begin() + offset, '\n')) + 1;
}

qsizetype jsonKeyOffset(QByteArrayView text, QStringView key, qsizetype from)
{
    const QByteArray needle = '"' + key.toUtf8() + '"';
    qsizetype pos = std::max<qsizetype>(from, 0);
    while ((pos = text.indexOf(needle, pos)) >= 0) {
        qsizetype after = pos + needle.size();
        while (after < text.size() &&
               (text[after] == ' ' || text[after] == '\t' || text[after] == '\r' || text[after] == '\n'))
            ++after;
        if (after < text.size() && text[after] == ':')
            return pos;
        pos += needle.size();
    }
    return -1;
}

int jsonKeyLine(QByteArrayView text, QStringView key, QStringView parentKey)
{
    qsizetype from = 0;
    if (!parentKey.isEmpty()) {
        from = jsonKeyOffset(text, parentKey);
        if (from < 0)
            return 0;
    }
    const qsizetype pos = jsonKeyOffset(text, key, from);
    return pos < 0 ? 0 : lineAt(text, pos);
}

int lineContaining(QByteArrayView text, QByteArrayView needle, int fromLine)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (line >= fromLine && text.sliced(start, end - start).contains(needle))
            return line;
        if (end == text.size())
            break;
        start = end + 1;
        ++line;
    }
    return 0;
}

QStringList shellWords(QStringView command)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < command.size())
                current += command[++i];
            else
                current += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
        } else if (c == u'\\' && i + 1 < command.size()) {
            current += command[++i];
            inWord = true;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words << current;
    return words;
}

QString versionPrefix(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    qsizetype n = 0;
    while (n < text.size() && (text[n].isDigit() || text[n] == u'.'))
        ++n;
    while (n > 0 && text[n - 1] == u'.')
        --n;
    return text.left(n).toString();
}

bool isPort(QStringView text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535 || text.startsWith(u'+') || text.startsWith(u'0'))
        return false;
    if (port)
        *port = value;
    return true;
}

} // namespace hydron::analysis
