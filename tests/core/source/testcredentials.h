// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/credentialprovider.h"

#include <QMutex>
#include <QStringList>

namespace hydron::test {

// A CredentialProvider double: answers with what the test set and records every question.
// Called on the Git worker thread, hence the mutex.
class TestCredentials final : public source::CredentialProvider
{
public:
    std::optional<source::HttpsCredential> httpsCredential(const QString &host, const QString &url) override
    {
        QMutexLocker lock(&m_mutex);
        m_httpsQuestions << host + u' ' + url;
        return m_https;
    }

    std::optional<QString> sshKeyPassphrase(const QString &privateKeyFile) override
    {
        QMutexLocker lock(&m_mutex);
        m_passphraseQuestions << privateKeyFile;
        return m_passphrase;
    }

    void setHttps(std::optional<source::HttpsCredential> credential)
    {
        QMutexLocker lock(&m_mutex);
        m_https = std::move(credential);
    }
    void setPassphrase(std::optional<QString> passphrase)
    {
        QMutexLocker lock(&m_mutex);
        m_passphrase = std::move(passphrase);
    }
    QStringList httpsQuestions()
    {
        QMutexLocker lock(&m_mutex);
        return m_httpsQuestions;
    }
    QStringList passphraseQuestions()
    {
        QMutexLocker lock(&m_mutex);
        return m_passphraseQuestions;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_httpsQuestions.clear();
        m_passphraseQuestions.clear();
    }

private:
    QMutex m_mutex;
    std::optional<source::HttpsCredential> m_https;
    std::optional<QString> m_passphrase;
    QStringList m_httpsQuestions;
    QStringList m_passphraseQuestions;
};

} // namespace hydron::test
