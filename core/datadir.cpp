// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hydron {

QString DataDir::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/hydron"_s;
}

Result<QString> DataDir::resolve(const QString &commandLineOverride)
{
    QString dir = commandLineOverride;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("HYDRON_DATA_DIR");
    if (dir.isEmpty())
        dir = defaultLocation();
    dir = QFileInfo(dir).absoluteFilePath();
    if (auto writable = ensureWritable(dir); !writable)
        return std::unexpected(writable.error());
    return QDir::cleanPath(dir);
}

Result<void> DataDir::ensureWritable(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::DataDir",
                                                "The data folder %1 is a file, not a folder. Choose another folder "
                                                "with --data-dir or HYDRON_DATA_DIR.")
                        .arg(dir));
    if (!QDir().mkpath(dir))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::DataDir",
                                                "Hydron cannot create its data folder %1. Check the permissions of "
                                                "the folders above it, or choose another folder with --data-dir or "
                                                "HYDRON_DATA_DIR.")
                        .arg(dir));
    QFile probe(QDir(dir).filePath(u".hydron-write-test"_s));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate) || probe.write("ok") != 2 || !probe.flush()) {
        const QString reason = probe.errorString();
        probe.remove();
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::DataDir",
                                                "Hydron cannot write to its data folder %1. Make it writable, or "
                                                "choose another folder with --data-dir or HYDRON_DATA_DIR.")
                        .arg(dir),
                    reason);
    }
    probe.close();
    probe.remove();
    return {};
}

} // namespace hydron
