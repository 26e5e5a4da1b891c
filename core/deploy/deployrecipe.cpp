// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deploy/deployrecipe.h"

#include "core/analysis/gitignore.h"
#include "core/deploy/provisioning.h"
#include "core/planning/planenv.h"
#include "core/planning/planexport.h"
#include "core/secrets/secretmasker.h"
#include "core/store/planstore.h"
#include "core/store/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::deploy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::Deploy", text);
}

Result<QString> deployScript()
{
    QFile file(u":/deploy/deploy.sh"_s);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Internal, tr("The deploy script is missing from this build of Hydron."));
    return QString::fromUtf8(file.readAll());
}

QString hash(const QByteArray &data, int length = 12)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(length));
}

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

QString b64List(const QStringList &items)
{
    QByteArray out;
    for (const QString &i : items)
        out += i.toUtf8() + '\0';
    return b64(out);
}

class EnvBuilder
{
public:
    EnvBuilder &set(const QString &name, const QString &value)
    {
        m_text += envFileLine(u"HYDRON_"_s + name, value);
        return *this;
    }
    [[nodiscard]] QByteArray bytes() const
    {
        return (u"# Written by Hydron for a deploy step; read by common.sh, never sourced.\n"_s + m_text).toUtf8();
    }

private:
    QString m_text;
};

void writeTarOctal(char *field, int size, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(size - 1, '0');
    std::copy_n(digits.constData(), size - 1, field);
    field[size - 1] = '\0';
}

bool appendTarEntry(QByteArray &out, const QString &name, const QByteArray &data, bool executable)
{
    QByteArray path = name.toUtf8();
    QByteArray prefix;
    if (path.size() > 100) {
        const qsizetype cut = path.lastIndexOf('/', std::min<qsizetype>(path.size() - 1, 155));
        if (cut <= 0 || path.size() - cut - 1 > 100)
            return false;
        prefix = path.left(cut);
        path = path.mid(cut + 1);
    }
    char header[512] = {};
    std::copy_n(path.constData(), path.size(), header);
    writeTarOctal(header + 100, 8, executable ? 0755 : 0644);
    writeTarOctal(header + 108, 8, 0);
    writeTarOctal(header + 116, 8, 0);
    writeTarOctal(header + 124, 12, data.size());
    writeTarOctal(header + 136, 12, 0);
    std::fill_n(header + 148, 8, ' ');
    header[156] = '0';
    std::copy_n("ustar", 6, header + 257);
    header[263] = '0';
    header[264] = '0';
    std::copy_n(prefix.constData(), prefix.size(), header + 345);
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray check = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::copy_n(check.constData(), 6, header + 148);
    header[154] = '\0';
    out.append(header, 512);
    out.append(data);
    if (const qsizetype pad = (512 - data.size() % 512) % 512; pad > 0)
        out.append(QByteArray(pad, '\0'));
    return true;
}

bool validName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9_-]{0,62}$"_s);
    return re.match(name).hasMatch();
}

// The health probe run inside the container. An HTTP check for an image whose tools are not
// known (an existing Dockerfile) tries what is there: wget, curl, python, node, else bash.
QString probeFor(const planning::PlanService &service)
{
    const QString known = service.runtime;
    if (service.health.type != planning::PlanHealth::Type::Http || (!known.isEmpty() && known != u"unknown"))
        return planning::healthProbeCommand(service);
    const auto with = [&](const QString &runtime) {
        planning::PlanService copy = service;
        copy.runtime = runtime;
        return planning::healthProbeCommand(copy);
    };
    return u"if command -v wget >/dev/null 2>&1; then %1; "
           "elif command -v curl >/dev/null 2>&1; then %2; "
           "elif command -v python >/dev/null 2>&1; then %3; "
           "elif command -v node >/dev/null 2>&1; then %4; "
           "else %5; fi"_s.arg(with(u"busybox"_s), with(u"unknown"_s).section(u" || "_s, 1), with(u"python"_s),
                               with(u"node"_s), with(u"bash"_s));
}

} // namespace

QString projectSlug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    if (out.isEmpty())
        out = u"app"_s;
    return out.left(40);
}

Result<QStringList> contextFiles(const QString &folder, const QString &extraIgnore)
{
    const QDir root(folder);
    if (!root.exists())
        return fail(Error::Code::NotFound, tr("The build context %1 does not exist.").arg(folder));
    QByteArray rulesText;
    if (QFile f(root.filePath(u".dockerignore"_s)); f.open(QIODevice::ReadOnly))
        rulesText = f.readAll();
    rulesText += '\n' + extraIgnore.toUtf8();
    const auto rules = analysis::GitignoreRules::parse(rulesText);
    QStringList files;
    // Walk folder by folder so that an ignored folder is not entered.
    QStringList pending{QString()};
    while (!pending.isEmpty()) {
        const QString rel = pending.takeFirst();
        const QDir dir(rel.isEmpty() ? folder : root.filePath(rel));
        const auto entries = dir.entryInfoList(
            QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo &info : entries) {
            const QString path = rel.isEmpty() ? info.fileName() : rel + u'/' + info.fileName();
            if (path == u".git")
                continue;
            if (info.isSymLink())
                continue; // never follow links out of the context
            const bool isDir = info.isDir();
            if (rules.match(path, isDir).value_or(false))
                continue;
            if (isDir)
                pending.append(path);
            else
                files.append(path);
        }
    }
    files.sort();
    return files;
}

Result<QByteArray> contextTar(const QString &folder, const QStringList &files, const QMap<QString, QByteArray> &extra)
{
    const QDir root(folder);
    QByteArray out;
    for (const QString &rel : files) {
        if (extra.contains(rel))
            continue;
        QFile f(root.filePath(rel));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, tr("Cannot read %1 for the build context.").arg(f.fileName()),
                        f.errorString());
        if (!appendTarEntry(out, rel, f.readAll(), QFileInfo(f).isExecutable()))
            return fail(Error::Code::Unsupported, tr("The path %1 is too long for the build context.").arg(rel));
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (!appendTarEntry(out, it.key(), it.value(), false))
            return fail(Error::Code::Unsupported, tr("The path %1 is too long for the build context.").arg(it.key()));
    }
    out.append(QByteArray(1024, '\0'));
    return out;
}

DeployRecipe::DeployRecipe(Run::Kind kind, ProjectStore &projects, PlanStore &plans, secrets::SecretMasker *masker,
                           DeployOptions options)
    : m_kind(kind)
    , m_projects(projects)
    , m_plans(plans)
    , m_masker(masker)
    , m_options(std::move(options))
{}

Result<CompiledDeploy> DeployRecipe::compileProject(qint64 projectId) const
{
    const auto project = m_projects.find(projectId);
    if (!project)
        return fail(Error::Code::NotFound,
                    tr("A deploy needs a project; there is no project with id %1.").arg(projectId));
    std::optional<Plan> approved;
    for (const Plan &p : m_plans.plans(projectId)) {
        if (p.status == Plan::Status::Approved || p.status == Plan::Status::Executed)
            approved = p;
    }
    if (!approved)
        return fail(Error::Code::InvalidInput,
                    tr("%1 has no approved plan. Review the plan and approve it before deploying.").arg(project->name));
    auto doc = planning::PlanDocument::fromJson(approved->body);
    if (!doc)
        return std::unexpected(doc.error());
    return compilePlan(*project, *doc);
}

Result<CompiledDeploy> DeployRecipe::compilePlan(const Project &project, const planning::PlanDocument &plan) const
{
    auto common = provisionScript(u"common.sh"_s);
    if (!common)
        return std::unexpected(common.error());
    auto library = deployScript();
    if (!library)
        return std::unexpected(library.error());
    const auto script = [&](const QString &step) -> QString {
        return *common + u'\n' + *library + u"\ndeploy_main "_s + step + u" \"$@\" </dev/null\n"_s;
    };

    QHash<QString, QString> secretValues;
    if (!plan.secrets.isEmpty()) {
        if (m_options.secretValues) {
            auto values = m_options.secretValues(project, plan);
            if (!values)
                return std::unexpected(values.error());
            secretValues = *values;
        } else if (m_secretValues.contains(project.id)) {
            secretValues = m_secretValues.value(project.id);
        } else {
            return fail(Error::Code::InvalidInput,
                        tr("The plan of %1 uses secrets whose values were not read from the keychain before the "
                           "deploy started.")
                            .arg(project.name));
        }
    }

    CompiledDeploy out;
    out.project = projectSlug(project.name);
    static const QRegularExpression networkRe(u"^[a-z0-9][a-z0-9_.-]{0,62}$"_s);
    const QString network = networkRe.match(plan.network).hasMatch() ? plan.network : out.project + u"-internal"_s;
    const QString cacheDir =
        m_options.cacheDirectory.isEmpty() ? QDir::temp().filePath(u"hydron-deploy"_s) : m_options.cacheDirectory;
    if (!QDir().mkpath(cacheDir))
        return fail(Error::Code::Io, tr("Cannot create the folder %1 for build contexts.").arg(cacheDir));

    struct Pending
    {
        CompiledService compiled;
        const planning::PlanService *plan = nullptr;
        QByteArray envFile;
        QStringList runArgs;
        QString dockerfile;
    };
    QList<Pending> services;
    QStringList volumes;
    QByteArray releaseInputs;
    for (const QString &name : plan.startOrder()) {
        const planning::PlanService *s = plan.service(name);
        if (!s)
            continue;
        if (!validName(s->name))
            return fail(Error::Code::InvalidInput,
                        tr("The service name \"%1\" cannot be used on a server: use lowercase letters, digits, '-' "
                           "and '_'.")
                            .arg(s->name));
        Pending p;
        p.plan = s;
        p.compiled.name = s->name;
        p.compiled.backing = s->kind == ServiceKind::Backing;

        auto env = planning::resolveEnvironment(*s, secretValues);
        if (!env)
            return std::unexpected(env.error());
        for (const planning::ResolvedEnvVar &var : *env) {
            if (var.value.contains(u'\n') || var.value.contains(u'\r'))
                return fail(Error::Code::InvalidInput,
                            tr("The value of %1 in %2 has a line break, which Docker's env files cannot hold.")
                                .arg(var.name, s->name));
            p.envFile += (var.name + u'=' + var.value + u'\n').toUtf8();
            if (var.sensitive && m_masker)
                m_masker->add(s->name + u'.' + var.name, var.value);
        }
        for (const planning::PlanVolume &v : s->volumes) {
            const QString volume = out.project + u'-' + v.name;
            if (!networkRe.match(volume).hasMatch() || !v.path.startsWith(u'/') || v.path.contains(u':'))
                return fail(Error::Code::InvalidInput, tr("The volume %1 of %2 is not valid.").arg(v.name, s->name));
            p.runArgs << u"-v"_s << volume + u':' + v.path;
            if (!volumes.contains(volume))
                volumes.append(volume);
        }
        if (s->memoryMb > 0)
            p.runArgs << u"--memory"_s << QString::number(s->memoryMb) + u'm';

        if (s->build) {
            const QString sourceRoot = m_options.sourceRoot ? m_options.sourceRoot(project)
                                       : project.source.kind == ProjectSource::Kind::Folder ? project.source.location
                                                                                            : QString();
            if (sourceRoot.isEmpty())
                return fail(Error::Code::Unsupported,
                            tr("%1 is built from source; Hydron deploys sources from a local folder (clone the "
                               "repository first).")
                                .arg(s->name));
            const QString contextDir = QDir(sourceRoot).filePath(s->build->context);
            QMap<QString, QByteArray> extra;
            if (s->build->dockerfile.isEmpty()) {
                p.dockerfile = u".hydron.Dockerfile"_s;
                extra.insert(p.dockerfile, s->build->generatedDockerfile.toUtf8());
            } else {
                p.dockerfile = s->build->dockerfile;
            }
            auto files = contextFiles(contextDir, s->build->dockerfile.isEmpty() ? s->build->dockerignore : QString());
            if (!files)
                return std::unexpected(files.error());
            if (!s->build->dockerfile.isEmpty() && !files->contains(p.dockerfile))
                files->append(p.dockerfile); // a Dockerfile listed in .dockerignore is still sent
            auto tar = contextTar(contextDir, *files, extra);
            if (!tar)
                return std::unexpected(tar.error());
            QByteArray buildKey = *tar + '\0' + p.dockerfile.toUtf8();
            for (auto it = s->build->args.cbegin(); it != s->build->args.cend(); ++it)
                buildKey += '\0' + (it.key() + u'=' + it.value()).toUtf8();
            p.compiled.buildHash = hash(buildKey);
            p.compiled.image = u"hydron/"_s + out.project + u'-' + s->name + u':' + p.compiled.buildHash;
            p.compiled.contextTar =
                QDir(cacheDir).filePath(out.project + u'-' + s->name + u'-' + p.compiled.buildHash + u".tar"_s);
            if (!QFileInfo::exists(p.compiled.contextTar)) {
                QSaveFile f(p.compiled.contextTar);
                if (!f.open(QIODevice::WriteOnly) || f.write(*tar) != tar->size() || !f.commit())
                    return fail(Error::Code::Io, tr("Cannot write the build context of %1.").arg(s->name),
                                f.errorString());
                // Keep the three newest contexts of the service (a run being resumed finds its
                // own again, or packs it anew: the tar is reproducible).
                const QFileInfoList older = QDir(cacheDir).entryInfoList(
                    {out.project + u'-' + s->name + u"-????????????.tar"_s}, QDir::Files, QDir::Time);
                for (qsizetype i = 3; i < older.size(); ++i)
                    QFile::remove(older.at(i).filePath());
            }
        } else {
            p.compiled.image = s->image;
        }
        QByteArray inputs = p.compiled.image.toUtf8() + '\0' + p.envFile + '\0' + s->command.join(u'\0').toUtf8() +
                            '\0' + p.runArgs.join(u'\0').toUtf8() + '\0' + probeFor(*s).toUtf8() + '\0' +
                            QByteArray::number(s->isPublic);
        p.compiled.inputs = hash(inputs);
        p.compiled.container = out.project + u'-' + s->name;
        if (!p.compiled.backing)
            p.compiled.container += u'-' + p.compiled.inputs;
        releaseInputs += p.compiled.container.toUtf8() + '\0' + p.compiled.inputs.toUtf8() + '\0' +
                         s->postDeploy.join(u'\0').toUtf8() + '\0';
        services.append(p);
    }

    const QString site = u"# Managed by Hydron: the sites of project %1.\n"_s.arg(out.project) +
                         planning::caddySites(plan, [&](const planning::PlanService &s) -> QString {
                             for (const Pending &p : std::as_const(services)) {
                                 if (p.plan == &s)
                                     return p.compiled.container + u':' + QString::number(s.publicPort);
                             }
                             return s.name + u':' + QString::number(s.publicPort);
                         });
    out.release = u"r"_s + hash(releaseInputs + site.toUtf8(), 10);

    QList<runs::StepDefinition> &steps = out.steps;
    const auto step = [&](const QString &name, const QString &label, const QString &action, const QByteArray &env) {
        runs::StepDefinition d;
        d.name = name;
        d.label = label;
        d.script = script(action);
        d.envFile = env;
        d.needsRoot = true;
        d.idempotent = true;
        d.timeout = m_options.stepTimeout;
        steps.append(d);
        return &steps.last();
    };
    const auto base = [&] {
        EnvBuilder e;
        e.set(u"PROJECT"_s, out.project).set(u"RELEASE"_s, out.release);
        return e;
    };
    EnvBuilder prepare = base();
    prepare.set(u"NETWORK"_s, network).set(u"VOLUMES"_s, volumes.join(u' '));
    if (m_kind == Run::Kind::Redeploy) {
        // A Redeploy of the release that is serving, complete and healthy ends after prepare (it
        // prints HYDRON-DONE): what the server checks for that. A Deploy always runs every step.
        QStringList serving;
        QStringList postDeployed;
        for (const Pending &p : std::as_const(services)) {
            serving << p.compiled.container + u'=' + p.compiled.inputs;
            if (!p.plan->postDeploy.isEmpty())
                postDeployed << p.compiled.container;
        }
        prepare.set(u"IF_SERVING"_s, u"done"_s)
            .set(u"SERVING"_s, serving.join(u' '))
            .set(u"POST_DEPLOYED"_s, postDeployed.join(u' '));
    }
    auto *prepareStep = step(u"prepare"_s,
                             m_kind == Run::Kind::Redeploy
                                 ? tr("Check what changed; prepare the project's folders, network and volumes")
                                 : tr("Prepare the project's folders, network and volumes"),
                             u"prepare"_s, prepare.bytes());
    prepareStep->mayFinishRun = m_kind == Run::Kind::Redeploy;
    for (const Pending &p : std::as_const(services)) {
        if (!p.plan->build)
            continue;
        QStringList args;
        for (auto it = p.plan->build->args.cbegin(); it != p.plan->build->args.cend(); ++it)
            args << it.key() + u'=' + it.value();
        auto *d = step(u"build-"_s + p.compiled.name, tr("Build %1").arg(p.compiled.name), u"build"_s,
                       base()
                           .set(u"SERVICE"_s, p.compiled.name)
                           .set(u"IMAGE"_s, p.compiled.image)
                           .set(u"DOCKERFILE"_s, p.dockerfile)
                           .set(u"BUILD_ARGS"_s, b64List(args))
                           .bytes());
        d->uploads.append(runs::StepUpload{p.compiled.contextTar, u"context.tar"_s});
        d->timeout = m_options.buildTimeout;
    }
    QStringList containers;
    for (const Pending &p : std::as_const(services)) {
        const planning::PlanHealth &h = p.plan->health;
        const QString probe = probeFor(*p.plan);
        const int interval = std::max(1, std::min(h.intervalSeconds, m_options.maxHealthInterval));
        const int wait = h.startPeriodSeconds + (interval + h.timeoutSeconds) * (h.retries + 1) + 30;
        EnvBuilder e = base();
        e.set(u"SERVICE"_s, p.compiled.name)
            .set(u"CONTAINER"_s, p.compiled.container)
            .set(u"IMAGE"_s, p.compiled.image)
            .set(u"INPUTS"_s, p.compiled.inputs)
            .set(u"NETWORK"_s, network)
            .set(u"ROLE"_s, p.compiled.backing ? u"backing"_s : u"app"_s)
            .set(u"PUBLIC"_s, p.plan->isPublic ? u"1"_s : u"0"_s)
            .set(u"ENV"_s, b64(p.envFile))
            .set(u"RUN_ARGS"_s, b64List(p.runArgs))
            .set(u"COMMAND"_s, b64List(p.plan->command))
            .set(u"HEALTH_WAIT"_s, QString::number(wait));
        if (!probe.isEmpty()) {
            e.set(u"HEALTH"_s, b64(probe.toUtf8()))
                .set(u"HEALTH_INTERVAL"_s, QString::number(interval))
                .set(u"HEALTH_TIMEOUT"_s, QString::number(std::max(1, h.timeoutSeconds)))
                .set(u"HEALTH_RETRIES"_s, QString::number(std::max(1, h.retries)))
                .set(u"HEALTH_START"_s, QString::number(std::max(0, h.startPeriodSeconds)));
        }
        step(u"start-"_s + p.compiled.name,
             p.compiled.backing ? tr("Start %1 and wait until it is healthy").arg(p.compiled.name)
                                : tr("Start the new %1 beside the old one and health-check it").arg(p.compiled.name),
             u"start"_s, e.bytes());
        if (!p.compiled.backing)
            containers.append(p.compiled.container);
    }
    step(u"switch"_s, tr("Switch the proxy to the new release"), u"switch"_s,
         base().set(u"SITE"_s, b64(site.toUtf8())).set(u"CONTAINERS"_s, containers.join(u' ')).bytes());
    for (const Pending &p : std::as_const(services)) {
        if (p.plan->postDeploy.isEmpty())
            continue;
        step(u"post-deploy-"_s + p.compiled.name, tr("Run the post-deploy commands of %1").arg(p.compiled.name),
             u"post-deploy"_s,
             base().set(u"CONTAINER"_s, p.compiled.container).set(u"COMMANDS"_s, b64List(p.plan->postDeploy)).bytes());
    }
    step(u"cleanup"_s, tr("Stop the old release and keep the last %1").arg(m_options.keepReleases), u"cleanup"_s,
         base().set(u"KEEP"_s, QString::number(std::clamp(m_options.keepReleases, 1, 99))).bytes());
    for (const Pending &p : std::as_const(services))
        out.services.append(p.compiled);
    return out;
}

void DeployRecipe::setSecretValues(qint64 projectId, const QHash<QString, QString> &values)
{
    m_secretValues.insert(projectId, values);
}

Result<QList<runs::StepDefinition>> DeployRecipe::compile(const runs::RecipeContext &context) const
{
    auto compiled = compileProject(context.run.projectId);
    if (!compiled)
        return std::unexpected(compiled.error());
    return compiled->steps;
}

Result<void> DeployRecipe::completed(const runs::RecipeContext &context, const QHash<QString, QString> &)
{
    const QList<Plan> plans = m_plans.plans(context.run.projectId);
    for (auto it = plans.crbegin(); it != plans.crend(); ++it) {
        if (it->status == Plan::Status::Approved) {
            if (auto set = m_plans.setStatus(it->id, Plan::Status::Executed); !set)
                return std::unexpected(set.error());
            break;
        }
        if (it->status == Plan::Status::Executed)
            break;
    }
    return {};
}

RollbackRecipe::RollbackRecipe(ProjectStore &projects)
    : m_projects(projects)
{}

void RollbackRecipe::setTarget(qint64 projectId, const QString &release)
{
    if (release.isEmpty())
        m_targets.remove(projectId);
    else
        m_targets.insert(projectId, release);
}

Result<QList<runs::StepDefinition>> RollbackRecipe::compile(const runs::RecipeContext &context) const
{
    const auto project = m_projects.find(context.run.projectId);
    if (!project)
        return fail(Error::Code::NotFound,
                    tr("A rollback needs a project; there is no project with id %1.").arg(context.run.projectId));
    const QString target = m_targets.value(context.run.projectId);
    static const QRegularExpression releaseRe(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    if (!target.isEmpty() && !releaseRe.match(target).hasMatch())
        return fail(Error::Code::InvalidInput, tr("\"%1\" is not a release id.").arg(target));
    auto common = provisionScript(u"common.sh"_s);
    if (!common)
        return std::unexpected(common.error());
    auto library = deployScript();
    if (!library)
        return std::unexpected(library.error());
    runs::StepDefinition d;
    d.name = u"rollback"_s;
    d.label =
        target.isEmpty() ? tr("Switch back to the previous release") : tr("Switch back to release %1").arg(target);
    d.script = *common + u'\n' + *library + u"\ndeploy_main rollback \"$@\" </dev/null\n"_s;
    EnvBuilder e;
    e.set(u"PROJECT"_s, projectSlug(project->name));
    if (!target.isEmpty())
        e.set(u"TARGET"_s, target);
    d.envFile = e.bytes();
    d.needsRoot = true;
    d.timeout = std::chrono::minutes(10);
    return QList<runs::StepDefinition>{d};
}

} // namespace hydron::deploy
