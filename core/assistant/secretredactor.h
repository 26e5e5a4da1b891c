// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/messagerequest.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QMap>

#include <optional>

namespace hydron::assistant {

// Replaces secret values with «secret:NAME» in text and JSON (string values and object keys,
// at any depth), and checks a finished body for any value that is still there. Empty values are
// ignored; where values overlap the longer one wins.
class SecretRedactor final
{
public:
    explicit SecretRedactor(QList<SecretValue> secrets);

    [[nodiscard]] static QString placeholder(const QString &name);

    [[nodiscard]] QString redact(const QString &text);
    [[nodiscard]] QJsonValue redact(const QJsonValue &value);

    // How many occurrences of each secret (by name) were replaced so far.
    [[nodiscard]] const QMap<QString, int> &replacements() const { return m_replacements; }

    // The name of the first secret whose value appears in `body`, raw (UTF-8) or JSON-escaped.
    [[nodiscard]] std::optional<QString> findLeak(QByteArrayView body) const;

    [[nodiscard]] bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QList<SecretValue> m_secrets; // non-empty values, longest first
    QMap<QString, int> m_replacements;
};

} // namespace hydron::assistant
