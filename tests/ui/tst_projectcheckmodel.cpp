// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/models/projectcheckmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::ProjectCheckModel;

class TestProjectCheckModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checks_andStoreChanges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto core = test::openCore(dir.path());
        QVERIFY(core);
        auto a = core->projects().add(test::makeProject(u"alpha"_s));
        auto b = core->projects().add(test::makeProject(u"beta"_s));
        QVERIFY(a && b);

        ProjectCheckModel model(core->projects(), {b->id});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.checkedIds(), QList<qint64>{b->id});

        QSignalSpy checked(&model, &ProjectCheckModel::checkedChanged);
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(model.checkedIds(), (QList<qint64>{a->id, b->id}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto c = core->projects().add(test::makeProject(u"gamma"_s));
        QVERIFY(c);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(2).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        QVERIFY(core->projects().remove(a->id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.checkedIds(), QList<qint64>{b->id});
        QCOMPARE(checked.size(), 2);
        QCOMPARE(reset.size(), 0);
    }

private:
};

QTEST_MAIN(TestProjectCheckModel)
#include "tst_projectcheckmodel.moc"
