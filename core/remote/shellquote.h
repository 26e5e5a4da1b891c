// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Quoting for a POSIX shell (sh, bash, dash): the only safe way to put a value on a remote
// command line. Never paste user or model text into a command any other way.
namespace hydron::remote {

// One word, single-quoted so the shell takes it literally: `it's` becomes `'it'\''s'`.
// Every character (newlines, `$(…)`, backquotes, globs, unicode) survives unchanged; the
// empty string becomes `''`. Words made only of safe characters ([A-Za-z0-9_@%+=:,./-]) are
// left bare for readability.
[[nodiscard]] QString shellQuote(const QString &word);

// The words quoted and joined with spaces, ready to be one command line.
[[nodiscard]] QString shellJoin(const QStringList &words);

} // namespace hydron::remote
