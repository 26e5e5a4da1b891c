// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/shellquote.h"

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

bool isSafe(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           u"_@%+=:,./-"_s.contains(c);
}

} // namespace

QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return u"''"_s;
    // A leading '=' or '-' is harmless to the shell but a bare word starting with '~' is not;
    // '~' is not in the safe set, so only truly inert words stay bare.
    if (std::all_of(word.cbegin(), word.cend(), isSafe))
        return word;
    QString quoted;
    quoted.reserve(word.size() + 8);
    quoted += u'\'';
    for (const QChar c : word) {
        if (c == u'\'')
            quoted += u"'\\''"_s; // close the quote, an escaped quote, reopen
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << shellQuote(w);
    return quoted.join(u' ');
}

} // namespace hydron::remote
