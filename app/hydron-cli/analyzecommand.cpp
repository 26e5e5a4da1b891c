// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli analyze: a folder is analysed where it is; a Git URL (or a folder with --ref) is
// fetched into the data folder's clone cache first, the same cache the app uses.
#include "app/hydron-cli/commandrunner.h"
#include "app/hydron-cli/interruptnotifier.h"
#include "core/analysis/analysisjob.h"
#include "core/coreservices.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/source/gitremote.h"
#include "core/source/keychaincredentialprovider.h"
#include "core/source/libgit2fetcher.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

// Runs `job` until its finished signal, cancelling it on Ctrl-C or SIGTERM. hydron-cli has no
// GUI thread: this loop is the only thing the process does meanwhile.
template<typename Job, typename Value>
Result<Value> waitFor(Job *job)
{
    std::optional<Result<Value>> outcome;
    QEventLoop loop;
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, job, [job] { job->cancel(); });
    QObject::connect(job, &Job::finished, &loop, [&](const Result<Value> &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    if (!outcome)
        return fail(Error::Code::Internal, CommandRunner::tr("The job ended without a result."));
    if (!*outcome && outcome->error().code == Error::Code::Cancelled && interrupt.isInterrupted())
        return fail(Error::Code::Cancelled, CommandRunner::tr("Interrupted; nothing was kept."));
    return *outcome;
}

QString percent(qint64 done, qint64 total)
{
    return total > 0 ? u"%1%"_s.arg(done * 100 / total) : QString::number(done);
}

} // namespace

Result<QString> CommandRunner::analyze(const Invocation &invocation)
{
    auto analysed =
        analyzeSource(invocation.arguments.at(0), invocation.value(u"ref"_s), invocation.value(u"accept-host-key"_s));
    if (!analysed)
        return std::unexpected(analysed.error());
    if (invocation.flag(u"json"_s))
        return QString::fromUtf8(QJsonDocument(analysed->result.toJson()).toJson(QJsonDocument::Indented));
    return analysed->header + analysed->result.toText();
}

Result<CommandRunner::AnalyzedSource> CommandRunner::analyzeSource(const QString &sourceText, const QString &ref,
                                                                   const QString &acceptHostKey)
{
    const QString text = sourceText.trimmed();

    // A folder named without ./ ("myapp") is still a folder, not an image called myapp.
    ProjectSource source;
    if (QFileInfo(text).isDir()) {
        source = ProjectSource{ProjectSource::Kind::Folder, QDir::cleanPath(QFileInfo(text).absoluteFilePath()), {}};
    } else {
        auto parsed = sourceFromText(text);
        if (!parsed)
            return std::unexpected(parsed.error());
        source = *parsed;
    }
    switch (source.kind) {
    case ProjectSource::Kind::Git:
    case ProjectSource::Kind::Folder:
        break;
    case ProjectSource::Kind::Image:
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is a Docker image reference: there is no code to analyze. Give a folder or a Git URL.")
                        .arg(text));
    case ProjectSource::Kind::Template:
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is a template: its services are already known. Give a folder or a Git URL.").arg(text));
    case ProjectSource::Kind::None:
        return fail(Error::Code::InvalidInput, tr("The source is empty."));
    }

    QString root = source.location;
    analysis::AnalysisOptions options;
    QString header; // what was analysed, for the readable summary
    if (source.kind == ProjectSource::Kind::Git || !ref.isEmpty()) {
        if (source.kind == ProjectSource::Kind::Folder && !QFileInfo::exists(source.location + u"/.git"_s))
            return fail(Error::Code::InvalidInput,
                        tr("--ref needs a Git repository, and %1 is not one.").arg(source.location));
        source::LibGit2Fetcher fetcher(source::LibGit2Fetcher::defaultCacheRoot(m_core.dataDir()), m_credentials);
        source::CloneRequest request;
        request.url = source.location;
        request.ref = ref;
        // --accept-host-key: trusted for this fetch, and remembered for the host only once the
        // server has shown that very key.
        QString accepted = acceptHostKey.trimmed();
        if (!accepted.isEmpty() && !accepted.startsWith(u"SHA256:"))
            accepted.prepend(u"SHA256:"_s);
        while (accepted.endsWith(u'='))
            accepted.chop(1);
        if (!accepted.isEmpty())
            request.ssh.trustedHostKeys << accepted;
        source::CloneJob *job = fetcher.fetch(request, nullptr);
        std::unique_ptr<source::CloneJob> owner(job);
        if (m_progress) {
            QObject::connect(
                job, &source::CloneJob::progress, job, [this](qint64 done, qint64 total, source::CloneStage stage) {
                    *m_progress << '\r' << source::cloneStageLabel(stage) << ": " << percent(done, total) << "   ";
                    m_progress->flush();
                });
        }
        auto cloned = waitFor<source::CloneJob, source::CloneResult>(job);
        if (m_progress) {
            *m_progress << '\r' << QString(40, u' ') << '\r';
            m_progress->flush();
        }
        if (!cloned) {
            // An unknown host key: say how to trust it from here.
            if (const auto key = job->presentedHostKey(); key && cloned.error().detail == key->fingerprint) {
                Error error = cloned.error();
                error.message += u' ' + tr("To trust it, run the command again with --accept-host-key %1.")
                                            .arg(key->fingerprint);
                return std::unexpected(error);
            }
            return std::unexpected(cloned.error());
        }
        if (!accepted.isEmpty()) {
            if (auto remembered = fetcher.rememberHostKey(source.location, accepted); !remembered)
                return std::unexpected(remembered.error());
        }
        root = cloned->path;
        if (const auto remote = source::GitRemote::parse(source.location))
            options.rootName = remote->repositoryName();
        header = tr("%1 at %2 (%3)\n").arg(source.location, cloned->commit.left(12), cloned->ref);
    } else {
        header = source.location + u'\n';
    }

    analysis::AnalysisJob job(root, options);
    if (m_progress) {
        QObject::connect(&job, &analysis::AnalysisJob::progress, &job,
                         [this](qint64 done, qint64 total, const QString &stage) {
                             *m_progress << '\r' << stage << ": " << percent(done, total) << "   ";
                             m_progress->flush();
                         });
    }
    auto result = waitFor<analysis::AnalysisJob, analysis::AnalysisResult>(&job);
    if (m_progress) {
        *m_progress << '\r' << QString(40, u' ') << '\r';
        m_progress->flush();
    }
    if (!result)
        return std::unexpected(result.error());
    AnalyzedSource out;
    out.source = source;
    out.root = root;
    out.header = header;
    out.name = options.rootName.isEmpty() ? QFileInfo(root).fileName() : options.rootName;
    out.result = *result;
    return out;
}

} // namespace hydron::cli
