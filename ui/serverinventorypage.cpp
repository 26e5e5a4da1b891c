// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverinventorypage.h"

#include "core/coreservices.h"
#include "core/settings.h"
#include "core/store/serverstore.h"
#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/linkprojectsdialog.h"
#include "ui/messagebox.h"
#include "ui/models/servertablemodel.h"
#include "ui/serverdetailspanel.h"
#include "ui/serverdialog.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ServerInventoryPage::ServerInventoryPage(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"serverInventoryPage"_s);
    m_model = new ServerTableModel(core.servers(), core.projects(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(u"serverProxyModel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ServerTableModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(ServerTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(16);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Servers"), this);
    title->setObjectName(u"serverInventoryTitle"_s);
    style::setFontScale(title, 1.7, QFont::DemiBold);
    titles->addWidget(title);
    m_count = new style::SecondaryLabel(this);
    m_count->setObjectName(u"serverCountLabel"_s);
    titles->addWidget(m_count);
    header->addLayout(titles);
    header->addStretch();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"serverFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name, address or tag"));
    style::makeSearchField(m_filter);
    m_filter->setMinimumWidth(240);
    header->addWidget(m_filter, 0, Qt::AlignVCenter);
    header->addSpacing(8);

    auto makeButton = [this](const QString &text, const QString &icon, const QString &name, const QString &tip) {
        auto *button = new QPushButton(icons::themed(icon), text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        return button;
    };
    m_link = makeButton(tr("Link to Projects…"), u"link"_s, u"linkProjectsButton"_s,
                        tr("Choose the projects the selected server hosts"));
    m_edit = makeButton(tr("Edit…"), u"edit"_s, u"editServerButton"_s, tr("Edit the selected server"));
    m_remove =
        makeButton(tr("Remove…"), u"delete"_s, u"removeServerButton"_s, tr("Remove the selected server from Hydron"));
    auto *add = makeButton(tr("Add Server…"), u"add"_s, u"addServerButton"_s, tr("Add a server you reach over SSH"));
    add->setDefault(true);
    for (QPushButton *button : {m_link, m_edit, m_remove, add})
        header->addWidget(button, 0, Qt::AlignVCenter);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"serverTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // store order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->resizeSection(ServerTableModel::Name, 180);
    columns->resizeSection(ServerTableModel::Host, 260);
    columns->resizeSection(ServerTableModel::Status, 150);
    columns->resizeSection(ServerTableModel::Tags, 200);
    m_table->setAccessibleName(tr("Servers"));
    m_details = new ServerDetailsPanel(core, this);
    connect(m_details, &ServerDetailsPanel::statusMessage, this, &ServerInventoryPage::statusMessage);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"serverSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_splitter);

    m_empty = new EmptyStateWidget(u"servers"_s, this);
    m_empty->setObjectName(u"serverEmptyState"_s);
    m_empty->setTitle(tr("No servers yet"));
    m_empty->setText(tr("Add a Linux server you can reach over SSH, with your SSH agent or a key file, and link "
                        "it to the projects it should host; adding it changes nothing on the server until you "
                        "provision it. Or use this computer, with Docker, to try a deploy without a server."));
    QPushButton *emptyAdd = m_empty->setAction(tr("Add a Server…"), u"add"_s, u"emptyAddServerButton"_s);
    m_addLocal = makeButton(tr("Use This Computer"), u"add"_s, u"addLocalServerButton"_s,
                            tr("Add the built-in \"This computer\" server: commands run here, without SSH"));
    header->insertWidget(header->count() - 1, m_addLocal, 0, Qt::AlignVCenter);
    connect(m_addLocal, &QPushButton::clicked, this, &ServerInventoryPage::addLocalServer);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(add, &QPushButton::clicked, this, &ServerInventoryPage::addServer);
    connect(emptyAdd, &QPushButton::clicked, this, &ServerInventoryPage::addServer);
    connect(m_edit, &QPushButton::clicked, this, &ServerInventoryPage::editSelectedServer);
    connect(m_remove, &QPushButton::clicked, this, &ServerInventoryPage::removeSelectedServer);
    connect(m_link, &QPushButton::clicked, this, &ServerInventoryPage::linkSelectedServer);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &) { editSelectedServer(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServerInventoryPage::updateState);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ServerInventoryPage::removeSelectedServer);
    // The source model's signals: the proxy removes its rows before the source has.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ServerInventoryPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ServerInventoryPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServerInventoryPage::updateState);
    updateState();
}

void ServerInventoryPage::addLocalServer()
{
    auto added = m_core.servers().add(Server::local());
    if (!added) {
        MessageBox::error(this, tr("Could not add this computer"), added.error());
        return;
    }
    selectServer(added->id);
    Q_EMIT statusMessage(tr("Added %1: deploys to it run on this computer").arg(added->name));
}

QHeaderView *ServerInventoryPage::header() const
{
    return m_table->horizontalHeader();
}

void ServerInventoryPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString filter = m_filter->text().trimmed();
    if (filter.isEmpty())
        m_count->setText(total == 0 ? tr("Nothing here yet")
                                    : style::counted(tr("%n server(s)", nullptr, total), total));
    else
        m_count->setText(style::counted(tr("%1 of %n server(s) match", nullptr, total), total).arg(shown));
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_empty) : m_splitter);
    m_details->setServerId(selectedServerId());
    bool hasLocal = false;
    for (const Server &server : m_core.servers().servers())
        hasLocal = hasLocal || server.isLocal();
    m_addLocal->setVisible(!hasLocal);
    m_filter->setVisible(total > 0 || !filter.isEmpty());
    const bool hasSelection = selectedServerId() > 0;
    m_edit->setEnabled(hasSelection);
    m_remove->setEnabled(hasSelection);
    m_link->setEnabled(hasSelection);
}

qint64 ServerInventoryPage::selectedServerId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->idAt(m_proxy->mapToSource(rows.first()));
}

void ServerInventoryPage::selectServer(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ServerInventoryPage::addServer()
{
    auto *dialog = new ServerDialog(m_core.servers(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerDialog::serverSaved, this, [this](const Server &server) {
        m_filter->clear();
        selectServer(server.id);
        m_table->setFocus();
        Q_EMIT statusMessage(tr("Added the server “%1”.").arg(server.name));
    });
    dialog->open();
}

void ServerInventoryPage::editSelectedServer()
{
    const auto server = m_core.servers().find(selectedServerId());
    if (!server)
        return;
    auto *dialog = new ServerDialog(m_core.servers(), server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerDialog::serverSaved, this,
            [this](const Server &saved) { Q_EMIT statusMessage(tr("Saved the server “%1”.").arg(saved.name)); });
    dialog->open();
}

void ServerInventoryPage::removeSelectedServer()
{
    const auto server = m_core.servers().find(selectedServerId());
    if (!server)
        return;
    const qint64 id = server->id;
    const QString name = server->name;
    auto remove = [this, id, name] {
        if (auto removed = m_core.servers().remove(id); !removed)
            MessageBox::error(this, tr("Could Not Remove the Server"), removed.error());
        else
            Q_EMIT statusMessage(tr("Removed the server “%1”.").arg(name));
    };
    if (!m_core.settings().confirmDeletes()) {
        remove();
        return;
    }
    MessageBox::confirm(this, tr("Remove Server"),
                        tr("Remove the server “%1” from Hydron?\n\nIts projects are unlinked from it. Nothing on the "
                           "server itself is touched: its containers keep running.")
                            .arg(name),
                        tr("Remove Server"), [remove](bool confirmed) {
                            if (confirmed)
                                remove();
                        });
}

void ServerInventoryPage::linkSelectedServer()
{
    const qint64 id = selectedServerId();
    if (id <= 0)
        return;
    auto *dialog = new LinkProjectsDialog(m_core, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        if (const auto server = m_core.servers().find(id))
            Q_EMIT statusMessage(style::counted(tr("“%1” now hosts %n project(s).", nullptr,
                                                   static_cast<int>(server->projectIds.size())),
                                                static_cast<int>(server->projectIds.size()))
                                     .arg(server->name));
    });
    dialog->open();
}

} // namespace hydron::ui
