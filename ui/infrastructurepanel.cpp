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
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

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

// The services of a project drawn by start order: one column per start level, left to right,
// and an arrow from each service to each one it depends on. Reads everything from the model.
class DependencyView final : public QWidget
{
public:
    explicit DependencyView(QAbstractItemModel *model, QWidget *parent)
        : QWidget(parent)
        , m_model(model)
    {
        setObjectName(u"serviceDependencyView"_s);
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &DependencyView::relayout);
        connect(model, &QAbstractItemModel::rowsMoved, this, &DependencyView::relayout);
        connect(model, &QAbstractItemModel::modelReset, this, &DependencyView::relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, &DependencyView::relayout);
        relayout();
    }

    [[nodiscard]] QSize sizeHint() const override { return m_size; }
    [[nodiscard]] QSize minimumSizeHint() const override { return m_size; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor line = style::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55);
        const QColor border = style::separatorColor(pal);
        const QColor secondary = style::secondaryTextColor(pal);
        QFont captionFont = font();
        captionFont.setPointSizeF(std::max(7.0, captionFont.pointSizeF() * 0.85));

        // Column captions.
        p.setFont(captionFont);
        p.setPen(secondary);
        for (int level = 0; level < m_columns; ++level) {
            const QRect caption(Margin + level * (BoxWidth + Gap), 6, BoxWidth, CaptionHeight);
            p.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter,
                       level == 0 ? InfrastructurePanel::tr("1 · starts first")
                                  : InfrastructurePanel::tr("%1 · then").arg(level + 1));
        }
        if (m_hasCycle) {
            const QRect caption(Margin + m_columns * (BoxWidth + Gap), 6, BoxWidth, CaptionHeight);
            p.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, InfrastructurePanel::tr("In a cycle"));
        }

        // Arrows, behind the boxes: from a service to what it needs.
        p.setPen(QPen(line, 1.3));
        for (const Node &node : m_nodes) {
            for (const QString &dep : node.dependsOn) {
                const Node *target = find(dep);
                if (!target)
                    continue;
                const QPointF from(node.box.left(), node.box.center().y());
                const QPointF to(target->box.right(), target->box.center().y());
                QPainterPath path(from);
                const qreal dx = std::max<qreal>(24, std::abs(from.x() - to.x()) / 2);
                path.cubicTo(from - QPointF(dx, 0), to + QPointF(dx, 0), to);
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
                // The arrow head at the dependency.
                QPainterPath head;
                head.moveTo(to);
                head.lineTo(to + QPointF(7, -4));
                head.lineTo(to + QPointF(7, 4));
                head.closeSubpath();
                p.fillPath(head, line);
            }
        }

        // Boxes: name, and kind below it.
        QFont nameFont = font();
        nameFont.setWeight(QFont::DemiBold);
        for (const Node &node : m_nodes) {
            QPainterPath box;
            box.addRoundedRect(QRectF(node.box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
            QColor fill = pal.color(QPalette::Base);
            if (node.backing)
                fill = style::mix(fill, pal.color(QPalette::Text), 0.05);
            p.fillPath(box, fill);
            p.setPen(QPen(node.cycle ? style::runStatusColor(RunStatus::Failed, pal) : border, 1.0));
            p.drawPath(box);
            const QRect inner = node.box.adjusted(10, 5, -10, -5);
            p.setFont(nameFont);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(inner.left(), inner.top(), inner.width(), inner.height() / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(nameFont).elidedText(node.name, Qt::ElideRight, inner.width()));
            p.setFont(captionFont);
            p.setPen(secondary);
            p.drawText(QRect(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(captionFont).elidedText(node.kind, Qt::ElideRight, inner.width()));
        }
    }

private:
    static constexpr int Margin = 12;
    static constexpr int BoxWidth = 150;
    static constexpr int BoxHeight = 40;
    static constexpr int Gap = 56;
    static constexpr int RowGap = 10;
    static constexpr int CaptionHeight = 18;

    struct Node
    {
        QString name;
        QString kind;
        QStringList dependsOn;
        bool backing = false;
        bool cycle = false;
        QRect box;
    };

    const Node *find(const QString &name) const
    {
        for (const Node &node : m_nodes) {
            if (node.name == name)
                return &node;
        }
        return nullptr;
    }

    void relayout()
    {
        m_nodes.clear();
        m_columns = 0;
        m_hasCycle = false;
        QHash<int, int> rowsInColumn;
        int maxRows = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, ServiceTableModel::Name);
            Node node;
            node.name = index.data().toString();
            node.dependsOn = index.data(ServiceTableModel::DependsOnRole).toStringList();
            node.backing =
                index.data(ServiceTableModel::ServiceKindRole).toInt() == static_cast<int>(ServiceKind::Backing);
            // A backing service is best known by its image ("postgres:16").
            const int detail = node.backing ? ServiceTableModel::Path : ServiceTableModel::Kind;
            node.kind = m_model->index(row, detail).data().toString();
            const int level = index.data(ServiceTableModel::StartLevelRole).toInt();
            node.cycle = level < 0;
            m_hasCycle = m_hasCycle || node.cycle;
            const int column = level < 0 ? -1 : level;
            m_columns = std::max(m_columns, column + 1);
            const int slot = rowsInColumn[column]++;
            maxRows = std::max(maxRows, slot + 1);
            node.box = QRect(0, Margin + CaptionHeight + 6 + slot * (BoxHeight + RowGap), BoxWidth, BoxHeight);
            node.box.moveLeft(column); // the column for now; x follows below
            m_nodes.append(node);
        }
        for (Node &node : m_nodes) {
            const int column = node.box.left() < 0 ? m_columns : node.box.left();
            node.box.moveLeft(Margin + column * (BoxWidth + Gap));
        }
        const int columns = m_columns + (m_hasCycle ? 1 : 0);
        m_size = QSize(2 * Margin + columns * BoxWidth + std::max(0, columns - 1) * Gap,
                       Margin + CaptionHeight + 6 + maxRows * (BoxHeight + RowGap) + Margin);
        updateGeometry();
        update();
    }

    QAbstractItemModel *m_model;
    QList<Node> m_nodes;
    int m_columns = 0;
    bool m_hasCycle = false;
    QSize m_size;
};

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

    // Services: the table, and below it what starts before what.
    auto *servicesView = new QSplitter(Qt::Vertical, this);
    servicesView->setObjectName(u"servicesSplitter"_s);
    servicesView->setChildrenCollapsible(false);
    QTableView *services = makeTable(m_services, u"servicesTable"_s, servicesView);
    services->setColumnHidden(ServiceTableModel::Dockerfile, true);
    servicesView->addWidget(services);
    auto *dependencies = new QWidget(servicesView);
    dependencies->setBackgroundRole(QPalette::Base);
    dependencies->setAutoFillBackground(true);
    auto *dependenciesLayout = new QVBoxLayout(dependencies);
    dependenciesLayout->setContentsMargins(12, 8, 12, 0);
    dependenciesLayout->setSpacing(0);
    auto *dependenciesTitle = new style::SecondaryLabel(
        tr("Start order: each service starts once the services its arrows point to run and are healthy."),
        dependencies);
    dependenciesTitle->setObjectName(u"serviceDependencyCaption"_s);
    dependenciesTitle->setWordWrap(true);
    dependenciesLayout->addWidget(dependenciesTitle);
    auto *scroll = new QScrollArea(dependencies);
    scroll->setObjectName(u"serviceDependencyScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->setWidget(new DependencyView(m_services, scroll));
    scroll->setWidgetResizable(true); // at least its own size, scrolling only when the space is smaller
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    dependenciesLayout->addWidget(scroll, 1);
    servicesView->addWidget(dependencies);
    // The table takes what the drawing, at its own height (up to a limit), leaves.
    servicesView->setStretchFactor(0, 1);
    servicesView->setStretchFactor(1, 0);
    auto fitDrawing = [scroll] {
        scroll->setMinimumHeight(std::min(scroll->widget()->minimumSizeHint().height() + 4, 240));
    };
    connect(m_services, &QAbstractItemModel::modelReset, scroll, fitDrawing);
    connect(m_services, &QAbstractItemModel::rowsInserted, scroll, fitDrawing);
    connect(m_services, &QAbstractItemModel::rowsRemoved, scroll, fitDrawing);
    connect(m_services, &QAbstractItemModel::dataChanged, scroll, fitDrawing);
    fitDrawing();
    m_servicesEmpty = new EmptyStateWidget(u"services"_s, this);
    m_servicesEmpty->setObjectName(u"servicesEmptyState"_s);
    m_servicesEmpty->setTitle(tr("No services yet"));
    m_servicesStack = stackOf(servicesView, m_servicesEmpty, this);
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
        noSource ? tr("This project has no source, so nothing was analysed. Projects made with New Project get "
                      "their services from their source's analysis, a Docker image or a template.")
                 : tr("This project has no services. Its source (%1) was not analysed: projects made with New "
                      "Project get their services from the analysis, which you review before saving.")
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
