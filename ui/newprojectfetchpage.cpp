// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newprojectfetchpage.h"

#include "core/analysis/analysisjob.h"
#include "core/source/clonejob.h"
#include "core/source/gitfetcher.h"
#include "core/source/gitremote.h"
#include "core/source/keychaincredentialprovider.h"
#include "ui/icons.h"
#include "ui/newprojectwizard.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

QProgressBar *makeBar(const QString &name, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setTextVisible(false);
    bar->setRange(0, 1);
    bar->setValue(0);
    bar->setFixedHeight(8);
    return bar;
}

void setProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0); // busy: the total is not known yet
        return;
    }
    // Keep within int, whatever the counts.
    const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
    bar->setRange(0, static_cast<int>(total / scale));
    bar->setValue(static_cast<int>(std::min(done, total) / scale));
}

void setFinished(QProgressBar *bar)
{
    bar->setRange(0, 1);
    bar->setValue(1);
}

} // namespace

NewProjectFetchPage::NewProjectFetchPage(NewProjectWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"newProjectFetchPage"_s);
    setTitle(tr("Reading the source"));
    setSubTitle(tr("Hydron fetches the source and looks for its services. Nothing is saved until you approve the "
                   "services on the next page."));
    setCommitPage(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);

    auto step = [this, layout](const QString &titleName, QLabel *&title, const QString &barName, QProgressBar *&bar,
                               const QString &statusName, style::SecondaryLabel *&status) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 12);
        rowLayout->setSpacing(6);
        title = new QLabel(row);
        title->setObjectName(titleName);
        style::setFontScale(title, 1.05, QFont::DemiBold);
        rowLayout->addWidget(title);
        bar = makeBar(barName, row);
        rowLayout->addWidget(bar);
        status = new style::SecondaryLabel(row);
        status->setObjectName(statusName);
        status->setWordWrap(true);
        status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rowLayout->addWidget(status);
        layout->addWidget(row);
        return row;
    };
    m_cloneRow = step(u"cloneTitleLabel"_s, m_cloneTitle, u"cloneProgressBar"_s, m_cloneBar, u"cloneStatusLabel"_s,
                      m_cloneStatus);
    step(u"analysisTitleLabel"_s, m_analysisTitle, u"analysisProgressBar"_s, m_analysisBar, u"analysisStatusLabel"_s,
         m_analysisStatus);

    m_outcomeTitle = new QLabel(this);
    m_outcomeTitle->setObjectName(u"fetchOutcomeLabel"_s);
    m_outcomeTitle->setWordWrap(true);
    style::setFontScale(m_outcomeTitle, 1.05, QFont::DemiBold);
    layout->addWidget(m_outcomeTitle);
    m_error = new style::InlineErrorLabel(this);
    m_error->setObjectName(u"fetchErrorLabel"_s);
    layout->addWidget(m_error);
    m_errorDetail = new style::SecondaryLabel(this);
    m_errorDetail->setObjectName(u"fetchErrorDetailLabel"_s);
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_errorDetail);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_cancel = new QPushButton(tr("Cancel Clone"), this);
    m_cancel->setObjectName(u"fetchCancelButton"_s);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(u"fetchRetryButton"_s);
    m_trust = new QPushButton(icons::themed(u"key"_s), tr("Trust This Host Key and Retry"), this);
    m_trust->setObjectName(u"trustHostKeyButton"_s);
    for (QPushButton *button : {m_cancel, m_retry, m_trust})
        button->setAutoDefault(false);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &NewProjectFetchPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &NewProjectFetchPage::start);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_wizard->trustHostKey(m_hostKeyToTrust);
        start();
    });
    setState(State::Idle);
}

bool NewProjectFetchPage::isComplete() const
{
    return m_state == State::Done;
}

void NewProjectFetchPage::initializePage()
{
    start();
}

void NewProjectFetchPage::cleanupPage()
{
    stop();
}

void NewProjectFetchPage::setState(State state)
{
    const bool wasComplete = isComplete();
    m_state = state;
    const bool working = state == State::Preparing || state == State::Cloning || state == State::Analysing;
    m_cancel->setVisible(working);
    m_cancel->setText(state == State::Analysing ? tr("Cancel Analysis") : tr("Cancel Clone"));
    m_retry->setVisible(state == State::Failed || state == State::Cancelled);
    m_trust->setVisible(state == State::Failed && !m_hostKeyToTrust.isEmpty());
    if (working || state == State::Idle) {
        m_outcomeTitle->clear();
        m_error->showError({});
        m_errorDetail->clear();
    }
    m_outcomeTitle->setVisible(!m_outcomeTitle->text().isEmpty());
    m_errorDetail->setVisible(!m_errorDetail->text().isEmpty());
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}

void NewProjectFetchPage::start()
{
    stop();
    ++m_run;
    m_hostKeyToTrust.clear();
    const NewProjectChoice &choice = m_wizard->choice();
    const bool git = choice.kind == ProjectSource::Kind::Git;
    m_cloneRow->setVisible(git);
    m_analysisTitle->setText(git ? tr("Analysing the repository") : tr("Analysing %1").arg(choice.folder));
    m_analysisBar->setRange(0, 1);
    m_analysisBar->setValue(0);
    m_analysisStatus->setText(tr("Waiting for the clone."));
    if (!git) {
        analyse(choice.folder);
        return;
    }
    const auto remote = source::GitRemote::parse(choice.git.url);
    const QString shown = remote ? remote->displayText() : choice.git.url;
    m_cloneTitle->setText(choice.git.ref.isEmpty() ? tr("Cloning %1").arg(shown)
                                                   : tr("Cloning %1 at %2").arg(shown, choice.git.ref));
    m_cloneBar->setRange(0, 0);
    m_cloneStatus->setText(tr("Reading credentials from your keychain…"));
    setState(State::Preparing);

    source::KeychainCredentialProvider *credentials = m_wizard->credentials();
    const int run = m_run;
    auto proceed = [this, run](const QString &note) {
        if (run != m_run || m_state != State::Preparing)
            return;
        clone();
        if (!note.isEmpty())
            m_cloneStatus->setText(note);
    };
    if (!credentials || !remote || remote->isLocal()) {
        proceed({});
    } else if (!choice.gitToken.isEmpty() && remote->isHttp()) {
        credentials->storeToken(remote->host(), {source::KeychainCredentialProvider::DefaultHttpsUser, choice.gitToken},
                                this, [this, proceed](Result<void> stored) {
                                    proceed(stored ? QString()
                                                   : tr("The token is used for this clone but could not be kept in "
                                                        "your keychain: %1")
                                                         .arg(stored.error().message));
                                });
    } else {
        credentials->prepare(choice.git, this, [this, proceed](Result<void> prepared) {
            proceed(prepared ? QString()
                             : tr("Your keychain could not be read (%1); cloning without stored credentials.")
                                   .arg(prepared.error().message));
        });
    }
}

void NewProjectFetchPage::clone()
{
    source::GitFetcher *fetcher = m_wizard->fetcher();
    if (!fetcher) {
        showFailure(tr("Could not clone the repository"),
                    Error{Error::Code::Unsupported, tr("Git is not available in this build of Hydron."), {}});
        return;
    }
    source::CloneRequest request = m_wizard->choice().git;
    request.ssh.trustedHostKeys = m_wizard->trustedHostKeys();
    setState(State::Cloning);
    m_cloneStatus->setText(source::cloneStageLabel(source::CloneStage::Connecting));
    m_clone = fetcher->fetch(request, this);
    const int run = m_run;
    // Progress and the bytes received arrive as two signals; the line shows both.
    struct Progress
    {
        qint64 done = 0;
        qint64 total = 0;
        source::CloneStage stage = source::CloneStage::Connecting;
        qint64 bytes = -1;
    };
    auto last = std::make_shared<Progress>();
    auto render = [this, run, last] {
        if (run != m_run)
            return;
        setProgress(m_cloneBar, last->done, last->total);
        QString text = source::cloneStageLabel(last->stage);
        if (last->total > 0)
            text = tr("%1: %L2 of %L3").arg(text).arg(last->done).arg(last->total);
        if (last->stage == source::CloneStage::Receiving && last->bytes >= 0)
            text = tr("%1 · %2").arg(text, QLocale().formattedDataSize(last->bytes));
        m_cloneStatus->setText(text);
    };
    connect(m_clone, &source::CloneJob::bytesReceived, this, [last, render](qint64 received) {
        last->bytes = received;
        render();
    });
    connect(m_clone, &source::CloneJob::progress, this,
            [last, render](qint64 done, qint64 total, source::CloneStage stage) {
                last->done = done;
                last->total = total;
                last->stage = stage;
                render();
            });
    connect(m_clone, &source::CloneJob::finished, this,
            [this, run, job = m_clone](const Result<source::CloneResult> &result) {
                job->deleteLater();
                if (run != m_run)
                    return;
                if (result) {
                    setFinished(m_cloneBar);
                    m_cloneStatus->setText(tr("Checked out %1 (commit %2)%3.")
                                               .arg(result->ref, result->commit.left(12),
                                                    result->fromCache ? tr(", updating the cached clone") : QString()));
                    analyse(result->path);
                    return;
                }
                if (result.error().code == Error::Code::Cancelled) {
                    showCancelled();
                    return;
                }
                if (const auto key = job->presentedHostKey();
                    key && !m_wizard->trustedHostKeys().contains(key->fingerprint))
                    m_hostKeyToTrust = key->fingerprint;
                showFailure(tr("Could not clone the repository"), result.error());
            });
}

void NewProjectFetchPage::analyse(const QString &root)
{
    setState(State::Analysing);
    m_analysisBar->setRange(0, 0);
    m_analysisStatus->setText(tr("Starting…"));
    m_analysis = new analysis::AnalysisJob(root, {}, this);
    const int run = m_run;
    connect(m_analysis, &analysis::AnalysisJob::progress, this,
            [this, run](qint64 done, qint64 total, const QString &stage) {
                if (run != m_run)
                    return;
                setProgress(m_analysisBar, done, total);
                m_analysisStatus->setText(total > 0 ? tr("%1: %L2 of %L3 files").arg(stage).arg(done).arg(total)
                                                    : tr("%1: %L2 files").arg(stage).arg(done));
            });
    connect(m_analysis, &analysis::AnalysisJob::finished, this,
            [this, run, job = m_analysis](const Result<analysis::AnalysisResult> &result) {
                job->deleteLater();
                if (run != m_run)
                    return;
                if (!result) {
                    if (result.error().code == Error::Code::Cancelled)
                        showCancelled();
                    else
                        showFailure(tr("Could not analyse the source"), result.error());
                    return;
                }
                setFinished(m_analysisBar);
                const int services = static_cast<int>(result->services.size());
                const int backing = static_cast<int>(result->backing.size());
                m_analysisStatus->setText(
                    tr("Found %1 and %2 in %L3 files.")
                        .arg(style::counted(tr("%n service(s)", nullptr, services), services),
                             style::counted(tr("%n backing service(s)", nullptr, backing), backing))
                        .arg(result->stats.filesIndexed));
                m_wizard->setAnalysis(*result);
                setState(State::Done);
                // On to the review, once this page has shown that it is done.
                QTimer::singleShot(0, m_wizard, [wizard = m_wizard] {
                    if (wizard->currentId() == NewProjectWizard::FetchPageId)
                        wizard->next();
                });
            });
}

void NewProjectFetchPage::showFailure(const QString &title, const Error &error)
{
    if (m_cloneBar->maximum() == 0)
        m_cloneBar->setRange(0, 1);
    if (m_analysisBar->maximum() == 0)
        m_analysisBar->setRange(0, 1);
    if (m_state != State::Analysing)
        m_analysisStatus->setText(tr("Not started: the source could not be fetched."));
    setState(State::Failed);
    m_outcomeTitle->setText(title);
    m_outcomeTitle->show();
    m_error->showError(error.message);
    m_errorDetail->setText(error.detail);
    m_errorDetail->setVisible(!error.detail.isEmpty());
}

void NewProjectFetchPage::showCancelled()
{
    for (QProgressBar *bar : {m_cloneBar, m_analysisBar}) {
        if (bar->maximum() == 0)
            bar->setRange(0, 1);
    }
    if (m_state != State::Analysing)
        m_analysisStatus->setText(tr("Not started."));
    setState(State::Cancelled);
    m_outcomeTitle->setText(tr("Cancelled"));
    m_outcomeTitle->show();
    m_errorDetail->setText(tr("Nothing was saved. Retry, or go back to change the source."));
    m_errorDetail->setVisible(true);
}

void NewProjectFetchPage::cancel()
{
    if (m_state == State::Preparing) {
        ++m_run; // the keychain's answer is ignored when it comes
        showCancelled();
        return;
    }
    if (m_clone)
        m_clone->cancel();
    if (m_analysis)
        m_analysis->cancel();
}

void NewProjectFetchPage::stop()
{
    ++m_run;
    if (m_clone)
        m_clone->cancel();
    if (m_analysis)
        m_analysis->cancel();
    m_clone.clear();
    m_analysis.clear();
    if (m_state != State::Idle && m_state != State::Done)
        setState(State::Idle);
}

} // namespace hydron::ui
