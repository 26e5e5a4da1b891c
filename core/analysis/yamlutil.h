// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

// yaml-cpp behind a small plain tree: no exceptions escape, merge keys (<<) are applied, the
// conversion is bounded (nesting and node count) so hostile input with deep nesting or alias
// bombs ends as an error instead of a crash.
namespace hydron::analysis {

struct YamlValue
{
    enum class Type
    {
        Null,
        Scalar,
        Sequence,
        Map
    };

    Type type = Type::Null;
    QString scalar;
    int line = 0;                 // 1-based
    std::vector<QString> keys;    // for maps, parallel to items
    std::vector<YamlValue> items; // sequence items, or map values

    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isScalar() const { return type == Type::Scalar; }
    [[nodiscard]] bool isMap() const { return type == Type::Map; }
    [[nodiscard]] bool isSequence() const { return type == Type::Sequence; }
    // The value of a map key, or a null value.
    [[nodiscard]] const YamlValue &get(QStringView key) const;
    [[nodiscard]] bool contains(QStringView key) const;
    // The line of a map key, 0 when absent.
    [[nodiscard]] int keyLine(QStringView key) const;
    std::vector<int> keyLines; // for maps, parallel to keys
};

struct YamlDocument
{
    QString error;
    int errorLine = 0;
    YamlValue root;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] YamlDocument parseYaml(QByteArrayView text);

} // namespace hydron::analysis
