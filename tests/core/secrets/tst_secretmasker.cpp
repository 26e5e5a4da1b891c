// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/secretmasker.h"

#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace hydron::secrets;

class TestSecretMasker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_replacesPlainAndPercentEncodedValues()
    {
        SecretMasker masker;
        QVERIFY(masker.add(u"DB_PASSWORD"_s, u"p@ss w0rd!"_s));
        QCOMPARE(masker.mask(u"connecting with p@ss w0rd! now"_s), u"connecting with [masked:DB_PASSWORD] now"_s);
        QCOMPARE(masker.mask(u"postgres://app:p%40ss%20w0rd%21@db/app"_s),
                 u"postgres://app:[masked:DB_PASSWORD]@db/app"_s);
        QVERIFY(masker.containsSecret(u"x p@ss w0rd! y"_s));
        QVERIFY(!masker.containsSecret(u"nothing here"_s));
    }

    void mask_longestFirst()
    {
        SecretMasker masker;
        QVERIFY(masker.add(u"SHORT"_s, u"abcd"_s));
        QVERIFY(masker.add(u"LONG"_s, u"abcdefgh"_s));
        QCOMPARE(masker.mask(u"abcdefgh abcd"_s), u"[masked:LONG] [masked:SHORT]"_s);
    }

    void add_tooShort_refused()
    {
        SecretMasker masker;
        QVERIFY(!masker.add(u"PIN"_s, u"123"_s));
        QVERIFY(masker.isEmpty());
        QCOMPARE(masker.mask(u"123"_s), u"123"_s);
    }

    void removeAndClear()
    {
        SecretMasker masker;
        QVERIFY(masker.add(u"A"_s, u"alpha-secret"_s));
        masker.remove(u"A"_s);
        QCOMPARE(masker.mask(u"alpha-secret"_s), u"alpha-secret"_s);
        QVERIFY(masker.add(u"A"_s, u"alpha-secret"_s));
        masker.clear();
        QVERIFY(masker.isEmpty());
    }

    void concurrentMaskAndAdd_isSafe()
    {
        SecretMasker masker;
        QVERIFY(masker.add(u"S0"_s, u"secret-0"_s));
        std::thread writer([&] {
            for (int i = 1; i < 500; ++i)
                masker.add(u"S%1"_s.arg(i), u"secret-%1"_s.arg(i));
        });
        for (int i = 0; i < 2000; ++i)
            QVERIFY(!masker.mask(u"log line with secret-0 inside"_s).contains(u"secret-0"));
        writer.join();
        QVERIFY(!masker.mask(u"secret-499"_s).contains(u"secret-499"));
    }
};

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"
