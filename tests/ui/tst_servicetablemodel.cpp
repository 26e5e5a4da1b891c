// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/models/servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::ServiceTableModel;

class TestServiceTableModel final : public QObject
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

    void columns_showServices()
    {
        Service api = test::makeService(u"api"_s, {8080, 9090});
        api.kind = ServiceKind::Api;
        api.path = u"services/api"_s;
        api.health.path = u"/healthz"_s;
        api.dependsOn = {u"db"_s, u"cache"_s};
        api.dockerfile = u"Dockerfile"_s;
        Service image = test::makeService(u"db"_s);
        image.source = ServiceSource::Image;
        image.image = u"postgres:16"_s;
        auto project = m_core->projects().add(test::makeProject(u"shop"_s, {api, image}));
        QVERIFY(project);

        ServiceTableModel model(m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProjectId(project->id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ServiceTableModel::Name).data().toString(), u"api"_s);
        QCOMPARE(model.index(0, ServiceTableModel::Kind).data().toString(), serviceKindLabel(ServiceKind::Api));
        QCOMPARE(model.index(0, ServiceTableModel::Path).data().toString(), u"services/api"_s);
        QCOMPARE(model.index(0, ServiceTableModel::Ports).data().toString(), u"8080, 9090"_s);
        QCOMPARE(model.index(0, ServiceTableModel::HealthCheck).data().toString(), u"/healthz"_s);
        QCOMPARE(model.index(0, ServiceTableModel::DependsOn).data().toString(), u"db, cache"_s);
        QCOMPARE(model.index(0, ServiceTableModel::Dockerfile).data().toString(), u"services/api/Dockerfile"_s);
        QCOMPARE(model.index(1, ServiceTableModel::Path).data().toString(), u"postgres:16"_s);
        QVERIFY(model.index(1, ServiceTableModel::Dockerfile).data().toString().contains(u"postgres:16"_s));
    }

    void projectChanges_followedServiceByService()
    {
        auto project = m_core->projects().add(
            test::makeProject(u"shop"_s, {test::makeService(u"web"_s, {80}), test::makeService(u"api"_s, {8080})}));
        auto other = m_core->projects().add(test::makeProject(u"other"_s, {test::makeService(u"x"_s)}));
        QVERIFY(project && other);
        ServiceTableModel model(m_core->projects());
        model.setProjectId(project->id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Project p = *project;
        p.services[1].ports = {8081};
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, ServiceTableModel::Ports).data().toString(), u"8081"_s);

        p.services.append(test::makeService(u"worker"_s));
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);

        p.services.removeAt(0); // web
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);

        std::swap(p.services[0], p.services[1]); // worker, api
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"worker"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"api"_s);

        Project o = *other;
        o.services.clear();
        QVERIFY(m_core->projects().update(o)); // another project: ignored
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_core->projects().remove(project->id));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void startOrder_followsDependencies()
    {
        Service db = test::makeService(u"db"_s, {5432});
        db.kind = ServiceKind::Backing;
        Service api = test::makeService(u"api"_s, {8080});
        api.dependsOn = {u"db"_s, u"elsewhere"_s}; // a name outside the project is ignored
        Service web = test::makeService(u"web"_s, {80});
        web.dependsOn = {u"api"_s};
        Service worker = test::makeService(u"worker"_s);
        worker.dependsOn = {u"db"_s};
        auto project = m_core->projects().add(test::makeProject(u"shop"_s, {web, api, worker, db}));
        QVERIFY(project);
        ServiceTableModel model(m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjectId(project->id);
        auto order = [&model](int row) {
            return model.index(row, ServiceTableModel::StartOrder).data().toString();
        };
        QCOMPARE(order(0), u"3"_s); // web after api after db
        QCOMPARE(order(1), u"2"_s);
        QCOMPARE(order(2), u"2"_s);
        QCOMPARE(order(3), u"1"_s);
        QCOMPARE(model.index(1, 0).data(ServiceTableModel::DependsOnRole).toStringList(), QStringList{u"db"_s});
        QCOMPARE(model.index(3, 0).data(ServiceTableModel::ServiceKindRole).toInt(), int(ServiceKind::Backing));
        QVERIFY(model.index(3, ServiceTableModel::StartOrder).data(Qt::ToolTipRole).toString().contains(u"first"_s));

        // A cycle is named as one, and every row's order is refreshed.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Project p = *project;
        p.services[3].dependsOn = {u"web"_s}; // db → web → api → db
        QVERIFY(m_core->projects().update(p));
        QVERIFY(!changed.isEmpty());
        for (int row : {0, 1, 3})
            QCOMPARE(model.index(row, ServiceTableModel::StartOrder).data(ServiceTableModel::StartLevelRole).toInt(),
                     -1);
        QCOMPARE(order(2), u"cycle"_s); // worker waits for db, which is in the cycle
        QVERIFY(model.index(0, ServiceTableModel::StartOrder).data(Qt::ToolTipRole).toString().contains(u"cycle"_s));

        QCOMPARE(ServiceTableModel::startLevels({}), QList<int>());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestServiceTableModel)
#include "tst_servicetablemodel.moc"
