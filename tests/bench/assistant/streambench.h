// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the streaming benchmarks share: the fake Messages API server streaming a scripted answer
// from its own thread (recording when each text delta was written), and the meter of the
// receiving thread's longest event-loop stall.

#include "fakeclaudeserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <vector>

namespace hydron::bench {

using Clock = std::chrono::steady_clock;

// The fake server on its own thread, answering the next request with `pieces` as text deltas,
// `pauseMs` apart (0: a burst).
class ThreadedStreamServer final
{
public:
    ThreadedStreamServer(const QStringList &pieces, int pauseMs, const char *who)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, &pieces, pauseMs, who] {
                namespace sse = hydron::test::sse;
                m_server = new hydron::test::FakeClaudeServer;
                if (!m_server->listen())
                    qFatal("%s: the fake server cannot listen", who);
                auto reply = hydron::test::ScriptedReply::stream({sse::messageStart() + sse::textStart(0)});
                for (const QString &piece : pieces) {
                    reply.write(sse::textDelta(0, piece));
                    if (pauseMs > 0)
                        reply.wait(pauseMs);
                }
                reply.write(sse::blockStop(0) + sse::messageDelta(QStringLiteral("end_turn"), int(pieces.size())) +
                            sse::messageStop());
                m_server->enqueue(reply.end());
                m_server->onBodyWritten = [this](const QByteArray &bytes) {
                    if (bytes.contains("\"text_delta\"")) {
                        QMutexLocker lock(&m_mutex);
                        m_written.push_back(Clock::now());
                    }
                };
            },
            Qt::BlockingQueuedConnection);
    }

    ~ThreadedStreamServer()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    [[nodiscard]] QUrl baseUrl() const { return m_server->baseUrl(); }

    // When each text delta was written to the socket, in order.
    [[nodiscard]] std::vector<Clock::time_point> written()
    {
        QMutexLocker lock(&m_mutex);
        return m_written;
    }

private:
    QThread m_thread;
    QObject m_anchor;
    hydron::test::FakeClaudeServer *m_server = nullptr;
    QMutex m_mutex;
    std::vector<Clock::time_point> m_written;
};

// The longest gap between ticks of a 1 ms timer on the calling thread while it runs.
class StallMeter final
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_lastTickNs > 0)
                m_maxGapNs = std::max(m_maxGapNs, now - m_lastTickNs);
            m_lastTickNs = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    [[nodiscard]] double elapsedMs() const { return double(m_clock.elapsed()); }
    [[nodiscard]] double maxStallMs() const { return double(m_maxGapNs) / 1e6; }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapNs = 0;
};

} // namespace hydron::bench
