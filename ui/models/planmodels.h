// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/planning/plandiff.h"
#include "core/planning/plandocument.h"

#include <QAbstractTableModel>
#include <QSet>

// The lists of a plan as the Infrastructure panel shows them. Each model holds a copy of the
// plan document (or of a diff) and is reset when the panel shows another plan version.
namespace hydron::ui {

// The services that are built: one row each, with where their Dockerfile comes from.
class PlanDockerfileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Origin,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        DockerfileRole = Qt::UserRole + 1, // the generated text; empty for an existing Dockerfile
        GeneratedRole,                     // bool
        PathRole, // an existing Dockerfile's path in the source (context/Dockerfile); empty when generated
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setDocument(const planning::PlanDocument &document);
    [[nodiscard]] QString serviceAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<planning::PlanService> m_rows;
};

// Every domain of every public service, with its TLS mode; public services without a domain
// show as answering on the server's address.
class PlanDomainModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Host,
        Tls,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        HostRole = Qt::UserRole + 1, // the domain; empty for the server's own address
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setDocument(const planning::PlanDocument &document);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString service;
        QString host; // empty: the server's own address
        planning::TlsMode tls = planning::TlsMode::None;
        int port = 0;
    };
    QList<Row> m_rows;
};

// The post-deploy commands, in start order, with the service whose container runs them.
class PlanPostDeployModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Command,
        ColumnCount
    };
    Q_ENUM(Column)

    using QAbstractTableModel::QAbstractTableModel;
    void setDocument(const planning::PlanDocument &document);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, QString>> m_rows;
};

// The plan's secrets: reference, who makes the value, and whether the keychain holds one.
// Values never reach this model; a stored value shows as a mask.
class PlanSecretModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Origin,
        Value,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ReferenceRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setDocument(const planning::PlanDocument &document);
    void setStored(const QString &ref, bool stored);
    [[nodiscard]] QString referenceAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<planning::PlanSecret> m_rows;
    QSet<QString> m_stored;
};

// What changed between two plan versions: one row per changed field, added or removed service.
class PlanDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Service,
        Field,
        Before,
        After,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        FullTextRole = Qt::UserRole + 1, // the whole value, newlines kept
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setDiff(const planning::PlanDiff &diff);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString service;
        QString field;
        QString before;
        QString after;
    };
    QList<Row> m_rows;
};

} // namespace hydron::ui
