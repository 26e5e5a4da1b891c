// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/offlineassistant.h"

#include "core/assistant/messagejob.h"
#include "core/assistant/modellistjob.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

QJsonObject modify(const QJsonObject &change, const QString &reason)
{
    return QJsonObject{{u"changes"_s, QJsonArray{change}}, {u"reason"_s, reason}};
}

bool has(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

QString capture(const QString &text, const QString &pattern, int group = 1)
{
    const auto match = QRegularExpression(pattern).match(text);
    return match.hasMatch() ? match.captured(group) : QString();
}

int memoryMb(const QString &text)
{
    const auto match = QRegularExpression(uR"((\d+(?:\.\d+)?)\s*(gb|gib|g|mb|mib|m)\b)"_s).match(text);
    if (!match.hasMatch())
        return 0;
    const double amount = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return unit.startsWith(u'g') ? int(amount * 1024) : int(amount);
}

} // namespace

OfflineAssistant::OfflineAssistant(QObject *parent)
    : QObject(parent)
{}

QString OfflineAssistant::helpText()
{
    return tr("I'm the offline assistant: no Claude key is set, so I understand everyday requests by rules:\n\n"
              "- **analyze** the source\n"
              "- **plan** (make a new plan) / **explain the plan**\n"
              "- **add postgres** (mysql, mariadb, mongodb, redis, rabbitmq, memcached)\n"
              "- **set the domain to** shop.example.com\n"
              "- **resize the server to** 4 GB (or 2 CPUs)\n"
              "- **set** NAME=value\n"
              "- **provision**, **deploy**, **redeploy**, **rollback**\n"
              "- **show logs**, **status**, **servers**\n\n"
              "Changes and runs appear as action cards for you to approve.");
}

QString OfflineAssistant::needsClaudeText()
{
    return tr("I can't answer that offline: open questions need Claude. Set ANTHROPIC_API_KEY or add a key in "
              "Settings. Type **help** to see what I understand without one.");
}

std::optional<OfflineAssistant::Intent> OfflineAssistant::understand(const QString &original)
{
    const QString text = original.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;

    // Env vars first: "set NAME=value" keeps the name's case.
    {
        const auto match =
            QRegularExpression(uR"(\b([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S.*)$)"_s).match(original.trimmed());
        if (match.hasMatch() && has(text, uR"(\b(set|env|variable|add)\b)"_s)) {
            QJsonObject change{
                {u"op"_s, u"set_env"_s}, {u"name"_s, match.captured(1)}, {u"value"_s, match.captured(2).trimmed()}};
            const QString service = capture(text, uR"(\bon (?:the )?([a-z0-9][a-z0-9_-]*)\s*(?:service)?\s*$)"_s);
            if (!service.isEmpty())
                change.insert(u"service"_s, service);
            return Intent{u"modify_plan"_s, modify(change, {})};
        }
    }
    if (has(text, uR"(\bdomain\b)"_s)) {
        const QString host = capture(text, uR"(\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])\b)"_s);
        if (!host.isEmpty())
            return Intent{u"modify_plan"_s, modify({{u"op"_s, u"set_domain"_s}, {u"domain"_s, host}}, {})};
    }
    {
        const QString engine =
            capture(text, uR"(\b(postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|valkey|rabbitmq|memcached)\b)"_s);
        if (!engine.isEmpty() && has(text, uR"(\b(add|need|use|with|want|give)\b)"_s))
            return Intent{u"modify_plan"_s, modify({{u"op"_s, u"add_backing"_s}, {u"engine"_s, engine}}, {})};
    }
    if (has(text, uR"(\b(resize|bigger|larger|upgrade|more (memory|ram|cpu)|scale up)\b)"_s)) {
        QJsonObject change{{u"op"_s, u"set_server"_s}};
        if (const int mb = memoryMb(text); mb > 0)
            change.insert(u"memory_mb"_s, mb);
        if (const QString cpus = capture(text, uR"((\d+)\s*(v?cpus?|cores?)\b)"_s); !cpus.isEmpty())
            change.insert(u"cpus"_s, cpus.toInt());
        if (change.size() == 1)
            return Intent{u"explain_plan"_s, {}}; // no size given: show the current one first
        return Intent{u"modify_plan"_s, modify(change, {})};
    }
    if (has(text, uR"(\b(logs?|output)\b)"_s)) {
        QJsonObject input;
        if (const QString run = capture(text, uR"(#?\brun\s*#?(\d+)|#(\d+))"_s); !run.isEmpty())
            input.insert(u"run_id"_s, run.toLongLong());
        return Intent{u"get_run_logs"_s, input};
    }
    if (has(text, uR"(\b(roll ?back|revert|undo the (last )?deploy)\b)"_s))
        return Intent{u"start_run"_s, {{u"kind"_s, u"rollback"_s}}};
    if (has(text, uR"(\bredeploy\b)"_s))
        return Intent{u"start_run"_s, {{u"kind"_s, u"redeploy"_s}}};
    if (has(text, uR"(\bprovision\b)"_s))
        return Intent{u"start_run"_s, {{u"kind"_s, u"provision"_s}}};
    if (has(text, uR"(\b(deploy|ship|go live|release|publish)\b)"_s))
        return Intent{u"start_run"_s, {{u"kind"_s, u"deploy"_s}}};
    if (has(text, uR"(\b(analy[sz]e|analysis|scan|detect)\b)"_s))
        return Intent{u"analyze_source"_s, {}};
    if (has(text, uR"(\b(explain|show|what('?s| is)|describe|summari[sz]e)\b.*\bplan\b)"_s))
        return Intent{u"explain_plan"_s, {}};
    if (has(text, uR"(\b(plan|generate|regenerate)\b)"_s))
        return Intent{u"propose_plan"_s, {{u"regenerate"_s, true}}};
    if (has(text, uR"(\b(status|health|healthy|running|up)\b)"_s))
        return Intent{u"server_status"_s, {}};
    if (has(text, uR"(\bservers?\b)"_s))
        return Intent{u"list_servers"_s, {}};
    if (has(text, uR"(\b(project|state|overview)\b)"_s))
        return Intent{u"get_project_state"_s, {}};
    return std::nullopt;
}

MessageJob *OfflineAssistant::sendMessage(const MessageRequest &request)
{
    auto *job = new MessageJob(this);
    MessageResponse response;
    response.id = u"offline_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    response.model = u"hydron-offline"_s;
    response.stopReason = StopReason::EndTurn;
    response.stopReasonText = u"end_turn"_s;

    const ApiMessage last = request.messages.isEmpty() ? ApiMessage{} : request.messages.last();
    QList<ContentBlock> toolResults;
    QString userText;
    for (const ContentBlock &block : last.content) {
        if (block.type == ContentBlock::Type::ToolResult)
            toolResults.append(block);
        else if (block.type == ContentBlock::Type::Text)
            userText += block.text;
    }
    if (!toolResults.isEmpty() && userText.trimmed().isEmpty()) {
        // Relay what the tools said.
        QStringList parts;
        for (const ContentBlock &result : toolResults)
            parts << (result.isError ? tr("That did not work: %1").arg(result.text) : result.text);
        response.content = {ContentBlock::makeText(parts.join(u"\n\n"_s))};
    } else if (const auto intent = understand(userText)) {
        response.content = {ContentBlock::makeToolUse(u"offline_"_s + QUuid::createUuid().toString(QUuid::Id128),
                                                      intent->tool, intent->input)};
        response.stopReason = StopReason::ToolUse;
        response.stopReasonText = u"tool_use"_s;
    } else if (QRegularExpression(uR"(^\s*(help|\?|what can you do|hi|hello)\b)"_s,
                                  QRegularExpression::CaseInsensitiveOption)
                   .match(userText)
                   .hasMatch()) {
        response.content = {ContentBlock::makeText(helpText())};
    } else {
        response.content = {ContentBlock::makeText(needsClaudeText())};
    }

    QTimer::singleShot(0, job, [job, response] {
        if (job->isFinished())
            return;
        job->reportStarted();
        for (qsizetype i = 0; i < response.content.size(); ++i) {
            const ContentBlock &block = response.content.at(i);
            if (block.type == ContentBlock::Type::Text) {
                job->reportTextDelta(int(i), block.text);
            } else {
                job->reportToolUseStarted(int(i), block.toolUseId, block.toolName);
            }
            job->reportContentBlockStopped(int(i));
        }
        job->finish(response);
    });
    return job;
}

ModelListJob *OfflineAssistant::listModels()
{
    auto *job = new ModelListJob(this);
    QTimer::singleShot(0, job, [job] {
        job->reportStarted();
        job->finish(fail(Error::Code::Unsupported, tr("The offline assistant has no models to list.")));
    });
    return job;
}

} // namespace hydron::assistant
