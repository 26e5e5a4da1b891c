// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/gitremote.h"
#include "core/source/sshhostkey.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;

Q_DECLARE_METATYPE(GitRemote::Scheme)

class TestGitRemote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<GitRemote::Scheme>("scheme");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");

        QTest::newRow("https") << u"https://github.com/acme/shop.git"_s << GitRemote::Scheme::Https
                               << u"https://github.com/acme/shop.git"_s << u"github.com"_s << -1 << QString()
                               << u"/acme/shop.git"_s;
        QTest::newRow("https with port and spaces around")
            << u"  https://git.example.com:8443/a/b  "_s << GitRemote::Scheme::Https
            << u"https://git.example.com:8443/a/b"_s << u"git.example.com"_s << 8443 << QString() << u"/a/b"_s;
        QTest::newRow("http") << u"http://127.0.0.1:8080/repo.git"_s << GitRemote::Scheme::Http
                              << u"http://127.0.0.1:8080/repo.git"_s << u"127.0.0.1"_s << 8080 << QString()
                              << u"/repo.git"_s;
        QTest::newRow("ssh") << u"ssh://git@example.com:2222/srv/repo.git"_s << GitRemote::Scheme::Ssh
                             << u"ssh://git@example.com:2222/srv/repo.git"_s << u"example.com"_s << 2222 << u"git"_s
                             << u"/srv/repo.git"_s;
        QTest::newRow("git+ssh") << u"git+ssh://example.com/repo"_s << GitRemote::Scheme::Ssh
                                 << u"ssh://example.com/repo"_s << u"example.com"_s << -1 << QString() << u"/repo"_s;
        QTest::newRow("scp-like") << u"git@github.com:acme/shop.git"_s << GitRemote::Scheme::Ssh
                                  << u"git@github.com:acme/shop.git"_s << u"github.com"_s << -1 << u"git"_s
                                  << u"acme/shop.git"_s;
        QTest::newRow("scp-like without user")
            << u"example.com:/srv/repo.git"_s << GitRemote::Scheme::Ssh << u"example.com:/srv/repo.git"_s
            << u"example.com"_s << -1 << QString() << u"/srv/repo.git"_s;
        QTest::newRow("git protocol") << u"git://example.com/repo.git"_s << GitRemote::Scheme::Git
                                      << u"git://example.com/repo.git"_s << u"example.com"_s << -1 << QString()
                                      << u"/repo.git"_s;
        QTest::newRow("file url") << u"file:///srv/git/repo.git/"_s << GitRemote::Scheme::File
                                  << u"file:///srv/git/repo.git"_s << QString() << -1 << QString()
                                  << u"/srv/git/repo.git"_s;
        QTest::newRow("absolute path") << u"/srv/git/../git/repo"_s << GitRemote::Scheme::Local << u"/srv/git/repo"_s
                                       << QString() << -1 << QString() << u"/srv/git/repo"_s;
        QTest::newRow("relative path with colon after slash")
            << u"./a:b"_s << GitRemote::Scheme::Local << QDir::current().absoluteFilePath(u"a:b"_s) << QString() << -1
            << QString() << QDir::current().absoluteFilePath(u"a:b"_s);
        QTest::newRow("home path") << u"~/src/app"_s << GitRemote::Scheme::Local << QDir::homePath() + u"/src/app"_s
                                   << QString() << -1 << QString() << QDir::homePath() + u"/src/app"_s;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(GitRemote::Scheme, scheme);
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, path);
        auto remote = GitRemote::parse(text);
        QVERIFY2(remote.has_value(), qPrintable(remote ? QString() : remote.error().message));
        QCOMPARE(remote->scheme(), scheme);
        QCOMPARE(remote->url(), url);
        QCOMPARE(remote->host(), host);
        QCOMPARE(remote->port(), port);
        QCOMPARE(remote->user(), user);
        QCOMPARE(remote->path(), path);
        QVERIFY(remote->embeddedSecret().isEmpty());
    }

    void parse_invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u"  "_s << u"The Git URL is empty."_s;
        QTest::newRow("control") << u"https://a/b\u0007"_s << u"The Git URL contains a control character."_s;
        QTest::newRow("ftp") << u"ftp://example.com/repo.git"_s
                             << u"Hydron cannot fetch from \"ftp\" URLs; use https://, ssh://, git://, file://, "
                                "user@host:path or a local folder."_s;
        QTest::newRow("no host") << u"https:///repo.git"_s << u"The URL \"https:///repo.git\" names no host."_s;
        QTest::newRow("no path") << u"https://example.com/"_s
                                 << u"The URL \"https://example.com/\" names no repository on example.com."_s;
        QTest::newRow("ssh password")
            << u"ssh://me:hunter22@example.com/repo"_s
            << u"The SSH URL contains a password. Hydron logs in to SSH with keys only: remove the password from the "
               "URL and use ssh-agent or a key file."_s;
        QTest::newRow("file url with host")
            << u"file://server/share/repo"_s
            << u"The file URL \"file://server/share/repo\" names the host server; file URLs can only point at this "
               "computer."_s;
        QTest::newRow("scp without path")
            << u"git@example.com:"_s << u"The address \"git@example.com:\" names no repository on example.com."_s;
    }

    void parse_invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto remote = GitRemote::parse(text);
        QVERIFY(!remote.has_value());
        QCOMPARE(remote.error().code, Error::Code::InvalidInput);
        QCOMPARE(remote.error().message, message);
    }

    void parse_httpsCredentialsInUrl_areTakenOutOfTheUrl()
    {
        auto remote = GitRemote::parse(u"https://deploy:ghp_S3cretToken1234@github.com/acme/shop.git"_s);
        QVERIFY(remote);
        QCOMPARE(remote->url(), u"https://github.com/acme/shop.git"_s);
        QCOMPARE(remote->displayText(), u"https://github.com/acme/shop.git"_s);
        QCOMPARE(remote->embeddedUser(), u"deploy"_s);
        QCOMPARE(remote->embeddedSecret(), u"ghp_S3cretToken1234"_s);
        QVERIFY(!remote->url().contains(u"S3cret"_s));
        // The same repository without credentials shares the clone cache.
        QCOMPARE(remote->cacheKey(), GitRemote::parse(u"https://github.com/acme/shop"_s)->cacheKey());
    }

    void isLoopback()
    {
        QVERIFY(GitRemote::parse(u"http://127.0.0.1:9/r"_s)->isLoopback());
        QVERIFY(GitRemote::parse(u"http://127.8.9.10/r"_s)->isLoopback());
        QVERIFY(GitRemote::parse(u"http://localhost/r"_s)->isLoopback());
        QVERIFY(GitRemote::parse(u"http://[::1]:8080/r"_s)->isLoopback());
        QVERIFY(GitRemote::parse(u"/srv/repo"_s)->isLoopback());
        QVERIFY(!GitRemote::parse(u"http://10.0.0.1/r"_s)->isLoopback());
        QVERIFY(!GitRemote::parse(u"http://example.com/r"_s)->isLoopback());
        QVERIFY(!GitRemote::parse(u"http://localhost.example.com/r"_s)->isLoopback());
    }

    void repositoryName_lastPathPartWithoutDotGit()
    {
        QCOMPARE(GitRemote::parse(u"https://host.invalid/acme/shop.git"_s)->repositoryName(), u"shop"_s);
        QCOMPARE(GitRemote::parse(u"git@host.invalid:acme/billing-api"_s)->repositoryName(), u"billing-api"_s);
        QCOMPARE(GitRemote::parse(u"ssh://git@host.invalid:2222/srv/repos/site.git/"_s)->repositoryName(), u"site"_s);
        QCOMPARE(GitRemote::parse(u"file:///tmp/x/flask-pipenv.git"_s)->repositoryName(), u"flask-pipenv"_s);
    }

    void cacheKey_sameRepositoryDifferentSpelling_sameKey()
    {
        const QString key = GitRemote::parse(u"https://github.com/acme/shop.git"_s)->cacheKey();
        QCOMPARE(key.size(), 32);
        QCOMPARE(GitRemote::parse(u"HTTPS://GitHub.com/acme/shop"_s)->cacheKey(), key);
        QCOMPARE(GitRemote::parse(u"https://github.com:443/acme/shop/"_s)->cacheKey(), key);
        QCOMPARE(GitRemote::parse(u"file:///srv/repo.git"_s)->cacheKey(),
                 GitRemote::parse(u"/srv/repo.git"_s)->cacheKey());
    }

    void cacheKey_differentRepositories_differentKeys()
    {
        QSet<QString> keys;
        for (const QString &url : {u"https://github.com/acme/shop"_s, u"https://github.com/acme/Shop"_s,
                                   u"https://github.com/acme/blog"_s, u"http://github.com/acme/shop"_s,
                                   u"https://gitlab.com/acme/shop"_s, u"https://github.com:8443/acme/shop"_s,
                                   u"ssh://git@github.com/acme/shop"_s, u"ssh://deploy@github.com/acme/shop"_s,
                                   u"git@github.com:acme/shop"_s, u"/srv/repo"_s, u"/srv/repo.git"_s})
            keys.insert(GitRemote::parse(url)->cacheKey());
        QCOMPARE(keys.size(), 11);
    }

    void maskSecrets_replacesEveryOccurrence()
    {
        QCOMPARE(maskSecrets(u"token abcd1234 and abcd1234 again"_s, {u"abcd1234"_s}), u"token **** and **** again"_s);
        QCOMPARE(maskSecrets(u"nothing here"_s, {u"abcd1234"_s, QString()}), u"nothing here"_s);
    }

    void sshFingerprint_matchesSshKeygen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(u"key"_s);
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, key});
        if (!keygen.waitForStarted())
            QSKIP("ssh-keygen is not installed (Debian package openssh-client)");
        QVERIFY(keygen.waitForFinished());
        QCOMPARE(keygen.exitCode(), 0);
        QProcess list;
        list.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, key + u".pub"_s});
        QVERIFY(list.waitForFinished());
        const QString expected = QString::fromLatin1(list.readAllStandardOutput()).split(u' ').value(1);
        QVERIFY(expected.startsWith(u"SHA256:"_s));

        QFile pub(key + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(sshFingerprintFromPublicKeyLine(QString::fromLatin1(pub.readAll())), expected);
        QCOMPARE(normalizeSshFingerprint(u"  "_s + expected.mid(7) + u"=  "_s), expected);
        QCOMPARE(normalizeSshFingerprint(expected), expected);
        QCOMPARE(normalizeSshFingerprint(u"MD5:aa:bb"_s), u"MD5:aa:bb"_s);
        QCOMPARE(sshFingerprintFromPublicKeyLine(u"not a key"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestGitRemote)
#include "tst_gitremote.moc"
