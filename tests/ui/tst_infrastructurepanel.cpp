// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Infrastructure panel as the plan's home, driven like a user: generate a plan, edit a
// Dockerfile (a new version, modified), see the diff, approve, go stale after a service change,
// regenerate. With HYDRON_SCREENSHOT_DIR set, every tab is saved there as a PNG to look at.
#include "core/planning/planner.h"
#include "core/secrets/secretstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "planfixture.h"
#include "testcore.h"
#include "ui/emptystatewidget.h"
#include "ui/infrastructurepanel.h"
#include "ui/models/envtablemodel.h"
#include "ui/models/planmodels.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::InfrastructurePanel;

// A keychain double: values in memory, answers on the next event loop turn like the real one.
class MemorySecretStore final : public QObject, public secrets::SecretStore
{
public:
    QHash<QString, QString> values;

    void read(const secrets::SecretKey &key, QObject *context, ReadCallback callback) override
    {
        const auto it = values.constFind(key.toString());
        Result<QString> result =
            it != values.cend() ? Result<QString>(*it) : Result<QString>(fail(Error::Code::NotFound, u"none"_s));
        QMetaObject::invokeMethod(
            context, [callback, result] { callback(result); }, Qt::QueuedConnection);
    }
    void write(const secrets::SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override
    {
        values.insert(key.toString(), value);
        QMetaObject::invokeMethod(
            context, [callback] { callback({}); }, Qt::QueuedConnection);
    }
    void remove(const secrets::SecretKey &key, QObject *context, DoneCallback callback) override
    {
        values.remove(key.toString());
        QMetaObject::invokeMethod(
            context, [callback] { callback({}); }, Qt::QueuedConnection);
    }
};

class TestInfrastructurePanel final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("HYDRON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        m_panel->grab().save(dir + u"/infrastructure-"_s + name + u".png"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<InfrastructurePanel> m_panel;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_core = test::openCore(m_dir->path());
        QVERIFY(m_core);
        m_panel = std::make_unique<InfrastructurePanel>(*m_core);
        m_panel->resize(1000, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_core.reset();
        m_dir.reset();
    }

    void noServices_generateIsDisabledAndSaysWhy()
    {
        auto project = m_core->projects().add(test::makeProject(u"bare"_s));
        QVERIFY(project);
        m_panel->setProjectId(project->id);
        m_panel->setCurrentIndex(InfrastructurePanel::PlanTab);
        QVERIFY(child<ui::EmptyStateWidget>(u"planEmptyState"_s)->isVisible());
        auto *generate = child<QPushButton>(u"planEmptyGenerateButton"_s);
        QVERIFY(!generate->isEnabled());
        QVERIFY(!generate->toolTip().isEmpty());
        for (int tab : {InfrastructurePanel::DockerfilesTab, InfrastructurePanel::DomainsTab,
                        InfrastructurePanel::PostDeployTab, InfrastructurePanel::VersionsTab}) {
            m_panel->setCurrentIndex(tab);
            QVERIFY(!m_panel->currentWidget()->findChildren<ui::EmptyStateWidget *>().isEmpty());
        }
        shoot(u"empty"_s);
    }

    void generate_edit_approve_stale_regenerate()
    {
        auto project = m_core->projects().add(test::shopProject());
        QVERIFY(project);
        m_panel->setProjectId(project->id);
        m_panel->setCurrentIndex(InfrastructurePanel::PlanTab);

        // Generate: off the GUI thread, then version 1, generated.
        QSignalSpy generated(m_panel.get(), &InfrastructurePanel::planGenerated);
        QTest::mouseClick(child<QPushButton>(u"planEmptyGenerateButton"_s), Qt::LeftButton);
        QTRY_COMPARE(generated.count(), 1);
        auto plan = m_core->plans().latest(project->id);
        QVERIFY(plan);
        QCOMPARE(plan->version, 1);
        QCOMPARE(plan->status, Plan::Status::Generated);
        QTRY_VERIFY(child<QWidget>(u"planSummary"_s)->isVisible());
        QCOMPARE(child<QLabel>(u"planVersionLabel"_s)->text(), u"Version 1"_s);
        QVERIFY(child<QLabel>(u"planServerPriceLabel"_s)->text().contains(u"a month"_s));
        QVERIFY(!child<QLabel>(u"planServerReasoningLabel"_s)->text().isEmpty());
        QVERIFY(!child<QWidget>(u"planStaleBanner"_s)->isVisible());
        QVERIFY(child<QPushButton>(u"planApproveButton"_s)->isEnabled());
        shoot(u"overview"_s);

        m_panel->setCurrentIndex(InfrastructurePanel::ServicesTab);
        shoot(u"services"_s);

        // Dockerfiles: the generated one is shown, highlighted, editable.
        m_panel->setCurrentIndex(InfrastructurePanel::DockerfilesTab);
        auto *table = child<QTableView>(u"dockerfilesTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        auto *editor = child<QPlainTextEdit>(u"dockerfileEditor"_s);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->toPlainText().contains(u"FROM"_s));
        QVERIFY(!editor->isReadOnly());
        auto *save = child<QPushButton>(u"dockerfileSaveButton"_s);
        QVERIFY(!save->isEnabled());
        shoot(u"dockerfiles"_s);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, u"LABEL org.example.team=shop"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        plan = m_core->plans().latest(project->id);
        QCOMPARE(plan->version, 2);
        QCOMPARE(plan->status, Plan::Status::Modified);
        auto document = planning::planDocument(*plan);
        QVERIFY(document);
        QVERIFY(document->service(u"web"_s)->build->generatedDockerfile.contains(u"org.example.team=shop"_s));
        QVERIFY(editor->toPlainText().contains(u"org.example.team=shop"_s)); // still shown after the reload
        QVERIFY(!save->isEnabled());

        // Versions: the edit shows as a change from version 1.
        m_panel->setCurrentIndex(InfrastructurePanel::VersionsTab);
        QCOMPARE(child<QComboBox>(u"planDiffBaseCombo"_s)->count(), 1);
        auto *diff = child<QTableView>(u"planDiffTable"_s);
        QVERIFY(diff->isVisible());
        QStringList fields;
        for (int r = 0; r < diff->model()->rowCount(); ++r)
            fields << diff->model()->index(r, ui::PlanDiffModel::Field).data().toString();
        QVERIFY2(fields.contains(u"build.generated_dockerfile"_s), qPrintable(fields.join(u", "_s)));
        // The selected change, line by line: the added line is marked.
        diff->setCurrentIndex(diff->model()->index(int(fields.indexOf(u"build.generated_dockerfile"_s)), 0));
        const QString detail = child<QPlainTextEdit>(u"planDiffDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"\n+ LABEL org.example.team=shop"_s), qPrintable(detail));
        QVERIFY(detail.contains(u"\n  FROM "_s));
        shoot(u"versions"_s);

        m_panel->setCurrentIndex(InfrastructurePanel::EnvironmentTab);
        QVERIFY(child<QTableView>(u"planSecretsTable"_s)->isVisible());
        QVERIFY(child<QTableView>(u"planSecretsTable"_s)->model()->rowCount() >= 2);
        shoot(u"environment"_s);
        // Domains: a bad name is refused where it was typed; a good one is a new version.
        m_panel->setCurrentIndex(InfrastructurePanel::DomainsTab);
        auto *domains = child<QTableView>(u"domainsTable"_s);
        QVERIFY(domains->isVisible());
        QCOMPARE(domains->model()->rowCount(), 1); // web, on the server's address
        auto *domainEdit = child<QLineEdit>(u"planDomainEdit"_s);
        QTest::keyClicks(domainEdit, u"not a domain"_s);
        QTest::mouseClick(child<QPushButton>(u"planDomainAddButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(u"planDomainErrorLabel"_s)->isVisible());
        QCOMPARE(m_core->plans().latest(project->id)->version, 2);
        domainEdit->clear();
        QTest::keyClicks(domainEdit, u"shop.test"_s);
        QTest::keyClick(domainEdit, Qt::Key_Return);
        QCOMPARE(m_core->plans().latest(project->id)->version, 3);
        QCOMPARE(m_core->plans().latest(project->id)->status, Plan::Status::Modified);
        QVERIFY(!child<QLabel>(u"planDomainErrorLabel"_s)->isVisible());
        QCOMPARE(domains->model()->rowCount(), 1);
        QCOMPARE(domains->model()->index(0, ui::PlanDomainModel::Host).data().toString(), u"shop.test"_s);
        QCOMPARE(domains->model()->index(0, ui::PlanDomainModel::Tls).data().toString(),
                 u"HTTPS from the proxy's own CA"_s);
        shoot(u"domains"_s);
        // Post-deploy: a command typed for a service is a new version; Remove takes it out again.
        m_panel->setCurrentIndex(InfrastructurePanel::PostDeployTab);
        QVERIFY(child<ui::EmptyStateWidget>(u"postDeployEmptyState"_s)->isVisible());
        auto *commandEdit = child<QLineEdit>(u"postDeployCommandEdit"_s);
        QTest::keyClicks(commandEdit, u"npm run migrate"_s);
        QTest::mouseClick(child<QPushButton>(u"postDeployAddButton"_s), Qt::LeftButton);
        QCOMPARE(m_core->plans().latest(project->id)->version, 4);
        auto *commands = child<QTableView>(u"postDeployTable"_s);
        QVERIFY(commands->isVisible());
        QCOMPARE(commands->model()->rowCount(), 1);
        QCOMPARE(commands->model()->index(0, ui::PlanPostDeployModel::Service).data().toString(), u"web"_s);
        QCOMPARE(commands->model()->index(0, ui::PlanPostDeployModel::Command).data().toString(), u"npm run migrate"_s);
        shoot(u"postdeploy"_s);
        commands->setCurrentIndex(commands->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(u"postDeployRemoveButton"_s), Qt::LeftButton);
        QCOMPARE(m_core->plans().latest(project->id)->version, 5);
        QCOMPARE(commands->model()->rowCount(), 0);

        // Approve.
        m_panel->setCurrentIndex(InfrastructurePanel::PlanTab);
        auto *approve = child<QPushButton>(u"planApproveButton"_s);
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(m_core->plans().latest(project->id)->status, Plan::Status::Approved);
        QCOMPARE(child<QLabel>(u"planStatusLabel"_s)->text(), Plan::statusLabel(Plan::Status::Approved));
        QVERIFY(!approve->isEnabled());

        // A service changes: the plan is stale, says so, and cannot be approved.
        Project changed = *m_core->projects().find(project->id);
        changed.services[0].ports = {8080};
        QVERIFY(m_core->projects().update(changed));
        QVERIFY(child<QWidget>(u"planStaleBanner"_s)->isVisible());
        QVERIFY(child<QLabel>(u"planStaleLabel"_s)->isVisible());
        QVERIFY(!approve->isEnabled());
        // Every tab says so in the corner; a click there leads to the banner.
        m_panel->setCurrentIndex(InfrastructurePanel::DockerfilesTab);
        auto *corner = child<QToolButton>(u"planCornerStatusButton"_s);
        QVERIFY(corner->isVisible());
        QCOMPARE(corner->text(), u"Stale plan"_s);
        QVERIFY(corner->toolTip().contains(u"Version 5"_s));
        QTest::mouseClick(corner, Qt::LeftButton);
        QCOMPARE(m_panel->currentIndex(), int(InfrastructurePanel::PlanTab));
        shoot(u"stale"_s);

        // Regenerate from the banner: version 3, current again, approvable.
        QTest::mouseClick(child<QPushButton>(u"planStaleRegenerateButton"_s), Qt::LeftButton);
        QTRY_COMPARE(generated.count(), 2);
        plan = m_core->plans().latest(project->id);
        QCOMPARE(plan->version, 6);
        QCOMPARE(plan->status, Plan::Status::Generated);
        QVERIFY(!planning::isStale(*plan, *m_core->projects().find(project->id)));
        QTRY_VERIFY(!child<QWidget>(u"planStaleBanner"_s)->isVisible());
        QVERIFY(!child<QToolButton>(u"planCornerStatusButton"_s)->isVisible());
        QVERIFY(approve->isEnabled());
        document = planning::planDocument(*plan);
        QCOMPARE(document->service(u"web"_s)->ports, QList<int>{8080});
        // The domain given in the panel survives regeneration.
        QCOMPARE(document->service(u"web"_s)->domains.value(0).host, u"shop.test"_s);

        // The panel at the size it has in the project workspace.
        m_panel->resize(820, 420);
        for (int tab : {int(InfrastructurePanel::PlanTab), int(InfrastructurePanel::DockerfilesTab),
                        int(InfrastructurePanel::EnvironmentTab), int(InfrastructurePanel::DomainsTab)}) {
            m_panel->setCurrentIndex(tab);
            shoot(u"compact-"_s + QString::number(tab));
        }
    }

    void secrets_setValue_goesToTheStoreAndShowsMasked()
    {
        MemorySecretStore store;
        m_panel->setSecretStore(&store);
        auto project = m_core->projects().add(test::shopProject());
        QVERIFY(project);
        auto plan = planning::generatePlan(*project);
        QVERIFY(plan);
        QVERIFY(m_core->plans().add(planning::makePlan(*project, *plan)));
        m_panel->setProjectId(project->id);
        m_panel->setCurrentIndex(InfrastructurePanel::EnvironmentTab);
        auto *table = child<QTableView>(u"planSecretsTable"_s);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == u"web.SESSION_SECRET"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, ui::PlanSecretModel::Value).data().toString(), u"not set"_s);
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::mouseClick(child<QPushButton>(u"planSecretSetButton"_s), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QInputDialog *>(u"planSecretValueDialog"_s)));
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        dialog->setTextValue(u"s3cr3t-session-value"_s);
        dialog->accept();
        const QString key = u"project/%1/service/web/SESSION_SECRET"_s.arg(project->id);
        QTRY_COMPARE(store.values.value(key), u"s3cr3t-session-value"_s);
        QTRY_COMPARE(table->model()->index(row, ui::PlanSecretModel::Value).data().toString(),
                     ui::EnvTableModel::secretMask());
        // A panel opened later reads which secrets are stored (never showing them).
        m_panel->setProjectId(0);
        m_panel->setProjectId(project->id);
        QTRY_COMPARE(table->model()->index(row, ui::PlanSecretModel::Value).data().toString(),
                     ui::EnvTableModel::secretMask());
        m_panel->setSecretStore(nullptr);
    }

    void generate_doesNotBlockTheGuiThread()
    {
        auto project = m_core->projects().add(test::shopProject());
        QVERIFY(project);
        m_panel->setProjectId(project->id);
        m_panel->generatePlan();
        // The call returned before the plan exists: the planner runs on a pool thread.
        QVERIFY(m_panel->isGenerating());
        QVERIFY(!child<QPushButton>(u"planEmptyGenerateButton"_s)->isEnabled());
        m_panel->generatePlan(); // a second click while generating does nothing
        QTRY_VERIFY(!m_panel->isGenerating());
        QCOMPARE(m_core->plans().plans(project->id).size(), 1);
    }
};

QTEST_MAIN(TestInfrastructurePanel)
#include "tst_infrastructurepanel.moc"
