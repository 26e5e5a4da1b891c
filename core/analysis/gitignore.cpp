// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/gitignore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

constexpr int MaxMatchSteps = 100000;

// Matches [...] at pattern[pi] (pi on '['). Returns the index after ']', or -1 for a malformed
// class (then '[' is taken literally). `matched` tells whether c is in the class.
qsizetype matchClass(QStringView p, qsizetype pi, QChar c, bool &matched)
{
    qsizetype i = pi + 1;
    bool negate = false;
    if (i < p.size() && (p[i] == u'!' || p[i] == u'^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < p.size() && (first || p[i] != u']')) {
        first = false;
        QChar lo = p[i];
        if (lo == u'\\' && i + 1 < p.size())
            lo = p[++i];
        QChar hi = lo;
        if (i + 2 < p.size() && p[i + 1] == u'-' && p[i + 2] != u']') {
            hi = p[i + 2];
            if (hi == u'\\' && i + 3 < p.size()) {
                hi = p[i + 3];
                ++i;
            }
            i += 2;
        }
        if (c >= lo && c <= hi)
            found = true;
        ++i;
    }
    if (i >= p.size())
        return -1;
    matched = (found != negate) && c != u'/';
    return i + 1;
}

bool matchFrom(QStringView p, qsizetype pi, QStringView t, qsizetype ti, int &budget)
{
    while (pi < p.size()) {
        if (--budget < 0)
            return false;
        const QChar c = p[pi];
        if (c == u'*') {
            const bool doubleStar = pi + 1 < p.size() && p[pi + 1] == u'*';
            if (doubleStar) {
                const bool atStart = pi == 0 || p[pi - 1] == u'/';
                qsizetype next = pi;
                while (next < p.size() && p[next] == u'*')
                    ++next;
                const bool slashAfter = next < p.size() && p[next] == u'/';
                if (atStart && (slashAfter || next == p.size())) {
                    if (next == p.size())
                        return true; // trailing "**": everything below
                    // "**/": zero or more whole folders.
                    for (qsizetype k = ti; k <= t.size(); ++k) {
                        if ((k == ti || t[k - 1] == u'/') && matchFrom(p, next + 1, t, k, budget))
                            return true;
                    }
                    return false;
                }
                // "**" elsewhere behaves like "*".
                pi = next - 1;
            }
            // '*': any run of characters other than '/'.
            for (qsizetype k = ti; k <= t.size(); ++k) {
                if (matchFrom(p, pi + 1, t, k, budget))
                    return true;
                if (k < t.size() && t[k] == u'/')
                    break;
            }
            return false;
        }
        if (ti >= t.size())
            return false;
        if (c == u'?') {
            if (t[ti] == u'/')
                return false;
        } else if (c == u'[') {
            bool matched = false;
            const qsizetype after = matchClass(p, pi, t[ti], matched);
            if (after >= 0) {
                if (!matched)
                    return false;
                pi = after;
                ++ti;
                continue;
            }
            if (t[ti] != u'[')
                return false;
        } else if (c == u'\\' && pi + 1 < p.size()) {
            ++pi;
            if (t[ti] != p[pi])
                return false;
        } else if (t[ti] != c) {
            return false;
        }
        ++pi;
        ++ti;
    }
    return ti == t.size();
}

bool hasWildcard(QStringView s)
{
    for (QChar c : s) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            return true;
    }
    return false;
}

} // namespace

bool wildmatch(QStringView pattern, QStringView text)
{
    int budget = MaxMatchSteps;
    return matchFrom(pattern, 0, text, 0, budget);
}

GitignoreRules GitignoreRules::parse(QByteArrayView text)
{
    GitignoreRules rules;
    const QString all = QString::fromUtf8(text);
    for (QStringView line : QStringView(all).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Trailing spaces are dropped unless escaped with a backslash.
        while (line.endsWith(u' ') && !(line.size() >= 2 && line[line.size() - 2] == u'\\'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        Rule rule;
        if (line.startsWith(u'!')) {
            rule.negate = true;
            line = line.mid(1);
        } else if (line.startsWith(u"\\!") || line.startsWith(u"\\#")) {
            line = line.mid(1);
        }
        if (line.endsWith(u'/')) {
            rule.dirOnly = true;
            line.chop(1);
        }
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'/')) {
            rule.anchored = true;
            line = line.mid(1);
        } else if (line.contains(u'/')) {
            rule.anchored = true;
        }
        if (line.isEmpty())
            continue;
        rule.pattern = line.toString();
        if (!hasWildcard(line)) {
            rule.shape = Shape::Literal;
            rule.fixed = rule.pattern;
        } else if (!rule.anchored && line.startsWith(u'*') && !hasWildcard(line.mid(1))) {
            rule.shape = Shape::Suffix;
            rule.fixed = line.mid(1).toString();
        }
        rules.m_rules.push_back(std::move(rule));
    }
    return rules;
}

std::optional<bool> GitignoreRules::match(QStringView relativePath, bool isDir) const
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QStringView name = slash < 0 ? relativePath : relativePath.mid(slash + 1);
    for (auto it = m_rules.rbegin(); it != m_rules.rend(); ++it) {
        const Rule &rule = *it;
        if (rule.dirOnly && !isDir)
            continue;
        const QStringView subject = rule.anchored ? relativePath : name;
        bool hit = false;
        switch (rule.shape) {
        case Shape::Literal:
            hit = subject == rule.fixed;
            break;
        case Shape::Suffix:
            hit = subject.endsWith(rule.fixed);
            break;
        case Shape::Glob:
            hit = wildmatch(rule.pattern, subject);
            break;
        }
        if (hit)
            return !rule.negate;
    }
    return std::nullopt;
}

} // namespace hydron::analysis
