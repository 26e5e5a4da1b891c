// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboardpage.h"

#include "core/coreservices.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/settings.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/source/libgit2fetcher.h"
#include "core/store/projectstore.h"
#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/models/projectlistmodel.h"
#include "ui/newprojectwizard.h"
#include "ui/projectcarddelegate.h"
#include "ui/projectdialog.h"
#include "ui/style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

DashboardPage::DashboardPage(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"dashboardPage"_s);
    m_model = new ProjectListModel(core.projects(), core.runs(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProjectListModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    // The cards carry their own 10 px inset; the header gets it too, so the title, the buttons
    // and the cards line up with the other pages (28 px from the window's edge).
    layout->setContentsMargins(18, 24, 18, 16);
    layout->setSpacing(16);

    // Header: title and count on the left, filter and actions on the right.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 0, 10, 0); // line up with the cards' edges
    header->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Projects"), this);
    title->setObjectName(u"dashboardTitle"_s);
    style::setFontScale(title, 1.7, QFont::DemiBold);
    titles->addWidget(title);
    m_count = new style::SecondaryLabel(this);
    m_count->setObjectName(u"projectCountLabel"_s);
    titles->addWidget(m_count);
    header->addLayout(titles);
    header->addStretch();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"projectFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name"));
    style::makeSearchField(m_filter);
    m_filter->setMinimumWidth(220);
    header->addWidget(m_filter, 0, Qt::AlignVCenter);
    header->addSpacing(8);

    auto makeButton = [this](const QString &text, const QString &icon, const QString &name, const QString &tip) {
        auto *button = new QPushButton(icons::themed(icon), text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        return button;
    };
    m_open = makeButton(tr("Open"), u"open"_s, u"openProjectButton"_s,
                        tr("Open the selected project's workspace (Enter or double-click a card)"));
    m_edit = makeButton(tr("Edit…"), u"edit"_s, u"renameProjectButton"_s,
                        tr("Rename the selected project or change its type or source"));
    m_delete = makeButton(tr("Delete…"), u"delete"_s, u"deleteProjectButton"_s, tr("Delete the selected project"));
    auto *create = makeButton(tr("New Project…"), u"add"_s, u"newProjectButton"_s, tr("Create a project (Ctrl+N)"));
    create->setDefault(true);
    for (QPushButton *button : {m_open, m_edit, m_delete, create})
        header->addWidget(button, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    // Body: the grid, the empty state, or "nothing matches the filter".
    m_stack = new QStackedWidget(this);
    m_grid = new QListView(this);
    m_grid->setObjectName(u"projectGrid"_s);
    m_grid->setModel(m_proxy);
    m_grid->setItemDelegate(new ProjectCardDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setMouseTracking(true);
    m_grid->viewport()->setAttribute(Qt::WA_Hover);
    m_grid->viewport()->setBackgroundRole(QPalette::Window);
    m_grid->setAccessibleName(tr("Projects"));
    m_stack->addWidget(m_grid);

    m_empty = new EmptyStateWidget(u"projects"_s, this);
    m_empty->setObjectName(u"dashboardEmptyState"_s);
    m_empty->setTitle(tr("No projects yet"));
    m_empty->setText(tr("A project is an application you want to run on your own server. Create one and point it "
                        "at its source: a Git URL, a folder on this computer or a Docker image."));
    QPushButton *emptyCreate = m_empty->setAction(tr("Create a Project…"), u"add"_s, u"emptyNewProjectButton"_s);
    m_stack->addWidget(m_empty);

    m_noMatch = new EmptyStateWidget(u"search"_s, this);
    m_noMatch->setObjectName(u"dashboardNoMatchState"_s);
    m_noMatch->setTitle(tr("No matching projects"));
    m_stack->addWidget(m_noMatch);
    layout->addWidget(m_stack, 1);

    connect(create, &QPushButton::clicked, this, &DashboardPage::newProject);
    connect(emptyCreate, &QPushButton::clicked, this, &DashboardPage::newProject);
    connect(m_open, &QPushButton::clicked, this, &DashboardPage::openSelectedProject);
    connect(m_edit, &QPushButton::clicked, this, &DashboardPage::editSelectedProject);
    connect(m_delete, &QPushButton::clicked, this, &DashboardPage::deleteSelectedProject);
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &) { openSelectedProject(); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DashboardPage::updateState);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_grid, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &DashboardPage::deleteSelectedProject);
    // The source model's signals: the proxy removes its rows before the source has (so counts
    // read in its rowsRemoved would still include the removed row).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DashboardPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::updateState);
    updateState();
}

void DashboardPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString filter = m_filter->text().trimmed();
    if (filter.isEmpty())
        m_count->setText(total == 0 ? tr("Nothing here yet")
                                    : style::counted(tr("%n project(s)", nullptr, total), total));
    else
        m_count->setText(style::counted(tr("%1 of %n project(s) match", nullptr, total), total).arg(shown));
    QWidget *page = m_grid;
    if (total == 0) {
        page = m_empty;
    } else if (shown == 0) {
        m_noMatch->setText(tr("No project name contains “%1”. Clear the filter to see all projects.").arg(filter));
        page = m_noMatch;
    }
    m_stack->setCurrentWidget(page);
    m_filter->setVisible(total > 0 || !filter.isEmpty());
    const bool hasSelection = selectedProjectId() > 0;
    m_open->setEnabled(hasSelection);
    m_edit->setEnabled(hasSelection);
    m_delete->setEnabled(hasSelection);
}

qint64 DashboardPage::selectedProjectId() const
{
    const QModelIndexList rows = m_grid->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return 0;
    return m_model->idAt(m_proxy->mapToSource(rows.first()));
}

void DashboardPage::selectProject(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return;
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
}

void DashboardPage::refreshRunStatuses()
{
    m_model->refreshRunStatuses();
}

DashboardPage::~DashboardPage()
{
    delete m_wizard.data(); // before the fetcher and the keychain it uses
}

NewProjectWizard *DashboardPage::newProjectWizard() const
{
    return m_wizard.data();
}

void DashboardPage::newProject()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!m_fetcher) {
        m_secrets = std::make_unique<secrets::KeychainSecretStore>();
        m_credentials = std::make_shared<source::KeychainCredentialProvider>(*m_secrets);
        m_fetcher = std::make_unique<source::LibGit2Fetcher>(source::LibGit2Fetcher::defaultCacheRoot(m_core.dataDir()),
                                                             m_credentials);
    }
    m_wizard = new NewProjectWizard({m_core.projects(), m_fetcher.get(), m_credentials, m_secrets.get(), {}}, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &NewProjectWizard::projectCreated, this, [this](const Project &project) {
        m_filter->clear();
        selectProject(project.id);
        m_grid->setFocus();
        Q_EMIT statusMessage(style::counted(tr("Created the project “%1” with %n service(s).", nullptr,
                                               static_cast<int>(project.services.size())),
                                            static_cast<int>(project.services.size()))
                                 .arg(project.name));
    });
    m_wizard->open();
}

void DashboardPage::editSelectedProject()
{
    const auto project = m_core.projects().find(selectedProjectId());
    if (!project)
        return;
    auto *dialog = new ProjectDialog(m_core.projects(), project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectDialog::projectSaved, this,
            [this](const Project &saved) { Q_EMIT statusMessage(tr("Saved the project “%1”.").arg(saved.name)); });
    dialog->open();
}

void DashboardPage::deleteSelectedProject()
{
    const auto project = m_core.projects().find(selectedProjectId());
    if (!project)
        return;
    const qint64 id = project->id;
    const QString name = project->name;
    auto remove = [this, id, name] {
        if (auto removed = m_core.projects().remove(id); !removed)
            MessageBox::error(this, tr("Could Not Delete the Project"), removed.error());
        else
            Q_EMIT statusMessage(tr("Deleted the project “%1”.").arg(name));
    };
    if (!m_core.settings().confirmDeletes()) {
        remove();
        return;
    }
    MessageBox::confirm(this, tr("Delete Project"),
                        tr("Delete the project “%1”?\n\nIts chats and plans are deleted and it is unlinked from its "
                           "servers. Nothing on the servers is touched, and its run history stays.")
                            .arg(name),
                        tr("Delete Project"), [remove](bool confirmed) {
                            if (confirmed)
                                remove();
                        });
}

void DashboardPage::openSelectedProject()
{
    if (const qint64 id = selectedProjectId(); id > 0)
        Q_EMIT openProjectRequested(id);
}

} // namespace hydron::ui
