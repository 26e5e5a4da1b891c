// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/secretstore.h"

#include <QPointer>
#include <QQueue>

namespace hydron::secrets {

// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, the
// Credential Store on Windows). There is no plain-text fallback: where no keychain can be
// reached, every call fails with Error::Code::Unsupported and a message that says so.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    // `service` separates Hydron's entries from other programs' (and test runs from users').
    explicit KeychainSecretStore(QString service = QStringLiteral("dev.hydron.Hydron"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const SecretKey &key, QObject *context, ReadCallback callback) override;
    void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override;
    void remove(const SecretKey &key, QObject *context, DoneCallback callback) override;

    [[nodiscard]] QString service() const { return m_service; }

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Pending
    {
        Operation operation;
        SecretKey key;
        QString value;
        QPointer<QObject> context;
        ReadCallback onRead;
        DoneCallback onDone;
    };

    void enqueue(Pending pending);
    void startNext();

    QString m_service;
    QQueue<Pending> m_queue;
    bool m_busy = false;
    QPointer<QObject> m_running; // the QKeychain job under way, if any
};

} // namespace hydron::secrets
