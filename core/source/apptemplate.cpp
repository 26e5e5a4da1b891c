// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/apptemplate.h"

#include "core/model/json.h"
#include "core/model/names.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hydron::source {
namespace {

constexpr std::array<EnumName<SecretGenerator::Alphabet>, 3> alphabetNames{{
    {SecretGenerator::Alphabet::Alphanumeric, u"alphanumeric"},
    {SecretGenerator::Alphabet::Hex, u"hex"},
    {SecretGenerator::Alphabet::Base64, u"base64"},
}};

const QString PublicUrl = u"public_url"_s;

std::unexpected<Error> invalid(const QString &message)
{
    return fail(Error::Code::InvalidInput, message);
}

// A value split into literal text and ${…} references.
struct Piece
{
    bool reference = false;
    QString text;
};

Result<QList<Piece>> tokenize(const QString &value)
{
    QList<Piece> pieces;
    QString literal;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'$' && i + 1 < value.size() && value.at(i + 1) == u'$') {
            literal += u'$';
            ++i;
            continue;
        }
        if (c == u'$' && i + 1 < value.size() && value.at(i + 1) == u'{') {
            const qsizetype close = value.indexOf(u'}', i + 2);
            if (close < 0)
                return invalid(QCoreApplication::translate("hydron::Templates",
                                                           "the value \"%1\" opens \"${\" without closing it with "
                                                           "\"}\".")
                                   .arg(value));
            if (!literal.isEmpty())
                pieces.append(Piece{false, literal});
            literal.clear();
            pieces.append(Piece{true, value.mid(i + 2, close - i - 2)});
            i = close;
            continue;
        }
        literal += c;
    }
    if (!literal.isEmpty())
        pieces.append(Piece{false, literal});
    return pieces;
}

std::optional<ServiceKind> kindFromName(const QString &name)
{
    for (ServiceKind kind :
         {ServiceKind::Web, ServiceKind::Api, ServiceKind::Worker, ServiceKind::Static, ServiceKind::Job}) {
        if (serviceKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// Reports keys the format does not know, so a misspelt "depend_on" is not silently ignored.
Result<void> checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &context)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(
                QCoreApplication::translate("hydron::Templates", "%1: unknown field \"%2\"; the fields are: %3.")
                    .arg(context, it.key(), allowed.join(u", ")));
    }
    return {};
}

Result<TemplateEnvVar> parseEnvVar(const QJsonValue &item, const QString &context)
{
    if (!item.isObject())
        return invalid(
            QCoreApplication::translate("hydron::Templates", "%1: each env entry must be an object.").arg(context));
    const QJsonObject json = item.toObject();
    if (auto ok = checkKeys(json, {u"name"_s, u"value"_s, u"secret"_s, u"generate"_s, u"required"_s, u"description"_s},
                            context);
        !ok)
        return std::unexpected(ok.error());
    JsonReader r(json, context);
    TemplateEnvVar var;
    var.name = r.requiredString(u"name");
    var.value = r.string(u"value");
    var.secret = r.boolean(u"secret");
    var.required = r.boolean(u"required");
    var.description = r.string(u"description");
    const QJsonObject generate = r.object(u"generate");
    if (!r.ok())
        return std::unexpected(r.error());
    const QString where = context + u" " + var.name;

    static const QRegularExpression envName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!envName.match(var.name).hasMatch())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: \"%2\" is not a valid environment variable name (letters, "
                                                   "digits and '_', not starting with a digit).")
                           .arg(context, var.name));
    const int ways = int(json.contains(u"value"_s)) + int(json.contains(u"generate"_s)) + int(var.required);
    if (ways != 1)
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: give exactly one of \"value\", \"generate\" and "
                                                   "\"required\": true.")
                           .arg(where));
    if (json.contains(u"generate"_s)) {
        if (auto ok = checkKeys(generate, {u"length"_s, u"alphabet"_s}, where); !ok)
            return std::unexpected(ok.error());
        JsonReader g(generate, where);
        SecretGenerator generator;
        generator.length = int(g.integer(u"length", 32));
        generator.alphabet = g.enumeration(u"alphabet", alphabetNames, SecretGenerator::Alphabet::Alphanumeric);
        if (!g.ok())
            return std::unexpected(g.error());
        if (generator.length < 16 || generator.length > 256)
            return invalid(QCoreApplication::translate("hydron::Templates",
                                                       "%1: a generated secret must be 16 to 256 characters long, "
                                                       "not %2.")
                               .arg(where)
                               .arg(generator.length));
        if (!var.secret)
            return invalid(QCoreApplication::translate("hydron::Templates",
                                                       "%1: a generated value is a secret; mark it \"secret\": true.")
                               .arg(where));
        var.generate = generator;
    }
    if (var.required && var.description.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: a required variable needs a \"description\" telling the user "
                                                   "what to enter.")
                           .arg(where));
    auto pieces = tokenize(var.value);
    if (!pieces)
        return invalid(where + u": "_s + pieces.error().message);
    const bool hasReference = std::any_of(pieces->begin(), pieces->end(), [](const Piece &p) { return p.reference; });
    if (var.secret && json.contains(u"value"_s) && !hasReference)
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: a secret must not carry a literal value in a template; "
                                                   "generate it, require it, or build it from references to "
                                                   "generated secrets.")
                           .arg(where));
    return var;
}

Result<TemplateHealthCheck> parseHealth(const QJsonObject &json, const QString &context)
{
    if (json.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: every service needs a health check (\"health\" with \"http\" "
                                                   "or \"command\").")
                           .arg(context));
    if (auto ok =
            checkKeys(json, {u"http"_s, u"command"_s, u"interval"_s, u"timeout"_s, u"retries"_s, u"start_period"_s},
                      context + u" health"_s);
        !ok)
        return std::unexpected(ok.error());
    JsonReader r(json, context + u" health"_s);
    TemplateHealthCheck health;
    health.httpPath = r.string(u"http");
    health.command = r.string(u"command");
    health.intervalSeconds = int(r.integer(u"interval", 10));
    health.timeoutSeconds = int(r.integer(u"timeout", 5));
    health.retries = int(r.integer(u"retries", 5));
    health.startPeriodSeconds = int(r.integer(u"start_period", 0));
    if (!r.ok())
        return std::unexpected(r.error());
    if (health.httpPath.isEmpty() == health.command.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the health check needs exactly one of \"http\" (a path) and "
                                                   "\"command\".")
                           .arg(context));
    if (!health.httpPath.isEmpty() && !health.httpPath.startsWith(u'/'))
        return invalid(
            QCoreApplication::translate("hydron::Templates", "%1: the health check path \"%2\" must start with '/'.")
                .arg(context, health.httpPath));
    if (health.intervalSeconds < 1 || health.timeoutSeconds < 1 || health.retries < 1 || health.startPeriodSeconds < 0)
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the health check's interval, timeout and retries must be at "
                                                   "least 1, and its start_period at least 0.")
                           .arg(context));
    return health;
}

Result<TemplateService> parseService(const QJsonValue &item, const QString &templateContext)
{
    if (!item.isObject())
        return invalid(QCoreApplication::translate("hydron::Templates", "%1: each service must be an object.")
                           .arg(templateContext));
    const QJsonObject json = item.toObject();
    TemplateService service;
    service.name = json.value(u"name"_s).toString();
    const QString context =
        QCoreApplication::translate("hydron::Templates", "%1, service %2")
            .arg(templateContext,
                 service.name.isEmpty() ? QCoreApplication::translate("hydron::Templates", "(unnamed)") : service.name);
    if (auto ok = checkKeys(json,
                            {u"name"_s, u"kind"_s, u"image"_s, u"command"_s, u"ports"_s, u"public"_s, u"env"_s,
                             u"volumes"_s, u"health"_s, u"depends_on"_s, u"ulimits"_s},
                            context);
        !ok)
        return std::unexpected(ok.error());
    JsonReader r(json, context);
    service.name = r.requiredString(u"name");
    const QString kind = r.string(u"kind", u"web"_s);
    const QString image = r.requiredString(u"image");
    service.command = r.stringList(u"command");
    service.isPublic = r.boolean(u"public");
    const QJsonArray ports = r.array(u"ports");
    const QJsonArray env = r.array(u"env");
    const QJsonArray volumes = r.array(u"volumes");
    const QJsonObject health = r.object(u"health");
    service.dependsOn = r.stringList(u"depends_on");
    const QJsonObject ulimits = r.object(u"ulimits");
    if (!r.ok())
        return std::unexpected(r.error());

    if (auto valid = validateName(service.name, QCoreApplication::translate("hydron::Templates", "service name"));
        !valid)
        return invalid(context + u": "_s + valid.error().message);
    static const QRegularExpression hostName(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!hostName.match(service.name).hasMatch())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the service name must be lower-case letters, digits, '-' and "
                                                   "'_': other services reach it by that host name.")
                           .arg(context));
    if (auto k = kindFromName(kind))
        service.kind = *k;
    else
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the kind \"%2\" is not one of web, api, worker, static, job.")
                           .arg(context, kind));

    auto reference = ImageReference::parse(image);
    if (!reference)
        return invalid(context + u": "_s + reference.error().message);
    if (!reference->isPinned())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the image %2 is not pinned; give a version tag (not "
                                                   "\"latest\") or a digest, so a deploy is repeatable.")
                           .arg(context, image));
    service.image = *reference;

    for (const QJsonValue &port : ports) {
        const double number = port.toDouble(-1);
        if (!port.isDouble() || number != double(int(number)) || number < 1 || number > 65535)
            return invalid(
                QCoreApplication::translate("hydron::Templates", "%1: the port %2 is not a number between 1 and 65535.")
                    .arg(context, port.isDouble() ? QString::number(number) : port.toVariant().toString()));
        if (service.ports.contains(int(number)))
            return invalid(QCoreApplication::translate("hydron::Templates", "%1: the port %2 is listed twice.")
                               .arg(context)
                               .arg(int(number)));
        service.ports.append(int(number));
    }
    if (service.isPublic && service.ports.isEmpty())
        return invalid(
            QCoreApplication::translate("hydron::Templates", "%1: a public service needs a port for the reverse proxy.")
                .arg(context));

    QSet<QString> envNames;
    for (const QJsonValue &value : env) {
        auto var = parseEnvVar(value, context);
        if (!var)
            return std::unexpected(var.error());
        if (envNames.contains(var->name))
            return invalid(QCoreApplication::translate("hydron::Templates", "%1: the variable %2 is defined twice.")
                               .arg(context, var->name));
        envNames.insert(var->name);
        service.env.append(*var);
    }

    static const QRegularExpression volumeName(u"^[a-z0-9][a-z0-9_.-]*$"_s);
    for (const QJsonValue &value : volumes) {
        const QJsonObject object = value.toObject();
        if (auto ok = checkKeys(object, {u"name"_s, u"path"_s}, context + u" volume"_s); !ok)
            return std::unexpected(ok.error());
        TemplateVolume volume{object.value(u"name"_s).toString(), object.value(u"path"_s).toString()};
        if (!volumeName.match(volume.name).hasMatch())
            return invalid(QCoreApplication::translate("hydron::Templates",
                                                       "%1: the volume name \"%2\" must be lower-case letters, "
                                                       "digits, '.', '_' and '-'.")
                               .arg(context, volume.name));
        if (!volume.path.startsWith(u'/'))
            return invalid(QCoreApplication::translate("hydron::Templates",
                                                       "%1: the volume %2 needs an absolute path in the container, "
                                                       "not \"%3\".")
                               .arg(context, volume.name, volume.path));
        for (const TemplateVolume &other : std::as_const(service.volumes)) {
            if (other.path == volume.path)
                return invalid(QCoreApplication::translate("hydron::Templates", "%1: two volumes are mounted at %2.")
                                   .arg(context, volume.path));
        }
        service.volumes.append(volume);
    }

    auto check = parseHealth(health, context);
    if (!check)
        return std::unexpected(check.error());
    if (!check->httpPath.isEmpty() && service.ports.isEmpty())
        return invalid(
            QCoreApplication::translate("hydron::Templates", "%1: an HTTP health check needs a port to call.")
                .arg(context));
    service.health = *check;

    static const QRegularExpression limitName(u"^[a-z]+$"_s);
    for (auto it = ulimits.begin(); it != ulimits.end(); ++it) {
        const double number = it.value().toDouble(-1);
        if (!limitName.match(it.key()).hasMatch() || !it.value().isDouble() || number < 1)
            return invalid(QCoreApplication::translate("hydron::Templates",
                                                       "%1: the ulimit \"%2\" must be a name in lower case with a "
                                                       "positive number.")
                               .arg(context, it.key()));
        service.ulimits.insert(it.key(), qint64(number));
    }
    return service;
}

const TemplateEnvVar *findVar(const TemplateService &service, const QString &name)
{
    for (const TemplateEnvVar &var : service.env) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

} // namespace

QString SecretGenerator::generate() const
{
    static const QString alphanumeric = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    static const QString hex = u"0123456789abcdef"_s;
    static const QString base64 = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    const QString &chars = alphabet == Alphabet::Hex ? hex : alphabet == Alphabet::Base64 ? base64 : alphanumeric;
    QString out;
    out.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += chars.at(int(random->bounded(quint32(chars.size()))));
    return out;
}

QStringList TemplateEnvVar::references() const
{
    QStringList out;
    if (auto pieces = tokenize(value)) {
        for (const Piece &piece : *pieces) {
            if (piece.reference)
                out << piece.text;
        }
    }
    return out;
}

Service TemplateService::toService() const
{
    Service s;
    s.name = name;
    s.kind = kind;
    s.source = ServiceSource::Template;
    s.image = image.familiarName();
    for (const TemplateEnvVar &var : env)
        s.env.append(EnvVar{var.name, var.secret ? QString() : var.value, var.secret});
    s.ports = ports;
    s.health.path = health.httpPath;
    s.health.intervalSeconds = health.intervalSeconds;
    s.health.timeoutSeconds = health.timeoutSeconds;
    s.dependsOn = dependsOn;
    return s;
}

Result<AppTemplate> AppTemplate::fromJson(const QJsonObject &json, const QString &context)
{
    if (auto ok = checkKeys(json, {u"id"_s, u"name"_s, u"description"_s, u"category"_s, u"website"_s, u"services"_s},
                            context);
        !ok)
        return std::unexpected(ok.error());
    JsonReader r(json, context);
    AppTemplate t;
    t.m_id = r.requiredString(u"id");
    t.m_name = r.requiredString(u"name");
    t.m_description = r.requiredString(u"description");
    t.m_category = r.requiredString(u"category");
    t.m_website = r.string(u"website");
    const QJsonArray services = r.array(u"services");
    if (!r.ok())
        return std::unexpected(r.error());

    static const QRegularExpression id(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!id.match(t.m_id).hasMatch())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: the id \"%2\" must be lower-case letters and digits joined by "
                                                   "single dashes.")
                           .arg(context, t.m_id));
    if (auto valid = validateName(t.m_name, QCoreApplication::translate("hydron::Templates", "template name")); !valid)
        return invalid(context + u": "_s + valid.error().message);
    const QString where = QCoreApplication::translate("hydron::Templates", "Template %1").arg(t.m_id);
    if (services.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Templates", "%1: it has no services.").arg(where));

    for (const QJsonValue &item : services) {
        auto service = parseService(item, where);
        if (!service)
            return std::unexpected(service.error());
        if (t.service(service->name))
            return invalid(QCoreApplication::translate("hydron::Templates", "%1: the service %2 is defined twice.")
                               .arg(where, service->name));
        t.m_services.append(*service);
    }

    // Cross-service checks: depends_on and references.
    for (const TemplateService &service : std::as_const(t.m_services)) {
        const QString context2 =
            QCoreApplication::translate("hydron::Templates", "%1, service %2").arg(where, service.name);
        for (const QString &dependency : service.dependsOn) {
            if (dependency == service.name)
                return invalid(
                    QCoreApplication::translate("hydron::Templates", "%1: it depends on itself.").arg(context2));
            if (!t.service(dependency))
                return invalid(QCoreApplication::translate("hydron::Templates",
                                                           "%1: depends_on names \"%2\", which is not a service of "
                                                           "this template.")
                                   .arg(context2, dependency));
        }
        for (const TemplateEnvVar &var : service.env) {
            for (const QString &reference : var.references()) {
                if (reference == PublicUrl) {
                    if (!service.isPublic)
                        return invalid(QCoreApplication::translate("hydron::Templates",
                                                                   "%1 %2: ${public_url} needs a public service.")
                                           .arg(context2, var.name));
                    continue;
                }
                const qsizetype dot = reference.indexOf(u'.');
                const QString targetService = reference.left(dot);
                const QString targetName = reference.mid(dot + 1);
                const TemplateService *target = dot > 0 ? t.service(targetService) : nullptr;
                const TemplateEnvVar *targetVar = target ? findVar(*target, targetName) : nullptr;
                if (!targetVar)
                    return invalid(QCoreApplication::translate("hydron::Templates",
                                                               "%1 %2: the reference ${%3} names no variable; write "
                                                               "${service.NAME} or ${public_url}.")
                                       .arg(context2, var.name, reference));
                if (targetVar == &var)
                    return invalid(QCoreApplication::translate("hydron::Templates", "%1 %2 refers to itself.")
                                       .arg(context2, var.name));
                if (!targetVar->references().isEmpty())
                    return invalid(QCoreApplication::translate("hydron::Templates",
                                                               "%1 %2: ${%3} refers to a variable that is itself "
                                                               "built from references; refer to the original.")
                                       .arg(context2, var.name, reference));
                if (targetVar->secret && !var.secret)
                    return invalid(QCoreApplication::translate("hydron::Templates",
                                                               "%1 %2 contains the secret ${%3}, so it must be "
                                                               "marked \"secret\": true.")
                                       .arg(context2, var.name, reference));
            }
        }
    }
    if (t.startOrder().size() != t.m_services.size())
        return invalid(QCoreApplication::translate("hydron::Templates",
                                                   "%1: depends_on forms a cycle, so no service could start first.")
                           .arg(where));
    return t;
}

Result<AppTemplate> AppTemplate::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::Templates", "The template %1 cannot be read.").arg(file),
                    f.errorString());
    const QString context = QFileInfo(file).fileName();
    auto json = parseJsonObject(f.readAll(), context);
    if (!json)
        return std::unexpected(json.error());
    auto parsed = fromJson(*json, context);
    if (!parsed)
        return parsed;
    if (QFileInfo(file).completeBaseName() != parsed->id())
        return invalid(
            QCoreApplication::translate("hydron::Templates", "%1: the file name must be the template's id (%2.json).")
                .arg(context, parsed->id()));
    return parsed;
}

const TemplateService *AppTemplate::service(const QString &name) const
{
    for (const TemplateService &s : m_services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList AppTemplate::startOrder() const
{
    QStringList order;
    QSet<QString> placed;
    bool progress = true;
    while (progress && order.size() < m_services.size()) {
        progress = false;
        for (const TemplateService &s : m_services) {
            if (placed.contains(s.name))
                continue;
            const bool ready = std::all_of(s.dependsOn.begin(), s.dependsOn.end(),
                                           [&placed](const QString &d) { return placed.contains(d); });
            if (ready) {
                order << s.name;
                placed.insert(s.name);
                progress = true;
            }
        }
    }
    return order;
}

QList<Service> AppTemplate::toServices() const
{
    QList<Service> out;
    for (const TemplateService &s : m_services)
        out.append(s.toService());
    return out;
}

Result<QList<ResolvedEnvVar>> AppTemplate::resolveEnvironment(const QHash<QString, QString> &given) const
{
    // First the variables that refer to nothing: generated, required and plain values.
    QHash<QString, QString> base;
    for (const TemplateService &service : m_services) {
        for (const TemplateEnvVar &var : service.env) {
            const QString key = service.name + u'.' + var.name;
            if (var.generate) {
                base.insert(key, var.generate->generate());
            } else if (var.required) {
                const QString value = given.value(key);
                if (value.isEmpty())
                    return fail(
                        Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::Templates", "The variable %1 of %2 needs a value: %3")
                            .arg(var.name, service.name, var.description));
                base.insert(key, value);
            } else if (var.references().isEmpty()) {
                const auto pieces = tokenize(var.value);
                base.insert(key, pieces && !pieces->isEmpty() ? pieces->front().text : QString());
            }
        }
    }
    QList<ResolvedEnvVar> out;
    for (const TemplateService &service : m_services) {
        for (const TemplateEnvVar &var : service.env) {
            const QString key = service.name + u'.' + var.name;
            QString value;
            if (base.contains(key)) {
                value = base.value(key);
            } else {
                const auto pieces = tokenize(var.value);
                for (const Piece &piece : pieces.value_or(QList<Piece>())) {
                    if (!piece.reference) {
                        value += piece.text;
                    } else if (piece.text == PublicUrl) {
                        const QString url = given.value(service.name + u".public_url"_s);
                        if (url.isEmpty())
                            return fail(Error::Code::InvalidInput,
                                        QCoreApplication::translate("hydron::Templates",
                                                                    "The public URL of %1 is not known yet; it is "
                                                                    "needed for %2.")
                                            .arg(service.name, var.name));
                        value += url;
                    } else {
                        value += base.value(piece.text);
                    }
                }
            }
            out.append(ResolvedEnvVar{service.name, var.name, value, var.secret});
        }
    }
    return out;
}

} // namespace hydron::source
