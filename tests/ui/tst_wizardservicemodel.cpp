// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/imagereference.h"
#include "ui/models/wizardenvmodel.h"
#include "ui/models/wizardservicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::WizardEnvModel;
using hydron::ui::WizardService;
using hydron::ui::WizardServiceModel;

namespace {

WizardService reviewed(const QString &name, ServiceKind kind, QStringList dependsOn = {}, QList<EnvVar> env = {})
{
    WizardService w;
    w.service.name = name;
    w.service.kind = kind;
    w.service.dependsOn = std::move(dependsOn);
    w.service.env = std::move(env);
    w.evidence = {analysis::Evidence{u"service"_s, name, u"docker-compose.yml"_s, 3}};
    w.origin = u"Detected"_s;
    return w;
}

QList<WizardService> threeServices()
{
    return {reviewed(u"api"_s, ServiceKind::Api, {u"db"_s},
                     {EnvVar{u"DATABASE_URL"_s, {}, false, true}, EnvVar{u"LOG_LEVEL"_s, u"info"_s, false, false}}),
            reviewed(u"web"_s, ServiceKind::Static, {u"api"_s}), reviewed(u"db"_s, ServiceKind::Backing)};
}

} // namespace

class TestWizardServiceModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_showTheReviewedServices()
    {
        WizardServiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto services = threeServices();
        services[0].service.ports = {8080, 9090};
        services[0].service.health.path = u"/healthz"_s;
        services[0].service.path = u"apps/api"_s;
        services[2].service.source = ServiceSource::Image;
        services[2].service.image = u"postgres:16"_s;
        model.setServices(services);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(WizardServiceModel::ColumnCount));
        QCOMPARE(model.index(0, WizardServiceModel::Name).data().toString(), u"api"_s);
        QCOMPARE(model.index(0, WizardServiceModel::Kind).data().toString(), serviceKindLabel(ServiceKind::Api));
        QCOMPARE(model.index(0, WizardServiceModel::Kind).data(Qt::EditRole).toInt(), int(ServiceKind::Api));
        QCOMPARE(model.index(0, WizardServiceModel::Ports).data().toString(), u"8080, 9090"_s);
        QCOMPARE(model.index(0, WizardServiceModel::Health).data().toString(), u"/healthz"_s);
        QCOMPARE(model.index(0, WizardServiceModel::Location).data().toString(), u"apps/api"_s);
        QCOMPARE(model.index(0, WizardServiceModel::DependsOn).data().toString(), u"db"_s);
        QCOMPARE(model.index(2, WizardServiceModel::Location).data().toString(), u"postgres:16"_s);
        QCOMPARE(model.index(2, WizardServiceModel::Kind).data().toString(), serviceKindLabel(ServiceKind::Backing));
        QCOMPARE(model.index(0, WizardServiceModel::Name).data(Qt::ToolTipRole).toString(), u"Detected"_s);
        QVERIFY(model.flags(model.index(1, WizardServiceModel::Ports)).testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.toServices().size(), 3);
    }

    void rename_followsInDependsOn_andRefusesBadNames()
    {
        WizardServiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(threeServices());
        QSignalSpy rejected(&model, &WizardServiceModel::editRejected);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setData(model.index(2, WizardServiceModel::Name), u"postgres"_s));
        QCOMPARE(model.index(2, 0).data().toString(), u"postgres"_s);
        QCOMPARE(model.serviceAt(0)->service.dependsOn, QStringList{u"postgres"_s});
        QCOMPARE(changed.size(), 2); // the name, and api's depends_on
        QCOMPARE(rejected.size(), 0);

        for (const QString &bad : {u"api"_s, u"Has Space"_s, u"-dash"_s, u""_s, QString(64, u'a')}) {
            QVERIFY2(!model.setData(model.index(1, WizardServiceModel::Name), bad), qPrintable(bad));
            QVERIFY2(!rejected.isEmpty(), qPrintable(bad));
            QVERIFY(!rejected.last().at(0).toString().isEmpty());
        }
        QVERIFY(rejected.last().at(0).toString().isEmpty() == false);
        QCOMPARE(model.index(1, 0).data().toString(), u"web"_s);
        QVERIFY(rejected.at(0).at(0).toString().contains(u"already named"_s));
    }

    void edits_checkedValues()
    {
        WizardServiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(threeServices());
        QSignalSpy rejected(&model, &WizardServiceModel::editRejected);

        QVERIFY(model.setData(model.index(1, WizardServiceModel::Kind), int(ServiceKind::Web)));
        QCOMPARE(model.serviceAt(1)->service.kind, ServiceKind::Web);
        QVERIFY(model.setData(model.index(1, WizardServiceModel::Kind), u"worker"_s));
        QCOMPARE(model.serviceAt(1)->service.kind, ServiceKind::Worker);
        QVERIFY(!model.setData(model.index(1, WizardServiceModel::Kind), 99));

        QVERIFY(model.setData(model.index(0, WizardServiceModel::Ports), u"3000, 3001"_s));
        QCOMPARE(model.serviceAt(0)->service.ports, (QList<int>{3000, 3001}));
        QVERIFY(!model.setData(model.index(0, WizardServiceModel::Ports), u"70000"_s));
        QVERIFY(rejected.last().at(0).toString().contains(u"70000"_s));
        QVERIFY(model.setData(model.index(0, WizardServiceModel::Ports), QString()));
        QVERIFY(model.serviceAt(0)->service.ports.isEmpty());

        QVERIFY(model.setData(model.index(0, WizardServiceModel::Health), u"/up"_s));
        QCOMPARE(model.serviceAt(0)->service.health.path, u"/up"_s);
        QVERIFY(!model.setData(model.index(0, WizardServiceModel::Health), u"up"_s));

        QVERIFY(model.setData(model.index(0, WizardServiceModel::Location), u"services/api"_s));
        QCOMPARE(model.serviceAt(0)->service.path, u"services/api"_s);
        QVERIFY(!model.setData(model.index(0, WizardServiceModel::Location), u"../elsewhere"_s));
        QVERIFY(!model.setData(model.index(0, WizardServiceModel::Location), u"/etc"_s));

        Service image;
        image.name = u"cache"_s;
        image.source = ServiceSource::Image;
        image.image = u"redis:7"_s;
        QList<WizardService> withImage = threeServices();
        withImage.append(WizardService{image, {}, {}, {}});
        model.setServices(withImage);
        QVERIFY(!model.setData(model.index(3, WizardServiceModel::Location), u"Redis:7!"_s));
        QCOMPARE(rejected.last().at(0).toString(), source::ImageReference::parse(u"Redis:7!"_s).error().message);
        QVERIFY(model.setData(model.index(3, WizardServiceModel::Location), u"redis:7.2"_s));

        QVERIFY(model.setData(model.index(1, WizardServiceModel::DependsOn), u"api, cache"_s));
        QCOMPARE(model.serviceAt(1)->service.dependsOn, (QStringList{u"api"_s, u"cache"_s}));
        QVERIFY(!model.setData(model.index(1, WizardServiceModel::DependsOn), u"web"_s));  // itself
        QVERIFY(!model.setData(model.index(1, WizardServiceModel::DependsOn), u"nope"_s)); // unknown
        QCOMPARE(model.serviceAt(1)->service.dependsOn, (QStringList{u"api"_s, u"cache"_s}));
    }

    void addAndRemove_keepDependsOnConsistent()
    {
        WizardServiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(threeServices());
        QCOMPARE(model.addService(ServiceSource::Git), 3);
        QCOMPARE(model.index(3, 0).data().toString(), u"service"_s);
        QCOMPARE(model.addService(ServiceSource::Image), 4);
        QCOMPARE(model.index(4, 0).data().toString(), u"service-2"_s);
        QCOMPARE(model.serviceAt(4)->service.source, ServiceSource::Image);

        QVERIFY(model.removeService(2)); // db: api no longer depends on it
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.serviceAt(0)->service.dependsOn.isEmpty());
        QVERIFY(!model.removeService(10));
    }

    void envModel_editsGoBackIntoTheService()
    {
        WizardServiceModel services;
        services.setServices(threeServices());
        WizardEnvModel env(&services);
        QAbstractItemModelTester tester(&env, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(env.rowCount(), 0);
        env.setServiceRow(0);
        QCOMPARE(env.rowCount(), 2);
        QCOMPARE(env.index(0, WizardEnvModel::Name).data().toString(), u"DATABASE_URL"_s);
        QCOMPARE(env.index(0, WizardEnvModel::Required).data().toString(), u"Required"_s);
        QCOMPARE(env.index(1, WizardEnvModel::Required).data().toString(), QString());
        QCOMPARE(env.index(1, WizardEnvModel::Value).data().toString(), u"info"_s);
        QCOMPARE(env.index(0, WizardEnvModel::Secret).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(env.flags(env.index(0, WizardEnvModel::Secret)).testFlag(Qt::ItemIsUserCheckable));

        // Marking a variable with a value secret moves the value out of the service.
        QVERIFY(env.setData(env.index(1, WizardEnvModel::Secret), Qt::Checked, Qt::CheckStateRole));
        const WizardService *api = services.serviceAt(0);
        QVERIFY(api->service.env.at(1).secret);
        QVERIFY(api->service.env.at(1).value.isEmpty());
        QCOMPARE(api->secretValues.value(u"LOG_LEVEL"_s), u"info"_s);
        QCOMPARE(env.index(1, WizardEnvModel::Value).data().toString(), WizardEnvModel::secretMask());
        QCOMPARE(env.index(1, WizardEnvModel::Value).data(Qt::EditRole).toString(), QString());
        // … and back.
        QVERIFY(env.setData(env.index(1, WizardEnvModel::Secret), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(services.serviceAt(0)->service.env.at(1).value, u"info"_s);
        QVERIFY(services.serviceAt(0)->secretValues.isEmpty());

        // A secret typed now waits for the keychain.
        QVERIFY(env.setData(env.index(0, WizardEnvModel::Secret), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(env.setData(env.index(0, WizardEnvModel::Value), u"postgres://u:p@db/app"_s));
        QVERIFY(services.serviceAt(0)->service.env.at(0).value.isEmpty());
        QCOMPARE(services.serviceAt(0)->secretValues.value(u"DATABASE_URL"_s), u"postgres://u:p@db/app"_s);

        // Names are checked.
        QSignalSpy rejected(&env, &WizardEnvModel::editRejected);
        QVERIFY(!env.setData(env.index(1, WizardEnvModel::Name), u"1BAD"_s));
        QVERIFY(!env.setData(env.index(1, WizardEnvModel::Name), u"DATABASE_URL"_s));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(env.setData(env.index(0, WizardEnvModel::Name), u"DB_URL"_s));
        QCOMPARE(services.serviceAt(0)->secretValues.value(u"DB_URL"_s), u"postgres://u:p@db/app"_s);

        // Add and remove.
        QCOMPARE(env.addVariable(), 2);
        QCOMPARE(env.index(2, WizardEnvModel::Name).data().toString(), u"NEW_VARIABLE"_s);
        QCOMPARE(services.serviceAt(0)->service.env.size(), 3);
        QVERIFY(env.removeVariable(0));
        QCOMPARE(env.rowCount(), 2);
        QVERIFY(services.serviceAt(0)->secretValues.isEmpty());

        // The service going away empties the view.
        QVERIFY(services.removeService(0));
        QCOMPARE(env.serviceRow(), -1);
        QCOMPARE(env.rowCount(), 0);
        // A row after a removed one is followed to its new place.
        env.setServiceRow(1); // db
        QVERIFY(services.removeService(0));
        QCOMPARE(env.serviceRow(), 0);
        services.setServices({});
        QCOMPARE(env.serviceRow(), -1);
    }
};

QTEST_MAIN(TestWizardServiceModel)
#include "tst_wizardservicemodel.moc"
