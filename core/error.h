// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace hydron {

// Errors are values: every fallible core API returns Result<T>.
struct Error
{
    enum class Code
    {
        InvalidInput,  // the caller's input is wrong (names, URLs, JSON)
        NotFound,      // the thing asked for does not exist
        AlreadyExists, // a unique name is taken
        Io,            // files, folders, permissions
        Database,      // SQLite refused or failed
        Corrupt,       // stored data cannot be read
        NewerSchema,   // written by a newer Hydron
        Cancelled,     // the user or caller cancelled a job
        Network,       // connections, timeouts
        Unsupported,   // asked for something this build or host cannot do
        Internal,      // a bug
    };

    Code code = Code::Internal;
    QString message; // translated, for the user: what happened and what to do
    QString detail;  // untranslated technical detail (driver text, errno), may be empty

    // The message followed by the detail in brackets, when there is one.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString codeName(Code code);
};

template<typename T>
using Result = std::expected<T, Error>;

// Shorthand for returning an error: `return fail(Error::Code::NotFound, tr("…"));`
[[nodiscard]] inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

} // namespace hydron
