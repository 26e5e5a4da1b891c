// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source/clonejob.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Helpers for the Git tests: real repositories made with the git command line, and a way to
// run a CloneJob to its end while the event loop turns.
namespace hydron::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] bool ok() const { return exitCode == 0; }
};

// Runs a program to its end (tests only: the GUI-thread rule does not apply here).
ProcessResult run(const QString &program, const QStringList &args, const QString &workDir = {},
                  const QByteArray &input = {}, int timeoutMs = 180000);
// Runs git with a fixed identity and no user or system configuration.
ProcessResult git(const QStringList &args, const QString &workDir = {});

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &contents);

// Every byte of every file under `dir` (objects and packs excepted) concatenated, to check
// that a secret was written nowhere.
QByteArray allMetadata(const QString &dir);

// A repository to clone: <root>/work (a working copy) and <root>/repo.git (the bare one that
// tests fetch from). History:
//   main:    c1 "README v1" (annotated tag v1.0) -- c2 "README v2" (lightweight tag light)
//   feature: c2 -- c3 "add feature.txt"
class TestRepository
{
public:
    // Returns an error text, empty on success.
    QString create(const QString &root);
    // Commits a file on main in the working copy and pushes it to the bare repository;
    // returns the new commit, empty on failure.
    QString commitAndPush(const QString &file, const QByteArray &contents, const QString &message);
    // Adds `count` files of `size` random bytes in one commit and pushes it (a big clone).
    QString addRandomFilesAndPush(int count, int size);

    QString work;
    QString bare;
    QString c1;
    QString c2;
    QString c3;
};

// Runs a job until finished() and returns its result; counts the other signals.
struct JobRun
{
    std::optional<Result<source::CloneResult>> result;
    int started = 0;
    int finished = 0;
    int progress = 0;
    QList<source::CloneStage> stages;
    QStringList remoteMessages;
};
JobRun runJob(source::CloneJob *job, int timeoutMs = 120000);

// What a job ended with, for QVERIFY2 messages.
QString describe(const std::optional<Result<source::CloneResult>> &result);

} // namespace hydron::test
