// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/imagereference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hydron::source {
namespace {

constexpr qsizetype MaxNameLength = 255;
constexpr qsizetype MaxTagLength = 128;

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z');
}

bool isSeparatorChar(QChar c)
{
    return c == u'.' || c == u'_' || c == u'-';
}

std::unexpected<Error> invalid(const QString &message)
{
    return fail(Error::Code::InvalidInput, message);
}

// One path component: alnum+ (separator alnum+)*, separator = "." | "_" | "__" | "-"+.
Result<void> checkPathComponent(const QString &component, const QString &path)
{
    if (component.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The repository path \"%1\" has an empty part: two slashes in a "
                                                   "row, or a slash at its start or end.")
                           .arg(path));
    for (QChar c : component) {
        if (c >= u'A' && c <= u'Z')
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The repository name \"%1\" has upper-case letters; Docker "
                                                       "repository names must be lower case (\"%2\").")
                               .arg(path, path.toLower()));
        if (!isLowerAlnum(c) && !isSeparatorChar(c))
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The repository name \"%1\" contains \"%2\"; it may hold only "
                                                       "a-z, 0-9 and the separators '.', '_', '__' and '-'.")
                               .arg(path, QString(c)));
    }
    if (isSeparatorChar(component.front()))
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The part \"%1\" of the repository name must start with a "
                                                   "lower-case letter or a digit.")
                           .arg(component));
    if (isSeparatorChar(component.back()))
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The part \"%1\" of the repository name must end with a "
                                                   "lower-case letter or a digit.")
                           .arg(component));
    qsizetype i = 0;
    while (i < component.size()) {
        if (isLowerAlnum(component.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < component.size() && isSeparatorChar(component.at(end)))
            ++end;
        const QString separator = component.mid(i, end - i);
        const bool allDashes = separator.count(u'-') == separator.size();
        if (!(separator == u"."_s || separator == u"_"_s || separator == u"__"_s || allDashes))
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The part \"%1\" of the repository name has the separator "
                                                       "\"%2\"; only '.', '_', '__' or dashes may stand between "
                                                       "letters and digits.")
                               .arg(component, separator));
        i = end;
    }
    return {};
}

Result<void> checkRegistry(const QString &registry)
{
    QString host = registry;
    QString port;
    if (registry.startsWith(u'[')) {
        const qsizetype close = registry.indexOf(u']');
        if (close < 0)
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The registry address \"%1\" opens an IPv6 bracket and never "
                                                       "closes it.")
                               .arg(registry));
        const QString inside = registry.mid(1, close - 1);
        const bool ipv6Chars = !inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar c) {
            return c == u':' || c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
        });
        if (!ipv6Chars)
            return invalid(
                QCoreApplication::translate("hydron::Image", "The registry address \"%1\" is not a valid IPv6 address.")
                    .arg(registry));
        const QString rest = registry.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The registry address \"%1\" has text after its IPv6 address.")
                               .arg(registry));
        host.clear();
        port = rest.mid(1);
        if (rest.startsWith(u':') && port.isEmpty())
            port = u":"_s; // forces the port error below
    } else {
        const qsizetype colon = registry.indexOf(u':');
        if (colon >= 0) {
            host = registry.left(colon);
            port = registry.mid(colon + 1);
            if (port.isEmpty())
                port = u":"_s;
        }
    }
    if (!host.isEmpty() || !registry.startsWith(u'[')) {
        const QStringList labels = host.split(u'.');
        for (const QString &label : labels) {
            const bool ok =
                !label.isEmpty() && isAsciiLetterOrDigit(label.front()) && isAsciiLetterOrDigit(label.back()) &&
                std::all_of(label.begin(), label.end(), [](QChar c) { return isAsciiLetterOrDigit(c) || c == u'-'; });
            if (!ok)
                return invalid(QCoreApplication::translate("hydron::Image",
                                                           "The registry host \"%1\" is not a valid host name: each "
                                                           "part between dots must be letters, digits and inner "
                                                           "dashes.")
                                   .arg(host));
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        const bool digitsOnly = std::all_of(port.begin(), port.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!ok || !digitsOnly || number < 1 || number > 65535)
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The registry port in \"%1\" must be a number between 1 and "
                                                       "65535.")
                               .arg(registry));
    }
    return {};
}

Result<void> checkTag(const QString &tag)
{
    if (tag.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The image reference ends its name with ':' but gives no tag "
                                                   "after it."));
    if (tag.size() > MaxTagLength)
        return invalid(
            QCoreApplication::translate("hydron::Image", "The tag is %1 characters long; at most %2 are allowed.")
                .arg(tag.size())
                .arg(MaxTagLength));
    for (QChar c : tag) {
        if (!isAsciiLetterOrDigit(c) && c != u'_' && c != u'.' && c != u'-')
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The tag \"%1\" contains \"%2\"; tags may hold only letters, "
                                                       "digits, '_', '.' and '-'.")
                               .arg(tag, QString(c)));
    }
    if (tag.front() == u'.' || tag.front() == u'-')
        return invalid(
            QCoreApplication::translate("hydron::Image", "The tag \"%1\" must not start with '.' or '-'.").arg(tag));
    return {};
}

Result<void> checkDigest(const QString &digest)
{
    if (digest.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The image reference has an '@' but no digest after it; write it "
                                                   "as @sha256: followed by 64 hexadecimal digits."));
    const qsizetype colon = digest.indexOf(u':');
    if (colon < 0)
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The digest \"%1\" names no algorithm; write it as sha256: "
                                                   "followed by 64 hexadecimal digits.")
                           .arg(digest));
    const QString algorithm = digest.left(colon);
    const QString hex = digest.mid(colon + 1);
    int expected = 0;
    if (algorithm == u"sha256"_s)
        expected = 64;
    else if (algorithm == u"sha384"_s)
        expected = 96;
    else if (algorithm == u"sha512"_s)
        expected = 128;
    else
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The digest algorithm \"%1\" is not one Docker accepts; use "
                                                   "sha256, sha384 or sha512.")
                           .arg(algorithm));
    for (QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The %1 digest contains \"%2\"; it must be lower-case "
                                                       "hexadecimal digits (0-9, a-f) only.")
                               .arg(algorithm, QString(c)));
    }
    if (hex.size() != expected)
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The %1 digest has %2 hexadecimal digits; it must have exactly %3.")
                           .arg(algorithm)
                           .arg(hex.size())
                           .arg(expected));
    return {};
}

bool isImageId(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("hydron::Image", "The image reference is empty."));
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return invalid(QCoreApplication::translate("hydron::Image",
                                                       "The image reference \"%1\" contains white space or a control "
                                                       "character.")
                               .arg(text.trimmed()));
    }
    if (isImageId(text))
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "\"%1\" is a 64-digit image ID, not a reference; give a name such "
                                                   "as nginx:1.27 or name@sha256:….")
                           .arg(text));

    ImageReference ref;
    QString name = text;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        ref.m_digest = text.mid(at + 1);
        name = text.left(at);
        if (ref.m_digest.contains(u'@'))
            return invalid(
                QCoreApplication::translate("hydron::Image", "The image reference \"%1\" has more than one '@'.")
                    .arg(text));
        if (auto ok = checkDigest(ref.m_digest); !ok)
            return std::unexpected(ok.error());
    }
    const qsizetype lastSlash = name.lastIndexOf(u'/');
    const qsizetype lastColon = name.lastIndexOf(u':');
    if (lastColon > lastSlash) {
        ref.m_tag = name.mid(lastColon + 1);
        name = name.left(lastColon);
        if (auto ok = checkTag(ref.m_tag); !ok)
            return std::unexpected(ok.error());
    }
    if (name.isEmpty())
        return invalid(
            QCoreApplication::translate("hydron::Image", "The image reference \"%1\" names no repository.").arg(text));

    QString registry;
    QString path = name;
    const qsizetype firstSlash = name.indexOf(u'/');
    if (firstSlash > 0) {
        const QString first = name.left(firstSlash);
        if (first.contains(u'.') || first.contains(u':') || first == u"localhost"_s || first != first.toLower()) {
            registry = first;
            path = name.mid(firstSlash + 1);
        }
    }
    if (!registry.isEmpty()) {
        if (auto ok = checkRegistry(registry); !ok)
            return std::unexpected(ok.error());
    }
    if (path.isEmpty())
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The image reference \"%1\" names the registry %2 but no "
                                                   "repository in it.")
                           .arg(text, registry));
    if (name.size() > MaxNameLength)
        return invalid(QCoreApplication::translate("hydron::Image",
                                                   "The repository name is %1 characters long; at most %2 are "
                                                   "allowed.")
                           .arg(name.size())
                           .arg(MaxNameLength));
    const QStringList components = path.split(u'/');
    for (const QString &component : components) {
        if (auto ok = checkPathComponent(component, path); !ok)
            return std::unexpected(ok.error());
    }

    if (registry.isEmpty() || registry == u"index.docker.io"_s)
        registry = DefaultRegistry;
    if (registry == DefaultRegistry && components.size() == 1)
        path = u"library/"_s + path;
    ref.m_registry = registry;
    ref.m_repository = path;
    return ref;
}

QString ImageReference::effectiveTag() const
{
    if (!m_tag.isEmpty())
        return m_tag;
    return m_digest.isEmpty() ? u"latest"_s : QString();
}

bool ImageReference::isPinned() const
{
    return !m_digest.isEmpty() || (!m_tag.isEmpty() && m_tag != u"latest"_s);
}

QString ImageReference::toString() const
{
    QString out = m_registry + u'/' + m_repository;
    if (!m_tag.isEmpty())
        out += u':' + m_tag;
    if (!m_digest.isEmpty())
        out += u'@' + m_digest;
    return out;
}

QString ImageReference::familiarName() const
{
    QString out;
    if (m_registry == DefaultRegistry)
        out = m_repository.startsWith(u"library/"_s) && m_repository.count(u'/') == 1 ? m_repository.mid(8)
                                                                                      : m_repository;
    else
        out = m_registry + u'/' + m_repository;
    if (!m_tag.isEmpty())
        out += u':' + m_tag;
    if (!m_digest.isEmpty())
        out += u'@' + m_digest;
    return out;
}

} // namespace hydron::source
