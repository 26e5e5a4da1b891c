// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

using namespace Qt::StringLiterals;

namespace hydron {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + u" ("_s + detail + u')';
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::InvalidInput:
        return u"invalid-input"_s;
    case Code::NotFound:
        return u"not-found"_s;
    case Code::AlreadyExists:
        return u"already-exists"_s;
    case Code::Io:
        return u"io"_s;
    case Code::Database:
        return u"database"_s;
    case Code::Corrupt:
        return u"corrupt"_s;
    case Code::NewerSchema:
        return u"newer-schema"_s;
    case Code::Cancelled:
        return u"cancelled"_s;
    case Code::Network:
        return u"network"_s;
    case Code::Unsupported:
        return u"unsupported"_s;
    case Code::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace hydron
