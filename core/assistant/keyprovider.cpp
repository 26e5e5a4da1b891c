// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/keyprovider.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace hydron::assistant {

QString EnvironmentKeyProvider::key()
{
    return qEnvironmentVariable(variable).trimmed();
}

void EnvironmentKeyProvider::fetchKey(QObject *context, Callback done)
{
    if (!context)
        return;
    done(key());
}

KeychainKeyProvider::KeychainKeyProvider(secrets::SecretStore &store)
    : m_store(store)
{}

secrets::SecretKey KeychainKeyProvider::keychainKey()
{
    return {u"assistant"_s, u"anthropic-api-key"_s};
}

void KeychainKeyProvider::fetchKey(QObject *context, Callback done)
{
    if (!context)
        return;
    m_store.read(keychainKey(), context, [done = std::move(done)](Result<QString> value) {
        if (!value && value.error().code == Error::Code::NotFound)
            return done(QString());
        if (!value)
            return done(std::unexpected(value.error()));
        done(value->trimmed());
    });
}

void KeychainKeyProvider::storeKey(const QString &key, QObject *context, secrets::SecretStore::DoneCallback done)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n') || trimmed.contains(u'\r') || trimmed.contains(u' ')) {
        if (context)
            done(fail(Error::Code::InvalidInput,
                      QCoreApplication::translate("hydron::Claude",
                                                  "An API key is one word without spaces or line breaks.")));
        return;
    }
    m_store.write(keychainKey(), trimmed, context, std::move(done));
}

void KeychainKeyProvider::removeKey(QObject *context, secrets::SecretStore::DoneCallback done)
{
    m_store.remove(keychainKey(), context, std::move(done));
}

void resolveApiKey(KeyProvider *keychain, QObject *context, std::function<void(ResolvedKey)> done)
{
    if (!context)
        return;
    if (const QString fromEnvironment = EnvironmentKeyProvider::key(); !fromEnvironment.isEmpty())
        return done(ResolvedKey{fromEnvironment, KeySource::Environment, {}});
    if (!keychain)
        return done(ResolvedKey{});
    keychain->fetchKey(context, [done = std::move(done)](Result<QString> key) {
        if (!key)
            return done(ResolvedKey{{}, KeySource::None, key.error().message});
        if (key->isEmpty())
            return done(ResolvedKey{});
        done(ResolvedKey{*key, KeySource::Keychain, {}});
    });
}

QString keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::Environment:
        return QString::fromLatin1(EnvironmentKeyProvider::variable);
    case KeySource::Keychain:
        return QCoreApplication::translate("hydron::Claude", "the keychain");
    case KeySource::None:
        break;
    }
    return QCoreApplication::translate("hydron::Claude", "none");
}

QString maskKey(const QString &key)
{
    if (key.isEmpty())
        return u"(none)"_s;
    if (key.size() < 20)
        return u"…(%1 characters)"_s.arg(key.size());
    return key.left(6) + u'…' + key.right(4);
}

} // namespace hydron::assistant
