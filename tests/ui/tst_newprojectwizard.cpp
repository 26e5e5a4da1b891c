// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real New Project wizard offscreen, from the dashboard's New Project button, over
// real core services on a temporary data folder: a fixture repository as a folder and as a
// file:// Git remote, a Docker image, cancel mid-clone and mid-analysis, and bad input.
#include "core/secrets/secretstore.h"
#include "core/source/gitfetcher.h"
#include "core/source/imagereference.h"
#include "core/store/projectstore.h"
#include "testcore.h"
#include "ui/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/models/servicetablemodel.h"
#include "ui/models/wizardenvmodel.h"
#include "ui/models/wizardfindingmodel.h"
#include "ui/models/wizardservicemodel.h"
#include "ui/newprojectfetchpage.h"
#include "ui/newprojectreviewpage.h"
#include "ui/newprojectsourcepage.h"
#include "ui/newprojectwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::MainWindow;
using hydron::ui::MessageBox;
using hydron::ui::NewProjectFetchPage;
using hydron::ui::NewProjectWizard;
using hydron::ui::WizardEnvModel;
using hydron::ui::WizardServiceModel;

namespace {

const QString FixtureDir = QStringLiteral(HYDRON_ANALYSIS_DATA_DIR "/repos/compose-multi");

// A GitFetcher double whose clone never ends by itself: it reports progress until cancelled,
// on its own worker thread, as the real one does.
class EndlessFetcher final : public source::GitFetcher
{
public:
    EndlessFetcher() { m_thread.start(); }
    ~EndlessFetcher() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    source::CloneJob *fetch(const source::CloneRequest &request, QObject *parent) override
    {
        auto sawCancel = m_sawCancel;
        return new source::CloneJob(
            request,
            [sawCancel](source::CloneContext &context) -> Result<source::CloneResult> {
                for (qint64 i = 0; i < 100000; ++i) {
                    if (context.isCancelled()) {
                        sawCancel->store(true);
                        return fail(Error::Code::Cancelled, u"cancelled"_s);
                    }
                    context.reportProgress(i, 100000, source::CloneStage::Receiving, i * 1024);
                    QThread::msleep(2);
                }
                return fail(Error::Code::Internal, u"the test never cancelled"_s);
            },
            &m_thread, parent);
    }

    [[nodiscard]] bool sawCancel() const { return m_sawCancel->load(); }

private:
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_sawCancel = std::make_shared<std::atomic_bool>(false);
};

// A SecretStore double: keeps what is written in memory (or refuses it), answers from the event
// loop like the real one.
class MemorySecretStore final : public secrets::SecretStore
{
public:
    void read(const secrets::SecretKey &key, QObject *context, ReadCallback callback) override
    {
        const auto it = m_values.constFind(key.toString());
        Result<QString> result =
            it == m_values.cend() ? Result<QString>(fail(Error::Code::NotFound, u"not found"_s)) : Result<QString>(*it);
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void write(const secrets::SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override
    {
        Result<void> result;
        if (m_refuse)
            result = fail(Error::Code::Unsupported, u"No keychain can be reached."_s);
        else
            m_values.insert(key.toString(), value);
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void remove(const secrets::SecretKey &key, QObject *context, DoneCallback callback) override
    {
        m_values.remove(key.toString());
        QTimer::singleShot(0, context, [callback] { callback({}); });
    }

    QHash<QString, QString> m_values;
    bool m_refuse = false;
};

bool run(const QString &workDir, const QStringList &args)
{
    QProcess git;
    git.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Hydron Test"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@example.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Hydron Test"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@example.invalid"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    git.setProcessEnvironment(env);
    git.start(u"git"_s, args);
    if (!git.waitForFinished(30000) || git.exitCode() != 0) {
        qWarning("git %s failed: %s", qPrintable(args.join(u' ')), git.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestNewProjectWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void folder_reviewEditApprove_savesProjectWithServices();
    void gitFileUrl_clonesAnalysesAndSaves();
    void gitMissingRepository_specificErrorWithRetryAndBack();
    void cancelMidClone_savesNothing();
    void cancelMidAnalysis_savesNothing();
    void image_badReferenceShowsSpecificError_thenSaves();
    void secretValues_goToTheSecretStoreUnderTheProject();
    void template_gallerySavesItsServices();
    void name_takenOrInvalid_blocksNext();

private:
    NewProjectWizard *openWizard();
    template<typename T>
    T *in(QWidget *parent, const QString &name) const
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    void editCell(QTableView *table, const QModelIndex &index, const QString &text);
    void grab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestNewProjectWizard::init()
{
    MessageBox::clearNextAnswer();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_core = test::openCore(m_dir->filePath(u"data"_s));
    QVERIFY(m_core);
    m_window = std::make_unique<MainWindow>(*m_core);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNewProjectWizard::cleanup()
{
    m_window.reset();
    m_core.reset();
    m_dir.reset();
}

void TestNewProjectWizard::grab(QWidget *widget, const QString &name)
{
    // Developer aid: HYDRON_TEST_SCREENSHOTS=/tmp/dir keeps pictures of the pages.
    const QString dir = qEnvironmentVariable("HYDRON_TEST_SCREENSHOTS");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

NewProjectWizard *TestNewProjectWizard::openWizard()
{
    QTest::mouseClick(in<QPushButton>(m_window.get(), u"newProjectButton"_s), Qt::LeftButton);
    NewProjectWizard *wizard = nullptr;
    for (int i = 0; i < 100 && !(wizard && wizard->isVisible()); ++i) {
        wizard = m_window->findChild<NewProjectWizard *>(u"newProjectWizard"_s);
        if (!wizard || !wizard->isVisible())
            QTest::qWait(20);
    }
    if (wizard)
        wizard->resize(1000, 720);
    return wizard;
}

void TestNewProjectWizard::editCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    QPointer<QLineEdit> editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY2(editor, "no line edit opened for the cell");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QTRY_VERIFY(!editor);
}

void TestNewProjectWizard::folder_reviewEditApprove_savesProjectWithServices()
{
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::SourcePageId));
    auto *next = in<QAbstractButton>(wizard, u"wizardNextButton"_s);
    QVERIFY(!next->isEnabled()); // no source yet
    grab(wizard, u"wizard-source-git"_s);

    QTest::mouseClick(in<QAbstractButton>(wizard, u"sourceCardFolder"_s), Qt::LeftButton);
    QTest::keyClicks(in<QLineEdit>(wizard, u"folderEdit"_s), FixtureDir);
    QCOMPARE(in<QLineEdit>(wizard, u"projectNameEdit"_s)->text(), u"compose-multi"_s); // suggested
    QVERIFY(next->isEnabled());
    grab(wizard, u"wizard-source-folder"_s);
    QTest::mouseClick(next, Qt::LeftButton);

    // The analysis runs, then the wizard moves to the review by itself.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewProjectWizard::ReviewPageId), 20000);
    auto *table = in<QTableView>(wizard, u"reviewServicesTable"_s);
    QAbstractItemModel *services = table->model();
    QStringList names;
    for (int row = 0; row < services->rowCount(); ++row)
        names << services->index(row, WizardServiceModel::Name).data().toString();
    QCOMPARE(names, (QStringList{u"api"_s, u"web"_s, u"worker"_s, u"cache"_s, u"db"_s}));
    QCOMPARE(services->index(4, WizardServiceModel::Kind).data().toString(), serviceKindLabel(ServiceKind::Backing));
    QCOMPARE(services->index(4, WizardServiceModel::Location).data().toString(), u"postgres:16"_s);
    QCOMPARE(services->index(0, WizardServiceModel::Ports).data().toString(), u"5000"_s);
    QCOMPARE(services->index(0, WizardServiceModel::Health).data().toString(), u"/api/health"_s);

    // The selected service's evidence: file:line and what was found there.
    auto *evidence = in<QTableView>(wizard, u"reviewEvidenceTable"_s);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(evidence->model()->rowCount() > 5);
    bool portEvidence = false;
    for (int row = 0; row < evidence->model()->rowCount(); ++row) {
        const QString where = evidence->model()->index(row, ui::WizardFindingModel::Where).data().toString();
        QVERIFY2(!where.isEmpty(), qPrintable(QString::number(row)));
        if (evidence->model()->index(row, ui::WizardFindingModel::What).data().toString() == u"Port"_s &&
            evidence->model()->index(row, ui::WizardFindingModel::Details).data().toString() == u"5000"_s)
            portEvidence = true;
    }
    QVERIFY(portEvidence);
    const QString facts = in<QLabel>(wizard, u"reviewFactsLabel"_s)->text();
    QVERIFY2(facts.contains(u"python 3.12"_s) && facts.contains(u"flask"_s) && facts.contains(u"gunicorn"_s),
             qPrintable(facts));
    auto *warnings = in<QTableView>(wizard, u"reviewWarningsTable"_s);
    QCOMPARE(warnings->model()->rowCount(), 1);
    QVERIFY(warnings->model()->index(0, 0).data().toString().contains(u"mailhog"_s));
    grab(wizard, u"wizard-review"_s);

    // Rename "web" to "frontend" in the table, as a user would.
    editCell(table, services->index(1, WizardServiceModel::Name), u"frontend"_s);
    QCOMPARE(services->index(1, WizardServiceModel::Name).data().toString(), u"frontend"_s);
    // A bad port is refused with a message, and the old value stays.
    editCell(table, services->index(0, WizardServiceModel::Ports), u"99999"_s);
    auto *editError = in<QLabel>(wizard, u"reviewEditError"_s);
    QVERIFY(editError->isVisible());
    QVERIFY(editError->text().contains(u"99999"_s));
    QCOMPARE(services->index(0, WizardServiceModel::Ports).data().toString(), u"5000"_s);

    // Mark api's FLASK_SECRET_KEY secret with the keyboard in the Environment tab.
    table->setCurrentIndex(services->index(0, 0));
    auto *tabs = in<QTabWidget>(wizard, u"reviewDetailsTabs"_s);
    tabs->setCurrentIndex(1);
    auto *envTable = in<QTableView>(wizard, u"reviewEnvTable"_s);
    QAbstractItemModel *env = envTable->model();
    int secretRow = -1;
    for (int row = 0; row < env->rowCount(); ++row) {
        if (env->index(row, WizardEnvModel::Name).data().toString() == u"FLASK_SECRET_KEY"_s)
            secretRow = row;
    }
    QVERIFY(secretRow >= 0);
    QCOMPARE(env->index(secretRow, WizardEnvModel::Required).data().toString(), u"Required"_s);
    envTable->setFocus();
    envTable->setCurrentIndex(env->index(secretRow, WizardEnvModel::Secret));
    QTest::keyClick(envTable, Qt::Key_Space);
    QCOMPARE(env->index(secretRow, WizardEnvModel::Secret).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
    grab(wizard, u"wizard-review-env"_s);

    // Approve: the project is stored with the reviewed services.
    auto *approve = in<QAbstractButton>(wizard, u"wizardApproveButton"_s);
    QVERIFY(approve->isVisible() && approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
    const auto project = m_core->projects().findByName(u"compose-multi"_s);
    QVERIFY(project);
    QCOMPARE(project->source.kind, ProjectSource::Kind::Folder);
    QCOMPARE(project->source.location, QFileInfo(FixtureDir).absoluteFilePath());
    QCOMPARE(project->type, ProjectType::Microservice);
    QStringList saved;
    for (const Service &s : project->services)
        saved << s.name;
    QCOMPARE(saved, (QStringList{u"api"_s, u"frontend"_s, u"worker"_s, u"cache"_s, u"db"_s}));
    const Service &api = project->services.at(0);
    QCOMPARE(api.kind, ServiceKind::Api);
    QCOMPARE(api.ports, QList<int>{5000});
    QCOMPARE(api.dependsOn, (QStringList{u"cache"_s, u"db"_s}));
    QCOMPARE(api.framework, u"flask"_s);
    bool secret = false;
    for (const EnvVar &var : api.env) {
        if (var.name == u"FLASK_SECRET_KEY"_s)
            secret = var.secret && var.required && var.value.isEmpty();
    }
    QVERIFY(secret);
    QCOMPARE(project->services.at(1).dependsOn, QStringList{u"api"_s}); // frontend keeps its dependency
    QCOMPARE(project->services.at(4).kind, ServiceKind::Backing);
    QCOMPARE(project->services.at(4).image, u"postgres:16"_s);
    QVERIFY(!project->services.at(4).volumes.isEmpty());

    // The dashboard selects it; its workspace's Services tab lists them with their start order.
    QCOMPARE(m_window->dashboard()->selectedProjectId(), project->id);
    m_window->openProject(project->id);
    auto *servicesTable = in<QTableView>(m_window.get(), u"servicesTable"_s);
    QTRY_VERIFY(servicesTable->isVisible());
    QAbstractItemModel *tab = servicesTable->model();
    QCOMPARE(tab->rowCount(), 5);
    auto orderOf = [tab](const QString &name) {
        for (int row = 0; row < tab->rowCount(); ++row) {
            if (tab->index(row, ui::ServiceTableModel::Name).data().toString() == name)
                return tab->index(row, ui::ServiceTableModel::StartOrder).data().toString();
        }
        return QString();
    };
    QCOMPARE(orderOf(u"db"_s), u"1"_s);
    QCOMPARE(orderOf(u"cache"_s), u"1"_s);
    QCOMPARE(orderOf(u"api"_s), u"2"_s);
    QCOMPARE(orderOf(u"worker"_s), u"2"_s);
    QCOMPARE(orderOf(u"frontend"_s), u"3"_s);
    QCOMPARE(tab->index(0, ui::ServiceTableModel::DependsOn).data().toString(), u"cache, db"_s);
    auto *graph = in<QWidget>(m_window.get(), u"serviceDependencyView"_s);
    QVERIFY(graph->isVisible());
    QVERIFY(graph->sizeHint().width() > 3 * 100); // three start levels side by side
    grab(m_window.get(), u"workspace-services"_s);
}

void TestNewProjectWizard::gitFileUrl_clonesAnalysesAndSaves()
{
    // A bare repository with the fixture, made here with git.
    const QString work = m_dir->filePath(u"work"_s);
    const QString bare = m_dir->filePath(u"compose-multi.git"_s);
    QVERIFY(QDir().mkpath(work));
    QVERIFY(copyTree(FixtureDir, work));
    QVERIFY(run(work, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
    QVERIFY(run(work, {u"add"_s, u"-A"_s}));
    QVERIFY(run(work, {u"commit"_s, u"-q"_s, u"-m"_s, u"fixture"_s}));
    QVERIFY(run(work, {u"tag"_s, u"v1"_s}));
    QVERIFY(run(m_dir->path(), {u"clone"_s, u"-q"_s, u"--bare"_s, work, bare}));
    const QString url = QUrl::fromLocalFile(bare).toString();

    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"sourceCardGit"_s), Qt::LeftButton);
    QTest::keyClicks(in<QLineEdit>(wizard, u"gitUrlEdit"_s), url);
    QTest::keyClicks(in<QLineEdit>(wizard, u"gitRefEdit"_s), u"v1"_s);
    QCOMPARE(in<QLineEdit>(wizard, u"projectNameEdit"_s)->text(), u"compose-multi"_s);
    QVERIFY(!in<QLabel>(wizard, u"gitUrlError"_s)->isVisible());
    auto *next = in<QAbstractButton>(wizard, u"wizardNextButton"_s);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::FetchPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(NewProjectWizard::ReviewPageId), 30000);
    QVERIFY(in<QLabel>(wizard, u"cloneStatusLabel"_s)->text().contains(u"refs/tags/v1"_s));
    auto *table = in<QTableView>(wizard, u"reviewServicesTable"_s);
    QCOMPARE(table->model()->rowCount(), 5);

    // Change a kind through the combo box the Kind column edits with.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, WizardServiceModel::Kind));
    QTest::keyClick(table, Qt::Key_F2);
    QPointer<QComboBox> combo = table->viewport()->findChild<QComboBox *>(u"serviceKindCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(ServiceKind::Web)));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!combo);
    QCOMPARE(table->model()->index(1, WizardServiceModel::Kind).data().toString(), serviceKindLabel(ServiceKind::Web));
    // Add a service, then remove it again with the buttons.
    QTest::mouseClick(in<QPushButton>(wizard, u"addServiceButton"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 6);
    QPointer<QLineEdit> nameEditor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(nameEditor); // the new service's name opens for editing
    QTest::keyClicks(nameEditor, u"extra"_s);
    QTest::keyClick(nameEditor, Qt::Key_Return);
    QTRY_VERIFY(!nameEditor);
    QCOMPARE(table->model()->index(5, WizardServiceModel::Name).data().toString(), u"extra"_s);
    QCOMPARE(table->currentIndex().row(), 5);
    QTest::mouseClick(in<QPushButton>(wizard, u"removeServiceButton"_s), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 5);

    // Back to the fetch page and forward again keeps the review as it is.
    editCell(table, table->model()->index(2, WizardServiceModel::Name), u"tasks"_s);
    wizard->back();
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::FetchPageId));
    QVERIFY(in<QAbstractButton>(wizard, u"wizardNextButton"_s)->isEnabled());
    wizard->next();
    QCOMPARE(table->model()->index(2, WizardServiceModel::Name).data().toString(), u"tasks"_s);

    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardApproveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
    const auto project = m_core->projects().findByName(u"compose-multi"_s);
    QVERIFY(project);
    QCOMPARE(project->source.kind, ProjectSource::Kind::Git);
    QCOMPARE(project->source.location, url);
    QCOMPARE(project->source.ref, u"v1"_s);
    QCOMPARE(project->services.size(), 5);
    QCOMPARE(project->services.at(2).name, u"tasks"_s);
    QCOMPARE(project->services.at(1).kind, ServiceKind::Web);
    // The clone lives in the data folder's source cache.
    QVERIFY(QDir(m_dir->filePath(u"data/sources"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 1);
}

void TestNewProjectWizard::gitMissingRepository_specificErrorWithRetryAndBack()
{
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    const QString url = QUrl::fromLocalFile(m_dir->filePath(u"nothing-here.git"_s)).toString();
    in<QLineEdit>(wizard, u"gitUrlEdit"_s)->setText(url);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardNextButton"_s), Qt::LeftButton);
    auto *page = wizard->fetchPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), NewProjectFetchPage::State::Failed, 20000);
    auto *error = in<QLabel>(wizard, u"fetchErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "the error says what went wrong");
    QCOMPARE(in<QLabel>(wizard, u"fetchOutcomeLabel"_s)->text(), u"Could not clone the repository"_s);
    QVERIFY(in<QPushButton>(wizard, u"fetchRetryButton"_s)->isVisible());
    QVERIFY(!in<QPushButton>(wizard, u"fetchCancelButton"_s)->isVisible());
    QVERIFY(!in<QAbstractButton>(wizard, u"wizardNextButton"_s)->isEnabled());
    grab(wizard, u"wizard-fetch-error"_s);
    // Retry fails the same way; Back returns to the source with everything typed.
    QTest::mouseClick(in<QPushButton>(wizard, u"fetchRetryButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), NewProjectFetchPage::State::Failed, 20000);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardBackButton"_s), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::SourcePageId));
    QCOMPARE(in<QLineEdit>(wizard, u"gitUrlEdit"_s)->text(), url);
    QVERIFY(m_core->projects().projects().isEmpty());
}

void TestNewProjectWizard::cancelMidClone_savesNothing()
{
    EndlessFetcher fetcher;
    auto *wizard = new NewProjectWizard({m_core->projects(), &fetcher, nullptr, nullptr, {}}, m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    in<QLineEdit>(wizard, u"gitUrlEdit"_s)->setText(u"https://git.example.invalid/team/shop.git"_s);
    QCOMPARE(in<QLineEdit>(wizard, u"projectNameEdit"_s)->text(), u"shop"_s);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardNextButton"_s), Qt::LeftButton);
    auto *page = wizard->fetchPage();
    auto *status = in<QLabel>(wizard, u"cloneStatusLabel"_s);
    // Progress arrives: objects and bytes.
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u" of "_s) && status->text().contains(u"·"_s),
                              qPrintable(status->text()), 10000);
    QCOMPARE(page->state(), NewProjectFetchPage::State::Cloning);
    grab(wizard, u"wizard-fetch-cloning"_s);
    auto *cancel = in<QPushButton>(wizard, u"fetchCancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), NewProjectFetchPage::State::Cancelled, 10000);
    QVERIFY(fetcher.sawCancel());
    QCOMPARE(in<QLabel>(wizard, u"fetchOutcomeLabel"_s)->text(), u"Cancelled"_s);
    QVERIFY(in<QPushButton>(wizard, u"fetchRetryButton"_s)->isVisible());
    QVERIFY(!in<QAbstractButton>(wizard, u"wizardNextButton"_s)->isEnabled());
    // Retry starts again; closing the wizard mid-clone ends the clone too.
    QTest::mouseClick(in<QPushButton>(wizard, u"fetchRetryButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), NewProjectFetchPage::State::Cloning, 10000);
    QPointer<NewProjectWizard> alive(wizard);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!alive);
    QVERIFY(m_core->projects().projects().isEmpty());
}

void TestNewProjectWizard::cancelMidAnalysis_savesNothing()
{
    // Enough files that the analysis takes a while.
    const QString root = m_dir->filePath(u"big"_s);
    for (int d = 0; d < 40; ++d) {
        const QString dir = root + u"/pkg%1/src"_s.arg(d);
        QVERIFY(QDir().mkpath(dir));
        for (int f = 0; f < 100; ++f) {
            QFile file(dir + u"/mod%1.js"_s.arg(f));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("const port = process.env.PORT || 3000;\nmodule.exports = { port };\n");
        }
    }
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    wizard->sourcePage()->setKind(ProjectSource::Kind::Folder);
    in<QLineEdit>(wizard, u"folderEdit"_s)->setText(root);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardNextButton"_s), Qt::LeftButton);
    auto *page = wizard->fetchPage();
    QCOMPARE(page->state(), NewProjectFetchPage::State::Analysing);
    QVERIFY(!in<QWidget>(wizard, u"cloneProgressBar"_s)->isVisible()); // a folder is not cloned
    QTest::mouseClick(in<QPushButton>(wizard, u"fetchCancelButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), NewProjectFetchPage::State::Cancelled, 10000);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::FetchPageId));
    QVERIFY(!wizard->analysis());
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardCancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
    QVERIFY(m_core->projects().projects().isEmpty());
}

void TestNewProjectWizard::image_badReferenceShowsSpecificError_thenSaves()
{
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"sourceCardImage"_s), Qt::LeftButton);
    auto *image = in<QLineEdit>(wizard, u"imageEdit"_s);
    auto *error = in<QLabel>(wizard, u"imageError"_s);
    auto *next = in<QAbstractButton>(wizard, u"wizardNextButton"_s);
    for (const QString &bad : {u"Nginx:1.27!"_s, u"nginx:-bad"_s, u"nginx@sha256:abc"_s}) {
        image->clear();
        QTest::keyClicks(image, bad);
        const auto parsed = source::ImageReference::parse(bad);
        QVERIFY2(!parsed, qPrintable(bad));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), parsed.error().message); // core's own words
        QVERIFY(!next->isEnabled());
    }
    grab(wizard, u"wizard-source-image-error"_s);
    image->clear();
    QTest::keyClicks(image, u"registry.example.test/team/shop-api:2.1"_s);
    QVERIFY(!error->isVisible());
    QTest::keyClicks(in<QLineEdit>(wizard, u"imagePortsEdit"_s), u"8080, x"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"“x”"_s));
    QVERIFY(!next->isEnabled());
    QTest::keyClick(in<QLineEdit>(wizard, u"imagePortsEdit"_s), Qt::Key_Backspace);
    auto *envEdit = in<QWidget>(wizard, u"imageEnvEdit"_s);
    QTest::keyClicks(envEdit, u"MODE=production"_s);
    QTest::keyClick(envEdit, Qt::Key_Return);
    QTest::keyClicks(envEdit, u"API_KEY="_s); // its value comes later (see secretValues_…)
    QVERIFY(!error->isVisible());
    QCOMPARE(in<QLineEdit>(wizard, u"projectNameEdit"_s)->text(), u"shop-api"_s);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::ReviewPageId)); // no analysis for an image

    auto *table = in<QTableView>(wizard, u"reviewServicesTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, WizardServiceModel::Name).data().toString(), u"shop-api"_s);
    QCOMPARE(table->model()->index(0, WizardServiceModel::Ports).data().toString(), u"8080"_s);
    // API_KEY is a secret: its value goes to the keychain, not to the project.
    in<QTabWidget>(wizard, u"reviewDetailsTabs"_s)->setCurrentIndex(1);
    QAbstractItemModel *env = in<QTableView>(wizard, u"reviewEnvTable"_s)->model();
    QCOMPARE(env->rowCount(), 2);
    QVERIFY(env->setData(env->index(1, WizardEnvModel::Secret), Qt::Checked, Qt::CheckStateRole));
    grab(wizard, u"wizard-review-image"_s);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardApproveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
    const auto project = m_core->projects().findByName(u"shop-api"_s);
    QVERIFY(project);
    QCOMPARE(project->source.kind, ProjectSource::Kind::Image);
    QCOMPARE(project->services.size(), 1);
    const Service &s = project->services.first();
    QCOMPARE(s.source, ServiceSource::Image);
    QCOMPARE(s.image, u"registry.example.test/team/shop-api:2.1"_s);
    QCOMPARE(s.env.at(0), (EnvVar{u"MODE"_s, u"production"_s, false, false}));
    QCOMPARE(s.env.at(1), (EnvVar{u"API_KEY"_s, QString(), true, false}));
}

void TestNewProjectWizard::secretValues_goToTheSecretStoreUnderTheProject()
{
    for (const bool refuse : {false, true}) {
        MemorySecretStore store;
        store.m_refuse = refuse;
        auto *wizard = new NewProjectWizard({m_core->projects(), nullptr, nullptr, &store, {}}, m_window.get());
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
        wizard->sourcePage()->setKind(ProjectSource::Kind::Image);
        in<QLineEdit>(wizard, u"imageEdit"_s)->setText(u"registry.example.test/team/shop-api:2.1"_s);
        in<QLineEdit>(wizard, u"projectNameEdit"_s)->setText(refuse ? u"refused"_s : u"stored"_s);
        auto *envEdit = in<QWidget>(wizard, u"imageEnvEdit"_s);
        QTest::keyClicks(envEdit, u"API_KEY=abc123"_s);
        QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardNextButton"_s), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(NewProjectWizard::ReviewPageId));
        QAbstractItemModel *env = in<QTableView>(wizard, u"reviewEnvTable"_s)->model();
        QCOMPARE(env->index(0, WizardEnvModel::Value).data().toString(), u"abc123"_s);
        QVERIFY(env->setData(env->index(0, WizardEnvModel::Secret), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(env->index(0, WizardEnvModel::Value).data().toString(), WizardEnvModel::secretMask());
        if (refuse)
            MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardApproveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
        const auto project = m_core->projects().findByName(refuse ? u"refused"_s : u"stored"_s);
        QVERIFY(project);
        QCOMPARE(project->services.first().env.first(), (EnvVar{u"API_KEY"_s, QString(), true, false}));
        QVERIFY(!QJsonDocument(project->toJson()).toJson().contains("abc123"));
        if (refuse) {
            QTRY_VERIFY(MessageBox::lastText().contains(u"could not be stored"_s));
            QVERIFY(store.m_values.isEmpty());
        } else {
            const QString key = u"project/%1/service/shop-api/API_KEY"_s.arg(project->id);
            QTRY_COMPARE(store.m_values.value(key), u"abc123"_s);
        }
    }
}

void TestNewProjectWizard::template_gallerySavesItsServices()
{
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"sourceCardTemplate"_s), Qt::LeftButton);
    auto *gallery = in<QListView>(wizard, u"templateGallery"_s);
    QVERIFY(gallery->isVisible());
    QVERIFY(gallery->model()->rowCount() >= 8);
    grab(wizard, u"wizard-source-template"_s);
    int wordpress = -1;
    for (int row = 0; row < gallery->model()->rowCount(); ++row) {
        if (gallery->model()->index(row, 0).data(Qt::UserRole + 1).toString() == u"wordpress"_s)
            wordpress = row;
    }
    QVERIFY(wordpress >= 0);
    const QRect card = gallery->visualRect(gallery->model()->index(wordpress, 0));
    QTest::mouseClick(gallery->viewport(), Qt::LeftButton, {}, card.center());
    auto *name = in<QLineEdit>(wizard, u"projectNameEdit"_s);
    QVERIFY(!name->text().isEmpty());
    name->setText(u"Blog"_s);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardNextButton"_s), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(NewProjectWizard::ReviewPageId));
    auto *table = in<QTableView>(wizard, u"reviewServicesTable"_s);
    const int reviewed = table->model()->rowCount();
    QVERIFY(reviewed >= 2);
    QTest::mouseClick(in<QAbstractButton>(wizard, u"wizardApproveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<NewProjectWizard *>());
    const auto project = m_core->projects().findByName(u"Blog"_s);
    QVERIFY(project);
    QCOMPARE(project->source.kind, ProjectSource::Kind::Template);
    QCOMPARE(project->source.location, u"wordpress"_s);
    QCOMPARE(project->services.size(), reviewed);
    QVERIFY(std::all_of(project->services.cbegin(), project->services.cend(),
                        [](const Service &s) { return !s.image.isEmpty(); }));
}

void TestNewProjectWizard::name_takenOrInvalid_blocksNext()
{
    QVERIFY(m_core->projects().add(test::makeProject(u"Existing"_s)));
    NewProjectWizard *wizard = openWizard();
    QVERIFY(wizard);
    wizard->sourcePage()->setKind(ProjectSource::Kind::Folder);
    in<QLineEdit>(wizard, u"folderEdit"_s)->setText(FixtureDir);
    auto *next = in<QAbstractButton>(wizard, u"wizardNextButton"_s);
    QVERIFY(next->isEnabled());
    auto *name = in<QLineEdit>(wizard, u"projectNameEdit"_s);
    auto *error = in<QLabel>(wizard, u"projectNameError"_s);
    auto coreSays = [this](const QString &candidate) {
        auto added = m_core->projects().add(test::makeProject(candidate));
        return added ? QString() : added.error().message;
    };
    for (const QString &bad : {u"existing"_s, u"   "_s, u"bad\tname"_s}) {
        name->setText(bad);
        QCOMPARE(error->text(), coreSays(bad));
        QVERIFY(error->isVisible());
        QVERIFY(!next->isEnabled());
    }
    // A folder that is not there says so.
    name->setText(u"Fresh"_s);
    in<QLineEdit>(wizard, u"folderEdit"_s)->setText(m_dir->filePath(u"missing"_s));
    QVERIFY(in<QLabel>(wizard, u"folderError"_s)->text().contains(u"There is no folder"_s));
    QVERIFY(!next->isEnabled());
    QCOMPARE(m_core->projects().projects().size(), 1);
}

QTEST_MAIN(TestNewProjectWizard)
#include "tst_newprojectwizard.moc"
