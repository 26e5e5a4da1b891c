// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hydron::source {

// The host key an SSH server presented, as OpenSSH names it: its type ("ssh-ed25519",
// "ecdsa-sha2-nistp256", "ssh-rsa") and its SHA-256 fingerprint ("SHA256:" and unpadded
// base64, the form `ssh-keygen -lf` and `ssh` print).
struct SshHostKey
{
    QString host;
    int port = 22;
    QString type;
    QString fingerprint;

    friend bool operator==(const SshHostKey &, const SshHostKey &) = default;
};

// "SHA256:…" for a SHA-256 digest of a host key blob.
[[nodiscard]] QString sshFingerprintFromSha256(const QByteArray &sha256);
// "SHA256:…" for a raw host key blob (the base64 field of a known_hosts or .pub line, decoded).
[[nodiscard]] QString sshFingerprintFromKeyBlob(const QByteArray &blob);
// The fingerprint of a public key line ("ssh-ed25519 AAAA… comment"); empty when the line is
// not one.
[[nodiscard]] QString sshFingerprintFromPublicKeyLine(const QString &line);
// Puts a user-given fingerprint in the canonical form: trims, accepts a missing "SHA256:"
// prefix and trailing '=' padding. Returns it unchanged when it is no SHA-256 fingerprint.
[[nodiscard]] QString normalizeSshFingerprint(const QString &fingerprint);

} // namespace hydron::source
