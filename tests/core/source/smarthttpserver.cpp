// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smarthttpserver.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace hydron::test {

SmartHttpServer::SmartHttpServer(QString projectRoot, QObject *parent)
    : QObject(parent)
    , m_root(std::move(projectRoot))
{}

SmartHttpServer::~SmartHttpServer() = default;

bool SmartHttpServer::listen()
{
    return listen(QSslCertificate(), QSslKey());
}

bool SmartHttpServer::listen(const QSslCertificate &certificate, const QSslKey &key)
{
    if (!certificate.isNull()) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer offers a connection once its TLS handshake is done; QTcpServer at once.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            accept(socket);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 SmartHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void SmartHttpServer::requireLogin(const QString &user, const QString &token)
{
    m_user = user;
    m_token = token;
}

void SmartHttpServer::accept(QTcpSocket *socket)
{
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        read(socket);
}

void SmartHttpServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        respond(socket, "400 Bad Request", {}, {});
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    QByteArray body;
    qsizetype position = headerEnd + 4;
    if (headers.value("transfer-encoding").toLower() == "chunked") {
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", position);
            if (lineEnd < 0)
                return; // more to come
            bool ok = false;
            const qsizetype size =
                buffer.mid(position, lineEnd - position).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                respond(socket, "400 Bad Request", {}, {});
                return;
            }
            if (size == 0) {
                if (buffer.indexOf("\r\n", lineEnd + 2) < 0)
                    return;
                break;
            }
            if (buffer.size() < lineEnd + 2 + size + 2)
                return;
            body += buffer.mid(lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    } else {
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (buffer.size() < position + length)
            return;
        body = buffer.mid(position, length);
    }
    buffer.clear();
    handle(socket, requestLine.at(0), requestLine.at(1), headers, body);
}

void SmartHttpServer::handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                             const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    m_requestLines << QString::fromLatin1(method + ' ' + target);
    QString remoteUser;
    const QByteArray authorization = headers.value("authorization");
    if (authorization.startsWith("Basic ")) {
        const QString login = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
        m_logins << login;
        if (login == m_user + u':' + m_token)
            remoteUser = m_user;
    }
    if (!m_token.isEmpty() && remoteUser.isEmpty()) {
        ++m_unauthorized;
        respond(socket, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"hydron-test\"\r\n", {});
        return;
    }

    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
    env.insert(u"GIT_PROJECT_ROOT"_s, m_root);
    env.insert(u"GIT_HTTP_EXPORT_ALL"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GATEWAY_INTERFACE"_s, u"CGI/1.1"_s);
    env.insert(u"SERVER_PROTOCOL"_s, u"HTTP/1.1"_s);
    env.insert(u"REQUEST_METHOD"_s, QString::fromLatin1(method));
    env.insert(u"PATH_INFO"_s, QString::fromUtf8(QByteArray::fromPercentEncoding(path)));
    env.insert(u"QUERY_STRING"_s, QString::fromLatin1(query));
    env.insert(u"REMOTE_ADDR"_s, u"127.0.0.1"_s);
    if (!remoteUser.isEmpty())
        env.insert(u"REMOTE_USER"_s, remoteUser);
    if (headers.contains("content-type"))
        env.insert(u"CONTENT_TYPE"_s, QString::fromLatin1(headers.value("content-type")));
    if (headers.contains("git-protocol"))
        env.insert(u"HTTP_GIT_PROTOCOL"_s, QString::fromLatin1(headers.value("git-protocol")));
    if (headers.contains("content-encoding"))
        env.insert(u"HTTP_CONTENT_ENCODING"_s, QString::fromLatin1(headers.value("content-encoding")));
    env.insert(u"CONTENT_LENGTH"_s, QString::number(body.size()));

    QProcess backend;
    backend.setProcessEnvironment(env);
    backend.start(u"git"_s, {u"http-backend"_s});
    if (!backend.waitForStarted()) {
        respond(socket, "500 Internal Server Error", {}, "git http-backend did not start");
        return;
    }
    backend.write(body);
    backend.closeWriteChannel();
    backend.waitForFinished(120000);
    const QByteArray output = backend.readAllStandardOutput();
    qsizetype split = output.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0) {
        split = output.indexOf("\n\n");
        skip = 2;
    }
    if (split < 0) {
        respond(socket, "500 Internal Server Error", {}, backend.readAllStandardError());
        return;
    }
    QByteArray status = "200 OK";
    QByteArray responseHeaders;
    for (const QByteArray &line : output.left(split).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.toLower().startsWith("status:"))
            status = trimmed.mid(7).trimmed();
        else
            responseHeaders += trimmed + "\r\n";
    }
    respond(socket, status, responseHeaders, output.mid(split + skip));
}

void SmartHttpServer::respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                              const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + status + "\r\n" + headers;
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace hydron::test
