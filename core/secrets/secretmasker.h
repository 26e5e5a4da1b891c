// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace hydron::secrets {

// Masks known secret values in text before it reaches a run log, a diagnostic log or the
// assistant. Thread-safe: the run engine masks on its worker thread while the GUI adds
// secrets. Each value is replaced, in its plain and its percent-encoded form, by
// "[masked:NAME]". Values shorter than MinimumLength are not masked (they would mangle
// every log line) and add() reports them so callers can warn.
class SecretMasker final
{
public:
    static constexpr int MinimumLength = 4;

    // Returns false (and masks nothing) for a value shorter than MinimumLength.
    bool add(const QString &name, const QString &value);
    void remove(const QString &name);
    void clear();
    [[nodiscard]] bool isEmpty() const;

    [[nodiscard]] QString mask(const QString &text) const;
    // True when `text` contains any known secret value (plain or percent-encoded).
    [[nodiscard]] bool containsSecret(const QString &text) const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QString> m_values; // name → value
};

} // namespace hydron::secrets
