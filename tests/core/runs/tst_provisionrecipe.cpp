// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning compiled into steps, the env file, the built-in local server ("This computer")
// and the server probe on this computer.
#include "core/deploy/provisioning.h"
#include "core/deploy/serverprobe.h"
#include "core/store/database.h"
#include "runharness.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::runs;
using namespace hydron::deploy;

namespace {

Server sshServer()
{
    Server s;
    s.name = u"web-1"_s;
    s.host = u"203.0.113.9"_s;
    s.port = 2201;
    s.user = u"deploy"_s;
    return s;
}

} // namespace

class TestProvisionRecipe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compile_sshServer_everyScriptWithCommonAndEnvFile()
    {
        RunHarness h;
        ProvisionRecipe recipe(h.core->servers(), {.environment = {{u"HYDRON_PROXY_IMAGE"_s, u"caddy:2"_s}}});
        auto steps = recipe.compile(RecipeContext{Run{}, sshServer()});
        QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().toString()));
        QStringList names;
        for (const StepDefinition &d : *steps)
            names << d.name;
        QCOMPARE(names, (QStringList{u"os-check"_s, u"base-packages"_s, u"docker"_s, u"firewall"_s, u"ssh-hardening"_s,
                                     u"swap"_s, u"unattended-upgrades"_s, u"layout"_s, u"proxy"_s, u"inventory"_s}));
        auto common = provisionScript(u"common.sh"_s);
        QVERIFY(common);
        QFile onDisk(QStringLiteral(HYDRON_SOURCE_DIR "/resources/provision/20-docker.sh"));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        const QString docker = QString::fromUtf8(onDisk.readAll());
        for (const StepDefinition &d : std::as_const(*steps)) {
            QVERIFY(d.idempotent);
            QVERIFY(d.skipReason.isEmpty());
            QVERIFY(!d.label.isEmpty());
            if (d.name == u"inventory")
                continue;
            QVERIFY2(d.script.startsWith(*common), qPrintable(d.name));
            QCOMPARE(d.needsRoot, d.name != u"os-check");
            QCOMPARE(d.envFile,
                     QByteArray("# Written by Hydron for provisioning; read by common.sh, never sourced.\n"
                                "HYDRON_SSH_PORT=2201\nHYDRON_SSH_USER=deploy\nHYDRON_PROXY_IMAGE=caddy:2\n"));
        }
        QVERIFY(steps->at(2).script.endsWith(docker));
    }

    void compile_localServer_skipsWhatChangesHowItIsReached()
    {
        RunHarness h;
        ProvisionRecipe recipe(h.core->servers());
        auto steps = recipe.compile(RecipeContext{Run{}, Server::local()});
        QVERIFY(steps);
        QStringList skipped;
        for (const StepDefinition &d : *steps) {
            if (!d.skipReason.isEmpty())
                skipped << d.name;
            QVERIFY(!d.envFile.contains("HYDRON_SSH_PORT"));
        }
        QCOMPARE(skipped, (QStringList{u"firewall"_s, u"ssh-hardening"_s, u"swap"_s, u"unattended-upgrades"_s}));
    }

    void compile_nonHydronVariable_isRefused()
    {
        RunHarness h;
        ProvisionRecipe recipe(h.core->servers(), {.environment = {{u"PATH"_s, u"/tmp"_s}}});
        QVERIFY(!recipe.compile(RecipeContext{Run{}, sshServer()}));
    }

    void envFileLine_quotesWhatIsNotBare()
    {
        QCOMPARE(envFileLine(u"HYDRON_A"_s, u"caddy:2"_s), u"HYDRON_A=caddy:2\n"_s);
        QCOMPARE(envFileLine(u"HYDRON_A"_s, u"it's $(x)"_s), u"HYDRON_A='it'\\''s $(x)'\n"_s);
        QCOMPARE(envFileLine(u"HYDRON_A"_s, QString()), u"HYDRON_A=\n"_s);
    }

    void completed_storesSpecAndProvisioned()
    {
        RunHarness h;
        Server s = sshServer();
        s.spec.location = u"fsn1"_s;
        const qint64 id = h.addServer(s);
        ProvisionRecipe recipe(h.core->servers());
        auto server = h.core->servers().find(id);
        QVERIFY(recipe.completed(RecipeContext{Run{}, *server}, {{u"cpus"_s, u"4"_s},
                                                                 {u"memory_mb"_s, u"7940"_s},
                                                                 {u"disk_kb"_s, u"81000000"_s},
                                                                 {u"os"_s, u"Debian GNU/Linux 12 (bookworm)"_s}}));
        auto after = h.core->servers().find(id);
        QCOMPARE(after->status, ServerStatus::Provisioned);
        QCOMPARE(after->spec.cpus, 4);
        QCOMPARE(after->spec.memoryMb, 7940);
        QCOMPARE(after->spec.diskGb, 77);
        QCOMPARE(after->spec.os, u"Debian GNU/Linux 12 (bookworm)"_s);
        QCOMPARE(after->spec.location, u"fsn1"_s);
        // Stored, not only in memory.
        auto reopened = CoreServices::open(QFileInfo(h.core->database().path()).absolutePath(),
                                           {.fileLogging = false, .markInterrupted = false});
        QVERIFY(reopened);
        QCOMPARE((*reopened)->servers().find(id)->spec, after->spec);
    }

    void localServer_isStoredAsLocal()
    {
        RunHarness h;
        const qint64 id = h.addServer(Server::local());
        QVERIFY(h.core->servers().find(id)->isLocal());
        QCOMPARE(h.core->database().schemaVersion(), 2);
        auto reopened = CoreServices::open(QFileInfo(h.core->database().path()).absolutePath(),
                                           {.fileLogging = false, .markInterrupted = false});
        QVERIFY(reopened);
        auto local = (*reopened)->servers().findByName(u"local"_s);
        QVERIFY(local);
        QVERIFY(local->isLocal());
        QCOMPARE(local->toJson().value(u"transport"_s).toString(), u"local"_s);
        auto back = Server::fromJson(local->toJson());
        QVERIFY(back);
        QVERIFY(back->isLocal());
        QVERIFY(!Server::fromJson(sshServer().toJson())->isLocal());
        QVERIFY(transportFor(*local)->isLocal());
        QVERIFY(!transportFor(sshServer())->isLocal());
    }

    void probe_thisComputer_readsFactsAndSample()
    {
        ServerProbe probe(Server::local());
        auto future = probe.check();
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 30'000));
        const auto facts = future.result();
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().toString()));
        QVERIFY(facts->cpus > 0);
        QVERIFY(facts->memoryMb > 0);
        QVERIFY(facts->diskGb > 0);
        QVERIFY(!facts->os.isEmpty());
        QVERIFY(!facts->kernel.isEmpty());
        QVERIFY(facts->sample.cpuPercent >= 0 && facts->sample.cpuPercent <= 100);
        QVERIFY(facts->sample.memoryUsedMb > 0 && facts->sample.memoryUsedMb <= facts->memoryMb);
        QVERIFY(facts->sample.diskUsedGb > 0 && facts->sample.diskUsedGb <= facts->sample.diskTotalGb);
        const ServerSpec spec = facts->spec();
        QCOMPARE(spec.cpus, facts->cpus);
        QCOMPARE(facts->status(),
                 QFile::exists(u"/opt/hydron/.layout"_s) ? ServerStatus::Provisioned : ServerStatus::NotProvisioned);

        auto sample = probe.sample();
        QVERIFY(QTest::qWaitFor([&] { return sample.isFinished(); }, 30'000));
        QVERIFY(sample.result());
        QVERIFY(sample.result()->memoryTotalMb > 0);
        QVERIFY(sample.result()->time.isValid());
    }
};

QTEST_GUILESS_MAIN(TestProvisionRecipe)
#include "tst_provisionrecipe.moc"
