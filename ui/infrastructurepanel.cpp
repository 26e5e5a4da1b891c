// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/infrastructurepanel.h"

#include "core/coreservices.h"
#include "core/deploy/deployrecipe.h"
#include "core/deploy/plansecrets.h"
#include "core/planning/plandiff.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"
#include "ui/deploybar.h"
#include "ui/dockerfilehighlighter.h"
#include "ui/emptystatewidget.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/models/deploymodels.h"
#include "ui/models/envtablemodel.h"
#include "ui/models/planmodels.h"
#include "ui/models/servicetablemodel.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
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

// Where a plan secret's value lives (the key the New Project wizard and hydron-cli env set use).
secrets::SecretKey secretKeyFor(qint64 projectId, const QString &ref)
{
    return deploy::planSecretKey(projectId, ref);
}

// The folder a project's source files are in on this computer, when there is one: the clone the
// last deploy fetched, or a Folder source's location.
QString localSourceRoot(CoreServices &core, const Project &project)
{
    const QString fetched = core.deploySourceRoot(project.id);
    if (!fetched.isEmpty())
        return fetched;
    return project.source.kind == ProjectSource::Kind::Folder ? project.source.location : QString();
}

// Two texts line by line: unchanged lines with two spaces, removed "- ", added "+ " (a longest
// common subsequence of lines; plan fields are short, so quadratic is fine).
QString lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    if (a.size() * b.size() > 4'000'000)
        return u"- "_s + before + u"\n+ "_s + after;
    QList<QList<int>> lcs(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            out << u"  "_s + a.at(i);
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << u"+ "_s + b.at(j++);
        } else {
            out << u"- "_s + a.at(i++);
        }
    }
    return out.join(u'\n');
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

    // Overview: the stale banner, the status and actions, the server and why, problems, notes.
    auto *planView = new QWidget(this);
    planView->setBackgroundRole(QPalette::Base);
    planView->setObjectName(u"planSummary"_s);
    auto *planLayout = new QVBoxLayout(planView);
    planLayout->setContentsMargins(20, 16, 20, 16);
    planLayout->setSpacing(12);
    m_staleBanner = new QFrame(planView);
    m_staleBanner->setObjectName(u"planStaleBanner"_s);
    m_staleBanner->setFrameShape(QFrame::StyledPanel);
    auto *staleLayout = new QHBoxLayout(m_staleBanner);
    staleLayout->setContentsMargins(12, 8, 12, 8);
    m_planStale = new style::InlineErrorLabel(m_staleBanner);
    m_planStale->setObjectName(u"planStaleLabel"_s);
    m_planStale->setWordWrap(true);
    staleLayout->addWidget(m_planStale, 1);
    auto *staleRegenerate = new QPushButton(tr("Regenerate"), m_staleBanner);
    staleRegenerate->setObjectName(u"planStaleRegenerateButton"_s);
    staleLayout->addWidget(staleRegenerate, 0, Qt::AlignVCenter);
    connect(staleRegenerate, &QPushButton::clicked, this, &InfrastructurePanel::generatePlan);
    planLayout->addWidget(m_staleBanner);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(16);
    auto *planForm = new QFormLayout;
    planForm->setHorizontalSpacing(16);
    planForm->setVerticalSpacing(6);
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
    statusRow->addLayout(planForm, 1);
    auto *actions = new QVBoxLayout;
    actions->setSpacing(6);
    m_approve = new QPushButton(tr("Approve"), planView);
    m_approve->setObjectName(u"planApproveButton"_s);
    m_approve->setDefault(true);
    m_generate = new QPushButton(tr("Regenerate"), planView);
    m_generate->setObjectName(u"planGenerateButton"_s);
    actions->addWidget(m_approve);
    actions->addWidget(m_generate);
    statusRow->addLayout(actions);
    statusRow->setAlignment(actions, Qt::AlignTop);
    planLayout->addLayout(statusRow);
    connect(m_generate, &QPushButton::clicked, this, &InfrastructurePanel::generatePlan);
    connect(m_approve, &QPushButton::clicked, this, &InfrastructurePanel::approvePlan);

    auto *deployBox = new QGroupBox(tr("Deploy"), planView);
    deployBox->setObjectName(u"planDeployBox"_s);
    auto *deployLayout = new QVBoxLayout(deployBox);
    m_deployBar = new DeployBar(core, deployBox);
    deployLayout->addWidget(m_deployBar);
    planLayout->addWidget(deployBox);
    connect(m_deployBar, &DeployBar::runStarted, this, &InfrastructurePanel::runStarted);

    m_planProblems = new style::InlineErrorLabel(planView);
    m_planProblems->setObjectName(u"planProblemsLabel"_s);
    m_planProblems->setWordWrap(true);
    planLayout->addWidget(m_planProblems);

    auto *serverBox = new QGroupBox(tr("Server"), planView);
    serverBox->setObjectName(u"planServerBox"_s);
    auto *serverForm = new QFormLayout(serverBox);
    serverForm->setHorizontalSpacing(16);
    serverForm->setVerticalSpacing(6);
    m_serverOffer = new QLabel(serverBox);
    m_serverOffer->setObjectName(u"planServerOfferLabel"_s);
    m_serverSpec = new QLabel(serverBox);
    m_serverSpec->setObjectName(u"planServerSpecLabel"_s);
    m_serverPrice = new QLabel(serverBox);
    m_serverPrice->setObjectName(u"planServerPriceLabel"_s);
    style::setFontScale(m_serverPrice, 1.0, QFont::DemiBold);
    m_serverReasoning = new style::SecondaryLabel(serverBox);
    m_serverReasoning->setObjectName(u"planServerReasoningLabel"_s);
    m_serverReasoning->setWordWrap(true);
    m_serverReasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serverForm->addRow(tr("Offer"), m_serverOffer);
    serverForm->addRow(tr("Size"), m_serverSpec);
    serverForm->addRow(tr("Price"), m_serverPrice);
    serverForm->addRow(tr("Why"), m_serverReasoning);
    planLayout->addWidget(serverBox);

    // What will run: the steps the newest version compiles to, collapsed until asked for.
    m_stepsToggle = new QToolButton(planView);
    m_stepsToggle->setObjectName(u"planStepsToggle"_s);
    m_stepsToggle->setText(tr("What will run on the server"));
    m_stepsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepsToggle->setArrowType(Qt::RightArrow);
    m_stepsToggle->setCheckable(true);
    m_stepsToggle->setAutoRaise(true);
    style::setFontScale(m_stepsToggle, 1.0, QFont::DemiBold);
    planLayout->addWidget(m_stepsToggle);
    m_stepsSection = new QWidget(planView);
    m_stepsSection->setObjectName(u"planStepsSection"_s);
    auto *stepsLayout = new QVBoxLayout(m_stepsSection);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->setSpacing(6);
    m_stepsStatus = new style::SecondaryLabel(m_stepsSection);
    m_stepsStatus->setObjectName(u"planStepsStatusLabel"_s);
    m_stepsStatus->setWordWrap(true);
    m_stepsStatus->setTextFormat(Qt::PlainText);
    stepsLayout->addWidget(m_stepsStatus);
    m_steps = new PlanStepModel(this);
    auto *stepsSplit = new QSplitter(Qt::Vertical, m_stepsSection);
    stepsSplit->setObjectName(u"planStepsSplitter"_s);
    stepsSplit->setChildrenCollapsible(false);
    m_stepsTree = new QTreeView(stepsSplit);
    m_stepsTree->setObjectName(u"planStepsTree"_s);
    m_stepsTree->setModel(m_steps);
    m_stepsTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepsTree->setAlternatingRowColors(true);
    m_stepsTree->setUniformRowHeights(true);
    m_stepsTree->setMinimumHeight(200);
    m_stepsTree->header()->setStretchLastSection(true);
    m_stepsTree->setColumnHidden(PlanStepModel::Name, true);
    stepsSplit->addWidget(m_stepsTree);
    m_stepScript = new QPlainTextEdit(stepsSplit);
    m_stepScript->setObjectName(u"planStepScript"_s);
    m_stepScript->setReadOnly(true);
    m_stepScript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stepScript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stepScript->setMinimumHeight(180);
    m_stepScript->setPlaceholderText(tr("Select a step to read the script it sends to the server."));
    stepsSplit->addWidget(m_stepScript);
    stepsLayout->addWidget(stepsSplit);
    m_stepsSection->setVisible(false);
    planLayout->addWidget(m_stepsSection);
    connect(m_stepsToggle, &QToolButton::toggled, this, &InfrastructurePanel::setStepsExpanded);
    connect(m_stepsTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InfrastructurePanel::showStepScript);
    connect(m_steps, &QAbstractItemModel::modelReset, m_stepsTree, [this] {
        m_stepsTree->resizeColumnToContents(PlanStepModel::Step);
        showStepScript();
    });
    m_planNotes = new style::SecondaryLabel(planView);
    m_planNotes->setObjectName(u"planNotesLabel"_s);
    m_planNotes->setWordWrap(true);
    m_planNotes->setTextFormat(Qt::PlainText);
    planLayout->addWidget(m_planNotes);
    planLayout->addStretch();
    auto *planScroll = new QScrollArea(this);
    planScroll->setObjectName(u"planOverviewScroll"_s);
    planScroll->setFrameShape(QFrame::NoFrame);
    planScroll->setWidgetResizable(true);
    planScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long texts wrap instead
    planScroll->setWidget(planView);
    m_planEmpty = new EmptyStateWidget(u"plan"_s, this);
    m_planEmpty->setObjectName(u"planEmptyState"_s);
    m_planEmpty->setTitle(tr("No plan yet"));
    m_planEmpty->setText(tr("A plan says how this project will run: the server size, a Dockerfile per service, "
                            "environment, ports, domains and health checks. Hydron makes it from the project's "
                            "services; you read it, change it and approve it before anything is deployed."));
    m_emptyGenerate = m_planEmpty->setAction(tr("Generate Plan"), u"plan"_s, u"planEmptyGenerateButton"_s);
    connect(m_emptyGenerate, &QPushButton::clicked, this, &InfrastructurePanel::generatePlan);
    m_planStack = stackOf(planScroll, m_planEmpty, this);
    addTab(m_planStack, icons::themed(u"plan"_s), tr("Overview"));

    // Dockerfiles: the built services on the left, the selected Dockerfile, editable, on the right.
    m_dockerfiles = new PlanDockerfileModel(this);
    auto *dockerSplit = new QSplitter(Qt::Horizontal, this);
    dockerSplit->setObjectName(u"dockerfilesSplitter"_s);
    dockerSplit->setChildrenCollapsible(false);
    m_dockerfileTable = makeTable(m_dockerfiles, u"dockerfilesTable"_s, dockerSplit);
    m_dockerfileTable->setMinimumWidth(180);
    dockerSplit->addWidget(m_dockerfileTable);
    auto *editorPane = new QWidget(dockerSplit);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 8);
    editorLayout->setSpacing(6);
    m_dockerfileEditor = new QPlainTextEdit(editorPane);
    m_dockerfileEditor->setObjectName(u"dockerfileEditor"_s);
    m_dockerfileEditor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_dockerfileEditor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_dockerfileEditor->setFrameShape(QFrame::NoFrame);
    m_dockerfileEditor->setTabStopDistance(4 * QFontMetricsF(m_dockerfileEditor->font()).horizontalAdvance(u' '));
    new DockerfileHighlighter(m_dockerfileEditor->document(), m_dockerfileEditor->palette());
    editorLayout->addWidget(m_dockerfileEditor, 1);
    auto *editorRow = new QHBoxLayout;
    editorRow->setContentsMargins(8, 0, 8, 0);
    m_dockerfileHint = new style::SecondaryLabel(editorPane);
    m_dockerfileHint->setObjectName(u"dockerfileHintLabel"_s);
    m_dockerfileHint->setWordWrap(true);
    editorRow->addWidget(m_dockerfileHint, 1);
    m_dockerfileRevert = new QPushButton(tr("Revert"), editorPane);
    m_dockerfileRevert->setObjectName(u"dockerfileRevertButton"_s);
    m_dockerfileSave = new QPushButton(tr("Save as New Version"), editorPane);
    m_dockerfileSave->setObjectName(u"dockerfileSaveButton"_s);
    editorRow->addWidget(m_dockerfileRevert);
    editorRow->addWidget(m_dockerfileSave);
    editorLayout->addLayout(editorRow);
    dockerSplit->addWidget(editorPane);
    dockerSplit->setStretchFactor(0, 0);
    dockerSplit->setStretchFactor(1, 1);
    m_dockerfileTable->horizontalHeader()->setSectionResizeMode(PlanDockerfileModel::Service,
                                                                QHeaderView::ResizeToContents);
    m_dockerfileTable->horizontalHeader()->setStretchLastSection(true);
    m_dockerfileTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dockerfileEditor->document()->setDocumentMargin(10);
    dockerSplit->setSizes({280, 600});
    connect(m_dockerfileTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InfrastructurePanel::showDockerfile);
    connect(m_dockerfileEditor, &QPlainTextEdit::textChanged, this, [this] {
        const QModelIndex current = m_dockerfileTable->currentIndex();
        const bool editable = current.isValid() && current.data(PlanDockerfileModel::GeneratedRole).toBool();
        const bool changed = editable && m_dockerfileEditor->toPlainText() !=
                                             current.data(PlanDockerfileModel::DockerfileRole).toString();
        m_dockerfileSave->setEnabled(changed);
        m_dockerfileRevert->setEnabled(changed);
    });
    connect(m_dockerfileSave, &QPushButton::clicked, this, &InfrastructurePanel::saveDockerfile);
    connect(m_dockerfileRevert, &QPushButton::clicked, this, &InfrastructurePanel::showDockerfile);
    m_dockerfilesEmpty = new EmptyStateWidget(u"dockerfile"_s, this);
    m_dockerfilesEmpty->setObjectName(u"dockerfilesEmptyState"_s);
    m_dockerfilesEmpty->setTitle(tr("No Dockerfiles yet"));
    m_dockerfilesStack = stackOf(dockerSplit, m_dockerfilesEmpty, this);
    addTab(m_dockerfilesStack, icons::themed(u"dockerfile"_s), tr("Dockerfiles"));

    // Environment: the services' variables, and below them the plan's secrets.
    auto *envPage = new QWidget(this);
    envPage->setBackgroundRole(QPalette::Base);
    envPage->setAutoFillBackground(true);
    auto *envLayout = new QVBoxLayout(envPage);
    envLayout->setContentsMargins(0, 0, 0, 0);
    envLayout->setSpacing(0);
    QTableView *env = makeTable(m_env, u"environmentTable"_s, this);
    m_envEmpty = new EmptyStateWidget(u"environment"_s, this);
    m_envEmpty->setObjectName(u"environmentEmptyState"_s);
    m_envEmpty->setTitle(tr("No environment variables"));
    m_envStack = stackOf(env, m_envEmpty, envPage);
    envLayout->addWidget(m_envStack, 2);
    m_secretsModel = new PlanSecretModel(this);
    m_secretsSection = new QWidget(envPage);
    m_secretsSection->setObjectName(u"planSecretsSection"_s);
    auto *secretsLayout = new QVBoxLayout(m_secretsSection);
    secretsLayout->setContentsMargins(0, 8, 0, 8);
    secretsLayout->setSpacing(6);
    auto *secretsHeader = new QHBoxLayout;
    secretsHeader->setContentsMargins(12, 0, 12, 0);
    auto *secretsCaption = new style::SecondaryLabel(
        tr("Secrets of the plan. Their values live in your system keychain, never in the plan, and are "
           "only shown masked."),
        m_secretsSection);
    secretsCaption->setWordWrap(true);
    secretsHeader->addWidget(secretsCaption, 1);
    m_secretSet = new QPushButton(tr("Set Value…"), m_secretsSection);
    m_secretSet->setObjectName(u"planSecretSetButton"_s);
    secretsHeader->addWidget(m_secretSet);
    secretsLayout->addLayout(secretsHeader);
    m_secretsTable = makeTable(m_secretsModel, u"planSecretsTable"_s, m_secretsSection);
    secretsLayout->addWidget(m_secretsTable, 1);
    envLayout->addWidget(m_secretsSection, 1);
    connect(m_secretSet, &QPushButton::clicked, this, &InfrastructurePanel::setSecretValue);
    connect(m_secretsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_secretSet->setEnabled(current.isValid()); });
    addTab(envPage, icons::themed(u"environment"_s), tr("Environment"));

    // Domains
    m_domains = new PlanDomainModel(this);
    auto *domainsPage = new QWidget(this);
    domainsPage->setBackgroundRole(QPalette::Base);
    domainsPage->setAutoFillBackground(true);
    auto *domainsLayout = new QVBoxLayout(domainsPage);
    domainsLayout->setContentsMargins(0, 8, 0, 0);
    domainsLayout->setSpacing(6);
    auto *domainRow = new QHBoxLayout;
    domainRow->setContentsMargins(12, 0, 12, 0);
    domainRow->setSpacing(8);
    m_domainService = new QComboBox(domainsPage);
    m_domainService->setObjectName(u"planDomainServiceCombo"_s);
    m_domainService->setToolTip(tr("The public service the domain leads to"));
    m_domainHost = new QLineEdit(domainsPage);
    m_domainHost->setObjectName(u"planDomainEdit"_s);
    m_domainHost->setPlaceholderText(tr("app.example.com"));
    m_domainHost->setClearButtonEnabled(true);
    m_domainTls = new QComboBox(domainsPage);
    m_domainTls->setObjectName(u"planDomainTlsCombo"_s);
    m_domainTls->addItem(tr("HTTPS, certificate chosen by the name"), -1);
    m_domainTls->addItem(tr("HTTPS from a public CA (ACME)"), int(planning::TlsMode::Acme));
    m_domainTls->addItem(tr("HTTPS from the proxy's own CA"), int(planning::TlsMode::Internal));
    m_domainTls->addItem(tr("Plain HTTP"), int(planning::TlsMode::None));
    auto *addDomain = new QPushButton(tr("Add Domain"), domainsPage);
    addDomain->setObjectName(u"planDomainAddButton"_s);
    m_domainRemove = new QPushButton(tr("Remove"), domainsPage);
    m_domainRemove->setObjectName(u"planDomainRemoveButton"_s);
    m_domainRemove->setEnabled(false);
    domainRow->addWidget(m_domainService);
    domainRow->addWidget(m_domainHost, 1);
    domainRow->addWidget(m_domainTls);
    domainRow->addWidget(addDomain);
    domainRow->addWidget(m_domainRemove);
    domainsLayout->addLayout(domainRow);
    m_domainError = new style::InlineErrorLabel(domainsPage);
    m_domainError->setObjectName(u"planDomainErrorLabel"_s);
    m_domainError->setContentsMargins(12, 0, 12, 0);
    domainsLayout->addWidget(m_domainError);
    QTableView *domainsTable = makeTable(m_domains, u"domainsTable"_s, domainsPage);
    domainsLayout->addWidget(domainsTable, 1);
    auto *domainsHint = new style::SecondaryLabel(
        tr("A domain is a change to the plan: it makes a new version, marked modified. Point the name's DNS at "
           "your server before deploying; HTTP is redirected to HTTPS."),
        domainsPage);
    domainsHint->setWordWrap(true);
    domainsHint->setContentsMargins(12, 0, 12, 8);
    domainsLayout->addWidget(domainsHint);
    connect(addDomain, &QPushButton::clicked, this, &InfrastructurePanel::addDomain);
    connect(m_domainHost, &QLineEdit::returnPressed, this, &InfrastructurePanel::addDomain);
    connect(m_domainRemove, &QPushButton::clicked, this,
            [this, domainsTable] { removeDomain(domainsTable->currentIndex().row()); });
    connect(
        domainsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_domainRemove->setEnabled(
                current.isValid() &&
                !current.siblingAtColumn(PlanDomainModel::Host).data(PlanDomainModel::HostRole).toString().isEmpty());
        });
    connect(m_domains, &QAbstractItemModel::modelReset, this, [this] { m_domainRemove->setEnabled(false); });
    auto *domains = new EmptyStateWidget(u"domains"_s, this);
    domains->setObjectName(u"domainsEmptyState"_s);
    domains->setTitle(tr("No domains yet"));
    domains->setText(tr("Public services get a domain and a TLS certificate through the reverse proxy on your "
                        "server. They are part of the plan: generate one in the Overview tab."));
    m_domainsStack = stackOf(domainsPage, domains, this);
    addTab(m_domainsStack, icons::themed(u"domains"_s), tr("Domains"));

    // Post-deploy commands
    m_postDeploy = new PlanPostDeployModel(this);
    QTableView *postDeployTable = makeTable(m_postDeploy, u"postDeployTable"_s, this);
    auto *postDeployEmpty = new EmptyStateWidget(u"plan"_s, this);
    postDeployEmpty->setObjectName(u"postDeployEmptyState"_s);
    postDeployEmpty->setTitle(tr("No post-deploy commands"));
    postDeployEmpty->setText(tr("Commands such as database migrations run in a service's container after each "
                                "deploy. The plan lists the ones it detected (Django, Rails, Laravel, Prisma)."));
    auto *postDeployPage = new QWidget(this);
    postDeployPage->setBackgroundRole(QPalette::Base);
    postDeployPage->setAutoFillBackground(true);
    auto *postDeployLayout = new QVBoxLayout(postDeployPage);
    postDeployLayout->setContentsMargins(0, 8, 0, 0);
    postDeployLayout->setSpacing(6);
    auto *commandRow = new QHBoxLayout;
    commandRow->setContentsMargins(12, 0, 12, 0);
    commandRow->setSpacing(8);
    m_commandService = new QComboBox(postDeployPage);
    m_commandService->setObjectName(u"postDeployServiceCombo"_s);
    m_commandService->setToolTip(tr("The service whose container runs the command"));
    m_commandText = new QLineEdit(postDeployPage);
    m_commandText->setObjectName(u"postDeployCommandEdit"_s);
    m_commandText->setPlaceholderText(tr("e.g. npx prisma migrate deploy"));
    m_commandText->setClearButtonEnabled(true);
    auto *addCommand = new QPushButton(tr("Add Command"), postDeployPage);
    addCommand->setObjectName(u"postDeployAddButton"_s);
    m_commandRemove = new QPushButton(tr("Remove"), postDeployPage);
    m_commandRemove->setObjectName(u"postDeployRemoveButton"_s);
    m_commandRemove->setEnabled(false);
    commandRow->addWidget(m_commandService);
    commandRow->addWidget(m_commandText, 1);
    commandRow->addWidget(addCommand);
    commandRow->addWidget(m_commandRemove);
    postDeployLayout->addLayout(commandRow);
    m_postDeployStack = stackOf(postDeployTable, postDeployEmpty, postDeployPage);
    postDeployLayout->addWidget(m_postDeployStack, 1);
    connect(addCommand, &QPushButton::clicked, this, &InfrastructurePanel::addPostDeployCommand);
    connect(m_commandText, &QLineEdit::returnPressed, this, &InfrastructurePanel::addPostDeployCommand);
    connect(m_commandRemove, &QPushButton::clicked, this,
            [this, postDeployTable] { removePostDeployCommand(postDeployTable->currentIndex().row()); });
    connect(postDeployTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_commandRemove->setEnabled(current.isValid()); });
    connect(m_postDeploy, &QAbstractItemModel::modelReset, this, [this] { m_commandRemove->setEnabled(false); });
    addTab(postDeployPage, icons::themed(u"runs"_s), tr("Post-deploy"));

    // Versions: what changed from an earlier version to the newest.
    m_diff = new PlanDiffModel(this);
    auto *versionsPage = new QWidget(this);
    versionsPage->setBackgroundRole(QPalette::Base);
    versionsPage->setAutoFillBackground(true);
    auto *versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->setContentsMargins(0, 8, 0, 0);
    versionsLayout->setSpacing(6);
    auto *diffRow = new QHBoxLayout;
    diffRow->setContentsMargins(12, 0, 12, 0);
    auto *diffLabel = new QLabel(tr("Changes from"), versionsPage);
    m_diffBase = new QComboBox(versionsPage);
    m_diffBase->setObjectName(u"planDiffBaseCombo"_s);
    diffLabel->setBuddy(m_diffBase);
    m_diffSummary = new style::SecondaryLabel(versionsPage);
    m_diffSummary->setObjectName(u"planDiffSummaryLabel"_s);
    diffRow->addWidget(diffLabel);
    diffRow->addWidget(m_diffBase);
    diffRow->addWidget(m_diffSummary, 1);
    versionsLayout->addLayout(diffRow);
    auto *diffSplit = new QSplitter(Qt::Vertical, versionsPage);
    diffSplit->setObjectName(u"planDiffSplitter"_s);
    diffSplit->setChildrenCollapsible(false);
    QTableView *diffTable = makeTable(m_diff, u"planDiffTable"_s, diffSplit);
    diffTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    diffTable->horizontalHeader()->setStretchLastSection(true);
    diffTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    diffTable->setTextElideMode(Qt::ElideRight);
    diffSplit->addWidget(diffTable);
    m_diffDetail = new QPlainTextEdit(diffSplit);
    m_diffDetail->setObjectName(u"planDiffDetail"_s);
    m_diffDetail->setReadOnly(true);
    m_diffDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diffDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffDetail->setFrameShape(QFrame::NoFrame);
    m_diffDetail->document()->setDocumentMargin(10);
    m_diffDetail->setPlaceholderText(tr("Select a change to see it line by line."));
    diffSplit->addWidget(m_diffDetail);
    diffSplit->setSizes({200, 300});
    versionsLayout->addWidget(diffSplit, 1);
    connect(
        diffTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_diffDetail->setPlainText(
                current.isValid()
                    ? lineDiff(
                          current.siblingAtColumn(PlanDiffModel::Before).data(PlanDiffModel::FullTextRole).toString(),
                          current.siblingAtColumn(PlanDiffModel::After).data(PlanDiffModel::FullTextRole).toString())
                    : QString());
        });
    connect(m_diff, &QAbstractItemModel::modelReset, diffTable, [diffTable] {
        diffTable->resizeColumnToContents(PlanDiffModel::Service);
        diffTable->resizeColumnToContents(PlanDiffModel::Field);
        diffTable->setColumnWidth(PlanDiffModel::Before, std::max(200, diffTable->viewport()->width() / 3));
        if (diffTable->model()->rowCount() > 0)
            diffTable->setCurrentIndex(diffTable->model()->index(0, 0));
    });
    connect(m_diffBase, &QComboBox::currentIndexChanged, this, &InfrastructurePanel::updateDiff);
    auto *versionsEmpty = new EmptyStateWidget(u"plan"_s, this);
    versionsEmpty->setObjectName(u"planVersionsEmptyState"_s);
    versionsEmpty->setTitle(tr("One version so far"));
    versionsEmpty->setText(tr("Each regeneration and each edit makes a new plan version; earlier ones are kept. "
                              "Once there are two, this tab shows what changed between them."));
    m_versionsStack = stackOf(versionsPage, versionsEmpty, this);
    addTab(m_versionsStack, icons::themed(u"plan"_s), tr("Versions"));

    // The plan's state where every tab shows it: version and status, or that it is stale.
    m_cornerStatus = new QToolButton(this);
    m_cornerStatus->setObjectName(u"planCornerStatusButton"_s);
    m_cornerStatus->setAutoRaise(true);
    m_cornerStatus->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cornerStatus->hide();
    connect(m_cornerStatus, &QToolButton::clicked, this, [this] { setCurrentIndex(PlanTab); });
    setCornerWidget(m_cornerStatus, Qt::TopRightCorner);
    connect(this, &QTabWidget::currentChanged, this, &InfrastructurePanel::noteReviewed);

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
    m_deployBar->setProjectId(projectId);
    updateEmptyStates();
    updatePlan();
}

void InfrastructurePanel::refresh()
{
    m_deployBar->refresh();
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
    m_envStack->setCurrentIndex(m_env->rowCount() > 0 ? 0 : 1);
}

void InfrastructurePanel::setSecretStore(secrets::SecretStore *store)
{
    m_secrets = store;
    updatePlan();
}

secrets::SecretStore *InfrastructurePanel::secretStore()
{
    if (!m_secrets) {
        auto store = std::make_unique<secrets::KeychainSecretStore>();
        m_secrets = store.get();
        m_ownedSecrets = std::move(store);
    }
    return m_secrets;
}

void InfrastructurePanel::updatePlan()
{
    m_plan = m_projectId > 0 ? m_core.plans().latest(m_projectId) : std::nullopt;
    m_document.reset();
    const auto project = m_core.projects().find(m_projectId);
    const bool hasServices = project && !project->services.isEmpty();
    m_planStack->setCurrentIndex(m_plan ? 0 : 1);
    m_emptyGenerate->setEnabled(hasServices && !m_generating);
    m_emptyGenerate->setText(m_generating ? tr("Generating…") : tr("Generate Plan"));
    m_emptyGenerate->setToolTip(hasServices ? QString() : tr("The project has no services to plan for."));

    QString readError;
    if (m_plan) {
        auto document = planning::planDocument(*m_plan);
        if (document)
            m_document = *document;
        else
            readError = document.error().message;
    }
    const planning::PlanDocument shown = m_document.value_or(planning::PlanDocument{});
    m_dockerfiles->setDocument(shown);
    m_domains->setDocument(shown);
    m_postDeploy->setDocument(shown);
    m_secretsModel->setDocument(shown);
    m_secretsSection->setVisible(m_secretsModel->rowCount() > 0);
    m_secretSet->setEnabled(false);
    m_dockerfilesEmpty->setText(
        m_document ? tr("Every service of this plan runs from an image, so nothing is built from a Dockerfile.")
                   : tr("Each built service gets a Dockerfile: the one in your source when there is one, otherwise "
                        "one Hydron generates with the plan. Generate a plan in the Overview tab to see them."));
    m_dockerfilesStack->setCurrentIndex(m_dockerfiles->rowCount() > 0 ? 0 : 1);
    m_domainsStack->setCurrentIndex(m_domains->rowCount() > 0 ? 0 : 1);
    {
        const QSignalBlocker blocker(m_domainService);
        const QString previous = m_domainService->currentText();
        m_domainService->clear();
        for (const planning::PlanService &s : shown.services) {
            if (s.isPublic)
                m_domainService->addItem(s.name);
        }
        const int keep = m_domainService->findText(previous);
        m_domainService->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_postDeployStack->setCurrentIndex(m_postDeploy->rowCount() > 0 ? 0 : 1);
    {
        const QSignalBlocker blocker(m_commandService);
        const QString previous = m_commandService->currentText();
        m_commandService->clear();
        for (const planning::PlanService &s : shown.services) {
            if (s.kind != ServiceKind::Backing)
                m_commandService->addItem(s.name);
        }
        const int keep = m_commandService->findText(previous);
        m_commandService->setCurrentIndex(keep >= 0 ? keep : 0);
        m_commandService->setEnabled(m_document.has_value());
        m_commandText->setEnabled(m_document.has_value() && m_commandService->count() > 0);
    }

    // Which secrets the keychain already holds (only where a store was given: no keychain prompt
    // just for looking at a plan).
    if (m_secrets && m_document && m_projectId > 0) {
        for (const planning::PlanSecret &secret : std::as_const(m_document->secrets)) {
            const QString ref = secret.ref;
            m_secrets->read(secretKeyFor(m_projectId, ref), m_secretsModel, [this, ref](Result<QString> value) {
                m_secretsModel->setStored(ref, value.has_value() && !value->isEmpty());
            });
        }
    }

    // Keep the Dockerfile that was being looked at, else show the first.
    int dockerRow = 0;
    for (int row = 0; row < m_dockerfiles->rowCount(); ++row) {
        if (m_dockerfiles->serviceAt(row) == m_editedService)
            dockerRow = row;
    }
    if (m_dockerfiles->rowCount() > 0)
        m_dockerfileTable->setCurrentIndex(m_dockerfiles->index(dockerRow, 0));
    showDockerfile();

    // Versions: every earlier one can be compared with the newest.
    {
        const QSignalBlocker blocker(m_diffBase);
        const QVariant previous = m_diffBase->currentData();
        m_diffBase->clear();
        if (m_plan) {
            const QList<Plan> plans = m_core.plans().plans(m_projectId);
            for (auto it = plans.crbegin(); it != plans.crend(); ++it) {
                if (it->id != m_plan->id)
                    m_diffBase->addItem(tr("Version %1 (%2)").arg(it->version).arg(Plan::statusLabel(it->status)),
                                        it->id);
            }
        }
        const int keep = m_diffBase->findData(previous);
        m_diffBase->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_versionsStack->setCurrentIndex(m_diffBase->count() > 0 ? 0 : 1);
    updateDiff();

    m_generate->setEnabled(hasServices && !m_generating);
    m_generate->setText(m_generating ? tr("Generating…") : tr("Regenerate"));
    if (!m_plan) {
        m_staleBanner->hide();
        m_cornerStatus->hide();
        compileSteps();
        return;
    }
    const bool stale = project && planning::isStale(*m_plan, *project);
    m_planVersion->setText(tr("Version %1").arg(m_plan->version));
    m_planStatus->setText(stale && m_plan->status != Plan::Status::Stale
                              ? tr("%1, now stale").arg(Plan::statusLabel(m_plan->status))
                              : Plan::statusLabel(m_plan->status));
    m_planCreated->setText(QLocale().toString(m_plan->createdAt.toLocalTime(), QLocale::LongFormat));
    m_planHistory->setText(
        m_plan->version > 1
            ? style::counted(tr("%n earlier version(s) kept.", nullptr, m_plan->version - 1), m_plan->version - 1)
            : tr("This is the project's first plan."));
    m_planStale->showError(stale ? tr("The services changed after this plan was made, so it is stale: it no longer "
                                      "describes what would be deployed. Regenerate it from the current services.")
                                 : QString());
    m_staleBanner->setVisible(stale);
    // Only a stale plan takes room beside the tabs (seven tabs already fill the workspace's width).
    m_cornerStatus->setText(tr("Stale plan"));
    m_cornerStatus->setToolTip(
        tr("Version %1 no longer matches the services; show it to regenerate.").arg(m_plan->version));
    m_cornerStatus->setStyleSheet(
        u"QToolButton { color: %1; }"_s.arg(style::runStatusColor(RunStatus::Failed, palette()).name()));
    m_cornerStatus->setVisible(stale);
    m_generate->setVisible(!stale); // the banner's Regenerate says it there

    QList<planning::PlanProblem> problems;
    if (m_document)
        problems = planning::validatePlan(*m_document);
    QStringList problemLines;
    if (!readError.isEmpty())
        problemLines << tr("This plan cannot be read: %1 Regenerate it.").arg(readError);
    for (const planning::PlanProblem &problem : std::as_const(problems))
        problemLines << u"• "_s + problem.message;
    m_planProblems->showError(
        problemLines.isEmpty() ? QString()
                               : (m_plan->status == Plan::Status::Approved
                                      ? tr("This approved version has problems; a corrected version needs approving:")
                                      : tr("Fix these before approving:")) +
                                     u'\n' + problemLines.join(u'\n'));
    if (!readError.isEmpty() && problemLines.size() == 1)
        m_planProblems->showError(problemLines.constFirst());

    const bool approvable = m_document && problems.isEmpty() && !stale &&
                            (m_plan->status == Plan::Status::Generated || m_plan->status == Plan::Status::Reviewed ||
                             m_plan->status == Plan::Status::Modified);
    m_approve->setEnabled(approvable);
    m_approve->setText(m_plan->status == Plan::Status::Approved ? tr("Approved") : tr("Approve"));
    m_approve->setToolTip(approvable ? tr("Approve this version: it is what a deploy will run.")
                          : stale    ? tr("A stale plan cannot be approved; regenerate it first.")
                          : !problems.isEmpty() || !m_document ? tr("Fix the plan's problems first.")
                                                               : QString());

    if (m_document) {
        const planning::ServerPlan &server = m_document->server;
        // A plan may leave parts of the server open (an edited or model-made plan): say so rather
        // than print a stray comma or "0 vCPU".
        QStringList offer;
        for (const QString &part : {server.offerName, server.location}) {
            if (!part.isEmpty())
                offer << part;
        }
        m_serverOffer->setText(!server.serverName.isEmpty() ? tr("Your server %1").arg(server.serverName)
                               : offer.isEmpty()            ? tr("Not chosen yet")
                                                            : offer.join(u", "_s));
        QStringList spec;
        if (server.cpus > 0)
            spec << tr("%1 vCPU").arg(server.cpus);
        if (server.memoryMb > 0)
            spec << tr("%1 RAM").arg(QLocale().formattedDataSize(qint64(server.memoryMb) * 1024 * 1024, 1,
                                                                 QLocale::DataSizeTraditionalFormat));
        if (server.diskGb > 0)
            spec << tr("%1 GB disk").arg(server.diskGb);
        m_serverSpec->setText(spec.isEmpty() ? tr("Not specified") : spec.join(u" · "_s));
        m_serverPrice->setText(
            server.monthlyPrice > 0
                ? tr("%1 %2 a month").arg(QLocale().toString(server.monthlyPrice, 'f', 2), server.currency)
            : !server.serverName.isEmpty() ? tr("Nothing more: the server is yours already")
                                           : tr("Not known"));
        m_serverReasoning->setText(server.reasoning);
        QStringList notes;
        for (const QString &note : std::as_const(m_document->notes))
            notes << u"• "_s + note;
        m_planNotes->setText(notes.isEmpty() ? QString() : tr("Notes from the planner:") + u'\n' + notes.join(u'\n'));
        m_planNotes->setVisible(!notes.isEmpty());
    } else {
        for (QLabel *label : {m_serverOffer, m_serverSpec, m_serverPrice, m_serverReasoning})
            label->setText(tr("—"));
        m_planNotes->hide();
    }
    compileSteps();
    noteReviewed();
}

void InfrastructurePanel::showDockerfile()
{
    const QModelIndex current = m_dockerfileTable->currentIndex();
    const QSignalBlocker blocker(m_dockerfileEditor);
    if (!current.isValid()) {
        m_editedService.clear();
        m_dockerfileEditor->clear();
        m_dockerfileHint->clear();
    } else {
        m_editedService = m_dockerfiles->serviceAt(current.row());
        const bool generated = current.data(PlanDockerfileModel::GeneratedRole).toBool();
        m_dockerfileEditor->setReadOnly(!generated);
        m_dockerfileEditor->setPlainText(generated ? current.data(PlanDockerfileModel::DockerfileRole).toString()
                                                   : current.data(Qt::ToolTipRole).toString());
        m_dockerfileHint->setText(generated ? tr("Edit it and save: the plan gets a new version, marked modified, "
                                                 "and needs approving again.")
                                            : tr("Hydron builds with your own Dockerfile; change it in the source."));
        if (!generated)
            readSourceDockerfile(m_editedService, current.data(PlanDockerfileModel::PathRole).toString());
    }
    m_dockerfileSave->setEnabled(false);
    m_dockerfileRevert->setEnabled(false);
}

void InfrastructurePanel::readSourceDockerfile(const QString &service, const QString &path)
{
    const quint64 read = ++m_dockerfileReads;
    const auto project = m_core.projects().find(m_projectId);
    const QString root = project ? localSourceRoot(m_core, *project) : QString();
    if (root.isEmpty()) {
        m_dockerfileEditor->setPlainText(
            tr("# %1 is built with the repository's own Dockerfile (%2).\n# Its text shows here once the "
               "repository is on this computer: Hydron fetches it when you deploy.")
                .arg(service, path));
        return;
    }
    const QString file = QDir(root).filePath(path);
    m_dockerfileHint->setText(tr("From the repository: %1 (read-only here; change it in the source).").arg(path));
    // A small file, read off the GUI thread all the same (the source may be on a slow disk).
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, read, service, path] {
        watcher->deleteLater();
        if (read != m_dockerfileReads || service != m_editedService)
            return;
        const Result<QString> text = watcher->result();
        const QSignalBlocker blocker(m_dockerfileEditor);
        m_dockerfileEditor->setPlainText(text ? *text : u"# "_s + text.error().message);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, file, path] {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            promise->addResult(Result<QString>(fail(
                Error::Code::NotFound, InfrastructurePanel::tr("%1 cannot be read: %2").arg(path, f.errorString()))));
        else
            promise->addResult(Result<QString>(QString::fromUtf8(f.read(512 * 1024))));
        promise->finish();
    });
}

void InfrastructurePanel::setStepsExpanded(bool expanded)
{
    if (m_stepsToggle->isChecked() != expanded) {
        m_stepsToggle->setChecked(expanded); // comes back here through toggled()
        return;
    }
    m_stepsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_stepsSection->setVisible(expanded);
    noteReviewed();
}

void InfrastructurePanel::compileSteps()
{
    const auto project = m_core.projects().find(m_projectId);
    if (!m_plan || !m_document || !project) {
        ++m_stepsGeneration;
        m_stepsCompiledFor.clear();
        m_steps->setSteps({});
        m_stepsStatus->setText(tr("Generate a plan to see the steps it runs on the server."));
        Q_EMIT stepsCompiled();
        return;
    }
    // Compile again only when the version or what it builds from changed.
    const QString key = QString::number(m_plan->id) + u'|' + localSourceRoot(m_core, *project);
    if (key == m_stepsCompiledFor)
        return;
    m_stepsCompiledFor = key;
    const quint64 generation = ++m_stepsGeneration;
    m_stepsStatus->setText(tr("Compiling version %1 into steps…").arg(m_plan->version));
    const planning::PlanDocument document = *m_document;
    const Project snapshot = *project;
    const QString root = localSourceRoot(m_core, *project);
    // Secret values are never needed to show the steps: placeholders stand in for them (and the
    // view shows setting names only).
    QHash<QString, QString> placeholders;
    for (const planning::PlanSecret &secret : document.secrets)
        placeholders.insert(secret.ref, u"hydron-placeholder"_s);
    deploy::DeployOptions options;
    options.secretValues = [placeholders](const Project &,
                                          const planning::PlanDocument &) -> Result<QHash<QString, QString>> {
        return placeholders;
    };
    options.sourceRoot = [root](const Project &) {
        return root;
    };
    // Its own folder for packed contexts: the recipe prunes older contexts of a service, which a
    // run under way may still be uploading from the deploy's folder.
    options.cacheDirectory = QDir::temp().filePath(u"hydron-deploy-preview"_s);
    // compilePlan() reads only its arguments and resources (it packs build contexts, hence the
    // worker thread); the stores it is given are not touched there.
    auto recipe =
        std::make_shared<deploy::DeployRecipe>(Run::Kind::Deploy, m_core.projects(), m_core.plans(), nullptr, options);
    using Outcome = Result<deploy::CompiledDeploy>;
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const int version = m_plan->version;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, version, snapshot] {
        watcher->deleteLater();
        if (generation != m_stepsGeneration)
            return;
        const Outcome compiled = watcher->future().resultCount() > 0
                                     ? watcher->result()
                                     : Outcome(fail(Error::Code::Internal, tr("The compiler gave no result.")));
        if (!compiled) {
            m_steps->setSteps({});
            m_stepsStatus->setText(
                snapshot.source.kind == ProjectSource::Kind::Git
                    ? tr("Version %1 cannot be compiled yet: %2 Hydron fetches the repository when you deploy; "
                         "the steps show here after that.")
                          .arg(version)
                          .arg(compiled.error().message)
                    : tr("Version %1 cannot be compiled: %2").arg(version).arg(compiled.error().message));
        } else {
            m_steps->setSteps(compiled->steps);
            m_stepsStatus->setText(
                style::counted(tr("Version %1 runs these %n step(s) on the server, in order (release %2). "
                                  "Expand a step for what it does; select it to read its script. Values stay out "
                                  "of this view.",
                                  nullptr, int(compiled->steps.size())),
                               int(compiled->steps.size()))
                    .arg(version)
                    .arg(compiled->release));
        }
        Q_EMIT stepsCompiled();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, recipe, snapshot, document] {
        promise->addResult(recipe->compilePlan(snapshot, document));
        promise->finish();
    });
}

void InfrastructurePanel::showStepScript()
{
    QModelIndex current = m_stepsTree->currentIndex();
    if (current.isValid() && current.parent().isValid())
        current = current.parent();
    m_stepScript->setPlainText(current.isValid() ? current.siblingAtColumn(0).data(PlanStepModel::ScriptRole).toString()
                                                 : QString());
}

void InfrastructurePanel::noteReviewed()
{
    if (!m_plan || !isVisible())
        return;
    if (currentIndex() == PlanTab && m_planStack->currentIndex() == 0) {
        m_overviewSeenFor = m_plan->id;
        if (m_stepsSection->isVisible())
            m_stepsSeenFor = m_plan->id;
    }
    if (m_plan->status != Plan::Status::Generated || m_overviewSeenFor != m_plan->id || m_stepsSeenFor != m_plan->id)
        return;
    if (planning::isStale(*m_plan, m_core.projects().find(m_projectId).value_or(Project{})))
        return;
    auto changed = m_core.plans().setStatus(m_plan->id, Plan::Status::Reviewed); // updatePlan() follows
    if (!changed)
        MessageBox::error(this, tr("Plan Not Updated"), changed.error());
}

void InfrastructurePanel::updateDiff()
{
    if (!m_document || m_diffBase->count() == 0) {
        m_diff->setDiff({});
        m_diffSummary->clear();
        return;
    }
    const qint64 baseId = m_diffBase->currentData().toLongLong();
    std::optional<planning::PlanDocument> base;
    for (const Plan &plan : m_core.plans().plans(m_projectId)) {
        if (plan.id == baseId) {
            if (auto document = planning::planDocument(plan))
                base = *document;
        }
    }
    if (!base) {
        m_diff->setDiff({});
        m_diffSummary->setText(tr("That version cannot be read."));
        return;
    }
    m_diff->setDiff(planning::diffPlans(*base, *m_document));
    const int changes = m_diff->rowCount();
    m_diffSummary->setText(
        changes == 0
            ? tr("to the newest version: no changes.")
            : style::counted(
                  tr("to the newest version (%1): %n change(s).", nullptr, changes).arg(m_plan ? m_plan->version : 0),
                  changes));
}

void InfrastructurePanel::storePlanVersion(const planning::PlanDocument &document, Plan::Status status)
{
    const auto project = m_core.projects().find(m_projectId);
    if (!project)
        return;
    Plan plan = planning::makePlan(*project, document);
    plan.status = status;
    if (status == Plan::Status::Modified && m_plan) // an edit does not make a stale plan current
        plan.servicesFingerprint = m_plan->servicesFingerprint;
    auto added = m_core.plans().add(plan);
    if (!added) {
        MessageBox::error(this, tr("Plan Not Saved"), added.error());
        return;
    }
    if (status == Plan::Status::Generated)
        Q_EMIT planGenerated(*added);
}

void InfrastructurePanel::generatePlan()
{
    if (m_generating)
        return;
    const auto project = m_core.projects().find(m_projectId);
    if (!project || project->services.isEmpty()) {
        Q_EMIT planFailed(tr("The project has no services to plan for."));
        return;
    }
    planning::PlanOptions options;
    if (project->source.kind == ProjectSource::Kind::Folder && QFileInfo(project->source.location).isDir())
        options.sourceRoot = project->source.location;
    // Domains the newest version gave keep their services.
    if (m_document) {
        for (const planning::PlanService &s : std::as_const(m_document->services)) {
            for (const planning::PlanDomain &d : s.domains)
                options.domains[s.name] << d.host;
        }
    }

    using Outcome = Result<planning::PlanDocument>;
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    const qint64 projectId = m_projectId;
    const Project snapshot = *project;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectId, snapshot] {
        watcher->deleteLater();
        m_generating = false;
        const Outcome outcome = watcher->future().resultCount() > 0
                                    ? watcher->result()
                                    : Outcome(fail(Error::Code::Internal, tr("The planner gave no result.")));
        if (projectId != m_projectId) { // another project was opened meanwhile
            updatePlan();
            return;
        }
        if (!outcome) {
            updatePlan();
            MessageBox::error(this, tr("No Plan Made"), outcome.error());
            Q_EMIT planFailed(outcome.error().message);
            return;
        }
        Plan plan = planning::makePlan(snapshot, *outcome);
        auto added = m_core.plans().add(plan); // updatePlan() follows from the store's signal
        if (!added) {
            updatePlan();
            MessageBox::error(this, tr("Plan Not Saved"), added.error());
            Q_EMIT planFailed(added.error().message);
            return;
        }
        Q_EMIT planGenerated(*added);
    });
    watcher->setFuture(promise->future());
    m_generating = true;
    updatePlan();
    promise->start();
    QThreadPool::globalInstance()->start([promise, snapshot, options] {
        promise->addResult(planning::generatePlan(snapshot, options));
        promise->finish();
    });
}

void InfrastructurePanel::approvePlan()
{
    if (!m_plan || !m_approve->isEnabled())
        return;
    auto changed = m_core.plans().setStatus(m_plan->id, Plan::Status::Approved);
    if (!changed)
        MessageBox::error(this, tr("Plan Not Approved"), changed.error());
}

void InfrastructurePanel::saveDockerfile()
{
    if (!m_document || m_editedService.isEmpty())
        return;
    planning::PlanDocument document = *m_document;
    planning::PlanService *service = document.service(m_editedService);
    if (!service || !service->build || !service->build->dockerfile.isEmpty())
        return;
    service->build->generatedDockerfile = m_dockerfileEditor->toPlainText();
    storePlanVersion(document, Plan::Status::Modified);
}

void InfrastructurePanel::addDomain()
{
    if (!m_document)
        return;
    const QString host = m_domainHost->text().trimmed().toLower();
    QString why;
    if (!planning::isValidDomain(host, &why)) {
        m_domainError->showError(host.isEmpty() ? tr("Type a domain, e.g. app.example.com.")
                                                : tr("\"%1\" is not a domain: %2").arg(host, why));
        return;
    }
    planning::PlanDocument document = *m_document;
    for (const planning::PlanService &s : std::as_const(document.services)) {
        for (const planning::PlanDomain &d : s.domains) {
            if (d.host == host) {
                m_domainError->showError(tr("%1 already leads to %2.").arg(host, s.name));
                return;
            }
        }
    }
    planning::PlanService *service = document.service(m_domainService->currentText());
    if (!service) {
        m_domainError->showError(tr("The plan has no public service to give a domain to."));
        return;
    }
    const int tls = m_domainTls->currentData().toInt();
    planning::PlanDomain domain{host, tls >= 0                       ? planning::TlsMode(tls)
                                      : planning::isTestDomain(host) ? planning::TlsMode::Internal
                                                                     : planning::TlsMode::Acme};
    service->domains.append(domain);
    m_domainError->showError({});
    m_domainHost->clear();
    storePlanVersion(document, Plan::Status::Modified);
}

void InfrastructurePanel::removeDomain(int row)
{
    if (!m_document || row < 0 || row >= m_domains->rowCount())
        return;
    const QString service = m_domains->index(row, PlanDomainModel::Service).data().toString();
    const QString host = m_domains->index(row, PlanDomainModel::Host).data(PlanDomainModel::HostRole).toString();
    planning::PlanDocument document = *m_document;
    planning::PlanService *s = document.service(service);
    if (!s || host.isEmpty())
        return;
    s->domains.removeIf([&](const planning::PlanDomain &d) { return d.host == host; });
    storePlanVersion(document, Plan::Status::Modified);
}

void InfrastructurePanel::addPostDeployCommand()
{
    const QString command = m_commandText->text().trimmed();
    if (!m_document || command.isEmpty())
        return;
    planning::PlanDocument document = *m_document;
    planning::PlanService *service = document.service(m_commandService->currentText());
    if (!service)
        return;
    service->postDeploy.append(command);
    m_commandText->clear();
    storePlanVersion(document, Plan::Status::Modified);
}

void InfrastructurePanel::removePostDeployCommand(int row)
{
    if (!m_document || row < 0 || row >= m_postDeploy->rowCount())
        return;
    const QString service = m_postDeploy->index(row, PlanPostDeployModel::Service).data().toString();
    const QString command = m_postDeploy->index(row, PlanPostDeployModel::Command).data().toString();
    planning::PlanDocument document = *m_document;
    planning::PlanService *s = document.service(service);
    if (!s || !s->postDeploy.removeOne(command))
        return;
    storePlanVersion(document, Plan::Status::Modified);
}

void InfrastructurePanel::setSecretValue()
{
    const QString ref = m_secretsModel->referenceAt(m_secretsTable->currentIndex().row());
    if (ref.isEmpty() || m_projectId <= 0)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"planSecretValueDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set Secret Value"));
    dialog->setLabelText(tr("The value of %1. It goes to your system keychain and is never shown again.").arg(ref));
    dialog->setTextEchoMode(QLineEdit::Password);
    const qint64 projectId = m_projectId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ref, projectId](const QString &value) {
        if (value.isEmpty())
            return;
        secretStore()->write(secretKeyFor(projectId, ref), value, m_secretsModel, [this, ref](Result<void> done) {
            if (!done) {
                MessageBox::error(this, tr("Secret Not Stored"), done.error());
                return;
            }
            m_secretsModel->setStored(ref, true);
        });
    });
    dialog->open();
}

} // namespace hydron::ui
