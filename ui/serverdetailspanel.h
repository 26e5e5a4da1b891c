// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace hydron {
class CoreServices;
struct Server;
namespace deploy {
class ServerProbe;
struct ServerFacts;
} // namespace deploy
} // namespace hydron

namespace hydron::ui {

class RunsPanel;
class Sparkline;

// The selected server in the inventory: Test Connection (with the host key fingerprint to
// accept on the first connection; a changed key is refused and explained), what the server
// is (OS, CPU, memory, disk, Docker, provisioned or not), live CPU / memory / disk use
// sampled over SSH every few seconds while the panel is shown, a Provision button, and the
// server's runs with their live logs.
class ServerDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerDetailsPanel(CoreServices &core, QWidget *parent = nullptr);
    ~ServerDetailsPanel() override;

    void setServerId(qint64 serverId);
    [[nodiscard]] qint64 serverId() const { return m_serverId; }

    void testConnection();
    void provision();
    // Releases the server's run lock after the user confirms (a stale lock: its run is gone).
    void releaseLock();

    [[nodiscard]] RunsPanel *runsPanel() const { return m_runs; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] Sparkline *cpuChart() const { return m_cpu; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void resetProbe();
    void checked(const Result<deploy::ServerFacts> &facts);
    void askToTrust(const Server &server, const QString &fingerprint);
    void showFacts(const Server &server);
    void sample();
    void updateSampling();

    CoreServices &m_core;
    qint64 m_serverId = 0;
    std::unique_ptr<deploy::ServerProbe> m_probe;
    quint64 m_generation = 0; // answers for an earlier server or probe are dropped
    bool m_online = false;
    bool m_sampling = false;

    QLabel *m_title = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_provision = nullptr;
    QPushButton *m_unlock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_cpus = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_disk = nullptr;
    QLabel *m_docker = nullptr;
    QLabel *m_hostKey = nullptr;
    Sparkline *m_cpu = nullptr;
    Sparkline *m_mem = nullptr;
    Sparkline *m_diskUse = nullptr;
    QTimer *m_sampleTimer = nullptr;
    RunsPanel *m_runs = nullptr;
};

} // namespace hydron::ui
