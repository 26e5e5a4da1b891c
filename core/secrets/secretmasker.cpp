// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/secretmasker.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hydron::secrets {
namespace {

QStringList forms(const QString &value)
{
    QStringList out{value};
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value)
        out << encoded;
    return out;
}

} // namespace

bool SecretMasker::add(const QString &name, const QString &value)
{
    if (value.size() < MinimumLength)
        return false;
    QWriteLocker lock(&m_lock);
    m_values.insert(name, value);
    return true;
}

void SecretMasker::remove(const QString &name)
{
    QWriteLocker lock(&m_lock);
    m_values.remove(name);
}

void SecretMasker::clear()
{
    QWriteLocker lock(&m_lock);
    m_values.clear();
}

bool SecretMasker::isEmpty() const
{
    QReadLocker lock(&m_lock);
    return m_values.isEmpty();
}

QString SecretMasker::mask(const QString &text) const
{
    QReadLocker lock(&m_lock);
    if (m_values.isEmpty() || text.isEmpty())
        return text;
    // Longest values first, so a secret that contains another is masked whole.
    QList<std::pair<QString, QString>> replacements;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        for (const QString &form : forms(it.value()))
            replacements.append({form, u"[masked:%1]"_s.arg(it.key())});
    }
    std::sort(replacements.begin(), replacements.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QString out = text;
    for (const auto &[value, replacement] : std::as_const(replacements))
        out.replace(value, replacement);
    return out;
}

bool SecretMasker::containsSecret(const QString &text) const
{
    QReadLocker lock(&m_lock);
    for (const QString &value : m_values) {
        for (const QString &form : forms(value)) {
            if (text.contains(form))
                return true;
        }
    }
    return false;
}

} // namespace hydron::secrets
