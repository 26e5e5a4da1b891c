// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/transport.h"

namespace hydron::remote {

// The built-in "This computer" server: commands run under a local bash through QProcess
// (arguments as an argv array, never pasted into a command line), files are written
// atomically on the local disk on a pool thread. Same wrapper, same lines, same exit codes
// and same cancel as SshTransport.
class LocalTransport final : public Transport
{
    Q_OBJECT

public:
    explicit LocalTransport(QObject *parent = nullptr);
    ~LocalTransport() override;

    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] bool isLocal() const override { return true; }

    [[nodiscard]] CommandJob *run(const Command &command, QObject *parent = nullptr) override;
    [[nodiscard]] QFuture<Result<void>> upload(const QByteArray &data, const QString &remotePath, int mode) override;
    [[nodiscard]] QFuture<Result<void>> uploadFile(const QString &localPath, const QString &remotePath,
                                                   int mode) override;
    [[nodiscard]] QFuture<Result<QByteArray>> readFile(const QString &remotePath,
                                                       qint64 maxBytes = 1024 * 1024) override;
};

} // namespace hydron::remote
