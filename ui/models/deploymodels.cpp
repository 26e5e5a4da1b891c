// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/deploymodels.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

// Internal ids: 0 for a step row, step + 1 for its detail rows.
constexpr quintptr StepRow = 0;

QString lastCommand(const QString &script)
{
    const QStringList lines = script.trimmed().split(u'\n');
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

// ---- PlanStepModel ----

QStringList PlanStepModel::detailLines(const runs::StepDefinition &step)
{
    QStringList lines;
    if (!step.skipReason.isEmpty())
        lines << tr("Skipped on this server: %1").arg(step.skipReason);
    const QString command = lastCommand(step.script);
    if (!command.isEmpty())
        lines << tr("Runs: %1").arg(command);
    QStringList names;
    for (const QByteArray &line : step.envFile.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq <= 0)
            continue;
        names << QString::fromUtf8(line.left(eq));
    }
    if (!names.isEmpty())
        lines << tr("Receives (values in a 0600 file, not shown): %1").arg(names.join(u", "_s));
    for (const runs::StepUpload &upload : step.uploads)
        lines << tr("Uploads: %1 (%2)")
                     .arg(upload.name, QLocale().formattedDataSize(QFileInfo(upload.localPath).size(), 1,
                                                                   QLocale::DataSizeTraditionalFormat));
    lines << (step.needsRoot ? tr("As root (sudo -n when the login is not root)") : tr("As the login user"));
    if (step.timeout.count() > 0) {
        const int minutes = int(std::max<qint64>(1, step.timeout.count() / 60'000));
        lines << (minutes == 1 ? tr("Stopped after a minute") : tr("Stopped after %1 minutes").arg(minutes));
    }
    lines << (step.idempotent ? tr("Safe to repeat: retried once if the connection drops")
                              : tr("Not repeated automatically"));
    return lines;
}

void PlanStepModel::setSteps(const QList<runs::StepDefinition> &steps)
{
    beginResetModel();
    m_steps = steps;
    m_details.clear();
    for (const runs::StepDefinition &s : steps)
        m_details << detailLines(s);
    endResetModel();
}

QModelIndex PlanStepModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, StepRow);
    if (parent.internalId() != StepRow)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanStepModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StepRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StepRow);
}

int PlanStepModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_steps.size());
    if (parent.column() != 0 || parent.internalId() != StepRow)
        return 0;
    return int(m_details.value(parent.row()).size());
}

int PlanStepModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != StepRow) {
        const int step = int(index.internalId() - 1);
        if (role == StepNameRole)
            return m_steps.at(step).name;
        if (role == Qt::DisplayRole && index.column() == Step)
            return m_details.at(step).at(index.row());
        if (role == Qt::ToolTipRole && index.column() == Step)
            return m_details.at(step).at(index.row());
        return {};
    }
    const runs::StepDefinition &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Step:
            return tr("%1. %2").arg(index.row() + 1).arg(s.label.isEmpty() ? s.name : s.label);
        case Name:
            return s.name;
        case Details:
            if (s.uploads.isEmpty())
                return lastCommand(s.script);
            return s.uploads.size() == 1 ? tr("%1 · 1 upload").arg(lastCommand(s.script))
                                         : tr("%1 · %2 uploads").arg(lastCommand(s.script)).arg(s.uploads.size());
        }
        return {};
    case Qt::ToolTipRole:
        return m_details.at(index.row()).join(u'\n');
    case ScriptRole:
        return s.script;
    case StepNameRole:
        return s.name;
    default:
        return {};
    }
}

QVariant PlanStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Name:
        return tr("Id");
    case Details:
        return tr("Command");
    }
    return {};
}

// ---- ReleaseListModel ----

void ReleaseListModel::setReleases(const QList<deploy::KeptRelease> &releases)
{
    beginResetModel();
    m_rows = releases;
    endResetModel();
}

int ReleaseListModel::rollbackTargets() const
{
    int n = 0;
    for (const deploy::KeptRelease &r : m_rows)
        n += r.kept && !r.current ? 1 : 0;
    return n;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const deploy::KeptRelease &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Release:
            return r.id;
        case Deployed:
            return QLocale().toString(r.deployedAt.toLocalTime(), QLocale::ShortFormat);
        case State:
            return r.current ? tr("Serving now") : r.kept ? tr("Kept") : tr("Cleaned up");
        }
        return {};
    case ReleaseIdRole:
        return r.id;
    case CanRollBackRole:
        return r.kept && !r.current;
    case Qt::ToolTipRole:
        return r.current ? tr("This release serves now.")
               : r.kept  ? tr("Roll back to this release: its containers start again and the proxy switches to them.")
                         : tr("This release was cleaned up from the server; it cannot be rolled back to.");
    default:
        return {};
    }
}

Qt::ItemFlags ReleaseListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const deploy::KeptRelease &r = m_rows.at(index.row());
    return r.kept && !r.current ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                : Qt::ItemNeverHasChildren;
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Release:
        return tr("Release");
    case Deployed:
        return tr("Deployed");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace hydron::ui
