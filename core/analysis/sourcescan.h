// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// The one pass over source files: a pure function from a file's bytes to the facts the detectors
// need (env vars read and whether they have a default, ports, health routes, the libraries used
// and how, framework markers, Go imports). Each idiom is matched only on lines that contain a
// cheap literal first, so the pass stays close to the cost of reading the files.
namespace hydron::analysis {

enum class SourceLanguage
{
    Unknown,
    JavaScript,
    TypeScript,
    Python,
    Ruby,
    Go,
    Java,
    Kotlin,
    Php,
    Rust,
    CSharp,
    Elixir
};

// By file name: ".ts" -> TypeScript, "config.exs" -> Elixir; Unknown for anything else.
[[nodiscard]] SourceLanguage sourceLanguageOf(QStringView fileName);
[[nodiscard]] QString languageSlug(SourceLanguage language);

struct EnvRead
{
    QString name;
    int line = 0;
    bool optional = false; // a default is given, or the read is a test ("if X")
    QString defaultValue;  // the literal default, when there is one
};

struct PortHint
{
    int port = 0; // 0 when only the variable is known
    QString env;  // the variable that sets it, if any
    int line = 0;
};

struct RouteHint
{
    QString path; // only health-like paths are kept
    int line = 0;
};

struct Usage
{
    enum class How
    {
        Import, // the library is imported or required
        Client, // a client is constructed with its own configuration (env, URL, defaults)
        Config, // framework configuration names it (Django ENGINE, UseNpgsql, Ecto adapter…)
    };
    QString slug; // a backing kind ("postgres") or an external service ("stripe")
    How how = How::Import;
    int line = 0;
};

struct Marker
{
    QString kind;  // "server", "worker", "fastapi-app", "flask-app", "celery-app", "rq", "go-main",
                   // "go-package", "spring-app", "main", "next-export", "route-prefix", "sinatra", …
    QString value; // e.g. the app variable name
    int line = 0;
};

struct FileFacts
{
    QList<EnvRead> env;
    QList<PortHint> ports;
    QList<RouteHint> routes;
    QList<Usage> usages;
    QList<Marker> markers;
    QStringList imports; // Go import paths

    [[nodiscard]] bool isEmpty() const
    {
        return env.isEmpty() && ports.isEmpty() && routes.isEmpty() && usages.isEmpty() && markers.isEmpty() &&
               imports.isEmpty();
    }
    [[nodiscard]] const Marker *marker(QStringView kind) const;
};

// `fileName` is the base name; some idioms depend on it (urls.py routes).
[[nodiscard]] FileFacts scanSource(SourceLanguage language, QByteArrayView content, QStringView fileName = {});

// Whether a path looks like a health check endpoint ("/health", "/healthz", "/up", "/api/health"…).
[[nodiscard]] bool isHealthPath(QStringView path);
// Lower is better: "/health" and "/healthz" before "/status" and "/ping".
[[nodiscard]] int healthPathRank(QStringView path);
// Whether an env var name conventionally sets the HTTP port (PORT, HTTP_PORT, SERVER_PORT…).
[[nodiscard]] bool isPortVariable(QStringView name);

// A .env.example style file: NAME=value lines (export prefix, quotes and comments handled).
struct EnvFileEntry
{
    QString name;
    QString value;
    int line = 0;
};
[[nodiscard]] QList<EnvFileEntry> parseEnvFile(QByteArrayView text);

// The backing kind named by a connection URL scheme ("postgresql://…" -> "postgres"), or empty.
[[nodiscard]] QString backingKindOfUrl(QStringView url);

} // namespace hydron::analysis
