// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gittestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hydron::test {

ProcessResult run(const QString &program, const QStringList &args, const QString &workDir, const QByteArray &input,
                  int timeoutMs)
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Hydron Test"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@hydron.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Hydron Test"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@hydron.invalid"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.err = "cannot start " + program.toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult git(const QStringList &args, const QString &workDir)
{
    return run(u"git"_s, args, workDir);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QByteArray allMetadata(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/.git/objects/"_s))
            continue;
        all += readFile(path);
    }
    return all;
}

namespace {
QString head(const QString &repo, const QString &rev = u"HEAD"_s)
{
    const ProcessResult r = git({u"rev-parse"_s, rev}, repo);
    return r.ok() ? QString::fromLatin1(r.out.trimmed()) : QString();
}
} // namespace

QString TestRepository::create(const QString &root)
{
    work = QDir(root).filePath(u"work"_s);
    bare = QDir(root).filePath(u"repo.git"_s);
    auto step = [](const ProcessResult &r, const char *what) -> QString {
        return r.ok() ? QString() : u"%1 failed: %2"_s.arg(QLatin1StringView(what), QString::fromUtf8(r.err));
    };
    if (auto e = step(git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s, work}), "git init"); !e.isEmpty())
        return e;
    if (!writeFile(work + u"/README.md"_s, "v1\n"))
        return u"cannot write README.md"_s;
    if (auto e = step(git({u"add"_s, u"."_s}, work), "git add"); !e.isEmpty())
        return e;
    if (auto e = step(git({u"commit"_s, u"-q"_s, u"-m"_s, u"README v1"_s}, work), "git commit"); !e.isEmpty())
        return e;
    c1 = head(work);
    if (auto e = step(git({u"tag"_s, u"-a"_s, u"v1.0"_s, u"-m"_s, u"Release 1.0"_s}, work), "git tag"); !e.isEmpty())
        return e;
    writeFile(work + u"/README.md"_s, "v2\n");
    if (auto e = step(git({u"commit"_s, u"-q"_s, u"-am"_s, u"README v2"_s}, work), "git commit"); !e.isEmpty())
        return e;
    c2 = head(work);
    if (auto e = step(git({u"tag"_s, u"light"_s}, work), "git tag"); !e.isEmpty())
        return e;
    if (auto e = step(git({u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s}, work), "git checkout"); !e.isEmpty())
        return e;
    writeFile(work + u"/feature.txt"_s, "feature\n");
    git({u"add"_s, u"feature.txt"_s}, work);
    if (auto e = step(git({u"commit"_s, u"-q"_s, u"-m"_s, u"add feature.txt"_s}, work), "git commit"); !e.isEmpty())
        return e;
    c3 = head(work);
    git({u"checkout"_s, u"-q"_s, u"main"_s}, work);
    if (auto e = step(git({u"clone"_s, u"-q"_s, u"--bare"_s, work, bare}), "git clone --bare"); !e.isEmpty())
        return e;
    if (auto e = step(git({u"remote"_s, u"add"_s, u"origin"_s, bare}, work), "git remote add"); !e.isEmpty())
        return e;
    return {};
}

QString TestRepository::commitAndPush(const QString &file, const QByteArray &contents, const QString &message)
{
    if (!writeFile(QDir(work).filePath(file), contents))
        return {};
    if (!git({u"add"_s, file}, work).ok() || !git({u"commit"_s, u"-q"_s, u"-m"_s, message}, work).ok() ||
        !git({u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}, work).ok())
        return {};
    return head(work);
}

QString TestRepository::addRandomFilesAndPush(int count, int size)
{
    auto *random = QRandomGenerator::global();
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        random->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        if (!writeFile(work + u"/blobs/%1.bin"_s.arg(i, 5, 10, QLatin1Char('0')), data))
            return {};
    }
    if (!git({u"add"_s, u"blobs"_s}, work).ok() ||
        !git({u"commit"_s, u"-q"_s, u"-m"_s, u"random blobs"_s}, work).ok() ||
        !git({u"push"_s, u"-q"_s, u"origin"_s, u"main"_s}, work).ok())
        return {};
    return head(work);
}

JobRun runJob(source::CloneJob *job, int timeoutMs)
{
    JobRun out;
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(job, &source::CloneJob::started, job, [&out] { ++out.started; });
    connections << QObject::connect(job, &source::CloneJob::progress, job,
                                    [&out](qint64, qint64, source::CloneStage stage) {
                                        ++out.progress;
                                        if (out.stages.isEmpty() || out.stages.last() != stage)
                                            out.stages << stage;
                                    });
    connections << QObject::connect(job, &source::CloneJob::remoteMessage, job,
                                    [&out](const QString &line) { out.remoteMessages << line; });
    connections << QObject::connect(job, &source::CloneJob::finished, job,
                                    [&out](const Result<source::CloneResult> &result) {
                                        ++out.finished;
                                        out.result = result;
                                    });
    if (!QTest::qWaitFor([&out] { return out.result.has_value(); }, timeoutMs))
        qWarning("the job did not finish within %d ms", timeoutMs);
    // Exactly one finished(): nothing else may arrive after it.
    QTest::qWait(50);
    for (const QMetaObject::Connection &c : connections)
        QObject::disconnect(c);
    return out;
}

QString describe(const std::optional<Result<source::CloneResult>> &outcome)
{
    if (!outcome)
        return u"<no result: the job did not finish>"_s;
    const Result<source::CloneResult> &result = *outcome;
    if (result)
        return u"<success: %1 at %2>"_s.arg(result->ref, result->commit);
    return u"%1: %2"_s.arg(Error::codeName(result.error().code), result.error().toString());
}

} // namespace hydron::test
