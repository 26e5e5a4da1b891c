// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A process killed with SIGKILL in the middle of a burst of writes must leave a database that
// passes integrity_check and has every row whose commit it reported.
#include "core/coreservices.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

// The child: writes projects, servers and runs as fast as it can and reports each commit.
int writer(const QString &dir)
{
    auto core = CoreServices::open(dir, {.fileLogging = false});
    if (!core) {
        std::fprintf(stderr, "%s\n", qPrintable(core.error().toString()));
        return 1;
    }
    for (int i = 0;; ++i) {
        auto p = (*core)->projects().add(Project{.name = u"p%1"_s.arg(i)});
        if (!p)
            return 2;
        Server s;
        s.name = u"s%1"_s.arg(i);
        s.host = u"10.0.0.1"_s;
        s.tags = {u"t%1"_s.arg(i % 7), u"burst"_s};
        s.projectIds = {p->id};
        if (!(*core)->servers().add(s))
            return 3;
        Run run;
        run.projectId = p->id;
        run.steps = {Step{.name = u"a"_s}, Step{.name = u"b"_s}};
        if (!(*core)->runs().add(run))
            return 4;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillDuringWrites_keepsEveryCommittedRow()
    {
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({u"--writer"_s, dir.path()});
            child.start();
            QVERIFY(child.waitForStarted());
            QSet<int> committed;
            QByteArray pending;
            const int killAfter = 150 + round * 100;
            QElapsedTimer timer;
            timer.start();
            while (committed.size() < killAfter && timer.elapsed() < 60000) {
                child.waitForReadyRead(1000);
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    if (line.startsWith("committed "))
                        committed.insert(line.mid(10).toInt());
                }
                QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            }
            QVERIFY(committed.size() >= killAfter);
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            auto core = CoreServices::open(dir.path(), {.fileLogging = false});
            QVERIFY2(core.has_value(), qPrintable(core ? QString() : core.error().toString()));
            auto check = (*core)->database().exec(u"PRAGMA integrity_check"_s);
            QVERIFY(check && check->next());
            QCOMPARE(check->value(0).toString(), u"ok"_s);
            auto fk = (*core)->database().exec(u"PRAGMA foreign_key_check"_s);
            QVERIFY(fk);
            QVERIFY(!fk->next());
            for (int i : std::as_const(committed)) {
                QVERIFY2((*core)->projects().findByName(u"p%1"_s.arg(i)), qPrintable(u"lost project p%1"_s.arg(i)));
                auto s = (*core)->servers().findByName(u"s%1"_s.arg(i));
                QVERIFY2(s, qPrintable(u"lost server s%1"_s.arg(i)));
                QCOMPARE(s->tags.size(), 2);
                QCOMPARE(s->projectIds.size(), 1);
            }
            QVERIFY((*core)->runs().runs(0, 0, 100000).size() >= committed.size());
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--writer")
        return writer(args.at(2));
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
