// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test environment tools of this folder (hydron-test-docker, hydron-test-images,
// hydron-test-server) as C++ for the Docker integration tests and benchmarks: Hydron's own test
// Docker daemon, the locally built images, and a fresh Debian server container reached over
// real SSH with its host key pinned. Nothing here blocks a GUI: these run in test processes.

#include "core/model/server.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace hydron {
class ServerStore;
namespace runs {
class RunEngine;
}
} // namespace hydron

namespace hydron::testenv {

// The folder of the env tools in the source tree.
[[nodiscard]] QString envTools();

// HYDRON_TEST_KEEP=1: leave the daemon and the servers up at the end (to iterate).
[[nodiscard]] bool keepEnvironment();

struct Program
{
    int code = -1; // -1: did not start, timed out or crashed
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool ok() const { return code == 0; }
    // The exit code and the end of stderr, for a failure message.
    [[nodiscard]] QByteArray describe() const;
};

// Runs a program to its end (stdin gets `input`, then closes), killed after timeoutMs.
Program runTool(const QString &program, const QStringList &args, int timeoutMs = 900'000, const QByteArray &input = {});
// The same for one of the env tools by file name ("hydron-test-server").
Program runEnvTool(const QString &tool, const QStringList &args, int timeoutMs = 900'000, const QByteArray &input = {});
// KEY=VALUE lines (values trimmed); lines without '=' are skipped.
[[nodiscard]] QHash<QString, QString> keyValues(const QByteArray &text);
// Writes (truncates) a file; false when it cannot be opened.
bool writeFile(const QString &path, const QByteArray &content);
// A free TCP port on 127.0.0.1 (at least 1024), as the kernel hands one out.
[[nodiscard]] int freeLoopbackPort();

// Hydron's test Docker daemon. up() starts it when it is not running; the destructor stops it
// again only when this object started it and HYDRON_TEST_KEEP is not 1.
class TestDocker final
{
public:
    TestDocker() = default;
    ~TestDocker();
    TestDocker(const TestDocker &) = delete;
    TestDocker &operator=(const TestDocker &) = delete;

    // code 0: running; 77: no engine can be started here (a skip); anything else: an error.
    Program up();
    // Builds (or finds cached) the named images of hydron-test-images ("base", "caddy", "all"…).
    Program images(const QStringList &names, int timeoutMs = 1'800'000);
    [[nodiscard]] bool startedHere() const { return m_started; }

private:
    bool m_started = false;
};

// A fresh Debian server container (hydron-test-server) in the test daemon: sshd on a free
// loopback port, root login with a throwaway key, the host key pinned through Docker. The
// destructor removes it by name unless HYDRON_TEST_KEEP is 1.
class TestServer final
{
public:
    // name: lowercase letters, digits and dashes (the container is hydron-test-NAME).
    explicit TestServer(QString name);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // A name unique to this process: PREFIX-PID.
    [[nodiscard]] static QString uniqueName(const QString &prefix);

    // (Re)creates the container and reads its key, port and host key. Empty on success, else why.
    [[nodiscard]] QString up(const QStringList &extraArgs = {});
    // Removes the container by its name and forgets its state (also when kept).
    void down();

    // Runs a shell command there as root over OpenSSH (stdin gets `input`).
    Program ssh(const QString &command, int timeoutMs = 120'000, const QByteArray &input = {}) const;
    // `docker save IMAGES` from the test daemon, `docker load` on the server.
    Program loadImages(const QStringList &images, int timeoutMs = 600'000) const;
    // port, key, known_hosts, ssh_config, container (hydron-test-server info).
    [[nodiscard]] QHash<QString, QString> info() const;

    // The server as Hydron stores it: 127.0.0.1:port, root, the key file, the pinned host key.
    [[nodiscard]] const Server &server() const { return m_server; }
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] QString container() const;
    [[nodiscard]] int port() const { return m_server.port; }
    [[nodiscard]] bool isUp() const { return m_up; }

private:
    QString m_name;
    Server m_server;
    bool m_up = false;
};

// Makes `engine` reach test servers as the Docker tests and benchmarks do: SSH without
// ~/.ssh/config, and a Provision recipe whose firewall allows sshd's port inside the container
// (22; the published port is NAT) and whose proxy is the image hydron-test-images built.
void prepareEngine(runs::RunEngine &engine, ServerStore &servers);

} // namespace hydron::testenv
