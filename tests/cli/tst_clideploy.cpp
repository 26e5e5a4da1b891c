// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real hydron-cli binary for "deploy", "releases" and "rollback" where no server is
// reached: what they refuse, and that deploy without --yes shows the plan and stores nothing.
// The deploy itself runs against a real server in tests/integration/deploy.
#include "core/coreservices.h"
#include "core/store/projectstore.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliDeploy final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_data;

    Outcome cli(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HYDRON_DATA_DIR"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HYDRON_CLI_PATH), QStringList{u"--data-dir"_s, m_data} + arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return {};
        }
        Outcome o;
        o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        o.out = QString::fromUtf8(process.readAllStandardOutput());
        o.err = QString::fromUtf8(process.readAllStandardError());
        return o;
    }

    static QString fixture() { return QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = m_root.filePath(u"data"_s);
        // A server that is never reached: nothing below connects.
        const Outcome added = cli({u"servers"_s, u"add"_s, u"far"_s, u"root@192.0.2.1"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void deploy_withoutServer_refused()
    {
        const Outcome o = cli({u"deploy"_s, fixture()});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"--server NAME"_s), qPrintable(o.err));
    }

    void deploy_unknownServer_refused()
    {
        const Outcome o = cli({u"deploy"_s, fixture(), u"--server"_s, u"nowhere"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"nowhere"_s), qPrintable(o.err));
    }

    void deploy_withoutYes_showsPlan_storesNothing()
    {
        const Outcome o = cli({u"deploy"_s, fixture(), u"--server"_s, u"far"_s, u"--domain"_s, u"app.test"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(u"redis"_s) && o.out.contains(u"https://app.test"_s), qPrintable(o.out));
        QVERIFY2(o.err.contains(u"Nothing was deployed"_s) && o.err.contains(u"--yes"_s), qPrintable(o.err));
        auto core = hydron::CoreServices::open(m_data, {.fileLogging = false, .markInterrupted = false});
        QVERIFY(core);
        QVERIFY((*core)->projects().projects().isEmpty());
    }

    // Images and templates deploy like code: their services are planned (and shown without --yes).
    void deploy_imageAndTemplateSources_showTheirPlan()
    {
        const Outcome image = cli({u"deploy"_s, u"hydron-test/busybox:latest"_s, u"--port"_s, u"8080"_s, u"--server"_s,
                                   u"far"_s, u"--domain"_s, u"image.test"_s});
        QCOMPARE(image.exitCode, 1);
        QVERIFY2(image.out.contains(u"image hydron-test/busybox:latest"_s) &&
                     image.out.contains(u"https://image.test"_s),
                 qPrintable(image.out + image.err));
        QVERIFY2(image.err.contains(u"Nothing was deployed"_s), qPrintable(image.err));
        const Outcome tmpl =
            cli({u"deploy"_s, u"template:node-postgres"_s, u"--server"_s, u"far"_s, u"--domain"_s, u"t.test"_s});
        QCOMPARE(tmpl.exitCode, 1);
        QVERIFY2(tmpl.out.contains(u"image node:20.18.0-alpine"_s) && tmpl.out.contains(u"https://t.test"_s),
                 qPrintable(tmpl.out + tmpl.err));
        QVERIFY2(tmpl.err.contains(u"Nothing was deployed"_s), qPrintable(tmpl.err));
        // --port is for images only, as with plan.
        const Outcome port = cli({u"deploy"_s, fixture(), u"--port"_s, u"80"_s, u"--server"_s, u"far"_s});
        QCOMPARE(port.exitCode, 1);
        QVERIFY2(port.err.contains(u"--port applies to Docker images only"_s), qPrintable(port.err));
        auto core = hydron::CoreServices::open(m_data, {.fileLogging = false, .markInterrupted = false});
        QVERIFY(core);
        QVERIFY((*core)->projects().projects().isEmpty());
    }

    void releasesAndRollback_projectOnNoServer_sayWhy()
    {
        QCOMPARE(cli({u"projects"_s, u"add"_s, u"pyapp"_s}).exitCode, 0);
        for (const QStringList &args :
             {QStringList{u"releases"_s, u"pyapp"_s}, QStringList{u"rollback"_s, u"pyapp"_s}}) {
            const Outcome o = cli(args);
            QCOMPARE(o.exitCode, 1);
            QVERIFY2(o.err.contains(u"is on no server yet"_s), qPrintable(o.err));
        }
        const Outcome unknown = cli({u"releases"_s, u"nothing-here"_s});
        QCOMPARE(unknown.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDeploy)
#include "tst_clideploy.moc"
