// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/sshhostkey.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace hydron::source {

QString sshFingerprintFromSha256(const QByteArray &sha256)
{
    return u"SHA256:"_s +
           QString::fromLatin1(sha256.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString sshFingerprintFromKeyBlob(const QByteArray &blob)
{
    return sshFingerprintFromSha256(QCryptographicHash::hash(blob, QCryptographicHash::Sha256));
}

QString sshFingerprintFromPublicKeyLine(const QString &line)
{
    const QStringList fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(fields.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 8)
        return {};
    return sshFingerprintFromKeyBlob(decoded.decoded);
}

QString normalizeSshFingerprint(const QString &fingerprint)
{
    QString text = fingerprint.trimmed();
    if (text.startsWith(u"SHA256:"_s, Qt::CaseInsensitive))
        text = text.mid(7);
    while (text.endsWith(u'='))
        text.chop(1);
    // A SHA-256 digest is 32 bytes: 43 base64 characters without padding.
    if (text.size() != 43)
        return fingerprint.trimmed();
    return u"SHA256:"_s + text;
}

} // namespace hydron::source
