// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks read about their own process from /proc: the peak resident memory and
// the CPU time each thread used.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>

#include <unistd.h>

namespace hydron::bench {

// VmHWM in KiB; -1 when /proc cannot be read.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time (user + system, ms) per thread name of this process. A thread that has ended is
// not counted.
inline QHash<QString, qint64> threadCpuMs()
{
    QHash<QString, qint64> result;
    const long ticks = sysconf(_SC_CLK_TCK);
    const auto tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.lastIndexOf(')');
        const QString name = QString::fromLatin1(text.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 13)
            result[name] += (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticks;
    }
    return result;
}

} // namespace hydron::bench
