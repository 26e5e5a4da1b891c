// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The gitignore matcher against gitignore(5)'s rules, and the bounded walk: skipped folders,
// nested .gitignore files, negation, symlinks, limits, reading once.
#include "core/analysis/fileindex.h"
#include "core/analysis/gitignore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::analysis;

namespace {

void write(const QString &path, const QByteArray &content = "x\n")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QStringList paths(const FileIndex &index)
{
    QStringList out;
    for (const auto &f : index.files())
        out << f.path;
    out.sort();
    return out;
}

} // namespace

class TestAnalysisScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildmatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("star") << u"*.log"_s << u"debug.log"_s << true;
        QTest::newRow("star stops at slash") << u"*.log"_s << u"logs/debug.log"_s << false;
        QTest::newRow("question") << u"file?.txt"_s << u"file1.txt"_s << true;
        QTest::newRow("question not slash") << u"a?b"_s << u"a/b"_s << false;
        QTest::newRow("class") << u"[abc].txt"_s << u"b.txt"_s << true;
        QTest::newRow("class range") << u"v[0-9]"_s << u"v7"_s << true;
        QTest::newRow("class negated") << u"v[!0-9]"_s << u"v7"_s << false;
        QTest::newRow("leading double star") << u"**/build"_s << u"a/b/build"_s << true;
        QTest::newRow("leading double star zero dirs") << u"**/build"_s << u"build"_s << true;
        QTest::newRow("middle double star") << u"a/**/b"_s << u"a/x/y/b"_s << true;
        QTest::newRow("middle double star zero") << u"a/**/b"_s << u"a/b"_s << true;
        QTest::newRow("trailing double star") << u"logs/**"_s << u"logs/a/b.txt"_s << true;
        QTest::newRow("trailing double star not self") << u"logs/**"_s << u"logs"_s << false;
        QTest::newRow("escape") << u"\\*.txt"_s << u"*.txt"_s << true;
        QTest::newRow("escape literal only") << u"\\*.txt"_s << u"a.txt"_s << false;
        QTest::newRow("unclosed class is literal") << u"a[b"_s << u"a[b"_s << true;
    }

    void wildmatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(hydron::analysis::wildmatch(pattern, text), match);
    }

    void gitignore_rules_followGitSemantics()
    {
        const GitignoreRules rules = GitignoreRules::parse("# comment\n"
                                                           "\n"
                                                           "*.log\n"
                                                           "!important.log\n"
                                                           "/root-only.txt\n"
                                                           "build/\n"
                                                           "docs/*.pdf\n"
                                                           "trailing-space.txt   \n"
                                                           "\\#hash.txt\n"
                                                           "**/generated/**\n");
        QCOMPARE(rules.match(u"a.log", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"deep/b.log", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"important.log", false), std::optional<bool>(false));
        QCOMPARE(rules.match(u"root-only.txt", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"sub/root-only.txt", false), std::nullopt);
        QCOMPARE(rules.match(u"build", true), std::optional<bool>(true));
        QCOMPARE(rules.match(u"build", false), std::nullopt); // folder-only rule, this is a file
        QCOMPARE(rules.match(u"src/build", true), std::optional<bool>(true));
        QCOMPARE(rules.match(u"docs/a.pdf", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"docs/sub/a.pdf", false), std::nullopt);
        QCOMPARE(rules.match(u"x/docs/a.pdf", false), std::nullopt); // anchored by the inner slash
        QCOMPARE(rules.match(u"trailing-space.txt", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"#hash.txt", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"a/generated/b.ts", false), std::optional<bool>(true));
        QCOMPARE(rules.match(u"readme.md", false), std::nullopt);
    }

    void scan_skipsDependencyFoldersAndHonoursNestedGitignore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r + u"/package.json"_s);
        write(r + u"/node_modules/left-pad/index.js"_s);
        write(r + u"/.git/HEAD"_s);
        write(r + u"/src/app.ts"_s);
        write(r + u"/src/app.log"_s);
        write(r + u"/src/keep.log"_s);
        write(r + u"/.gitignore"_s, "*.log\nsecrets/\n");
        write(r + u"/src/.gitignore"_s, "!keep.log\ngenerated.ts\n");
        write(r + u"/src/generated.ts"_s);
        write(r + u"/generated.ts"_s); // the nested rule does not reach up
        write(r + u"/secrets/key.pem"_s);
        write(r + u"/__pycache__/x.pyc"_s);
        WarningList warnings;
        auto index = FileIndex::scan(r, {}, warnings);
        QVERIFY(index);
        QCOMPARE(paths(*index), (QStringList{u".gitignore"_s, u"generated.ts"_s, u"package.json"_s, u"src/.gitignore"_s,
                                             u"src/app.ts"_s, u"src/keep.log"_s}));
        QVERIFY(index->hasDir(u"src"));
        QVERIFY(!index->hasDir(u"node_modules"));
        QVERIFY(warnings.list().isEmpty());
    }

    void scan_symlinks_followOnlyFilesInside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        write(r + u"/real/config.json"_s, "{}");
        QVERIFY(QFile::link(r + u"/real/config.json"_s, r + u"/linked.json"_s));
        QVERIFY(QFile::link(r + u"/real"_s, r + u"/alias"_s)); // folder link: not followed
        QVERIFY(QFile::link(u"/etc"_s, r + u"/outside"_s));
        QVERIFY(QFile::link(r + u"/missing"_s, r + u"/dangling"_s));
        WarningList warnings;
        auto index = FileIndex::scan(r, {}, warnings);
        QVERIFY(index);
        QCOMPARE(paths(*index), (QStringList{u"linked.json"_s, u"real/config.json"_s}));
        const QByteArray *content = index->content(u"linked.json");
        QVERIFY(content);
        QCOMPARE(*content, QByteArray("{}"));
        QStringList codes;
        for (const Warning &w : warnings.list())
            codes << w.code;
        QCOMPARE(codes, (QStringList{u"symlink-outside"_s, u"symlink-broken"_s}));
    }

    void scan_fileLimit_stopsWithWarning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 50; ++i)
            write(dir.path() + u"/f%1.txt"_s.arg(i));
        WarningList warnings;
        ScanLimits limits;
        limits.maxFiles = 10;
        auto index = FileIndex::scan(dir.path(), limits, warnings);
        QVERIFY(index);
        QCOMPARE(index->files().size(), std::size_t(10));
        QVERIFY(warnings.has(u"file-limit"_s));
    }

    void read_tooLargeBinaryAndByteLimit_areRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/big.js"_s, QByteArray(4096, 'a'));
        write(dir.path() + u"/blob.js"_s, QByteArray("abc\0def", 7));
        write(dir.path() + u"/a.txt"_s, QByteArray(600, 'a'));
        write(dir.path() + u"/b.txt"_s, QByteArray(600, 'b'));
        WarningList warnings;
        ScanLimits limits;
        limits.maxFileSize = 1024;
        limits.maxBytesRead = 1000;
        auto index = FileIndex::scan(dir.path(), limits, warnings);
        QVERIFY(index);
        QVERIFY(!index->content(u"big.js"));
        QVERIFY(!index->content(u"blob.js"));
        QVERIFY(index->content(u"a.txt"));
        QVERIFY(!index->content(u"b.txt")); // over the byte budget
        QVERIFY(warnings.has(u"byte-limit"_s));
        QStringList codes;
        for (const Warning &w : warnings.list())
            codes << w.code;
        QVERIFY(codes.contains(u"file-too-large"_s));
        QVERIFY(codes.contains(u"binary-file"_s));
    }

    void read_eachFileOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/package.json"_s, "{}");
        WarningList warnings;
        auto index = FileIndex::scan(dir.path(), {}, warnings);
        QVERIFY(index);
        const QByteArray *a = index->content(u"package.json");
        const QByteArray *b = index->content(u"package.json");
        QCOMPARE(a, b);
        QCOMPARE(index->filesRead(), 1);
    }

    void read_fileVanishedAfterScan_isAWarning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/gone.py"_s, "print(1)\n");
        WarningList warnings;
        auto index = FileIndex::scan(dir.path(), {}, warnings);
        QVERIFY(index);
        QVERIFY(QFile::remove(dir.path() + u"/gone.py"_s));
        QVERIFY(!index->take(index->find(u"gone.py")));
        QVERIFY(!warnings.list().isEmpty());
        QCOMPARE(warnings.list().first().code, u"unreadable"_s);
    }

    void scan_subtree_isOneRunPerFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        for (const QString &f :
             {u"a.txt"_s, u"app/x.ts"_s, u"app/lib/y.ts"_s, u"app/lib/deep/z.ts"_s, u"app-2/w.ts"_s, u"b/v.ts"_s})
            write(r + u'/' + f);
        WarningList warnings;
        auto index = FileIndex::scan(r, {}, warnings);
        QVERIFY(index);
        const auto under = [&](const QString &d) {
            QStringList out;
            for (int i : index->subtree(d))
                out << index->files()[std::size_t(i)].path;
            out.sort();
            return out;
        };
        QCOMPARE(under(u"app"_s), (QStringList{u"app/lib/deep/z.ts"_s, u"app/lib/y.ts"_s, u"app/x.ts"_s}));
        QCOMPARE(under(u"app/lib"_s), (QStringList{u"app/lib/deep/z.ts"_s, u"app/lib/y.ts"_s}));
        QCOMPARE(under(u"app-2"_s), QStringList{u"app-2/w.ts"_s});
        QCOMPARE(under(u"."_s).size(), 6);
        QVERIFY(index->subtree(u"missing").isEmpty());
    }

    void scan_missingRoot_fails()
    {
        WarningList warnings;
        auto index = FileIndex::scan(u"/nonexistent/hydron/repo"_s, {}, warnings);
        QVERIFY(!index);
        QCOMPARE(index.error().code, Error::Code::NotFound);
    }

    void scan_cancel_endsWithCancelled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.path() + u"/a.txt"_s);
        std::atomic<bool> cancel = true;
        WarningList warnings;
        auto index = FileIndex::scan(dir.path(), {}, warnings, &cancel);
        QVERIFY(!index);
        QCOMPARE(index.error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisScanner)
#include "tst_analysis_scanner.moc"
