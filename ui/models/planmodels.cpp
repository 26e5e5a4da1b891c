// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/planmodels.h"

#include "ui/models/envtablemodel.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

bool valid(const QAbstractItemModel *model, const QModelIndex &index)
{
    return model->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                        QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
}

QString tlsLabel(planning::TlsMode mode)
{
    switch (mode) {
    case planning::TlsMode::Acme:
        return PlanDomainModel::tr("Automatic HTTPS (public CA)");
    case planning::TlsMode::Internal:
        return PlanDomainModel::tr("HTTPS from the proxy's own CA");
    case planning::TlsMode::None:
        return PlanDomainModel::tr("Plain HTTP");
    }
    return {};
}

// A single line for a table cell: JSON lists and long texts are cut, newlines shown as ⏎.
QString cellText(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u" ⏎ "_s);
    return line.size() > 160 ? line.left(157) + u"…"_s : line;
}

} // namespace

// ---- PlanDockerfileModel ----

void PlanDockerfileModel::setDocument(const planning::PlanDocument &document)
{
    beginResetModel();
    m_rows.clear();
    for (const planning::PlanService &s : document.services) {
        if (s.build)
            m_rows << s;
    }
    endResetModel();
}

QString PlanDockerfileModel::serviceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int PlanDockerfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanDockerfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanDockerfileModel::data(const QModelIndex &index, int role) const
{
    if (!valid(this, index))
        return {};
    const planning::PlanService &s = m_rows.at(index.row());
    const planning::PlanBuild &build = *s.build;
    const bool generated = build.dockerfile.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Service)
            return s.name;
        return generated ? tr("Generated (%1)").arg(build.stack.isEmpty() ? tr("custom") : build.stack)
                         : tr("%1 in the source").arg(build.dockerfile);
    case Qt::ToolTipRole:
        return generated ? tr("Hydron generated this Dockerfile; you can edit it.")
                         : tr("The Dockerfile from the source (%1/%2) is used as it is.")
                               .arg(build.context, build.dockerfile);
    case DockerfileRole:
        return build.generatedDockerfile;
    case GeneratedRole:
        return generated;
    case PathRole:
        return generated ? QString() : QDir::cleanPath(build.context + u'/' + build.dockerfile);
    default:
        return {};
    }
}

QVariant PlanDockerfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Service ? tr("Service") : section == Origin ? tr("Dockerfile") : QVariant();
}

// ---- PlanDomainModel ----

void PlanDomainModel::setDocument(const planning::PlanDocument &document)
{
    beginResetModel();
    m_rows.clear();
    for (const planning::PlanService &s : document.services) {
        if (!s.isPublic)
            continue;
        if (s.domains.isEmpty())
            m_rows << Row{s.name, {}, planning::TlsMode::None, s.publicPort};
        for (const planning::PlanDomain &d : s.domains)
            m_rows << Row{s.name, d.host, d.tls, s.publicPort};
    }
    endResetModel();
}

int PlanDomainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanDomainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanDomainModel::data(const QModelIndex &index, int role) const
{
    if (!valid(this, index))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == HostRole)
        return row.host;
    if (role == Qt::ToolTipRole && index.column() == Host)
        return row.host.isEmpty() ? tr("No domain: the service answers on the server's own address, port 80.")
                                  : tr("The proxy routes %1 to %2, port %3.").arg(row.host, row.service).arg(row.port);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Service:
        return row.service;
    case Host:
        return row.host.isEmpty() ? tr("The server's address") : row.host;
    case Tls:
        return row.host.isEmpty() ? tr("Plain HTTP") : tlsLabel(row.tls);
    default:
        return {};
    }
}

QVariant PlanDomainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Host:
        return tr("Domain");
    case Tls:
        return tr("TLS");
    default:
        return {};
    }
}

// ---- PlanPostDeployModel ----

void PlanPostDeployModel::setDocument(const planning::PlanDocument &document)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &name : document.startOrder()) {
        if (const planning::PlanService *s = document.service(name)) {
            for (const QString &command : s->postDeploy)
                m_rows.append({s->name, command});
        }
    }
    endResetModel();
}

int PlanPostDeployModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanPostDeployModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanPostDeployModel::data(const QModelIndex &index, int role) const
{
    if (!valid(this, index) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto &row = m_rows.at(index.row());
    return index.column() == Service ? row.first : row.second;
}

QVariant PlanPostDeployModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Service ? tr("Runs in") : section == Command ? tr("Command") : QVariant();
}

// ---- PlanSecretModel ----

void PlanSecretModel::setDocument(const planning::PlanDocument &document)
{
    beginResetModel();
    m_rows = document.secrets;
    endResetModel();
}

void PlanSecretModel::setStored(const QString &ref, bool stored)
{
    if (stored == m_stored.contains(ref))
        return;
    if (stored)
        m_stored.insert(ref);
    else
        m_stored.remove(ref);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).ref == ref)
            Q_EMIT dataChanged(index(row, Value), index(row, Value));
    }
}

QString PlanSecretModel::referenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ref : QString();
}

int PlanSecretModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanSecretModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanSecretModel::data(const QModelIndex &index, int role) const
{
    if (!valid(this, index))
        return {};
    const planning::PlanSecret &secret = m_rows.at(index.row());
    const bool stored = m_stored.contains(secret.ref);
    if (role == ReferenceRole)
        return secret.ref;
    if (role == Qt::ToolTipRole)
        return secret.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return secret.ref;
    case Origin:
        return secret.generate ? tr("Generated at the first deploy") : tr("You give it");
    case Value:
        if (stored)
            return EnvTableModel::secretMask();
        return secret.generate ? tr("not made yet") : tr("not set");
    default:
        return {};
    }
}

QVariant PlanSecretModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Secret");
    case Origin:
        return tr("Value from");
    case Value:
        return tr("In the keychain");
    default:
        return {};
    }
}

// ---- PlanDiffModel ----

void PlanDiffModel::setDiff(const planning::PlanDiff &diff)
{
    beginResetModel();
    m_rows.clear();
    for (const planning::FieldChange &f : diff.plan)
        m_rows << Row{tr("(plan)"), f.field, f.before, f.after};
    for (const planning::ServiceChange &s : diff.services) {
        switch (s.kind) {
        case planning::ServiceChange::Kind::Added:
            m_rows << Row{s.service, tr("service added"), {}, s.service};
            break;
        case planning::ServiceChange::Kind::Removed:
            m_rows << Row{s.service, tr("service removed"), s.service, {}};
            break;
        case planning::ServiceChange::Kind::Changed:
            for (const planning::FieldChange &f : s.fields)
                m_rows << Row{s.service, f.field, f.before, f.after};
            break;
        }
    }
    endResetModel();
}

int PlanDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanDiffModel::data(const QModelIndex &index, int role) const
{
    if (!valid(this, index))
        return {};
    const Row &row = m_rows.at(index.row());
    const QString *text = nullptr;
    switch (index.column()) {
    case Service:
        text = &row.service;
        break;
    case Field:
        text = &row.field;
        break;
    case Before:
        text = &row.before;
        break;
    case After:
        text = &row.after;
        break;
    default:
        return {};
    }
    if (role == Qt::DisplayRole)
        return cellText(*text);
    if (role == FullTextRole)
        return *text;
    if (role == Qt::ToolTipRole)
        return text->size() > 40 || text->contains(u'\n') ? *text : QVariant();
    return {};
}

QVariant PlanDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace hydron::ui
