// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace hydron {

// The SQLite database beside the run logs in the data folder. Opening it checks, before
// anything is written, that the file is a Hydron database, not damaged and not written by a
// newer schema; then it enables WAL and foreign keys and applies the numbered migrations.
class Database final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *FileName = "hydron.db";
    static constexpr quint32 ApplicationId = 0x48594452; // "HYDR"

    static Result<std::unique_ptr<Database>> open(const QString &dataDir);
    ~Database() override;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();

    // Prepares and runs a statement with positional bindings.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});
    // Runs `work` inside a transaction: commits when it succeeds, rolls back when it fails.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // Compares SQLite's data_version with the last one seen: true when another connection
    // (another Hydron process, hydron-cli) has committed since. Cheap; meant for a timer.
    bool changedElsewhere();

private:
    explicit Database(QString path, QString connectionName);
    Result<void> configureAndMigrate();
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] Error sqlError(const QString &what, const QSqlQuery &query) const;

    QString m_path;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    int m_transactionDepth = 0;
};

} // namespace hydron
