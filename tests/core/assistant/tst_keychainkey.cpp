// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Claude API key in a real Secret Service (a private gnome-keyring, see
// tests/core/secrets/with-keyring.sh) and its precedence against ANTHROPIC_API_KEY.
#include "core/assistant/claudeclient.h"
#include "core/assistant/keyprovider.h"
#include "core/secrets/keychainsecretstore.h"
#include "fakeclaudeserver.h"

#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::assistant;
using hydron::test::FakeClaudeServer;
using hydron::test::ScriptedReply;
namespace sse = hydron::test::sse;

namespace {

const QString keychainValue = u"sk-ant-from-the-keychain-0123456789"_s;
const QString environmentValue = u"sk-ant-from-the-environment-98765"_s;

bool noKeychainRun()
{
    return qEnvironmentVariableIsSet("HYDRON_EXPECT_NO_KEYCHAIN");
}

} // namespace

class TestKeychainKey final : public QObject
{
    Q_OBJECT

private:
    QString m_service = u"dev.hydron.Hydron.test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));

    std::optional<Result<void>> store(KeychainKeyProvider &keys, const QString &key)
    {
        std::optional<Result<void>> done;
        keys.storeKey(key, this, [&](Result<void> r) { done = std::move(r); });
        (void)QTest::qWaitFor([&] { return done.has_value(); }, 20000);
        return done;
    }
    std::optional<Result<void>> remove(KeychainKeyProvider &keys)
    {
        std::optional<Result<void>> done;
        keys.removeKey(this, [&](Result<void> r) { done = std::move(r); });
        (void)QTest::qWaitFor([&] { return done.has_value(); }, 20000);
        return done;
    }
    std::optional<ResolvedKey> resolve(KeyProvider *keys)
    {
        std::optional<ResolvedKey> resolved;
        resolveApiKey(keys, this, [&](ResolvedKey k) { resolved = std::move(k); });
        (void)QTest::qWaitFor([&] { return resolved.has_value(); }, 20000);
        return resolved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        qunsetenv("ANTHROPIC_API_KEY");
        qunsetenv("ANTHROPIC_BASE_URL");
    }
    void cleanup() { qunsetenv("ANTHROPIC_API_KEY"); }

    void storedKey_isResolvedFromKeychain_andRemoved()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        secrets::KeychainSecretStore secretStore(m_service);
        KeychainKeyProvider keys(secretStore);

        auto none = resolve(&keys);
        QVERIFY(none);
        QCOMPARE(none->source, KeySource::None);
        QVERIFY(none->key.isEmpty());
        QVERIFY(none->keychainProblem.isEmpty());

        auto stored = store(keys, u"  "_s + keychainValue + u"\n"_s);
        QVERIFY(stored);
        QVERIFY2(stored->has_value(), qPrintable(stored->has_value() ? QString() : stored->error().toString()));
        auto found = resolve(&keys);
        QVERIFY(found);
        QCOMPARE(found->source, KeySource::Keychain);
        QCOMPARE(found->key, keychainValue); // trimmed

        // Another store over the same service (the CLI is another process) reads the same key.
        secrets::KeychainSecretStore other(m_service);
        KeychainKeyProvider otherKeys(other);
        auto again = resolve(&otherKeys);
        QVERIFY(again);
        QCOMPARE(again->key, keychainValue);

        auto removed = remove(keys);
        QVERIFY(removed && removed->has_value());
        auto gone = resolve(&keys);
        QVERIFY(gone);
        QCOMPARE(gone->source, KeySource::None);
    }

    void environment_winsOverKeychain()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        secrets::KeychainSecretStore secretStore(m_service);
        KeychainKeyProvider keys(secretStore);
        auto stored = store(keys, keychainValue);
        QVERIFY(stored && stored->has_value());
        qputenv("ANTHROPIC_API_KEY", environmentValue.toUtf8());
        auto resolved = resolve(&keys);
        QVERIFY(resolved);
        QCOMPARE(resolved->source, KeySource::Environment);
        QCOMPARE(resolved->key, environmentValue);
        qunsetenv("ANTHROPIC_API_KEY");
        auto fromKeychain = resolve(&keys);
        QVERIFY(fromKeychain);
        QCOMPARE(fromKeychain->source, KeySource::Keychain);
        QVERIFY(remove(keys));
    }

    void invalidKey_isRefused()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        secrets::KeychainSecretStore secretStore(m_service);
        KeychainKeyProvider keys(secretStore);
        for (const QString &bad : {u""_s, u"   "_s, u"sk-ant one two"_s, u"sk-ant\nx-injected: 1"_s}) {
            auto stored = store(keys, bad);
            QVERIFY(stored);
            QVERIFY(!stored->has_value());
            QCOMPARE(stored->error().code, Error::Code::InvalidInput);
        }
    }

    void claudeClient_sendsTheKeychainKey()
    {
        if (noKeychainRun())
            QSKIP("this run checks the no-keychain case only");
        secrets::KeychainSecretStore secretStore(m_service);
        KeychainKeyProvider keys(secretStore);
        QVERIFY(store(keys, keychainValue));
        FakeClaudeServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        server.enqueue(ScriptedReply::stream({sse::textAnswer({u"ok"_s})}).end());
        ClaudeClient::Options options;
        options.baseUrl = server.baseUrl();
        options.model = u"claude-test-model"_s;
        ClaudeClient client(nullptr, &keys, options);
        auto send = [&] {
            MessageRequest request;
            request.messages = {ApiMessage::userText(u"Hello"_s)};
            request.maxTokens = 64;
            MessageJob *job = client.sendMessage(request);
            bool done = false;
            bool ok = false;
            connect(job, &MessageJob::finished, this, [&](const Result<MessageResponse> &r) {
                done = true;
                ok = r.has_value();
            });
            return QTest::qWaitFor([&] { return done; }, 20000) && ok;
        };
        QVERIFY(send());
        QCOMPARE(server.requests().at(0).headers.value("x-api-key"), keychainValue.toUtf8());
        // ANTHROPIC_API_KEY set: it wins, also for the client.
        qputenv("ANTHROPIC_API_KEY", environmentValue.toUtf8());
        QVERIFY(send());
        QCOMPARE(server.requests().at(1).headers.value("x-api-key"), environmentValue.toUtf8());
        QVERIFY(remove(keys));
    }

    // Run by with-keyring.sh with no session bus.
    void unavailable_refusesClearly()
    {
        if (!noKeychainRun())
            QSKIP("only meaningful without a session bus (with-keyring.sh runs it that way)");
        secrets::KeychainSecretStore secretStore(m_service);
        KeychainKeyProvider keys(secretStore);
        auto resolved = resolve(&keys);
        QVERIFY(resolved);
        QCOMPARE(resolved->source, KeySource::None);
        QVERIFY2(resolved->keychainProblem.contains(u"keychain"_s, Qt::CaseInsensitive),
                 qPrintable(resolved->keychainProblem));
        auto stored = store(keys, keychainValue);
        QVERIFY(stored && !stored->has_value());
        QCOMPARE(stored->error().code, Error::Code::Unsupported);
        // The environment still works without a keychain.
        qputenv("ANTHROPIC_API_KEY", environmentValue.toUtf8());
        auto fromEnvironment = resolve(&keys);
        QVERIFY(fromEnvironment);
        QCOMPARE(fromEnvironment->source, KeySource::Environment);
    }
};

QTEST_GUILESS_MAIN(TestKeychainKey)
#include "tst_keychainkey.moc"
