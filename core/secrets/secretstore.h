// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>

#include <functional>

namespace hydron::secrets {

// Where a secret lives in the keychain: one entry per (scope, name), e.g.
// ("project/12/service/api", "DATABASE_URL") or ("server/3", "key-passphrase").
struct SecretKey
{
    QString scope;
    QString name;

    [[nodiscard]] QString toString() const { return scope + u'/' + name; }
    friend bool operator==(const SecretKey &, const SecretKey &) = default;
};

// Secrets only ever go through this interface (never settings, never the database). Calls
// are asynchronous: the callback runs later on the caller's thread, in `context`, and never
// if `context` is destroyed first. Implementations run one keychain operation at a time.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    // A missing entry is an error with Error::Code::NotFound.
    virtual void read(const SecretKey &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) = 0;
    // Removing a missing entry succeeds.
    virtual void remove(const SecretKey &key, QObject *context, DoneCallback callback) = 0;
};

} // namespace hydron::secrets
