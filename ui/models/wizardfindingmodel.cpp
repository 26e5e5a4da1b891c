// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/wizardfindingmodel.h"

using namespace Qt::StringLiterals;

namespace hydron::ui {

WizardFindingModel::WizardFindingModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

QString WizardFindingModel::location(const QString &file, int line)
{
    if (file.isEmpty())
        return {};
    return line > 0 ? file + u':' + QString::number(line) : file;
}

QString WizardFindingModel::factLabel(const QString &fact)
{
    static const QHash<QString, const char *> labels{
        {u"service"_s, QT_TR_NOOP("Service")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"language"_s, QT_TR_NOOP("Language")},
        {u"language_version"_s, QT_TR_NOOP("Language version")},
        {u"framework"_s, QT_TR_NOOP("Framework")},
        {u"package_manager"_s, QT_TR_NOOP("Package manager")},
        {u"port"_s, QT_TR_NOOP("Port")},
        {u"port_env"_s, QT_TR_NOOP("Port variable")},
        {u"health"_s, QT_TR_NOOP("Health check")},
        {u"env"_s, QT_TR_NOOP("Environment variable")},
        {u"env_required"_s, QT_TR_NOOP("Required variable")},
        {u"dockerfile"_s, QT_TR_NOOP("Dockerfile")},
        {u"start"_s, QT_TR_NOOP("Start command")},
        {u"build"_s, QT_TR_NOOP("Build command")},
        {u"depends_on"_s, QT_TR_NOOP("Depends on")},
        {u"backing"_s, QT_TR_NOOP("Backing service")},
        {u"external"_s, QT_TR_NOOP("Integration")},
    };
    if (const auto it = labels.constFind(fact); it != labels.cend())
        return tr(*it);
    QString text = fact;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void WizardFindingModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void WizardFindingModel::clear()
{
    setRows({});
}

void WizardFindingModel::setEvidence(const QList<analysis::Evidence> &evidence)
{
    QList<Row> rows;
    for (const analysis::Evidence &e : evidence)
        rows.append({factLabel(e.fact), e.value, location(e.file, e.line)});
    setRows(std::move(rows));
}

void WizardFindingModel::setExternal(const QList<analysis::ExternalService> &external)
{
    QList<Row> rows;
    for (const analysis::ExternalService &e : external) {
        QStringList details;
        if (!e.usedBy.isEmpty())
            details << tr("used by %1").arg(e.usedBy.join(u", "_s));
        if (!e.env.isEmpty())
            details << tr("reads %1").arg(e.env.join(u", "_s));
        QStringList where;
        for (const analysis::Evidence &ev : e.evidence)
            where << location(ev.file, ev.line);
        where.removeDuplicates();
        rows.append({e.name, details.join(u"; "_s), where.join(u", "_s)});
    }
    setRows(std::move(rows));
}

void WizardFindingModel::setWarnings(const QList<analysis::Warning> &warnings)
{
    QList<Row> rows;
    for (const analysis::Warning &w : warnings)
        rows.append({w.message, w.code, w.file});
    setRows(std::move(rows));
}

int WizardFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WizardFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WizardFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case What:
        return row.what;
    case Details:
        return row.details;
    case Where:
        return row.where;
    default:
        return {};
    }
}

QVariant WizardFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        switch (m_kind) {
        case Kind::Evidence:
            return tr("Finding");
        case Kind::External:
            return tr("Integration");
        case Kind::Warnings:
            return tr("Warning");
        }
        return {};
    case Details:
        switch (m_kind) {
        case Kind::Evidence:
            return tr("Found");
        case Kind::External:
            return tr("Details");
        case Kind::Warnings:
            return tr("Code");
        }
        return {};
    case Where:
        return m_kind == Kind::Evidence ? tr("Where") : tr("Files");
    default:
        return {};
    }
}

} // namespace hydron::ui
