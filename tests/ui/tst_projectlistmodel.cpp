// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "testcore.h"
#include "ui/models/projectlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::ProjectListModel;

class TestProjectListModel final : public QObject
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

    void existingProjects_shownAtStart()
    {
        QVERIFY(m_core->projects().add(test::makeProject(u"alpha"_s, {test::makeService(u"web"_s)})));
        QVERIFY(m_core->projects().add(test::makeProject(u"beta"_s)));
        ProjectListModel model(m_core->projects(), m_core->runs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ProjectListModel::NameRole).toString(), u"alpha"_s);
        QCOMPARE(model.index(0).data(ProjectListModel::TypeLabelRole).toString(), projectTypeLabel(ProjectType::Api));
        QCOMPARE(model.index(0).data(ProjectListModel::ServiceCountRole).toInt(), 1);
        QCOMPARE(model.index(0).data(ProjectListModel::ServiceCountTextRole).toString(), u"1 service"_s);
        QCOMPARE(model.index(1).data(ProjectListModel::ServiceCountTextRole).toString(), u"No services yet"_s);
        QCOMPARE(model.index(1).data(ProjectListModel::LastRunStatusTextRole).toString(), u"No runs yet"_s);
        QVERIFY(!model.index(1).data(ProjectListModel::LastRunStatusRole).isValid());
    }

    void storeChanges_followedRowByRow()
    {
        ProjectListModel model(m_core->projects(), m_core->runs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto a = m_core->projects().add(test::makeProject(u"alpha"_s));
        auto b = m_core->projects().add(
            test::makeProject(u"beta"_s, {test::makeService(u"a"_s), test::makeService(u"b"_s)}));
        QVERIFY(a && b);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(ProjectListModel::ServiceCountTextRole).toString(), u"2 services"_s);
        QCOMPARE(model.idAt(model.index(1)), b->id);
        QCOMPARE(model.indexOfId(b->id).row(), 1);

        QVERIFY(m_core->projects().rename(a->id, u"gamma"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0).data().toString(), u"gamma"_s);

        QVERIFY(m_core->projects().remove(a->id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"beta"_s);
        QCOMPARE(reset.size(), 0);
    }

    void lastRunStatus_followsRunStore()
    {
        auto a = m_core->projects().add(test::makeProject(u"alpha"_s));
        auto b = m_core->projects().add(test::makeProject(u"beta"_s));
        QVERIFY(a && b);
        ProjectListModel model(m_core->projects(), m_core->runs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Run run;
        run.projectId = b->id;
        run.status = RunStatus::InProgress;
        auto added = m_core->runs().add(run);
        QVERIFY(added);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1).data(ProjectListModel::LastRunStatusRole).toInt(), int(RunStatus::InProgress));
        QVERIFY(!model.index(0).data(ProjectListModel::LastRunStatusRole).isValid());

        QVERIFY(m_core->runs().setStatus(added->id, RunStatus::Failed));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(1).data(ProjectListModel::LastRunStatusTextRole).toString(),
                 runStatusLabel(RunStatus::Failed));

        // A newer run decides the status.
        run.status = RunStatus::Completed;
        QVERIFY(m_core->runs().add(run));
        QCOMPARE(model.index(1).data(ProjectListModel::LastRunStatusRole).toInt(), int(RunStatus::Completed));
    }

    void changesByAnotherProcess_followed()
    {
        ProjectListModel model(m_core->projects(), m_core->runs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        {
            auto other = test::openCore(m_dir->path()); // what hydron-cli does
            QVERIFY(other);
            QVERIFY(other->projects().add(test::makeProject(u"from-cli"_s)));
        }
        QVERIFY(m_core->refreshIfChangedElsewhere());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"from-cli"_s);
        QCOMPARE(reset.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
