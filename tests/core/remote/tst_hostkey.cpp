// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/hostkey.h"
#include "core/remote/remoteerror.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::remote;

namespace {

QString describe(const Result<QString> &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestHostKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprint_matchesSshKeygen_data()
    {
        QTest::addColumn<QStringList>("type");
        QTest::newRow("ed25519") << QStringList{u"-t"_s, u"ed25519"_s};
        QTest::newRow("ecdsa") << QStringList{u"-t"_s, u"ecdsa"_s};
        QTest::newRow("rsa") << QStringList{u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s};
    }
    void fingerprint_matchesSshKeygen()
    {
        QFETCH(QStringList, type);
        if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
            QSKIP("ssh-keygen is not installed (apt-get install openssh-client)");
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key"_s);
        QProcess gen;
        gen.start(u"ssh-keygen"_s, QStringList{u"-q"_s, u"-N"_s, QString(), u"-f"_s, key} + type);
        QVERIFY(gen.waitForFinished(30'000));
        QCOMPARE(gen.exitCode(), 0);
        QProcess list;
        list.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, key + u".pub"_s});
        QVERIFY(list.waitForFinished(10'000));
        const QString expected = QString::fromLatin1(list.readAllStandardOutput()).section(u' ', 1, 1);
        QVERIFY(expected.startsWith(u"SHA256:"_s));

        const auto ours = fingerprintOfPublicKeyFile(key + u".pub"_s);
        QVERIFY2(ours.has_value(), qPrintable(describe(ours)));
        QCOMPARE(*ours, expected);

        // The same from the raw blob (the base64 field of the .pub file).
        QFile pub(key + u".pub"_s);
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray blob = QByteArray::fromBase64(pub.readAll().split(' ').at(1));
        QCOMPARE(sha256Fingerprint(blob), expected);
    }

    void fingerprintOfPublicKeyFile_missingOrGarbage_fails()
    {
        QTemporaryDir dir;
        QVERIFY(!fingerprintOfPublicKeyFile(dir.filePath(u"none.pub"_s)));
        QFile f(dir.filePath(u"bad.pub"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a key\n");
        f.close();
        QVERIFY(!fingerprintOfPublicKeyFile(f.fileName()));
    }

    void normalise_acceptsPastedVariants()
    {
        const QString canonical =
            u"SHA256:"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64(QByteArray::OmitTrailingEquals));
        const QString body = canonical.mid(7);
        QCOMPARE(*normaliseFingerprint(canonical), canonical);
        QCOMPARE(*normaliseFingerprint(u"  "_s + canonical + u"\n"_s), canonical);
        QCOMPARE(*normaliseFingerprint(body), canonical);
        QCOMPARE(*normaliseFingerprint(body + u"="_s), canonical);
        QCOMPARE(*normaliseFingerprint(u"sha256:"_s + body), canonical);
        QVERIFY(!normaliseFingerprint(u"SHA256:tooShort"_s));
        QVERIFY(!normaliseFingerprint(u"MD5:aa:bb"_s));
        QVERIFY(!normaliseFingerprint(QString()));
        QVERIFY(!normaliseFingerprint(u"SHA256:"_s + body.left(42) + u"é"_s));
    }

    void verify_unknownTrustedChanged()
    {
        const QString a =
            u"SHA256:"_s + QString::fromLatin1(QByteArray(32, 'a').toBase64(QByteArray::OmitTrailingEquals));
        const QString b =
            u"SHA256:"_s + QString::fromLatin1(QByteArray(32, 'b').toBase64(QByteArray::OmitTrailingEquals));
        QCOMPARE(verifyHostKey(QString(), a), HostKeyVerdict::Unknown);
        QCOMPARE(verifyHostKey(a, a), HostKeyVerdict::Trusted);
        QCOMPARE(verifyHostKey(a.mid(7), a), HostKeyVerdict::Trusted);
        QCOMPARE(verifyHostKey(a, b), HostKeyVerdict::Changed);
        QCOMPARE(verifyHostKey(u"garbage"_s, a), HostKeyVerdict::Changed);
    }

    void errors_carryBothFingerprintsAndAdvice()
    {
        const QString a = u"SHA256:AAAA"_s;
        const QString b = u"SHA256:BBBB"_s;
        const Error changed = changedHostKeyError(u"root@h:22"_s, u"ssh-ed25519"_s, a, b);
        QCOMPARE(failureOf(changed), Failure::HostKeyChanged);
        QVERIFY(changed.message.contains(a));
        QVERIFY(changed.message.contains(b));
        QVERIFY(changed.message.contains(u"reinstalled"_s));
        QVERIFY(changed.message.contains(u"--accept-host-key"_s));
        auto mismatch = hostKeyMismatchOf(changed);
        QVERIFY(mismatch.has_value());
        QCOMPARE(mismatch->pinned, a);
        QCOMPARE(mismatch->presented, b);

        const Error unknown = unknownHostKeyError(u"root@h:22"_s, u"ssh-ed25519"_s, b);
        QCOMPARE(failureOf(unknown), Failure::HostKeyUnknown);
        QVERIFY(unknown.message.contains(b));
        QCOMPARE(hostKeyMismatchOf(unknown)->presented, b);
        QVERIFY(hostKeyMismatchOf(unknown)->pinned.isEmpty());
        QVERIFY(!hostKeyMismatchOf(Error{Error::Code::Network, u"x"_s, u"connection-lost: y"_s}));
        QCOMPARE(failureOf(Error{Error::Code::Network, u"x"_s, u"connection-lost: y"_s}), Failure::ConnectionLost);
    }
};

QTEST_GUILESS_MAIN(TestHostKey)
#include "tst_hostkey.moc"
