// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/commandwrapper.h"
#include "core/remote/shellquote.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron::remote;

namespace {

const QStringList nasty{
    u"plain"_s,
    QString(),
    u"two words"_s,
    u"$(touch /tmp/hydron-quote-pwned)"_s,
    u"`touch /tmp/hydron-quote-pwned`"_s,
    u"a; touch /tmp/hydron-quote-pwned"_s,
    u"it's"_s,
    u"''"_s,
    u"'\\''"_s,
    u"\"double\" \\\"escaped\\\""_s,
    u"line one\nline two\n"_s,
    u"tab\tand\rcarriage"_s,
    u"$HOME ${PATH} $1 $@ $$ $?"_s,
    u"* ? [a-z] {a,b} ~ ~root"_s,
    u"| & && || > < >> 2>&1 ( ) ! #"_s,
    u"-n"_s,
    u"--"_s,
    u"ünïcødé ✓ 日本語 🚀"_s,
    u"\\"_s,
    u"trailing backslash\\"_s,
};

// What a POSIX shell makes of `printf '%s\0' <quoted words>`.
QStringList throughShell(const QString &shell, const QStringList &words)
{
    QProcess p;
    p.start(shell, {u"-c"_s, u"printf '%s\\0' "_s + shellJoin(words)});
    if (!p.waitForFinished(10'000))
        return {u"<timeout>"_s};
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
    out.removeLast(); // after the last NUL
    return out;
}

} // namespace

class TestShellQuote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_safeWords_stayBare()
    {
        QCOMPARE(shellQuote(u"abc-1.2_x/y:z"_s), u"abc-1.2_x/y:z"_s);
        QCOMPARE(shellQuote(u"--flag=value"_s), u"--flag=value"_s);
    }

    void quote_specialWords_singleQuoted()
    {
        QCOMPARE(shellQuote(QString()), u"''"_s);
        QCOMPARE(shellQuote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(shellQuote(u"~"_s), u"'~'"_s);
        QCOMPARE(shellQuote(u"é"_s), u"'é'"_s);
    }

    void join_throughBashAndDash_arriveLiterally_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("bash") << u"bash"_s;
        QTest::newRow("sh") << u"sh"_s;
    }
    void join_throughBashAndDash_arriveLiterally()
    {
        QFETCH(QString, shell);
        QFile::remove(u"/tmp/hydron-quote-pwned"_s);
        QCOMPARE(throughShell(shell, nasty), nasty);
        QVERIFY(!QFileInfo::exists(u"/tmp/hydron-quote-pwned"_s));
    }

    void join_everyByte_arrivesLiterally()
    {
        QStringList words;
        for (ushort c = 1; c < 128; ++c)
            words << (u"x"_s + QChar(c) + u"y"_s);
        QCOMPARE(throughShell(u"bash"_s, words), words);
    }

    void remoteCommandLine_throughLoginShell_runsWrapperWithLiteralArguments()
    {
        Command c;
        c.script = u"printf '%s\\n' \"$@\"; printf '%s\\n' \"$HY\""_s;
        c.arguments = {u"$(id)"_s, u"it's"_s, u"a\nb"_s};
        c.environment = {{u"HY"_s, u"`x` $y"_s}};
        auto line = remoteCommandLine(c);
        QVERIFY(line.has_value());
        QProcess p;
        p.start(u"sh"_s, {u"-c"_s, *line});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        // The first line is the wrapper's process-group announcement.
        QVERIFY(out.startsWith("\x1ehydron-pgid "));
        QCOMPARE(out.mid(out.indexOf('\n') + 1), QByteArray("$(id)\nit's\na\nb\n`x` $y\n"));
    }

    void remoteCommandLine_badEnvironmentName_refused()
    {
        Command c;
        c.script = u"true"_s;
        c.environment = {{u"A=B"_s, u"x"_s}};
        QVERIFY(!remoteCommandLine(c).has_value());
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
