// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace hydron::ui {

class WizardServiceModel;

// The environment variables of one service under review in the New Project wizard: rename,
// give values, mark secret (a secret's value moves out of the service, to go to the keychain
// once the project is saved), add and remove. Edits go back into the WizardServiceModel.
class WizardEnvModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Value,
        Secret,
        Required,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit WizardEnvModel(WizardServiceModel *services, QObject *parent = nullptr);

    // The service's row in the service model; -1 shows nothing.
    void setServiceRow(int row);
    [[nodiscard]] int serviceRow() const { return m_row; }

    // Adds a variable with a free name ("NEW_VARIABLE", …); returns its row, -1 without a service.
    int addVariable();
    bool removeVariable(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] static QString secretMask();

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    void reload();
    [[nodiscard]] bool valid() const;

    QPointer<WizardServiceModel> m_services;
    int m_row = -1;
    bool m_writing = false;
};

} // namespace hydron::ui
