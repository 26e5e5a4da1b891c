// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infrastructurepanel.h"

#include "core/coreservices.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/models/envtablemodel.h"
#include "ui/models/servicetablemodel.h"
#include "ui/style.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    style::fitColumnsToContents(table);
    return table;
}

QStackedWidget *stackOf(QWidget *content, EmptyStateWidget *empty, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    stack->setBackgroundRole(QPalette::Base);
    stack->setAutoFillBackground(true);
    stack->addWidget(content);
    stack->addWidget(empty);
    return stack;
}

} // namespace

InfrastructurePanel::InfrastructurePanel(CoreServices &core, QWidget *parent)
    : QTabWidget(parent)
    , m_core(core)
{
    setObjectName(u"infrastructurePanel"_s);
    setDocumentMode(false);
    m_services = new ServiceTableModel(core.projects(), this);
    m_env = new EnvTableModel(core.projects(), this);

    // Services
    QTableView *services = makeTable(m_services, u"servicesTable"_s, this);
    services->setColumnHidden(ServiceTableModel::Dockerfile, true);
    m_servicesEmpty = new EmptyStateWidget(u"services"_s, this);
    m_servicesEmpty->setObjectName(u"servicesEmptyState"_s);
    m_servicesEmpty->setTitle(tr("No services yet"));
    m_servicesStack = stackOf(services, m_servicesEmpty, this);
    addTab(m_servicesStack, icons::themed(u"services"_s), tr("Services"));

    // Plan
    auto *planView = new QWidget(this);
    planView->setBackgroundRole(QPalette::Base);
    planView->setObjectName(u"planSummary"_s);
    auto *planLayout = new QVBoxLayout(planView);
    planLayout->setContentsMargins(20, 16, 20, 16);
    planLayout->setSpacing(12);
    m_planStale = new style::InlineErrorLabel(planView);
    m_planStale->setObjectName(u"planStaleLabel"_s);
    planLayout->addWidget(m_planStale);
    auto *planForm = new QFormLayout;
    planForm->setHorizontalSpacing(16);
    planForm->setVerticalSpacing(8);
    m_planVersion = new QLabel(planView);
    m_planVersion->setObjectName(u"planVersionLabel"_s);
    m_planStatus = new QLabel(planView);
    m_planStatus->setObjectName(u"planStatusLabel"_s);
    m_planCreated = new QLabel(planView);
    m_planCreated->setObjectName(u"planCreatedLabel"_s);
    m_planHistory = new style::SecondaryLabel(planView);
    m_planHistory->setObjectName(u"planHistoryLabel"_s);
    planForm->addRow(tr("Version"), m_planVersion);
    planForm->addRow(tr("Status"), m_planStatus);
    planForm->addRow(tr("Made"), m_planCreated);
    planForm->addRow(QString(), m_planHistory);
    planLayout->addLayout(planForm);
    planLayout->addStretch();
    m_planEmpty = new EmptyStateWidget(u"plan"_s, this);
    m_planEmpty->setObjectName(u"planEmptyState"_s);
    m_planEmpty->setTitle(tr("No plan yet"));
    m_planEmpty->setText(tr("A plan says how this project will run: the server size, a Dockerfile per service, "
                            "environment, ports, domains and health checks. Hydron makes it from the detected "
                            "services; planning arrives in a later version of Hydron."));
    m_planStack = stackOf(planView, m_planEmpty, this);
    addTab(m_planStack, icons::themed(u"plan"_s), tr("Plan"));

    // Dockerfiles: the same services, only the columns that matter here.
    QTableView *dockerfiles = makeTable(m_services, u"dockerfilesTable"_s, this);
    for (int column = 0; column < ServiceTableModel::ColumnCount; ++column) {
        const bool shown = column == ServiceTableModel::Name || column == ServiceTableModel::Path ||
                           column == ServiceTableModel::Dockerfile;
        dockerfiles->setColumnHidden(column, !shown);
    }
    m_dockerfilesEmpty = new EmptyStateWidget(u"dockerfile"_s, this);
    m_dockerfilesEmpty->setObjectName(u"dockerfilesEmptyState"_s);
    m_dockerfilesEmpty->setTitle(tr("No Dockerfiles yet"));
    m_dockerfilesEmpty->setText(tr("Each service is built from a Dockerfile: the one in your source when there is "
                                   "one, otherwise one Hydron generates with the plan. They are listed here once "
                                   "the project has services."));
    m_dockerfilesStack = stackOf(dockerfiles, m_dockerfilesEmpty, this);
    addTab(m_dockerfilesStack, icons::themed(u"dockerfile"_s), tr("Dockerfiles"));

    // Environment
    QTableView *env = makeTable(m_env, u"environmentTable"_s, this);
    m_envEmpty = new EmptyStateWidget(u"environment"_s, this);
    m_envEmpty->setObjectName(u"environmentEmptyState"_s);
    m_envEmpty->setTitle(tr("No environment variables"));
    m_envStack = stackOf(env, m_envEmpty, this);
    addTab(m_envStack, icons::themed(u"environment"_s), tr("Environment"));

    // Domains
    auto *domains = new EmptyStateWidget(u"domains"_s, this);
    domains->setBackgroundRole(QPalette::Base);
    domains->setAutoFillBackground(true);
    domains->setObjectName(u"domainsEmptyState"_s);
    domains->setTitle(tr("No domains yet"));
    domains->setText(tr("Public services get a domain and a TLS certificate through the reverse proxy on your "
                        "server. Domains are part of the plan, which arrives in a later version of Hydron."));
    addTab(domains, icons::themed(u"domains"_s), tr("Domains"));

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_services), static_cast<QAbstractItemModel *>(m_env)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &InfrastructurePanel::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &InfrastructurePanel::updateEmptyStates);
        connect(model, &QAbstractItemModel::modelReset, this, &InfrastructurePanel::updateEmptyStates);
    }
    connect(&core.projects(), &ProjectStore::changed, this, [this](const Project &project) {
        if (project.id == m_projectId) {
            updateEmptyStates(); // the source shown in the text may have changed
            updatePlan();        // the plan may have gone stale
        }
    });
    connect(&core.plans(), &PlanStore::added, this, [this](const Plan &plan) {
        if (plan.projectId == m_projectId)
            updatePlan();
    });
    connect(&core.plans(), &PlanStore::changed, this, [this](const Plan &plan) {
        if (plan.projectId == m_projectId)
            updatePlan();
    });
    updateEmptyStates();
    updatePlan();
}

void InfrastructurePanel::setProjectId(qint64 projectId)
{
    m_projectId = projectId;
    m_services->setProjectId(projectId);
    m_env->setProjectId(projectId);
    updateEmptyStates();
    updatePlan();
}

void InfrastructurePanel::refresh()
{
    updatePlan();
}

void InfrastructurePanel::updateEmptyStates()
{
    const auto project = m_core.projects().find(m_projectId);
    const QString source = project ? project->source.displayText() : ProjectSource{}.displayText();
    const bool noSource = !project || project->source.kind == ProjectSource::Kind::None;
    m_servicesEmpty->setText(
        noSource ? tr("Hydron fills this list when it analyses the project's source, and this project has no source "
                      "yet: add one with Edit Project. Source analysis arrives in a later version of Hydron.")
                 : tr("Hydron fills this list when it analyses the project's source (%1). Source analysis arrives "
                      "in a later version of Hydron.")
                       .arg(source));
    m_envEmpty->setText(tr("The variables your services read appear here once the project has services. Secret "
                           "values are kept in your system keychain and only shown masked."));
    const bool hasServices = m_services->rowCount() > 0;
    m_servicesStack->setCurrentIndex(hasServices ? 0 : 1);
    m_dockerfilesStack->setCurrentIndex(hasServices ? 0 : 1);
    m_envStack->setCurrentIndex(m_env->rowCount() > 0 ? 0 : 1);
}

void InfrastructurePanel::updatePlan()
{
    const auto plan = m_projectId > 0 ? m_core.plans().latest(m_projectId) : std::nullopt;
    m_planStack->setCurrentIndex(plan ? 0 : 1);
    if (!plan)
        return;
    const auto project = m_core.projects().find(m_projectId);
    const bool stale = plan->status == Plan::Status::Stale ||
                       (project && Plan::fingerprint(project->services) != plan->servicesFingerprint);
    m_planVersion->setText(tr("Version %1").arg(plan->version));
    m_planStatus->setText(stale && plan->status != Plan::Status::Stale
                              ? tr("%1, now stale").arg(Plan::statusLabel(plan->status))
                              : Plan::statusLabel(plan->status));
    m_planCreated->setText(QLocale().toString(plan->createdAt.toLocalTime(), QLocale::LongFormat));
    m_planHistory->setText(
        plan->version > 1
            ? style::counted(tr("%n earlier version(s) kept.", nullptr, plan->version - 1), plan->version - 1)
            : tr("This is the project's first plan."));
    m_planStale->showError(stale ? tr("The services changed after this plan was made, so it is stale: it no longer "
                                      "describes what would be deployed.")
                                 : QString());
}

} // namespace hydron::ui
