// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Small helpers shared by the parsers: line numbers for byte offsets, finding where a JSON key
// sits (QJsonDocument keeps no positions), and shell-ish splitting of command lines.
namespace hydron::analysis {

struct Located
{
    QString value;
    int line = 0; // 1-based; 0 when unknown

    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
    friend bool operator==(const Located &, const Located &) = default;
};

// 1-based line of a byte offset.
[[nodiscard]] int lineAt(QByteArrayView text, qsizetype offset);
// Offset of the JSON key `"key"` followed by ':' at or after `from`, or -1.
[[nodiscard]] qsizetype jsonKeyOffset(QByteArrayView text, QStringView key, qsizetype from = 0);
// Line of the JSON key inside the object opened by `parentKey` (or anywhere when empty); 0 if absent.
[[nodiscard]] int jsonKeyLine(QByteArrayView text, QStringView key, QStringView parentKey = {});
// The first line (1-based) whose text contains `needle`, starting at line `fromLine`; 0 if none.
[[nodiscard]] int lineContaining(QByteArrayView text, QByteArrayView needle, int fromLine = 1);
// Splits a command line into words, honouring quotes (no expansion).
[[nodiscard]] QStringList shellWords(QStringView command);
// Leading digits and dots of a version-like text: "16-alpine" -> "16", "v20.11.0" -> "20.11.0".
[[nodiscard]] QString versionPrefix(QStringView text);
// True when the text is a TCP port number (1..65535).
bool isPort(QStringView text, int *port = nullptr);

} // namespace hydron::analysis
