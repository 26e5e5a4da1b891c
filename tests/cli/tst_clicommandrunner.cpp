// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks the CLI makes before it hands a value to core: what a --source is, and whether a
// --key file can be used.
#include "app/hydron-cli/commandrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using hydron::ProjectSource;
using hydron::cli::CommandRunner;

class TestCliCommandRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceFromText_kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ProjectSource::Kind>("kind");
        QTest::addColumn<QString>("location");
        using K = ProjectSource::Kind;
        QTest::newRow("https") << u"https://github.com/acme/shop.git"_s << K::Git
                               << u"https://github.com/acme/shop.git"_s;
        QTest::newRow("ssh url") << u"ssh://git@host/acme/shop.git"_s << K::Git << u"ssh://git@host/acme/shop.git"_s;
        QTest::newRow("scp-like") << u"git@github.com:acme/shop.git"_s << K::Git << u"git@github.com:acme/shop.git"_s;
        QTest::newRow("file url") << u"file:///srv/repo.git"_s << K::Git << u"file:///srv/repo.git"_s;
        QTest::newRow("image") << u"nginx"_s << K::Image << u"nginx"_s;
        QTest::newRow("image with tag") << u"nginx:1.25-alpine"_s << K::Image << u"nginx:1.25-alpine"_s;
        QTest::newRow("registry image") << u"registry.example.test/acme/shop-api:v2.1"_s << K::Image
                                        << u"registry.example.test/acme/shop-api:v2.1"_s;
        QTest::newRow("registry with port")
            << u"registry.local:5000/team/app"_s << K::Image << u"registry.local:5000/team/app"_s;
        QTest::newRow("digest") << u"alpine@sha256:%1"_s.arg(QString(64, u'a')) << K::Image
                                << u"alpine@sha256:%1"_s.arg(QString(64, u'a'));
        QTest::newRow("template") << u"template:node-express"_s << K::Template << u"node-express"_s;
        QTest::newRow("trimmed") << u"  redis:7  "_s << K::Image << u"redis:7"_s;
    }

    void sourceFromText_kinds()
    {
        QFETCH(QString, text);
        QFETCH(ProjectSource::Kind, kind);
        QFETCH(QString, location);
        const auto source = CommandRunner::sourceFromText(text);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        QCOMPARE(source->kind, kind);
        QCOMPARE(source->location, location);
    }

    void sourceFromText_folder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto source = CommandRunner::sourceFromText(dir.path() + u"/./"_s);
        QVERIFY(source);
        QCOMPARE(source->kind, ProjectSource::Kind::Folder);
        QCOMPARE(source->location, QDir::cleanPath(dir.path()));
        const auto home = CommandRunner::sourceFromText(u"~"_s);
        QVERIFY(home);
        QCOMPARE(home->location, QDir::cleanPath(QDir::homePath()));
    }

    void sourceFromText_rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("blank") << u"  "_s << u"The source is empty."_s;
        QTest::newRow("spaces") << u"my app"_s
                                << u"\"my app\" is not a Git URL, an existing folder or a Docker image reference."_s;
        QTest::newRow("upper-case image") << u"Nginx"_s
                                          << u"\"Nginx\" is not a Git URL, an existing folder or a Docker image "
                                             "reference."_s;
        QTest::newRow("shell") << u"$(id)"_s
                               << u"\"$(id)\" is not a Git URL, an existing folder or a Docker image reference."_s;
        QTest::newRow("missing absolute folder")
            << u"/nonexistent/hydron/app"_s << u"The folder /nonexistent/hydron/app does not exist."_s;
        QTest::newRow("template without id")
            << u"template:"_s << u"\"template:\" names no template; write template:ID."_s;
    }

    void sourceFromText_rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto source = CommandRunner::sourceFromText(text);
        QVERIFY(!source);
        QCOMPARE(source.error().code, hydron::Error::Code::InvalidInput);
        QCOMPARE(source.error().message, message);
    }

    void checkedKeyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(u"id_ed25519"_s);
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto ok = CommandRunner::checkedKeyFile(dir.path() + u"/./id_ed25519"_s);
        QVERIFY(ok);
        QCOMPARE(*ok, key);

        const auto missing = CommandRunner::checkedKeyFile(dir.filePath(u"nope"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"The key file %1 does not exist."_s.arg(dir.filePath(u"nope"_s)));
        const auto folder = CommandRunner::checkedKeyFile(dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().message, u"The key file %1 is a folder, not a file."_s.arg(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestCliCommandRunner)
#include "tst_clicommandrunner.moc"
