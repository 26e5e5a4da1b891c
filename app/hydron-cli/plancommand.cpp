// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli plan: the source's services (from the analysis, a template or an image) become a
// plan document, printed as a summary or JSON, optionally exported as plain files. Nothing is
// stored: the plan is what Hydron would deploy for this source now.
#include "app/hydron-cli/commandrunner.h"
#include "core/planning/planexport.h"
#include "core/planning/planner.h"
#include "core/planning/validator.h"
#include "core/source/imagereference.h"
#include "core/source/templatecatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

// A service (and project) name from an image: the last part of its repository, as a host name.
QString nameForImage(const QString &image)
{
    QString name;
    if (const auto parsed = source::ImageReference::parse(image))
        name = parsed->repository().section(u'/', -1);
    return planning::dockerName(name).left(63);
}

QString problemLines(const QList<planning::PlanProblem> &problems)
{
    QStringList lines;
    for (const planning::PlanProblem &problem : problems)
        lines << u"- "_s + problem.message;
    return lines.join(u"\n  "_s);
}

} // namespace

Result<CommandRunner::SourceProject> CommandRunner::projectFromSource(const Invocation &invocation,
                                                                      planning::PlanOptions &options,
                                                                      std::optional<source::TemplateCatalog> &catalog)
{
    options.domain = invocation.value(u"domain"_s).trimmed();
    if (invocation.flag(u"domain"_s)) {
        QString why;
        if (!planning::isValidDomain(options.domain, &why))
            return fail(Error::Code::InvalidInput, tr("\"%1\" is not a domain: %2").arg(options.domain, why));
    }
    const QString text = invocation.arguments.at(0).trimmed();
    SourceProject out;
    Project &project = out.project;
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
    if (source.kind != ProjectSource::Kind::Image && invocation.flag(u"port"_s))
        return fail(Error::Code::InvalidInput,
                    tr("--port applies to Docker images only: the ports of code and templates are known."));
    switch (source.kind) {
    case ProjectSource::Kind::Git:
    case ProjectSource::Kind::Folder: {
        auto analysed = analyzeSource(text, invocation.value(u"ref"_s), invocation.value(u"accept-host-key"_s));
        if (!analysed)
            return std::unexpected(analysed.error());
        project.name = analysed->name;
        project.source = analysed->source;
        for (const analysis::DetectedService &d : analysed->result.services)
            project.services << d.toService();
        for (const analysis::BackingService &b : analysed->result.backing)
            project.services << b.toService();
        options.sourceRoot = analysed->root;
        out.root = analysed->root;
        break;
    }
    case ProjectSource::Kind::Image: {
        if (invocation.flag(u"ref"_s))
            return fail(Error::Code::InvalidInput, tr("--ref applies to Git sources only."));
        Service service;
        for (const QString &text : invocation.values(u"port"_s)) {
            bool ok = false;
            const int port = text.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return fail(Error::Code::InvalidInput, tr("\"%1\" is not a port (1 to 65535).").arg(text));
            if (!service.ports.contains(port))
                service.ports << port;
        }
        service.name = nameForImage(source.location);
        service.source = ServiceSource::Image;
        service.image = source.location;
        project.name = service.name;
        project.source = source;
        project.services << service;
        break;
    }
    case ProjectSource::Kind::Template: {
        if (invocation.flag(u"ref"_s))
            return fail(Error::Code::InvalidInput, tr("--ref applies to Git sources only."));
        auto loaded = source::TemplateCatalog::load();
        if (!loaded)
            return std::unexpected(loaded.error());
        catalog = std::move(*loaded);
        const source::AppTemplate *appTemplate = catalog->find(source.location.trimmed());
        if (!appTemplate)
            return fail(Error::Code::NotFound, tr("There is no template \"%1\". Templates: %2.")
                                                   .arg(source.location.trimmed(), catalog->ids().join(u", "_s)));
        project.name = appTemplate->id();
        project.source = source;
        project.services = appTemplate->toServices();
        options.appTemplate = appTemplate;
        break;
    }
    case ProjectSource::Kind::None:
        return fail(Error::Code::InvalidInput, tr("The source is empty."));
    }
    return out;
}

Result<QString> CommandRunner::plan(const Invocation &invocation)
{
    planning::PlanOptions options;
    std::optional<source::TemplateCatalog> catalog;
    auto fromSource = projectFromSource(invocation, options, catalog);
    if (!fromSource)
        return std::unexpected(fromSource.error());
    const Project &project = fromSource->project;
    if (project.services.isEmpty())
        return fail(Error::Code::NotFound,
                    tr("No services were found in %1, so there is nothing to plan.").arg(project.source.displayText()));

    auto document = planning::generatePlan(project, options);
    if (!document)
        return std::unexpected(document.error());
    const QString output = invocation.flag(u"json"_s)
                               ? QString::fromUtf8(QJsonDocument(document->toJson()).toJson(QJsonDocument::Indented))
                               : planning::planSummary(*document);

    const QList<planning::PlanProblem> problems = planning::validatePlan(*document);
    if (!problems.isEmpty()) {
        // The plan is still shown, so the problems can be read against it; nothing is exported.
        if (m_out) {
            *m_out << output;
            m_out->flush();
        }
        Error error{Error::Code::InvalidInput,
                    tr("The plan has %n problem(s); fix them and plan again.", nullptr, int(problems.size())),
                    problemLines(problems)};
        return std::unexpected(error);
    }

    QString written;
    if (invocation.flag(u"out"_s)) {
        const QString directory = QDir::cleanPath(QFileInfo(invocation.value(u"out"_s)).absoluteFilePath());
        planning::ExportOptions exportOptions;
        exportOptions.sourceRoot = options.sourceRoot;
        auto files = planning::exportPlan(*document, directory, exportOptions);
        if (!files)
            return std::unexpected(files.error());
        written = tr("Wrote %1 into %2.").arg(files->join(u", "_s), directory) + u'\n';
    }
    if (invocation.flag(u"json"_s)) {
        // Standard output stays one JSON document; what was written goes to standard error.
        if (!written.isEmpty() && m_progress) {
            *m_progress << written;
            m_progress->flush();
        }
        return output;
    }
    return output + (written.isEmpty() ? QString() : u'\n' + written);
}

} // namespace hydron::cli
