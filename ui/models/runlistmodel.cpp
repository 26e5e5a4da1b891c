// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/runlistmodel.h"

#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "ui/models/rowsync.h"
#include "ui/style.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace hydron::ui {

RunListModel::RunListModel(RunStore &runs, ServerStore &servers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runs(runs)
    , m_servers(servers)
{
    connect(&m_runs, &RunStore::added, this, [this](const Run &run) {
        if (!inScope(run) || rowOf(run.id) >= 0)
            return;
        beginInsertRows(QModelIndex(), 0, 0);
        m_rows.prepend(run);
        endInsertRows();
        if (m_rows.size() > Limit) {
            beginRemoveRows(QModelIndex(), Limit, static_cast<int>(m_rows.size() - 1));
            m_rows.resize(Limit);
            endRemoveRows();
        }
    });
    connect(&m_runs, &RunStore::changed, this, [this](const Run &run) {
        const int row = rowOf(run.id);
        if (row < 0 || m_rows.at(row) == run)
            return;
        m_rows[row] = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    // A renamed or removed server changes the Server column.
    auto serverCells = [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Server), index(rowCount() - 1, Server));
    };
    connect(&m_servers, &ServerStore::changed, this, serverCells);
    connect(&m_servers, &ServerStore::removed, this, serverCells);
}

void RunListModel::setProjectId(qint64 projectId)
{
    setScope(projectId, 0);
}

void RunListModel::setScope(qint64 projectId, qint64 serverId)
{
    beginResetModel();
    m_projectId = projectId;
    m_serverId = serverId;
    m_rows = projectId > 0 || serverId > 0 ? m_runs.runs(projectId, serverId, Limit) : QList<Run>();
    endResetModel();
}

bool RunListModel::inScope(const Run &run) const
{
    if (m_projectId <= 0 && m_serverId <= 0)
        return false;
    return (m_projectId <= 0 || run.projectId == m_projectId) && (m_serverId <= 0 || run.serverId == m_serverId);
}

void RunListModel::refresh()
{
    if (m_projectId <= 0 && m_serverId <= 0)
        return;
    RowSync::apply(*this, m_rows, m_runs.runs(m_projectId, m_serverId, Limit), [](const Run &run) { return run.id; });
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::durationText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const qint64 ms = from.msecsTo(to);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_rows.at(index.row());
    if (role == IdRole)
        return run.id;
    switch (index.column()) {
    case Number:
        if (role == Qt::DisplayRole)
            return tr("#%1").arg(run.id);
        if (role == Qt::EditRole)
            return run.id;
        break;
    case Kind:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Run::kindLabel(run.kind);
        break;
    case Status:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return runStatusLabel(run.status);
        if (role == Qt::DecorationRole)
            return style::dot(style::runStatusColor(run.status, QGuiApplication::palette()));
        break;
    case Server:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (run.serverId <= 0)
                return tr("No server");
            const auto server = m_servers.find(run.serverId);
            return server ? server->name : tr("Removed server");
        }
        break;
    case Started:
        if (role == Qt::DisplayRole) {
            const QDateTime when = run.startedAt.isValid() ? run.startedAt : run.createdAt;
            // Compact: the panel is narrow. The year only when it is not this one.
            const QDateTime local = when.toLocalTime();
            const bool thisYear = local.date().year() == QDate::currentDate().year();
            return QLocale().toString(local, thisYear ? u"d MMM HH:mm"_s : u"d MMM yyyy HH:mm"_s);
        }
        if (role == Qt::EditRole)
            return run.startedAt.isValid() ? run.startedAt : run.createdAt;
        if (role == Qt::ToolTipRole)
            return QLocale().toString((run.startedAt.isValid() ? run.startedAt : run.createdAt).toLocalTime(),
                                      QLocale::LongFormat);
        break;
    case Duration:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (!run.startedAt.isValid())
                return tr("Not started");
            if (!run.finishedAt.isValid())
                return isFinished(run.status) || run.status == RunStatus::Interrupted ? QString() : tr("Running");
            return durationText(run.startedAt, run.finishedAt);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Run");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Server:
        return tr("Server");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

int RunListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

qint64 RunListModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return 0;
    return m_rows.at(index.row()).id;
}

QModelIndex RunListModel::indexOfId(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

} // namespace hydron::ui
