// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (see with-keyring.sh).
#include "core/secrets/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::secrets;

namespace {

// Waits (in the test's own event loop, as tests may) for one async call to call back.
template<typename T>
std::optional<Result<T>> wait(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> result;
    call([&](Result<T> r) { result = std::move(r); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    QString m_service = u"dev.hydron.Hydron.test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));

private Q_SLOTS:
    void writeReadRemove_roundTrip()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("this run checks the no-keychain case only");
        KeychainSecretStore store(m_service);
        const SecretKey key{u"project/1/service/api"_s, u"DATABASE_URL"_s};
        const QString value = u"postgres://app:s3cr3t-ünï@db/app"_s;

        auto written = wait<void>([&](auto cb) { store.write(key, value, this, cb); });
        QVERIFY(written);
        QVERIFY2(written->has_value(), qPrintable(written->has_value() ? QString() : written->error().toString()));
        auto read = wait<QString>([&](auto cb) { store.read(key, this, cb); });
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, value);

        // A second store (another process would be the same) sees it too.
        KeychainSecretStore other(m_service);
        auto again = wait<QString>([&](auto cb) { other.read(key, this, cb); });
        QVERIFY(again && again->has_value());
        QCOMPARE(**again, value);

        auto removed = wait<void>([&](auto cb) { store.remove(key, this, cb); });
        QVERIFY(removed && removed->has_value());
        auto gone = wait<QString>([&](auto cb) { store.read(key, this, cb); });
        QVERIFY(gone && !gone->has_value());
        QCOMPARE(gone->error().code, Error::Code::NotFound);
        auto removedAgain = wait<void>([&](auto cb) { store.remove(key, this, cb); });
        QVERIFY(removedAgain && removedAgain->has_value());
    }

    void manyCalls_runInOrder()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("this run checks the no-keychain case only");
        KeychainSecretStore store(m_service);
        const SecretKey key{u"server/1"_s, u"passphrase"_s};
        QStringList order;
        for (int i = 0; i < 5; ++i)
            store.write(key, u"v%1"_s.arg(i), this, [&, i](Result<void> r) {
                QVERIFY(r.has_value());
                order << u"w%1"_s.arg(i);
            });
        std::optional<QString> last;
        store.read(key, this, [&](Result<QString> r) {
            order << u"r"_s;
            if (r)
                last = *r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 6, 20000);
        QCOMPARE(order, (QStringList{u"w0"_s, u"w1"_s, u"w2"_s, u"w3"_s, u"w4"_s, u"r"_s}));
        QCOMPARE(last, std::optional<QString>(u"v4"_s));
        store.remove(key, this, [](Result<void>) {});
    }

    void destroyedContext_noCallback()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("this run checks the no-keychain case only");
        KeychainSecretStore store(m_service);
        bool called = false;
        auto *context = new QObject;
        store.read({u"x"_s, u"y"_s}, context, [&](Result<QString>) { called = true; });
        delete context;
        bool after = false;
        store.read({u"x"_s, u"y"_s}, this, [&](Result<QString>) { after = true; });
        QTRY_VERIFY_WITH_TIMEOUT(after, 20000);
        QVERIFY(!called);
    }

    // The store destroyed while the keychain still works on a call (the app closing a window
    // mid-read): the call's callback never runs and nothing crashes when the keychain answers.
    void destroyedStore_callInFlight_noCallbackNoCrash()
    {
        if (qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("this run checks the no-keychain case only");
        bool called = false;
        {
            KeychainSecretStore store(m_service);
            store.read({u"x"_s, u"inflight"_s}, this, [&](Result<QString>) { called = true; });
            store.write({u"x"_s, u"queued"_s}, u"v"_s, this, [&](Result<void>) { called = true; });
            // Let the first call reach the keychain, then go away before it answers.
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
        }
        QTest::qWait(1500);
        QVERIFY(!called);
        // A new store works as before.
        KeychainSecretStore again(m_service);
        auto read = wait<QString>([&](auto cb) { again.read({u"x"_s, u"inflight"_s}, this, cb); });
        QVERIFY(read);
    }

    void unavailable_refusesClearly()
    {
        if (!qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs in the wrapper's second pass, without a session bus");
        KeychainSecretStore store(m_service);
        auto written = wait<void>([&](auto cb) { store.write({u"a"_s, u"b"_s}, u"value"_s, this, cb); });
        QVERIFY(written);
        QVERIFY(!written->has_value());
        QCOMPARE(written->error().code, Error::Code::Unsupported);
        QVERIFY2(written->error().message.contains(u"never keeps secrets in plain text"),
                 qPrintable(written->error().message));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
