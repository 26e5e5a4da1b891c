// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planning/validator.h"

#include "core/source/imagereference.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace hydron::planning {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::planning", text);
}

QString portList(const QList<int> &ports)
{
    QStringList out;
    for (int p : ports)
        out.append(QString::number(p));
    return out.isEmpty() ? tr("none") : out.join(u", ");
}

bool insideSource(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return false;
    const QString clean = QDir::cleanPath(path);
    return clean != u".." && !clean.startsWith(u"../");
}

bool isTestName(const QString &host)
{
    static const QStringList suffixes{u".test"_s,    u".localhost"_s, u".local"_s, u".internal"_s,
                                      u".example"_s, u".invalid"_s,   u".lan"_s,   u".home.arpa"_s};
    return std::ranges::any_of(suffixes, [&](const QString &s) { return host.endsWith(s); });
}

class Validator
{
public:
    Validator(const PlanDocument &plan, const ValidationOptions &options)
        : m_plan(plan)
        , m_options(options)
    {}

    QList<PlanProblem> run()
    {
        QSet<QString> names;
        for (const PlanService &s : m_plan.services) {
            if (names.contains(s.name))
                add(PlanProblem::Code::InvalidName, s.name, u"name"_s,
                    tr("Two services are named \"%1\"; service names must be unique.").arg(s.name));
            names.insert(s.name);
            service(s);
        }
        routes();
        cycles();
        memory();
        return m_problems;
    }

private:
    void add(PlanProblem::Code code, const QString &service, const QString &field, const QString &message)
    {
        m_problems.append(PlanProblem{code, service, field, message});
    }

    void service(const PlanService &s)
    {
        static const QRegularExpression name(u"^[a-z0-9][a-z0-9_-]{0,62}$"_s);
        if (!name.match(s.name).hasMatch())
            add(PlanProblem::Code::InvalidName, s.name, u"name"_s,
                tr("\"%1\" cannot name a service: use up to 63 lower-case letters, digits, '-' and '_', starting "
                   "with a letter or digit.")
                    .arg(s.name));
        if (!s.build && s.image.isEmpty())
            add(PlanProblem::Code::MissingImage, s.name, u"image"_s,
                tr("%1: the service has neither an image nor a build; choose an image or a Dockerfile.").arg(s.name));
        if (!s.image.isEmpty()) {
            if (auto ref = source::ImageReference::parse(s.image); !ref)
                add(PlanProblem::Code::InvalidImage, s.name, u"image"_s,
                    tr("%1: the image \"%2\" is not a valid reference: %3").arg(s.name, s.image, ref.error().message));
        }
        if (s.build) {
            if (!insideSource(s.build->context))
                add(PlanProblem::Code::InvalidBuild, s.name, u"build.context"_s,
                    tr("%1: the build context \"%2\" must be a folder inside the source.")
                        .arg(s.name, s.build->context));
            if (!s.build->dockerfile.isEmpty() && !insideSource(s.build->context + u'/' + s.build->dockerfile))
                add(PlanProblem::Code::InvalidBuild, s.name, u"build.dockerfile"_s,
                    tr("%1: the Dockerfile \"%2\" must be inside the source.").arg(s.name, s.build->dockerfile));
            if (s.build->dockerfile.isEmpty() && s.build->generatedDockerfile.trimmed().isEmpty())
                add(PlanProblem::Code::InvalidBuild, s.name, u"build.dockerfile"_s,
                    tr("%1: the build has neither a Dockerfile path nor a generated Dockerfile.").arg(s.name));
            for (auto it = s.build->args.cbegin(); it != s.build->args.cend(); ++it) {
                if (it.value().isEmpty())
                    add(PlanProblem::Code::InvalidBuild, s.name, u"build.args."_s + it.key(),
                        tr("%1: the build argument %2 has no value.").arg(s.name, it.key()));
            }
        }
        for (const QString &dep : s.dependsOn) {
            if (!m_plan.service(dep))
                add(PlanProblem::Code::UnknownDependency, s.name, u"depends_on"_s,
                    tr("%1 depends on \"%2\", which is not a service of this plan.").arg(s.name, dep));
        }
        if (s.isPublic && s.publicPort == 0)
            add(PlanProblem::Code::PublicWithoutPort, s.name, u"public_port"_s,
                tr("%1 is public but has no port for the proxy to route to; give the service a port.").arg(s.name));
        else if (s.isPublic && !s.ports.contains(s.publicPort))
            add(PlanProblem::Code::PublicWithoutPort, s.name, u"public_port"_s,
                tr("%1: the public port %2 is not one of the service's ports (%3).")
                    .arg(s.name)
                    .arg(s.publicPort)
                    .arg(portList(s.ports)));
        if (!s.isPublic && !s.domains.isEmpty())
            add(PlanProblem::Code::DomainNotPublic, s.name, u"domains"_s,
                tr("%1 has domains but is not public; make it public or remove the domains.").arg(s.name));
        for (const PlanDomain &d : s.domains) {
            QString why;
            if (!isValidDomain(d.host, &why))
                add(PlanProblem::Code::InvalidDomain, s.name, u"domains"_s,
                    tr("%1: \"%2\" is not a valid domain: %3").arg(s.name, d.host, why));
            else if (d.tls == TlsMode::Acme && isTestName(d.host.toLower()))
                add(PlanProblem::Code::InvalidDomain, s.name, u"domains"_s,
                    tr("%1: no public CA issues certificates for %2; use internal TLS for it.").arg(s.name, d.host));
        }
        env(s);
        health(s);
        volumes(s);
    }

    void env(const PlanService &s)
    {
        static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_.-]*$"_s);
        QSet<QString> seen;
        for (const PlanEnvVar &var : s.env) {
            const QString field = u"env."_s + var.name;
            if (!name.match(var.name).hasMatch())
                add(PlanProblem::Code::InvalidEnv, s.name, field,
                    tr("%1: \"%2\" is not a valid environment variable name.").arg(s.name, var.name));
            if (seen.contains(var.name))
                add(PlanProblem::Code::InvalidEnv, s.name, field,
                    tr("%1: the variable %2 is set twice.").arg(s.name, var.name));
            seen.insert(var.name);
            if (var.required && var.kind == PlanEnvVar::Kind::Unset)
                add(PlanProblem::Code::MissingRequiredEnv, s.name, field,
                    tr("%1: the required variable %2 has no value; set a value or a secret.").arg(s.name, var.name));
            if (var.kind == PlanEnvVar::Kind::Literal && (var.value.contains(u'\n') || var.value.contains(u'\0')))
                add(PlanProblem::Code::InvalidEnv, s.name, field,
                    tr("%1: the value of %2 holds a line break or a NUL character.").arg(s.name, var.name));
            if (var.kind == PlanEnvVar::Kind::Template &&
                !forEachTemplatePart(
                    var.value, [](const QString &) {}, [](const QString &) {}))
                add(PlanProblem::Code::InvalidEnv, s.name, field,
                    tr("%1: the template of %2 is malformed; write ${secret:REF} for a secret and $$ for a '$'.")
                        .arg(s.name, var.name));
            for (const QString &ref : var.secretRefs()) {
                const PlanSecret *secret = m_plan.secret(ref);
                if (!secret)
                    add(PlanProblem::Code::InvalidEnv, s.name, field,
                        tr("%1: %2 refers to the secret \"%3\", which the plan does not list.")
                            .arg(s.name, var.name, ref));
                else if (!secret->generate && m_options.availableSecrets && !m_options.availableSecrets->contains(ref))
                    add(PlanProblem::Code::MissingSecret, s.name, field,
                        tr("%1: %2 needs the secret \"%3\"; set its value.").arg(s.name, var.name, ref));
            }
        }
    }

    void health(const PlanService &s)
    {
        static const QRegularExpression path(u"^/[A-Za-z0-9._~/%?=&+,:@-]*$"_s);
        const PlanHealth &h = s.health;
        if (h.type == PlanHealth::Type::Http) {
            if (!path.match(h.path).hasMatch())
                add(PlanProblem::Code::InvalidHealth, s.name, u"health.path"_s,
                    tr("%1: the health path \"%2\" must start with '/' and hold only URL characters.")
                        .arg(s.name, h.path));
            if (!s.ports.contains(h.port))
                add(PlanProblem::Code::InvalidHealth, s.name, u"health.port"_s,
                    tr("%1: the health check's port %2 is not one of the service's ports (%3).")
                        .arg(s.name)
                        .arg(h.port)
                        .arg(portList(s.ports)));
        } else if (h.type == PlanHealth::Type::Command && h.command.trimmed().isEmpty()) {
            add(PlanProblem::Code::InvalidHealth, s.name, u"health.command"_s,
                tr("%1: the health check has no command.").arg(s.name));
        }
        if (h.type != PlanHealth::Type::None && h.timeoutSeconds > h.intervalSeconds)
            add(PlanProblem::Code::InvalidHealth, s.name, u"health.timeout"_s,
                tr("%1: the health check's timeout (%2 s) is longer than its interval (%3 s).")
                    .arg(s.name)
                    .arg(h.timeoutSeconds)
                    .arg(h.intervalSeconds));
    }

    void volumes(const PlanService &s)
    {
        static const QRegularExpression name(u"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"_s);
        QSet<QString> paths;
        for (const PlanVolume &v : s.volumes) {
            if (!name.match(v.name).hasMatch())
                add(PlanProblem::Code::InvalidVolume, s.name, u"volumes"_s,
                    tr("%1: \"%2\" cannot name a volume: use letters, digits, '_', '.' and '-'.").arg(s.name, v.name));
            if (!v.path.startsWith(u'/'))
                add(PlanProblem::Code::InvalidVolume, s.name, u"volumes"_s,
                    tr("%1: the volume %2 must be mounted on an absolute path, not \"%3\".")
                        .arg(s.name, v.name, v.path));
            if (paths.contains(v.path))
                add(PlanProblem::Code::InvalidVolume, s.name, u"volumes"_s,
                    tr("%1: two volumes are mounted on %2.").arg(s.name, v.path));
            paths.insert(v.path);
        }
    }

    void routes()
    {
        QMap<QString, QStringList> byHost;
        QStringList withoutDomain;
        for (const PlanService &s : m_plan.services) {
            if (!s.isPublic)
                continue;
            if (s.domains.isEmpty())
                withoutDomain.append(s.name);
            for (const PlanDomain &d : s.domains)
                byHost[d.host.toLower()].append(s.name);
        }
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it) {
            if (it.value().size() > 1)
                add(PlanProblem::Code::PortClash, it.value().at(1), u"domains"_s,
                    tr("%1 is routed to more than one service (%2); each domain can serve one.")
                        .arg(it.key(), it.value().join(u", ")));
        }
        if (withoutDomain.size() > 1)
            add(PlanProblem::Code::PortClash, withoutDomain.at(1), u"domains"_s,
                tr("%1 are all public without a domain, but only one service can answer on the server's own "
                   "address; give the others a domain.")
                    .arg(withoutDomain.join(u", ")));
    }

    void cycles()
    {
        // Depth-first search; each cycle is reported once, from its smallest name.
        QMap<QString, int> state; // 0 new, 1 on the stack, 2 done
        QStringList stack;
        QSet<QString> reported;
        std::function<void(const QString &)> visit = [&](const QString &name) {
            state[name] = 1;
            stack.append(name);
            const PlanService *s = m_plan.service(name);
            for (const QString &dep : s->dependsOn) {
                if (!m_plan.service(dep))
                    continue;
                if (state.value(dep) == 1) {
                    QStringList cycle = stack.mid(stack.indexOf(dep));
                    QStringList sorted = cycle;
                    sorted.sort();
                    if (!reported.contains(sorted.join(u','))) {
                        reported.insert(sorted.join(u','));
                        cycle.append(dep);
                        add(PlanProblem::Code::DependencyCycle, dep, u"depends_on"_s,
                            tr("The services depend on each other in a circle: %1.").arg(cycle.join(u" → ")));
                    }
                } else if (state.value(dep) == 0) {
                    visit(dep);
                }
            }
            stack.removeLast();
            state[name] = 2;
        };
        QStringList names;
        for (const PlanService &s : m_plan.services)
            names.append(s.name);
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (state.value(name) == 0)
                visit(name);
        }
    }

    void memory()
    {
        const int server = m_plan.server.memoryMb;
        if (server <= 0)
            return;
        for (const PlanService &s : m_plan.services) {
            if (s.memoryMb > server)
                add(PlanProblem::Code::MemoryBeyondServer, s.name, u"memory_mb"_s,
                    tr("%1: the memory limit of %2 MB is more than the server's %3 MB.")
                        .arg(s.name)
                        .arg(s.memoryMb)
                        .arg(server));
        }
        const int total = m_plan.totalMemoryMb();
        if (total > server)
            add(PlanProblem::Code::MemoryBeyondServer, {}, u"memory_mb"_s,
                tr("The services' memory limits add up to %1 MB, more than the server's %2 MB; choose a larger "
                   "server or lower the limits.")
                    .arg(total)
                    .arg(server));
    }

    const PlanDocument &m_plan;
    const ValidationOptions &m_options;
    QList<PlanProblem> m_problems;
};

} // namespace

bool isValidDomain(const QString &host, QString *why)
{
    const auto reason = [&](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (host.isEmpty())
        return reason(tr("it is empty"));
    if (host.size() > 253)
        return reason(tr("it is longer than 253 characters"));
    if (host.startsWith(u"*."))
        return reason(tr("wildcard domains need a DNS challenge, which the proxy is not set up for"));
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    const QStringList labels = host.toLower().split(u'.');
    if (labels.size() < 2)
        return reason(tr("use a fully qualified name such as app.example.com"));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return reason(tr("the part \"%1\" must be 1 to 63 letters, digits or inner '-'").arg(l));
    }
    static const QRegularExpression numeric(u"^[0-9]+$"_s);
    if (numeric.match(labels.last()).hasMatch())
        return reason(tr("an IP address is not a domain; use a host name"));
    return true;
}

QList<PlanProblem> validatePlan(const PlanDocument &plan, const ValidationOptions &options)
{
    return Validator(plan, options).run();
}

} // namespace hydron::planning
