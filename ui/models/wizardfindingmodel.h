// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"

#include <QAbstractTableModel>

namespace hydron::ui {

// What the analysis found besides the services, as rows of "what, details, where", for the New
// Project wizard's review page: the evidence of one service (fact, value, file:line), the
// external integrations (name, users and env vars, where) or the analysis warnings.
class WizardFindingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        What,
        Details,
        Where,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Kind
    {
        Evidence,
        External,
        Warnings
    };

    explicit WizardFindingModel(Kind kind, QObject *parent = nullptr);

    void setEvidence(const QList<analysis::Evidence> &evidence);
    void setExternal(const QList<analysis::ExternalService> &external);
    void setWarnings(const QList<analysis::Warning> &warnings);
    void clear();

    // "backend/app.py:10", or the file alone when the whole file is the evidence.
    [[nodiscard]] static QString location(const QString &file, int line);
    // A readable name for an evidence fact ("port" → "Port").
    [[nodiscard]] static QString factLabel(const QString &fact);

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString what;
        QString details;
        QString where;
    };
    void setRows(QList<Row> rows);

    Kind m_kind;
    QList<Row> m_rows;
};

} // namespace hydron::ui
