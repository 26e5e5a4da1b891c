// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composition root of the GUI: parses the command line, loads translations, opens the core
// services for the data folder, hands them to the main window, and tears down in reverse.
#include "core/coreservices.h"
#include "core/datadir.h"
#include "core/settings.h"
#include "ui/dashboardpage.h"
#include "ui/infrastructurepanel.h"
#include "ui/mainwindow.h"
#include "ui/projectworkspace.h"
#include "ui/messagebox.h"
#include "ui/models/projectlistmodel.h"
#include "ui/models/servertablemodel.h"
#include "ui/serverdetailspanel.h"
#include "ui/serverinventorypage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds since the kernel started this process (covers dynamic loading before main), or
// -1 when /proc is not there.
qint64 msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    if (paren < 0)
        return -1;
    // Fields after the command name start with field 3 (state); starttime is field 22.
    const QList<QByteArray> fields = text.mid(paren + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}

// Peak resident set size in KiB (VmHWM), or -1.
qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Installs translators for `locale`: Hydron's own from the resources (built in by
// qt_add_translations when present) and Qt's from the system. Missing files change nothing.
void loadTranslations(const QLocale &locale, std::vector<std::unique_ptr<QTranslator>> &keep)
{
    for (auto &translator : keep)
        QApplication::removeTranslator(translator.get());
    keep.clear();
    auto hydron = std::make_unique<QTranslator>();
    if (hydron->load(locale, u"hydron"_s, u"_"_s, u":/i18n"_s) && QApplication::installTranslator(hydron.get()))
        keep.push_back(std::move(hydron));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QApplication::installTranslator(qt.get()))
        keep.push_back(std::move(qt));
}

// Where startup time goes, in milliseconds, for the benchmark's report.
struct StartupPhases
{
    qint64 coreOpenMs = -1; // CoreServices::open: database, migrations, loading projects and servers
    qint64 windowMs = -1;   // building the main window and its models
};

// For the startup benchmark (HYDRON_EXIT_AFTER_FIRST_PAINT=1): when the main window has painted
// for the first time, prints the time since the process started, the phases and the peak
// memory, then quits.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceMain, StartupPhases phases)
        : QObject(window)
        , m_window(window)
        , m_sinceMain(sinceMain)
        , m_phases(phases)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            qApp->removeEventFilter(this);
            // The rest of this paint pass (every child widget) runs before the queued report.
            QTimer::singleShot(0, this, [this] {
                const qint64 sinceStart = msSinceProcessStart();
                std::printf("first-paint-ms %lld\n",
                            static_cast<long long>(sinceStart >= 0 ? sinceStart : m_sinceMain.elapsed()));
                std::printf("first-paint-ms-since-main %lld\n", static_cast<long long>(m_sinceMain.elapsed()));
                std::printf("core-open-ms %lld\n", static_cast<long long>(m_phases.coreOpenMs));
                std::printf("window-ms %lld\n", static_cast<long long>(m_phases.windowMs));
                std::printf("peak-rss-kb %lld\n", static_cast<long long>(peakRssKb()));
                std::fflush(stdout);
                m_window->close();
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    StartupPhases m_phases;
    bool m_done = false;
};

// Developer aid for documentation screenshots (HYDRON_SCREENSHOT=/path/prefix): grabs the
// dashboard, the first project's workspace, the Server Inventory and the two main dialogs to
// PNG files, then quits.
void takeScreenshots(hydron::ui::MainWindow &window, const QString &prefix)
{
    auto save = [prefix](QWidget *widget, const QString &name) {
        const QString file = prefix + u'-' + name + u".png"_s;
        if (widget && !widget->grab().save(file))
            std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    };
    auto openDialog = [&window]() -> QWidget * {
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    };
    auto closeDialog = [openDialog] {
        if (QWidget *dialog = openDialog())
            dialog->close();
    };
    const QList<std::function<void()>> steps{
        [&window, save] {
            window.showDashboard();
            save(&window, u"dashboard"_s);
            const auto *projects = window.dashboard()->model();
            if (const qint64 first = projects->idAt(projects->index(0)); first > 0)
                window.openProject(first);
        },
        [&window, save] {
            save(&window, u"workspace"_s);
            // The plan's home: its overview and a Dockerfile.
            if (auto *panel = window.workspace()->infrastructurePanel()) {
                panel->setCurrentIndex(hydron::ui::InfrastructurePanel::PlanTab);
                save(&window, u"workspace-plan"_s);
                panel->setCurrentIndex(hydron::ui::InfrastructurePanel::DockerfilesTab);
                save(&window, u"workspace-dockerfiles"_s);
                panel->setCurrentIndex(hydron::ui::InfrastructurePanel::ServicesTab);
            }
            window.showServers();
        },
        [&window, save] {
            save(&window, u"servers"_s);
            // The first server's details, after a connection test (the local one answers at once).
            hydron::ui::ServerInventoryPage *inventory = window.serverInventory();
            if (inventory->model()->rowCount() > 0) {
                inventory->selectServer(
                    inventory->model()->index(0, 0).data(hydron::ui::ServerTableModel::IdRole).toLongLong());
                inventory->details()->testConnection();
            }
        },
        [] {}, // the connection test takes about a second
        [&window, save] {
            save(&window, u"server-details"_s);
            window.serverInventory()->addServer();
        },
        [&window, save, openDialog, closeDialog] {
            save(openDialog(), u"server-dialog"_s);
            closeDialog();
            window.showDashboard();
            window.dashboard()->newProject();
        },
        [&window, save, openDialog, closeDialog] {
            save(openDialog(), u"new-project-wizard"_s);
            closeDialog();
            window.close();
            QApplication::quit();
        },
    };
    for (qsizetype i = 0; i < steps.size(); ++i)
        QTimer::singleShot(static_cast<int>(600 + 800 * i), &window, steps.at(i));
}

// Shows a startup error without a nested event loop, prints it to stderr, and quits with exit
// code 1 when the box is closed.
int failStartup(const hydron::Error &error)
{
    std::fprintf(stderr, "hydron: %s\n", qPrintable(error.toString()));
    QApplication::setQuitOnLastWindowClosed(false);
    hydron::ui::MessageBox::error(nullptr, QApplication::translate("main", "Hydron Cannot Start"), error,
                                  [] { QCoreApplication::exit(1); });
    const int code = QApplication::exec();
    return code == 0 ? 1 : code;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(u"hydron"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HYDRON_VERSION));
    QCoreApplication::setOrganizationDomain(u"hydron.dev"_s);
}

QCommandLineOption describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Hydron: from a Git repository to a running, health-checked deployment on your own server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QCoreApplication::translate("main", "Keep projects, servers and runs in <dir> (default: HYDRON_DATA_DIR, "
                                            "else %1).")
            .arg(hydron::DataDir::defaultLocation()),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(dataDir);
    return dataDir;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    // --help and --version answer without a display: no GUI application for them.
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            QCoreApplication info(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            describe(parser);
            parser.process(info); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(u"Hydron"_s);
    QGuiApplication::setDesktopFileName(u"dev.hydron.Hydron"_s);

    std::vector<std::unique_ptr<QTranslator>> translators;
    loadTranslations(QLocale(), translators);

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption = describe(parser);
    parser.process(app);

    const auto dataDir = hydron::DataDir::resolve(parser.value(dataDirOption));
    if (!dataDir)
        return failStartup(dataDir.error());
    StartupPhases phases;
    QElapsedTimer phase;
    phase.start();
    auto opened = hydron::CoreServices::open(*dataDir);
    phases.coreOpenMs = phase.elapsed();
    if (!opened)
        return failStartup(opened.error());
    std::unique_ptr<hydron::CoreServices> core = std::move(*opened);

    // A language chosen in the preferences wins over the system's.
    if (const QString language = core->settings().language(); !language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        loadTranslations(QLocale(language), translators);
    }

    core->watchExternalChanges(std::chrono::milliseconds(1500));

    int code = 0;
    {
        phase.restart();
        hydron::ui::MainWindow window(*core);
        window.restoreSession();
        phases.windowMs = phase.elapsed();
        if (qEnvironmentVariable("HYDRON_EXIT_AFTER_FIRST_PAINT") == u"1")
            new FirstPaintProbe(&window, sinceMain, phases);
        else if (const QString prefix = qEnvironmentVariable("HYDRON_SCREENSHOT"); !prefix.isEmpty())
            takeScreenshots(window, prefix);
        window.show();
        code = QApplication::exec();
    } // the window goes before the core services it shows
    core.reset();
    return code;
}
