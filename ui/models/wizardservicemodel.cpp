// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/wizardservicemodel.h"

#include "core/model/names.h"
#include "core/source/imagereference.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr std::array allKinds{ServiceKind::Web,    ServiceKind::Api, ServiceKind::Worker,
                              ServiceKind::Static, ServiceKind::Job, ServiceKind::Backing};

std::optional<ServiceKind> kindFrom(const QVariant &value)
{
    bool isInt = false;
    const int number = value.toInt(&isInt);
    if (isInt && value.typeId() != QMetaType::QString) {
        for (ServiceKind kind : allKinds) {
            if (static_cast<int>(kind) == number)
                return kind;
        }
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    for (ServiceKind kind : allKinds) {
        if (text.compare(serviceKindName(kind), Qt::CaseInsensitive) == 0 || text == serviceKindLabel(kind))
            return kind;
    }
    return std::nullopt;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        items << part.trimmed();
    return items;
}

} // namespace

WizardServiceModel::WizardServiceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WizardServiceModel::setServices(QList<WizardService> services)
{
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

QList<Service> WizardServiceModel::toServices() const
{
    QList<Service> services;
    services.reserve(m_services.size());
    for (const WizardService &s : m_services)
        services << s.service;
    return services;
}

const WizardService *WizardServiceModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services.at(row) : nullptr;
}

int WizardServiceModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).service.name == name)
            return static_cast<int>(i);
    }
    return -1;
}

QString WizardServiceModel::freeName(const QString &base) const
{
    QString name = base;
    for (int n = 2; rowOf(name) >= 0; ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

int WizardServiceModel::addService(ServiceSource source)
{
    WizardService added;
    added.service.name = freeName(u"service"_s);
    added.service.source = source;
    added.service.kind = ServiceKind::Web;
    added.origin = tr("Added by you");
    const int row = static_cast<int>(m_services.size());
    beginInsertRows(QModelIndex(), row, row);
    m_services.append(added);
    endInsertRows();
    return row;
}

bool WizardServiceModel::removeService(int row)
{
    if (row < 0 || row >= m_services.size())
        return false;
    const QString name = m_services.at(row).service.name;
    beginRemoveRows(QModelIndex(), row, row);
    m_services.removeAt(row);
    endRemoveRows();
    // Nothing may depend on a service that is gone.
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        if (m_services[i].service.dependsOn.removeAll(name) > 0) {
            const QModelIndex changed = index(static_cast<int>(i), DependsOn);
            Q_EMIT dataChanged(changed, changed);
        }
    }
    return true;
}

void WizardServiceModel::setEnvironment(int row, const QList<EnvVar> &env, const QHash<QString, QString> &secretValues)
{
    if (row < 0 || row >= m_services.size())
        return;
    m_services[row].service.env = env;
    m_services[row].secretValues = secretValues;
    Q_EMIT environmentChanged(row);
}

int WizardServiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int WizardServiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WizardServiceModel::portsText(const QList<int> &ports)
{
    QStringList text;
    for (int port : ports)
        text << QString::number(port);
    return text.join(u", "_s);
}

QVariant WizardServiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WizardService &w = m_services.at(index.row());
    const Service &s = w.service;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return w.origin;
        case Location:
            return s.source == ServiceSource::Image ? tr("Runs the image %1").arg(s.image)
                                                    : tr("Built from the folder %1 of the source").arg(s.path);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Kind:
        return role == Qt::EditRole ? QVariant(static_cast<int>(s.kind)) : QVariant(serviceKindLabel(s.kind));
    case Ports:
        return portsText(s.ports);
    case Health:
        return s.health.path;
    case Location:
        return s.source == ServiceSource::Image ? s.image : s.path;
    case DependsOn:
        return s.dependsOn.join(u", "_s);
    default:
        return {};
    }
}

QVariant WizardServiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Kind:
        return tr("Kind");
    case Ports:
        return tr("Ports");
    case Health:
        return tr("Health check");
    case Location:
        return tr("Path or image");
    case DependsOn:
        return tr("Depends on");
    default:
        return {};
    }
}

Qt::ItemFlags WizardServiceModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool WizardServiceModel::reject(const QString &message)
{
    Q_EMIT editRejected(message);
    return false;
}

bool WizardServiceModel::rename(int row, const QString &text)
{
    const QString name = text.trimmed();
    WizardService &w = m_services[row];
    if (name == w.service.name)
        return false;
    if (auto valid = validateName(name, tr("service name")); !valid)
        return reject(valid.error().message);
    // It becomes a container and host name on the server's network.
    static const QRegularExpression pattern(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    if (!pattern.match(name).hasMatch())
        return reject(tr("A service name is used as a host name on the server: use lower-case letters, digits and "
                         "dashes (not at the start or end), at most 63 characters. “%1” is not one.")
                          .arg(name));
    if (rowOf(name) >= 0)
        return reject(tr("Another service is already named “%1”. Choose another name.").arg(name));
    const QString old = w.service.name;
    w.service.name = name;
    Q_EMIT dataChanged(index(row, Name), index(row, Name));
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        QStringList &deps = m_services[i].service.dependsOn;
        if (const qsizetype at = deps.indexOf(old); at >= 0) {
            deps[at] = name;
            const QModelIndex changed = index(static_cast<int>(i), DependsOn);
            Q_EMIT dataChanged(changed, changed);
        }
    }
    return true;
}

bool WizardServiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    Service &s = m_services[row].service;
    switch (index.column()) {
    case Name:
        return rename(row, value.toString());
    case Kind: {
        const auto kind = kindFrom(value);
        if (!kind)
            return reject(tr("“%1” is not a kind of service.").arg(value.toString()));
        if (*kind == s.kind)
            return false;
        s.kind = *kind;
        break;
    }
    case Ports: {
        QList<int> ports;
        for (const QString &part : splitList(value.toString())) {
            bool ok = false;
            const int port = part.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return reject(
                    tr("“%1” is not a port: give numbers between 1 and 65535, separated by commas.").arg(part));
            if (!ports.contains(port))
                ports << port;
        }
        if (ports == s.ports)
            return false;
        s.ports = ports;
        break;
    }
    case Health: {
        const QString path = value.toString().trimmed();
        if (!path.isEmpty() && (!path.startsWith(u'/') || path.contains(u' ')))
            return reject(tr("A health check is an HTTP path that starts with “/”, such as /healthz, without spaces."));
        if (path == s.health.path)
            return false;
        s.health.path = path;
        break;
    }
    case Location: {
        const QString text = value.toString().trimmed();
        if (s.source == ServiceSource::Image) {
            const auto image = source::ImageReference::parse(text);
            if (!image)
                return reject(image.error().message);
            if (text == s.image)
                return false;
            s.image = text;
        } else {
            const QString path = text.isEmpty() ? u"."_s : text;
            if (path.startsWith(u'/') || path.split(u'/').contains(u".."_s))
                return reject(tr("The path is a folder inside the source, such as “.” or “apps/api”: not absolute, "
                                 "and without “..”."));
            if (path == s.path)
                return false;
            s.path = path;
        }
        break;
    }
    case DependsOn: {
        QStringList deps;
        for (const QString &name : splitList(value.toString())) {
            if (name == s.name)
                return reject(tr("A service cannot depend on itself."));
            if (rowOf(name) < 0)
                return reject(tr("There is no service named “%1” to depend on.").arg(name));
            if (!deps.contains(name))
                deps << name;
        }
        if (deps == s.dependsOn)
            return false;
        s.dependsOn = deps;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

} // namespace hydron::ui
