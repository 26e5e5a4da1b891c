// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace hydron {

// Preferences: one table of typed keys with defaults, stored as settings.ini in the data folder.
// Window geometry and other session state live elsewhere (ui), and secrets never live here.
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,         // QString: "" follows the system locale, else "de", "en", …
        LogLevel,         // QString: trace, debug, info, warn, error
        AssistantModel,   // QString: the Claude model id
        AssistantBaseUrl, // QUrl: Messages API base URL (gateways, proxies)
        ConfirmDeletes,   // bool: ask before deleting projects and servers
        KeepReleases,     // int: releases kept on a server for rollback
        KeyCount
    };
    Q_ENUM(Key)

    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    [[nodiscard]] static QString keyName(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);

    [[nodiscard]] QString language() const { return value(Key::Language).toString(); }
    [[nodiscard]] QString logLevel() const { return value(Key::LogLevel).toString(); }
    [[nodiscard]] QString assistantModel() const { return value(Key::AssistantModel).toString(); }
    [[nodiscard]] QUrl assistantBaseUrl() const { return value(Key::AssistantBaseUrl).toUrl(); }
    [[nodiscard]] bool confirmDeletes() const { return value(Key::ConfirmDeletes).toBool(); }
    [[nodiscard]] int keepReleases() const { return value(Key::KeepReleases).toInt(); }

    void sync();

Q_SIGNALS:
    void changed(hydron::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hydron
