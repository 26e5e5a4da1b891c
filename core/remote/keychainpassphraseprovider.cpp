// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/keychainpassphraseprovider.h"

#include "core/secrets/secretstore.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <memory>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

// The answer, shared between the waiting worker and the store's thread (which may answer
// after the worker gave up).
struct Pending
{
    QMutex mutex;
    QWaitCondition answered;
    bool done = false;
    std::optional<QString> value;
};

} // namespace

KeychainPassphraseProvider::KeychainPassphraseProvider(secrets::SecretStore &store, QObject *storeThread,
                                                       std::chrono::milliseconds timeout)
    : m_store(store)
    , m_storeThread(storeThread)
    , m_timeout(timeout)
{}

secrets::SecretKey KeychainPassphraseProvider::keyFor(const QString &keyFile)
{
    return {u"ssh-key"_s, keyFile};
}

std::optional<QString> KeychainPassphraseProvider::passphrase(const QString &keyFile)
{
    QObject *context = m_storeThread.data();
    if (!context || QThread::currentThread() == context->thread())
        return std::nullopt; // never wait on the thread that would have to answer
    auto pending = std::make_shared<Pending>();
    secrets::SecretStore *store = &m_store;
    const secrets::SecretKey key = keyFor(keyFile);
    QMetaObject::invokeMethod(context, [store, key, context, pending] {
        store->read(key, context, [pending](Result<QString> read) {
            QMutexLocker lock(&pending->mutex);
            if (read)
                pending->value = *read;
            pending->done = true;
            pending->answered.wakeAll();
        });
    });
    QMutexLocker lock(&pending->mutex);
    QDeadlineTimer deadline(m_timeout);
    while (!pending->done) {
        if (!pending->answered.wait(&pending->mutex, deadline))
            return std::nullopt; // the keychain did not answer in time: go on without
    }
    return pending->value;
}

} // namespace hydron::remote
