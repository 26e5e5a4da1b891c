// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/projectdialog.h"

#include "core/model/names.h"
#include "core/store/projectstore.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/style.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr std::array projectTypes{ProjectType::WebApp,     ProjectType::Api,    ProjectType::Microservice,
                                  ProjectType::StaticSite, ProjectType::Worker, ProjectType::Other};

// What the user typed for a stored source, so editing shows it as it was entered.
QString sourceText(const ProjectSource &source)
{
    switch (source.kind) {
    case ProjectSource::Kind::None:
        return {};
    case ProjectSource::Kind::Template:
        return u"template:"_s + source.location;
    case ProjectSource::Kind::Git:
    case ProjectSource::Kind::Folder:
    case ProjectSource::Kind::Image:
        return source.location;
    }
    return source.location;
}

} // namespace

ProjectDialog::ProjectDialog(ProjectStore &projects, std::optional<Project> existing, QWidget *parent)
    : QDialog(parent)
    , m_projects(projects)
    , m_existing(std::move(existing))
{
    setObjectName(u"projectDialog"_s);
    setWindowTitle(m_existing ? tr("Edit Project") : tr("New Project"));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto *heading = new QLabel(m_existing ? tr("Edit “%1”").arg(m_existing->name) : tr("Create a project"), this);
    style::setFontScale(heading, 1.3, QFont::DemiBold);
    layout->addWidget(heading);
    auto *intro = new style::SecondaryLabel(
        tr("A project is one application you deploy. Give it a name and say where its source lives; "
           "you can connect or change the source later."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    form->setHorizontalSpacing(12);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"projectNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Storefront"));
    m_name->setClearButtonEnabled(true);
    m_nameError = new style::InlineErrorLabel(this);
    m_nameError->setObjectName(u"projectNameError"_s);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(4);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    auto *nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"projectTypeCombo"_s);
    for (ProjectType type : projectTypes)
        m_type->addItem(projectTypeLabel(type), static_cast<int>(type));
    form->addRow(tr("&Type"), m_type);

    m_source = new QLineEdit(this);
    m_source->setObjectName(u"projectSourceEdit"_s);
    m_source->setPlaceholderText(tr("Git URL, local folder or Docker image"));
    m_source->setClearButtonEnabled(true);
    auto *browse = new QToolButton(this);
    browse->setObjectName(u"projectSourceBrowseButton"_s);
    browse->setIcon(icons::themed(u"folder"_s));
    browse->setToolTip(tr("Choose a local folder"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->setSpacing(6);
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(browse);
    m_sourceHint = new style::SecondaryLabel(this);
    m_sourceHint->setObjectName(u"projectSourceHint"_s);
    m_sourceHint->setWordWrap(true);
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->setSpacing(4);
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_sourceHint);
    auto *sourceLabel = new QLabel(tr("&Source"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceColumn);
    layout->addLayout(form);

    m_saveError = new style::InlineErrorLabel(this);
    m_saveError->setObjectName(u"projectSaveError"_s);
    layout->addWidget(m_saveError);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"projectDialogOkButton"_s);
    m_ok->setText(m_existing ? tr("Save") : tr("Create Project"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"projectDialogCancelButton"_s);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_type->setCurrentIndex(m_type->findData(static_cast<int>(m_existing->type)));
        m_source->setText(sourceText(m_existing->source));
        m_nameTouched = true;
    }

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_source, &QLineEdit::textChanged, this, &ProjectDialog::updateSourceHint);
    connect(browse, &QToolButton::clicked, this, &ProjectDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);

    updateSourceHint();
    validate();
    m_name->setFocus();
}

void ProjectDialog::validate()
{
    m_saveError->showError({});
    // The same check, and the same words, as ProjectStore uses when it saves.
    auto name = validateName(m_name->text(), QCoreApplication::translate("hydron::ProjectStore", "project name"));
    QString problem;
    if (!name) {
        problem = name.error().message;
    } else if (auto other = m_projects.findByName(*name); other && (!m_existing || other->id != m_existing->id)) {
        problem = QCoreApplication::translate("hydron::ProjectStore",
                                              "A project named \"%1\" already exists. Choose another name.")
                      .arg(other->name);
    }
    m_nameError->showError(m_nameTouched ? problem : QString());
    m_ok->setEnabled(problem.isEmpty());
}

ProjectSource ProjectDialog::currentSource() const
{
    if (m_existing && m_source->text().trimmed() == sourceText(m_existing->source))
        return m_existing->source; // unchanged: keeps the Git ref too
    return ProjectSource::fromUserText(m_source->text());
}

void ProjectDialog::updateSourceHint()
{
    const ProjectSource source = currentSource();
    switch (source.kind) {
    case ProjectSource::Kind::None:
        m_sourceHint->setText(tr("Optional. A Git URL (https://…, git@…), a folder on this computer, or a "
                                 "Docker image such as nginx:1.27."));
        break;
    case ProjectSource::Kind::Git:
        m_sourceHint->setText(tr("Git repository: %1").arg(source.displayText()));
        break;
    case ProjectSource::Kind::Folder:
        m_sourceHint->setText(tr("Local folder: %1").arg(source.location));
        break;
    case ProjectSource::Kind::Image:
        m_sourceHint->setText(tr("Docker image: %1 (not a URL or an existing folder, so Hydron reads it as an image)")
                                  .arg(source.location));
        break;
    case ProjectSource::Kind::Template:
        m_sourceHint->setText(tr("Template: %1").arg(source.location));
        break;
    }
}

void ProjectDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Project's Folder"));
    dialog->setObjectName(u"projectSourceFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { m_source->setText(folder); });
    dialog->open();
}

void ProjectDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    Project project = m_existing.value_or(Project{});
    project.name = m_name->text();
    project.type = static_cast<ProjectType>(m_type->currentData().toInt());
    project.source = currentSource();
    auto saved = m_existing ? m_projects.update(project) : m_projects.add(project);
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == Error::Code::InvalidInput || error.code == Error::Code::AlreadyExists) {
            m_nameError->showError(error.message);
            m_ok->setEnabled(false);
        } else if (error.detail.isEmpty()) {
            m_saveError->showError(error.message);
        } else {
            MessageBox::error(this, tr("Could Not Save the Project"), error);
        }
        return;
    }
    Q_EMIT projectSaved(*saved);
    QDialog::accept();
}

} // namespace hydron::ui
