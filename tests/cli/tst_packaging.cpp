// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Packaging: `cmake --install` puts both binaries, the desktop file, the AppStream metainfo and
// the icon where desktops look for them; the desktop file and metainfo are valid (with the
// distribution's validators when installed); the icon renders at every size; and cpack makes a
// TGZ and a DEB with the right contents and Debian 12 dependencies.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString AppId = u"dev.hydron.Hydron"_s;
const QString BinDir = QStringLiteral(HYDRON_INSTALL_BINDIR);
const QString DataDir = QStringLiteral(HYDRON_INSTALL_DATADIR);

struct Ran
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

Ran runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
            int timeoutMs = 600000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, u"could not start %1: %2"_s.arg(program, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, u"%1 timed out"_s.arg(program)};
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {code, QString::fromUtf8(process.readAll())};
}

// What an installation must contain, relative to the prefix.
QStringList installedPaths()
{
    return {BinDir + u"/hydron"_s, BinDir + u"/hydron-cli"_s, DataDir + u"/applications/"_s + AppId + u".desktop"_s,
            DataDir + u"/metainfo/"_s + AppId + u".metainfo.xml"_s,
            DataDir + u"/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s};
}

// The [Desktop Entry] group of a desktop file as key -> value.
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'[')) {
            inEntry = line == u"[Desktop Entry]";
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (inEntry && equals > 0 && !line.startsWith(u'#'))
            out.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return out;
}

// The Debian packages that provide the shared libraries `binary` links directly (its NEEDED
// entries), found through ldd and dpkg; empty with a reason when a tool is missing.
QStringList linkedPackages(const QString &binary, QString *problem)
{
    const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
    const QString ldd = QStandardPaths::findExecutable(u"ldd"_s);
    const QString dpkg = QStandardPaths::findExecutable(u"dpkg"_s);
    if (readelf.isEmpty() || ldd.isEmpty() || dpkg.isEmpty()) {
        *problem = u"readelf, ldd or dpkg is missing"_s;
        return {};
    }
    static const QRegularExpression neededLine(u"\\(NEEDED\\).*\\[(.+)\\]"_s);
    static const QRegularExpression lddLine(u"^\\s*(\\S+) => (/\\S+)"_s);
    // The dynamic loader is listed by its path alone ("/lib64/ld-linux-x86-64.so.2 (0x…)"); it is
    // NEEDED by binaries that use thread-local storage from libc.
    static const QRegularExpression loaderLine(u"^\\s*(/\\S+) \\(0x"_s);
    QHash<QString, QString> paths;
    for (const QString &line : runTool(ldd, {binary}).output.split(u'\n')) {
        if (const auto m = lddLine.match(line); m.hasMatch())
            paths.insert(m.captured(1), m.captured(2));
        else if (const auto l = loaderLine.match(line); l.hasMatch())
            paths.insert(QFileInfo(l.captured(1)).fileName(), l.captured(1));
    }
    QStringList packages;
    for (const QString &line : runTool(readelf, {u"-d"_s, binary}).output.split(u'\n')) {
        const auto m = neededLine.match(line);
        if (!m.hasMatch())
            continue;
        const QString path = paths.value(m.captured(1));
        if (path.isEmpty()) {
            *problem = u"ldd cannot resolve "_s + m.captured(1);
            return {};
        }
        // With merged /usr, dpkg may know the file under the other spelling of its folder.
        const QString other = path.startsWith(u"/usr/"_s) ? path.mid(4) : u"/usr"_s + path;
        Ran owner = runTool(dpkg, {u"-S"_s, path});
        if (owner.exitCode != 0)
            owner = runTool(dpkg, {u"-S"_s, other});
        if (owner.exitCode != 0) {
            *problem = u"no Debian package owns "_s + path;
            return {};
        }
        const QString package = owner.output.section(u':', 0, 0).trimmed();
        if (!packages.contains(package))
            packages << package;
    }
    return packages;
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private:
    QString installed(const QString &relative) const { return m_prefix->filePath(relative); }
    QString desktopFile() const { return installed(DataDir + u"/applications/"_s + AppId + u".desktop"_s); }
    QString metainfoFile() const { return installed(DataDir + u"/metainfo/"_s + AppId + u".metainfo.xml"_s); }
    QString iconFile() const { return installed(DataDir + u"/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s); }

    std::unique_ptr<QTemporaryDir> m_prefix;

private Q_SLOTS:
    void initTestCase()
    {
        m_prefix = std::make_unique<QTemporaryDir>();
        QVERIFY(m_prefix->isValid());
        const Ran install =
            runTool(QStringLiteral(HYDRON_CMAKE_COMMAND),
                    {u"--install"_s, QStringLiteral(HYDRON_BUILD_DIR), u"--prefix"_s, m_prefix->path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void install_placesEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("executable");
        QTest::newRow("hydron") << BinDir + u"/hydron"_s << true;
        QTest::newRow("hydron-cli") << BinDir + u"/hydron-cli"_s << true;
        QTest::newRow("desktop file") << DataDir + u"/applications/"_s + AppId + u".desktop"_s << false;
        QTest::newRow("metainfo") << DataDir + u"/metainfo/"_s + AppId + u".metainfo.xml"_s << false;
        QTest::newRow("icon") << DataDir + u"/icons/hicolor/scalable/apps/"_s + AppId + u".svg"_s << false;
    }

    void install_placesEveryFile()
    {
        QFETCH(QString, path);
        QFETCH(bool, executable);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile(), qPrintable(info.filePath()));
        QVERIFY(info.size() > 0);
        QCOMPARE(info.isExecutable(), executable);
    }

    void installedCli_runs()
    {
        const Ran version = runTool(installed(BinDir + u"/hydron-cli"_s), {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output, u"hydron-cli " HYDRON_VERSION "\n"_s);
    }

    void desktopFile_fields()
    {
        const QHash<QString, QString> entry = desktopEntry(desktopFile());
        QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
        QCOMPARE(entry.value(u"Name"_s), u"Hydron"_s);
        QVERIFY(!entry.value(u"GenericName"_s).isEmpty());
        QVERIFY(!entry.value(u"Comment"_s).isEmpty());
        QCOMPARE(entry.value(u"Exec"_s), u"hydron"_s);
        QCOMPARE(entry.value(u"Icon"_s), AppId); // the installed icon's name
        const QStringList categories = entry.value(u"Categories"_s).split(u';', Qt::SkipEmptyParts);
        QVERIFY(categories.contains(u"Development"_s));
        QVERIFY(categories.contains(u"Network"_s));
        QVERIFY(entry.value(u"Categories"_s).endsWith(u';'));
        QVERIFY(entry.value(u"Keywords"_s).split(u';', Qt::SkipEmptyParts).contains(u"deploy"_s));
    }

    void desktopFile_validates()
    {
        const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (tool.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils): the desktop file "
                  "was not validated");
        const Ran ran = runTool(tool, {desktopFile()});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
        QVERIFY2(!ran.output.contains(u"error:"_s), qPrintable(ran.output));
    }

    void metainfo_fields()
    {
        QFile file(metainfoFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString rootType;
        QHash<QString, QString> texts;
        QStringList binaries;
        QStringList releases;
        QString launchable;
        bool contentRating = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString name = xml.name().toString();
            if (name == u"component") {
                rootType = xml.attributes().value(u"type"_s).toString();
            } else if (name == u"binary") {
                binaries << xml.readElementText();
            } else if (name == u"release") {
                releases << xml.attributes().value(u"version"_s).toString();
            } else if (name == u"launchable") {
                QCOMPARE(xml.attributes().value(u"type"_s).toString(), u"desktop-id"_s);
                launchable = xml.readElementText();
            } else if (name == u"content_rating") {
                contentRating = true;
            } else if (name == u"id" || name == u"metadata_license" || name == u"project_license" || name == u"name" ||
                       name == u"summary") {
                texts.insert(name, xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootType, u"desktop-application"_s);
        QCOMPARE(texts.value(u"id"_s), AppId);
        QCOMPARE(texts.value(u"metadata_license"_s), u"CC0-1.0"_s);
        QCOMPARE(texts.value(u"project_license"_s), u"GPL-3.0-or-later"_s);
        QCOMPARE(texts.value(u"name"_s), u"Hydron"_s);
        QVERIFY(!texts.value(u"summary"_s).isEmpty());
        QCOMPARE(launchable, QFileInfo(desktopFile()).fileName());
        QCOMPARE(binaries, (QStringList{u"hydron"_s, u"hydron-cli"_s}));
        QVERIFY2(releases.contains(QStringLiteral(HYDRON_VERSION)),
                 "the metainfo must list a release for the project's VERSION");
        QVERIFY(contentRating);
    }

    void metainfo_validates()
    {
        const QString tool = QStandardPaths::findExecutable(u"appstreamcli"_s);
        if (tool.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream): the metainfo was not validated");
        const Ran ran = runTool(tool, {u"validate"_s, u"--no-net"_s, metainfoFile()});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
    }

    void icon_rendersAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void icon_rendersAtEverySize()
    {
        QFETCH(int, size);
        QSvgRenderer renderer(iconFile());
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(128, 128)); // square
        QImage image(size, size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // a shape, not a square tile
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        int white = 0;
        int blue = 0;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QRgb p = image.pixel(x, y);
                if (qAlpha(p) == 255 && qRed(p) > 200 && qGreen(p) > 200 && qBlue(p) > 200)
                    ++white;
                else if (qAlpha(p) == 255 && qBlue(p) > qRed(p) + 60)
                    ++blue;
            }
        }
        // The white droplet and the blue hexagon both stay visible, even at 16 px.
        QVERIFY2(white > size * size / 12, qPrintable(QString::number(white)));
        QVERIFY2(blue > size * size / 4, qPrintable(QString::number(blue)));
    }

    void cpack_tgz()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const Ran ran = runTool(QStringLiteral(HYDRON_CPACK_COMMAND), {u"-G"_s, u"TGZ"_s, u"-B"_s, out.path()},
                                QStringLiteral(HYDRON_BUILD_DIR));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
        const QString archive = out.filePath(u"hydron-" HYDRON_VERSION "-Linux.tar.gz"_s);
        QVERIFY2(QFileInfo::exists(archive), qPrintable(ran.output));
        const Ran list = runTool(u"tar"_s, {u"-tzf"_s, archive});
        QCOMPARE(list.exitCode, 0);
        const QString root = u"hydron-" HYDRON_VERSION "-Linux/"_s;
        for (const QString &path : installedPaths()) {
            QVERIFY2(list.output.split(u'\n').contains(root + path), qPrintable(path + u'\n' + list.output));
        }
    }

    void cpack_deb()
    {
        const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
        if (dpkgDeb.isEmpty())
            QSKIP("dpkg-deb is not installed: no Debian package can be built here");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const Ran ran = runTool(QStringLiteral(HYDRON_CPACK_COMMAND), {u"-G"_s, u"DEB"_s, u"-B"_s, out.path()},
                                QStringLiteral(HYDRON_BUILD_DIR));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.output));
        const QStringList debs = QDir(out.path()).entryList({u"hydron_" HYDRON_VERSION "-1_*.deb"_s}, QDir::Files);
        QVERIFY2(debs.size() == 1, qPrintable(ran.output));
        const QString deb = out.filePath(debs.constFirst());

        const Ran fields = runTool(dpkgDeb, {u"-f"_s, deb, u"Package"_s, u"Version"_s, u"Maintainer"_s, u"Depends"_s});
        QCOMPARE(fields.exitCode, 0);
        QVERIFY2(fields.output.contains(u"Package: hydron\n"_s), qPrintable(fields.output));
        QVERIFY2(fields.output.contains(u"Version: " HYDRON_VERSION "-1\n"_s), qPrintable(fields.output));
        QVERIFY2(fields.output.contains(u"Maintainer: "_s), qPrintable(fields.output));
        const QString depends = fields.output.section(u"Depends: "_s, 1).section(u'\n', 0, 0);
        QStringList names;
        for (const QString &item : depends.split(u',', Qt::SkipEmptyParts))
            names << item.trimmed().section(u' ', 0, 0);
        const QStringList required{u"libqt6widgets6"_s,    u"libqt6sql6-sqlite"_s, u"libqt6network6"_s,
                                   u"libqt6websockets6"_s, u"libqt6svg6"_s,        u"libssh-4"_s,
                                   u"libgit2-1.5"_s,       u"libqt6keychain1"_s,   u"libspdlog1.10"_s};
        for (const QString &name : required)
            QVERIFY2(names.contains(name), qPrintable(name + u" missing from Depends: "_s + depends));
        // Every dependency names a real package of this distribution (this machine has them all,
        // since it built and ran Hydron).
        const QString dpkgQuery = QStandardPaths::findExecutable(u"dpkg-query"_s);
        if (!dpkgQuery.isEmpty()) {
            for (const QString &name : std::as_const(names)) {
                const Ran known = runTool(dpkgQuery, {u"-W"_s, name});
                QVERIFY2(known.exitCode == 0, qPrintable(u"no Debian package named "_s + name));
            }
        }

        // Every library the binaries link is declared, so a new dependency cannot slip in unnoticed.
        for (const QString &binary : {u"/hydron"_s, u"/hydron-cli"_s}) {
            QString problem;
            const QStringList linked = linkedPackages(installed(BinDir + binary), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(!linked.isEmpty());
            for (const QString &package : linked)
                QVERIFY2(names.contains(package), qPrintable(binary.mid(1) + u" links a library of "_s + package +
                                                             u", which the package does not depend on: "_s + depends));
        }

        const Ran contents = runTool(dpkgDeb, {u"--contents"_s, deb});
        QCOMPARE(contents.exitCode, 0);
        for (const QString &relative : installedPaths()) {
            const QString path = u"./usr/"_s + relative; // DEB packages install under /usr
            static const QRegularExpression spaces(u"\\s+"_s);
            bool found = false;
            for (const QString &line : contents.output.split(u'\n')) {
                if (line.split(spaces).contains(path))
                    found = true;
            }
            QVERIFY2(found, qPrintable(path + u" missing from the package:\n"_s + contents.output));
        }
    }
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
