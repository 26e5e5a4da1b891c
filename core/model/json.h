// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>

namespace hydron {

// A value of an enum and its stable lower-case name, used in JSON and in the database.
template<typename E>
struct EnumName
{
    E value;
    const char16_t *name;
};

template<typename E, std::size_t N>
[[nodiscard]] QString enumToName(const std::array<EnumName<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return QString::fromUtf16(table.front().name);
}

template<typename E, std::size_t N>
[[nodiscard]] std::optional<E> enumFromName(const std::array<EnumName<E>, N> &table, QStringView name)
{
    for (const auto &entry : table) {
        if (name == QStringView(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
[[nodiscard]] QStringList enumNames(const std::array<EnumName<E>, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromUtf16(entry.name);
    return names;
}

// Reads typed fields from a JSON object and remembers the first problem, so fromJson()
// functions read like a list of fields and still report a precise error.
class JsonReader final
{
public:
    JsonReader(const QJsonObject &object, QString context);

    QString string(QStringView key, const QString &fallback = {});
    QString requiredString(QStringView key);
    qint64 integer(QStringView key, qint64 fallback = 0);
    std::optional<qint64> optionalInteger(QStringView key);
    double number(QStringView key, double fallback = 0);
    bool boolean(QStringView key, bool fallback = false);
    QStringList stringList(QStringView key);
    QJsonObject object(QStringView key);
    QJsonArray array(QStringView key);
    QDateTime dateTime(QStringView key);

    template<typename E, std::size_t N>
    E enumeration(QStringView key, const std::array<EnumName<E>, N> &table, E fallback)
    {
        const QString name = string(key);
        if (name.isEmpty())
            return fallback;
        if (auto value = enumFromName(table, name))
            return *value;
        setError(key, QStringLiteral("is \"%1\"; expected one of: %2").arg(name, enumNames(table).join(u", ")));
        return fallback;
    }

    // Records a problem found by the caller (for nested objects).
    void setError(QStringView key, const QString &problem);
    void adopt(const Error &nested);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    QJsonValue value(QStringView key, QJsonValue::Type expected, const char *typeName);

    QJsonObject m_object;
    QString m_context;
    std::optional<Error> m_error;
};

// ISO 8601 with milliseconds, UTC; empty for an invalid date.
[[nodiscard]] QString toIsoString(const QDateTime &time);
[[nodiscard]] QDateTime fromIsoString(const QString &text);

// Parses a JSON document that must be an object.
[[nodiscard]] Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &context);

} // namespace hydron
