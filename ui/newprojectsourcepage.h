// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QWizardPage>

class QButtonGroup;
class QFormLayout;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStackedWidget;

namespace hydron::ui {

class NewProjectTemplateModel;
class NewProjectWizard;
struct NewProjectChoice;

namespace style {
class InlineErrorLabel;
class SecondaryLabel;
} // namespace style

// The wizard's first page: four cards (Git repository, local folder, Docker image, template),
// the details of the chosen one, and the project's name, all checked while the user types with
// core's own words. Next stays disabled until everything is valid.
class NewProjectSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewProjectSourcePage(NewProjectWizard *wizard);

    [[nodiscard]] ProjectSource::Kind kind() const;
    void setKind(ProjectSource::Kind kind);
    // What the page holds now, as the wizard keeps it.
    [[nodiscard]] NewProjectChoice choice() const;

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] int nextId() const override;

private:
    QWidget *buildGit();
    QWidget *buildFolder();
    QWidget *buildImage();
    QWidget *buildTemplates();
    void validate();
    void suggestName();
    void chooseFolder();
    void chooseKeyFile();
    // Each returns the problem with its part, or an empty string; `show` puts it under the field.
    QString checkGit(bool show);
    QString checkFolder(bool show);
    QString checkImage(bool show);
    QString checkTemplate(bool show);
    QString checkName(bool show);

    NewProjectWizard *m_wizard;
    QButtonGroup *m_cards = nullptr;
    QStackedWidget *m_details = nullptr;

    QFormLayout *m_gitForm = nullptr;
    QLineEdit *m_gitUrl = nullptr;
    QLineEdit *m_gitRef = nullptr;
    QLineEdit *m_gitToken = nullptr;
    QLineEdit *m_gitKeyFile = nullptr;
    style::InlineErrorLabel *m_gitError = nullptr;

    QLineEdit *m_folder = nullptr;
    style::InlineErrorLabel *m_folderError = nullptr;

    QLineEdit *m_image = nullptr;
    QLineEdit *m_imagePorts = nullptr;
    QPlainTextEdit *m_imageEnv = nullptr;
    style::SecondaryLabel *m_imageHint = nullptr;
    style::InlineErrorLabel *m_imageError = nullptr;

    NewProjectTemplateModel *m_templateModel = nullptr;
    QListView *m_templates = nullptr;
    style::InlineErrorLabel *m_templateError = nullptr;

    QLineEdit *m_name = nullptr;
    style::InlineErrorLabel *m_nameError = nullptr;
    bool m_nameTouched = false;
    bool m_suggesting = false;
    bool m_complete = false;
};

} // namespace hydron::ui
