// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverdetailspanel.h"

#include "core/coreservices.h"
#include "core/deploy/serverprobe.h"
#include "core/remote/remoteerror.h"
#include "core/runs/runengine.h"
#include "core/store/serverstore.h"
#include "ui/messagebox.h"
#include "ui/runspanel.h"
#include "ui/sparkline.h"
#include "ui/style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

QString megabytes(int mb)
{
    return mb >= 1024 ? ServerDetailsPanel::tr("%1 GB").arg(mb / 1024.0, 0, 'f', 1)
                      : ServerDetailsPanel::tr("%1 MB").arg(mb);
}

QString addressOf(const Server &server)
{
    if (server.isLocal())
        return ServerDetailsPanel::tr("This computer, without SSH");
    return u"%1@%2:%3"_s.arg(server.user, server.host).arg(server.port);
}

} // namespace

ServerDetailsPanel::ServerDetailsPanel(CoreServices &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
{
    setObjectName(u"serverDetails"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_title = new QLabel(this);
    style::setFontScale(m_title, 1.2, QFont::DemiBold);
    m_address = new style::SecondaryLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(u"serverConnectionStatus"_s);
    // Its own line under the header: connection errors are long and must be read whole.
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_address->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_test = new QPushButton(tr("Test Connection"), this);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setToolTip(tr("Connect, check the host key and read what the server is"));
    m_provision = new QPushButton(tr("Provision"), this);
    m_provision->setObjectName(u"provisionButton"_s);
    m_provision->setToolTip(tr("Install Docker, the firewall, SSH hardening and the reverse proxy; running it again "
                               "changes nothing that is already in place"));
    header->addWidget(m_title);
    header->addWidget(m_address);
    header->addStretch(1);
    m_unlock = new QPushButton(tr("Release Lock…"), this);
    m_unlock->setObjectName(u"releaseLockButton"_s);
    m_unlock->setToolTip(tr("Release the server's run lock when the run that took it is gone"));
    header->addWidget(m_test);
    header->addWidget(m_unlock);
    header->addWidget(m_provision);
    layout->addLayout(header);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"serverDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QHBoxLayout(overview);
    overviewLayout->setContentsMargins(4, 8, 4, 4);
    overviewLayout->setSpacing(24);
    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setHorizontalSpacing(16);
    m_facts->setVerticalSpacing(6);
    auto fact = [this, overview](const QString &label, const QString &name) {
        auto *value = new QLabel(overview);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_facts->addRow(label, value);
        return value;
    };
    m_os = fact(tr("System"), u"factOs"_s);
    m_cpus = fact(tr("CPUs"), u"factCpus"_s);
    m_memory = fact(tr("Memory"), u"factMemory"_s);
    m_disk = fact(tr("Disk"), u"factDisk"_s);
    m_docker = fact(tr("Docker"), u"factDocker"_s);
    m_hostKey = fact(tr("Host key"), u"factHostKey"_s);
    overviewLayout->addLayout(m_facts, 2);
    auto *charts = new QVBoxLayout;
    charts->setSpacing(8);
    m_cpu = new Sparkline(tr("CPU"), overview);
    m_cpu->setObjectName(u"cpuChart"_s);
    m_mem = new Sparkline(tr("Memory"), overview);
    m_mem->setObjectName(u"memoryChart"_s);
    m_diskUse = new Sparkline(tr("Disk"), overview);
    m_diskUse->setObjectName(u"diskChart"_s);
    auto *chartRow = new QHBoxLayout;
    chartRow->setSpacing(8);
    chartRow->addWidget(m_cpu);
    chartRow->addWidget(m_mem);
    chartRow->addWidget(m_diskUse);
    charts->addLayout(chartRow);
    charts->addStretch();
    overviewLayout->addLayout(charts, 3);
    m_tabs->addTab(overview, tr("Overview"));

    m_runs = new RunsPanel(core, core.runEngine(), m_tabs);
    m_runs->setObjectName(u"serverRunsPanel"_s);
    m_tabs->addTab(m_runs, tr("Runs"));
    layout->addWidget(m_tabs, 1);

    m_sampleTimer = new QTimer(this);
    m_sampleTimer->setInterval(3000);
    connect(m_sampleTimer, &QTimer::timeout, this, &ServerDetailsPanel::sample);
    connect(m_test, &QPushButton::clicked, this, &ServerDetailsPanel::testConnection);
    connect(m_provision, &QPushButton::clicked, this, &ServerDetailsPanel::provision);
    connect(m_unlock, &QPushButton::clicked, this, &ServerDetailsPanel::releaseLock);
    connect(&core.servers(), &ServerStore::changed, this, [this](const Server &server) {
        if (server.id == m_serverId)
            showFacts(server);
    });
    setServerId(0);
}

ServerDetailsPanel::~ServerDetailsPanel()
{
    ++m_generation;
}

void ServerDetailsPanel::setServerId(qint64 serverId)
{
    if (serverId == m_serverId && (serverId == 0 || m_probe))
        return;
    m_serverId = serverId;
    m_online = false;
    m_cpu->clear();
    m_mem->clear();
    m_diskUse->clear();
    m_status->clear();
    resetProbe();
    m_runs->setServerId(serverId);
    const auto server = m_core.servers().find(serverId);
    setEnabled(server.has_value());
    if (server)
        showFacts(*server);
    else
        m_title->setText(tr("No server selected"));
    updateSampling();
}

void ServerDetailsPanel::resetProbe()
{
    ++m_generation;
    m_sampling = false;
    m_probe.reset();
    if (const auto server = m_core.servers().find(m_serverId))
        m_probe = std::make_unique<deploy::ServerProbe>(*server, m_core.transportFactory());
}

void ServerDetailsPanel::showFacts(const Server &server)
{
    m_title->setText(server.name);
    m_address->setText(addressOf(server));
    const QString unknown = tr("not known yet: Test Connection reads it");
    m_os->setText(server.spec.os.isEmpty() ? unknown : server.spec.os);
    m_cpus->setText(server.spec.cpus > 0 ? QString::number(server.spec.cpus) : unknown);
    m_memory->setText(server.spec.memoryMb > 0 ? megabytes(server.spec.memoryMb) : unknown);
    m_disk->setText(server.spec.diskGb > 0 ? tr("%1 GB").arg(server.spec.diskGb) : unknown);
    if (m_docker->text().isEmpty())
        m_docker->setText(unknown);
    m_hostKey->setText(server.isLocal()
                           ? tr("not needed on this computer")
                           : (server.hostKeyFingerprint.isEmpty() ? tr("not pinned yet") : server.hostKeyFingerprint));
}

void ServerDetailsPanel::testConnection()
{
    if (!m_probe)
        return;
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    const quint64 generation = m_generation;
    m_probe->check().then(this, [this, generation](const Result<deploy::ServerFacts> &facts) {
        if (generation != m_generation)
            return;
        m_test->setEnabled(true);
        checked(facts);
    });
}

void ServerDetailsPanel::checked(const Result<deploy::ServerFacts> &facts)
{
    auto server = m_core.servers().find(m_serverId);
    if (!server)
        return;
    if (!facts) {
        m_online = false;
        updateSampling();
        const remote::Failure failure = remote::failureOf(facts.error());
        const auto mismatch = remote::hostKeyMismatchOf(facts.error());
        if (failure == remote::Failure::HostKeyUnknown && mismatch) {
            m_status->setText(tr("Waiting for you to check the host key"));
            askToTrust(*server, mismatch->presented);
            return;
        }
        m_status->setText(u"<span style=\"color:#c62828\">%1</span>"_s.arg(facts.error().message.toHtmlEscaped()));
        if (failure == remote::Failure::HostKeyChanged && mismatch) {
            MessageBox::error(
                this, tr("Host key changed"),
                Error{Error::Code::Network,
                      tr("%1 presented a different host key than the one pinned. Hydron does not connect.")
                          .arg(server->name),
                      tr("Pinned: %1\nPresented: %2\nIf the server was reinstalled, check the new key on its console "
                         "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then edit the server and clear its "
                         "host key. Otherwise someone may be intercepting the connection.")
                          .arg(mismatch->pinned, mismatch->presented)});
        }
        Server updated = *server;
        if (updated.status != ServerStatus::Offline && failure != remote::Failure::HostKeyChanged &&
            failure != remote::Failure::AuthFailed) {
            updated.status = ServerStatus::Offline;
            (void)m_core.servers().update(updated);
        }
        return;
    }
    Server updated = *server;
    updated.spec = facts->spec(server->spec);
    updated.status = facts->provisioned ? ServerStatus::Provisioned : ServerStatus::NotProvisioned;
    if (auto stored = m_core.servers().update(updated); !stored)
        m_status->setText(stored.error().message);
    m_docker->setText(facts->dockerVersion.isEmpty()
                          ? tr("not installed (Provision installs it)")
                          : (facts->dockerRunning ? tr("%1, running").arg(facts->dockerVersion)
                                                  : tr("%1, not running").arg(facts->dockerVersion)));
    m_status->setText(facts->provisioned ? tr("Online · provisioned") : tr("Online · not provisioned yet"));
    Q_EMIT statusMessage(tr("Connected to %1").arg(server->name));
    m_online = true;
    if (facts->sample.memoryTotalMb > 0) {
        const deploy::ResourceSample &s = facts->sample;
        m_cpu->addSample(s.cpuPercent, tr("%1 %").arg(s.cpuPercent, 0, 'f', 0));
        m_mem->addSample(100.0 * s.memoryUsedMb / s.memoryTotalMb,
                         tr("%1 of %2").arg(megabytes(s.memoryUsedMb), megabytes(s.memoryTotalMb)));
        if (s.diskTotalGb > 0)
            m_diskUse->addSample(100.0 * s.diskUsedGb / s.diskTotalGb,
                                 tr("%1 of %2 GB").arg(s.diskUsedGb, 0, 'f', 1).arg(s.diskTotalGb, 0, 'f', 0));
    }
    updateSampling();
}

void ServerDetailsPanel::askToTrust(const Server &server, const QString &fingerprint)
{
    const qint64 id = server.id;
    MessageBox::confirm(
        this, tr("Trust this server?"),
        tr("This is the first connection to %1 (%2). It presented the host key\n\n%3\n\nCompare it with the key the "
           "server itself shows (on its console: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept only "
           "when they match: Hydron then pins it and refuses any other key from now on.")
            .arg(server.name, addressOf(server), fingerprint),
        tr("Accept Key"), [this, id, fingerprint](bool accepted) {
            auto current = m_core.servers().find(id);
            if (!current || id != m_serverId)
                return;
            if (!accepted) {
                m_status->setText(tr("Host key not accepted: Hydron did not connect."));
                return;
            }
            current->hostKeyFingerprint = fingerprint;
            if (auto stored = m_core.servers().update(*current); !stored) {
                m_status->setText(stored.error().message);
                return;
            }
            resetProbe();
            testConnection();
        });
}

void ServerDetailsPanel::provision()
{
    const auto server = m_core.servers().find(m_serverId);
    if (!server)
        return;
    auto run = m_core.runEngine().start(Run::Kind::Provision, m_serverId);
    if (!run) {
        m_status->setText(u"<span style=\"color:#c62828\">%1</span>"_s.arg(run.error().message.toHtmlEscaped()));
        return;
    }
    m_tabs->setCurrentWidget(m_runs);
    m_runs->refresh();
    m_runs->selectRun(run->id);
    Q_EMIT statusMessage(tr("Provisioning %1").arg(server->name));
}

void ServerDetailsPanel::releaseLock()
{
    const auto server = m_core.servers().find(m_serverId);
    if (!server)
        return;
    const qint64 id = server->id;
    MessageBox::confirm(
        this, tr("Release the run lock?"),
        tr("Release %1's run lock only when the run holding it is gone (Hydron was killed, or the machine that "
           "ran it is lost). A run still going on would then share the server with the next one.")
            .arg(server->name),
        tr("Release Lock"), [this, id](bool confirmed) {
            if (!confirmed || id != m_serverId)
                return;
            const quint64 generation = m_generation;
            m_core.runEngine().releaseServerLock(id).then(
                this, [this, generation](const Result<QList<runs::LockHolder>> &released) {
                    if (generation != m_generation)
                        return;
                    if (!released)
                        m_status->setText(released.error().message);
                    else if (released->isEmpty())
                        m_status->setText(tr("The server was not locked."));
                    else
                        m_status->setText(tr("Released the lock of %1.").arg(released->constFirst().describe()));
                });
        });
}

void ServerDetailsPanel::sample()
{
    if (!m_probe || m_sampling || !m_online)
        return;
    m_sampling = true;
    const quint64 generation = m_generation;
    m_probe->sample().then(this, [this, generation](const Result<deploy::ResourceSample> &sample) {
        if (generation != m_generation)
            return;
        m_sampling = false;
        if (!sample) {
            m_online = false;
            m_status->setText(tr("Offline: %1").arg(sample.error().message));
            updateSampling();
            return;
        }
        m_cpu->addSample(sample->cpuPercent, tr("%1 %").arg(sample->cpuPercent, 0, 'f', 0));
        if (sample->memoryTotalMb > 0)
            m_mem->addSample(100.0 * sample->memoryUsedMb / sample->memoryTotalMb,
                             tr("%1 of %2").arg(megabytes(sample->memoryUsedMb), megabytes(sample->memoryTotalMb)));
        if (sample->diskTotalGb > 0)
            m_diskUse->addSample(
                100.0 * sample->diskUsedGb / sample->diskTotalGb,
                tr("%1 of %2 GB").arg(sample->diskUsedGb, 0, 'f', 1).arg(sample->diskTotalGb, 0, 'f', 0));
    });
}

void ServerDetailsPanel::updateSampling()
{
    // Sampling costs the server a little: only while shown and reachable.
    const bool on = isVisible() && m_online && m_probe;
    if (on && !m_sampleTimer->isActive())
        m_sampleTimer->start();
    else if (!on)
        m_sampleTimer->stop();
}

void ServerDetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateSampling();
}

void ServerDetailsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateSampling();
}

} // namespace hydron::ui
