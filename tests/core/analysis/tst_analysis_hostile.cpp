// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hostile trees built in a temporary folder: symlink loops, a link to /etc, a 50 MB binary,
// broken manifests, a 200-level deep tree, files that cannot be read, names that are not UTF-8,
// minified code. The analysis must not crash, must finish in bounded time and must say what it
// skipped.
//
// Tests run as root in CI, and root reads a chmod 000 file anyway; "unreadable" is therefore
// made of things no one can read as a file: a FIFO (opening it would block a naive reader), a
// dangling symlink, a symlink loop, and a file deleted between the walk and the read
// (tst_analysis_scanner).
#include "core/analysis/analyzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::analysis;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QStringList codes(const AnalysisResult &r)
{
    QStringList out;
    for (const Warning &w : r.warnings)
        out << w.code;
    return out;
}

QStringList warningFiles(const AnalysisResult &r, const QString &code)
{
    QStringList out;
    for (const Warning &w : r.warnings) {
        if (w.code == code)
            out << w.file;
    }
    return out;
}

} // namespace

class TestAnalysisHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symlinks_loopsAndEscapes_areSkippedWithWarnings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r + u"/package.json"_s, R"({"name": "app", "scripts": {"start": "node index.js"}})");
        write(r + u"/index.js"_s, "require('http').createServer().listen(3000);\n");
        QVERIFY(QFile::link(r + u"/loop-b.js"_s, r + u"/loop-a.js"_s));
        QVERIFY(QFile::link(r + u"/loop-a.js"_s, r + u"/loop-b.js"_s));
        QDir().mkpath(r + u"/sub"_s);
        QVERIFY(QFile::link(r, r + u"/sub/back-to-root"_s)); // a folder loop
        QVERIFY(QFile::link(u"/etc"_s, r + u"/etc-link"_s));
        QVERIFY(QFile::link(u"/etc/passwd"_s, r + u"/passwd.js"_s));
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(r);
        QVERIFY(result);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(result->services.size(), 1);
        QCOMPARE(result->services[0].port, std::optional<int>(3000));
        const QStringList c = codes(*result);
        QVERIFY2(c.contains(u"symlink-outside"_s), qPrintable(c.join(u',')));
        QVERIFY(c.contains(u"symlink-broken"_s));
        // Nothing from /etc made it in.
        QVERIFY(!result->toJson().toVariantMap().value(u"services"_s).toString().contains(u"passwd"_s));
    }

    void bigBinary_isNotRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < chunk.size(); i += 4096)
            chunk[i] = char(i & 0x7f);
        QFile big(r + u"/bundle.js"_s);
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            big.write(chunk);
        big.close();
        write(r + u"/small.js"_s, QByteArray("const a = 1;\0\0\0binary", 22));
        write(r + u"/package.json"_s, R"({"name": "x", "scripts": {"start": "node small.js"}})");
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(r);
        QVERIFY(result);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(result->stats.bytesRead < 1024 * 1024);
        QCOMPARE(warningFiles(*result, u"file-too-large"_s), QStringList{u"bundle.js"_s});
        QCOMPARE(warningFiles(*result, u"binary-file"_s), QStringList{u"small.js"_s});
    }

    void invalidManifests_areWarningsNotFailures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r + u"/package.json"_s, "{\"name\": \"broken\",\n  \"scripts\": {\n}");
        write(r + u"/pyproject.toml"_s, "[project\nname = ");
        write(r + u"/docker-compose.yml"_s, "services:\n  api: [\n");
        write(r + u"/Cargo.toml"_s, "[package]\nname = \"x\"\nversion = 1.0.0.0\n");
        write(r + u"/pom.xml"_s, "<project><dependencies></project>");
        write(r + u"/render.yaml"_s, "services:\n  - type: web\n    name: [\n");
        write(r + u"/fly.toml"_s, "[http_service\ninternal_port = 8080\n");
        write(r + u"/Procfile"_s, "this is not a procfile\n");
        write(r + u"/Dockerfile"_s, "RUN echo no base image\n");
        write(r + u"/main.py"_s, "import os\nprint(os.environ['X'])\n");
        const auto result = analyze(r);
        QVERIFY(result);
        const QStringList files = warningFiles(*result, u"invalid-manifest"_s);
        for (const QString &f : {u"package.json"_s, u"pyproject.toml"_s, u"docker-compose.yml"_s, u"Cargo.toml"_s,
                                 u"pom.xml"_s, u"render.yaml"_s, u"fly.toml"_s, u"Procfile"_s, u"Dockerfile"_s})
            QVERIFY2(files.contains(f), qPrintable(f + u" not reported; got: "_s + files.join(u", ")));
        for (const Warning &w : result->warnings) {
            if (w.code == u"invalid-manifest" && w.file == u"package.json")
                QVERIFY2(w.message.contains(u"line"), qPrintable(w.message));
        }
    }

    void deepTree_isCutWithWarning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.path();
        for (int i = 0; i < 200; ++i)
            path += u"/d"_s;
        QVERIFY(QDir().mkpath(path));
        write(path + u"/package.json"_s, R"({"name": "deep", "scripts": {"start": "node x.js"}})");
        write(dir.path() + u"/d/index.html"_s, "<!doctype html><p>hi</p>\n");
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(dir.path());
        QVERIFY(result);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(codes(*result).contains(u"too-deep"_s));
        QCOMPARE(result->services.size(), 1); // the shallow site, not the package 200 levels down
        QCOMPARE(result->services[0].path, u"d"_s);
    }

    void unreadableEntries_areSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r + u"/package.json"_s, R"({"name": "x", "scripts": {"start": "node server.js"}})");
        QVERIFY(::mkfifo(QFile::encodeName(r + u"/server.js"_s).constData(), 0644) == 0);
        QVERIFY(QFile::link(r + u"/nowhere.js"_s, r + u"/dangling.js"_s));
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(r); // would hang on opening the FIFO for reading
        QVERIFY(result);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(codes(*result).contains(u"special-file"_s));
        QVERIFY(codes(*result).contains(u"symlink-broken"_s));
    }

    void nonUtf8Names_areSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray base = QFile::encodeName(dir.path());
        const QByteArray bad = base + "/caf\xe9-\xff.js";
        const int fd = ::open(bad.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QVERIFY(::write(fd, "process.env.SECRET\n", 19) == 19);
        ::close(fd);
        const QByteArray badDir = base + "/\xfe\xfe";
        QVERIFY(::mkdir(badDir.constData(), 0755) == 0);
        write(dir.path() + u"/index.js"_s, "module.exports = process.env.GOOD_VAR;\n");
        write(dir.path() + u"/package.json"_s, R"({"name": "x", "scripts": {"start": "node index.js"}})");
        const auto result = analyze(dir.path());
        QVERIFY(result);
        QVERIFY(codes(*result).contains(u"non-utf8-name"_s));
        QCOMPARE(result->services.size(), 1);
        QCOMPARE(result->services[0].env, QStringList{u"GOOD_VAR"_s});
    }

    void minifiedAndHugeLines_stayFast()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray line;
        for (int i = 0; i < 40000; ++i)
            line += "process.env.X" + QByteArray::number(i % 10) + "||(a=" + QByteArray::number(i) + ");";
        write(dir.path() + u"/app.min.js"_s, line + "\n");
        QByteArray nested = QByteArray(100000, '(') + QByteArray(100000, ')');
        write(dir.path() + u"/weird.py"_s, "x = " + nested + "\n");
        QElapsedTimer timer;
        timer.start();
        const auto result = analyze(dir.path());
        QVERIFY(result);
        QVERIFY(timer.elapsed() < 5000);
    }

    void missingRoot_isAnError()
    {
        const auto result = analyze(u"/nonexistent/path/for/hydron"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::NotFound);
        QTemporaryDir dir;
        write(dir.path() + u"/file.txt"_s, "x");
        const auto notDir = analyze(dir.path() + u"/file.txt"_s);
        QVERIFY(!notDir);
        QCOMPARE(notDir.error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisHostile)
#include "tst_analysis_hostile.moc"
