// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/modellistjob.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace hydron {
class CoreServices;
namespace assistant {
class ClaudeClient;
class KeychainKeyProvider;
struct ResolvedKey;
} // namespace assistant
} // namespace hydron

namespace hydron::ui {

class ModelListModel;
namespace style {
class InlineErrorLabel;
class SecondaryLabel;
} // namespace style

// Preferences. Assistant: the Claude API key (typed masked, stored only in the keychain, shown
// masked; Remove key), the base URL, and the model from GET /v1/models (loaded asynchronously
// with the key and base URL in the fields; the current setting stays when the list fails).
// General: language, confirm deletes, releases kept. Open it with open() or show(), never exec().
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(CoreServices &core, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    [[nodiscard]] ModelListModel *modelList() const { return m_modelList; }
    // True while the model list is loading.
    [[nodiscard]] bool isLoadingModels() const { return m_modelJob != nullptr; }
    // Starts loading the model list with the fields' base URL and the current key.
    void reloadModels();

Q_SIGNALS:
    // The stored key was saved or removed: chat panes look for the key again.
    void apiKeyChanged();
    // accept() stored the settings.
    void settingsSaved();

private:
    void refreshKeyStatus();
    void showKeyStatus(const assistant::ResolvedKey &key);
    void saveKey(bool thenAccept);
    void removeKey();
    void modelsFinished();
    [[nodiscard]] QUrl fieldBaseUrl() const; // what the base URL field means (never empty)
    [[nodiscard]] QString chosenModel() const;
    void setKeyBusy(bool busy);
    void fitHeight();

    CoreServices &m_core;
    std::unique_ptr<assistant::KeychainKeyProvider> m_keychain;
    std::unique_ptr<assistant::ClaudeClient> m_client;
    QPointer<assistant::ModelListJob> m_modelJob;
    ModelListModel *m_modelList = nullptr;
    QString m_modelWanted; // the model to select when the list arrives

    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_saveKeyButton = nullptr;
    QPushButton *m_removeKeyButton = nullptr;
    QLabel *m_keyStatus = nullptr;
    style::InlineErrorLabel *m_keyError = nullptr;
    QLineEdit *m_baseUrlEdit = nullptr;
    style::InlineErrorLabel *m_baseUrlError = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QPushButton *m_refreshModelsButton = nullptr;
    QProgressBar *m_modelSpinner = nullptr;
    QLabel *m_modelStatus = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_confirmDeletes = nullptr;
    QSpinBox *m_keepReleases = nullptr;
    QPushButton *m_okButton = nullptr;
    bool m_keyBusy = false;
};

} // namespace hydron::ui
