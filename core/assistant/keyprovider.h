// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace hydron::assistant {

// Where the Claude API key comes from. The keychain (core/secrets) implements this; keychains
// answer asynchronously, so the answer comes through a callback.
class KeyProvider
{
public:
    using Callback = std::function<void(Result<QString>)>;

    virtual ~KeyProvider() = default;

    // Calls `done` exactly once, now or later, on `context`'s thread; never after `context` is
    // destroyed. An empty key or Error::Code::NotFound means "no key here".
    virtual void fetchKey(QObject *context, Callback done) = 0;
};

// The ANTHROPIC_API_KEY environment variable.
class EnvironmentKeyProvider final : public KeyProvider
{
public:
    static constexpr const char *variable = "ANTHROPIC_API_KEY";

    void fetchKey(QObject *context, Callback done) override;
    [[nodiscard]] static QString key();
};

// The key as it may appear in diagnostics: its first 6 and last 4 characters around an ellipsis,
// and nothing of it when it is too short for that to hide most of it.
[[nodiscard]] QString maskKey(const QString &key);

} // namespace hydron::assistant
