// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/wizardenvmodel.h"

#include "ui/models/wizardservicemodel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::ui {

WizardEnvModel::WizardEnvModel(WizardServiceModel *services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(services, &QAbstractItemModel::modelReset, this, [this] { setServiceRow(-1); });
    connect(services, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_row >= first && m_row <= last)
                    setServiceRow(-1);
            });
    connect(services, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (m_row > last)
            m_row -= last - first + 1; // the same service, at its new row
    });
    connect(services, &WizardServiceModel::environmentChanged, this, [this](int row) {
        if (row == m_row && !m_writing)
            reload();
    });
}

QString WizardEnvModel::secretMask()
{
    return u"••••••••"_s;
}

bool WizardEnvModel::valid() const
{
    return m_services && m_services->serviceAt(m_row);
}

void WizardEnvModel::setServiceRow(int row)
{
    beginResetModel();
    m_row = row;
    endResetModel();
}

void WizardEnvModel::reload()
{
    beginResetModel();
    endResetModel();
}

int WizardEnvModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !valid())
        return 0;
    return static_cast<int>(m_services->serviceAt(m_row)->service.env.size());
}

int WizardEnvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WizardEnvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !valid())
        return {};
    const WizardService &w = *m_services->serviceAt(m_row);
    const EnvVar &var = w.service.env.at(index.row());
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return var.name;
        break;
    case Value:
        if (var.secret) {
            const bool given = !w.secretValues.value(var.name).isEmpty();
            if (role == Qt::DisplayRole)
                return given ? secretMask() : QString();
            if (role == Qt::EditRole)
                return QString(); // never shown again once typed
            if (role == Qt::ToolTipRole)
                return given ? tr("Goes to your system keychain when the project is saved")
                             : tr("A secret: its value is kept in your system keychain. Type it here, or give it "
                                  "later in the Environment tab.");
        } else if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return var.value;
        }
        break;
    case Secret:
        if (role == Qt::CheckStateRole)
            return var.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Secret values are kept in your system keychain, never in Hydron's database or logs, and "
                      "are never sent to the assistant.");
        break;
    case Required:
        if (role == Qt::DisplayRole)
            return var.required ? tr("Required") : QString();
        if (role == Qt::ToolTipRole && var.required)
            return tr("The code reads it without a default: the service fails without a value.");
        break;
    default:
        break;
    }
    return {};
}

QVariant WizardEnvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Variable");
    case Value:
        return tr("Value");
    case Secret:
        return tr("Secret");
    case Required:
        return tr("Required");
    default:
        return {};
    }
}

Qt::ItemFlags WizardEnvModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Name:
    case Value:
        return flags | Qt::ItemIsEditable;
    case Secret:
        return flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

bool WizardEnvModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !valid())
        return false;
    const WizardService &w = *m_services->serviceAt(m_row);
    QList<EnvVar> env = w.service.env;
    QHash<QString, QString> secrets = w.secretValues;
    EnvVar &var = env[index.row()];
    if (index.column() == Secret && role == Qt::CheckStateRole) {
        const bool secret =
            value.value<Qt::CheckState>() == Qt::Checked || (value.typeId() == QMetaType::Bool && value.toBool());
        if (secret == var.secret)
            return false;
        var.secret = secret;
        if (secret) {
            if (!var.value.isEmpty())
                secrets.insert(var.name, var.value);
            var.value.clear();
        } else {
            var.value = secrets.take(var.name);
        }
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Name) {
        const QString name = value.toString().trimmed();
        if (name == var.name)
            return false;
        static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        if (!pattern.match(name).hasMatch()) {
            Q_EMIT editRejected(tr("“%1” is not a variable name: use letters, digits and “_”, not starting with a "
                                   "digit.")
                                    .arg(name));
            return false;
        }
        for (const EnvVar &other : std::as_const(env)) {
            if (other.name == name) {
                Q_EMIT editRejected(tr("The service already has a variable named %1.").arg(name));
                return false;
            }
        }
        if (secrets.contains(var.name))
            secrets.insert(name, secrets.take(var.name));
        var.name = name;
    } else if (index.column() == Value) {
        const QString text = value.toString();
        if (var.secret) {
            if (text.isEmpty())
                return false; // an empty edit keeps what was typed before
            secrets.insert(var.name, text);
        } else {
            if (text == var.value)
                return false;
            var.value = text;
        }
    } else {
        return false;
    }
    m_writing = true;
    m_services->setEnvironment(m_row, env, secrets);
    m_writing = false;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

int WizardEnvModel::addVariable()
{
    if (!valid())
        return -1;
    const WizardService &w = *m_services->serviceAt(m_row);
    QList<EnvVar> env = w.service.env;
    auto taken = [&env](const QString &name) {
        return std::any_of(env.cbegin(), env.cend(), [&name](const EnvVar &v) { return v.name == name; });
    };
    QString name = u"NEW_VARIABLE"_s;
    for (int n = 2; taken(name); ++n)
        name = u"NEW_VARIABLE_"_s + QString::number(n);
    const int row = static_cast<int>(env.size());
    beginInsertRows(QModelIndex(), row, row);
    env.append(EnvVar{name, QString(), false, false});
    m_writing = true;
    m_services->setEnvironment(m_row, env, w.secretValues);
    m_writing = false;
    endInsertRows();
    return row;
}

bool WizardEnvModel::removeVariable(int row)
{
    if (!valid())
        return false;
    const WizardService &w = *m_services->serviceAt(m_row);
    if (row < 0 || row >= w.service.env.size())
        return false;
    QList<EnvVar> env = w.service.env;
    QHash<QString, QString> secrets = w.secretValues;
    secrets.remove(env.at(row).name);
    beginRemoveRows(QModelIndex(), row, row);
    env.removeAt(row);
    m_writing = true;
    m_services->setEnvironment(m_row, env, secrets);
    m_writing = false;
    endRemoveRows();
    return true;
}

} // namespace hydron::ui
