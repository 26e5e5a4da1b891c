// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/llmclient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;

// The job contract seen through a minimal LlmClient double, the way later tests will use it.
class ScriptedLlm final : public QObject, public LlmClient
{
public:
    MessageJob *sendMessage(const MessageRequest &) override
    {
        auto *job = new MessageJob(this);
        QTimer::singleShot(0, job, [job] {
            job->reportStarted();
            job->reportTextDelta(0, u"Hello"_s);
        });
        return job;
    }
    ModelListJob *listModels() override
    {
        auto *job = new ModelListJob(this);
        QTimer::singleShot(0, job, [job] { job->finish(QList<ModelInfo>{ModelInfo{u"m"_s, u"M"_s, {}}}); });
        return job;
    }
};

class TestLlmJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancel_finishesOnceWithCancelled()
    {
        ScriptedLlm llm;
        MessageJob *job = llm.sendMessage({});
        job->setAutoDelete(false);
        QSignalSpy delta(job, &MessageJob::textDelta);
        QSignalSpy cancelRequested(job, &MessageJob::cancelRequested);
        int finished = 0;
        std::optional<Error::Code> code;
        connect(job, &MessageJob::finished, this, [&](const Result<MessageResponse> &r) {
            ++finished;
            code = r ? std::nullopt : std::optional(r.error().code);
        });
        QVERIFY(delta.wait(5000));
        job->cancel();
        QCOMPARE(finished, 1); // on the job's thread, synchronously
        QCOMPARE(cancelRequested.count(), 1);
        QCOMPARE(code, std::optional(Error::Code::Cancelled));
        job->cancel();
        job->finish(MessageResponse{});
        job->reportTextDelta(0, u"late"_s);
        QCOMPARE(finished, 1);
        QCOMPARE(delta.count(), 1);
        QVERIFY(job->result().has_value());
        QVERIFY(!job->result()->has_value());
        delete job;
    }

    void cancel_fromAnotherThread_isQueued()
    {
        ScriptedLlm llm;
        MessageJob *job = llm.sendMessage({});
        QSignalSpy finished(job, &MessageJob::finished);
        std::unique_ptr<QThread> other(QThread::create([job] { job->cancel(); }));
        other->start();
        QVERIFY(other->wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(job->isCancelRequested());
    }

    void autoDelete_deletesAfterFinished()
    {
        ScriptedLlm llm;
        QPointer<ModelListJob> job = llm.listModels();
        QSignalSpy finished(job.data(), &ModelListJob::finished);
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 5000);
    }

    void started_isEmittedOnce()
    {
        ScriptedLlm llm;
        MessageJob *job = llm.sendMessage({});
        QSignalSpy started(job, &MessageJob::started);
        QVERIFY(started.wait(5000));
        job->reportStarted();
        QCOMPARE(started.count(), 1);
        job->cancel();
    }
};

QTEST_GUILESS_MAIN(TestLlmJob)
#include "tst_llmjob.moc"
