// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newprojectreviewpage.h"

#include "core/source/imagereference.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/models/wizardenvmodel.h"
#include "ui/models/wizardfindingmodel.h"
#include "ui/models/wizardservicemodel.h"
#include "ui/newprojectwizard.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

constexpr std::array editableKinds{ServiceKind::Web,    ServiceKind::Api, ServiceKind::Worker,
                                   ServiceKind::Static, ServiceKind::Job, ServiceKind::Backing};

// The Kind column edits with a combo box of the kinds.
class KindDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != WizardServiceModel::Kind)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"serviceKindCombo"_s);
        for (ServiceKind kind : editableKinds)
            combo->addItem(serviceKindLabel(kind), static_cast<int>(kind));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

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
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    style::fitColumnsToContents(table);
    return table;
}

// A service name from an image: the last part of its repository, as a host name.
QString serviceNameFor(const QString &image)
{
    QString name;
    if (const auto parsed = source::ImageReference::parse(image))
        name = parsed->repository().section(u'/', -1);
    name = name.toLower().replace(QRegularExpression(u"[^a-z0-9-]+"_s), u"-"_s);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? u"app"_s : name.left(63);
}

// What the planner will build the service from, in one line: "python 3.12 · flask · pip ·
// start: gunicorn app:app · build: pip install -r requirements.txt".
QString factsOf(const Service &s)
{
    QStringList parts;
    if (!s.language.isEmpty())
        parts << (s.languageVersion.isEmpty() ? s.language : s.language + u' ' + s.languageVersion);
    for (const QString &part : {s.framework, s.packageManager}) {
        if (!part.isEmpty())
            parts << part;
    }
    if (!s.start.isEmpty())
        parts << NewProjectReviewPage::tr("start: %1").arg(s.start);
    if (!s.build.isEmpty())
        parts << NewProjectReviewPage::tr("build: %1").arg(s.build);
    if (!s.dockerfile.isEmpty())
        parts << NewProjectReviewPage::tr("Dockerfile: %1").arg(QDir::cleanPath(s.path + u'/' + s.dockerfile));
    if (!s.portEnv.isEmpty())
        parts << NewProjectReviewPage::tr("port from $%1").arg(s.portEnv);
    if (!s.volumes.isEmpty())
        parts << NewProjectReviewPage::tr("volumes: %1").arg(s.volumes.join(u", "_s));
    return parts.join(u" · "_s);
}

} // namespace

NewProjectReviewPage::NewProjectReviewPage(NewProjectWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"newProjectReviewPage"_s);
    setTitle(tr("Review the services"));
    setSubTitle(tr("This is what Hydron will deploy. Double-click a cell to change it; select a service to see why "
                   "Hydron found it."));

    WizardServiceModel *services = wizard->serviceModel();
    m_env = new WizardEnvModel(services, this);
    m_evidence = new WizardFindingModel(WizardFindingModel::Kind::Evidence, this);
    m_external = new WizardFindingModel(WizardFindingModel::Kind::External, this);
    m_warnings = new WizardFindingModel(WizardFindingModel::Kind::Warnings, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_summary = new style::SecondaryLabel(this);
    m_summary->setObjectName(u"reviewSummaryLabel"_s);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto *add = new QPushButton(icons::themed(u"add"_s), tr("Add Service"), this);
    add->setObjectName(u"addServiceButton"_s);
    m_remove = new QPushButton(icons::themed(u"delete"_s), tr("Remove"), this);
    m_remove->setObjectName(u"removeServiceButton"_s);
    m_remove->setToolTip(tr("Remove the selected service; nothing depends on it any more"));
    add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    top->addWidget(add, 0, Qt::AlignBottom);
    top->addWidget(m_remove, 0, Qt::AlignBottom);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    m_table = makeTable(services, u"reviewServicesTable"_s, splitter);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new KindDelegate(m_table));
    m_table->setAccessibleName(tr("Services"));
    splitter->addWidget(m_table);

    m_details = new QTabWidget(splitter);
    m_details->setObjectName(u"reviewDetailsTabs"_s);
    m_details->setDocumentMode(true);

    auto *evidencePage = new QWidget(m_details);
    auto *evidenceLayout = new QVBoxLayout(evidencePage);
    evidenceLayout->setContentsMargins(0, 8, 0, 0);
    evidenceLayout->setSpacing(6);
    m_facts = new QLabel(evidencePage);
    m_facts->setObjectName(u"reviewFactsLabel"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    evidenceLayout->addWidget(m_facts);
    m_origin = new style::SecondaryLabel(evidencePage);
    m_origin->setObjectName(u"reviewOriginLabel"_s);
    m_origin->setWordWrap(true);
    evidenceLayout->addWidget(m_origin);
    m_evidenceTable = makeTable(m_evidence, u"reviewEvidenceTable"_s, evidencePage);
    evidenceLayout->addWidget(m_evidenceTable, 1);
    m_details->addTab(evidencePage, icons::themed(u"search"_s), tr("Evidence"));

    auto *envPage = new QWidget(m_details);
    auto *envLayout = new QVBoxLayout(envPage);
    envLayout->setContentsMargins(0, 8, 0, 0);
    envLayout->setSpacing(6);
    m_envTable = makeTable(m_env, u"reviewEnvTable"_s, envPage);
    m_envTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::SelectedClicked);
    envLayout->addWidget(m_envTable, 1);
    auto *envButtons = new QHBoxLayout;
    auto *envHint = new style::SecondaryLabel(tr("Tick Secret for passwords, keys and tokens: their values go to your "
                                                 "system keychain, never to Hydron's database."),
                                              envPage);
    envHint->setWordWrap(true);
    envButtons->addWidget(envHint, 1);
    m_addVariable = new QPushButton(icons::themed(u"add"_s), tr("Add Variable"), envPage);
    m_addVariable->setObjectName(u"addVariableButton"_s);
    m_removeVariable = new QPushButton(icons::themed(u"delete"_s), tr("Remove Variable"), envPage);
    m_removeVariable->setObjectName(u"removeVariableButton"_s);
    m_addVariable->setAutoDefault(false);
    m_removeVariable->setAutoDefault(false);
    envButtons->addWidget(m_addVariable);
    envButtons->addWidget(m_removeVariable);
    envLayout->addLayout(envButtons);
    m_details->addTab(envPage, icons::themed(u"environment"_s), tr("Environment"));

    m_details->addTab(makeTable(m_external, u"reviewExternalTable"_s, m_details), icons::themed(u"link"_s),
                      tr("Integrations"));
    m_details->addTab(makeTable(m_warnings, u"reviewWarningsTable"_s, m_details), icons::themed(u"info"_s),
                      tr("Warnings"));
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_editError = new style::InlineErrorLabel(this);
    m_editError->setObjectName(u"reviewEditError"_s);
    layout->addWidget(m_editError);
    m_saveError = new style::InlineErrorLabel(this);
    m_saveError->setObjectName(u"reviewSaveError"_s);
    layout->addWidget(m_saveError);

    connect(add, &QPushButton::clicked, this, &NewProjectReviewPage::addService);
    connect(m_remove, &QPushButton::clicked, this, &NewProjectReviewPage::removeService);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NewProjectReviewPage::showSelected);
    connect(services, &WizardServiceModel::editRejected, m_editError, &style::InlineErrorLabel::showError);
    connect(m_env, &WizardEnvModel::editRejected, m_editError, &style::InlineErrorLabel::showError);
    connect(services, &QAbstractItemModel::dataChanged, this, [this] {
        m_editError->showError({});
        m_saveError->showError({});
        updateSummary();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(services, signal, this, [this] {
            updateSummary();
            Q_EMIT completeChanged();
        });
    }
    connect(services, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(services, &WizardServiceModel::environmentChanged, this, [this] {
        m_editError->showError({});
        updateSummary();
    });
    connect(m_addVariable, &QPushButton::clicked, this, [this] {
        const int row = m_env->addVariable();
        if (row >= 0) {
            m_envTable->setCurrentIndex(m_env->index(row, WizardEnvModel::Name));
            m_envTable->edit(m_env->index(row, WizardEnvModel::Name));
        }
    });
    connect(m_removeVariable, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_envTable->currentIndex();
        if (current.isValid())
            m_env->removeVariable(current.row());
    });
    auto updateEnvButtons = [this] {
        m_addVariable->setEnabled(m_env->serviceRow() >= 0);
        m_removeVariable->setEnabled(m_envTable->currentIndex().isValid());
        m_details->setTabText(1, m_env->rowCount() > 0 ? tr("Environment (%1)").arg(m_env->rowCount())
                                                       : tr("Environment"));
    };
    connect(m_env, &QAbstractItemModel::modelReset, this, updateEnvButtons);
    connect(m_env, &QAbstractItemModel::rowsInserted, this, updateEnvButtons);
    connect(m_env, &QAbstractItemModel::rowsRemoved, this, updateEnvButtons);
    connect(m_envTable->selectionModel(), &QItemSelectionModel::currentChanged, this, updateEnvButtons);
}

void NewProjectReviewPage::initializePage()
{
    if (m_builtVersion != m_wizard->sourceVersion())
        rebuild();
    m_saveError->showError({});
    m_editError->showError({});
}

void NewProjectReviewPage::cleanupPage()
{
    // Going back keeps the edits: they are thrown away only when the source changes.
}

void NewProjectReviewPage::rebuild()
{
    m_builtVersion = m_wizard->sourceVersion();
    const NewProjectChoice &choice = m_wizard->choice();
    QList<WizardService> services;
    QList<analysis::ExternalService> external;
    QList<analysis::Warning> warnings;
    switch (choice.kind) {
    case ProjectSource::Kind::Git:
    case ProjectSource::Kind::Folder:
        if (const auto &result = m_wizard->analysis()) {
            for (const analysis::DetectedService &d : result->services) {
                services.append({d.toService(),
                                 d.evidence,
                                 d.path == u"."_s ? tr("Detected in the root folder of the source")
                                                  : tr("Detected in the folder %1").arg(d.path),
                                 {}});
            }
            for (const analysis::BackingService &b : result->backing) {
                QString origin = b.version.isEmpty() ? tr("A %1 backing service").arg(b.kind)
                                                     : tr("A %1 %2 backing service").arg(b.kind, b.version);
                if (!b.usedBy.isEmpty())
                    origin = tr("%1, used by %2").arg(origin, b.usedBy.join(u", "_s));
                services.append({b.toService(), b.evidence, origin, {}});
            }
            external = result->external;
            warnings = result->warnings;
        }
        break;
    case ProjectSource::Kind::Image: {
        Service s;
        s.name = serviceNameFor(choice.image);
        s.source = ServiceSource::Image;
        s.image = choice.image;
        s.ports = choice.imagePorts;
        s.env = choice.imageEnv;
        services.append({s, {}, tr("Runs the image %1, as you gave it").arg(choice.image), {}});
        break;
    }
    case ProjectSource::Kind::Template:
        if (const source::AppTemplate *t = m_wizard->findTemplate(choice.templateId)) {
            for (const Service &s : t->toServices())
                services.append({s, {}, tr("From the template %1").arg(t->name()), {}});
        }
        break;
    case ProjectSource::Kind::None:
        break;
    }
    m_wizard->serviceModel()->setServices(services);
    m_external->setExternal(external);
    m_warnings->setWarnings(warnings);
    // Empty tabs say why they are empty instead of showing a blank table.
    const bool analysed = m_wizard->analysis().has_value();
    const QString none = analysed ? tr("The analysis found none.")
                                  : tr("Only the analysis of a Git repository or a folder finds these.");
    m_details->setTabText(2, external.isEmpty() ? tr("Integrations") : tr("Integrations (%1)").arg(external.size()));
    m_details->setTabEnabled(2, !external.isEmpty());
    m_details->setTabToolTip(2, external.isEmpty() ? none
                                                   : tr("External services the code talks to (payments, mail, "
                                                        "storage…): not deployed, but their keys are needed."));
    m_details->setTabText(3, warnings.isEmpty() ? tr("Warnings") : tr("Warnings (%1)").arg(warnings.size()));
    m_details->setTabEnabled(3, !warnings.isEmpty());
    m_details->setTabToolTip(3, warnings.isEmpty() ? none : tr("What the analysis could not read or decide."));
    if (m_details->currentIndex() >= 2 && !m_details->isTabEnabled(m_details->currentIndex()))
        m_details->setCurrentIndex(0);
    selectService(services.isEmpty() ? -1 : 0);
    updateSummary();
}

void NewProjectReviewPage::selectService(int row)
{
    if (row < 0) {
        m_table->setCurrentIndex({});
        showSelected();
        return;
    }
    m_table->setCurrentIndex(m_wizard->serviceModel()->index(row, WizardServiceModel::Name));
    m_table->selectRow(row);
    showSelected();
}

void NewProjectReviewPage::showSelected()
{
    const int row = m_table->currentIndex().row();
    const WizardService *service = m_wizard->serviceModel()->serviceAt(row);
    m_remove->setEnabled(service);
    if (m_env->serviceRow() != row)
        m_env->setServiceRow(service ? row : -1);
    if (!service) {
        m_evidence->clear();
        m_origin->setText(tr("Select a service to see why Hydron found it."));
        m_facts->hide();
        m_details->setTabText(0, tr("Evidence"));
        return;
    }
    m_evidence->setEvidence(service->evidence);
    m_facts->setText(factsOf(service->service));
    m_facts->setVisible(!m_facts->text().isEmpty());
    m_origin->setText(service->evidence.isEmpty()
                          ? tr("%1. No files to show: nothing was analysed for it.").arg(service->origin)
                          : tr("%1. What Hydron found, and where:").arg(service->origin));
    m_details->setTabText(0, service->evidence.isEmpty() ? tr("Evidence")
                                                         : tr("Evidence (%1)").arg(service->evidence.size()));
}

void NewProjectReviewPage::addService()
{
    const ServiceSource source =
        m_wizard->choice().kind == ProjectSource::Kind::Git || m_wizard->choice().kind == ProjectSource::Kind::Folder
            ? ServiceSource::Git
            : ServiceSource::Image;
    const int row = m_wizard->serviceModel()->addService(source);
    selectService(row);
    m_table->edit(m_wizard->serviceModel()->index(row, WizardServiceModel::Name));
}

void NewProjectReviewPage::removeService()
{
    const int row = m_table->currentIndex().row();
    if (!m_wizard->serviceModel()->removeService(row))
        return;
    const int count = m_wizard->serviceModel()->rowCount();
    selectService(count == 0 ? -1 : std::min(row, count - 1));
}

void NewProjectReviewPage::updateSummary()
{
    int apps = 0;
    int backing = 0;
    for (const WizardService &s : m_wizard->serviceModel()->services())
        (s.service.kind == ServiceKind::Backing ? backing : apps) += 1;
    if (apps + backing == 0) {
        m_summary->setText(tr("No services. Add at least one to approve the project, or go back and choose another "
                              "source."));
        return;
    }
    const QString counts = backing == 0 ? style::counted(tr("%n service(s)", nullptr, apps), apps)
                           : apps == 0
                               ? style::counted(tr("%n backing service(s)", nullptr, backing), backing)
                               : tr("%1 and %2")
                                     .arg(style::counted(tr("%n service(s)", nullptr, apps), apps),
                                          style::counted(tr("%n backing service(s)", nullptr, backing), backing));
    m_summary->setText(tr("%1. Approve saves the project “%2” with them; you can still change them afterwards.")
                           .arg(counts, m_wizard->choice().name));
}

bool NewProjectReviewPage::isComplete() const
{
    return m_wizard->serviceModel()->rowCount() > 0;
}

bool NewProjectReviewPage::validatePage()
{
    auto saved = m_wizard->save();
    if (saved)
        return true;
    const Error &error = saved.error();
    if (error.detail.isEmpty())
        m_saveError->showError(tr("The project could not be saved: %1").arg(error.message));
    else
        MessageBox::error(this, tr("Could Not Save the Project"), error);
    return false;
}

} // namespace hydron::ui
