// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind deploying from the Infrastructure panel, under QAbstractItemModelTester:
// "What will run" (steps with their detail rows) and the releases a rollback can return to.
#include "ui/models/deploymodels.h"

#include <QAbstractItemModelTester>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::PlanStepModel;
using hydron::ui::ReleaseListModel;

class TestDeployModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_treeOfStepsAndDetails_valuesNeverShown()
    {
        PlanStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QTemporaryFile upload;
        QVERIFY(upload.open());
        upload.write(QByteArray(2048, 'x'));
        upload.flush();
        runs::StepDefinition build;
        build.name = u"build-web"_s;
        build.label = u"Build web"_s;
        build.script = u"set -euo pipefail\nlibrary\ndeploy_main build-web \"$@\" </dev/null\n"_s;
        build.envFile = "# comment\nHYDRON_IMAGE=hydron/x:1\nHYDRON_ENV_B64=c2VjcmV0\n";
        build.uploads = {runs::StepUpload{upload.fileName(), u"context.tar"_s}};
        build.needsRoot = true;
        build.timeout = std::chrono::minutes(30);
        runs::StepDefinition cleanup;
        cleanup.name = u"cleanup"_s;
        cleanup.label = u"Clean up old releases"_s;
        cleanup.script = u"deploy_main cleanup\n"_s;
        cleanup.idempotent = false;
        model.setSteps({build, cleanup});

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, PlanStepModel::Step);
        QCOMPARE(first.data().toString(), u"1. Build web"_s);
        QCOMPARE(model.index(0, PlanStepModel::Name).data().toString(), u"build-web"_s);
        QCOMPARE(first.data(PlanStepModel::ScriptRole).toString(), build.script);
        QVERIFY(!model.parent(first).isValid());

        QStringList details;
        for (int row = 0; row < model.rowCount(first); ++row) {
            const QModelIndex detail = model.index(row, 0, first);
            QCOMPARE(model.parent(detail), first);
            QCOMPARE(model.rowCount(detail), 0);
            QCOMPARE(detail.data(PlanStepModel::StepNameRole).toString(), u"build-web"_s);
            details << detail.data().toString();
        }
        const QString text = details.join(u'\n');
        QVERIFY2(text.contains(u"Runs: deploy_main build-web"_s), qPrintable(text));
        QVERIFY2(text.contains(u"HYDRON_IMAGE, HYDRON_ENV_B64"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"hydron/x:1"_s) && !text.contains(u"c2VjcmV0"_s), "values never shown");
        QVERIFY2(text.contains(u"Uploads: context.tar (2"_s), qPrintable(text));
        QVERIFY2(text.contains(u"30 minute"_s), qPrintable(text));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Not repeated"_s));

        model.setSteps({cleanup});
        QCOMPARE(model.rowCount(), 1);
        model.setSteps({});
        QCOMPARE(model.rowCount(), 0);
    }

    void releases_keptAndCurrent()
    {
        ReleaseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        model.setReleases({{u"ccc333"_s, t.addSecs(200), true, true},
                           {u"bbb222"_s, t.addSecs(100), false, true},
                           {u"aaa111"_s, t, false, false}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ReleaseListModel::ColumnCount));
        QCOMPARE(model.rollbackTargets(), 1);
        QCOMPARE(model.index(0, ReleaseListModel::State).data().toString(), u"Serving now"_s);
        QCOMPARE(model.index(1, ReleaseListModel::State).data().toString(), u"Kept"_s);
        QCOMPARE(model.index(2, ReleaseListModel::State).data().toString(), u"Cleaned up"_s);
        QCOMPARE(model.index(1, 0).data(ReleaseListModel::ReleaseIdRole).toString(), u"bbb222"_s);
        QVERIFY(model.index(1, 0).data(ReleaseListModel::CanRollBackRole).toBool());
        QVERIFY(!model.index(0, 0).data(ReleaseListModel::CanRollBackRole).toBool());
        QVERIFY(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEnabled));
        model.setReleases({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rollbackTargets(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeployModels)
#include "tst_deploymodels.moc"
