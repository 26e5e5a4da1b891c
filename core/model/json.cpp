// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/json.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hydron {

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{}

QJsonValue JsonReader::value(QStringView key, QJsonValue::Type expected, const char *typeName)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (v.type() != expected) {
        setError(key, u"must be %1"_s.arg(QLatin1StringView(typeName)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString JsonReader::string(QStringView key, const QString &fallback)
{
    const QJsonValue v = value(key, QJsonValue::String, "a string");
    return v.isUndefined() ? fallback : v.toString();
}

QString JsonReader::requiredString(QStringView key)
{
    const QString s = string(key);
    if (s.isEmpty() && ok())
        setError(key, u"is missing"_s);
    return s;
}

qint64 JsonReader::integer(QStringView key, qint64 fallback)
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key)
{
    const QJsonValue v = value(key, QJsonValue::Double, "a number");
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d))) {
        setError(key, u"must be a whole number"_s);
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

double JsonReader::number(QStringView key, double fallback)
{
    const QJsonValue v = value(key, QJsonValue::Double, "a number");
    return v.isUndefined() ? fallback : v.toDouble();
}

bool JsonReader::boolean(QStringView key, bool fallback)
{
    const QJsonValue v = value(key, QJsonValue::Bool, "true or false");
    return v.isUndefined() ? fallback : v.toBool();
}

QStringList JsonReader::stringList(QStringView key)
{
    QStringList out;
    const QJsonValue v = value(key, QJsonValue::Array, "a list of strings");
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            setError(key, u"must be a list of strings"_s);
            return {};
        }
        out << item.toString();
    }
    return out;
}

QJsonObject JsonReader::object(QStringView key)
{
    return value(key, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonReader::array(QStringView key)
{
    return value(key, QJsonValue::Array, "a list").toArray();
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime t = fromIsoString(text);
    if (!t.isValid())
        setError(key, u"is not an ISO 8601 date and time"_s);
    return t;
}

void JsonReader::setError(QStringView key, const QString &problem)
{
    if (m_error)
        return;
    m_error = Error{
        Error::Code::InvalidInput,
        QCoreApplication::translate("hydron::Json", "%1: the field \"%2\" %3").arg(m_context, key.toString(), problem),
        {}};
}

void JsonReader::adopt(const Error &nested)
{
    if (!m_error)
        m_error = nested;
}

QString toIsoString(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoString(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &context)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Json", "%1 is not valid JSON.").arg(context),
                    u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("hydron::Json", "%1 must be a JSON object.").arg(context));
    return doc.object();
}

} // namespace hydron
