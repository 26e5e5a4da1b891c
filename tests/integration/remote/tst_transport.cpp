// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The semantics every Transport shares, checked on LocalTransport and on SshTransport against a
// real sshd with the same test bodies: a view must not be able to tell them apart.
#include "core/remote/localtransport.h"
#include "core/remote/remoteerror.h"
#include "core/remote/sshtransport.h"
#include "jobrunner.h"
#include "sshdfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::remote;

namespace {

Command script(const QString &text, const QStringList &arguments = {})
{
    Command c;
    c.script = text;
    c.arguments = arguments;
    return c;
}

// Processes whose command line matches `pattern`, seen on this machine (the loopback sshd is local too).
int countProcesses(const QString &pattern)
{
    QByteArray out;
    SshdFixture::runProgram(u"pgrep"_s, {u"-f"_s, pattern}, &out);
    return static_cast<int>(out.trimmed().isEmpty() ? 0 : out.trimmed().split('\n').size());
}

} // namespace

class TestTransport final : public QObject
{
    Q_OBJECT

private:
    Transport *transport()
    {
        QFETCH(QString, kind);
        return kind == u"local"_s ? static_cast<Transport *>(m_local.get()) : m_ssh.get();
    }
    static void addRows()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("local") << u"local"_s;
        QTest::newRow("ssh") << u"ssh"_s;
    }

    SshdFixture m_sshd;
    std::unique_ptr<LocalTransport> m_local;
    std::unique_ptr<SshTransport> m_ssh;
    QTemporaryDir m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshdFixture::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.start(&why), qPrintable(why));
        m_local = std::make_unique<LocalTransport>();
        SshOptions options;
        options.configFile = QString();
        m_ssh = std::make_unique<SshTransport>(m_sshd.server(), options);
        QVERIFY(m_files.isValid());
    }

    void cleanupTestCase()
    {
        m_ssh.reset();
        m_sshd.stop();
    }

    void run_linesInOrder_exitCodeAndStderrSeparate_data() { addRows(); }
    void run_linesInOrder_exitCodeAndStderrSeparate()
    {
        auto r = runJob(*transport(), script(u"echo one; echo two >&2; echo three; printf 'four\\n' >&2; exit 3"_s));
        QVERIFY(r->finished);
        QCOMPARE(r->finishedCount, 1);
        QVERIFY(r->started);
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QCOMPARE(r->result->code, 3);
        QVERIFY(r->result->signal.isEmpty());
        QVERIFY(!r->result->succeeded());
        QVERIFY(r->result->message.contains(u"3"_s));
        QCOMPARE(r->out(), (QStringList{u"one"_s, u"three"_s}));
        QCOMPARE(r->err(), (QStringList{u"two"_s, u"four"_s}));
    }

    void run_output_streamsWhileCommandRuns_data() { addRows(); }
    void run_output_streamsWhileCommandRuns()
    {
        // The first line must arrive while the command still sleeps, not with its end.
        QElapsedTimer clock;
        qint64 firstLineAt = -1;
        qint64 finishedAt = -1;
        CommandJob *job = transport()->run(script(u"echo early; sleep 2; echo late"_s));
        connect(job, &CommandJob::output, this, [&](const QList<OutputLine> &) {
            if (firstLineAt < 0)
                firstLineAt = clock.elapsed();
        });
        connect(job, &CommandJob::finished, this, [&](const Result<ExitInfo> &) { finishedAt = clock.elapsed(); });
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return finishedAt >= 0; }, 60'000));
        QVERIFY(firstLineAt >= 0);
        QVERIFY2(finishedAt - firstLineAt >= 1500,
                 qPrintable(u"first line at %1 ms, end at %2 ms"_s.arg(firstLineAt).arg(finishedAt)));
        delete job;
    }

    void run_success_reportsZeroAndDuration_data() { addRows(); }
    void run_success_reportsZeroAndDuration()
    {
        auto r = runJob(*transport(), script(u"sleep 0.3; true"_s));
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QVERIFY(r->result->succeeded());
        QVERIFY2(r->result->duration.count() >= 250, qPrintable(QString::number(r->result->duration.count())));
        QVERIFY(r->result->duration.count() < 10'000);
    }

    void run_progressLinesAndPartialLastLine_data() { addRows(); }
    void run_progressLinesAndPartialLastLine()
    {
        auto r =
            runJob(*transport(), script(u"printf 'start\\n10%%\\r50%%\\r100%%\\r\\nwin\\r\\nlast without newline'"_s));
        QVERIFY2(r->result && r->result->code == 0, qPrintable(r->describe()));
        QCOMPARE(r->out(),
                 (QStringList{u"start"_s, u"10%"_s, u"50%"_s, u"100%"_s, u"win"_s, u"last without newline"_s}));
        QCOMPARE(r->lines.at(1).progress, true);
        QCOMPARE(r->lines.at(2).progress, true);
        QCOMPARE(r->lines.at(3).progress, false); // "\r\n" is an ordinary line end
        QCOMPARE(r->lines.at(4).progress, false);
        QCOMPARE(r->lines.at(5).progress, false);
    }

    void run_hundredThousandLines_completeAndBatched_data() { addRows(); }
    void run_hundredThousandLines_completeAndBatched()
    {
        auto r = runJob(*transport(), script(u"seq 1 100000; echo done >&2"_s));
        QVERIFY2(r->result && r->result->code == 0, qPrintable(r->describe()));
        const QStringList out = r->out();
        QCOMPARE(out.size(), 100000);
        for (int i = 0; i < out.size(); ++i) {
            if (out.at(i) != QString::number(i + 1))
                QFAIL(qPrintable(u"line %1 is '%2'"_s.arg(i + 1).arg(out.at(i))));
        }
        QCOMPARE(r->err(), QStringList{u"done"_s});
        QVERIFY2(r->batches < 1000, qPrintable(u"%1 batches"_s.arg(r->batches)));
    }

    void run_argumentsEnvironmentAndDirectory_arriveLiterally_data() { addRows(); }
    void run_argumentsEnvironmentAndDirectory_arriveLiterally()
    {
        const QStringList nasty{u"$(touch /tmp/hydron-pwned)"_s,
                                u"`id`"_s,
                                u"a; rm -rf /"_s,
                                u"it's"_s,
                                u"\"quoted\""_s,
                                u"tab\there"_s,
                                u"*"_s,
                                u"~root"_s,
                                u"-n"_s,
                                u"ünïcødé ✓ 日本"_s,
                                u"$HOME"_s,
                                u"\\n"_s};
        Command c = script(u"printf '%s\\n' \"$@\"; printf 'env=%s\\n' \"$HY_VALUE\"; pwd"_s, nasty);
        c.environment = {{u"HY_VALUE"_s, u"x'y $(z) \"w\""_s}};
        const QString dir = m_files.filePath(u"work dir 'quoted'"_s);
        QVERIFY(QDir().mkpath(dir));
        c.workingDirectory = dir;
        auto r = runJob(*transport(), c);
        QVERIFY2(r->result && r->result->code == 0, qPrintable(r->describe()));
        const QStringList expected = nasty + QStringList{u"env=x'y $(z) \"w\""_s, dir};
        QCOMPARE(r->out(), expected);
        QVERIFY(!QFileInfo::exists(u"/tmp/hydron-pwned"_s));
    }

    void run_argumentWithNewline_survives_data() { addRows(); }
    void run_argumentWithNewline_survives()
    {
        auto r = runJob(*transport(), Command::program(u"printf"_s, {u"[%s]"_s, u"line one\nline two"_s}));
        QVERIFY2(r->result && r->result->code == 0, qPrintable(r->describe()));
        QCOMPARE(r->out(), (QStringList{u"[line one"_s, u"line two]"_s}));
    }

    void run_standardInput_reachesScript_data() { addRows(); }
    void run_standardInput_reachesScript()
    {
        Command c = script(u"wc -l; tail -n 1"_s);
        QByteArray input;
        for (int i = 1; i <= 5000; ++i)
            input += "input line " + QByteArray::number(i) + '\n';
        c.script = u"n=$(wc -l); echo \"$n\""_s;
        c.standardInput = input;
        auto r = runJob(*transport(), c);
        QVERIFY2(r->result && r->result->code == 0, qPrintable(r->describe()));
        QCOMPARE(r->out(), QStringList{u"5000"_s});
    }

    void run_missingWorkingDirectory_failsLikeAShell_data() { addRows(); }
    void run_missingWorkingDirectory_failsLikeAShell()
    {
        Command c = script(u"echo should not run"_s);
        c.workingDirectory = m_files.filePath(u"does-not-exist"_s);
        auto r = runJob(*transport(), c);
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QCOMPARE(r->result->code, 1);
        QVERIFY(r->out().isEmpty());
        QCOMPARE(r->err().size(), 1);
        QVERIFY(r->err().first().contains(u"does-not-exist"_s));
    }

    void run_invalidEnvironmentName_refused_data() { addRows(); }
    void run_invalidEnvironmentName_refused()
    {
        Command c = script(u"true"_s);
        c.environment = {{u"BAD NAME;x"_s, u"1"_s}};
        auto r = runJob(*transport(), c);
        QVERIFY(!r->result);
        QCOMPARE(r->result.error().code, Error::Code::InvalidInput);
    }

    void cancel_longCommand_processGroupGoneAndCancelled_data() { addRows(); }
    void cancel_longCommand_processGroupGoneAndCancelled()
    {
        const QString token = u"300.%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
        // A child and a grandchild: the whole group must go.
        Command c = script(u"sleep %1 & sleep %1; echo never"_s.arg(token));
        QElapsedTimer sinceCancel;
        auto r = runJob(*transport(), c, 30'000, [&](CommandJob *job) {
            QTimer::singleShot(700, job, [job, &sinceCancel] {
                sinceCancel.start();
                job->cancel();
            });
        });
        QVERIFY(r->finished);
        QVERIFY(!r->result);
        QCOMPARE(r->result.error().code, Error::Code::Cancelled);
        QCOMPARE(failureOf(r->result.error()), Failure::Cancelled);
        QVERIFY2(sinceCancel.elapsed() < 4000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!r->out().contains(u"never"_s));
        const QString pattern = u"[s]leep "_s + token;
        QVERIFY(QTest::qWaitFor([&] { return countProcesses(pattern) == 0; }, 5000));
    }

    void cancel_beforeStart_finishesCancelled_data() { addRows(); }
    void cancel_beforeStart_finishesCancelled()
    {
        const QString marker =
            m_files.filePath(u"cancel-before-start-"_s + QString::fromLatin1(QTest::currentDataTag()));
        CommandJob *job = transport()->run(script(u"sleep 1; touch \"$1\""_s, {marker}));
        job->cancel();
        bool done = false;
        Result<ExitInfo> result;
        connect(job, &CommandJob::finished, this, [&](const Result<ExitInfo> &r) {
            result = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10'000));
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        QTest::qWait(1500);
        QVERIFY(!QFileInfo::exists(marker));
        delete job;
    }

    void run_timeout_stopsWithError_data() { addRows(); }
    void run_timeout_stopsWithError()
    {
        const QString token = u"200.%1"_s.arg(QRandomGenerator::global()->bounded(100000, 999999));
        Command c = script(u"echo begun; sleep %1"_s.arg(token));
        c.timeout = std::chrono::milliseconds(800);
        auto r = runJob(*transport(), c);
        QVERIFY(!r->result);
        QCOMPARE(failureOf(r->result.error()), Failure::CommandTimeout);
        QVERIFY2(r->elapsedMs < 6000, qPrintable(QString::number(r->elapsedMs)));
        QVERIFY2(r->out() == QStringList{u"begun"_s},
                 qPrintable(r->out().join(u'|') + u" in "_s + QString::number(r->elapsedMs)));
        QVERIFY(QTest::qWaitFor([&] { return countProcesses(u"[s]leep "_s + token) == 0; }, 5000));
    }

    void run_killedBySignal_reportsShellStyleCode_data() { addRows(); }
    void run_killedBySignal_reportsShellStyleCode()
    {
        auto r = runJob(*transport(), script(u"sleep 30 & kill -KILL $!; wait $!"_s));
        QVERIFY2(r->result.has_value(), qPrintable(r->describe()));
        QCOMPARE(r->result->code, 137);
    }

    void run_concurrentCommands_eachGetsItsOwnOutput_data() { addRows(); }
    void run_concurrentCommands_eachGetsItsOwnOutput()
    {
        QList<CommandJob *> jobs;
        QHash<int, QStringList> lines;
        QHash<int, int> codes;
        for (int i = 0; i < 5; ++i) {
            CommandJob *job = transport()->run(
                script(u"for k in 1 2 3; do echo \"$1-$k\"; sleep 0.05; done; exit $1"_s, {QString::number(i)}));
            connect(job, &CommandJob::output, this, [&lines, i](const QList<OutputLine> &batch) {
                for (const auto &l : batch)
                    lines[i] << l.text;
            });
            connect(job, &CommandJob::finished, this,
                    [&codes, i](const Result<ExitInfo> &r) { codes[i] = r ? r->code : -1; });
            jobs << job;
        }
        QVERIFY(QTest::qWaitFor([&] { return codes.size() == 5; }, 30'000));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(codes.value(i), i);
            QVERIFY2(lines.value(i).size() == 3, qPrintable(lines.value(i).join(u'|')));
            QCOMPARE(lines.value(i), (QStringList{u"%1-1"_s.arg(i), u"%1-2"_s.arg(i), u"%1-3"_s.arg(i)}));
        }
        qDeleteAll(jobs);
    }

    void upload_mode0600_readBackAndReplaceAtomically_data() { addRows(); }
    void upload_mode0600_readBackAndReplaceAtomically()
    {
        const QString dir = m_files.filePath(u"upload-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(dir));
        const QString target = dir + u"/app.env"_s;
        const QByteArray first = "SECRET=one\nOTHER='x y'\n";
        auto done = waitFor(transport()->upload(first, target, 0600));
        QVERIFY2(done.has_value(), qPrintable(describe(done)));
        QCOMPARE(QFileInfo(target).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        auto stat = runJob(*transport(), Command::program(u"stat"_s, {u"-c"_s, u"%a"_s, target}));
        QCOMPARE(stat->out(), QStringList{u"600"_s});
        auto read = waitFor(transport()->readFile(target));
        QVERIFY2(read.has_value(), qPrintable(describe(read)));
        QCOMPARE(*read, first);

        // Replacing an existing file, with another mode.
        const QByteArray second(200'000, 'z');
        done = waitFor(transport()->upload(second, target, 0640));
        QVERIFY2(done.has_value(), qPrintable(describe(done)));
        stat = runJob(*transport(), Command::program(u"stat"_s, {u"-c"_s, u"%a %s"_s, target}));
        QCOMPARE(stat->out(), QStringList{u"640 200000"_s});
        // No temporary file is left next to it.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"app.env"_s});
    }

    void uploadFile_largeFile_arrivesIntact_data() { addRows(); }
    void uploadFile_largeFile_arrivesIntact()
    {
        const QString source = m_files.filePath(u"source-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
        f.write(data);
        f.close();
        const QString target = source + u".copy"_s;
        auto done = waitFor(transport()->uploadFile(source, target, 0755));
        QVERIFY2(done.has_value(), qPrintable(describe(done)));
        auto sum = runJob(*transport(), Command::program(u"sha256sum"_s, {target}));
        QVERIFY(!sum->out().isEmpty());
        QCOMPARE(sum->out().first().section(u' ', 0, 0),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFileInfo(target).isExecutable());
    }

    void upload_missingFolder_failsClearly_data() { addRows(); }
    void upload_missingFolder_failsClearly()
    {
        auto done = waitFor(transport()->upload("x", m_files.filePath(u"no/such/folder/file"_s), 0600));
        QVERIFY(!done);
        QVERIFY(!done.error().message.isEmpty());
    }

    void readFile_missingOrTooLarge_fails_data() { addRows(); }
    void readFile_missingOrTooLarge_fails()
    {
        auto missing = waitFor(transport()->readFile(m_files.filePath(u"nothing-here"_s)));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        const QString big = m_files.filePath(u"big-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'a'));
        f.close();
        auto tooLarge = waitFor(transport()->readFile(big, 4096));
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, Error::Code::InvalidInput);
        auto fits = waitFor(transport()->readFile(big, 5000));
        QVERIFY(fits.has_value());
        QCOMPARE(fits->size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
