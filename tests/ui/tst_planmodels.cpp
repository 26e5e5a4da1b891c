// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Infrastructure panel's plan models over a generated plan, each under QAbstractItemModelTester.
#include "core/planning/plandiff.h"
#include "core/planning/planner.h"
#include "planfixture.h"
#include "ui/models/envtablemodel.h"
#include "ui/models/planmodels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::ui;

class TestPlanModels final : public QObject
{
    Q_OBJECT

private:
    planning::PlanDocument m_plan;

private Q_SLOTS:
    void initTestCase()
    {
        planning::PlanOptions options;
        options.domain = u"shop.example.com"_s;
        auto plan = planning::generatePlan(test::shopProject(), options);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        m_plan = *plan;
        m_plan.service(u"web"_s)->postDeploy = {u"npx prisma migrate deploy"_s};
    }

    void dockerfiles_builtServicesOnly()
    {
        PlanDockerfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_plan);
        QCOMPARE(model.rowCount(), 2); // web and worker; postgres and redis are images
        QCOMPARE(model.serviceAt(0), u"web"_s);
        QCOMPARE(model.serviceAt(1), u"worker"_s);
        QVERIFY(model.index(0, 0).data(PlanDockerfileModel::GeneratedRole).toBool());
        QVERIFY(model.index(0, 0).data(PlanDockerfileModel::DockerfileRole).toString().contains(u"FROM"_s));
        QVERIFY(model.index(0, PlanDockerfileModel::Origin).data().toString().contains(u"node"_s));
        model.setDocument({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.serviceAt(3), QString());
    }

    void domains_withTlsMode()
    {
        PlanDomainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_plan);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlanDomainModel::Service).data().toString(), u"web"_s);
        QCOMPARE(model.index(0, PlanDomainModel::Host).data().toString(), u"shop.example.com"_s);
        QCOMPARE(model.index(0, PlanDomainModel::Tls).data().toString(), u"Automatic HTTPS (public CA)"_s);
        // A public service without a domain answers on the server's address.
        planning::PlanDocument bare = m_plan;
        bare.service(u"web"_s)->domains.clear();
        model.setDocument(bare);
        QCOMPARE(model.index(0, PlanDomainModel::Host).data().toString(), u"The server's address"_s);
    }

    void postDeploy_inStartOrder()
    {
        PlanPostDeployModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_plan);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlanPostDeployModel::Service).data().toString(), u"web"_s);
        QCOMPARE(model.index(0, PlanPostDeployModel::Command).data().toString(), u"npx prisma migrate deploy"_s);
    }

    void secrets_maskedOnceStored()
    {
        PlanSecretModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_plan);
        QVERIFY(model.rowCount() >= 2);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.referenceAt(r) == u"postgres.POSTGRES_PASSWORD"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, PlanSecretModel::Origin).data().toString(), u"Generated at the first deploy"_s);
        QCOMPARE(model.index(row, PlanSecretModel::Value).data().toString(), u"not made yet"_s);
        model.setStored(u"postgres.POSTGRES_PASSWORD"_s, true);
        QCOMPARE(model.index(row, PlanSecretModel::Value).data().toString(), EnvTableModel::secretMask());
        model.setStored(u"postgres.POSTGRES_PASSWORD"_s, false);
        QCOMPARE(model.index(row, PlanSecretModel::Value).data().toString(), u"not made yet"_s);
    }

    void diff_rowsPerChange()
    {
        planning::PlanDocument after = m_plan;
        after.service(u"web"_s)->memoryMb = 1024;
        after.service(u"web"_s)->build->generatedDockerfile += u"\nUSER node\n"_s;
        after.services.removeIf([](const planning::PlanService &s) { return s.name == u"worker"_s; });
        PlanDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(planning::diffPlans(m_plan, after));
        QStringList fields;
        for (int r = 0; r < model.rowCount(); ++r)
            fields << model.index(r, PlanDiffModel::Service).data().toString() + u':' +
                          model.index(r, PlanDiffModel::Field).data().toString();
        QVERIFY2(fields.contains(u"web:memory_mb"_s), qPrintable(fields.join(u", "_s)));
        QVERIFY(fields.contains(u"web:build.generated_dockerfile"_s));
        QVERIFY(fields.contains(u"worker:service removed"_s));
        // Long texts are one line in the cell and whole in the tooltip.
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, PlanDiffModel::Field).data().toString() == u"build.generated_dockerfile"_s) {
                QVERIFY(!model.index(r, PlanDiffModel::After).data().toString().contains(u'\n'));
                QVERIFY(model.index(r, PlanDiffModel::After).data(Qt::ToolTipRole).toString().contains(u"USER node"_s));
            }
        }
        model.setDiff({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanModels)
#include "tst_planmodels.moc"
