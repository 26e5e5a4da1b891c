// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/keychainsecretstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace hydron::secrets {
namespace {

// QtKeychain reports a missing session bus or secret service as OtherError on Linux; its
// message is the only way to tell that apart from a keychain that failed.
bool backendMissing(const QKeychain::Job &job)
{
    static const QRegularExpression pattern(u"d-?bus|kwallet|secret service|org\\.freedesktop\\.secrets"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return job.error() == QKeychain::OtherError && pattern.match(job.errorString()).hasMatch();
}

Error keychainError(const QKeychain::Job &job, const SecretKey &key)
{
    const QKeychain::Error code = backendMissing(job) ? QKeychain::NoBackendAvailable : job.error();
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("hydron::Secrets", "The keychain holds no secret named \"%1\".").arg(key.name),
            key.toString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{Error::Code::Unsupported,
                     QCoreApplication::translate(
                         "hydron::Secrets",
                         "No keychain is available, so Hydron cannot store or read secrets. Start your desktop's "
                         "secret service (for example GNOME Keyring or KWallet) and try again; Hydron never keeps "
                         "secrets in plain text."),
                     job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{Error::Code::Io,
                     QCoreApplication::translate("hydron::Secrets",
                                                 "The keychain refused access to the secret \"%1\". Unlock the "
                                                 "keychain and allow Hydron to use it.")
                         .arg(key.name),
                     job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    return Error{
        Error::Code::Io,
        QCoreApplication::translate("hydron::Secrets", "The keychain failed on the secret \"%1\".").arg(key.name),
        job.errorString()};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

KeychainSecretStore::~KeychainSecretStore()
{
    // A job the keychain still works on must outlive the store: QtKeychain's backends call back
    // into the job when the answer comes (deleting it with the store crashed the process). It
    // is left without a parent and deletes itself when done; nobody hears its answer.
    if (m_running) {
        m_running->disconnect(this);
        m_running->setParent(nullptr);
    }
}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, ReadCallback callback)
{
    enqueue(Pending{Operation::Read, key, {}, context, std::move(callback), {}});
}

void KeychainSecretStore::write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback)
{
    enqueue(Pending{Operation::Write, key, value, context, {}, std::move(callback)});
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, DoneCallback callback)
{
    enqueue(Pending{Operation::Remove, key, {}, context, {}, std::move(callback)});
}

void KeychainSecretStore::enqueue(Pending pending)
{
    m_queue.enqueue(std::move(pending));
    if (!m_busy)
        QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}

void KeychainSecretStore::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    auto pending = std::make_shared<Pending>(m_queue.dequeue());

    QKeychain::Job *job = nullptr;
    switch (pending->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(pending->value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    m_running = job;
    job->setInsecureFallback(false);
    job->setKey(pending->key.toString());
    connect(job, &QKeychain::Job::finished, this, [this, pending](QKeychain::Job *done) {
        const bool failed = done->error() != QKeychain::NoError;
        if (failed && done->error() != QKeychain::EntryNotFound)
            logging::logger(logging::Channel::Core)
                ->warn("keychain {} failed: {}", pending->key.toString().toStdString(),
                       done->errorString().toStdString());
        if (pending->context) {
            if (pending->operation == Operation::Read) {
                if (failed)
                    pending->onRead(std::unexpected(keychainError(*done, pending->key)));
                else
                    pending->onRead(static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            } else if (failed &&
                       !(pending->operation == Operation::Remove && done->error() == QKeychain::EntryNotFound)) {
                pending->onDone(std::unexpected(keychainError(*done, pending->key)));
            } else {
                pending->onDone({});
            }
        }
        m_busy = false;
        startNext();
    });
    job->start();
}

} // namespace hydron::secrets
