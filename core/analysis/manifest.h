// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/textutil.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Pure parsers for language package manifests: bytes in, a Manifest out. They never throw and
// never touch the file system, so they can be fuzzed (tests/fuzz/fuzz_manifest.cpp). A parser
// that cannot read its input sets `error` (and `errorLine` when known) and leaves the rest empty.
namespace hydron::analysis {

struct Dependency
{
    QString name; // as written, except Python names which are normalised (lower case, '-')
    QString version;
    int line = 0;
    bool dev = false;

    friend bool operator==(const Dependency &, const Dependency &) = default;
};

struct Manifest
{
    QString error;
    int errorLine = 0;

    Located name;
    Located version;
    Located languageVersion; // engines.node, requires-python, go directive, rust-version, php, java.version…
    QList<Dependency> dependencies;
    QMap<QString, Located> scripts; // package.json/composer scripts, [project.scripts], Gradle/Maven plugins
    QStringList workspaces;         // workspace globs, Cargo members, Maven modules, Gradle includes
    int workspacesLine = 0;
    QMap<QString, Located> fields; // format-specific facts, documented at each parser

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    [[nodiscard]] const Dependency *dependency(QStringView name) const;
    [[nodiscard]] bool has(QStringView name) const { return dependency(name) != nullptr; }
    // The first dependency whose name starts with `prefix`.
    [[nodiscard]] const Dependency *dependencyWithPrefix(QStringView prefix) const;
    [[nodiscard]] Located field(const QString &key) const { return fields.value(key); }
};

// package.json. fields: main, packageManager, private, type, volta.node
[[nodiscard]] Manifest parsePackageJson(QByteArrayView text);
// pnpm-workspace.yaml: workspaces only.
[[nodiscard]] Manifest parsePnpmWorkspace(QByteArrayView text);
// pyproject.toml (PEP 621, Poetry, uv). fields: build-backend, poetry ("1" when [tool.poetry]),
// uv ("1" when [tool.uv]), pdm
[[nodiscard]] Manifest parsePyproject(QByteArrayView text);
// Pipfile. languageVersion: [requires] python_version
[[nodiscard]] Manifest parsePipfile(QByteArrayView text);
// requirements.txt: names with versions; -r includes become fields "include:<file>".
[[nodiscard]] Manifest parseRequirements(QByteArrayView text);
// go.mod. name: module path; languageVersion: go directive; fields: toolchain
[[nodiscard]] Manifest parseGoMod(QByteArrayView text);
// go.work: workspaces are the `use` folders.
[[nodiscard]] Manifest parseGoWork(QByteArrayView text);
// Gemfile. languageVersion: ruby "x.y"
[[nodiscard]] Manifest parseGemfile(QByteArrayView text);
// composer.json. languageVersion: require.php; fields: type
[[nodiscard]] Manifest parseComposerJson(QByteArrayView text);
// Cargo.toml. fields: bin:<name> for [[bin]] entries, lib ("1"), workspace ("1")
// dependencies carry enabled features in `version` after a '|' ("0.7|macros,postgres").
[[nodiscard]] Manifest parseCargoToml(QByteArrayView text);
// pom.xml. name: artifactId; version; languageVersion: java.version / maven.compiler.release/source;
// fields: groupId, packaging, parent (groupId:artifactId), parentVersion, finalName;
// scripts: plugins by artifactId
[[nodiscard]] Manifest parsePomXml(QByteArrayView text);
// *.csproj. name: AssemblyName; languageVersion: TargetFramework version ("8.0");
// fields: sdk, targetFramework, outputType, assemblyName
[[nodiscard]] Manifest parseCsproj(QByteArrayView text);
// *.sln: workspaces are the project files (relative, '/'-separated).
[[nodiscard]] Manifest parseSolution(QByteArrayView text);
// build.gradle / build.gradle.kts (a line scanner, not Groovy). scripts: plugin ids;
// languageVersion: toolchain / sourceCompatibility; fields: kotlin ("1"), group, version
[[nodiscard]] Manifest parseGradleBuild(QByteArrayView text);
// settings.gradle(.kts): name: rootProject.name; workspaces: included projects as folders.
[[nodiscard]] Manifest parseGradleSettings(QByteArrayView text);
// mix.exs. name: app; languageVersion: elixir requirement
[[nodiscard]] Manifest parseMixExs(QByteArrayView text);

} // namespace hydron::analysis
