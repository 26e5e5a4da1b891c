// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Clones over Git's smart HTTP from a server this test runs on the loopback interface (git
// http-backend behind a small HTTP/1.1 server), over TLS with a test certificate authority,
// to check that HTTPS tokens come from the CredentialProvider, travel only in the
// Authorization header, and are written nowhere: not in the remote URL, .git/config, any
// other file of the clone, or the diagnostic log.
#include "core/logging.h"
#include "core/source/libgit2fetcher.h"
#include "gittestsupport.h"
#include "smarthttpserver.h"
#include "testcredentials.h"

#include <QDir>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;
using namespace hydron::test;

namespace {
const QString User = u"hydron-test"_s;
const QString Token = u"hydron_T0ken_5ecret_4242"_s;
} // namespace

class TestLibGit2FetcherHttp final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestRepository m_repo;
    std::shared_ptr<TestCredentials> m_credentials = std::make_shared<TestCredentials>();
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_untrustedCertificate;
    QSslKey m_untrustedKey;
    std::ostringstream m_logText;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_logSink;

    QString root() const { return m_dir.filePath(u"src"_s); }
    QString logText() const { return QString::fromStdString(m_logText.str()); }

    bool openssl(const QStringList &args)
    {
        const ProcessResult r = run(u"openssl"_s, args, m_dir.path());
        if (!r.ok())
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), r.err.constData());
        return r.ok();
    }

    static QSslCertificate loadCertificate(const QString &path) { return QSslCertificate(readFile(path), QSsl::Pem); }
    static QSslKey loadKey(const QString &path) { return QSslKey(readFile(path), QSsl::Rsa, QSsl::Pem); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_repo.create(root());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString execPath = QString::fromUtf8(git({u"--exec-path"_s}).out.trimmed());
        QVERIFY2(QFileInfo::exists(execPath + u"/git-http-backend"_s),
                 "git http-backend is missing (Debian package git)");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here, so the test cannot serve HTTPS.");
        if (!run(u"openssl"_s, {u"version"_s}).ok())
            QSKIP("openssl is missing: install the Debian package openssl to make the test certificates.");

        // A test CA, a certificate it signs for localhost, and one it does not know.
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                         u"-out"_s, u"ca.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Hydron Test CA"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s,
                         u"server.csr"_s, u"-subj"_s, u"/CN=localhost"_s}));
        QVERIFY(writeFile(m_dir.filePath(u"server.ext"_s), "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n"
                                                           "keyUsage=digitalSignature,keyEncipherment\n"
                                                           "extendedKeyUsage=serverAuth\n"));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                         u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s,
                         u"-extfile"_s, u"server.ext"_s}));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                         u"untrusted.key"_s, u"-out"_s, u"untrusted.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost"_s}));
        m_certificate = loadCertificate(m_dir.filePath(u"server.crt"_s));
        m_key = loadKey(m_dir.filePath(u"server.key"_s));
        m_untrustedCertificate = loadCertificate(m_dir.filePath(u"untrusted.crt"_s));
        m_untrustedKey = loadKey(m_dir.filePath(u"untrusted.key"_s));
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
        QVERIFY(!m_untrustedCertificate.isNull() && !m_untrustedKey.isNull());

        // libgit2 trusts the system bundle plus the test CA.
        const QString bundle = m_dir.filePath(u"bundle.pem"_s);
        QVERIFY(writeFile(bundle, readFile(u"/etc/ssl/certs/ca-certificates.crt"_s) + '\n' +
                                      readFile(m_dir.filePath(u"ca.crt"_s))));
        auto trusted = LibGit2Fetcher::setCertificateAuthorities(bundle);
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().toString()));
        QVERIFY(!LibGit2Fetcher::setCertificateAuthorities(m_dir.filePath(u"missing.pem"_s)));

        // Everything the git logger writes, at every level, is kept for the checks below.
        m_logSink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_logText);
        auto log = logging::logger(logging::Channel::Git);
        log->sinks().push_back(m_logSink);
        log->set_level(spdlog::level::trace);
    }

    void https_tokenFromProvider_isSentButWrittenNowhere()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen(m_certificate, m_key));
        server.requireLogin(User, Token);
        m_credentials->clear();
        m_credentials->setHttps(HttpsCredential{User, Token});
        m_logText.str({});

        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString url = u"https://localhost:%1/repo.git"_s.arg(server.port());
        const JobRun run = runJob(fetcher.fetch({url, {}, {}}, this));
        QVERIFY(run.result.has_value());
        QVERIFY2(run.result->has_value(), qPrintable(describe(run.result)));
        const CloneResult &result = **run.result;
        QCOMPARE(result.commit, m_repo.c2);
        QCOMPARE(readFile(result.path + u"/README.md"_s), QByteArray("v2\n"));

        // The provider was asked once, for this host, and its token reached the server in the
        // Authorization header only.
        QCOMPARE(m_credentials->httpsQuestions(), QStringList{u"localhost "_s + url});
        QVERIFY(server.logins().contains(User + u':' + Token));
        for (const QString &line : server.requestLines())
            QVERIFY2(!line.contains(Token), qPrintable(line));

        // Written nowhere: .git/config, any file of the clone, the log.
        const QByteArray config = readFile(result.path + u"/.git/config"_s);
        QVERIFY(!config.isEmpty());
        QVERIFY(!config.contains(Token.toUtf8()));
        QCOMPARE(QString::fromUtf8(git({u"config"_s, u"remote.origin.url"_s}, result.path).out.trimmed()), url);
        QVERIFY(!allMetadata(result.path).contains(Token.toUtf8()));
        QVERIFY(!allMetadata(fetcher.cacheRoot()).contains(Token.toUtf8()));
        QVERIFY2(logText().contains(u"sending the stored token for localhost"_s), qPrintable(logText()));
        QVERIFY(!logText().contains(Token));

        // Redeploy: fetched into the cache, the token asked for again, still stored nowhere.
        const JobRun again = runJob(fetcher.fetch({url, {}, {}}, this));
        QVERIFY2(again.result && *again.result, qPrintable(describe(again.result)));
        QVERIFY((*again.result)->fromCache);
        QCOMPARE(m_credentials->httpsQuestions().size(), 2);
        QVERIFY(!allMetadata(result.path).contains(Token.toUtf8()));
        QVERIFY(!logText().contains(Token));
    }

    void https_wrongToken_failsOnceWithAClearMessage()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen(m_certificate, m_key));
        server.requireLogin(User, Token);
        const QString wrong = u"wrong_token_99999"_s;
        m_credentials->clear();
        m_credentials->setHttps(HttpsCredential{User, wrong});
        m_logText.str({});

        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString url = u"https://localhost:%1/repo.git"_s.arg(server.port());
        const JobRun run = runJob(fetcher.fetch({url, {}, {}}, this), 30000);
        QVERIFY2(run.result.has_value(), "a refused token must end the job (no endless credential loop)");
        QVERIFY(!*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"Authentication failed: localhost refused the token. Check that it is still valid and may read "
                 "this repository."_s);
        QCOMPARE(m_credentials->httpsQuestions().size(), 1);
        QVERIFY(server.unauthorized() <= 3);
        QVERIFY(!run.result->error().toString().contains(wrong));
        QVERIFY(!logText().contains(wrong));
        QVERIFY(!QFileInfo::exists(fetcher.cacheDirFor(url)));
    }

    void https_noStoredToken_saysSo()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen(m_certificate, m_key));
        server.requireLogin(User, Token);
        m_credentials->clear();
        m_credentials->setHttps(std::nullopt);
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString url = u"https://localhost:%1/repo.git"_s.arg(server.port());
        const JobRun run = runJob(fetcher.fetch({url, {}, {}}, this), 30000);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::NotFound);
        QCOMPARE(run.result->error().message,
                 u"localhost asks for a login to %1, and no access token is stored for this host. Add a personal "
                 "access token for localhost, or check the URL: some hosts ask for a login when a repository does "
                 "not exist."_s.arg(url));
        QCOMPARE(m_credentials->httpsQuestions().size(), 1);
    }

    void https_tokenWrittenIntoTheUrl_isTakenOutOfIt()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen(m_certificate, m_key));
        server.requireLogin(User, Token);
        m_credentials->clear();
        m_logText.str({});
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString clean = u"https://localhost:%1/repo.git"_s.arg(server.port());
        const QString withToken = u"https://%1:%2@localhost:%3/repo.git"_s.arg(User, Token).arg(server.port());
        const JobRun run = runJob(fetcher.fetch({withToken, {}, {}}, this));
        QVERIFY2(run.result && *run.result, qPrintable(describe(run.result)));
        QCOMPARE((*run.result)->path, fetcher.cacheDirFor(clean));
        QVERIFY(m_credentials->httpsQuestions().isEmpty());
        QVERIFY(server.logins().contains(User + u':' + Token));
        QCOMPARE(QString::fromUtf8(git({u"config"_s, u"remote.origin.url"_s}, (*run.result)->path).out.trimmed()),
                 clean);
        QVERIFY(!allMetadata((*run.result)->path).contains(Token.toUtf8()));
        QVERIFY(!logText().contains(Token));
    }

    void https_untrustedCertificate_isRefused()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen(m_untrustedCertificate, m_untrustedKey));
        m_credentials->clear();
        m_credentials->setHttps(HttpsCredential{User, Token});
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const JobRun run =
            runJob(fetcher.fetch({u"https://localhost:%1/repo.git"_s.arg(server.port()), {}, {}}, this), 30000);
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::Network);
        QCOMPARE(run.result->error().message,
                 u"The TLS certificate of localhost is not valid or not trusted by this computer; Hydron does not "
                 "connect."_s);
        // Nothing was sent to a server whose identity could not be checked.
        QVERIFY(m_credentials->httpsQuestions().isEmpty());
        QVERIFY(server.requestLines().isEmpty());
    }

    void http_loopbackWithoutLogin_clones()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen());
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        m_credentials->clear();
        const JobRun run =
            runJob(fetcher.fetch({u"http://127.0.0.1:%1/repo.git"_s.arg(server.port()), u"feature"_s, {}}, this));
        QVERIFY2(run.result && *run.result, qPrintable(describe(run.result)));
        QCOMPARE((*run.result)->commit, m_repo.c3);
        QVERIFY(run.stages.contains(CloneStage::Receiving));
        QVERIFY(m_credentials->httpsQuestions().isEmpty());
        QVERIFY(server.requestLines().first().startsWith(u"GET /repo.git/info/refs?service=git-upload-pack"_s));
    }

    void http_missingRepository_saysThereIsNone()
    {
        SmartHttpServer server(root());
        QVERIFY(server.listen());
        QTemporaryDir data;
        LibGit2Fetcher fetcher(LibGit2Fetcher::defaultCacheRoot(data.path()), m_credentials);
        const QString url = u"http://127.0.0.1:%1/nothing.git"_s.arg(server.port());
        const JobRun run = runJob(fetcher.fetch({url, {}, {}}, this));
        QVERIFY(run.result && !*run.result);
        QCOMPARE(run.result->error().code, Error::Code::NotFound);
        QCOMPARE(run.result->error().message,
                 u"There is no Git repository at %1, or this login may not read it. Check the URL."_s.arg(url));
    }
};

QTEST_GUILESS_MAIN(TestLibGit2FetcherHttp)
#include "tst_libgit2fetcher_http.moc"
