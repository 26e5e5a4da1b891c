// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageLogContext>

#include <array>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace hydron::logging {
namespace {

constexpr std::array<const char *, 6> channelNames{"core", "db", "ssh", "git", "llm", "ui"};

std::mutex &mutex()
{
    static std::mutex m;
    return m;
}

std::vector<spdlog::sink_ptr> &sinks()
{
    static std::vector<spdlog::sink_ptr> s = [] {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        return std::vector<spdlog::sink_ptr>{err};
    }();
    return s;
}

spdlog::level::level_enum &currentLevel()
{
    static spdlog::level::level_enum level = spdlog::level::info;
    return level;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto log = logger(Channel::Ui);
    const std::string text = context.category && qstrcmp(context.category, "default") != 0
                                 ? std::string(context.category) + ": " + message.toStdString()
                                 : message.toStdString();
    switch (type) {
    case QtDebugMsg:
        log->debug(text);
        break;
    case QtInfoMsg:
        log->info(text);
        break;
    case QtWarningMsg:
        log->warn(text);
        break;
    case QtCriticalMsg:
        log->error(text);
        break;
    case QtFatalMsg:
        log->critical(text);
        log->flush();
        std::abort();
    }
}

} // namespace

std::shared_ptr<spdlog::logger> logger(Channel channel)
{
    const char *name = channelNames.at(static_cast<std::size_t>(channel));
    std::lock_guard lock(mutex());
    if (auto existing = spdlog::get(name))
        return existing;
    auto created = std::make_shared<spdlog::logger>(name, sinks().begin(), sinks().end());
    created->set_level(currentLevel());
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

Result<void> init(const Options &options)
{
    std::vector<spdlog::sink_ptr> newSinks;
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(options.stderrLevel);
    err->set_pattern("%^hydron %n %l:%$ %v");
    newSinks.push_back(err);
    if (!options.directory.isEmpty()) {
        if (!QDir().mkpath(options.directory))
            return fail(Error::Code::Io,
                        QCoreApplication::translate("hydron::Logging", "Hydron cannot create its log folder %1.")
                            .arg(options.directory));
        const QString file = QDir(options.directory).filePath(u"hydron.log"_s);
        try {
            auto rotating =
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
            rotating->set_pattern("%Y-%m-%dT%H:%M:%S.%e %n %l [%t] %v");
            rotating->set_level(spdlog::level::trace);
            newSinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex &e) {
            return fail(
                Error::Code::Io,
                QCoreApplication::translate("hydron::Logging", "Hydron cannot write its log file %1.").arg(file),
                QString::fromStdString(e.what()));
        }
    }
    {
        std::lock_guard lock(mutex());
        sinks() = newSinks;
        currentLevel() = options.level;
        spdlog::drop_all();
        for (const char *name : channelNames) {
            auto log = std::make_shared<spdlog::logger>(name, newSinks.begin(), newSinks.end());
            log->set_level(options.level);
            log->flush_on(spdlog::level::warn);
            spdlog::register_logger(log);
        }
    }
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
    return {};
}

spdlog::level::level_enum levelFromEnvironment(spdlog::level::level_enum fallback)
{
    const QByteArray name = qgetenv("HYDRON_LOG_LEVEL").toLower();
    if (name.isEmpty())
        return fallback;
    const auto level = spdlog::level::from_str(name.toStdString());
    return level == spdlog::level::off && name != "off" ? fallback : level;
}

} // namespace hydron::logging
