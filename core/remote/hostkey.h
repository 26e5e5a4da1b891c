// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>

// Host key pinning. A fingerprint is written as OpenSSH prints it (`ssh-keygen -lf KEY -E
// sha256`): "SHA256:" followed by the unpadded base64 of the SHA-256 of the public key blob.
namespace hydron::remote {

enum class HostKeyVerdict
{
    Trusted, // pinned and the same
    Unknown, // nothing pinned yet: the user must compare and accept the fingerprint
    Changed, // pinned and different: refuse
};

// The fingerprint of a public key blob (the SSH wire format of the key).
[[nodiscard]] QString sha256Fingerprint(QByteArrayView publicKeyBlob);
// The fingerprint written from an already computed 32-byte SHA-256 hash.
[[nodiscard]] QString fingerprintFromSha256(QByteArrayView hash);

// The fingerprint of an OpenSSH public key file ("ssh-ed25519 AAAA… comment").
[[nodiscard]] Result<QString> fingerprintOfPublicKeyFile(const QString &path);

// Accepts what a user pastes ("SHA256:abc…", "abc…", with or without '=' padding and
// surrounding spaces) and returns the canonical form; fails when it is not a SHA-256 hash.
[[nodiscard]] Result<QString> normaliseFingerprint(const QString &text);

[[nodiscard]] HostKeyVerdict verifyHostKey(const QString &pinned, const QString &presented);

// The errors a connection stops with (Failure::HostKeyUnknown / HostKeyChanged). `where` names
// the server ("root@203.0.113.7:22"); `keyType` is the key's algorithm ("ssh-ed25519").
[[nodiscard]] Error unknownHostKeyError(const QString &where, const QString &keyType, const QString &presented);
[[nodiscard]] Error changedHostKeyError(const QString &where, const QString &keyType, const QString &pinned,
                                        const QString &presented);

} // namespace hydron::remote
