// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"
#include "core/model/service.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hydron::ui {

// One service under review in the New Project wizard: the model's Service, why Hydron thinks
// it exists (the analysis' evidence), and secret values the user typed that go to the keychain
// once the project is saved (never into the Service itself).
struct WizardService
{
    Service service;
    QList<analysis::Evidence> evidence;
    QString origin;                       // translated: where it came from ("Detected in backend")
    QHash<QString, QString> secretValues; // env var name → value typed for a secret variable

    friend bool operator==(const WizardService &, const WizardService &) = default;
};

// The services the wizard's review page shows and edits: rename (references in depends_on
// follow), change kind, ports, health path, path or image and depends_on; add and remove.
// Every edit is checked; a refused one leaves the data as it was and says why through
// editRejected().
class WizardServiceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Ports,
        Health,
        Location, // the path in the source, or the image
        DependsOn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WizardServiceModel(QObject *parent = nullptr);

    void setServices(QList<WizardService> services);
    [[nodiscard]] const QList<WizardService> &services() const { return m_services; }
    [[nodiscard]] QList<Service> toServices() const;
    [[nodiscard]] const WizardService *serviceAt(int row) const;
    [[nodiscard]] int rowOf(const QString &name) const;

    // Adds a service with a free name ("service", "service-2", …); returns its row.
    int addService(ServiceSource source);
    bool removeService(int row);
    // Replaces a service's environment (and the secret values typed for it).
    void setEnvironment(int row, const QList<EnvVar> &env, const QHash<QString, QString> &secretValues);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] static QString portsText(const QList<int> &ports);

Q_SIGNALS:
    void editRejected(const QString &message);
    void environmentChanged(int row);

private:
    bool reject(const QString &message);
    bool rename(int row, const QString &name);
    [[nodiscard]] QString freeName(const QString &base) const;

    QList<WizardService> m_services;
};

} // namespace hydron::ui
