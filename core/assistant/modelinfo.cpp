// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/modelinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::assistant {

Result<ModelInfo> ModelInfo::fromJson(const QJsonObject &json)
{
    ModelInfo info;
    info.id = json.value(u"id"_s).toString();
    if (info.id.isEmpty())
        return fail(Error::Code::Network,
                    QCoreApplication::translate("hydron::Claude", "The model list from the server is malformed."),
                    u"model entry without an id"_s);
    info.displayName = json.value(u"display_name"_s).toString(info.id);
    info.createdAt = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    return info;
}

} // namespace hydron::assistant
