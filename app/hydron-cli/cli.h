// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace hydron::cli {

struct UsageError;

// hydron-cli's exit status: part of the public contract.
enum class ExitCode : int
{
    Success = 0,
    Failed = 1, // the operation failed; the reason is on standard error
    Usage = 2,  // the command line is wrong; a one-line hint follows the message
};

// The composition root of hydron-cli: parses the command line, resolves and opens the data
// folder, runs the command and turns every outcome into output and an exit code. Diagnostics go
// to <data>/logs/hydron.log only, so standard error carries nothing but the command's own errors.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(hydron::cli::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);

    // `arguments` without the program name.
    [[nodiscard]] ExitCode run(const QStringList &arguments);

private:
    ExitCode failed(const Error &error);
    ExitCode usage(const UsageError &error);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_logging = false; // diagnostics go to the data folder's log once it is known
};

} // namespace hydron::cli
