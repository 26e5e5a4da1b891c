// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/dockerfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

struct Instruction
{
    QString keyword; // upper case
    QString args;
    int line = 0;
};

// Exec form ["a", "b"] -> "a b"; shell form as is.
QString commandText(const QString &args)
{
    const QString trimmed = args.trimmed();
    if (trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : doc.array()) {
                const QString part = v.toString();
                parts << (part.contains(u' ') ? u'"' + part + u'"' : part);
            }
            return parts.join(u' ');
        }
    }
    return trimmed;
}

QString substitute(const QString &text, const QList<std::pair<QString, Located>> &env)
{
    static const QRegularExpression var(uR"(\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}?)"_s);
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        QString value = m.captured(2);
        for (auto e = env.rbegin(); e != env.rend(); ++e) {
            if (e->first == m.captured(1) && !e->second.value.isEmpty()) {
                value = e->second.value;
                break;
            }
        }
        out += value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

std::vector<Instruction> instructions(QByteArrayView text)
{
    std::vector<Instruction> out;
    const QString all = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    QChar escape = u'\\';
    bool directives = true;
    QString heredocEnd;
    Instruction current;
    bool continuing = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int number = int(i + 1);
        if (!heredocEnd.isEmpty()) {
            if (line.trimmed() == heredocEnd)
                heredocEnd.clear();
            continue;
        }
        const QStringView trimmed = line.trimmed();
        if (directives && trimmed.startsWith(u'#')) {
            static const QRegularExpression directive(uR"(^#\s*escape\s*=\s*(\S))"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
            if (const auto m = directive.match(trimmed); m.hasMatch())
                escape = m.captured(1).at(0);
            continue;
        }
        directives = false;
        if (trimmed.startsWith(u'#') || (trimmed.isEmpty() && !continuing))
            continue;
        if (trimmed.isEmpty())
            continue; // empty lines inside a continuation are allowed
        QStringView body = trimmed;
        const bool more = body.endsWith(escape);
        if (more)
            body.chop(1);
        if (!continuing) {
            current = Instruction();
            current.line = number;
            const qsizetype space = body.indexOf(u' ');
            const qsizetype tab = body.indexOf(u'\t');
            qsizetype cut = space < 0 ? tab : (tab < 0 ? space : std::min(space, tab));
            if (cut < 0)
                cut = body.size();
            current.keyword = body.left(cut).toString().toUpper();
            current.args = body.mid(cut).trimmed().toString();
        } else {
            current.args += u' ' + body.trimmed().toString();
        }
        continuing = more;
        if (!continuing) {
            static const QRegularExpression heredoc(uR"(<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?)"_s);
            if (const auto m = heredoc.match(current.args); m.hasMatch() && current.keyword != u"HEALTHCHECK")
                heredocEnd = m.captured(1);
            out.push_back(current);
        }
        if (out.size() > 10000)
            break;
    }
    if (continuing)
        out.push_back(current);
    return out;
}

} // namespace

Located DockerfileStage::startCommand() const
{
    if (entrypoint.isEmpty())
        return cmd;
    if (cmd.isEmpty())
        return entrypoint;
    return Located{entrypoint.value + u' ' + cmd.value, cmd.line};
}

Dockerfile parseDockerfile(QByteArrayView text)
{
    Dockerfile file;
    for (const Instruction &ins : instructions(text)) {
        if (ins.keyword == u"FROM") {
            QStringList words = ins.args.split(u' ', Qt::SkipEmptyParts);
            while (!words.isEmpty() && words.first().startsWith(u"--"))
                words.removeFirst();
            if (words.isEmpty())
                continue;
            DockerfileStage stage;
            stage.image = Located{words[0], ins.line};
            if (words.size() >= 3 && words[1].compare(u"as", Qt::CaseInsensitive) == 0)
                stage.name = words[2];
            file.stages.append(stage);
            continue;
        }
        if (file.stages.isEmpty())
            continue; // ARG before FROM, or garbage
        DockerfileStage &stage = file.stages.last();
        if (ins.keyword == u"EXPOSE") {
            for (const QString &word : ins.args.split(u' ', Qt::SkipEmptyParts)) {
                const QString expanded = substitute(word, stage.env).section(u'/', 0, 0);
                int port = 0;
                if (isPort(expanded.section(u'-', 0, 0), &port))
                    stage.exposed.append({port, ins.line});
            }
        } else if (ins.keyword == u"HEALTHCHECK") {
            QString args = ins.args;
            static const QRegularExpression options(uR"(^(--[a-z-]+=\S+\s+)*)"_s);
            args.remove(options);
            if (args.startsWith(u"NONE", Qt::CaseInsensitive))
                stage.healthcheck = Located{u"NONE"_s, ins.line};
            else if (args.startsWith(u"CMD", Qt::CaseInsensitive))
                stage.healthcheck = Located{commandText(args.mid(3)), ins.line};
        } else if (ins.keyword == u"CMD") {
            stage.cmd = Located{commandText(ins.args), ins.line};
        } else if (ins.keyword == u"ENTRYPOINT") {
            stage.entrypoint = Located{commandText(ins.args), ins.line};
        } else if (ins.keyword == u"ENV" || ins.keyword == u"ARG") {
            static const QRegularExpression pair(uR"(([A-Za-z_][A-Za-z0-9_.]*)(?:=("[^"]*"|'[^']*'|\S*))?)"_s);
            const QString args = ins.args.trimmed();
            if (ins.keyword == u"ENV" && !args.contains(u'=')) {
                // Legacy form: ENV NAME value with spaces
                const QString name = args.section(u' ', 0, 0);
                stage.env.append({name, Located{args.section(u' ', 1).trimmed(), ins.line}});
                continue;
            }
            auto it = pair.globalMatch(args);
            while (it.hasNext()) {
                const auto m = it.next();
                QString value = m.captured(2);
                if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')))
                    value = value.mid(1, value.size() - 2);
                stage.env.append({m.captured(1), Located{value, ins.line}});
            }
        } else if (ins.keyword == u"WORKDIR") {
            stage.workdir = Located{ins.args, ins.line};
        } else if (ins.keyword == u"USER") {
            stage.user = Located{ins.args, ins.line};
        }
    }
    if (file.stages.isEmpty())
        file.error = u"no FROM instruction"_s;
    return file;
}

HealthProbe probeFromCommand(QStringView command)
{
    static const QRegularExpression url(
        uR"(https?://(?:\[[^\]]*\]|[A-Za-z0-9_.\-]+|\$\{?\w+\}?)(?::(\d+|\$\{?\w+\}?))?(/[^\s"'|;&)]*)?)"_s);
    HealthProbe probe;
    const auto m = url.match(command);
    if (!m.hasMatch())
        return probe;
    int port = 0;
    if (isPort(m.capturedView(1), &port))
        probe.port = port;
    probe.path = m.captured(2);
    if (probe.path.isEmpty())
        probe.path = u"/"_s;
    return probe;
}

} // namespace hydron::analysis
