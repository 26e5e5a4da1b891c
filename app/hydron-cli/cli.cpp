// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hydron-cli/cli.h"

#include "app/hydron-cli/arguments.h"
#include "app/hydron-cli/commandrunner.h"
#include "core/coreservices.h"
#include "core/datadir.h"
#include "core/logging.h"
#include "core/settings.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hydron::cli {
namespace {

// Diagnostics go to the data folder's log file at the level the settings (or HYDRON_LOG_LEVEL)
// ask for; none reach standard error, where scripts read hydron-cli's own messages.
Result<void> startLogging(const QString &dataDir)
{
    const QDir dir(dataDir);
    const Settings settings(dir.filePath(u"settings.ini"_s));
    logging::Options options;
    options.directory = dir.filePath(u"logs"_s);
    options.level = logging::levelFromEnvironment(spdlog::level::from_str(settings.logLevel().toStdString()));
    options.stderrLevel = spdlog::level::off;
    return logging::init(options);
}

// DataDir says that it cannot create a folder; when the reason is that a file stands where a
// folder above it should be (--data-dir pointing inside a file), say so.
Error explainedDataDirError(Error error, const QString &requested)
{
    if (error.code != Error::Code::Io || !error.detail.isEmpty())
        return error;
    QString path = requested;
    if (path.isEmpty())
        path = qEnvironmentVariable("HYDRON_DATA_DIR");
    if (path.isEmpty())
        return error;
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    if (info.exists() && !info.isDir() && info.absoluteFilePath() != QFileInfo(path).absoluteFilePath())
        error.detail = Cli::tr("%1 is a file, not a folder").arg(info.absoluteFilePath());
    return error;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

ExitCode Cli::run(const QStringList &arguments)
{
    auto parsed = ArgumentParser::parse(arguments);
    if (!parsed)
        return usage(parsed.error());
    const Invocation &invocation = *parsed;

    switch (invocation.kind) {
    case Invocation::Kind::Version:
        m_out << "hydron-cli " << HYDRON_VERSION << '\n';
        m_out.flush();
        return ExitCode::Success;
    case Invocation::Kind::Help:
        if (invocation.command)
            m_out << CommandTable::commandHelp(*invocation.command);
        else if (!invocation.group.isEmpty())
            m_out << CommandTable::groupHelp(invocation.group);
        else
            m_out << CommandTable::mainHelp();
        m_out.flush();
        return ExitCode::Success;
    case Invocation::Kind::Run:
        break;
    }

    auto dataDir = DataDir::resolve(invocation.dataDir);
    if (!dataDir)
        return failed(explainedDataDirError(dataDir.error(), invocation.dataDir));
    if (auto logging = startLogging(*dataDir); !logging)
        return failed(logging.error());
    m_logging = true;
    CoreServices::Options options;
    options.fileLogging = false; // started above, without the stderr sink
    options.markInterrupted = true;
    auto core = CoreServices::open(*dataDir, options);
    if (!core)
        return failed(core.error());

    CommandRunner runner(**core);
    runner.setOutputStream(&m_out);
    if (::isatty(STDERR_FILENO) == 1)
        runner.setProgressStream(&m_err);
    auto output = runner.run(invocation);
    if (!output)
        return failed(output.error());
    m_out << *output;
    m_out.flush();
    return ExitCode::Success;
}

ExitCode Cli::failed(const Error &error)
{
    if (m_logging)
        logging::logger(logging::Channel::Core)
            ->warn("hydron-cli failed ({}): {}", Error::codeName(error.code).toStdString(),
                   error.toString().toStdString());
    m_err << "hydron-cli: " << error.message << '\n';
    if (!error.detail.isEmpty())
        m_err << "  " << error.detail << '\n';
    m_err.flush();
    return ExitCode::Failed;
}

ExitCode Cli::usage(const UsageError &error)
{
    m_err << "hydron-cli: " << error.message << '\n' << error.hint << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

} // namespace hydron::cli
