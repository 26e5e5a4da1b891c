// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/remoteerror.h"

#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace hydron::remote {
namespace {

constexpr std::array<std::pair<Failure, QStringView>, 14> names{{
    {Failure::Other, u"other"},
    {Failure::HostNotFound, u"host-not-found"},
    {Failure::Unreachable, u"unreachable"},
    {Failure::Refused, u"connection-refused"},
    {Failure::ConnectTimeout, u"connect-timeout"},
    {Failure::HostKeyUnknown, u"host-key-unknown"},
    {Failure::HostKeyChanged, u"host-key-changed"},
    {Failure::AuthFailed, u"auth-failed"},
    {Failure::KeyFile, u"key-file"},
    {Failure::ConnectionLost, u"connection-lost"},
    {Failure::Protocol, u"ssh-protocol"},
    {Failure::RemoteFile, u"remote-file"},
    {Failure::CommandTimeout, u"command-timeout"},
    {Failure::Cancelled, u"cancelled"},
}};

} // namespace

QString failureName(Failure failure)
{
    for (const auto &[f, name] : names) {
        if (f == failure)
            return name.toString();
    }
    return u"other"_s;
}

Failure failureOf(const Error &error)
{
    const QStringView detail(error.detail);
    const qsizetype colon = detail.indexOf(u':');
    const QStringView word = colon < 0 ? detail : detail.first(colon);
    for (const auto &[f, name] : names) {
        if (word == name)
            return f;
    }
    return error.code == Error::Code::Cancelled ? Failure::Cancelled : Failure::Other;
}

Error remoteError(Failure failure, Error::Code code, const QString &message, const QString &technical)
{
    QString detail = failureName(failure);
    if (!technical.isEmpty())
        detail += u": "_s + technical;
    return Error{code, message, detail};
}

std::optional<HostKeyMismatch> hostKeyMismatchOf(const Error &error)
{
    const Failure failure = failureOf(error);
    if (failure != Failure::HostKeyUnknown && failure != Failure::HostKeyChanged)
        return std::nullopt;
    HostKeyMismatch mismatch;
    const QStringList words = error.detail.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.startsWith(u"pinned="_s))
            mismatch.pinned = w.mid(7);
        else if (w.startsWith(u"presented="_s))
            mismatch.presented = w.mid(10);
    }
    if (mismatch.presented.isEmpty())
        return std::nullopt;
    return mismatch;
}

} // namespace hydron::remote
