// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>

namespace hydron {

struct LogLine
{
    enum class Stream
    {
        Stdout,
        Stderr,
        System
    };

    int step = -1; // position of the step in its run; -1 for the run itself
    Stream stream = Stream::Stdout;
    QDateTime time;
    QString text; // one line, already masked for secret values

    friend bool operator==(const LogLine &, const LogLine &) = default;
};

struct LogChunk
{
    QList<LogLine> lines;
    qint64 nextOffset = 0; // where the next read continues
};

// Run logs are domain data, kept as one append-only JSON-lines file per run beside the
// database (runs/<id>.jsonl), so a late subscriber can read from any offset.
class RunLog final
{
public:
    explicit RunLog(QString directory);

    [[nodiscard]] QString fileName(qint64 runId) const;
    Result<void> append(qint64 runId, const QList<LogLine> &lines);
    // The JSON lines append() writes for `lines` (for writers that append the bytes themselves,
    // like the run engine's log thread, which needs the file offsets).
    [[nodiscard]] static QByteArray encode(const QList<LogLine> &lines);
    // Reads up to maxLines whole lines starting at a byte offset; a partly written last line
    // is left for the next read.
    Result<LogChunk> read(qint64 runId, qint64 offset = 0, int maxLines = 10000) const;
    Result<void> remove(qint64 runId);

private:
    QString m_directory;
};

} // namespace hydron
