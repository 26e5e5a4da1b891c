// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real main window offscreen over real core services on a temporary data folder.
#include "core/model/names.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "core/store/runstore.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/dashboardpage.h"
#include "ui/emptystatewidget.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/models/envtablemodel.h"
#include "ui/models/projectlistmodel.h"
#include "ui/models/servertablemodel.h"
#include "ui/newprojectwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::MainWindow;
using hydron::ui::MessageBox;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        MessageBox::clearNextAnswer();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        start();
    }

    void cleanup()
    {
        stop();
        m_dir.reset();
    }

    void dashboard_createEditDelete_andRestart();
    void projectDialog_invalidNames_showCoreMessageAndKeepOkDisabled();
    void serverDialog_validatesWithCoreAndCompletesTags();
    void changesByAnotherProcess_appearAfterTheWatchInterval();
    void workspace_showsProjectDataAndHonestEmptyStates();
    void session_savedApartFromPreferences();

private:
    void start();
    void stop();
    template<typename T>
    T *child(const QString &name) const
    {
        // The project workspace's runs, not the server inventory's.
        static const QStringList runsChildren{u"runTable"_s, u"stepTable"_s, u"runsEmptyState"_s};
        QObject *scope = m_window.get();
        if (runsChildren.contains(name))
            scope = m_window->findChild<QWidget *>(u"runsPanel"_s);
        T *found = scope ? scope->findChild<T *>(name) : nullptr;
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    QDialog *waitForDialog(const QString &name) const;
    [[nodiscard]] int projectRows() const { return child<QListView>(u"projectGrid"_s)->model()->rowCount(); }
    void createProjectThroughWizard(const QString &name, const QString &image);
    void addServerThroughDialog(const QString &name, const QString &address, const QString &tags);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::start()
{
    m_core = test::openCore(m_dir->path());
    QVERIFY(m_core);
    m_window = std::make_unique<MainWindow>(*m_core);
    m_window->restoreSession();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::stop()
{
    if (m_window)
        m_window->close();
    m_window.reset(); // the window goes before the core services it shows
    m_core.reset();
}

QDialog *TestMainWindow::waitForDialog(const QString &name) const
{
    QDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !dialog; ++i) {
        dialog = m_window->findChild<QDialog *>(name);
        if (!dialog || !dialog->isVisible()) {
            dialog = nullptr;
            QTest::qWait(20);
        }
    }
    return dialog;
}

void TestMainWindow::createProjectThroughWizard(const QString &name, const QString &image)
{
    // The quickest way through the New Project wizard: a Docker image needs no analysis.
    QTest::mouseClick(child<QPushButton>(u"newProjectButton"_s), Qt::LeftButton);
    QDialog *wizard = waitForDialog(u"newProjectWizard"_s);
    QVERIFY(wizard);
    auto *next = wizard->findChild<QAbstractButton *>(u"wizardNextButton"_s);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(u"sourceCardImage"_s), Qt::LeftButton);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(u"imageEdit"_s), image);
    auto *nameEdit = wizard->findChild<QLineEdit *>(u"projectNameEdit"_s);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(wizard->findChild<QAbstractButton *>(u"wizardApproveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"newProjectWizard"_s));
}

void TestMainWindow::addServerThroughDialog(const QString &name, const QString &address, const QString &tags)
{
    QTest::mouseClick(child<QPushButton>(u"addServerButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForDialog(u"serverDialog"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverNameEdit"_s), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverHostEdit"_s), address);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverTagsEdit"_s), tags);
    auto *ok = dialog->findChild<QPushButton *>(u"serverDialogOkButton"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"serverDialog"_s));
}

void TestMainWindow::dashboard_createEditDelete_andRestart()
{
    QCOMPARE(m_window->objectName(), u"mainWindow"_s);
    auto *pages = child<QStackedWidget>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"dashboardPage"_s);
    QVERIFY(child<QAction>(u"navProjectsAction"_s)->isChecked());
    // The honest empty state, with a real way out.
    auto *empty = child<ui::EmptyStateWidget>(u"dashboardEmptyState"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), u"No projects yet"_s);
    QVERIFY(child<QPushButton>(u"emptyNewProjectButton"_s)->isVisible());
    QVERIFY(!child<QListView>(u"projectGrid"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"deleteProjectButton"_s)->isEnabled());

    // Create two projects through the New Project wizard.
    createProjectThroughWizard(u"Storefront"_s, u"registry.example.test/acme/storefront:1.0"_s);
    QCOMPARE(projectRows(), 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QListView>(u"projectGrid"_s)->isVisible());
    const auto storefront = m_core->projects().findByName(u"Storefront"_s);
    QVERIFY(storefront);
    QCOMPARE(storefront->source.kind, ProjectSource::Kind::Image);
    QCOMPARE(storefront->services.size(), 1);
    createProjectThroughWizard(u"Scratch"_s, u"busybox:1.36"_s);
    QCOMPARE(projectRows(), 2);
    QCOMPARE(child<QLabel>(u"projectCountLabel"_s)->text(), u"2 projects"_s);

    // The new project is selected: edit it (rename and change its type).
    auto *grid = child<QListView>(u"projectGrid"_s);
    QCOMPARE(grid->currentIndex().data(ui::ProjectListModel::NameRole).toString(), u"Scratch"_s);
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(u"renameProjectButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForDialog(u"projectDialog"_s);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"projectNameEdit"_s);
    QCOMPARE(name->text(), u"Storefront"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Shop"_s);
    auto *type = dialog->findChild<QComboBox *>(u"projectTypeCombo"_s);
    type->setCurrentIndex(type->findText(projectTypeLabel(ProjectType::Microservice)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"projectDialogOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"projectDialog"_s));
    QCOMPARE(grid->model()->index(0, 0).data(ui::ProjectListModel::NameRole).toString(), u"Shop"_s);
    QCOMPARE(grid->model()->index(0, 0).data(ui::ProjectListModel::TypeLabelRole).toString(),
             projectTypeLabel(ProjectType::Microservice));
    QCOMPARE(m_core->projects().find(storefront->id)->source, storefront->source); // source kept

    // Delete "Scratch": cancelling keeps it, confirming deletes it.
    grid->setCurrentIndex(grid->model()->index(1, 0));
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    QTest::mouseClick(child<QPushButton>(u"deleteProjectButton"_s), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(MessageBox::lastText().contains(u"Scratch"_s));
    QCOMPARE(projectRows(), 2);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(u"deleteProjectButton"_s), Qt::LeftButton);
    QTRY_COMPARE(projectRows(), 1);
    QVERIFY(!m_core->projects().findByName(u"Scratch"_s));

    // A server with tags, linked to the project, in the inventory.
    child<QAction>(u"navServersAction"_s)->trigger();
    QCOMPARE(pages->currentWidget()->objectName(), u"serverInventoryPage"_s);
    QVERIFY(child<ui::EmptyStateWidget>(u"serverEmptyState"_s)->isVisible());
    addServerThroughDialog(u"web-1"_s, u"ssh://deploy@example.com:2222"_s, u"production, eu"_s);
    auto *table = child<QTableView>(u"serverTable"_s);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::Host).data().toString(), u"deploy@example.com:2222"_s);
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::Tags).data().toString(), u"eu, production"_s);
    QCOMPARE(table->currentIndex().row(), 0); // the new server is selected

    QTest::mouseClick(child<QPushButton>(u"linkProjectsButton"_s), Qt::LeftButton);
    dialog = waitForDialog(u"linkProjectsDialog"_s);
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListView *>(u"linkProjectsList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(list->model()->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"linkProjectsSaveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"linkProjectsDialog"_s));
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::LinkedProjects).data().toString(), u"Shop"_s);

    // Restart: a new window over new core services on the same folder shows the same things.
    stop();
    start();
    pages = child<QStackedWidget>(u"pages"_s);
    QCOMPARE(projectRows(), 1);
    grid = child<QListView>(u"projectGrid"_s);
    QCOMPARE(grid->model()->index(0, 0).data(ui::ProjectListModel::NameRole).toString(), u"Shop"_s);
    QCOMPARE(grid->model()->index(0, 0).data(ui::ProjectListModel::TypeLabelRole).toString(),
             projectTypeLabel(ProjectType::Microservice));
    table = child<QTableView>(u"serverTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::Name).data().toString(), u"web-1"_s);
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::Tags).data().toString(), u"eu, production"_s);
    QCOMPARE(table->model()->index(0, ui::ServerTableModel::LinkedProjects).data().toString(), u"Shop"_s);

    // The link shows in the workspace too; Enter on a card opens it.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"projectWorkspace"_s);
    QCOMPARE(child<QLabel>(u"workspaceTitle"_s)->text(), u"Shop"_s);
    QCOMPARE(child<QLabel>(u"workspaceServersLabel"_s)->text(), u"Servers: web-1"_s);
}

void TestMainWindow::projectDialog_invalidNames_showCoreMessageAndKeepOkDisabled()
{
    // New projects come from the wizard (tst_newprojectwizard); the dialog edits existing ones.
    QVERIFY(m_core->projects().add(test::makeProject(u"Existing"_s)));
    const auto other = m_core->projects().add(test::makeProject(u"Other"_s));
    QVERIFY(other);
    m_window->dashboard()->selectProject(other->id);
    QTest::mouseClick(child<QPushButton>(u"renameProjectButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForDialog(u"projectDialog"_s);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"projectNameEdit"_s);
    auto *error = dialog->findChild<QLabel *>(u"projectNameError"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"projectDialogOkButton"_s);
    QCOMPARE(name->text(), u"Other"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(!error->isVisible()); // nothing typed yet: no scolding

    // What core says when asked to store each name, word for word.
    auto coreSays = [this](const QString &candidate) {
        Project p = test::makeProject(candidate);
        auto added = m_core->projects().add(p);
        return added ? QString() : added.error().message;
    };
    const QString tooLong(MaxNameLength + 1, u'a');
    const QStringList invalid{u"   "_s, tooLong, u"bad\tname"_s, u"existing"_s};
    for (const QString &candidate : invalid) {
        name->setText(candidate);
        const QString expected = coreSays(candidate);
        QVERIFY2(!expected.isEmpty(), qPrintable(candidate));
        QVERIFY2(error->isVisible(), qPrintable(candidate));
        QCOMPARE(error->text(), expected);
        QVERIFY(!ok->isEnabled());
    }
    // Typing then erasing says the name is empty.
    name->clear();
    QTest::keyClicks(name, u"x"_s);
    QVERIFY(ok->isEnabled());
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(error->text(), coreSays(QString()));
    QVERIFY(!ok->isEnabled());
    // Enter does not save anything while the name is invalid.
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_core->projects().find(other->id)->name, u"Other"_s);

    QTest::keyClicks(name, u"Fresh"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(ok->isEnabled());
    QTest::keyClick(dialog->findChild<QPushButton *>(u"projectDialogCancelButton"_s), Qt::Key_Space);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"projectDialog"_s));
    QCOMPARE(m_core->projects().projects().size(), 2);
    QCOMPARE(m_core->projects().find(other->id)->name, u"Other"_s);
}

void TestMainWindow::serverDialog_validatesWithCoreAndCompletesTags()
{
    QVERIFY(m_core->servers().add(test::makeServer(u"web-1"_s, u"10.0.0.1"_s, {u"production"_s})));
    child<QAction>(u"navServersAction"_s)->trigger();
    QTest::mouseClick(child<QPushButton>(u"addServerButton"_s), Qt::LeftButton);
    QDialog *dialog = waitForDialog(u"serverDialog"_s);
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"serverNameEdit"_s);
    auto *host = dialog->findChild<QLineEdit *>(u"serverHostEdit"_s);
    auto *user = dialog->findChild<QLineEdit *>(u"serverUserEdit"_s);
    auto *port = dialog->findChild<QSpinBox *>(u"serverPortSpin"_s);
    auto *auth = dialog->findChild<QComboBox *>(u"serverAuthCombo"_s);
    auto *keyFile = dialog->findChild<QLineEdit *>(u"serverKeyFileEdit"_s);
    auto *tags = dialog->findChild<QLineEdit *>(u"serverTagsEdit"_s);
    auto *error = dialog->findChild<QLabel *>(u"serverError"_s);
    auto *ok = dialog->findChild<QPushButton *>(u"serverDialogOkButton"_s);
    QVERIFY(!ok->isEnabled());

    // A whole ssh:// address fills user and port.
    QTest::keyClicks(name, u"WEB-1"_s);
    QTest::keyClicks(host, u"ssh://admin@192.0.2.7:2200"_s);
    QCOMPARE(user->text(), u"admin"_s);
    QCOMPARE(port->value(), 2200);
    QVERIFY(ok->isEnabled());

    // Core's own checks, word for word.
    host->setText(u"bad host!"_s);
    Server probe = test::makeServer(u"x"_s, u"bad host!"_s);
    QVERIFY(probe.validate());
    QCOMPARE(error->text(), probe.validate()->message);
    QVERIFY(!ok->isEnabled());
    host->setText(u"ssh://admin@192.0.2.7:99999"_s);
    QCOMPARE(error->text(), SshAddress::parse(host->text()).error().message);
    QVERIFY(!ok->isEnabled());
    host->setText(u"192.0.2.7"_s);
    QVERIFY(ok->isEnabled());
    auth->setCurrentIndex(auth->findData(int(AuthMethod::KeyFile)));
    QVERIFY(keyFile->isEnabled());
    QVERIFY(!ok->isEnabled()); // a key file is needed now
    QVERIFY(error->isVisible());
    QTest::keyClicks(keyFile, u"/home/me/.ssh/id_ed25519"_s);
    QVERIFY(ok->isEnabled());

    // Tags complete from the ones in use, after the last comma.
    QTest::keyClicks(tags, u"eu, pro"_s);
    auto *completer = dialog->findChild<QCompleter *>(u"serverTagsCompleter"_s);
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), u"production"_s);
    QMetaObject::invokeMethod(completer, "activated", Q_ARG(QString, u"production"_s));
    QCOMPARE(tags->text(), u"eu, production, "_s);

    // The duplicate name is the store's answer on save: shown, and the dialog stays open.
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    Server duplicate = test::makeServer(u"WEB-1"_s, u"192.0.2.8"_s);
    const auto refused = m_core->servers().add(duplicate);
    QVERIFY(!refused);
    QCOMPARE(error->text(), refused.error().message);
    QCOMPARE(m_core->servers().servers().size(), 1);

    name->setText(u"web-2"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"serverDialog"_s));
    const auto saved = m_core->servers().findByName(u"web-2"_s);
    QVERIFY(saved);
    QCOMPARE(saved->user, u"admin"_s);
    QCOMPARE(saved->port, 2200);
    QCOMPARE(saved->auth, AuthMethod::KeyFile);
    QCOMPARE(saved->tags, (QStringList{u"eu"_s, u"production"_s}));

    // The filter matches names, addresses and tags.
    auto *filter = child<QLineEdit>(u"serverFilterEdit"_s);
    auto *table = child<QTableView>(u"serverTable"_s);
    QTest::keyClicks(filter, u"192.0.2"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    filter->setText(u"PRODUCTION"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    filter->setText(u"eu"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"web-2"_s);
    filter->clear();

    // Removing asks first.
    table->selectRow(0);
    MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(u"removeServerButton"_s), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(MessageBox::lastText().contains(u"web-1"_s));
}

void TestMainWindow::changesByAnotherProcess_appearAfterTheWatchInterval()
{
    m_core->watchExternalChanges(std::chrono::milliseconds(200));
    QCOMPARE(projectRows(), 0);
    qint64 projectId = 0;
    {
        auto cli = test::openCore(m_dir->path()); // as hydron-cli would, on the same folder
        QVERIFY(cli);
        auto added = cli->projects().add(test::makeProject(u"from-cli"_s));
        QVERIFY(added);
        projectId = added->id;
        QVERIFY(cli->servers().add(test::makeServer(u"cli-server"_s, u"10.0.0.9"_s, {u"ops"_s}, {projectId})));
    }
    QTRY_COMPARE_WITH_TIMEOUT(projectRows(), 1, 5000);
    auto *grid = child<QListView>(u"projectGrid"_s);
    QVERIFY(grid->isVisible());
    QCOMPARE(grid->model()->index(0, 0).data(ui::ProjectListModel::NameRole).toString(), u"from-cli"_s);
    QCOMPARE(child<QTableView>(u"serverTable"_s)->model()->rowCount(), 1);

    // A run made elsewhere updates the card's badge (runs are read on demand).
    {
        auto cli = test::openCore(m_dir->path());
        QVERIFY(cli);
        Run run;
        run.projectId = projectId;
        run.status = RunStatus::Completed;
        QVERIFY(cli->runs().add(run));
    }
    QTRY_COMPARE_WITH_TIMEOUT(grid->model()->index(0, 0).data(ui::ProjectListModel::LastRunStatusTextRole).toString(),
                              runStatusLabel(RunStatus::Completed), 5000);

    // A project deleted elsewhere while its workspace is open returns to the dashboard.
    m_window->openProject(projectId);
    QCOMPARE(child<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"projectWorkspace"_s);
    {
        auto cli = test::openCore(m_dir->path());
        QVERIFY(cli);
        QVERIFY(cli->projects().remove(projectId));
    }
    QTRY_COMPARE_WITH_TIMEOUT(child<QStackedWidget>(u"pages"_s)->currentWidget()->objectName(), u"dashboardPage"_s,
                              5000);
    QCOMPARE(projectRows(), 0);
    QVERIFY(child<ui::EmptyStateWidget>(u"dashboardEmptyState"_s)->isVisible());
}

void TestMainWindow::workspace_showsProjectDataAndHonestEmptyStates()
{
    Service api = test::makeService(u"api"_s, {8080}, {{u"DATABASE_URL"_s, {}, true}, {u"MODE"_s, u"prod"_s, false}});
    api.health.path = u"/healthz"_s;
    auto project = m_core->projects().add(test::makeProject(u"shop"_s, {api, test::makeService(u"web"_s, {80})}));
    auto bare = m_core->projects().add(test::makeProject(u"bare"_s));
    QVERIFY(project && bare);
    Plan plan;
    plan.projectId = project->id;
    plan.servicesFingerprint = Plan::fingerprint(project->services);
    QVERIFY(m_core->plans().add(plan));
    Run run;
    run.projectId = project->id;
    run.status = RunStatus::Failed;
    run.steps = {Step{u"Build"_s, StepStatus::Completed, {}, {}, 0}, Step{u"Deploy"_s, StepStatus::Failed, {}, {}, 3}};
    QVERIFY(m_core->runs().add(run));

    // Double-click the card.
    auto *grid = child<QListView>(u"projectGrid"_s);
    const QRect card = grid->visualRect(grid->model()->index(0, 0));
    QVERIFY(card.isValid());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, card.center());
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, card.center());
    auto *pages = child<QStackedWidget>(u"pages"_s);
    QTRY_COMPARE(pages->currentWidget()->objectName(), u"projectWorkspace"_s);
    QCOMPARE(child<QLabel>(u"workspaceTitle"_s)->text(), u"shop"_s);
    QVERIFY(child<QLabel>(u"workspaceServersLabel"_s)->text().contains(u"none linked"_s));
    QVERIFY(child<QWidget>(u"chatPane"_s)->isVisible());
    QVERIFY(child<QWidget>(u"runsPanel"_s)->isVisible());

    auto *tabs = child<QTabWidget>(u"infrastructurePanel"_s);
    QCOMPARE(tabs->count(), 7);
    QCOMPARE(child<QTableView>(u"servicesTable"_s)->model()->rowCount(), 2);
    tabs->setCurrentIndex(3);
    auto *env = child<QTableView>(u"environmentTable"_s);
    QVERIFY(env->isVisible());
    QCOMPARE(env->model()->rowCount(), 2);
    QCOMPARE(env->model()->index(0, ui::EnvTableModel::Value).data().toString(), ui::EnvTableModel::secretMask());
    tabs->setCurrentIndex(1);
    QCOMPARE(child<QLabel>(u"planVersionLabel"_s)->text(), u"Version 1"_s);
    QCOMPARE(child<QLabel>(u"planStatusLabel"_s)->text(), Plan::statusLabel(Plan::Status::Generated));
    QVERIFY(!child<QLabel>(u"planStaleLabel"_s)->isVisible());
    // Changing the services makes the plan stale, right away.
    Project changed = *project;
    changed.services.removeLast();
    QVERIFY(m_core->projects().update(changed));
    QVERIFY(child<QLabel>(u"planStaleLabel"_s)->isVisible());
    QCOMPARE(child<QTableView>(u"servicesTable"_s)->model()->rowCount(), 1);

    auto *runs = child<QTableView>(u"runTable"_s);
    QCOMPARE(runs->model()->rowCount(), 1);
    QCOMPARE(child<QTableView>(u"stepTable"_s)->model()->rowCount(), 2);
    QVERIFY(child<ui::EmptyStateWidget>(u"chatEmptyState"_s)->isVisible());
    QVERIFY(!child<ui::EmptyStateWidget>(u"runsEmptyState"_s)->isVisible());

    // Back, then the bare project: every part says what fills it.
    QTest::mouseClick(child<QToolButton>(u"backToDashboardButton"_s), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), u"dashboardPage"_s);
    m_window->openProject(bare->id);
    QCOMPARE(child<QLabel>(u"workspaceTitle"_s)->text(), u"bare"_s);
    tabs->setCurrentIndex(0);
    auto *services = child<ui::EmptyStateWidget>(u"servicesEmptyState"_s);
    QVERIFY(services->isVisible());
    QVERIFY(services->text().contains(bare->source.displayText()));
    QVERIFY(child<ui::EmptyStateWidget>(u"runsEmptyState"_s)->isVisible());
    tabs->setCurrentIndex(1);
    QVERIFY(child<ui::EmptyStateWidget>(u"planEmptyState"_s)->isVisible());
    tabs->setCurrentIndex(4);
    QVERIFY(child<ui::EmptyStateWidget>(u"domainsEmptyState"_s)->isVisible());
    // No button that does nothing: the empty states of the workspace carry no action, except the
    // plan's Generate, which is disabled while there are no services to plan for.
    for (const char *emptyName : {"servicesEmptyState", "chatEmptyState", "runsEmptyState"})
        QVERIFY(child<ui::EmptyStateWidget>(QString::fromLatin1(emptyName))->findChildren<QPushButton *>().isEmpty());
    QVERIFY(!child<QPushButton>(u"planEmptyGenerateButton"_s)->isEnabled());
}

void TestMainWindow::session_savedApartFromPreferences()
{
    m_window->resize(1111, 777);
    const QString session = m_window->sessionFile();
    QCOMPARE(session, m_dir->filePath(u"session.ini"_s));
    stop();
    QVERIFY(QFile::exists(session));
    QFile settings(m_dir->filePath(u"settings.ini"_s));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("geometry"));
    start();
    QCOMPARE(m_window->size(), QSize(1111, 777));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
