// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coreservices.h"
#include "core/datadir.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Writes raw SQL with a separate connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_freshFolder_migratesToLatestWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto mode = (*db)->exec(u"PRAGMA journal_mode"_s);
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), u"wal"_s);
        auto fk = (*db)->exec(u"PRAGMA foreign_keys"_s);
        QVERIFY(fk && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void open_twice_keepsData()
    {
        QTemporaryDir dir;
        {
            auto core = CoreServices::open(dir.path(), {.fileLogging = false});
            QVERIFY(core);
            QVERIFY((*core)->projects().add(Project{.name = u"kept"_s}));
        }
        auto core = CoreServices::open(dir.path(), {.fileLogging = false});
        QVERIFY(core);
        QVERIFY((*core)->projects().findByName(u"kept"_s));
    }

    void open_newerSchema_refusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hydron.db"_s);
        {
            QVERIFY(Database::open(dir.path()));
        }
        rawExec(path, {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA user_version=99"_s});
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = filesIn(dir.path());

        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::NewerSchema);
        QVERIFY2(db.error().message.contains(u"newer version of Hydron"), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"99"));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore); // no -wal or -shm created either
    }

    void open_garbageFile_refusedAsCorruptAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hydron.db"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(static_cast<char>((i * 7919) % 251));
        f.write(garbage);
        f.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Corrupt);
        QVERIFY2(db.error().message.contains(u"damaged"), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"has not changed it"));
        QCOMPARE(fileHash(path), before);
    }

    void open_damagedPages_refusedAsCorruptAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hydron.db"_s);
        {
            auto core = CoreServices::open(dir.path(), {.fileLogging = false});
            QVERIFY(core);
            for (int i = 0; i < 200; ++i)
                QVERIFY((*core)->projects().add(Project{.name = u"project %1"_s.arg(i)}));
        }
        rawExec(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"PRAGMA journal_mode=DELETE"_s});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        // Keep the header, scribble over the second page onwards.
        f.seek(4096);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void open_foreignSqliteFile_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hydron.db"_s);
        rawExec(path, {u"PRAGMA application_id=1234"_s, u"CREATE TABLE t(x)"_s});
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::Code::Corrupt);
    }

    void open_dataFolderIsAFile_clearError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-folder"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto resolved = DataDir::resolve(file);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::Io);
        QVERIFY2(resolved.error().message.contains(u"is a file"), qPrintable(resolved.error().message));

        // A folder that cannot be created (its parent is a file).
        auto nested = CoreServices::open(file + u"/data"_s, {.fileLogging = false});
        QVERIFY(!nested);
        QVERIFY2(nested.error().message.contains(u"cannot create its data folder"), qPrintable(nested.error().message));
    }

    void open_readOnlyFolder_clearError()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: permission bits do not stop root; the file-as-parent case covers this path");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto resolved = DataDir::resolve(dir.path());
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!resolved);
        QVERIFY(resolved.error().message.contains(u"cannot write"));
    }

    void resolve_precedence_commandLineThenEnvironmentThenDefault()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        qputenv("HYDRON_DATA_DIR", b.path().toUtf8());
        QCOMPARE(*DataDir::resolve(a.path()), a.path());
        QCOMPARE(*DataDir::resolve(), b.path());
        qunsetenv("HYDRON_DATA_DIR");
        QVERIFY(DataDir::defaultLocation().endsWith(u"/hydron"));
    }

    void transaction_failure_rollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db);
        bool inserted = false;
        auto result = (*db)->transaction([&]() -> Result<void> {
            inserted = (*db)
                           ->exec(u"INSERT INTO projects (name, type, created_at, updated_at) VALUES ('a', 'other', "
                                  "'', '')"_s)
                           .has_value();
            return fail(Error::Code::Internal, u"stop"_s);
        });
        QVERIFY(inserted);
        QVERIFY(!result);
        auto count = (*db)->exec(u"SELECT COUNT(*) FROM projects"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
