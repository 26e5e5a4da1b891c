// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/runlog.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>

namespace hydron::ui {

// The log lines of one run for the Runs panel's log view. Lines are kept compactly — UTF-8 in
// large blocks plus 24 bytes of bookkeeping per line — so a million-line build log costs tens
// of megabytes rather than hundreds, and they arrive in batches (one row insertion per batch).
// The display text has ANSI escapes taken out (RawTextRole keeps them for the painter); a
// per-step filter shows one step's lines; find() searches the plain text.
class RunLogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawTextRole = Qt::UserRole + 1, // the line as received, escapes included
        StepRole,                       // int: the step's position, -1 for the run itself
        StreamRole,                     // int: LogLine::Stream
        TimeRole,                       // QDateTime (UTC)
    };
    Q_ENUM(Role)

    static constexpr int AllSteps = -2;

    explicit RunLogModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<hydron::LogLine> &lines);

    // Shows only the lines of step `position` (-1: the run's own lines), or AllSteps.
    void setStepFilter(int position);
    [[nodiscard]] int stepFilter() const { return m_filter; }

    [[nodiscard]] int totalLines() const { return static_cast<int>(m_lines.size()); }
    // Bytes held for the lines' text and bookkeeping (for the memory benchmark and tests).
    [[nodiscard]] qint64 bytesUsed() const;

    // The next row at or after `fromRow` (before, when backwards; wrapping around) whose plain
    // text contains `needle`; an invalid index when none does.
    [[nodiscard]] QModelIndex find(const QString &needle, int fromRow, bool backwards = false,
                                   Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    // The plain text of `rows` (sorted), one line each, for the clipboard.
    [[nodiscard]] QString plainText(QList<int> rows) const;
    // The plain text of the last `count` lines of step `position`, oldest first.
    [[nodiscard]] QStringList lastLines(int position, int count) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        quint32 block = 0;
        quint32 offset = 0;
        quint32 length = 0;
        qint16 step = -1;
        quint8 stream = 0;
        qint64 msecs = 0;
    };

    [[nodiscard]] qsizetype lineAt(int row) const; // row → index into m_lines
    [[nodiscard]] QString rawText(const Entry &entry) const;
    [[nodiscard]] QString displayText(const Entry &entry) const;
    [[nodiscard]] bool matchesFilter(const Entry &entry) const
    {
        return m_filter == AllSteps || entry.step == m_filter;
    }

    QList<QByteArray> m_blocks;
    QList<Entry> m_lines;
    QList<qint32> m_visible; // indexes into m_lines while a filter is set
    int m_filter = AllSteps;
};

} // namespace hydron::ui
