// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/assistant/messagerequest.h"

using namespace Qt::StringLiterals;

namespace hydron::assistant {

QJsonObject ToolSpec::toJson() const
{
    QJsonObject schema = inputSchema;
    if (schema.isEmpty())
        schema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}}};
    QJsonObject json{{u"name"_s, name}, {u"input_schema"_s, schema}};
    if (!description.isEmpty())
        json.insert(u"description"_s, description);
    return json;
}

} // namespace hydron::assistant
