// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `hydron-cli chat` on the real binary: Claude through the fake Messages API server on loopback
// (ANTHROPIC_BASE_URL), the answer streamed to stdout before the process ends, action cards
// carried out only with --approve, and the offline assistant when no key is set. The key can live
// in a real keychain (with-keyring.sh runs this test in a private gnome-keyring, then its
// unavailable_ case once more without any session bus).
#include "core/coreservices.h"
#include "core/model/project.h"
#include "core/store/chatstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "fakeclaudeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

class TestCliChat final : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 firstOutputMs = -1; // since start
        qint64 totalMs = 0;
    };

    std::unique_ptr<QTemporaryDir> m_root;
    qint64 m_projectId = 0;

    // Runs hydron-cli without blocking the event loop, so the fake server in this process answers.
    Outcome run(const QStringList &arguments, const QHash<QString, QString> &env = {},
                const QByteArray &standardInput = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ANTHROPIC_API_KEY"_s);
        environment.remove(u"ANTHROPIC_BASE_URL"_s);
        environment.insert(u"HYDRON_DATA_DIR"_s, m_root->filePath(u"data"_s));
        environment.insert(u"HOME"_s, m_root->filePath(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_root->filePath(u"config"_s));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(environment);
        Outcome outcome;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            if (outcome.firstOutputMs < 0)
                outcome.firstOutputMs = clock.elapsed();
            outcome.out += QString::fromUtf8(process.readAllStandardOutput());
        });
        process.start(QStringLiteral(HYDRON_CLI_PATH), arguments);
        if (process.waitForStarted(10000)) {
            process.write(standardInput);
            process.closeWriteChannel();
        }
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
            process.kill();
            process.waitForFinished(2000);
        }
        outcome.out += QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.totalMs = clock.elapsed();
        return outcome;
    }

    QHash<QString, QString> claude(const FakeClaudeServer &server) const
    {
        return {{u"ANTHROPIC_API_KEY"_s, u"sk-ant-test-cli-0123456789"_s},
                {u"ANTHROPIC_BASE_URL"_s, server.baseUrl().toString()}};
    }

    std::unique_ptr<CoreServices> openCore() const
    {
        auto core = CoreServices::open(m_root->filePath(u"data"_s), {.fileLogging = false, .markInterrupted = false});
        return core ? std::move(*core) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_root = std::make_unique<QTemporaryDir>();
        auto core = openCore();
        QVERIFY(core);
        Project project;
        project.name = u"shop"_s;
        project.source = ProjectSource{ProjectSource::Kind::Image, u"nginx:1.27"_s, {}};
        Service web;
        web.name = u"web"_s;
        web.source = ServiceSource::Image;
        web.image = u"nginx:1.27"_s;
        web.ports = {80};
        project.services = {web};
        auto added = core->projects().add(project);
        QVERIFY(added);
        m_projectId = added->id;
    }

    void claude_streamsBeforeTheEnd()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::messageStart() + sse::textStart(0) + sse::textDelta(0, u"First "_s)})
                           .wait(1500)
                           .write(sse::textDelta(0, u"and last."_s) + sse::blockStop(0) +
                                  sse::messageDelta(u"end_turn"_s, 5) + sse::messageStop())
                           .end());
        const Outcome o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"Hello"_s}, claude(server));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"First and last."_s), qPrintable(o.out));
        QVERIFY2(o.firstOutputMs >= 0 && o.totalMs - o.firstOutputMs >= 1000,
                 qPrintable(u"first output at %1 ms of %2"_s.arg(o.firstOutputMs).arg(o.totalMs)));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().headers.value("x-api-key"), QByteArray("sk-ant-test-cli-0123456789"));
        // Stored in the default chat.
        auto core = openCore();
        const auto chats = core->chats().chats(m_projectId);
        QCOMPARE(chats.size(), 1);
        QCOMPARE(core->chats().messages(chats.first().id).size(), 2);
    }

    void claude_card_onlyWithApprove()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        const QJsonObject input{
            {u"changes"_s, QJsonArray{QJsonObject{{u"op"_s, u"add_backing"_s}, {u"engine"_s, u"redis"_s}}}}};
        const QString json = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        auto toolReply = [&] {
            QByteArray bytes = sse::messageStart() + sse::toolUseStart(0, u"toolu_x"_s, u"modify_plan"_s);
            for (qsizetype i = 0; i < json.size(); i += 5)
                bytes += sse::inputJsonDelta(0, json.mid(i, 5));
            bytes += sse::blockStop(0) + sse::messageDelta(u"tool_use"_s, 9) + sse::messageStop();
            return ScriptedReply::stream({bytes}).end();
        };
        server.enqueue(toolReply());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve to add Redis."_s})}).end());
        Outcome o =
            run({u"chat"_s, u"shop"_s, u"--chat"_s, u"infra"_s, u"--message"_s, u"add redis"_s}, claude(server));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"redis"_s) && o.out.contains(u"--approve"_s), qPrintable(o.out));
        QVERIFY(!openCore()->plans().latest(m_projectId));

        server.enqueue(toolReply());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Here it is."_s})}).end());
        o = run({u"chat"_s, u"shop"_s, u"--chat"_s, u"infra"_s, u"--message"_s, u"add redis"_s, u"--approve"_s},
                claude(server));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err + o.out));
        QVERIFY2(o.out.contains(u"Approved"_s), qPrintable(o.out));
        auto core = openCore();
        QVERIFY(core->plans().latest(m_projectId));
        QCOMPARE(core->chats().chats(m_projectId).size(), 1); // the same chat, continued
        // The second turn sent the first turn's history.
        QVERIFY(server.requests().at(2).json().value(u"messages"_s).toArray().size() >= 3);
    }

    // A deploy card goes through the deploy starter; the CLI waits for it to start the run or fail.
    void claude_deployCard_approved_waitsForTheStarter()
    {
        {
            auto core = openCore();
            Server local = Server::local();
            local.projectIds = {m_projectId};
            QVERIFY(core->servers().add(local));
        }
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::messageStart() + sse::toolUseStart(0, u"toolu_d"_s, u"start_run"_s) +
                                              sse::inputJsonDelta(0, u"{\"kind\":\"deploy\"}"_s) + sse::blockStop(0) +
                                              sse::messageDelta(u"tool_use"_s, 9) + sse::messageStop()})
                           .end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"Approve to deploy."_s})}).end());
        const Outcome o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"deploy"_s, u"--approve"_s}, claude(server));
        // No approved plan: the starter refuses, the card fails with its message, the exit is 1.
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(u"Approved, but it failed"_s) && o.out.contains(u"plan"_s), qPrintable(o.out));
        QVERIFY(openCore()->runs().runs(m_projectId).isEmpty());
    }

    void claude_error_exitsNonZero()
    {
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::apiError(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        const Outcome o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"Hello"_s}, claude(server));
        QVERIFY(o.exitCode != 0);
        QVERIFY2(!o.err.isEmpty(), qPrintable(o.out));
    }

    void settingsSetKey_keychainKeyIsUsed_environmentWins()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("this run checks the no-keychain case only");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a Secret Service: ctest runs this test through with-keyring.sh");
        const QString stored = u"sk-ant-stored-in-keychain-0123456789"_s;
        Outcome o = run({u"settings"_s, u"set-key"_s}, {}, stored.toUtf8() + "\n");
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"sk-ant…6789"_s), qPrintable(o.out)); // masked
        QVERIFY(!o.out.contains(stored));
        o = run({u"settings"_s, u"show"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"sk-ant…6789 (from the keychain)"_s), qPrintable(o.out));
        QVERIFY(!o.out.contains(stored));

        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"From the keychain."_s})}).end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"From the environment."_s})}).end());
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"Hello"_s},
                {{u"ANTHROPIC_BASE_URL"_s, server.baseUrl().toString()}});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"From the keychain."_s), qPrintable(o.out));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).headers.value("x-api-key"), stored.toUtf8());
        // ANTHROPIC_API_KEY, when set, wins over the keychain.
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"Hello"_s}, claude(server));
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.value("x-api-key"), QByteArray("sk-ant-test-cli-0123456789"));
        o = run({u"settings"_s, u"show"_s}, claude(server));
        QVERIFY2(o.out.contains(u"(from ANTHROPIC_API_KEY)"_s), qPrintable(o.out));

        o = run({u"settings"_s, u"remove-key"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        // No key left: the offline assistant answers and the fake server hears nothing.
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"help"_s},
                {{u"ANTHROPIC_BASE_URL"_s, server.baseUrl().toString()}});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(server.requests().size(), 2);
        o = run({u"settings"_s, u"set-key"_s}, {}, "\n");
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"standard input"_s), qPrintable(o.err));
    }

    // Run by with-keyring.sh with no session bus: set-key refuses clearly, chat goes offline.
    void unavailable_refusesClearly()
    {
        if (!qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("only meaningful without a session bus (with-keyring.sh runs it that way)");
        Outcome o = run({u"settings"_s, u"set-key"_s}, {}, "sk-ant-nowhere-to-go-0123456789\n");
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(o.err));
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"help"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"Claude"_s), qPrintable(o.out)); // the offline assistant's help
    }

    void offline_withoutKey()
    {
        Outcome o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"make a plan"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"--approve"_s), qPrintable(o.out));
        QVERIFY(!openCore()->plans().latest(m_projectId));
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"make a plan"_s, u"--approve"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err + o.out));
        QVERIFY(openCore()->plans().latest(m_projectId));
        o = run({u"chat"_s, u"shop"_s, u"--message"_s, u"Why is my app slow?"_s});
        QVERIFY(o.out.contains(u"Claude"_s));
        o = run({u"chat"_s, u"shop"_s});
        QVERIFY(o.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_clichat.moc"
