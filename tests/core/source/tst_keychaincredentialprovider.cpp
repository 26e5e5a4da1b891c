// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// KeychainCredentialProvider (core/source) as the New Project wizard uses it: secrets read from
// the SecretStore before a clone, handed out synchronously from another thread afterwards.
// (It lives with the UI tests because the wizard is its one user so far; it needs only core.)
#include "core/secrets/secretstore.h"
#include "core/source/keychaincredentialprovider.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::source::KeychainCredentialProvider;

namespace {

class MemorySecretStore final : public secrets::SecretStore
{
public:
    void read(const secrets::SecretKey &key, QObject *context, ReadCallback callback) override
    {
        ++reads;
        Result<QString> result;
        if (unreachable)
            result = fail(Error::Code::Unsupported, u"No keychain can be reached."_s);
        else if (const auto it = values.constFind(key.toString()); it != values.cend())
            result = *it;
        else
            result = fail(Error::Code::NotFound, u"not found"_s);
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void write(const secrets::SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override
    {
        Result<void> result;
        if (unreachable)
            result = fail(Error::Code::Unsupported, u"No keychain can be reached."_s);
        else
            values.insert(key.toString(), value);
        QTimer::singleShot(0, context, [callback, result] { callback(result); });
    }
    void remove(const secrets::SecretKey &key, QObject *context, DoneCallback callback) override
    {
        values.remove(key.toString());
        QTimer::singleShot(0, context, [callback] { callback({}); });
    }

    QHash<QString, QString> values;
    bool unreachable = false;
    int reads = 0;
};

// Runs prepare() and waits for its answer.
Result<void> prepare(KeychainCredentialProvider &provider, const source::CloneRequest &request)
{
    QObject context;
    std::optional<Result<void>> answer;
    provider.prepare(request, &context, [&answer](Result<void> r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return fail(Error::Code::Internal, u"prepare() never answered"_s);
    return answer.value_or(Result<void>(fail(Error::Code::Internal, u"no answer"_s)));
}

} // namespace

class TestKeychainCredentialProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void https_tokenAndUserFromTheKeychain_handedOutOnAnotherThread()
    {
        MemorySecretStore store;
        store.values.insert(KeychainCredentialProvider::tokenKey(u"git.example.test"_s).toString(), u"s3cret-token"_s);
        store.values.insert(KeychainCredentialProvider::usernameKey(u"git.example.test"_s).toString(), u"oauth2"_s);
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        QVERIFY(!provider->httpsCredential(u"git.example.test"_s, {}));
        QVERIFY(prepare(*provider, {u"https://GIT.example.test/team/app.git"_s, {}, {}}));
        // libgit2 asks from its worker thread.
        std::optional<source::HttpsCredential> seen;
        QThread *worker = QThread::create([&] { seen = provider->httpsCredential(u"git.example.test"_s, {}); });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QVERIFY(seen);
        QCOMPARE(seen->username, u"oauth2"_s);
        QCOMPARE(seen->token, u"s3cret-token"_s);
        QVERIFY(!provider->httpsCredential(u"other.example.test"_s, {}));
    }

    void https_noEntry_isNoError_andDefaultUser()
    {
        MemorySecretStore store;
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        QVERIFY(prepare(*provider, {u"https://git.example.test/team/app.git"_s, {}, {}}));
        QVERIFY(!provider->httpsCredential(u"git.example.test"_s, {}));

        store.values.insert(KeychainCredentialProvider::tokenKey(u"git.example.test"_s).toString(), u"tok-1234"_s);
        QVERIFY(prepare(*provider, {u"https://git.example.test/team/app.git"_s, {}, {}}));
        QCOMPARE(provider->httpsCredential(u"git.example.test"_s, {})->username,
                 KeychainCredentialProvider::DefaultHttpsUser);
    }

    void unreachableKeychain_isReported()
    {
        MemorySecretStore store;
        store.unreachable = true;
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        const auto prepared = prepare(*provider, {u"https://git.example.test/team/app.git"_s, {}, {}});
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, Error::Code::Unsupported);
        QVERIFY(!provider->httpsCredential(u"git.example.test"_s, {}));
    }

    void localAndSshWithoutKeyFile_readNothing()
    {
        MemorySecretStore store;
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        QVERIFY(prepare(*provider, {u"file:///srv/git/app.git"_s, {}, {}}));
        QVERIFY(prepare(*provider, {u"git@git.example.test:team/app.git"_s, {}, {}}));
        QCOMPARE(store.reads, 0);
    }

    void ssh_keyPassphrase()
    {
        MemorySecretStore store;
        store.values.insert(KeychainCredentialProvider::passphraseKey(u"/home/me/.ssh/id_ed25519"_s).toString(),
                            u"correct horse"_s);
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        source::CloneRequest request{u"ssh://git@git.example.test/team/app.git"_s, {}, {}};
        request.ssh.privateKeyFile = u"/home/me/.ssh/id_ed25519"_s;
        QVERIFY(prepare(*provider, request));
        QCOMPARE(provider->sshKeyPassphrase(u"/home/me/.ssh/id_ed25519"_s), u"correct horse"_s);
        QVERIFY(!provider->sshKeyPassphrase(u"/home/me/.ssh/other"_s));
    }

    void storeToken_keepsItInTheKeychainAndForThisProcess()
    {
        MemorySecretStore store;
        auto provider = std::make_shared<KeychainCredentialProvider>(store);
        QObject context;
        std::optional<Result<void>> answer;
        provider->storeToken(u"Git.Example.Test"_s, {{}, u"new-token"_s}, &context,
                             [&answer](Result<void> r) { answer = r; });
        QCOMPARE(provider->httpsCredential(u"git.example.test"_s, {})->token, u"new-token"_s); // at once
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QCOMPARE(store.values.value(KeychainCredentialProvider::tokenKey(u"git.example.test"_s).toString()),
                 u"new-token"_s);
        QCOMPARE(store.values.value(KeychainCredentialProvider::usernameKey(u"git.example.test"_s).toString()),
                 KeychainCredentialProvider::DefaultHttpsUser);

        store.unreachable = true;
        answer.reset();
        provider->storeToken(u"other.example.test"_s, {u"me"_s, u"tok2"_s}, &context,
                             [&answer](Result<void> r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QCOMPARE(provider->httpsCredential(u"other.example.test"_s, {})->username, u"me"_s); // used anyway
    }
};

QTEST_MAIN(TestKeychainCredentialProvider)
#include "tst_keychaincredentialprovider.moc"
