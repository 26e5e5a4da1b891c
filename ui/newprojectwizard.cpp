// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newprojectwizard.h"

#include "core/logging.h"
#include "core/secrets/secretstore.h"
#include "core/source/gitfetcher.h"
#include "core/source/gitremote.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/source/templatecatalog.h"
#include "core/store/projectstore.h"
#include "ui/icons.h"
#include "ui/messagebox.h"
#include "ui/models/wizardservicemodel.h"
#include "ui/newprojectfetchpage.h"
#include "ui/newprojectreviewpage.h"
#include "ui/newprojectsourcepage.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace hydron::ui {

ProjectType projectTypeFor(const QList<Service> &services)
{
    int apps = 0;
    int apis = 0;
    int statics = 0;
    int workers = 0;
    for (const Service &s : services) {
        if (s.kind == ServiceKind::Backing)
            continue;
        ++apps;
        apis += s.kind == ServiceKind::Api ? 1 : 0;
        statics += s.kind == ServiceKind::Static ? 1 : 0;
        workers += s.kind == ServiceKind::Worker || s.kind == ServiceKind::Job ? 1 : 0;
    }
    if (apps == 0)
        return ProjectType::Other;
    if (apps == 1) {
        if (apis == 1)
            return ProjectType::Api;
        if (statics == 1)
            return ProjectType::StaticSite;
        if (workers == 1)
            return ProjectType::Worker;
        return ProjectType::WebApp;
    }
    // A web app with its worker stays a web app; more than that is a set of services.
    if (apps == 2 && workers == 1)
        return ProjectType::WebApp;
    return ProjectType::Microservice;
}

NewProjectWizard::NewProjectWizard(Dependencies dependencies, QWidget *parent)
    : QWizard(parent)
    , m_deps(std::move(dependencies))
{
    setObjectName(u"newProjectWizard"_s);
    setWindowTitle(tr("New Project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton, false);
    setButtonText(QWizard::FinishButton, tr("&Approve"));
    button(QWizard::NextButton)->setObjectName(u"wizardNextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"wizardBackButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"wizardApproveButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"wizardCancelButton"_s);
    button(QWizard::FinishButton)->setToolTip(tr("Save the project with these services"));
    resize(980, 700);

    auto catalog = source::TemplateCatalog::load(
        m_deps.templateDirectory.isEmpty() ? source::TemplateCatalog::BuiltInDirectory : m_deps.templateDirectory);
    if (catalog)
        m_templates = catalog->templates();
    else
        m_templateError = catalog.error();

    m_services = new WizardServiceModel(this);
    m_sourcePage = new NewProjectSourcePage(this);
    m_fetchPage = new NewProjectFetchPage(this);
    m_reviewPage = new NewProjectReviewPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(FetchPageId, m_fetchPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(SourcePageId);
}

NewProjectWizard::~NewProjectWizard() = default;

void NewProjectWizard::setChoice(NewProjectChoice choice)
{
    m_choice = std::move(choice);
    m_analysis.reset();
    ++m_sourceVersion;
}

void NewProjectWizard::setAnalysis(std::optional<analysis::AnalysisResult> result)
{
    m_analysis = std::move(result);
    ++m_sourceVersion;
}

const source::AppTemplate *NewProjectWizard::findTemplate(const QString &id) const
{
    for (const source::AppTemplate &t : m_templates) {
        if (t.id() == id)
            return &t;
    }
    return nullptr;
}

void NewProjectWizard::trustHostKey(const QString &fingerprint)
{
    if (!m_trustedHostKeys.contains(fingerprint))
        m_trustedHostKeys << fingerprint;
    // Remembered for the project's later fetches too (deploys, the assistant, the CLI): the
    // user has accepted this host's key once.
    if (source::GitFetcher *git = fetcher()) {
        if (auto remembered = git->rememberHostKey(choice().git.url, fingerprint); !remembered)
            logging::logger(logging::Channel::Git)
                ->warn("host key not remembered: {}", remembered.error().toString().toStdString());
    }
}

Project NewProjectWizard::projectToSave() const
{
    Project project;
    project.name = m_choice.name;
    project.services = m_services->toServices();
    project.type = projectTypeFor(project.services);
    project.source.kind = m_choice.kind;
    switch (m_choice.kind) {
    case ProjectSource::Kind::Git: {
        const auto remote = source::GitRemote::parse(m_choice.git.url);
        project.source.location = remote ? remote->url() : m_choice.git.url; // never a token
        project.source.ref = m_choice.git.ref;
        break;
    }
    case ProjectSource::Kind::Folder:
        project.source.location = m_choice.folder;
        break;
    case ProjectSource::Kind::Image:
        project.source.location = m_choice.image;
        break;
    case ProjectSource::Kind::Template:
        project.source.location = m_choice.templateId;
        break;
    case ProjectSource::Kind::None:
        break;
    }
    return project;
}

Result<Project> NewProjectWizard::save()
{
    auto saved = m_deps.projects.add(projectToSave());
    if (!saved)
        return saved;
    // Secret values typed during the review go to the keychain, under the saved project's id.
    // The wizard closes now; its parent (the dashboard) outlives it and hears of failures.
    QWidget *context = parentWidget() ? parentWidget() : this;
    auto notStored = [context](const Error &error) {
        MessageBox::error(context, tr("Secret Values Not Stored"),
                          Error{error.code,
                                tr("The project was saved, but its secret values could not be stored in your "
                                   "keychain: %1 Give them again in the Environment tab.")
                                    .arg(error.message),
                                error.detail});
    };
    bool reported = false;
    for (const WizardService &w : m_services->services()) {
        for (const EnvVar &var : w.service.env) {
            const QString value = w.secretValues.value(var.name);
            if (!var.secret || value.isEmpty())
                continue;
            if (!m_deps.secrets) {
                if (!reported)
                    notStored(Error{Error::Code::Unsupported, tr("No keychain is set up."), {}});
                reported = true;
                continue;
            }
            const secrets::SecretKey key{u"project/%1/service/%2"_s.arg(saved->id).arg(w.service.name), var.name};
            m_deps.secrets->write(key, value, context, [notStored](Result<void> written) {
                if (!written)
                    notStored(written.error());
            });
        }
    }
    Q_EMIT projectCreated(*saved);
    return saved;
}

void NewProjectWizard::done(int result)
{
    m_fetchPage->stop(); // a clone or analysis still running ends now; nothing was saved
    QWizard::done(result);
}

} // namespace hydron::ui
