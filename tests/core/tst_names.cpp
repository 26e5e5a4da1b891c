// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/names.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

class TestNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateName_trimsSurroundingSpace()
    {
        auto name = validateName(u"  shop  "_s, u"project name"_s);
        QVERIFY(name.has_value());
        QCOMPARE(*name, u"shop"_s);
    }

    void validateName_empty_saysEmpty()
    {
        for (const QString &empty : {QString(), u"   "_s, u"\t"_s}) {
            auto name = validateName(empty, u"project name"_s);
            QVERIFY(!name);
            QCOMPARE(name.error().code, Error::Code::InvalidInput);
            QCOMPARE(name.error().message, u"The project name is empty."_s);
        }
    }

    void validateName_hundredCharacters_accepted()
    {
        QVERIFY(validateName(QString(100, u'a'), u"project name"_s).has_value());
        // Counted in characters, not UTF-16 units: 100 emoji are 200 units.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUcs4(U"\U0001F680");
        QVERIFY(validateName(emoji, u"project name"_s).has_value());
    }

    void validateName_overLong_saysLength()
    {
        auto name = validateName(QString(101, u'a'), u"server name"_s);
        QVERIFY(!name);
        QCOMPARE(name.error().message, u"The server name is 101 characters long; at most 100 are allowed."_s);
    }

    void validateName_controlCharacter_saysWhere()
    {
        auto name = validateName(u"ab\u0007c"_s, u"tag"_s);
        QVERIFY(!name);
        QVERIFY2(name.error().message.contains(u"control character"), qPrintable(name.error().message));
        QVERIFY(name.error().message.contains(u"position 3"));
        QVERIFY(!validateName(u"a\nb"_s, u"tag"_s));
        QVERIFY(!validateName(u"a\u2028b"_s, u"tag"_s));
        QVERIFY(!validateName(u"a\u0085b"_s, u"tag"_s));
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
