// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/secrets/secretstore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace hydron::assistant {

// Where the Claude API key comes from. The keychain (core/secrets) implements this; keychains
// answer asynchronously, so the answer comes through a callback.
class KeyProvider
{
public:
    using Callback = std::function<void(Result<QString>)>;

    virtual ~KeyProvider() = default;

    // Calls `done` exactly once, now or later, on `context`'s thread; never after `context` is
    // destroyed. An empty key or Error::Code::NotFound means "no key here".
    virtual void fetchKey(QObject *context, Callback done) = 0;
};

// The ANTHROPIC_API_KEY environment variable.
class EnvironmentKeyProvider final : public KeyProvider
{
public:
    static constexpr const char *variable = "ANTHROPIC_API_KEY";

    void fetchKey(QObject *context, Callback done) override;
    [[nodiscard]] static QString key();
};

// The key stored in the system keychain (core/secrets), under keychainKey(). A missing entry is
// no key (an empty string), not an error; a keychain that cannot be reached is an error.
class KeychainKeyProvider final : public KeyProvider
{
public:
    explicit KeychainKeyProvider(secrets::SecretStore &store);

    [[nodiscard]] static secrets::SecretKey keychainKey();

    void fetchKey(QObject *context, Callback done) override;
    // Stores (a trimmed, non-empty) key, or removes it; asynchronous like SecretStore.
    void storeKey(const QString &key, QObject *context, secrets::SecretStore::DoneCallback done);
    void removeKey(QObject *context, secrets::SecretStore::DoneCallback done);

private:
    secrets::SecretStore &m_store;
};

// Where the key a request uses comes from. ANTHROPIC_API_KEY wins when it is set (an explicit
// choice for this process: CI, a second account, a test); otherwise the keychain's.
enum class KeySource
{
    None,
    Environment,
    Keychain,
};

struct ResolvedKey
{
    QString key; // empty with KeySource::None
    KeySource source = KeySource::None;
    // Why the keychain could not be asked, when it could not (the key may still come from the
    // environment); empty otherwise.
    QString keychainProblem;
};

// Resolves the key as every front end uses it: ANTHROPIC_API_KEY, else `keychain` (may be null).
// Never fails: a keychain that cannot be reached gives no key with keychainProblem set. Calls
// `done` once, on `context`'s thread, never after `context` is destroyed.
void resolveApiKey(KeyProvider *keychain, QObject *context, std::function<void(ResolvedKey)> done);

// "ANTHROPIC_API_KEY", "the keychain", "none" (translated) for the settings and the CLI.
[[nodiscard]] QString keySourceName(KeySource source);

// The key as it may appear in diagnostics: its first 6 and last 4 characters around an ellipsis,
// and nothing of it when it is too short for that to hide most of it.
[[nodiscard]] QString maskKey(const QString &key);

} // namespace hydron::assistant
