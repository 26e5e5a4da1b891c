// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/diagnosis.h"

#include "core/coreservices.h"
#include "core/planning/planner.h"
#include "core/secrets/secretmasker.h"
#include "core/store/planstore.h"
#include "core/store/runlog.h"
#include "core/store/runstore.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

using Kind = Finding::Kind;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::assistant::Diagnosis", text);
}

const planning::PlanService *primaryService(const planning::PlanDocument *plan)
{
    if (!plan)
        return nullptr;
    for (const planning::PlanService &s : plan->services) {
        if (s.isPublic)
            return &s;
    }
    for (const planning::PlanService &s : plan->services) {
        if (s.kind != ServiceKind::Backing)
            return &s;
    }
    return nullptr;
}

const planning::PlanService *builtService(const planning::PlanDocument *plan)
{
    if (!plan)
        return nullptr;
    const planning::PlanService *primary = primaryService(plan);
    if (primary && primary->build)
        return primary;
    for (const planning::PlanService &s : plan->services) {
        if (s.build)
            return &s;
    }
    return primary;
}

int plannedPort(const planning::PlanService *service)
{
    if (!service)
        return 0;
    if (service->publicPort > 0)
        return service->publicPort;
    if (service->health.port > 0)
        return service->health.port;
    return service->ports.value(0);
}

// The first line (oldest first) that matches, and its match.
std::optional<std::pair<QString, QRegularExpressionMatch>> firstMatch(const QStringList &lines,
                                                                      const QRegularExpression &pattern)
{
    for (const QString &line : lines) {
        QRegularExpressionMatch match = pattern.match(line);
        if (match.hasMatch())
            return std::pair{line.trimmed(), match};
    }
    return std::nullopt;
}

QString serviceName(const planning::PlanService *service)
{
    return service ? service->name : QString();
}

std::optional<Finding> portMismatch(const QStringList &lines, const planning::PlanDocument *plan)
{
    static const QRegularExpression listening(
        u"\\b(?:listening|listens|running|started|serving|ready)\\b[^\\n]*?(?:\\bport\\s*:?\\s*|[a-z0-9\\]\\*]:)(\\d{2,5})\\b"_s,
        CI);
    static const QRegularExpression refused(u"connection refused|ECONNREFUSED|couldn't connect to server"_s, CI);
    const planning::PlanService *service = primaryService(plan);
    const int planned = plannedPort(service);
    if (auto found = firstMatch(lines, listening)) {
        const int port = found->second.captured(1).toInt();
        if (port > 0 && port < 65536 && (planned == 0 || port != planned)) {
            Finding finding;
            finding.kind = Kind::PortMismatch;
            finding.service = serviceName(service);
            finding.evidence = found->first;
            if (planned > 0) {
                finding.title = tr("The app listens on port %1, the plan expects %2").arg(port).arg(planned);
                finding.explanation =
                    tr("The log says the app listens on port %1, but the plan sends traffic and health checks to port "
                       "%2, so nothing answers there. Either start the app on port %2 (often a PORT variable) or "
                       "change the plan to port %1.")
                        .arg(port)
                        .arg(planned);
            } else {
                finding.title = tr("The app listens on port %1, the plan names no port").arg(port);
                finding.explanation = tr("The plan has no port for this service; the app listens on %1.").arg(port);
            }
            if (service)
                finding.change =
                    QJsonObject{{u"op"_s, u"set_port"_s}, {u"service"_s, service->name}, {u"port"_s, port}};
            return finding;
        }
    }
    if (auto found = firstMatch(lines, refused)) {
        Finding finding;
        finding.kind = Kind::PortMismatch;
        finding.service = serviceName(service);
        finding.evidence = found->first;
        finding.title =
            planned > 0 ? tr("Nothing answers on port %1").arg(planned) : tr("Nothing answers the health check");
        finding.explanation =
            tr("The health check's connection was refused: the app is not listening on the plan's port%1, or it "
               "listens only on 127.0.0.1 inside its container. Make it listen on 0.0.0.0%2, or change the plan's "
               "port to the one the app uses.")
                .arg(planned > 0 ? u" (%1)"_s.arg(planned) : QString(),
                     planned > 0 ? u":%1"_s.arg(planned) : QString());
        return finding; // the port it should be is not in the log: no change to suggest
    }
    return std::nullopt;
}

std::optional<Finding> outOfMemory(const QStringList &lines, const planning::PlanDocument *plan)
{
    static const QRegularExpression oom(u"OOMKilled|out of memory|heap out of memory|Cannot allocate memory|"
                                        u"(?:exit(?:ed)?|code|status)\\D{0,12}\\b137\\b"_s,
                                        CI);
    auto found = firstMatch(lines, oom);
    if (!found)
        return std::nullopt;
    const planning::PlanService *service = primaryService(plan);
    Finding finding;
    finding.kind = Kind::OutOfMemory;
    finding.service = serviceName(service);
    finding.evidence = found->first;
    finding.title = tr("Out of memory (exit 137)");
    const int current = service ? service->memoryMb : 0;
    int suggested = current > 0 ? current * 2 : 1024;
    suggested = ((suggested + 255) / 256) * 256;
    finding.explanation =
        current > 0 ? tr("The container was killed for using more than its memory limit of %1 MB. Give it more: %2 MB "
                         "(the server needs that much free too).")
                          .arg(current)
                          .arg(suggested)
                    : tr("The process was killed for running out of memory. Set a memory limit that fits the app, for "
                         "example %1 MB, and make sure the server has that much free.")
                          .arg(suggested);
    if (service)
        finding.change =
            QJsonObject{{u"op"_s, u"set_memory"_s}, {u"service"_s, service->name}, {u"memory_mb"_s, suggested}};
    return finding;
}

std::optional<Finding> missingHealthRoute(const QStringList &lines, const planning::PlanDocument *plan)
{
    const planning::PlanService *service = primaryService(plan);
    const QString path = service && !service->health.path.isEmpty() ? service->health.path : QString();
    static const QRegularExpression notFound(u"\\b404\\b"_s);
    static const QRegularExpression healthWord(u"health|returned error|GET /"_s, CI);
    for (const QString &line : lines) {
        if (!notFound.match(line).hasMatch())
            continue;
        const bool aboutHealth =
            (!path.isEmpty() && path != u"/" && line.contains(path)) || healthWord.match(line).hasMatch();
        if (!aboutHealth)
            continue;
        Finding finding;
        finding.kind = Kind::MissingHealthRoute;
        finding.service = serviceName(service);
        finding.evidence = line.trimmed();
        const QString shown = path.isEmpty() ? u"/"_s : path;
        finding.title = tr("The health path %1 answers 404").arg(shown);
        finding.explanation = tr("The app is up, but it has no route at %1, so the health check fails and the old "
                                 "release keeps serving. Add that route to the app, or check a path it has (\"/\").")
                                  .arg(shown);
        if (service && shown != u"/")
            finding.change =
                QJsonObject{{u"op"_s, u"set_health_path"_s}, {u"service"_s, service->name}, {u"path"_s, u"/"_s}};
        return finding;
    }
    return std::nullopt;
}

std::optional<Finding> buildError(const QStringList &lines, const planning::PlanDocument *plan)
{
    // The failing command first (Docker names it), then the tools' own first error line.
    static const QRegularExpression dockerRun(u"ERROR \\[[^\\]]*\\] RUN (.+)$"_s);
    static const QRegularExpression dockerProcess(u"failed to solve: process \"(.+)\" did not complete successfully"_s);
    static const QRegularExpression dockerLegacy(u"The command '(.+)' returned a non-zero code"_s);
    static const QRegularExpression npm(u"^\\s*npm (?:ERR!|error) (?!code\\b|errno\\b|A complete log)(.+)$"_s);
    static const QRegularExpression pip(u"^\\s*ERROR: (.+)$"_s);
    static const QRegularExpression lockfile(u"npm ci.*(?:package-lock|lockfile|npm-shrinkwrap)|"
                                             u"(?:package-lock|lockfile).*npm ci|EUSAGE"_s,
                                             CI);
    QString command;
    QString evidence;
    for (const QRegularExpression *pattern : {&dockerRun, &dockerProcess, &dockerLegacy}) {
        if (auto found = firstMatch(lines, *pattern)) {
            command = found->second.captured(1).trimmed();
            evidence = found->first;
            break;
        }
    }
    QString cause;
    for (const QRegularExpression *pattern : {&npm, &pip}) {
        if (auto found = firstMatch(lines, *pattern)) {
            cause = found->second.captured(1).trimmed();
            if (evidence.isEmpty())
                evidence = found->first;
            break;
        }
    }
    if (command.isEmpty() && cause.isEmpty())
        return std::nullopt;
    const planning::PlanService *service = builtService(plan);
    Finding finding;
    finding.kind = Kind::BuildError;
    finding.service = serviceName(service);
    finding.evidence = evidence;
    finding.title =
        command.isEmpty() ? tr("The build failed: %1").arg(cause) : tr("The build failed at: %1").arg(command);
    finding.explanation = command.isEmpty()
                              ? tr("The image build stopped with: %1").arg(cause)
                              : (cause.isEmpty() ? tr("The build step \"%1\" exited with an error; the lines above it "
                                                      "in the log say why.")
                                                       .arg(command)
                                                 : tr("The build step \"%1\" failed: %2").arg(command, cause));
    const bool npmCi = command.contains(u"npm ci"_s) || std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
                           return lockfile.match(l).hasMatch();
                       });
    if (npmCi &&
        std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return lockfile.match(l).hasMatch(); }) &&
        service && service->build && !service->build->generatedDockerfile.isEmpty() &&
        service->build->generatedDockerfile.contains(u"npm ci"_s)) {
        finding.explanation += u' ' + tr("\"npm ci\" needs a package-lock.json that matches package.json; the "
                                         "generated Dockerfile can use \"npm install\" instead.");
        finding.change = QJsonObject{{u"op"_s, u"edit_dockerfile"_s},
                                     {u"service"_s, service->name},
                                     {u"find"_s, u"npm ci"_s},
                                     {u"replace"_s, u"npm install"_s}};
    }
    return finding;
}

std::optional<Finding> disallowedHost(const QStringList &lines, const planning::PlanDocument *plan)
{
    static const QRegularExpression invalidHost(u"Invalid HTTP_HOST header: '([^']+)'"_s);
    static const QRegularExpression disallowed(u"DisallowedHost|ALLOWED_HOSTS"_s);
    auto found = firstMatch(lines, invalidHost);
    if (!found)
        found = firstMatch(lines, disallowed);
    if (!found)
        return std::nullopt;
    QString host = found->second.captured(1);
    if (host.startsWith(u'[')) // [::1]:8000
        host = host.section(u']', 0, 0) + u']';
    else
        host = host.section(u':', 0, 0);
    const planning::PlanService *service = nullptr;
    if (plan) {
        for (const planning::PlanService &s : plan->services) {
            for (const planning::PlanEnvVar &var : s.env) {
                if (var.name == u"ALLOWED_HOSTS" || var.name == u"DJANGO_ALLOWED_HOSTS")
                    service = &s;
            }
        }
    }
    if (!service)
        service = primaryService(plan);
    Finding finding;
    finding.kind = Kind::DisallowedHost;
    finding.service = serviceName(service);
    finding.evidence = found->first;
    finding.title = host.isEmpty() ? tr("Django refuses the host (ALLOWED_HOSTS)")
                                   : tr("Django refuses the host %1 (ALLOWED_HOSTS)").arg(host);
    if (!service)
        return finding;
    QString name = u"ALLOWED_HOSTS"_s;
    QStringList hosts;
    for (const planning::PlanEnvVar &var : service->env) {
        if ((var.name == u"ALLOWED_HOSTS" || var.name == u"DJANGO_ALLOWED_HOSTS") &&
            var.kind == planning::PlanEnvVar::Kind::Literal) {
            name = var.name;
            hosts = var.value.split(u',', Qt::SkipEmptyParts);
        }
    }
    for (const planning::PlanDomain &domain : service->domains)
        hosts << domain.host;
    if (!host.isEmpty())
        hosts << host;
    hosts << u"localhost"_s << u"127.0.0.1"_s;
    for (QString &h : hosts)
        h = h.trimmed();
    hosts.removeDuplicates();
    hosts.removeAll(QString());
    finding.explanation = tr("Django answers 400 to requests for a host that is not in ALLOWED_HOSTS (the health "
                             "check and the proxy send the domain). Set %1 to %2 (the settings must read it from the "
                             "environment).")
                              .arg(name, hosts.join(u','));
    finding.change = QJsonObject{
        {u"op"_s, u"set_env"_s}, {u"service"_s, service->name}, {u"name"_s, name}, {u"value"_s, hosts.join(u',')}};
    return finding;
}

} // namespace

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PortMismatch:
        return u"port_mismatch"_s;
    case Kind::OutOfMemory:
        return u"out_of_memory"_s;
    case Kind::MissingHealthRoute:
        return u"missing_health_route"_s;
    case Kind::BuildError:
        return u"build_error"_s;
    case Kind::DisallowedHost:
        return u"disallowed_host"_s;
    }
    return {};
}

QList<Finding> diagnose(const QStringList &logTail, const planning::PlanDocument *plan)
{
    QList<Finding> findings;
    for (auto recogniser : {portMismatch, outOfMemory, missingHealthRoute, buildError, disallowedHost}) {
        if (auto finding = recogniser(logTail, plan))
            findings.append(*finding);
    }
    // A refused connection is what a killed or misconfigured app looks like from outside: when
    // the log shows why (memory, Django), the "nothing answers" finding adds nothing.
    const bool knownCause = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.kind == Kind::OutOfMemory || f.kind == Kind::DisallowedHost || f.kind == Kind::BuildError;
    });
    if (knownCause)
        findings.removeIf([](const Finding &f) { return f.kind == Kind::PortMismatch && f.change.isEmpty(); });
    return findings;
}

Result<FailedRun> Diagnosis::latestFailedRun(CoreServices &core, qint64 projectId, int maxLines)
{
    const QList<Run> runs = core.runs().runs(projectId, 0, 1);
    if (runs.isEmpty() || runs.first().status != RunStatus::Failed)
        return fail(Error::Code::NotFound, tr("The project's latest run did not fail."));
    FailedRun failed;
    failed.run = runs.first();
    for (qsizetype i = 0; i < failed.run.steps.size(); ++i) {
        if (failed.run.steps.at(i).status == StepStatus::Failed) {
            failed.stepIndex = int(i);
            failed.stepName = failed.run.steps.at(i).name;
            break;
        }
    }
    QStringList lines;
    qint64 offset = 0;
    for (int reads = 0; reads < 1000; ++reads) {
        auto chunk = core.runLog().read(failed.run.id, offset, 5000);
        if (!chunk)
            return std::unexpected(chunk.error());
        for (const LogLine &line : chunk->lines) {
            if (failed.stepIndex < 0 || line.step == failed.stepIndex || line.step < 0)
                lines << line.text;
        }
        if (lines.size() > maxLines * 4)
            lines = lines.mid(lines.size() - maxLines);
        if (chunk->lines.isEmpty() || chunk->nextOffset == offset)
            break;
        offset = chunk->nextOffset;
    }
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    for (QString &line : lines)
        line = core.masker().mask(line);
    failed.tail = lines;
    return failed;
}

QString Diagnosis::findingsText(const FailedRun &failed, const QList<Finding> &findings)
{
    QString text = tr("**Diagnosis of run #%1** (%2)").arg(failed.run.id).arg(Run::kindLabel(failed.run.kind));
    if (!failed.stepName.isEmpty())
        text += u' ' + tr("— the step \"%1\" failed.").arg(failed.stepName);
    text += u"\n\n"_s;
    if (findings.isEmpty()) {
        text += tr("Nothing in the last %n log line(s) matches a failure Hydron recognises by itself (port mismatch, "
                   "out of memory, missing health route, build error, Django ALLOWED_HOSTS).",
                   nullptr, int(failed.tail.size()));
        return text;
    }
    for (const Finding &finding : findings) {
        text += u"- **"_s + finding.title + u"** — "_s + finding.explanation;
        if (!finding.evidence.isEmpty())
            text += u"\n  `"_s + QString(finding.evidence).replace(u'`', u'\'').left(300) + u'`';
        text += u'\n';
    }
    if (std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return !f.change.isEmpty(); }))
        text += u'\n' + tr("The suggested plan changes are below for you to approve.");
    return text;
}

QString Diagnosis::requestText(const FailedRun &failed)
{
    QString text = tr("Diagnose the failed run #%1 (%2).").arg(failed.run.id).arg(Run::kindLabel(failed.run.kind));
    if (!failed.stepName.isEmpty())
        text += u' ' + tr("The step \"%1\" failed.").arg(failed.stepName);
    text += u' ' + tr("Explain the cause in plain words and, if the plan can fix it, propose the change with "
                      "modify_plan.");
    return text;
}

QString Diagnosis::requestContext(const FailedRun &failed, const planning::PlanDocument *plan)
{
    QString text = tr("The last %1 lines of the failed step's log (secret values masked):").arg(failed.tail.size());
    text += u"\n```\n"_s + failed.tail.join(u'\n') + u"\n```\n"_s;
    if (plan) {
        text += u'\n' + tr("The current plan (secret values are never included):");
        text += u"\n```json\n"_s + QString::fromUtf8(QJsonDocument(plan->toJson()).toJson(QJsonDocument::Compact)) +
                u"\n```\n"_s;
    }
    return text;
}

} // namespace hydron::assistant
