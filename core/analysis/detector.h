// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/analysisresult.h"
#include "core/analysis/fileindex.h"
#include "core/analysis/manifest.h"
#include "core/analysis/sourcescan.h"
#include "core/analysis/warninglist.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <optional>

// The inside of the analysis: detectors turn manifests and source facts into service drafts;
// the resolver (analyzer.cpp) attributes facts to drafts and turns them into AnalysisResult.
namespace hydron::analysis {

// How much a source of a fact is believed; a higher number wins.
namespace Priority {
inline constexpr int FrameworkDefault = 10;
inline constexpr int Derived = 30;     // a command built from what the repo contains
inline constexpr int BaseImage = 40;   // FROM node:20
inline constexpr int Manifest = 50;    // engines, requires-python, package scripts
inline constexpr int Code = 60;        // listen(3000), a route
inline constexpr int Config = 65;      // application.properties, puma.rb
inline constexpr int CodeEnv = 70;     // process.env.PORT || 3000
inline constexpr int StartFlag = 75;   // --port 8000 in the start command
inline constexpr int VersionFile = 80; // .nvmrc, .python-version, go.mod
inline constexpr int Dockerfile = 80;
inline constexpr int Compose = 86;
inline constexpr int DeployManifest = 88;
inline constexpr int Procfile = 90;
inline constexpr int Explicit = 95;
} // namespace Priority

template<typename T>
struct Pick
{
    std::optional<T> value;
    int priority = -1;
    Evidence evidence;

    bool offer(const T &v, int p, const Evidence &e)
    {
        if (p <= priority)
            return false;
        value = v;
        priority = p;
        evidence = e;
        return true;
    }
    [[nodiscard]] bool has() const { return value.has_value(); }
    [[nodiscard]] T get(const T &fallback = T()) const { return value.value_or(fallback); }
};

struct EnvEntry
{
    bool readInCode = false;
    bool codeOptional = false; // at least one read gives a default or tests the variable
    bool declared = false;     // .env.example, compose, a deploy manifest
    bool declaredHasValue = false;
    std::optional<bool> explicitRequired; // app.json "required", render sync: false
    Evidence evidence;
};

struct Scope
{
    QString dir;
    bool exact = false; // only files directly in dir (Go packages), else the whole subtree
    bool full = true;   // ports and health too, else env and usages only (shared libraries)
};

struct ServiceDraft
{
    int id = 0;
    int parentId = 0;     // for a worker or release next to a main process: its id
    QString ecosystem;    // node, python, ruby, go, jvm, php, rust, dotnet, elixir, static, docker
    QString baseName;     // from the manifest or folder
    QString explicitName; // from compose, render.yaml, a root Procfile
    QString role;         // empty for the main process; otherwise worker, release, beat, …
    QString path = QStringLiteral(".");
    QList<Scope> scopes;   // where its code lives; the first is its own folder
    bool codeFacts = true; // ports and health from code apply (not for workers and jobs)
    bool servesHttp = false;
    // Whether env var names alone (REDIS_URL, STRIPE_KEY) reveal backing and external services.
    // Laravel's stock configuration reads every driver's variables, so there the env file decides.
    bool backingFromEnvNames = true;

    Pick<ServiceKind> kind;
    Pick<QString> language, languageVersion, framework, packageManager, health, start, build, dockerfile, portEnv;
    Pick<int> port;
    QMap<QString, EnvEntry> env;
    QMap<QString, Evidence> dependsOn;
    QList<Evidence> evidence; // why it is a service
    QStringList dependencies; // dependency names from its manifest (lower case)

    void addEvidence(const Evidence &e);
    void declareEnv(const QString &name, bool hasValue, const Evidence &e, std::optional<bool> required = {});
};

// A backing service named outright: a compose image, a render database, a Heroku add-on.
struct DeclaredBackingService
{
    QString name;
    QString kind;
    QString version;
    Evidence evidence;
    QStringList usedBy; // draft names filled by the resolver from depends_on and env
};

struct EnvFile
{
    QString file;
    QList<EnvFileEntry> entries;
};

class DetectionContext final
{
public:
    DetectionContext(FileIndex &index, WarningList &warnings, const std::atomic<bool> *cancel);

    FileIndex &index;
    WarningList &warnings;
    QHash<int, FileFacts> facts;                     // per file, from the source pass and config readers
    std::deque<ServiceDraft> services;               // deque: references stay valid while adding
    QList<Scope> libraryScopes;                      // library packages: facts reach their dependents only
    QMap<QString, QList<QString>> libraryDependents; // library dir -> draft paths depending on it
    std::optional<Monorepo> monorepo;
    int monorepoPriority = -1;
    QList<DeclaredBackingService> backing;
    QList<EnvFile> envFiles;
    QMap<QString, QString> envKinds; // env var -> backing kind from a URL value seen anywhere
    QMap<QString, Evidence> envKindEvidence;

    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Reads and parses a manifest once; warns when it cannot be parsed (and returns nullptr).
    const Manifest *manifest(const QString &path, Manifest (*parser)(QByteArrayView));
    const QByteArray *read(const QString &path) { return index.content(path); }
    void warnInvalid(const QString &file, const QString &error, int line);

    ServiceDraft &addService(const QString &path, const QString &ecosystem);
    QList<ServiceDraft *> servicesAt(const QString &path);
    ServiceDraft *primaryAt(const QString &path);

    // Files whose path starts with dir + '/' (all files for "."), in walk order.
    [[nodiscard]] FileIndex::Range filesUnder(const QString &dir) const { return index.subtree(dir); }
    // Whether `path` is inside `dir` ("." contains everything).
    [[nodiscard]] static bool isInside(QStringView path, QStringView dir);
    // Files named `name` in dir or its ancestors up to the root, nearest first.
    [[nodiscard]] QList<int> upwards(const QString &dir, const QString &name) const;
    // Adds facts for a configuration file (merged with what the source pass found).
    void addFacts(int file, const FileFacts &more);
    // Paths ignored as service candidates: examples, fixtures, tests, docs.
    [[nodiscard]] static bool isNonServicePath(QStringView path);
    [[nodiscard]] static QString baseNameOf(QStringView dir, const QString &rootName);

private:
    const std::atomic<bool> *m_cancel;
    std::map<QString, std::optional<Manifest>> m_manifests; // node-based: pointers stay valid
    std::vector<int> m_sorted;                              // file indexes sorted by path
    int m_nextId = 1;
};

Evidence ev(const QString &fact, const QString &value, const QString &file, int line = 0);

// One detector per ecosystem. Each adds drafts with what its manifests and the source facts say.
void detectNode(DetectionContext &ctx);
void detectPython(DetectionContext &ctx);
void detectRuby(DetectionContext &ctx);
void detectGo(DetectionContext &ctx);
void detectJvm(DetectionContext &ctx);
void detectPhp(DetectionContext &ctx);
void detectRust(DetectionContext &ctx);
void detectDotnet(DetectionContext &ctx);
void detectElixir(DetectionContext &ctx);
void detectStatic(DetectionContext &ctx);
// Boundaries declared outside the code: Dockerfiles, compose files, Procfiles, deploy manifests.
void detectDockerfiles(DetectionContext &ctx);
void detectCompose(DetectionContext &ctx);
void detectProcfiles(DetectionContext &ctx);
void detectDeployManifests(DetectionContext &ctx);
void detectEnvFiles(DetectionContext &ctx);

// Shared helpers for detectors.
// The version from a version file (.nvmrc, .python-version, .ruby-version, .tool-versions entry).
QString readVersionFile(DetectionContext &ctx, int file, const QString &toolVersionsKey, int *line);
// Adds a process (worker, release…) next to `primary`, copying its stack facts.
ServiceDraft &addProcess(DetectionContext &ctx, ServiceDraft &primary, const QString &role, const QString &command,
                         const Evidence &evidence, int priority);
// Facts of a start command: "--port 8000", "-p 4000", "-b 0.0.0.0:8000", "$PORT".
void offerStartCommandPort(ServiceDraft &draft, const QString &command, const Evidence &evidence);

} // namespace hydron::analysis
