// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace hydron::assistant {

// One entry of `GET /v1/models`, for the model dropdown in Settings.
struct ModelInfo
{
    QString id;          // what goes into a request's "model"
    QString displayName; // what the user reads
    QDateTime createdAt; // release date (UTC); invalid when the server did not say

    [[nodiscard]] static Result<ModelInfo> fromJson(const QJsonObject &json);

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace hydron::assistant
