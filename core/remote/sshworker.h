// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SshTransport: the object that owns the libssh session on the SSH worker thread.
// Every member runs on that thread; SshTransport talks to it through queued calls and signals.

#include "core/model/server.h"
#include "core/remote/outputcollector.h"
#include "core/remote/sshtransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPromise>
#include <QSocketNotifier>
#include <QTimer>

#include <deque>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <map>
#include <memory>

namespace hydron::remote {

class SshWorker final : public QObject
{
    Q_OBJECT

public:
    SshWorker(const Server &server, SshOptions options);
    ~SshWorker() override;

    void setPinnedFingerprint(const QString &fingerprint) { m_server.hostKeyFingerprint = fingerprint; }
    void connectNow(const std::shared_ptr<QPromise<Result<ConnectionInfo>>> &promise);
    void disconnectNow();
    void startCommand(quint64 id, const Command &command);
    void stopCommand(quint64 id, const Error &reason);
    void upload(const std::shared_ptr<QPromise<Result<void>>> &promise, const QByteArray &data,
                const QString &localPath, const QString &remotePath, int mode);
    void readFile(const std::shared_ptr<QPromise<Result<QByteArray>>> &promise, const QString &remotePath,
                  qint64 maxBytes);

Q_SIGNALS:
    void commandStarted(quint64 id);
    void commandOutput(quint64 id, const QList<hydron::remote::OutputLine> &lines);
    void commandFinished(quint64 id, const hydron::Result<hydron::remote::ExitInfo> &result);
    void connectedChanged(bool connected);

private:
    struct Running
    {
        quint64 id = 0;
        Command command;
        ssh_channel channel = nullptr;
        ssh_channel_callbacks_struct callbacks{};
        OutputCollector out;
        QElapsedTimer clock;
        qint64 lastFlushMs = 0;
        qint64 stdinOffset = 0;
        bool stdinClosed = false;
        bool eof = false;
        int exitStatus = -1;
        QString exitSignal;
        std::optional<Error> stopReason;
        qint64 stopDeadlineMs = 0;
        bool groupKillSent = false;
    };
    struct Helper
    {
        ssh_channel channel = nullptr;
        QElapsedTimer clock;
    };

    [[nodiscard]] QString where() const;
    [[nodiscard]] Result<ConnectionInfo> ensureConnected();
    [[nodiscard]] Result<ConnectionInfo> connectSession();
    [[nodiscard]] Result<QString> authenticate(ssh_session session);
    [[nodiscard]] Result<sftp_session> ensureSftp();
    [[nodiscard]] Error sessionError(const QString &what) const;
    [[nodiscard]] bool sessionAlive() const;
    void dropSession();
    void connectionLost(const QString &technical);

    void startWaiting();
    [[nodiscard]] Result<void> openChannel(Running &run);
    void pump();
    void housekeeping();
    void keepalive();
    void feedStdin(Running &run);
    void flush(Running &run, bool force);
    void stop(Running &run, const Error &reason);
    void killGroup(Running &run);
    void complete(quint64 id);
    void releaseChannel(Running &run, bool close);
    void finishWithError(quint64 id, Error error); // by value: the error may live in the erased run
    void runHelper(const QString &commandLine);
    // Runs a short command to its end, blocking this thread; the exit status.
    [[nodiscard]] Result<int> execSync(const QString &commandLine);
    void updateActivity();

    Result<void> doUpload(const std::shared_ptr<QPromise<Result<void>>> &promise, const QByteArray &data,
                          const QString &localPath, const QString &remotePath, int mode);
    Error sftpError(const QString &message, const QString &path) const;

    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *errmsg,
                             const char *lang, void *userdata);

    Server m_server;
    SshOptions m_options;
    ssh_session m_session = nullptr;
    sftp_session m_sftp = nullptr;
    ConnectionInfo m_info;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_housekeeping = nullptr;
    QTimer *m_gateTimer = nullptr; // pumps again while a command's output gate is closed
    bool m_gated = false;          // some command's output waits for its consumer
    QTimer *m_keepalive = nullptr;
    std::map<quint64, std::unique_ptr<Running>> m_running;
    std::deque<std::unique_ptr<Running>> m_waiting;
    std::vector<Helper> m_helpers;
    QByteArray m_buffer;
    bool m_inPump = false;
};

} // namespace hydron::remote
