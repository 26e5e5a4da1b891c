// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deploys as Hydron runs them, against a fresh Debian server container: provision, then deploy
// the pyapp fixture (a Python web app + redis:7) and ask the proxy from inside the server;
// redeploy a change under a request loop (zero failed requests, only the web service rebuilt);
// a release whose health check fails leaves the old one serving; rollback serves the previous
// release. Skips only where no Docker engine can start.
#include "../../core/deploy/deployfixture.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/provisioning.h"
#include "core/remote/sshtransport.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "runharness.h"
#include "testserver.h"

#include <QProcess>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;
using namespace hydron::testenv;

namespace {

const QString fixture = QStringLiteral(HYDRON_SOURCE_DIR "/tests/data/deploy/pyapp");
const QString secretValue = u"tok-'quoted' $(touch /tmp/pwned) `id`"_s;

} // namespace

class TestDeployRun final : public QObject
{
    Q_OBJECT

private:
    TestDocker m_docker;
    std::unique_ptr<TestServer> m_srv;
    QTemporaryDir m_tmp;
    std::unique_ptr<RunHarness> m_h;
    qint64 m_serverId = 0;
    qint64 m_projectId = 0;
    qint64 m_lastRun = 0;
    QString m_source;
    std::shared_ptr<deploy::RollbackRecipe> m_rollback;

    Program onServer(const QString &command, int timeoutMs = 120'000) { return m_srv->ssh(command, timeoutMs); }
    QString fetch()
    {
        return QString::fromUtf8(
            onServer(u"curl -s -m 5 -H 'Host: app.test' http://127.0.0.1/ || echo curl-failed"_s).out.trimmed());
    }
    const RunRecord &runToEnd(Run::Kind kind)
    {
        auto run = m_h->engine->start(kind, m_serverId, m_projectId);
        if (!run)
            qFatal("cannot start: %s", qPrintable(run.error().toString()));
        m_lastRun = run->id;
        if (!m_h->waitFinished(run->id, 900'000))
            qFatal("run %lld did not finish", run->id);
        return m_h->records[run->id];
    }
    // Until Docker's own health check has passed for the web container (as it has long before a
    // user redeploys): the deploy's health gate may take a container on its own probe first.
    bool waitWebHealthy()
    {
        return QTest::qWaitFor(
            [&] {
                return onServer(u"docker ps --filter label=dev.hydron.service=web --filter health=healthy -q | wc -l"_s)
                           .out.trimmed() == "1";
            },
            60'000);
    }
    static QString describe(const RunRecord &r)
    {
        QStringList all;
        for (const auto &l : r.lines)
            all << l.text;
        return r.finalMessage + u'\n' + all.join(u'\n').right(6000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Program up = m_docker.up();
        if (up.code == 77)
            QSKIP(qPrintable(u"no Docker engine can be started here: "_s + QString::fromUtf8(up.err)));
        QVERIFY2(up.ok(), up.describe().constData());
        const Program images =
            m_docker.images({u"base"_s, u"server"_s, u"busybox"_s, u"caddy"_s, u"python"_s, u"redis"_s});
        QVERIFY2(images.ok(), images.describe().constData());
        m_srv = std::make_unique<TestServer>(TestServer::uniqueName(u"deployrun"_s));
        const QString why = m_srv->up();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        m_h = std::make_unique<RunHarness>();
        m_h->makeEngine(RunHarness::fastOptions());
        testenv::prepareEngine(*m_h->engine, m_h->core->servers());
        deploy::DeployOptions options;
        options.cacheDirectory = m_tmp.filePath(u"contexts"_s);
        options.secretValues = [](const Project &, const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
            return QHash<QString, QString>{{u"web.SECRET_TOKEN"_s, secretValue}};
        };
        for (Run::Kind kind : {Run::Kind::Deploy, Run::Kind::Redeploy})
            m_h->engine->addRecipe(std::make_shared<deploy::DeployRecipe>(kind, m_h->core->projects(),
                                                                          m_h->core->plans(), &m_h->masker, options));
        m_rollback = std::make_shared<deploy::RollbackRecipe>(m_h->core->projects());
        m_h->engine->addRecipe(m_rollback);
        m_serverId = m_h->addServer(m_srv->server());

        // The project: a copy of the fixture, with an approved plan.
        m_source = m_tmp.filePath(u"src"_s);
        QVERIFY(QDir().mkpath(m_source));
        for (const QFileInfo &fi : QDir(fixture).entryInfoList(QDir::Files | QDir::Hidden))
            QVERIFY(QFile::copy(fi.filePath(), QDir(m_source).filePath(fi.fileName())));
        Project p;
        p.name = u"pyapp"_s;
        p.source.kind = ProjectSource::Kind::Folder;
        p.source.location = m_source;
        auto added = m_h->core->projects().add(p);
        QVERIFY(added);
        m_projectId = added->id;
        Plan plan;
        plan.projectId = m_projectId;
        plan.status = Plan::Status::Approved;
        plan.body = pyappPlan(u"pyapp"_s).toJson();
        QVERIFY(m_h->core->plans().add(plan));
    }

    void cleanupTestCase()
    {
        m_h.reset();
        m_srv.reset();
    }

    void provision_thenImagesLoaded()
    {
        auto first = m_h->engine->start(Run::Kind::Provision, m_serverId);
        QVERIFY(first);
        QObject::connect(m_h->engine.get(), &RunEngine::stepStarted, m_h->engine.get(),
                         [&](qint64 run, int, const Step &step) {
                             if (run == first->id && step.name == u"docker")
                                 (void)m_h->engine->pause(run);
                         });
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_h->records[first->id].statuses.contains(RunStatus::Paused) || m_h->records[first->id].finished;
            },
            900'000));
        QVERIFY2(!m_h->records[first->id].finished, qPrintable(describe(m_h->records[first->id])));
        const Program save = m_srv->loadImages(
            {u"hydron-test/caddy:2"_s, u"hydron-test/busybox:latest"_s, u"python:3.11-slim"_s, u"redis:7"_s});
        QVERIFY2(save.ok(), save.describe().constData());
        QVERIFY(m_h->engine->resume(first->id));
        QVERIFY(m_h->waitFinished(first->id, 900'000));
        QVERIFY2(m_h->records[first->id].finalStatus == RunStatus::Completed,
                 qPrintable(describe(m_h->records[first->id])));
    }

    void deploy_first_servesThroughProxy()
    {
        const RunRecord &r = runToEnd(Run::Kind::Deploy);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        const QString body = fetch();
        QVERIFY2(body.startsWith(u"hello v1 token=%1"_s.arg(secretValue.size())), qPrintable(body));
        for (const auto &l : r.lines)
            QVERIFY2(!l.text.contains(secretValue), qPrintable(l.text));
        // The secret arrived as a literal value and ran nothing.
        QCOMPARE(onServer(u"test -e /tmp/pwned && echo yes || echo no"_s).out.trimmed(), QByteArray("no"));
        // The env files of the services are 0600.
        const Program modes = onServer(u"stat -c '%a' /opt/hydron/env/pyapp/*.env | sort -u"_s);
        QCOMPARE(modes.out.trimmed(), QByteArray("600"));
    }

    void redeploy_change_zeroFailedRequests_onlyWebRebuilt()
    {
        const QByteArray redisBefore = onServer(u"docker inspect -f '{{.Id}}' pyapp-redis"_s).out.trimmed();
        QVERIFY(writeFile(QDir(m_source).filePath(u"VERSION"_s), "v2\n"));
        // A bounded request loop through the proxy, inside the server, until a stop file appears.
        QProcess loop;
        loop.start(envTools() + u"/hydron-test-server"_s,
                   {u"ssh"_s, m_srv->name(),
                    u"rm -f /tmp/stop-loop; ok=0; bad=0; for i in $(seq 1 3000); do [ -e /tmp/stop-loop ] && break; "
                    "if curl -sf -m 5 -H 'Host: app.test' http://127.0.0.1/ >/dev/null; then ok=$((ok+1)); else "
                    "bad=$((bad+1)); fi; sleep 0.05; done; echo \"ok=$ok bad=$bad\""_s});
        QVERIFY(loop.waitForStarted());
        QTest::qWait(1000);
        const RunRecord &r = runToEnd(Run::Kind::Redeploy);
        onServer(u"touch /tmp/stop-loop"_s);
        QVERIFY(loop.waitForFinished(120'000));
        const auto counts = keyValues(loop.readAllStandardOutput().replace(' ', '\n'));
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QVERIFY2(counts.value(u"ok"_s).toInt() > 10, qPrintable(counts.value(u"ok"_s)));
        QCOMPARE(counts.value(u"bad"_s), u"0"_s);
        // A changed release runs every step: none is cut short or skipped.
        QVERIFY(!r.outcomes.value(0).done);
        const auto stored = m_h->core->runs().find(m_lastRun);
        QVERIFY(stored);
        for (const Step &s : stored->steps)
            QVERIFY2(s.status == StepStatus::Completed, qPrintable(s.name));
        QVERIFY2(fetch().startsWith(u"hello v2"_s), qPrintable(fetch()));
        QCOMPARE(onServer(u"docker inspect -f '{{.Id}}' pyapp-redis"_s).out.trimmed(), redisBefore);
        // Step 1 built web; redis was left untouched (start-redis changed nothing).
        QVERIFY2(r.texts(1).join(u'\n').contains(u"changed: built image"_s), qPrintable(r.texts(1).join(u'\n')));
        QCOMPARE(r.outcomes.value(2).changed, 0);
        // The old web container is stopped (kept for rollback), the new one runs.
        QCOMPARE(onServer(u"docker ps -q --filter label=dev.hydron.service=web | wc -l"_s).out.trimmed(),
                 QByteArray("1"));
    }

    // Nothing changed and the release serves, healthy: the run ends after its first step (prepare
    // prints HYDRON-DONE); nothing is rebuilt or restarted, the post-deploy command does not run.
    void redeploy_noChange_buildsNothing()
    {
        QVERIFY2(waitWebHealthy(), "Docker never saw the web container healthy");
        // What runs, since when (a restarted container has a new start time).
        const QString running = u"docker inspect -f '{{.Name}} {{.Id}} {{.State.StartedAt}}' "
                                "$(docker ps -q --filter label=dev.hydron.project=pyapp) | sort"_s;
        const QByteArray before = onServer(running).out;
        QVERIFY2(before.count('\n') == 2, before.constData()); // web and redis
        const RunRecord &r = runToEnd(Run::Kind::Redeploy);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QVERIFY2(r.outcomes.value(0).done, qPrintable(describe(r)));
        QCOMPARE(r.outcomes.value(0).changed, 0);
        QCOMPARE(r.events.filter(u"step-started:"_s), QStringList{u"step-started:0"_s});
        const auto stored = m_h->core->runs().find(m_lastRun);
        QVERIFY(stored);
        QVERIFY(stored->steps.size() > 5);
        QCOMPARE(stored->steps.at(0).status, StepStatus::Completed);
        for (qsizetype i = 1; i < stored->steps.size(); ++i)
            QVERIFY2(stored->steps.at(i).status == StepStatus::Skipped, qPrintable(stored->steps.at(i).name));
        QVERIFY2(r.outcomes.value(1).message.startsWith(u"nothing changed: release r"_s) &&
                     r.outcomes.value(1).message.endsWith(u" is serving and healthy"_s),
                 qPrintable(r.outcomes.value(1).message));
        QVERIFY2(r.finalMessage.contains(u"nothing changed"_s), qPrintable(r.finalMessage));
        QVERIFY2(!r.texts().join(u'\n').contains(u"running in"_s), qPrintable(describe(r))); // no post-deploy
        QCOMPARE(onServer(running).out, before);
        QVERIFY2(fetch().startsWith(u"hello v2"_s), qPrintable(fetch()));
    }

    // Nothing changed, but the web container was stopped: the Redeploy is not cut short; it starts
    // the container again and the app serves again.
    void redeploy_noChange_containerStopped_startsItAgain()
    {
        const QByteArray web =
            onServer(u"docker ps --format '{{.Names}}' --filter label=dev.hydron.service=web"_s).out.trimmed();
        QVERIFY2(web.startsWith("pyapp-web-") && !web.contains('\n'), web.constData());
        QVERIFY(onServer(u"docker stop -t 2 "_s + QString::fromUtf8(web)).ok());
        QVERIFY2(!fetch().startsWith(u"hello"_s), qPrintable(fetch()));
        const RunRecord &r = runToEnd(Run::Kind::Redeploy);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QVERIFY2(!r.outcomes.value(0).done, qPrintable(describe(r)));
        QVERIFY2(r.texts(0).join(u'\n').contains(u"is exited"_s), qPrintable(r.texts(0).join(u'\n')));
        const auto stored = m_h->core->runs().find(m_lastRun);
        QVERIFY(stored);
        for (const Step &s : stored->steps)
            QVERIFY2(s.status == StepStatus::Completed, qPrintable(s.name));
        QVERIFY2(describe(r).contains(u"changed: started container %1 again"_s.arg(QString::fromUtf8(web))),
                 qPrintable(describe(r)));
        QVERIFY2(fetch().startsWith(u"hello v2"_s), qPrintable(fetch()));
        QCOMPARE(onServer(u"docker ps --format '{{.Names}}' --filter label=dev.hydron.service=web"_s).out.trimmed(),
                 web);
    }

    void deploy_unhealthy_failsWithHealthLog_oldKeepsServing()
    {
        QVERIFY(writeFile(QDir(m_source).filePath(u"VERSION"_s), "broken\n"));
        const RunRecord &r = runToEnd(Run::Kind::Deploy);
        QCOMPARE(r.finalStatus, RunStatus::Failed);
        const QString err = r.texts(-2, LogLine::Stream::Stderr).join(u'\n');
        QVERIFY2(err.contains(u"health log of"_s) && err.contains(u"log: starting version broken"_s), qPrintable(err));
        QVERIFY2(r.finalMessage.contains(u"web"_s), qPrintable(r.finalMessage));
        QVERIFY2(fetch().startsWith(u"hello v2"_s), qPrintable(fetch()));
        // The broken container was removed.
        QCOMPARE(onServer(u"docker ps -aq --filter label=dev.hydron.service=web --filter status=running | wc -l"_s)
                     .out.trimmed(),
                 QByteArray("1"));
    }

    void rollback_previousReleaseServes()
    {
        const RunRecord &r = runToEnd(Run::Kind::Rollback);
        QVERIFY2(r.finalStatus == RunStatus::Completed, qPrintable(describe(r)));
        QVERIFY2(fetch().startsWith(u"hello v1"_s), qPrintable(fetch()));
    }
};

QTEST_GUILESS_MAIN(TestDeployRun)
#include "tst_deploy_run.moc"
