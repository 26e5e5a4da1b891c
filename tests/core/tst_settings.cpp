// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_whenNothingStored()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"settings.ini"_s));
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.logLevel(), u"info"_s);
        QVERIFY(s.confirmDeletes());
        QCOMPARE(s.keepReleases(), 3);
        QCOMPARE(s.assistantBaseUrl().scheme(), u"https"_s);
    }

    void setValue_persistsAndAnnouncesOnce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            Settings s(file);
            QSignalSpy changed(&s, &Settings::changed);
            s.setValue(Settings::Key::KeepReleases, 5);
            s.setValue(Settings::Key::KeepReleases, 5);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().first().value<Settings::Key>(), Settings::Key::KeepReleases);
        }
        Settings again(file);
        QCOMPARE(again.keepReleases(), 5);
        again.reset(Settings::Key::KeepReleases);
        QCOMPARE(again.keepReleases(), 3);
    }

    void wrongType_fallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[deploy]\nkeep_releases=lots\n[app]\nconfirm_deletes=false\n");
        f.close();
        Settings s(file);
        QCOMPARE(s.keepReleases(), 3);
        QVERIFY(!s.confirmDeletes());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
