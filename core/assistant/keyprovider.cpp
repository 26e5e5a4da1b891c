// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/keyprovider.h"

using namespace Qt::StringLiterals;

namespace hydron::assistant {

QString EnvironmentKeyProvider::key()
{
    return qEnvironmentVariable(variable).trimmed();
}

void EnvironmentKeyProvider::fetchKey(QObject *context, Callback done)
{
    if (!context)
        return;
    done(key());
}

QString maskKey(const QString &key)
{
    if (key.isEmpty())
        return u"(none)"_s;
    if (key.size() < 20)
        return u"…(%1 characters)"_s.arg(key.size());
    return key.left(6) + u'…' + key.right(4);
}

} // namespace hydron::assistant
