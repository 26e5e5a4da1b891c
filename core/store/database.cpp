// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/logging.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

struct Header
{
    bool sqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads SQLite's 100-byte file header without opening the database, so a file Hydron must
// refuse is never touched by SQLite (no journal, no WAL, no checkpoint).
Result<std::optional<Header>> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<Header>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::Database", "Hydron cannot read its database %1.").arg(path),
                    file.errorString());
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty())
        return std::optional<Header>{}; // an empty file is an empty database
    Header header;
    header.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (header.sqlite) {
        header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return std::optional<Header>{header};
}

Error corruptError(const QString &path, const QString &detail)
{
    return Error{Error::Code::Corrupt,
                 QCoreApplication::translate("hydron::Database",
                                             "The database %1 is damaged or is not a Hydron database. Hydron has "
                                             "not changed it. Move it aside (or restore it from a backup) and start "
                                             "Hydron again to begin with an empty store.")
                     .arg(path),
                 detail};
}

Error newerError(const QString &path, quint32 version)
{
    return Error{Error::Code::NewerSchema,
                 QCoreApplication::translate("hydron::Database",
                                             "The database %1 was written by a newer version of Hydron (schema "
                                             "version %2; this version knows up to %3). Hydron has left it untouched. "
                                             "Update Hydron to open it, or choose another data folder.")
                     .arg(path)
                     .arg(version)
                     .arg(Database::latestSchemaVersion()),
                 {}};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QLatin1StringView(FileName));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::Database",
                                                "%1 is in the place of Hydron's database but is not a file.")
                        .arg(path));

    auto header = readHeader(path);
    if (!header)
        return std::unexpected(header.error());
    if (*header) {
        const Header &h = **header;
        if (!h.sqlite)
            return std::unexpected(corruptError(path, u"the file does not start with the SQLite header"_s));
        if (h.applicationId != 0 && h.applicationId != ApplicationId)
            return std::unexpected(corruptError(
                path, u"application_id is 0x%1, not Hydron's"_s.arg(h.applicationId, 8, 16, QLatin1Char('0'))));
        if (h.userVersion > static_cast<quint32>(latestSchemaVersion()))
            return std::unexpected(newerError(path, h.userVersion));
    }

    static std::atomic<int> counter{0};
    const QString connectionName = u"hydron-%1"_s.arg(counter.fetch_add(1));
    std::unique_ptr<Database> database(new Database(path, connectionName));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!connection.open())
            return fail(
                Error::Code::Database,
                QCoreApplication::translate("hydron::Database", "Hydron cannot open its database %1.").arg(path),
                connection.lastError().text());
    }
    if (auto configured = database->configureAndMigrate(); !configured)
        return std::unexpected(configured.error());
    return database;
}

Result<void> Database::configureAndMigrate()
{
    // Read-only checks first: nothing is written to a database Hydron will refuse.
    int current = 0;
    {
        auto version = exec(u"PRAGMA user_version"_s);
        if (!version)
            return std::unexpected(corruptError(m_path, version.error().detail));
        current = version->next() ? version->value(0).toInt() : 0;
    }
    if (current > latestSchemaVersion())
        return std::unexpected(newerError(m_path, static_cast<quint32>(current)));
    if (current > 0) {
        QString verdict;
        {
            auto check = exec(u"PRAGMA quick_check(1)"_s);
            if (!check)
                return std::unexpected(corruptError(m_path, check.error().detail));
            verdict = check->next() ? check->value(0).toString() : QString();
        }
        if (verdict != u"ok")
            return std::unexpected(corruptError(m_path, verdict));
    }

    for (const QString &pragma :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (auto done = exec(pragma); !done)
            return std::unexpected(done.error());
    }

    const auto &steps = migrations();
    for (int v = current; v < static_cast<int>(steps.size()); ++v) {
        auto migrated = transaction([&]() -> Result<void> {
            for (const QString &sql : steps.at(v)) {
                if (auto done = exec(sql); !done)
                    return std::unexpected(done.error());
            }
            if (auto done = exec(u"PRAGMA application_id=%1"_s.arg(ApplicationId)); !done)
                return std::unexpected(done.error());
            if (auto done = exec(u"PRAGMA user_version=%1"_s.arg(v + 1)); !done)
                return std::unexpected(done.error());
            return {};
        });
        if (!migrated) {
            Error e = migrated.error();
            e.message = QCoreApplication::translate(
                            "hydron::Database", "Hydron could not upgrade its database %1 to schema version %2. The "
                                                "database is unchanged.")
                            .arg(m_path)
                            .arg(v + 1);
            return std::unexpected(e);
        }
        logging::logger(logging::Channel::Db)->info("migrated {} to schema version {}", m_path.toStdString(), v + 1);
    }
    changedElsewhere(); // remember the current data_version
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(db());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

Error Database::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error{
        Error::Code::Database,
        QCoreApplication::translate("hydron::Database", "The database %1 refused a change (%2).").arg(m_path, what),
        query.lastError().text()};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return std::unexpected(sqlError(sql.simplified().left(60), query));
    for (const QVariant &value : bindings) {
        // A null QString would bind as SQL NULL; text columns store it as the empty string.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(u""_s));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        logging::logger(logging::Channel::Db)
            ->warn("statement failed: {}: {}", sql.simplified().toStdString(), query.lastError().text().toStdString());
        return std::unexpected(sqlError(sql.simplified().left(60), query));
    }
    return query;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    const bool outermost = m_transactionDepth == 0;
    // IMMEDIATE takes the write lock up front, so two processes writing at once wait for each
    // other (busy timeout) instead of failing when a read transaction tries to upgrade.
    if (outermost) {
        if (auto begun = exec(u"BEGIN IMMEDIATE"_s); !begun)
            return std::unexpected(begun.error());
    }
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (!outermost)
        return result;
    if (!result) {
        (void)exec(u"ROLLBACK"_s);
        return result;
    }
    if (auto committed = exec(u"COMMIT"_s); !committed) {
        (void)exec(u"ROLLBACK"_s);
        Error e = committed.error();
        e.message =
            QCoreApplication::translate("hydron::Database", "The database %1 could not save the change.").arg(m_path);
        return std::unexpected(e);
    }
    return {};
}

bool Database::changedElsewhere()
{
    QSqlQuery query(db());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return false;
    const qint64 now = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    return changed;
}

} // namespace hydron
