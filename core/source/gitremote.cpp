// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/gitremote.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hydron::source {
namespace {

std::unexpected<Error> invalid(const QString &message, const QString &detail = {})
{
    return fail(Error::Code::InvalidInput, message, detail);
}

int defaultPort(GitRemote::Scheme scheme)
{
    switch (scheme) {
    case GitRemote::Scheme::Https:
        return 443;
    case GitRemote::Scheme::Http:
        return 80;
    case GitRemote::Scheme::Ssh:
        return 22;
    case GitRemote::Scheme::Git:
        return 9418;
    case GitRemote::Scheme::File:
    case GitRemote::Scheme::Local:
        return -1;
    }
    return -1;
}

QString schemeName(GitRemote::Scheme scheme)
{
    switch (scheme) {
    case GitRemote::Scheme::Https:
        return u"https"_s;
    case GitRemote::Scheme::Http:
        return u"http"_s;
    case GitRemote::Scheme::Ssh:
        return u"ssh"_s;
    case GitRemote::Scheme::Git:
        return u"git"_s;
    case GitRemote::Scheme::File:
    case GitRemote::Scheme::Local:
        return u"file"_s;
    }
    return {};
}

// A repository path on a server, compared without a trailing "/" or ".git".
QString normalizedRemotePath(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u".git"_s))
        path.chop(4);
    return path;
}

// git's rule: "host:path" is scp-like when the first ':' comes before any '/'.
bool looksScpLike(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    const qsizetype slash = text.indexOf(u'/');
    return slash < 0 || colon < slash;
}

} // namespace

Result<GitRemote> GitRemote::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Git", "The Git URL is empty."));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == u'\n' || c == u'\r')
            return invalid(QCoreApplication::translate("hydron::Git", "The Git URL contains a control character."));
    }

    GitRemote remote;
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme == u"https"_s)
            remote.m_scheme = Scheme::Https;
        else if (scheme == u"http"_s)
            remote.m_scheme = Scheme::Http;
        else if (scheme == u"ssh"_s || scheme == u"git+ssh"_s || scheme == u"ssh+git"_s)
            remote.m_scheme = Scheme::Ssh;
        else if (scheme == u"git"_s)
            remote.m_scheme = Scheme::Git;
        else if (scheme == u"file"_s)
            remote.m_scheme = Scheme::File;
        else
            return invalid(QCoreApplication::translate("hydron::Git",
                                                       "Hydron cannot fetch from \"%1\" URLs; use https://, ssh://, "
                                                       "git://, file://, user@host:path or a local folder.")
                               .arg(scheme));

        // QUrl wants the canonical scheme name.
        QString normalized = text;
        if (remote.m_scheme == Scheme::Ssh)
            normalized = u"ssh"_s + text.mid(schemeEnd);
        const QUrl url(normalized, QUrl::StrictMode);
        if (!url.isValid())
            return invalid(QCoreApplication::translate("hydron::Git", "\"%1\" is not a valid URL.").arg(text),
                           url.errorString());

        if (remote.m_scheme == Scheme::File) {
            if (!url.host().isEmpty() && url.host() != u"localhost"_s)
                return invalid(QCoreApplication::translate("hydron::Git",
                                                           "The file URL \"%1\" names the host %2; file URLs can only "
                                                           "point at this computer.")
                                   .arg(text, url.host()));
            remote.m_path = QDir::cleanPath(url.path());
            if (remote.m_path.isEmpty() || remote.m_path == u"/"_s)
                return invalid(
                    QCoreApplication::translate("hydron::Git", "The file URL \"%1\" names no folder.").arg(text));
            remote.m_url = QUrl::fromLocalFile(remote.m_path).toString(QUrl::FullyEncoded);
            return remote;
        }

        if (url.host().isEmpty())
            return invalid(QCoreApplication::translate("hydron::Git", "The URL \"%1\" names no host.").arg(text));
        if (url.path().isEmpty() || url.path() == u"/"_s)
            return invalid(QCoreApplication::translate("hydron::Git", "The URL \"%1\" names no repository on %2.")
                               .arg(QUrl(url).adjusted(QUrl::RemoveUserInfo).toString(), url.host()));
        remote.m_host = url.host();
        remote.m_port = url.port(-1);
        remote.m_path = url.path();
        if (remote.isHttp()) {
            remote.m_embeddedUser = url.userName();
            remote.m_embeddedSecret = url.password();
            remote.m_url = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
        } else if (remote.m_scheme == Scheme::Ssh) {
            if (!url.password().isEmpty())
                return invalid(QCoreApplication::translate("hydron::Git",
                                                           "The SSH URL contains a password. Hydron logs in to SSH "
                                                           "with keys only: remove the password from the URL and "
                                                           "use ssh-agent or a key file."));
            remote.m_user = url.userName();
            remote.m_url = url.toString(QUrl::FullyEncoded);
        } else {
            remote.m_url = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
        }
        return remote;
    }

    if (looksScpLike(text)) {
        const qsizetype colon = text.indexOf(u':');
        const QString userHost = text.left(colon);
        const QString path = text.mid(colon + 1);
        const qsizetype at = userHost.lastIndexOf(u'@');
        remote.m_scheme = Scheme::Ssh;
        remote.m_scpLike = true;
        remote.m_user = at >= 0 ? userHost.left(at) : QString();
        remote.m_host = at >= 0 ? userHost.mid(at + 1) : userHost;
        remote.m_path = path;
        if (remote.m_host.isEmpty())
            return invalid(QCoreApplication::translate("hydron::Git", "The address \"%1\" names no host.").arg(text));
        if (path.isEmpty())
            return invalid(QCoreApplication::translate("hydron::Git", "The address \"%1\" names no repository on %2.")
                               .arg(text, remote.m_host));
        if (remote.m_user.contains(u':'))
            return invalid(QCoreApplication::translate("hydron::Git",
                                                       "The SSH URL contains a password. Hydron logs in to SSH "
                                                       "with keys only: remove the password from the URL and "
                                                       "use ssh-agent or a key file."));
        for (QChar c : remote.m_host) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
                return invalid(
                    QCoreApplication::translate("hydron::Git", "The address \"%1\" has an invalid host name \"%2\".")
                        .arg(text, remote.m_host));
        }
        remote.m_url = text;
        return remote;
    }

    QString path = text;
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    remote.m_scheme = Scheme::Local;
    remote.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    remote.m_url = remote.m_path;
    return remote;
}

bool GitRemote::isLoopback() const
{
    if (isLocal())
        return true;
    if (m_host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString host = m_host;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString GitRemote::cacheKey() const
{
    QString normalized;
    if (isLocal()) {
        normalized = u"file://"_s + m_path;
    } else if (m_scpLike) {
        normalized = u"scp://"_s + (m_user.isEmpty() ? QString() : m_user + u'@') + m_host.toLower() + u':' +
                     normalizedRemotePath(m_path);
    } else {
        normalized = schemeName(m_scheme) + u"://"_s;
        if (m_scheme == Scheme::Ssh && !m_user.isEmpty())
            normalized += m_user + u'@';
        normalized += m_host.toLower();
        if (m_port > 0 && m_port != defaultPort(m_scheme))
            normalized += u':' + QString::number(m_port);
        normalized += normalizedRemotePath(m_path);
    }
    const QByteArray hash = QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(32));
}

QString maskSecrets(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, u"****"_s);
    }
    return text;
}

QString GitRemote::repositoryName() const
{
    QString name = m_path;
    while (name.endsWith(u'/'))
        name.chop(1);
    name = name.section(u'/', -1);
    if (name.endsWith(u".git"))
        name.chop(4);
    return name;
}

} // namespace hydron::source
