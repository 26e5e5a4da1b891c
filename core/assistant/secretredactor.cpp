// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/secretredactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::assistant {
namespace {

// The value as it appears between the quotes of a JSON string.
QByteArray jsonEscaped(const QString &value)
{
    const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return doc.mid(2, doc.size() - 4); // strip ["  and  "]
}

struct Match
{
    qsizetype start;
    qsizetype length;
    qsizetype secret;
};

} // namespace

SecretRedactor::SecretRedactor(QList<SecretValue> secrets)
{
    secrets.removeIf([](const SecretValue &s) { return s.value.isEmpty(); });
    std::stable_sort(secrets.begin(), secrets.end(),
                     [](const SecretValue &a, const SecretValue &b) { return a.value.size() > b.value.size(); });
    m_secrets = std::move(secrets);
}

QString SecretRedactor::placeholder(const QString &name)
{
    return u"«secret:"_s + name + u"»"_s;
}

QString SecretRedactor::redact(const QString &text)
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    QList<Match> matches;
    for (qsizetype i = 0; i < m_secrets.size(); ++i) {
        const QString &value = m_secrets.at(i).value;
        for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
            matches.append(Match{at, value.size(), i});
    }
    if (matches.isEmpty())
        return text;
    // Earliest first; at one position the longest value wins (secrets are sorted longest first).
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const Match &m : matches) {
        if (m.start < pos)
            continue; // overlaps a value already replaced
        out += QStringView(text).sliced(pos, m.start - pos);
        const QString &name = m_secrets.at(m.secret).name;
        out += placeholder(name);
        ++m_replacements[name];
        pos = m.start + m.length;
    }
    out += QStringView(text).sliced(pos);
    return out;
}

QJsonValue SecretRedactor::redact(const QJsonValue &value)
{
    if (m_secrets.isEmpty())
        return value;
    switch (value.type()) {
    case QJsonValue::String:
        return redact(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redact(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(redact(it.key()), redact(it.value()));
        return out;
    }
    default:
        return value;
    }
}

std::optional<QString> SecretRedactor::findLeak(QByteArrayView body) const
{
    for (const SecretValue &secret : m_secrets) {
        if (body.contains(secret.value.toUtf8()) || body.contains(jsonEscaped(secret.value)))
            return secret.name;
    }
    return std::nullopt;
}

} // namespace hydron::assistant
