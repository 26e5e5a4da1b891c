// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/runlogmodel.h"

#include "ui/ansitext.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr qsizetype kBlockSize = 4 * 1024 * 1024;

} // namespace

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RunLogModel::clear()
{
    beginResetModel();
    m_blocks.clear();
    m_lines.clear();
    m_visible.clear();
    endResetModel();
}

void RunLogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    const int firstRow = rowCount();
    int added = static_cast<int>(lines.size());
    if (m_filter != AllSteps)
        added = static_cast<int>(
            std::count_if(lines.cbegin(), lines.cend(), [this](const LogLine &l) { return l.step == m_filter; }));
    if (added > 0)
        beginInsertRows({}, firstRow, firstRow + added - 1);
    for (const LogLine &line : lines) {
        const QByteArray utf8 = line.text.toUtf8();
        if (m_blocks.isEmpty() || m_blocks.constLast().size() + utf8.size() > kBlockSize) {
            m_blocks.append(QByteArray());
            m_blocks.last().reserve(std::max(kBlockSize, utf8.size()));
        }
        QByteArray &block = m_blocks.last();
        Entry entry;
        entry.block = static_cast<quint32>(m_blocks.size() - 1);
        entry.offset = static_cast<quint32>(block.size());
        entry.length = static_cast<quint32>(utf8.size());
        entry.step = static_cast<qint16>(std::clamp(line.step, -1, 32767));
        entry.stream = static_cast<quint8>(line.stream);
        entry.msecs = line.time.isValid() ? line.time.toMSecsSinceEpoch() : 0;
        block.append(utf8);
        m_lines.append(entry);
        if (m_filter != AllSteps && matchesFilter(entry))
            m_visible.append(static_cast<qint32>(m_lines.size() - 1));
    }
    if (added > 0)
        endInsertRows();
}

void RunLogModel::setStepFilter(int position)
{
    if (position == m_filter)
        return;
    beginResetModel();
    m_filter = position;
    m_visible.clear();
    if (m_filter != AllSteps) {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (matchesFilter(m_lines.at(i)))
                m_visible.append(static_cast<qint32>(i));
        }
    }
    endResetModel();
}

qint64 RunLogModel::bytesUsed() const
{
    qint64 bytes = static_cast<qint64>(m_lines.capacity()) * static_cast<qint64>(sizeof(Entry)) +
                   static_cast<qint64>(m_visible.capacity()) * static_cast<qint64>(sizeof(qint32));
    for (const QByteArray &block : m_blocks)
        bytes += block.capacity();
    return bytes;
}

qsizetype RunLogModel::lineAt(int row) const
{
    return m_filter == AllSteps ? row : m_visible.at(row);
}

QString RunLogModel::rawText(const Entry &entry) const
{
    const QByteArray &block = m_blocks.at(entry.block);
    return QString::fromUtf8(block.constData() + entry.offset, entry.length);
}

QString RunLogModel::displayText(const Entry &entry) const
{
    return AnsiText::strip(rawText(entry));
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_filter == AllSteps ? m_lines.size() : m_visible.size());
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_lines.at(lineAt(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry);
    case RawTextRole:
        return rawText(entry);
    case StepRole:
        return static_cast<int>(entry.step);
    case StreamRole:
        return static_cast<int>(entry.stream);
    case TimeRole:
        return entry.msecs == 0 ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(entry.msecs, Qt::UTC));
    case Qt::ToolTipRole:
        return entry.msecs == 0 ? QVariant()
                                : QVariant(QDateTime::fromMSecsSinceEpoch(entry.msecs, Qt::UTC)
                                               .toLocalTime()
                                               .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    default:
        return {};
    }
}

QHash<int, QByteArray> RunLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RawTextRole, "rawText");
    names.insert(StepRole, "step");
    names.insert(StreamRole, "stream");
    names.insert(TimeRole, "time");
    return names;
}

QModelIndex RunLogModel::find(const QString &needle, int fromRow, bool backwards, Qt::CaseSensitivity cs) const
{
    const int rows = rowCount();
    if (needle.isEmpty() || rows == 0)
        return {};
    fromRow = std::clamp(fromRow, 0, rows - 1);
    for (int step = 0; step < rows; ++step) {
        const int row = backwards ? (fromRow - step + rows) % rows : (fromRow + step) % rows;
        if (displayText(m_lines.at(lineAt(row))).contains(needle, cs))
            return index(row);
    }
    return {};
}

QString RunLogModel::plainText(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    QString out;
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        out += displayText(m_lines.at(lineAt(row)));
        out += u'\n';
    }
    return out;
}

QStringList RunLogModel::lastLines(int position, int count) const
{
    QStringList out;
    for (qsizetype i = m_lines.size() - 1; i >= 0 && out.size() < count; --i) {
        if (m_lines.at(i).step == position)
            out.prepend(displayText(m_lines.at(i)));
    }
    return out;
}

} // namespace hydron::ui
