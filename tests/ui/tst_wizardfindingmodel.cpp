// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/templatecatalog.h"
#include "ui/models/newprojecttemplatemodel.h"
#include "ui/models/wizardfindingmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::NewProjectTemplateModel;
using hydron::ui::WizardFindingModel;

// The read-only models of the New Project wizard: findings (evidence, integrations, warnings)
// and the template gallery.
class TestWizardFindingModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidence_factValueAndFileLine()
    {
        WizardFindingModel model(WizardFindingModel::Kind::Evidence);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEvidence({{u"port"_s, u"5000"_s, u"backend/app.py"_s, 12},
                           {u"dockerfile"_s, u"backend/Dockerfile"_s, u"backend/Dockerfile"_s, 0},
                           {u"some_new_fact"_s, u"x"_s, u"a.txt"_s, 1}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(WizardFindingModel::ColumnCount));
        QCOMPARE(model.index(0, WizardFindingModel::What).data().toString(), u"Port"_s);
        QCOMPARE(model.index(0, WizardFindingModel::Details).data().toString(), u"5000"_s);
        QCOMPARE(model.index(0, WizardFindingModel::Where).data().toString(), u"backend/app.py:12"_s);
        QCOMPARE(model.index(1, WizardFindingModel::Where).data().toString(), u"backend/Dockerfile"_s);
        QCOMPARE(model.index(2, WizardFindingModel::What).data().toString(), u"Some new fact"_s);
        QCOMPARE(model.headerData(WizardFindingModel::Where, Qt::Horizontal).toString(), u"Where"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void external_andWarnings()
    {
        WizardFindingModel external(WizardFindingModel::Kind::External);
        QAbstractItemModelTester tester(&external, QAbstractItemModelTester::FailureReportingMode::QtTest);
        analysis::ExternalService stripe{u"stripe"_s,
                                         {u"api"_s},
                                         {u"STRIPE_SECRET_KEY"_s},
                                         {{u"external"_s, u"stripe"_s, u"api/pay.py"_s, 3},
                                          {u"external"_s, u"STRIPE_SECRET_KEY"_s, u"api/pay.py"_s, 3}}};
        external.setExternal({stripe});
        QCOMPARE(external.rowCount(), 1);
        QCOMPARE(external.index(0, WizardFindingModel::What).data().toString(), u"stripe"_s);
        QCOMPARE(external.index(0, WizardFindingModel::Details).data().toString(),
                 u"used by api; reads STRIPE_SECRET_KEY"_s);
        QCOMPARE(external.index(0, WizardFindingModel::Where).data().toString(), u"api/pay.py:3"_s);

        WizardFindingModel warnings(WizardFindingModel::Kind::Warnings);
        QAbstractItemModelTester warningTester(&warnings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        warnings.setWarnings({{u"invalid-manifest"_s, u"package.json is not valid JSON"_s, u"package.json"_s}});
        QCOMPARE(warnings.index(0, WizardFindingModel::What).data().toString(), u"package.json is not valid JSON"_s);
        QCOMPARE(warnings.index(0, WizardFindingModel::Details).data().toString(), u"invalid-manifest"_s);
        QCOMPARE(warnings.index(0, WizardFindingModel::Where).data().toString(), u"package.json"_s);
    }

    void templateGallery_rowsFromTheCatalog()
    {
        auto catalog = source::TemplateCatalog::load();
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toString()));
        NewProjectTemplateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates(catalog->templates());
        QCOMPARE(model.rowCount(), catalog->templates().size());
        QVERIFY(model.rowCount() >= 8);
        const int wordpress = model.rowOf(u"wordpress"_s);
        QVERIFY(wordpress >= 0);
        const QModelIndex index = model.index(wordpress);
        const source::AppTemplate *t = catalog->find(u"wordpress"_s);
        QCOMPARE(index.data().toString(), t->name());
        QCOMPARE(index.data(NewProjectTemplateModel::IdRole).toString(), u"wordpress"_s);
        QCOMPARE(index.data(NewProjectTemplateModel::DescriptionRole).toString(), t->description());
        QCOMPARE(index.data(NewProjectTemplateModel::CategoryRole).toString(), t->category());
        QCOMPARE(index.data(NewProjectTemplateModel::ServicesRole).toString().split(u", "_s).size(),
                 t->services().size());
        QCOMPARE(model.templateAt(wordpress)->id(), u"wordpress"_s);
        QVERIFY(!model.templateAt(-1));
        QCOMPARE(model.rowOf(u"nope"_s), -1);
        model.setTemplates({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestWizardFindingModel)
#include "tst_wizardfindingmodel.moc"
