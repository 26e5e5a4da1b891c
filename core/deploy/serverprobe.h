// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/model/server.h"
#include "core/runs/transportfactory.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace hydron::deploy {

// A cheap look at how busy a server is (for the live charts).
struct ResourceSample
{
    QDateTime time;        // UTC, taken on this computer when the answer came
    double cpuPercent = 0; // all CPUs, over about half a second
    int memoryUsedMb = 0;  // total minus available
    int memoryTotalMb = 0;
    double diskUsedGb = 0; // the root file system
    double diskTotalGb = 0;
};

// What `servers check` and the server details show.
struct ServerFacts
{
    QString os;        // "Debian GNU/Linux 12 (bookworm)"
    QString osId;      // "debian"
    QString osVersion; // "12"
    QString kernel;
    QString hostname;
    QString user; // the SSH user, as the server sees it
    int cpus = 0;
    int memoryMb = 0;
    int diskGb = 0;
    QString dockerVersion; // the engine's version; empty when Docker is not installed
    bool dockerRunning = false;
    bool provisioned = false; // Hydron's layout (/opt/hydron/.layout) is there
    ResourceSample sample;
    QHash<QString, QString> raw; // every HYDRON-FACT the probe printed

    // The spec to store on the Server (cpus, memory, disk, os; location kept).
    [[nodiscard]] ServerSpec spec(const ServerSpec &previous = {}) const;
    // Provisioned or NotProvisioned (a server that answered is online either way).
    [[nodiscard]] ServerStatus status() const
    {
        return provisioned ? ServerStatus::Provisioned : ServerStatus::NotProvisioned;
    }
};

// The bash program that prints the facts as HYDRON-FACT lines (also the provisioning run's
// last step). Needs no root. `sampleOnly` skips everything but the resource sample.
[[nodiscard]] QString probeScript(bool sampleOnly = false);
// Reads HYDRON-FACT lines (others are ignored).
[[nodiscard]] ServerFacts readFacts(const QStringList &lines);
[[nodiscard]] ServerFacts factsFrom(const QHash<QString, QString> &facts);

// Connects to a server and reads its facts, or samples its resources; one connection is kept
// and reused while the probe lives (a details view samples every few seconds). Asynchronous:
// the futures finish on the probe's thread; nothing blocks. Errors are the transport's
// (remote::failureOf(): host key unknown/changed, auth failed, unreachable…).
//     auto *probe = new ServerProbe(server, this);
//     probe->check().then(this, [](const Result<ServerFacts> &facts) { … });
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ServerProbe(const Server &server, QObject *parent = nullptr);
    ServerProbe(const Server &server, runs::TransportFactory factory, QObject *parent = nullptr);
    ~ServerProbe() override;

    [[nodiscard]] const Server &server() const { return m_server; }

    [[nodiscard]] QFuture<Result<ServerFacts>> check();
    [[nodiscard]] QFuture<Result<ResourceSample>> sample();

private:
    Server m_server;
    std::shared_ptr<remote::Transport> m_transport;
};

} // namespace hydron::deploy
