// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "testcore.h"
#include "ui/models/steptablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::StepTableModel;

class TestStepTableModel final : public QObject
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

    void steps_ofTheRun_followStepUpdates()
    {
        auto project = m_core->projects().add(test::makeProject(u"shop"_s));
        QVERIFY(project);
        Run run;
        run.projectId = project->id;
        run.steps = {Step{u"Upload"_s, StepStatus::Pending, {}, {}, {}},
                     Step{u"Build"_s, StepStatus::Pending, {}, {}, {}}};
        auto added = m_core->runs().add(run);
        auto unrelated = m_core->runs().add(run);
        QVERIFY(added && unrelated);

        StepTableModel model(m_core->runs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRunId(added->id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StepTableModel::Name).data().toString(), u"1. Upload"_s);
        QCOMPARE(model.index(1, StepTableModel::Status).data().toString(), stepStatusLabel(StepStatus::Pending));
        QCOMPARE(model.index(1, StepTableModel::ExitCode).data().toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        Step done{u"Build"_s, StepStatus::Failed, start, start.addMSecs(2500), 2};
        QVERIFY(m_core->runs().setStep(added->id, 1, done));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(1, StepTableModel::Status).data().toString(), stepStatusLabel(StepStatus::Failed));
        QCOMPARE(model.index(1, StepTableModel::Duration).data().toString(), u"2 s"_s);
        QCOMPARE(model.index(1, StepTableModel::ExitCode).data().toInt(), 2);

        QVERIFY(m_core->runs().setStep(unrelated->id, 0, done)); // another run: ignored
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);

        model.setRunId(0);
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestStepTableModel)
#include "tst_steptablemodel.moc"
