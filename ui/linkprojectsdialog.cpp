// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/linkprojectsdialog.h"

#include "core/coreservices.h"
#include "core/store/projectstore.h"
#include "core/store/serverstore.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/models/projectcheckmodel.h"
#include "ui/style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {

LinkProjectsDialog::LinkProjectsDialog(CoreServices &core, qint64 serverId, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_serverId(serverId)
{
    setObjectName(u"linkProjectsDialog"_s);
    const auto server = core.servers().find(serverId);
    const QString serverName = server ? server->name : QString();
    setWindowTitle(tr("Link Projects"));
    setMinimumSize(460, 420);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    auto *heading = new QLabel(tr("Projects on “%1”").arg(serverName), this);
    style::setFontScale(heading, 1.3, QFont::DemiBold);
    layout->addWidget(heading);
    auto *intro = new style::SecondaryLabel(
        tr("Check the projects this server hosts. A linked project is deployed to this server; linking changes "
           "nothing on the server by itself."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new ProjectCheckModel(core.projects(), server ? server->projectIds : QList<qint64>(), this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->sort(0);

    auto *filter = new QLineEdit(this);
    filter->setObjectName(u"linkProjectsFilterEdit"_s);
    filter->setPlaceholderText(tr("Filter projects"));
    style::makeSearchField(filter);
    layout->addWidget(filter);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *list = new QListView(this);
    list->setObjectName(u"linkProjectsList"_s);
    list->setModel(proxy);
    list->setUniformItemSizes(true);
    list->setSpacing(2);
    layout->addWidget(list, 1);

    auto *none = new style::SecondaryLabel(
        tr("There are no projects yet. Create one on the Projects page, then link it here."), this);
    none->setObjectName(u"linkProjectsNoneLabel"_s);
    none->setWordWrap(true);
    layout->addWidget(none);
    auto updateNone = [none, this] {
        none->setVisible(m_model->rowCount() == 0);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, none, updateNone);
    connect(m_model, &QAbstractItemModel::rowsRemoved, none, updateNone);
    updateNone();

    m_error = new style::InlineErrorLabel(this);
    m_error->setObjectName(u"linkProjectsError"_s);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"linkProjectsSaveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"linkProjectsCancelButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkProjectsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LinkProjectsDialog::reject);
    // The server may disappear while the dialog is open (another process removed it).
    connect(&core.servers(), &ServerStore::removed, this, [this](qint64 id) {
        if (id == m_serverId)
            reject();
    });
}

void LinkProjectsDialog::accept()
{
    auto saved = m_core.servers().setLinkedProjects(m_serverId, m_model->checkedIds());
    if (!saved) {
        if (saved.error().detail.isEmpty())
            m_error->showError(saved.error().message);
        else
            MessageBox::error(this, tr("Could Not Link the Projects"), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace hydron::ui
