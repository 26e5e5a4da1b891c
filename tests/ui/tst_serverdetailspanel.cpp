// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Server Inventory's details panel with real parts: Test Connection against this computer
// fills in the facts and starts the live charts; against a real loopback sshd the first
// connection asks to trust the presented host key and pins it only when accepted; a stale run
// lock is released from its button.
#include "../integration/remote/sshdfixture.h"
#include "core/store/serverstore.h"
#include "testcore.h"
#include "ui/messagebox.h"
#include "ui/serverdetailspanel.h"
#include "ui/sparkline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace hydron;
using hydron::ui::MessageBox;
using hydron::ui::ServerDetailsPanel;

class TestServerDetailsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The local server's lock folder lives under $HOME.
        QVERIFY(QDir().mkpath(m_dir->filePath(u"home"_s)));
        qputenv("HOME", m_dir->filePath(u"home"_s).toUtf8());
        m_core = test::openCore(m_dir->filePath(u"data"_s));
        QVERIFY(m_core);
    }

    void cleanup()
    {
        MessageBox::clearNextAnswer();
        m_core.reset();
        m_dir.reset();
    }

    void localServer_testConnection_factsAndCharts()
    {
        auto server = m_core->servers().add(Server::local());
        QVERIFY(server);
        ServerDetailsPanel panel(*m_core);
        panel.setServerId(server->id);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *cpus = panel.findChild<QLabel *>(u"factCpus"_s);
        QVERIFY(cpus->text().contains(u"not known yet"_s));
        panel.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().startsWith(u"Online"_s), 20000);
        QVERIFY(cpus->text().toInt() >= 1);
        QVERIFY(!panel.findChild<QLabel *>(u"factOs"_s)->text().contains(u"not known"_s));
        QCOMPARE(panel.cpuChart()->samples().size(), 1);
        const auto stored = m_core->servers().find(server->id);
        QVERIFY(stored->spec.cpus >= 1);
        QVERIFY(stored->status == ServerStatus::NotProvisioned || stored->status == ServerStatus::Provisioned);
    }

    void firstSshConnection_pinsTheKeyOnlyWhenAccepted()
    {
        QString why;
        if (!SshdFixture::available(&why))
            QSKIP(qPrintable(why));
        SshdFixture sshd;
        QVERIFY2(sshd.start(&why), qPrintable(why));
        auto server = m_core->servers().add(sshd.server(false));
        QVERIFY(server);
        QVERIFY(server->hostKeyFingerprint.isEmpty());
        ServerDetailsPanel panel(*m_core);
        panel.setServerId(server->id);
        panel.show();

        // Declined: nothing pinned, nothing logged in.
        MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
        panel.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().contains(u"not accepted"_s), 20000);
        QVERIFY2(MessageBox::lastText().contains(sshd.hostKeyFingerprint()), qPrintable(MessageBox::lastText()));
        QVERIFY(m_core->servers().find(server->id)->hostKeyFingerprint.isEmpty());
        QCOMPARE(sshd.acceptedLogins(), 0);

        // Accepted: pinned, and the connection goes on.
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        panel.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().startsWith(u"Online"_s), 30000);
        QCOMPARE(m_core->servers().find(server->id)->hostKeyFingerprint, sshd.hostKeyFingerprint());
        QVERIFY(sshd.acceptedLogins() >= 1);
    }

    void releaseLock_removesAStaleLock()
    {
        auto server = m_core->servers().add(Server::local());
        QVERIFY(server);
        const QString lock = m_dir->filePath(u"home/.hydron/locks/run.lock"_s);
        QVERIFY(QDir().mkpath(lock));
        QFile holder(lock + u"/holder"_s);
        QVERIFY(holder.open(QIODevice::WriteOnly));
        holder.write("holder=99999@elsewhere.invalid run=7 time=2026-11-22T10:00:00Z\n");
        holder.close();
        ServerDetailsPanel panel(*m_core);
        panel.setServerId(server->id);
        MessageBox::setNextAnswer(MessageBox::Answer::Confirm);
        panel.releaseLock();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().startsWith(u"Released the lock"_s), 20000);
        QVERIFY(!QFileInfo::exists(lock));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CoreServices> m_core;
};

QTEST_MAIN(TestServerDetailsPanel)
#include "tst_serverdetailspanel.moc"
