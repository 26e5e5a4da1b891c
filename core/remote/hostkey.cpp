// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/hostkey.h"

#include "core/remote/remoteerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

QString fingerprintOfHash(QByteArrayView hash)
{
    return u"SHA256:"_s +
           QString::fromLatin1(QByteArray(hash.data(), hash.size()).toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace

QString fingerprintFromSha256(QByteArrayView hash)
{
    return fingerprintOfHash(hash);
}

QString sha256Fingerprint(QByteArrayView publicKeyBlob)
{
    return fingerprintOfHash(QCryptographicHash::hash(publicKeyBlob, QCryptographicHash::Sha256));
}

Result<QString> fingerprintOfPublicKeyFile(const QString &path)
{
    if (!QFile::exists(path))
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::Ssh", "The public key file %1 does not exist.").arg(path));
    ssh_key key = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(path).constData(), &key) != SSH_OK || !key)
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Ssh", "%1 is not an SSH public key file.").arg(path));
    unsigned char *hash = nullptr;
    size_t length = 0;
    const int rc = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length);
    ssh_key_free(key);
    if (rc != SSH_OK || !hash)
        return fail(Error::Code::Internal,
                    QCoreApplication::translate("hydron::Ssh", "Could not compute the key's fingerprint."));
    const QString fingerprint =
        fingerprintOfHash(QByteArrayView(reinterpret_cast<const char *>(hash), static_cast<qsizetype>(length)));
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

Result<QString> normaliseFingerprint(const QString &text)
{
    QString body = text.trimmed();
    if (body.startsWith(u"SHA256:"_s, Qt::CaseInsensitive))
        body = body.mid(7);
    while (body.endsWith(u'='))
        body.chop(1);
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const bool ascii = std::all_of(body.cbegin(), body.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (body.isEmpty() || !ascii || !decoded || decoded.decoded.size() != 32)
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Ssh",
                                                "“%1” is not a SHA256 host key fingerprint (it looks like "
                                                "SHA256:AbC…, 43 characters after the colon).")
                        .arg(text));
    return fingerprintOfHash(decoded.decoded);
}

HostKeyVerdict verifyHostKey(const QString &pinned, const QString &presented)
{
    if (pinned.trimmed().isEmpty())
        return HostKeyVerdict::Unknown;
    const auto a = normaliseFingerprint(pinned);
    const auto b = normaliseFingerprint(presented);
    if (a && b && *a == *b)
        return HostKeyVerdict::Trusted;
    return HostKeyVerdict::Changed;
}

Error unknownHostKeyError(const QString &where, const QString &keyType, const QString &presented)
{
    return remoteError(
        Failure::HostKeyUnknown, Error::Code::Network,
        QCoreApplication::translate("hydron::Ssh",
                                    "%1 is not trusted yet. Its %2 host key has the fingerprint %3. Compare it with "
                                    "what the server itself shows (for example `ssh-keygen -lf "
                                    "/etc/ssh/ssh_host_ed25519_key.pub` in your provider's console) and accept it "
                                    "only if they match.")
            .arg(where, keyType, presented),
        u"presented="_s + presented + u" type="_s + keyType);
}

Error changedHostKeyError(const QString &where, const QString &keyType, const QString &pinned, const QString &presented)
{
    return remoteError(
        Failure::HostKeyChanged, Error::Code::Network,
        QCoreApplication::translate(
            "hydron::Ssh",
            "The host key of %1 has changed, so Hydron refused to connect. Pinned: %2. Now presented (%3): %4. "
            "This happens when the server was reinstalled or its keys were regenerated, but it can also mean that "
            "someone is intercepting the connection. Check the fingerprint on the server itself (for example "
            "`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in your provider's console); only when it matches, "
            "pin the new key (Server Inventory → Forget host key, or `hydron-cli servers add … --accept-host-key "
            "%4`).")
            .arg(where, pinned, keyType, presented),
        u"pinned="_s + pinned + u" presented="_s + presented + u" type="_s + keyType);
}

} // namespace hydron::remote
