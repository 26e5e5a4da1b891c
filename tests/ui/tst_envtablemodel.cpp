// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/models/envtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::EnvTableModel;

class TestEnvTableModel final : public QObject
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

    void variables_ofAllServices_secretsMasked()
    {
        auto project = m_core->projects().add(test::makeProject(
            u"shop"_s,
            {test::makeService(u"web"_s, {}, {{u"PUBLIC_URL"_s, u"https://shop.example"_s, false}}),
             test::makeService(u"api"_s, {}, {{u"DATABASE_URL"_s, {}, true}, {u"LOG_LEVEL"_s, u"debug"_s, false}})}));
        QVERIFY(project);
        EnvTableModel model(m_core->projects());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjectId(project->id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, EnvTableModel::Service).data().toString(), u"web"_s);
        QCOMPARE(model.index(0, EnvTableModel::Value).data().toString(), u"https://shop.example"_s);
        QCOMPARE(model.index(1, EnvTableModel::Service).data().toString(), u"api"_s);
        QCOMPARE(model.index(1, EnvTableModel::Name).data().toString(), u"DATABASE_URL"_s);
        QCOMPARE(model.index(1, EnvTableModel::Value).data().toString(), EnvTableModel::secretMask());
        QVERIFY(!model.index(1, EnvTableModel::Value).data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(2, EnvTableModel::Value).data().toString(), u"debug"_s);
    }

    void projectChanges_followedVariableByVariable()
    {
        auto project = m_core->projects().add(test::makeProject(
            u"shop"_s, {test::makeService(u"api"_s, {}, {{u"A"_s, u"1"_s, false}, {u"B"_s, u"2"_s, false}})}));
        QVERIFY(project);
        EnvTableModel model(m_core->projects());
        model.setProjectId(project->id);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Project p = *project;
        p.services[0].env[1].value = u"3"_s;
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, EnvTableModel::Value).data().toString(), u"3"_s);

        p.services[0].env[1].secret = true;
        p.services[0].env[1].value.clear();
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(model.index(1, EnvTableModel::Value).data().toString(), EnvTableModel::secretMask());

        p.services.append(test::makeService(u"worker"_s, {}, {{u"A"_s, u"9"_s, false}}));
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, EnvTableModel::Service).data().toString(), u"worker"_s);

        p.services[0].env.removeFirst();
        QVERIFY(m_core->projects().update(p));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, EnvTableModel::Name).data().toString(), u"B"_s);
        QCOMPARE(reset.size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestEnvTableModel)
#include "tst_envtablemodel.moc"
