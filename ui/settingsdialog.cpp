// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "core/assistant/claudeclient.h"
#include "core/assistant/keyprovider.h"
#include "core/assistant/modellistjob.h"
#include "core/coreservices.h"
#include "core/settings.h"
#include "ui/models/modellistmodel.h"
#include "ui/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

SettingsDialog::SettingsDialog(CoreServices &core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_keychain(std::make_unique<assistant::KeychainKeyProvider>(core.secretStore()))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    Settings &settings = core.settings();
    auto *layout = new QVBoxLayout(this);

    // Assistant.
    auto *assistantBox = new QGroupBox(tr("Assistant"), this);
    auto *assistantForm = new QFormLayout(assistantBox);
    assistantForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *keyRow = new QHBoxLayout;
    m_keyEdit = new QLineEdit(assistantBox);
    m_keyEdit->setObjectName(u"settingsApiKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste a new key (sk-ant-…)"));
    m_keyEdit->setAccessibleName(tr("Claude API key"));
    m_keyEdit->setClearButtonEnabled(true);
    keyRow->addWidget(m_keyEdit, 1);
    m_saveKeyButton = new QPushButton(tr("Save Key"), assistantBox);
    m_saveKeyButton->setObjectName(u"settingsSaveKeyButton"_s);
    m_saveKeyButton->setAutoDefault(false);
    m_saveKeyButton->setEnabled(false);
    keyRow->addWidget(m_saveKeyButton);
    m_removeKeyButton = new QPushButton(tr("Remove Key"), assistantBox);
    m_removeKeyButton->setObjectName(u"settingsRemoveKeyButton"_s);
    m_removeKeyButton->setAutoDefault(false);
    m_removeKeyButton->setEnabled(false);
    keyRow->addWidget(m_removeKeyButton);
    assistantForm->addRow(tr("API &key:"), keyRow);
    if (auto *label = qobject_cast<QLabel *>(assistantForm->labelForField(keyRow)))
        label->setBuddy(m_keyEdit);
    m_keyStatus = new style::SecondaryLabel(assistantBox);
    m_keyStatus->setObjectName(u"settingsKeyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_keyStatus->setText(tr("Looking for a key…"));
    assistantForm->addRow(QString(), m_keyStatus);
    m_keyError = new style::InlineErrorLabel(assistantBox);
    m_keyError->setObjectName(u"settingsKeyError"_s);
    assistantForm->addRow(QString(), m_keyError);

    m_baseUrlEdit = new QLineEdit(assistantBox);
    m_baseUrlEdit->setObjectName(u"settingsBaseUrlEdit"_s);
    const QUrl defaultUrl = Settings::defaultValue(Settings::Key::AssistantBaseUrl).toUrl();
    if (settings.assistantBaseUrl() != defaultUrl)
        m_baseUrlEdit->setText(settings.assistantBaseUrl().toString());
    const QString environmentUrl = qEnvironmentVariable(assistant::ClaudeClient::baseUrlVariable).trimmed();
    m_baseUrlEdit->setPlaceholderText(
        environmentUrl.isEmpty() ? defaultUrl.toString() : tr("%1 (from ANTHROPIC_BASE_URL)").arg(environmentUrl));
    m_baseUrlEdit->setToolTip(tr("For gateways and proxies; empty: ANTHROPIC_BASE_URL, else the public API."));
    assistantForm->addRow(tr("&Base URL:"), m_baseUrlEdit);
    m_baseUrlError = new style::InlineErrorLabel(assistantBox);
    m_baseUrlError->setObjectName(u"settingsBaseUrlError"_s);
    assistantForm->addRow(QString(), m_baseUrlError);

    auto *modelRow = new QHBoxLayout;
    m_modelList = new ModelListModel(this);
    m_modelCombo = new QComboBox(assistantBox);
    m_modelCombo->setObjectName(u"settingsModelCombo"_s);
    m_modelCombo->setModel(m_modelList);
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(28);
    modelRow->addWidget(m_modelCombo, 1);
    m_modelSpinner = new QProgressBar(assistantBox);
    m_modelSpinner->setObjectName(u"settingsModelSpinner"_s);
    m_modelSpinner->setRange(0, 0); // busy
    m_modelSpinner->setTextVisible(false);
    m_modelSpinner->setMaximumWidth(60);
    m_modelSpinner->setVisible(false);
    modelRow->addWidget(m_modelSpinner);
    m_refreshModelsButton = new QPushButton(tr("Refresh"), assistantBox);
    m_refreshModelsButton->setObjectName(u"settingsRefreshModelsButton"_s);
    m_refreshModelsButton->setAutoDefault(false);
    m_refreshModelsButton->setToolTip(tr("Load the model list again with this key and base URL"));
    modelRow->addWidget(m_refreshModelsButton);
    assistantForm->addRow(tr("&Model:"), modelRow);
    if (auto *label = qobject_cast<QLabel *>(assistantForm->labelForField(modelRow)))
        label->setBuddy(m_modelCombo);
    m_modelStatus = new style::SecondaryLabel(assistantBox);
    m_modelStatus->setObjectName(u"settingsModelStatus"_s);
    m_modelStatus->setWordWrap(true);
    m_modelStatus->setTextFormat(Qt::PlainText);
    assistantForm->addRow(QString(), m_modelStatus);
    layout->addWidget(assistantBox);

    // General.
    auto *generalBox = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(generalBox);
    m_language = new QComboBox(generalBox);
    m_language->setObjectName(u"settingsLanguageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    const int languageRow = m_language->findData(settings.language());
    m_language->setCurrentIndex(languageRow < 0 ? 0 : languageRow);
    m_language->setToolTip(tr("Takes effect when Hydron starts again."));
    generalForm->addRow(tr("&Language:"), m_language);
    m_confirmDeletes = new QCheckBox(tr("Ask before deleting projects and servers"), generalBox);
    m_confirmDeletes->setObjectName(u"settingsConfirmDeletesCheck"_s);
    m_confirmDeletes->setChecked(settings.confirmDeletes());
    generalForm->addRow(QString(), m_confirmDeletes);
    m_keepReleases = new QSpinBox(generalBox);
    m_keepReleases->setObjectName(u"settingsKeepReleasesSpin"_s);
    m_keepReleases->setRange(1, 50);
    m_keepReleases->setValue(settings.keepReleases());
    m_keepReleases->setToolTip(tr("Older releases are removed from the server after a deploy."));
    generalForm->addRow(tr("&Releases kept for rollback:"), m_keepReleases);
    layout->addWidget(generalBox);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"settingsOkButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"settingsCancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    connect(m_keyEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_saveKeyButton->setEnabled(!m_keyBusy && !text.trimmed().isEmpty());
        m_keyError->showError(QString());
    });
    connect(m_keyEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_saveKeyButton->isEnabled())
            saveKey(false);
    });
    connect(m_saveKeyButton, &QPushButton::clicked, this, [this] { saveKey(false); });
    connect(m_removeKeyButton, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_refreshModelsButton, &QPushButton::clicked, this, &SettingsDialog::reloadModels);
    connect(m_baseUrlEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_client && fieldBaseUrl() != m_client->options().baseUrl)
            reloadModels();
    });

    m_modelWanted = settings.assistantModel();
    m_modelList->setCurrentOnly(m_modelWanted);
    m_modelCombo->setCurrentIndex(m_modelList->rowOf(m_modelWanted));
    resize(sizeHint().expandedTo(QSize(620, 0)));
    refreshKeyStatus();
    reloadModels();
}

SettingsDialog::~SettingsDialog()
{
    if (m_modelJob)
        m_modelJob->cancel();
    m_client.reset(); // ends its jobs while the model list still exists
}

QUrl SettingsDialog::fieldBaseUrl() const
{
    const QString text = m_baseUrlEdit->text().trimmed();
    if (!text.isEmpty())
        return QUrl(text, QUrl::StrictMode);
    const QString fromEnvironment = qEnvironmentVariable(assistant::ClaudeClient::baseUrlVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment, QUrl::StrictMode);
    return Settings::defaultValue(Settings::Key::AssistantBaseUrl).toUrl();
}

QString SettingsDialog::chosenModel() const
{
    return m_modelList->idAt(m_modelCombo->currentIndex());
}

void SettingsDialog::refreshKeyStatus()
{
    QPointer<SettingsDialog> self(this);
    assistant::resolveApiKey(m_keychain.get(), this, [self](assistant::ResolvedKey key) {
        if (self)
            self->showKeyStatus(key);
    });
}

void SettingsDialog::showKeyStatus(const assistant::ResolvedKey &key)
{
    QString text;
    switch (key.source) {
    case assistant::KeySource::None:
        text = tr("No key: the offline assistant answers. Get a key from your Anthropic console and paste it above.");
        break;
    case assistant::KeySource::Keychain:
        text = tr("In use: %1, stored in the keychain.").arg(assistant::maskKey(key.key));
        break;
    case assistant::KeySource::Environment:
        text = tr("In use: %1 from ANTHROPIC_API_KEY, which wins over a key stored here while it is set.")
                   .arg(assistant::maskKey(key.key));
        break;
    }
    m_keyStatus->setText(text);
    m_keyError->showError(key.keychainProblem);
    fitHeight();
    // Removing is offered when the keychain may hold one (asking it again is cheap and harmless).
    m_removeKeyButton->setEnabled(!m_keyBusy && key.keychainProblem.isEmpty() &&
                                  key.source != assistant::KeySource::None);
}

void SettingsDialog::setKeyBusy(bool busy)
{
    m_keyBusy = busy;
    m_saveKeyButton->setEnabled(!busy && !m_keyEdit->text().trimmed().isEmpty());
    m_removeKeyButton->setEnabled(!busy && m_removeKeyButton->isEnabled());
    m_okButton->setEnabled(!busy);
    if (busy)
        m_keyStatus->setText(tr("Talking to the keychain…"));
}

void SettingsDialog::saveKey(bool thenAccept)
{
    const QString key = m_keyEdit->text().trimmed();
    setKeyBusy(true);
    QPointer<SettingsDialog> self(this);
    m_keychain->storeKey(key, this, [self, thenAccept](Result<void> stored) {
        if (!self)
            return;
        self->setKeyBusy(false);
        if (!stored) {
            self->refreshKeyStatus();
            self->m_keyError->showError(stored.error().message);
            return;
        }
        self->m_keyEdit->clear();
        Q_EMIT self->apiKeyChanged();
        if (thenAccept) {
            self->accept();
            return;
        }
        self->refreshKeyStatus();
        self->reloadModels(); // the list the new key may see
    });
}

void SettingsDialog::removeKey()
{
    setKeyBusy(true);
    QPointer<SettingsDialog> self(this);
    m_keychain->removeKey(this, [self](Result<void> removed) {
        if (!self)
            return;
        self->setKeyBusy(false);
        self->refreshKeyStatus();
        if (!removed) {
            self->m_keyError->showError(removed.error().message);
            return;
        }
        Q_EMIT self->apiKeyChanged();
    });
}

void SettingsDialog::reloadModels()
{
    if (m_modelJob) {
        m_modelJob->disconnect(this);
        m_modelJob->cancel();
        m_modelJob = nullptr;
    }
    if (const QString current = chosenModel(); !current.isEmpty())
        m_modelWanted = current;
    assistant::ClaudeClient::Options options;
    options.baseUrl = fieldBaseUrl();
    options.retry.maxAttempts = 2;
    options.firstByteTimeout = std::chrono::milliseconds(15000);
    options.idleTimeout = std::chrono::milliseconds(15000);
    if (!m_client)
        m_client = std::make_unique<assistant::ClaudeClient>(&m_core.settings(), m_keychain.get(), options);
    else
        m_client->setOptions(options);
    if (auto url = m_client->baseUrl(); !url) {
        m_baseUrlError->showError(url.error().message);
        m_modelStatus->setText(tr("Correct the base URL to load the model list."));
        return;
    }
    m_baseUrlError->showError(QString());
    m_modelJob = m_client->listModels();
    m_modelSpinner->setVisible(true);
    m_refreshModelsButton->setEnabled(false);
    m_modelStatus->setText(tr("Loading the model list…"));
    connect(m_modelJob, &assistant::ModelListJob::finished, this, &SettingsDialog::modelsFinished);
}

void SettingsDialog::modelsFinished()
{
    assistant::ModelListJob *job = m_modelJob;
    m_modelJob = nullptr;
    m_modelSpinner->setVisible(false);
    m_refreshModelsButton->setEnabled(true);
    if (!job || !job->result())
        return;
    const Result<QList<assistant::ModelInfo>> &result = *job->result();
    if (!result) {
        m_modelList->setCurrentOnly(m_modelWanted);
        m_modelCombo->setCurrentIndex(m_modelList->rowOf(m_modelWanted));
        if (result.error().code == Error::Code::Cancelled)
            m_modelStatus->setText(QString());
        else
            m_modelStatus->setText(
                tr("Could not load the model list: %1 The model stays as it is.").arg(result.error().message));
        return;
    }
    m_modelList->setModels(*result, m_modelWanted);
    int row = m_modelList->rowOf(m_modelWanted);
    if (row < 0 && m_modelList->rowCount() > 0)
        row = 0;
    m_modelCombo->setCurrentIndex(row);
    m_modelStatus->setText(tr("Models available: %1.").arg(result->size()));
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // Wrapped messages grow the dialog instead of being cut off.
    layout()->activate();
    const int wanted = layout()->heightForWidth(width());
    if (wanted > height())
        resize(width(), wanted);
}

void SettingsDialog::accept()
{
    if (m_keyBusy)
        return;
    const QString urlText = m_baseUrlEdit->text().trimmed();
    if (!urlText.isEmpty()) {
        assistant::ClaudeClient::Options options;
        options.baseUrl = QUrl(urlText, QUrl::StrictMode);
        const assistant::ClaudeClient check(nullptr, nullptr, options);
        if (auto url = check.baseUrl(); !url) {
            m_baseUrlError->showError(url.error().message);
            m_baseUrlEdit->setFocus();
            return;
        }
    }
    // A key typed but not saved yet: save it first, then close.
    if (!m_keyEdit->text().trimmed().isEmpty())
        return saveKey(true);

    Settings &settings = m_core.settings();
    if (urlText.isEmpty())
        settings.reset(Settings::Key::AssistantBaseUrl);
    else
        settings.setValue(Settings::Key::AssistantBaseUrl, QUrl(urlText, QUrl::StrictMode));
    if (const QString model = chosenModel(); !model.isEmpty())
        settings.setValue(Settings::Key::AssistantModel, model);
    settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    settings.setValue(Settings::Key::ConfirmDeletes, m_confirmDeletes->isChecked());
    settings.setValue(Settings::Key::KeepReleases, m_keepReleases->value());
    settings.sync();
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace hydron::ui
