// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/deploy/serverprobe.h"

#include "core/runs/commandoutput.h"
#include "core/runs/stepdefinition.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hydron::deploy {
namespace {

remote::Command probeCommand(bool sampleOnly)
{
    remote::Command c;
    c.script = probeScript(sampleOnly);
    c.timeout = std::chrono::seconds(60);
    return c;
}

Result<QStringList> outputOf(const Result<runs::CommandOutput> &output)
{
    if (!output)
        return std::unexpected(output.error());
    if (!output->exit.succeeded())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::ServerProbe", "Reading the server's facts failed: %1 %2")
                        .arg(output->exit.message, output->err.join(u' ')));
    return output->out;
}

} // namespace

QString probeScript(bool sampleOnly)
{
    QString script = uR"SH(set -u
export LC_ALL=C
fact() { printf 'HYDRON-FACT %s=%s\n' "$1" "${2//$'\n'/ }"; }
read -r _ u1 n1 s1 i1 w1 q1 sq1 st1 _ </proc/stat
sleep 0.5
read -r _ u2 n2 s2 i2 w2 q2 sq2 st2 _ </proc/stat
busy=$(( (u2 + n2 + s2 + q2 + sq2 + st2) - (u1 + n1 + s1 + q1 + sq1 + st1) ))
idle=$(( (i2 + w2) - (i1 + w1) ))
total=$(( busy + idle ))
[ "$total" -gt 0 ] || total=1
fact cpu_permille "$(( busy * 1000 / total ))"
fact memory_mb "$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
fact memory_used_mb "$(awk '/^MemTotal:/ { t = $2 } /^MemAvailable:/ { a = $2 } END { printf "%d", (t - a) / 1024 }' /proc/meminfo)"
fact disk_kb "$(df -Pk / | awk 'NR == 2 { print $2 }')"
fact disk_used_kb "$(df -Pk / | awk 'NR == 2 { print $3 }')"
)SH"_s;
    if (sampleOnly)
        return script;
    script += uR"SH(osr=/etc/os-release
[ -r "$osr" ] || osr=/usr/lib/os-release
osv() { sed -n "s/^$1=//p" "$osr" 2>/dev/null | tail -n 1 | sed -e 's/^"//' -e 's/"$//' -e "s/^'//" -e "s/'\$//"; }
fact os "$(osv PRETTY_NAME)"
fact os_id "$(osv ID)"
fact os_version "$(osv VERSION_ID)"
fact kernel "$(uname -r)"
fact hostname "$(hostname 2>/dev/null || uname -n)"
fact user "$(id -un)"
fact cpus "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
if command -v docker >/dev/null 2>&1; then
    v="$(docker version -f '{{.Server.Version}}' 2>/dev/null || sudo -n docker version -f '{{.Server.Version}}' 2>/dev/null || true)"
    if [ -n "$v" ]; then fact docker_version "$v"; fact docker_running yes
    else fact docker_version "$(docker --version 2>/dev/null | sed -n 's/^Docker version \([^,]*\).*/\1/p')"; fact docker_running no; fi
else
    fact docker_running no
fi
if [ -f /opt/hydron/.layout ]; then fact provisioned yes; else fact provisioned no; fi
)SH"_s;
    return script;
}

ServerFacts factsFrom(const QHash<QString, QString> &raw)
{
    ServerFacts f;
    f.raw = raw;
    f.os = raw.value(u"os"_s);
    f.osId = raw.value(u"os_id"_s);
    f.osVersion = raw.value(u"os_version"_s);
    f.kernel = raw.value(u"kernel"_s);
    f.hostname = raw.value(u"hostname"_s);
    f.user = raw.value(u"user"_s);
    f.cpus = raw.value(u"cpus"_s).toInt();
    f.memoryMb = raw.value(u"memory_mb"_s).toInt();
    const double diskKb = raw.value(u"disk_kb"_s).toDouble();
    f.diskGb = static_cast<int>(std::lround(diskKb / 1024.0 / 1024.0));
    f.dockerVersion = raw.value(u"docker_version"_s);
    f.dockerRunning = raw.value(u"docker_running"_s) == u"yes";
    f.provisioned = raw.value(u"provisioned"_s) == u"yes";
    f.sample.time = QDateTime::currentDateTimeUtc();
    f.sample.cpuPercent = raw.value(u"cpu_permille"_s).toDouble() / 10.0;
    f.sample.memoryTotalMb = f.memoryMb;
    f.sample.memoryUsedMb = raw.value(u"memory_used_mb"_s).toInt();
    f.sample.diskTotalGb = diskKb / 1024.0 / 1024.0;
    f.sample.diskUsedGb = raw.value(u"disk_used_kb"_s).toDouble() / 1024.0 / 1024.0;
    return f;
}

ServerFacts readFacts(const QStringList &lines)
{
    runs::StepOutcome outcome;
    for (const QString &line : lines)
        runs::readProtocolLine(line, outcome);
    return factsFrom(outcome.facts);
}

ServerSpec ServerFacts::spec(const ServerSpec &previous) const
{
    ServerSpec s = previous;
    if (cpus > 0)
        s.cpus = cpus;
    if (memoryMb > 0)
        s.memoryMb = memoryMb;
    if (diskGb > 0)
        s.diskGb = diskGb;
    if (!os.isEmpty())
        s.os = os;
    return s;
}

ServerProbe::ServerProbe(const Server &server, QObject *parent)
    : ServerProbe(
          server, [](const Server &s) { return runs::transportFor(s); }, parent)
{}

ServerProbe::ServerProbe(const Server &server, runs::TransportFactory factory, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_transport(runs::shareTransport(factory(server)))
{}

ServerProbe::~ServerProbe() = default;

QFuture<Result<ServerFacts>> ServerProbe::check()
{
    return runs::collectOutput(m_transport, probeCommand(false))
        .then(this, [](const Result<runs::CommandOutput> &output) -> Result<ServerFacts> {
            auto lines = outputOf(output);
            if (!lines)
                return std::unexpected(lines.error());
            return readFacts(*lines);
        });
}

QFuture<Result<ResourceSample>> ServerProbe::sample()
{
    return runs::collectOutput(m_transport, probeCommand(true))
        .then(this, [](const Result<runs::CommandOutput> &output) -> Result<ResourceSample> {
            auto lines = outputOf(output);
            if (!lines)
                return std::unexpected(lines.error());
            return readFacts(*lines).sample;
        });
}

} // namespace hydron::deploy
