// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/keychaincredentialprovider.h"

#include "core/source/gitremote.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace hydron::source {

KeychainCredentialProvider::KeychainCredentialProvider(secrets::SecretStore &store)
    : m_store(store)
{}

secrets::SecretKey KeychainCredentialProvider::tokenKey(const QString &host)
{
    return {u"git/"_s + host.toLower(), u"token"_s};
}

secrets::SecretKey KeychainCredentialProvider::usernameKey(const QString &host)
{
    return {u"git/"_s + host.toLower(), u"username"_s};
}

secrets::SecretKey KeychainCredentialProvider::passphraseKey(const QString &privateKeyFile)
{
    return {u"ssh-key"_s, privateKeyFile};
}

void KeychainCredentialProvider::prepare(const CloneRequest &request, QObject *context, Done done)
{
    const auto remote = GitRemote::parse(request.url);
    if (!remote || remote->isLocal()) {
        done({});
        return;
    }
    std::weak_ptr<KeychainCredentialProvider> weak = weak_from_this();
    // A missing entry is fine; a keychain that cannot answer is reported.
    auto problem = [](const Result<QString> &read) -> std::optional<Error> {
        if (read || read.error().code == Error::Code::NotFound)
            return std::nullopt;
        return read.error();
    };
    if (remote->isSsh()) {
        const QString keyFile = request.ssh.privateKeyFile;
        if (keyFile.isEmpty()) {
            done({});
            return;
        }
        m_store.read(passphraseKey(keyFile), context, [weak, keyFile, done, problem](Result<QString> read) {
            if (auto self = weak.lock(); self && read) {
                QMutexLocker lock(&self->m_mutex);
                self->m_passphrases.insert(keyFile, *read);
            }
            if (auto error = problem(read))
                done(std::unexpected(*error));
            else
                done({});
        });
        return;
    }
    const QString host = remote->host().toLower();
    m_store.read(tokenKey(host), context, [this, weak, host, context, done, problem](Result<QString> token) {
        if (auto error = problem(token); error || !token) {
            if (error)
                done(std::unexpected(*error));
            else
                done({});
            return;
        }
        const QString value = *token;
        auto self = weak.lock();
        if (!self) {
            done({});
            return;
        }
        m_store.read(usernameKey(host), context, [weak, host, value, done](Result<QString> user) {
            if (auto self = weak.lock()) {
                const QString name = user && !user->isEmpty() ? *user : DefaultHttpsUser;
                self->remember(host, HttpsCredential{name, value});
            }
            done({});
        });
    });
}

void KeychainCredentialProvider::storeToken(const QString &host, const HttpsCredential &credential, QObject *context,
                                            Done done)
{
    const QString key = host.toLower();
    remember(key, credential);
    const QString user = credential.username.isEmpty() ? DefaultHttpsUser : credential.username;
    m_store.write(tokenKey(key), credential.token, context, [this, key, user, context, done](Result<void> written) {
        if (!written) {
            done(written);
            return;
        }
        m_store.write(usernameKey(key), user, context, done);
    });
}

void KeychainCredentialProvider::remember(const QString &host, const HttpsCredential &credential)
{
    QMutexLocker lock(&m_mutex);
    HttpsCredential stored = credential;
    if (stored.username.isEmpty())
        stored.username = DefaultHttpsUser;
    m_https.insert(host.toLower(), stored);
}

std::optional<HttpsCredential> KeychainCredentialProvider::httpsCredential(const QString &host, const QString &url)
{
    Q_UNUSED(url)
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_https.constFind(host.toLower()); it != m_https.cend())
        return *it;
    return std::nullopt;
}

std::optional<QString> KeychainCredentialProvider::sshKeyPassphrase(const QString &privateKeyFile)
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_passphrases.constFind(privateKeyFile); it != m_passphrases.cend())
        return *it;
    return std::nullopt;
}

} // namespace hydron::source
