// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/modellistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::assistant::ModelInfo;
using hydron::ui::ModelListModel;

class TestModelListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listed_thenCurrentKept_whenMissing()
    {
        ModelListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QDateTime released(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        const QList<ModelInfo> listed{{u"claude-b"_s, u"Claude B"_s, released}, {u"claude-a"_s, u"claude-a"_s, {}}};

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setModels(listed, u"claude-b"_s);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"claude-b"_s), 0);
        QCOMPARE(model.index(0).data().toString(), u"Claude B — claude-b"_s);
        QCOMPARE(model.index(1).data().toString(), u"claude-a"_s); // no repeated name
        QCOMPARE(model.index(0).data(ModelListModel::IdRole).toString(), u"claude-b"_s);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"claude-b"_s));
        QVERIFY(model.index(0).data(ModelListModel::ListedRole).toBool());

        // The setting names a model the server does not list: kept, first, and said so.
        model.setModels(listed, u"my-gateway-alias"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(u"my-gateway-alias"_s), 0);
        QVERIFY(!model.index(0).data(ModelListModel::ListedRole).toBool());
        QVERIFY(model.index(0).data().toString().contains(u"not in the server's list"_s));
        QCOMPARE(model.idAt(0), u"my-gateway-alias"_s);
        QCOMPARE(model.idAt(3), QString());
        QCOMPARE(model.idAt(-1), QString());

        // The list failed: only the setting remains.
        model.setCurrentOnly(u"claude-b"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), u"claude-b"_s);
        model.setCurrentOnly(QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(u"claude-b"_s), -1);
    }

    void emptyIds_areSkipped()
    {
        ModelListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels({{QString(), u"nameless"_s, {}}, {u"claude-x"_s, u"X"_s, {}}}, u"claude-x"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), u"claude-x"_s);
        QVERIFY(!model.index(0, 0, model.index(0)).isValid());
    }
};

QTEST_MAIN(TestModelListModel)
#include "tst_modellistmodel.moc"
