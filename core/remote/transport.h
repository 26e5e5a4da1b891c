// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/remote/commandjob.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>

namespace hydron::remote {

// A place where commands run and files go: a server over SSH (SshTransport) or this
// computer (LocalTransport). Both give the same line semantics, exit codes, cancel and
// errors, so the run engine and the views never ask which one they have.
// Everything is asynchronous: nothing here blocks the calling thread.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override;

    // "root@203.0.113.7:22", or "This computer".
    [[nodiscard]] virtual QString displayName() const = 0;
    [[nodiscard]] virtual bool isLocal() const = 0;

    // Starts `command` once control returns to the event loop. The caller owns the job
    // (`parent`, or deleteLater() after finished()).
    [[nodiscard]] virtual CommandJob *run(const Command &command, QObject *parent = nullptr) = 0;

    // Writes `data` to `remotePath` with permission bits `mode` (e.g. 0600). The file appears
    // whole or not at all: it is written under a temporary name in the same folder, given its
    // mode, then renamed over the target. The folder must exist.
    [[nodiscard]] virtual QFuture<Result<void>> upload(const QByteArray &data, const QString &remotePath, int mode) = 0;
    // The same for a local file, streamed in chunks.
    [[nodiscard]] virtual QFuture<Result<void>> uploadFile(const QString &localPath, const QString &remotePath,
                                                           int mode) = 0;
    // A small file's content; fails when it is larger than maxBytes.
    [[nodiscard]] virtual QFuture<Result<QByteArray>> readFile(const QString &remotePath,
                                                               qint64 maxBytes = 1024 * 1024) = 0;
};

} // namespace hydron::remote
