// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/detector.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

Evidence ev(const QString &fact, const QString &value, const QString &file, int line)
{
    return Evidence{fact, value, file, line};
}

void ServiceDraft::addEvidence(const Evidence &e)
{
    if (!evidence.contains(e))
        evidence.append(e);
}

void ServiceDraft::declareEnv(const QString &name, bool hasValue, const Evidence &e, std::optional<bool> required)
{
    EnvEntry &entry = env[name];
    if (!entry.readInCode && !entry.declared)
        entry.evidence = e;
    entry.declared = true;
    entry.declaredHasValue = entry.declaredHasValue || hasValue;
    if (required)
        entry.explicitRequired = required;
}

DetectionContext::DetectionContext(FileIndex &idx, WarningList &w, const std::atomic<bool> *cancel)
    : index(idx)
    , warnings(w)
    , m_cancel(cancel)
{}

const Manifest *DetectionContext::manifest(const QString &path, Manifest (*parser)(QByteArrayView))
{
    auto it = m_manifests.find(path);
    if (it != m_manifests.end())
        return it->second ? &*it->second : nullptr;
    const QByteArray *bytes = read(path);
    if (!bytes) {
        m_manifests.emplace(path, std::nullopt);
        return nullptr;
    }
    Manifest parsed = parser(*bytes);
    if (!parsed.ok()) {
        warnInvalid(path, parsed.error, parsed.errorLine);
        m_manifests.emplace(path, std::nullopt);
        return nullptr;
    }
    auto inserted = m_manifests.emplace(path, std::move(parsed));
    return &*inserted.first->second;
}

void DetectionContext::warnInvalid(const QString &file, const QString &error, int line)
{
    const QString where =
        line > 0 ? QCoreApplication::translate("hydron::analysis", "%1, line %2").arg(file).arg(line) : file;
    warnings.add(
        u"invalid-manifest"_s,
        QCoreApplication::translate("hydron::analysis", "%1 could not be parsed and was ignored: %2").arg(where, error),
        file);
}

ServiceDraft &DetectionContext::addService(const QString &path, const QString &ecosystem)
{
    ServiceDraft &draft = services.emplace_back();
    draft.id = m_nextId++;
    draft.path = path;
    draft.ecosystem = ecosystem;
    draft.scopes = {Scope{path, false, true}};
    return draft;
}

QList<ServiceDraft *> DetectionContext::servicesAt(const QString &path)
{
    QList<ServiceDraft *> out;
    for (ServiceDraft &s : services) {
        if (s.path == path)
            out << &s;
    }
    return out;
}

ServiceDraft *DetectionContext::primaryAt(const QString &path)
{
    for (ServiceDraft &s : services) {
        if (s.path == path && s.role.isEmpty())
            return &s;
    }
    return nullptr;
}

bool DetectionContext::isInside(QStringView path, QStringView dir)
{
    if (dir == u".")
        return true;
    return path.size() > dir.size() && path.startsWith(dir) && path[dir.size()] == u'/';
}

QList<int> DetectionContext::upwards(const QString &dir, const QString &name) const
{
    QList<int> out;
    QString d = dir;
    for (;;) {
        const int i = index.find(FileIndex::join(d, name));
        if (i >= 0)
            out << i;
        if (d == u".")
            break;
        d = FileIndex::parentOf(d);
    }
    return out;
}

void DetectionContext::addFacts(int file, const FileFacts &more)
{
    FileFacts &f = facts[file];
    f.env += more.env;
    f.ports += more.ports;
    f.routes += more.routes;
    f.usages += more.usages;
    f.markers += more.markers;
    f.imports += more.imports;
}

bool DetectionContext::isNonServicePath(QStringView path)
{
    static const QSet<QString> names = {
        u"examples"_s,   u"example"_s,   u"fixtures"_s,  u"fixture"_s,  u"__fixtures__"_s, u"test"_s,    u"tests"_s,
        u"__tests__"_s,  u"spec"_s,      u"specs"_s,     u"e2e"_s,      u"testdata"_s,     u"samples"_s, u"sample"_s,
        u"benchmarks"_s, u"benchmark"_s, u"templates"_s, u"template"_s, u"node_modules"_s};
    for (QStringView part : path.split(u'/')) {
        if (names.contains(part.toString()))
            return true;
    }
    return false;
}

QString DetectionContext::baseNameOf(QStringView dir, const QString &rootName)
{
    if (dir == u".")
        return rootName;
    const qsizetype slash = dir.lastIndexOf(u'/');
    return (slash < 0 ? dir : dir.mid(slash + 1)).toString();
}

QString readVersionFile(DetectionContext &ctx, int file, const QString &toolVersionsKey, int *line)
{
    const QByteArray *content = ctx.index.content(file);
    if (!content)
        return {};
    const bool toolVersions = ctx.index.files()[std::size_t(file)].path.endsWith(u".tool-versions");
    const QList<QByteArray> lines = content->split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = QString::fromUtf8(lines[i]).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (toolVersions) {
            const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
            if (words.size() < 2 || words[0] != toolVersionsKey)
                continue;
            text = words[1];
        }
        for (const QString &prefix : {u"python-"_s, u"ruby-"_s, u"node-"_s, u"v"_s})
            if (text.startsWith(prefix))
                text = text.mid(prefix.size());
        if (line)
            *line = int(i + 1);
        return text;
    }
    return {};
}

ServiceDraft &addProcess(DetectionContext &ctx, ServiceDraft &primary, const QString &role, const QString &command,
                         const Evidence &evidence, int priority)
{
    const int parentId = primary.id;
    const QString path = primary.path;
    const QString ecosystem = primary.ecosystem;
    const QString baseName = primary.baseName;
    const QList<Scope> scopes = primary.scopes;
    const QStringList dependencies = primary.dependencies;
    ServiceDraft &draft = ctx.addService(path, ecosystem);
    draft.parentId = parentId;
    draft.baseName = baseName;
    draft.role = role;
    draft.scopes = scopes;
    draft.dependencies = dependencies;
    draft.codeFacts = false;
    const bool job = role == u"release" || role == u"postdeploy" || role == u"migrate";
    draft.kind.offer(job ? ServiceKind::Job : ServiceKind::Worker, priority,
                     ev(u"kind"_s, job ? u"job"_s : u"worker"_s, evidence.file, evidence.line));
    if (!command.isEmpty())
        draft.start.offer(command, priority, evidence);
    draft.addEvidence(ev(u"service"_s, role, evidence.file, evidence.line));
    return draft;
}

void offerStartCommandPort(ServiceDraft &draft, const QString &command, const Evidence &evidence)
{
    static const QRegularExpression flag(uR"re((?:--port|-p|--http-port|--listen)[= ]\$?\{?(\w+)\}?)re"_s);
    static const QRegularExpression bind(uR"re((?:-b|--bind|--host)[= ]['"]?[\w.\[\]:]*:\$?\{?(\w+)\}?)re"_s);
    static const QRegularExpression envPrefix(uR"re(^(?:\w+=\S*\s+)*PORT=(\d+)\s)re"_s);
    for (const QRegularExpression *re : {&flag, &bind, &envPrefix}) {
        const auto m = re->match(command);
        if (!m.hasMatch())
            continue;
        const QString value = m.captured(1);
        int port = 0;
        if (isPort(value, &port))
            draft.port.offer(port, Priority::StartFlag, ev(u"port"_s, value, evidence.file, evidence.line));
        else if (!value.isEmpty() && value.front().isUpper()) {
            draft.portEnv.offer(value, Priority::StartFlag, ev(u"port_env"_s, value, evidence.file, evidence.line));
            // The command listens wherever the variable says: a default found elsewhere no longer holds.
            if (draft.port.priority < Priority::StartFlag) {
                draft.port = Pick<int>();
                draft.port.priority = Priority::StartFlag;
            }
        }
        return;
    }
}

} // namespace hydron::analysis
