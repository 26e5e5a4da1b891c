// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli chat: one message to the project's assistant (Claude with a key, the offline
// assistant without), its answer streamed to standard output as it arrives, and the action cards
// it proposes, carried out only with --approve.
#include "app/hydron-cli/commandrunner.h"
#include "app/hydron-cli/interruptnotifier.h"
#include "core/assistant/assistanttools.h"
#include "core/assistant/claudeclient.h"
#include "core/assistant/conversation.h"
#include "core/assistant/keyprovider.h"
#include "core/assistant/offlineassistant.h"
#include "core/coreservices.h"
#include "core/runs/runengine.h"
#include "core/store/chatstore.h"

#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

QString indented(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = u"    "_s + line;
    return lines.join(u'\n');
}

QString cardText(const assistant::ActionCard &card)
{
    QString text = u"\n[%1] %2\n"_s.arg(card.id, card.title);
    if (!card.summary.isEmpty())
        text += indented(card.summary.trimmed()) + u'\n';
    if (!card.diff.isEmpty())
        text += indented(card.diff.trimmed()) + u'\n';
    return text;
}

} // namespace

Result<QString> CommandRunner::chat(const Invocation &invocation)
{
    auto project = projectNamed(invocation.arguments.at(0));
    if (!project)
        return std::unexpected(project.error());
    const QString message = invocation.value(u"message"_s).trimmed();
    if (message.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Say something with --message TEXT."));
    const QString chatName = invocation.flag(u"chat"_s) ? invocation.value(u"chat"_s).trimmed() : tr("Chat");
    const bool approve = invocation.flag(u"approve"_s);

    ChatStore &chats = m_core.chats();
    std::optional<Chat> chat;
    for (const Chat &c : chats.chats(project->id)) {
        if (c.title.compare(chatName, Qt::CaseInsensitive) == 0) {
            chat = c;
            break;
        }
    }
    if (!chat) {
        auto added = chats.add(Chat{0, project->id, chatName, {}});
        if (!added)
            return std::unexpected(added.error());
        chat = *added;
    }

    QTextStream *out = m_out;
    auto write = [out](const QString &text) {
        if (out) {
            *out << text;
            out->flush();
        }
    };

    // Claude when a key is there (ANTHROPIC_API_KEY, else the keychain's), else the offline assistant.
    assistant::KeychainKeyProvider keychain(secretStore());
    assistant::ResolvedKey key;
    if (!invocation.flag(u"offline"_s)) {
        std::optional<assistant::ResolvedKey> resolved;
        QEventLoop keyLoop;
        assistant::resolveApiKey(&keychain, &keyLoop, [&](assistant::ResolvedKey k) {
            resolved = std::move(k);
            keyLoop.quit();
        });
        if (!resolved)
            keyLoop.exec();
        key = resolved.value_or(assistant::ResolvedKey{});
    }
    const bool online = key.source != assistant::KeySource::None;
    std::unique_ptr<assistant::LlmClient> client;
    if (online)
        client = std::make_unique<assistant::ClaudeClient>(&m_core.settings(), &keychain);
    else
        client = std::make_unique<assistant::OfflineAssistant>();
    if (m_progress && !online && !invocation.flag(u"offline"_s)) {
        *m_progress << tr("No API key (hydron-cli settings set-key, or ANTHROPIC_API_KEY): the offline assistant "
                          "answers.")
                    << '\n';
        if (!key.keychainProblem.isEmpty())
            *m_progress << key.keychainProblem << '\n';
        m_progress->flush();
    }

    assistant::AssistantTools tools(m_core, project->id);
    assistant::Conversation conversation(*client, tools, chats, chat->id);
    QList<assistant::ActionCard> newCards;
    std::optional<Result<void>> turn;
    QEventLoop loop;
    QObject::connect(&conversation, &assistant::Conversation::textDelta, &loop, write);
    QObject::connect(&conversation, &assistant::Conversation::toolCalled, &loop,
                     [this](const QString &name, const QJsonObject &) {
                         if (m_progress) {
                             *m_progress << tr("(using %1)").arg(name) << '\n';
                             m_progress->flush();
                         }
                     });
    QObject::connect(&conversation, &assistant::Conversation::cardAdded, &loop,
                     [&newCards](const assistant::ActionCard &card) { newCards.append(card); });
    QObject::connect(&conversation, &assistant::Conversation::turnFinished, &loop, [&](const Result<void> &result) {
        turn = result;
        loop.quit();
    });
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &loop, [&conversation] { conversation.stop(); });
    if (auto sent = conversation.send(message); !sent)
        return std::unexpected(sent.error());
    loop.exec();
    write(u"\n"_s);
    if (turn && !*turn)
        return std::unexpected(turn->error());

    QString summary;
    for (const assistant::ActionCard &card : std::as_const(newCards)) {
        write(cardText(card));
        if (!approve) {
            write(u"    "_s + tr("Not carried out: run again with --approve to do it.") + u'\n');
            continue;
        }
        auto outcome = conversation.approve(card.id);
        if (outcome && conversation.card(card.id)->status == assistant::ActionCard::Status::Starting) {
            // A deploy is being prepared (secrets from the keychain, the source): wait for its run.
            QEventLoop startLoop;
            QObject::connect(&conversation, &assistant::Conversation::cardChanged, &startLoop,
                             [&](const assistant::ActionCard &changed) {
                                 if (changed.id == card.id && changed.status != assistant::ActionCard::Status::Starting)
                                     startLoop.quit();
                             });
            startLoop.exec();
            const auto settled = conversation.card(card.id);
            if (settled->status == assistant::ActionCard::Status::Failed)
                outcome = fail(Error::Code::Unsupported, settled->outcome);
            else
                outcome = settled->outcome;
        }
        if (!outcome) {
            write(u"    "_s + tr("Approved, but it failed: %1").arg(outcome.error().message) + u'\n');
            summary = tr("An approved action failed.");
            continue;
        }
        write(u"    "_s + tr("Approved: %1").arg(*outcome) + u'\n');
        if (card.kind != assistant::ActionCard::Kind::StartRun)
            continue;
        // A run started: follow it to its end (this process owns it).
        runs::RunEngine &engine = m_core.runEngine();
        const QList<qint64> active = engine.activeRuns();
        if (active.isEmpty())
            continue;
        std::optional<RunStatus> status;
        QString statusMessage;
        QEventLoop runLoop;
        QObject::connect(&engine, &runs::RunEngine::logAppended, &runLoop,
                         [&write](qint64, const QList<LogLine> &lines, qint64, qint64) {
                             QString text;
                             for (const LogLine &line : lines)
                                 text += u"    "_s + line.text + u'\n';
                             write(text);
                         });
        QObject::connect(&engine, &runs::RunEngine::runFinished, &runLoop, [&](qint64, RunStatus s, const QString &m) {
            status = s;
            statusMessage = m;
            runLoop.quit();
        });
        QObject::connect(&interrupt, &InterruptNotifier::interrupted, &runLoop, [&engine, active] {
            for (const qint64 id : active)
                (void)engine.stop(id);
        });
        runLoop.exec();
        write(u"    "_s +
              tr("Run %1%2")
                  .arg(status ? runStatusLabel(*status) : QString(),
                       statusMessage.isEmpty() ? QString() : u": "_s + statusMessage) +
              u'\n');
        if (status != RunStatus::Completed)
            summary = tr("The run did not complete.");
    }
    if (!summary.isEmpty())
        return fail(Error::Code::Unsupported, summary);
    return QString();
}

} // namespace hydron::cli
