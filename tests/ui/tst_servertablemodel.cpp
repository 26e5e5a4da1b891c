// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/models/servertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::ServerTableModel;

class TestServerTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_core = test::openCore(m_dir->path());
        QVERIFY(m_core);
    }

    void cleanup()
    {
        m_core.reset();
        m_dir.reset();
    }

    void columns_showServer()
    {
        auto shop = m_core->projects().add(test::makeProject(u"shop"_s));
        auto blog = m_core->projects().add(test::makeProject(u"blog"_s));
        QVERIFY(shop && blog);
        Server s = test::makeServer(u"web-1"_s, u"example.com"_s, {u"prod"_s, u"eu"_s}, {shop->id, blog->id});
        s.port = 2222;
        QVERIFY(m_core->servers().add(s));
        ServerTableModel model(m_core->servers(), m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(ServerTableModel::ColumnCount));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ServerTableModel::Name).data().toString(), u"web-1"_s);
        QCOMPARE(model.index(0, ServerTableModel::Host).data().toString(), u"deploy@example.com:2222"_s);
        QCOMPARE(model.index(0, ServerTableModel::Status).data().toString(), serverStatusLabel(ServerStatus::Unknown));
        QCOMPARE(model.index(0, ServerTableModel::Tags).data().toString(), u"eu, prod"_s);
        QCOMPARE(model.index(0, ServerTableModel::LinkedProjects).data().toString(), u"blog, shop"_s);
        QCOMPARE(model.headerData(ServerTableModel::LinkedProjects, Qt::Horizontal).toString(), u"Linked projects"_s);
    }

    void storeChanges_followedRowByRow()
    {
        ServerTableModel model(m_core->servers(), m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto a = m_core->servers().add(test::makeServer(u"a"_s, u"10.0.0.1"_s));
        auto b = m_core->servers().add(test::makeServer(u"b"_s, u"10.0.0.2"_s));
        QVERIFY(a && b);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_core->servers().addTags(b->id, {u"staging"_s}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, ServerTableModel::Tags).data().toString(), u"staging"_s);

        QVERIFY(m_core->servers().remove(a->id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(model.index(0, 0)), b->id);
        QCOMPARE(reset.size(), 0);
    }

    void projectRenameAndRemoval_updateLinkedProjects()
    {
        auto shop = m_core->projects().add(test::makeProject(u"shop"_s));
        auto other = m_core->projects().add(test::makeProject(u"other"_s));
        QVERIFY(shop && other);
        QVERIFY(m_core->servers().add(test::makeServer(u"web"_s, u"10.0.0.1"_s, {}, {shop->id})));
        ServerTableModel model(m_core->servers(), m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(m_core->projects().rename(other->id, u"unlinked"_s));
        QCOMPARE(changed.size(), 0); // not linked: nothing to repaint

        QVERIFY(m_core->projects().rename(shop->id, u"storefront"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(ServerTableModel::LinkedProjects));
        QCOMPARE(model.index(0, ServerTableModel::LinkedProjects).data().toString(), u"storefront"_s);

        QVERIFY(m_core->projects().remove(shop->id));
        QCOMPARE(model.index(0, ServerTableModel::LinkedProjects).data().toString(), QString());
    }

    void filter_matchesNameHostAndTags()
    {
        QVERIFY(m_core->servers().add(test::makeServer(u"alpha"_s, u"alpha.example.com"_s, {u"production"_s})));
        QVERIFY(m_core->servers().add(test::makeServer(u"beta"_s, u"10.1.2.3"_s, {u"staging"_s})));
        ServerTableModel model(m_core->servers(), m_core->projects());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ServerTableModel::FilterTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(u"PROD"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
        proxy.setFilterFixedString(u"10.1.2"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
        proxy.setFilterFixedString(u"be"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(u"nothing-like-this"_s);
        QCOMPARE(proxy.rowCount(), 0);
        // Added servers pass through the filter too.
        proxy.setFilterFixedString(u"staging"_s);
        QVERIFY(m_core->servers().add(test::makeServer(u"gamma"_s, u"10.9.9.9"_s, {u"staging"_s})));
        QCOMPARE(proxy.rowCount(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
