// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace hydron::analysis {

// The rules of one .gitignore file, matched against paths relative to the folder holding it.
// Follows gitignore(5): blank lines and # comments, \ escapes, trailing spaces, ! negation,
// a trailing / for folders only, a / at the start or in the middle anchoring the pattern to the
// folder, *, ?, [...] classes and ** across folders. The last matching rule wins.
class GitignoreRules final
{
public:
    [[nodiscard]] static GitignoreRules parse(QByteArrayView text);

    // true: ignored; false: re-included by a ! rule; nullopt: no rule speaks about the path.
    [[nodiscard]] std::optional<bool> match(QStringView relativePath, bool isDir) const;
    [[nodiscard]] bool isEmpty() const { return m_rules.empty(); }
    [[nodiscard]] std::size_t size() const { return m_rules.size(); }

private:
    enum class Shape
    {
        Glob,    // anything else
        Literal, // no wildcard: compare
        Suffix,  // "*.ext" style: ends with
    };
    struct Rule
    {
        QString pattern;
        QString fixed; // the literal, or the suffix without '*'
        Shape shape = Shape::Glob;
        bool negate = false;
        bool dirOnly = false;
        bool anchored = false; // matched against the whole relative path, else against the name
    };
    std::vector<Rule> m_rules;
};

// Shell-style matching with git's rules: '*' and '?' do not cross '/', "**" does, "**/" matches
// zero or more folders, [a-z] and [!a-z] classes, '\' escapes.
[[nodiscard]] bool wildmatch(QStringView pattern, QStringView text);

} // namespace hydron::analysis
