// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenSSH server on 127.0.0.1 for one test: its own port, throwaway host and user keys,
// authorized_keys, pid file and log in a temporary folder. It never touches /etc/ssh or the
// machine's own sshd, and stops only the processes it started (by pid).
class SshdFixture final
{
public:
    SshdFixture();
    ~SshdFixture();

    [[nodiscard]] static bool available(QString *why);

    // Generates keys and starts sshd; false with a reason when it cannot.
    bool start(QString *why);
    // Stops sshd and every process under it (the sessions and their commands).
    void stop();
    // Kills sshd and its sessions at once (SIGKILL): the connection drops like a crash.
    void crash();
    // Starts again on the same port; with a new host key when `newHostKey`.
    bool restart(bool newHostKey, QString *why);

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString userKey() const { return path(QStringLiteral("user_ed25519")); }
    [[nodiscard]] QString hostKeyFingerprint() const; // as ssh-keygen prints it
    [[nodiscard]] int acceptedLogins() const;         // "Accepted publickey" lines in the log
    [[nodiscard]] QString log() const;

    // A server entry for this sshd: root@127.0.0.1:port with the user key, host key pinned.
    [[nodiscard]] hydron::Server server(bool pinned = true) const;

    // Creates a new key pair (not authorized unless `authorize`); returns the private key path.
    QString makeUserKey(const QString &name, bool authorize, const QString &passphrase = {});

    // Runs a program to its end (test helper, blocking): exit code, stdout in `out`.
    static int runProgram(const QString &program, const QStringList &args, QByteArray *out = nullptr,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

private:
    bool launch(QString *why);
    bool makeHostKey(QString *why);
    void killTree(int signal);

    QTemporaryDir m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_sshd;
    int m_hostKeyGeneration = 0;
};
