// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// hydron-cli settings: the preferences the app's Settings dialog shows, and the Claude API key in
// the system keychain (read from standard input, never from the command line, where other users
// could see it in the process list).
#include "app/hydron-cli/commandrunner.h"
#include "core/assistant/claudeclient.h"
#include "core/assistant/keyprovider.h"
#include "core/coreservices.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"

#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

assistant::ResolvedKey resolveKey(assistant::KeyProvider &keychain)
{
    std::optional<assistant::ResolvedKey> resolved;
    QEventLoop loop;
    assistant::resolveApiKey(&keychain, &loop, [&](assistant::ResolvedKey key) {
        resolved = std::move(key);
        loop.quit();
    });
    if (!resolved)
        loop.exec();
    return resolved.value_or(assistant::ResolvedKey{});
}

} // namespace

Result<QString> CommandRunner::showSettings()
{
    assistant::KeychainKeyProvider keychain(secretStore());
    const assistant::ResolvedKey key = resolveKey(keychain);
    Settings &settings = m_core.settings();
    assistant::ClaudeClient client(&settings, nullptr);
    const auto baseUrl = client.baseUrl();
    QString keyText = key.source == assistant::KeySource::None
                          ? tr("none (the offline assistant answers)")
                          : tr("%1 (from %2)").arg(assistant::maskKey(key.key), assistant::keySourceName(key.source));
    if (!key.keychainProblem.isEmpty())
        keyText += u"\n  "_s + key.keychainProblem;
    QStringList lines{
        tr("Assistant key:      %1").arg(keyText),
        tr("Assistant model:    %1").arg(client.defaultModel()),
        tr("Assistant base URL: %1")
            .arg(baseUrl ? baseUrl->toDisplayString(QUrl::RemoveUserInfo) : baseUrl.error().message),
        tr("Language:           %1").arg(settings.language().isEmpty() ? tr("system") : settings.language()),
        tr("Confirm deletes:    %1").arg(settings.confirmDeletes() ? tr("yes") : tr("no")),
        tr("Keep releases:      %1").arg(settings.keepReleases()),
    };
    return lines.join(u'\n') + u'\n';
}

Result<QString> CommandRunner::setApiKey()
{
    QTextStream standardInput(stdin);
    QTextStream *in = m_in ? m_in : &standardInput;
    if (!m_in && m_progress) {
        *m_progress << tr("Paste the Claude API key and press Enter:") << '\n';
        m_progress->flush();
    }
    const QString key = in->readLine().trimmed();
    if (key.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("No key on standard input. Pipe it in, e.g. hydron-cli settings set-key < key.txt"));
    assistant::KeychainKeyProvider keychain(secretStore());
    if (auto stored = waitForKeychain([&](QObject *context, auto done) { keychain.storeKey(key, context, done); });
        !stored)
        return std::unexpected(stored.error());
    QString text = tr("Stored the API key %1 in the keychain.").arg(assistant::maskKey(key)) + u'\n';
    if (!assistant::EnvironmentKeyProvider::key().isEmpty())
        text += tr("ANTHROPIC_API_KEY is set in this environment and is used instead while it is.") + u'\n';
    return text;
}

Result<QString> CommandRunner::removeApiKey()
{
    assistant::KeychainKeyProvider keychain(secretStore());
    if (auto removed = waitForKeychain([&](QObject *context, auto done) { keychain.removeKey(context, done); });
        !removed)
        return std::unexpected(removed.error());
    return tr("Removed the API key from the keychain.") + u'\n';
}

} // namespace hydron::cli
