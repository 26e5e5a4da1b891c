// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace hydron::test {

// Git's "smart HTTP" on 127.0.0.1 for tests: a tiny HTTP/1.1 server (plain, or TLS with the
// given certificate) that hands each request to `git http-backend` as a CGI program, the way a
// real Git host's web server does. It can demand HTTP Basic authentication and records what
// it saw, so tests can check which credentials arrived and that none travelled in the URL.
class SmartHttpServer final : public QObject
{
    Q_OBJECT

public:
    // Serves the repositories under `projectRoot` (GIT_PROJECT_ROOT).
    explicit SmartHttpServer(QString projectRoot, QObject *parent = nullptr);
    ~SmartHttpServer() override;

    // Listens on 127.0.0.1 on a free port, plain HTTP.
    bool listen();
    // The same, speaking TLS with this certificate and key.
    bool listen(const QSslCertificate &certificate, const QSslKey &key);
    [[nodiscard]] quint16 port() const;

    // Demands "Authorization: Basic base64(user:token)"; empty token: no authentication.
    void requireLogin(const QString &user, const QString &token);

    [[nodiscard]] QStringList requestLines() const { return m_requestLines; } // "GET /repo.git/info/refs?…"
    [[nodiscard]] QStringList logins() const { return m_logins; }             // decoded "user:token" received
    [[nodiscard]] int unauthorized() const { return m_unauthorized; }         // 401 answers sent

private:
    void accept(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    static void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                        const QByteArray &body);

    QString m_root;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_user;
    QString m_token;
    QStringList m_requestLines;
    QStringList m_logins;
    int m_unauthorized = 0;
};

} // namespace hydron::test
