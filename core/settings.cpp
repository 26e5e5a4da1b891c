// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <array>

using namespace Qt::StringLiterals;

namespace hydron {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char16_t *name;
    QMetaType::Type type;
};

constexpr std::array<KeyInfo, static_cast<std::size_t>(Settings::Key::KeyCount)> keyTable{{
    {Settings::Key::Language, u"app/language", QMetaType::QString},
    {Settings::Key::LogLevel, u"app/log_level", QMetaType::QString},
    {Settings::Key::AssistantModel, u"assistant/model", QMetaType::QString},
    {Settings::Key::AssistantBaseUrl, u"assistant/base_url", QMetaType::QUrl},
    {Settings::Key::ConfirmDeletes, u"app/confirm_deletes", QMetaType::Bool},
    {Settings::Key::KeepReleases, u"deploy/keep_releases", QMetaType::Int},
}};

const KeyInfo &info(Settings::Key key)
{
    return keyTable.at(static_cast<std::size_t>(key));
}

} // namespace

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromUtf16(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QString();
    case Key::LogLevel:
        return u"info"_s;
    case Key::AssistantModel:
        return u"claude-sonnet-4-5"_s;
    case Key::AssistantBaseUrl:
        return QUrl(u"https://api.anthropic.com"_s);
    case Key::ConfirmDeletes:
        return true;
    case Key::KeepReleases:
        return 3;
    case Key::KeyCount:
        break;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_settings->value(keyName(key));
    if (!stored.isValid())
        return defaultValue(key);
    QVariant converted = stored;
    if (!converted.convert(QMetaType(info(key).type)))
        return defaultValue(key);
    return converted;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    setValue(key, defaultValue(key));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace hydron
