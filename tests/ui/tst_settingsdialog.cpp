// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog offscreen over real core services, a real keychain (with-keyring.sh runs
// this test in a private gnome-keyring, then its unavailable_ case without any session bus) and
// the fake Messages API server on loopback answering GET /v1/models.
#include "core/assistant/keyprovider.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "fakeclaudeserver.h"
#include "testcore.h"
#include "ui/chatpane.h"
#include "ui/mainwindow.h"
#include "ui/models/modellistmodel.h"
#include "ui/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
using hydron::ui::SettingsDialog;
namespace models = hydron::test::models;

namespace {

const QString typedKey = u"sk-ant-typed-in-settings-0123456789"_s;

bool noKeychainRun()
{
    return qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN");
}

void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HYDRON_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + u"/"_s + name + u".png"_s);
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

std::optional<Result<QString>> readStoredKey(CoreServices &core, QObject *context)
{
    std::optional<Result<QString>> read;
    core.secretStore().read(assistant::KeychainKeyProvider::keychainKey(), context,
                            [&](Result<QString> r) { read = std::move(r); });
    (void)QTest::qWaitFor([&] { return read.has_value(); }, 20000);
    return read;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
        m_dir = std::make_unique<QTemporaryDir>();
        m_core = test::openCore(m_dir->filePath(u"data"_s));
        QVERIFY(m_core);
        m_core->settings().setValue(Settings::Key::AssistantModel, u"claude-kept-model"_s);
    }

    void cleanup()
    {
        m_core.reset();
        m_dir.reset();
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }

    void key_models_save_remove()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        FakeClaudeServer server;
        QVERIFY(server.listen());

        SettingsDialog dialog(*m_core);
        QAbstractItemModelTester tester(dialog.modelList(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *keyStatus = child<QLabel>(dialog, u"settingsKeyStatus"_s);
        auto *modelStatus = child<QLabel>(dialog, u"settingsModelStatus"_s);
        auto *combo = child<QComboBox>(dialog, u"settingsModelCombo"_s);
        auto *baseUrl = child<QLineEdit>(dialog, u"settingsBaseUrlEdit"_s);
        auto *keyEdit = child<QLineEdit>(dialog, u"settingsApiKeyEdit"_s);
        QVERIFY(keyStatus && modelStatus && combo && baseUrl && keyEdit);
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

        // No key yet: said plainly; the list cannot load, the setting stays.
        QTRY_VERIFY(keyStatus->text().contains(u"No key"_s));
        QTRY_VERIFY(!dialog.isLoadingModels());
        QVERIFY2(modelStatus->text().contains(u"Could not load"_s), qPrintable(modelStatus->text()));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData(ui::ModelListModel::IdRole).toString(), u"claude-kept-model"_s);
        QCOMPARE(server.requests().size(), 0); // no key, no request

        // The base URL of the fake server, then a key: stored in the keychain, shown masked, and
        // the list loads with it.
        baseUrl->setText(server.baseUrl().toString());
        server.enqueue(models::reply({{u"claude-new"_s, u"Claude New"_s, u"2026-05-01T00:00:00Z"_s},
                                      {u"claude-old"_s, u"Claude Old"_s, u"2025-05-01T00:00:00Z"_s}}));
        QSignalSpy keyChanged(&dialog, &SettingsDialog::apiKeyChanged);
        QTest::keyClicks(keyEdit, typedKey);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsSaveKeyButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(keyChanged.count(), 1, 20000);
        QVERIFY(keyEdit->text().isEmpty());
        QTRY_VERIFY2(keyStatus->text().contains(u"sk-ant…6789"_s), qPrintable(keyStatus->text()));
        QVERIFY(keyStatus->text().contains(u"keychain"_s));
        QVERIFY(!keyStatus->text().contains(typedKey));
        auto stored = readStoredKey(*m_core, this);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, typedKey);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingModels() && server.requests().size() == 1, 10000);
        const auto &request = server.requests().at(0);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/v1/models"));
        QCOMPARE(request.headers.value("x-api-key"), typedKey.toUtf8());
        QVERIFY2(modelStatus->text().contains(u"Models available: 2"_s), qPrintable(modelStatus->text()));
        QCOMPARE(combo->count(), 3); // the two listed, and the setting the server did not list
        QCOMPARE(combo->currentData(ui::ModelListModel::IdRole).toString(), u"claude-kept-model"_s);
        QVERIFY(combo->itemText(1).contains(u"Claude New"_s));
        screenshot(dialog, u"settings-dialog-models"_s);

        // A refused key: a clear message, the setting still there.
        server.enqueue(ScriptedReply::apiError(401, u"authentication_error"_s, u"invalid x-api-key"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsRefreshModelsButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isLoadingModels());
        QVERIFY(child<QProgressBar>(dialog, u"settingsModelSpinner"_s)->isVisible());
        QVERIFY(modelStatus->text().contains(u"Loading"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingModels(), 10000);
        QVERIFY2(modelStatus->text().contains(u"API key"_s), qPrintable(modelStatus->text()));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData(ui::ModelListModel::IdRole).toString(), u"claude-kept-model"_s);
        screenshot(dialog, u"settings-dialog-error"_s);

        // Loaded again; choose a listed model and the general settings, then OK stores them.
        server.enqueue(models::reply({{u"claude-new"_s, u"Claude New"_s}, {u"claude-old"_s, u"Claude Old"_s}}));
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsRefreshModelsButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingModels() && combo->count() == 3, 10000);
        combo->setCurrentIndex(dialog.modelList()->rowOf(u"claude-new"_s));
        child<QCheckBox>(dialog, u"settingsConfirmDeletesCheck"_s)->setChecked(false);
        child<QSpinBox>(dialog, u"settingsKeepReleasesSpin"_s)->setValue(7);
        auto *language = child<QComboBox>(dialog, u"settingsLanguageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsOkButton"_s), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!dialog.isVisible());
        Settings &settings = m_core->settings();
        QCOMPARE(settings.assistantModel(), u"claude-new"_s);
        QCOMPARE(settings.assistantBaseUrl(), server.baseUrl());
        QCOMPARE(settings.confirmDeletes(), false);
        QCOMPARE(settings.keepReleases(), 7);
        QCOMPARE(settings.language(), u"de"_s);

        // Open again: the fields show what is stored; Remove Key empties the keychain.
        server.enqueue(models::reply({{u"claude-new"_s, u"Claude New"_s}}));
        SettingsDialog again(*m_core);
        again.open();
        QCOMPARE(child<QLineEdit>(again, u"settingsBaseUrlEdit"_s)->text(), server.baseUrl().toString());
        auto *remove = child<QPushButton>(again, u"settingsRemoveKeyButton"_s);
        QTRY_VERIFY(remove->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!again.isLoadingModels(), 10000);
        QCOMPARE(child<QComboBox>(again, u"settingsModelCombo"_s)->currentData(ui::ModelListModel::IdRole).toString(),
                 u"claude-new"_s);
        QSignalSpy removed(&again, &SettingsDialog::apiKeyChanged);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
        QTRY_VERIFY(child<QLabel>(again, u"settingsKeyStatus"_s)->text().contains(u"No key"_s));
        auto gone = readStoredKey(*m_core, this);
        QVERIFY(gone && !gone->has_value());
        QCOMPARE(gone->error().code, Error::Code::NotFound);
    }

    void environmentKey_winsAndIsSaid()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-from-environment-00001111");
        FakeClaudeServer server;
        QVERIFY(server.listen());
        qputenv("ANTHROPIC_BASE_URL", server.baseUrl().toString().toUtf8());
        server.enqueue(models::reply({{u"claude-env"_s, u"Claude Env"_s}}));
        SettingsDialog dialog(*m_core);
        dialog.open();
        auto *status = child<QLabel>(dialog, u"settingsKeyStatus"_s);
        QTRY_VERIFY2(status->text().contains(u"ANTHROPIC_API_KEY"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"sk-ant…1111"_s));
        QVERIFY(
            child<QLineEdit>(dialog, u"settingsBaseUrlEdit"_s)->placeholderText().contains(u"ANTHROPIC_BASE_URL"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingModels(), 10000);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().at(0).headers.value("x-api-key"), QByteArray("sk-ant-from-environment-00001111"));
        QCOMPARE(dialog.modelList()->rowCount(), 2);
    }

    void plainHttpBaseUrl_isRefused_dialogStaysOpen()
    {
        SettingsDialog dialog(*m_core);
        dialog.open();
        auto *baseUrl = child<QLineEdit>(dialog, u"settingsBaseUrlEdit"_s);
        baseUrl->setText(u"http://gateway.example.invalid/anthropic"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsOkButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *error = child<QLabel>(dialog, u"settingsBaseUrlError"_s);
        QVERIFY2(error->isVisible() && error->text().contains(u"https"_s), qPrintable(error->text()));
        QCOMPARE(m_core->settings().assistantBaseUrl(),
                 Settings::defaultValue(Settings::Key::AssistantBaseUrl).toUrl());
        dialog.reject();
    }

    void mainWindow_settingsAction_opensWithoutBlocking_keyReachesChatPane()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        ui::MainWindow window(*m_core);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ChatPane pane(*m_core, &window); // as the workspace holds one
        QTRY_VERIFY(!pane.isOnline());
        auto *action = window.findChild<QAction *>(u"settingsAction"_s);
        QVERIFY(action);
        action->trigger(); // returns at once: open(), not exec()
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *keyEdit = child<QLineEdit>(*dialog, u"settingsApiKeyEdit"_s);
        QTest::keyClicks(keyEdit, typedKey);
        QTest::mouseClick(child<QPushButton>(*dialog, u"settingsOkButton"_s), Qt::LeftButton); // saves the key, closes
        QTRY_VERIFY_WITH_TIMEOUT(pane.isOnline(), 20000);
        QCOMPARE(pane.findChild<QLabel *>(u"chatModeLabel"_s)->text(), u"Claude"_s);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // closed and deleted
        // Remove it again through a second dialog: the pane goes offline.
        action->trigger();
        dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *remove = child<QPushButton>(*dialog, u"settingsRemoveKeyButton"_s);
        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isOnline(), 20000);
        dialog->reject();
    }

    // Run by with-keyring.sh with no session bus.
    void unavailable_refusesClearly()
    {
        if (!noKeychainRun())
            QSKIP("only meaningful without a session bus (with-keyring.sh runs it that way)");
        SettingsDialog dialog(*m_core);
        dialog.open();
        auto *error = child<QLabel>(dialog, u"settingsKeyError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(u"keychain"_s, Qt::CaseInsensitive), 20000);
        QTest::keyClicks(child<QLineEdit>(dialog, u"settingsApiKeyEdit"_s), typedKey);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsSaveKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, u"settingsSaveKeyButton"_s)->isEnabled(), 20000);
        QVERIFY(error->text().contains(u"plain text"_s));
        QVERIFY(child<QLabel>(dialog, u"settingsKeyStatus"_s)->text().contains(u"No key"_s));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
