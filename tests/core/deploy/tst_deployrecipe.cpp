// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DeployRecipe's compiled steps for the pyapp fixture: names and order, deterministic releases,
// only changed services get a new image or container, secret values never in a script.
#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/secrets/secretmasker.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "deployfixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {
const QString fixture = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp");
const QString secretValue = u"s3cr3t-'$(touch /tmp/pwned)'-value"_s;

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(fi.filePath(), QDir(to).filePath(fi.fileName())))
            return false;
    }
    return true;
}
} // namespace

class TestDeployRecipe final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CoreServices> m_core;
    secrets::SecretMasker m_masker;
    qint64 m_projectId = 0;
    QString m_source;

    deploy::DeployRecipe recipe(Run::Kind kind = Run::Kind::Deploy)
    {
        deploy::DeployOptions o;
        o.cacheDirectory = m_dir.filePath(u"cache"_s);
        o.secretValues = [](const Project &, const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
            return QHash<QString, QString>{{u"web.SECRET_TOKEN"_s, secretValue}};
        };
        return deploy::DeployRecipe(kind, m_core->projects(), m_core->plans(), &m_masker, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto core = CoreServices::open(m_dir.filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
        QVERIFY(core);
        m_core = std::move(*core);
        m_source = m_dir.filePath(u"src"_s);
        QVERIFY(copyFolder(fixture, m_source));
        Project p;
        p.name = u"Py App"_s;
        p.source.kind = ProjectSource::Kind::Folder;
        p.source.location = m_source;
        auto added = m_core->projects().add(p);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        m_projectId = added->id;
    }

    void compile_noApprovedPlan_fails()
    {
        auto r = recipe().compileProject(m_projectId);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"approved"_s), qPrintable(r.error().message));
    }

    void compile_approvedPlan_stepsInOrder_noSecretsInScripts()
    {
        Plan plan;
        plan.projectId = m_projectId;
        plan.status = Plan::Status::Approved;
        plan.body = pyappPlan(u"py-app"_s).toJson();
        QVERIFY(m_core->plans().add(plan));

        auto r = recipe().compileProject(m_projectId);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QStringList names;
        for (const auto &s : r->steps)
            names << s.name;
        QCOMPARE(names, (QStringList{u"prepare"_s, u"build-web"_s, u"start-redis"_s, u"start-web"_s, u"switch"_s,
                                     u"post-deploy-web"_s, u"cleanup"_s}));
        QCOMPARE(r->project, u"py-app"_s);
        QCOMPARE(r->services.size(), 2);
        QCOMPARE(r->services.at(0).container, u"py-app-redis"_s);
        QVERIFY(r->services.at(1).container.startsWith(u"py-app-web-"_s));
        QVERIFY(r->services.at(1).image.startsWith(u"hydron/py-app-web:"_s));
        QCOMPARE(r->steps.at(1).uploads.size(), 1);
        for (const auto &s : r->steps) {
            QVERIFY(s.needsRoot);
            QVERIFY(s.idempotent);
            QVERIFY2(!s.script.contains(secretValue), qPrintable(s.name));
            QVERIFY(!s.script.contains(QString::fromLatin1(secretValue.toUtf8().toBase64())));
            QVERIFY2(!s.envFile.contains(secretValue.toUtf8()), "secret values are encoded, never plain text lines");
        }
        QVERIFY(m_masker.containsSecret(secretValue));

        // The scripts are valid bash.
        for (const auto &s : r->steps) {
            QProcess bash;
            bash.start(u"bash"_s, {u"-n"_s});
            QVERIFY(bash.waitForStarted());
            bash.write(s.script.toUtf8());
            bash.closeWriteChannel();
            QVERIFY(bash.waitForFinished());
            QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        }

        // .dockerignore is honoured.
        QProcess tar;
        tar.start(u"tar"_s, {u"-tf"_s, r->services.at(1).contextTar});
        QVERIFY(tar.waitForFinished());
        const QStringList files = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(files.contains(u"app.py"_s) && files.contains(u"Dockerfile"_s), qPrintable(files.join(u' ')));
        QVERIFY2(!files.contains(u"notes.txt"_s), qPrintable(files.join(u' ')));
    }

    void compile_twice_sameRelease_changeRebuildsOnlyThatService()
    {
        auto one = recipe().compileProject(m_projectId);
        auto two = recipe(Run::Kind::Redeploy).compileProject(m_projectId);
        QVERIFY(one && two);
        QCOMPARE(one->release, two->release);
        // The same steps, but a Redeploy's prepare also checks whether the release is serving.
        QCOMPARE(one->steps.size(), two->steps.size());
        QCOMPARE(one->steps.mid(1), two->steps.mid(1));
        QCOMPARE(one->steps.at(0).script, two->steps.at(0).script);
        QVERIFY(!one->steps.at(0).envFile.contains("HYDRON_IF_SERVING"));
        const QByteArray prepare = two->steps.at(0).envFile;
        QVERIFY2(prepare.contains("\nHYDRON_IF_SERVING=done\n"), prepare.constData());
        const QString web = two->services.at(1).container;
        const QString redis = two->services.at(0).container;
        QVERIFY2(prepare.contains(u"\nHYDRON_SERVING='%1=%2 %3=%4'\n"_s
                                      .arg(redis, two->services.at(0).inputs, web, two->services.at(1).inputs)
                                      .toUtf8()),
                 prepare.constData());
        QVERIFY2(prepare.contains(u"\nHYDRON_POST_DEPLOYED=%1\n"_s.arg(web).toUtf8()), prepare.constData());
        QVERIFY(one->steps.at(0).envFile.startsWith(prepare.left(prepare.indexOf("HYDRON_IF_SERVING"))));

        QFile version(QDir(m_source).filePath(u"VERSION"_s));
        QVERIFY(version.open(QIODevice::WriteOnly | QIODevice::Truncate));
        version.write("v2\n");
        version.close();
        auto three = recipe(Run::Kind::Redeploy).compileProject(m_projectId);
        QVERIFY(three);
        QVERIFY(three->release != one->release);
        QCOMPARE(three->services.at(0).container, one->services.at(0).container); // redis
        QCOMPARE(three->services.at(0).inputs, one->services.at(0).inputs);
        QVERIFY(three->services.at(1).image != one->services.at(1).image); // web
        QVERIFY(three->services.at(1).container != one->services.at(1).container);

        // A change in notes.txt (ignored) changes nothing.
        QFile notes(QDir(m_source).filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::Append));
        notes.write("more\n");
        notes.close();
        auto four = recipe(Run::Kind::Redeploy).compileProject(m_projectId);
        QVERIFY(four);
        QCOMPARE(four->release, three->release);
    }

    void compile_secretsGivenAhead_noProvider()
    {
        deploy::DeployOptions o;
        o.cacheDirectory = m_dir.filePath(u"cache"_s);
        deploy::DeployRecipe r(Run::Kind::Deploy, m_core->projects(), m_core->plans(), nullptr, o);
        auto refused = r.compileProject(m_projectId);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"keychain"_s), qPrintable(refused.error().message));
        r.setSecretValues(m_projectId, {{u"web.SECRET_TOKEN"_s, secretValue}});
        QVERIFY(r.compileProject(m_projectId));
        // The same through CoreServices, which also masks the values.
        m_core->setDeploySecretValues(m_projectId, {{u"web.SECRET_TOKEN"_s, u"another-secret"_s}});
        QVERIFY(m_core->masker().containsSecret(u"another-secret"_s));
    }

    // Names that reach docker or paths are checked; values travel only base64-encoded.
    void compile_shellMetacharacters_refusedOrLiteral()
    {
        Project project = *m_core->projects().find(m_projectId);
        planning::PlanDocument doc = pyappPlan(u"py-app"_s);
        doc.services[1].env.append(
            planning::PlanEnvVar::literal(u"GREETING"_s, u"$(reboot); `id` | rm -rf / 'x' \"y\""_s));
        auto ok = recipe().compilePlan(project, doc);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        for (const auto &step : ok->steps) {
            QVERIFY(!step.script.contains(u"reboot"_s));
            QVERIFY(!step.envFile.contains("reboot"));
        }

        planning::PlanDocument badName = pyappPlan(u"py-app"_s);
        badName.services[1].name = u"web;touch /tmp/x"_s;
        badName.services[1].dependsOn.clear();
        auto refused = recipe().compilePlan(project, badName);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"cannot be used on a server"_s),
                 qPrintable(refused.error().message));

        planning::PlanDocument badVolume = pyappPlan(u"py-app"_s);
        badVolume.services[0].volumes = {planning::PlanVolume{u"data"_s, u"/data:/etc"_s}};
        QVERIFY(!recipe().compilePlan(project, badVolume));

        planning::PlanDocument lineBreak = pyappPlan(u"py-app"_s);
        lineBreak.services[1].env.append(planning::PlanEnvVar::literal(u"TWO"_s, u"a\nHYDRON_X=1"_s));
        QVERIFY(!recipe().compilePlan(project, lineBreak));
    }

    void projectSlug_cases()
    {
        QCOMPARE(deploy::projectSlug(u"Py App"_s), u"py-app"_s);
        QCOMPARE(deploy::projectSlug(u"--$(rm -rf /)"_s), u"rm-rf"_s);
        QCOMPARE(deploy::projectSlug(u"!!!"_s), u"app"_s);
    }

    void cleanupTestCase() { m_core.reset(); }
};

QTEST_GUILESS_MAIN(TestDeployRecipe)
#include "tst_deployrecipe.moc"
