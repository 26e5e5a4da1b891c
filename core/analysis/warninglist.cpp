// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/warninglist.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString tr(const char *text, qint64 n)
{
    return QCoreApplication::translate("hydron::analysis", text, nullptr, int(std::min<qint64>(n, INT_MAX)));
}

} // namespace

void WarningList::add(const QString &code, const QString &message, const QString &file)
{
    const QMutexLocker lock(&m_mutex);
    for (const Warning &w : std::as_const(m_warnings)) {
        if (w.code == code && w.file == file && w.message == message)
            return;
    }
    m_warnings.append(Warning{code, message, file});
}

void WarningList::count(Counted kind, const QString &file)
{
    const QMutexLocker lock(&m_mutex);
    Tally &t = m_tallies[std::size_t(kind)];
    if (t.count++ == 0)
        t.first = file;
}

bool WarningList::has(const QString &code) const
{
    const QMutexLocker lock(&m_mutex);
    for (const Warning &w : m_warnings) {
        if (w.code == code)
            return true;
    }
    return false;
}

QList<Warning> WarningList::list() const
{
    const QMutexLocker lock(&m_mutex);
    QList<Warning> out;
    const auto tally = [&](Counted kind, const QString &code, const char *text) {
        const Tally &t = m_tallies[std::size_t(kind)];
        if (t.count > 0)
            out.append(Warning{code, tr(text, t.count).arg(t.first), t.first});
    };
    tally(Counted::SymlinkOutside, u"symlink-outside"_s,
          "%n symbolic link(s) pointing outside the repository were not followed (first: %1)");
    tally(Counted::SymlinkBroken, u"symlink-broken"_s,
          "%n symbolic link(s) are broken or loop and were skipped (first: %1)");
    tally(Counted::SpecialFile, u"special-file"_s,
          "%n special file(s) (pipes, sockets, devices) were skipped (first: %1)");
    tally(Counted::Unreadable, u"unreadable"_s, "%n file(s) or folder(s) could not be read (first: %1)");
    tally(Counted::NonUtf8Name, u"non-utf8-name"_s, "%n file name(s) are not valid UTF-8 and were skipped (first: %1)");
    tally(Counted::TooDeep, u"too-deep"_s, "%n folder(s) nested too deeply were not scanned (first: %1)");
    tally(Counted::TooLarge, u"file-too-large"_s, "%n file(s) over the size limit were not read (first: %1)");
    tally(Counted::Binary, u"binary-file"_s, "%n file(s) look binary and were not read (first: %1)");
    out.append(m_warnings);
    return out;
}

} // namespace hydron::analysis
