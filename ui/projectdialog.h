// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hydron {
class ProjectStore;
}

namespace hydron::ui {

namespace style {
class InlineErrorLabel;
class SecondaryLabel;
} // namespace style

// Creates a project, or edits an existing one's name, type and source. Validates while the user
// types and shows core's exact message under the field; OK stays disabled until the input is
// valid. OK saves through the store; if the store refuses, its message is shown and the dialog
// stays open.
class ProjectDialog final : public QDialog
{
    Q_OBJECT

public:
    ProjectDialog(ProjectStore &projects, std::optional<Project> existing, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void projectSaved(const hydron::Project &project);

private:
    void validate();
    void updateSourceHint();
    void chooseFolder();
    [[nodiscard]] ProjectSource currentSource() const;

    ProjectStore &m_projects;
    std::optional<Project> m_existing;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_source = nullptr;
    style::InlineErrorLabel *m_nameError = nullptr;
    style::SecondaryLabel *m_sourceHint = nullptr;
    style::InlineErrorLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_nameTouched = false;
};

} // namespace hydron::ui
