// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/models/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::RunListModel;

class TestRunListModel final : public QObject
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
        auto project = m_core->projects().add(test::makeProject(u"shop"_s));
        auto other = m_core->projects().add(test::makeProject(u"other"_s));
        auto server = m_core->servers().add(test::makeServer(u"web-1"_s, u"10.0.0.1"_s));
        QVERIFY(project && other && server);
        m_project = project->id;
        m_other = other->id;
        m_server = server->id;
    }

    void cleanup()
    {
        m_core.reset();
        m_dir.reset();
    }

    void runs_newestFirst_withColumns()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-100);
        Run first = run(m_project, RunStatus::Completed);
        first.startedAt = start;
        first.finishedAt = start.addSecs(65);
        QVERIFY(m_core->runs().add(first));
        QVERIFY(m_core->runs().add(run(m_project, RunStatus::Failed, Run::Kind::Rollback)));
        QVERIFY(m_core->runs().add(run(m_other, RunStatus::Completed)));

        RunListModel model(m_core->runs(), m_core->servers());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjectId(m_project);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunListModel::Kind).data().toString(), Run::kindLabel(Run::Kind::Rollback));
        QCOMPARE(model.index(0, RunListModel::Status).data().toString(), runStatusLabel(RunStatus::Failed));
        QCOMPARE(model.index(1, RunListModel::Server).data().toString(), u"web-1"_s);
        QCOMPARE(model.index(1, RunListModel::Duration).data().toString(), u"1 min 5 s"_s);
        QVERIFY(model.index(0, RunListModel::Number).data().toString().startsWith(u'#'));
    }

    void runStore_followed()
    {
        RunListModel model(m_core->runs(), m_core->servers());
        model.setProjectId(m_project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto a = m_core->runs().add(run(m_project, RunStatus::Started));
        auto b = m_core->runs().add(run(m_project, RunStatus::Started));
        QVERIFY(a && b);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0); // newest on top
        QCOMPARE(model.idAt(model.index(0, 0)), b->id);

        QVERIFY(m_core->runs().add(run(m_other, RunStatus::Started)));
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_core->runs().setStatus(a->id, RunStatus::Completed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, RunListModel::Status).data().toString(), runStatusLabel(RunStatus::Completed));

        auto server = m_core->servers().find(m_server);
        server->name = u"renamed"_s;
        QVERIFY(m_core->servers().update(*server));
        QCOMPARE(model.index(1, RunListModel::Server).data().toString(), u"renamed"_s);
        QCOMPARE(reset.size(), 0);
    }

    void refresh_picksUpRunsOfAnotherProcess()
    {
        auto mine = m_core->runs().add(run(m_project, RunStatus::Started));
        QVERIFY(mine);
        RunListModel model(m_core->runs(), m_core->servers());
        model.setProjectId(m_project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            auto other = test::openCore(m_dir->path());
            QVERIFY(other);
            QVERIFY(other->runs().add(run(m_project, RunStatus::InProgress)));
            QVERIFY(other->runs().setStatus(mine->id, RunStatus::Stopped));
        }
        model.refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RunListModel::Status).data().toString(), runStatusLabel(RunStatus::InProgress));
        QCOMPARE(model.index(1, RunListModel::Status).data().toString(), runStatusLabel(RunStatus::Stopped));
        QCOMPARE(reset.size(), 0);
    }

private:
    Run run(qint64 projectId, RunStatus status, Run::Kind kind = Run::Kind::Deploy) const
    {
        Run r;
        r.projectId = projectId;
        r.serverId = m_server;
        r.kind = kind;
        r.status = status;
        r.steps = {Step{u"Build"_s, StepStatus::Pending, {}, {}, {}}};
        return r;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
    qint64 m_project = 0;
    qint64 m_other = 0;
    qint64 m_server = 0;
};

QTEST_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"
