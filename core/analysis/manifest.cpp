// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/manifest.h"

#include "core/analysis/yamlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <toml++/toml.h>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Iterates lines with 1-based numbers.
template<typename F>
void forEachLine(QByteArrayView text, F &&f)
{
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!f(++number, line))
            return;
        start = end + 1;
    }
}

QString normalisePythonName(QStringView name)
{
    QString out = name.toString().toLower();
    out.replace(u'_', u'-');
    out.replace(u'.', u'-');
    return out;
}

// PEP 508: "name[extras] >=1.0 ; marker" -> name, version spec.
bool splitPep508(QStringView spec, QString &name, QString &version)
{
    static const QRegularExpression re(uR"(^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(\(?[^;@]*)?)"_s);
    const auto m = re.match(spec);
    if (!m.hasMatch())
        return false;
    name = normalisePythonName(m.capturedView(1));
    version = m.capturedView(3).trimmed().toString();
    if (version.startsWith(u'(') && version.endsWith(u')'))
        version = version.mid(1, version.size() - 2);
    return true;
}

int tomlLine(const toml::node &node)
{
    return int(node.source().begin.line);
}

template<typename F>
Manifest parseToml(QByteArrayView text, F &&read)
{
    Manifest m;
    try {
        toml::table root = toml::parse(std::string_view(text.data(), std::size_t(text.size())));
        read(m, root);
    } catch (const toml::parse_error &e) {
        m = Manifest();
        m.error = fromStd(e.description());
        m.errorLine = int(e.source().begin.line);
    } catch (const std::exception &e) {
        m = Manifest();
        m.error = QString::fromUtf8(e.what());
    }
    return m;
}

QString tomlString(const toml::node *node)
{
    if (!node)
        return {};
    if (auto s = node->value<std::string>())
        return QString::fromStdString(*s);
    return {};
}

Located tomlLocated(const toml::node *node)
{
    if (!node)
        return {};
    return Located{tomlString(node), tomlLine(*node)};
}

QJsonObject parseJsonObject(QByteArrayView text, Manifest &m)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        m.error = error.errorString();
        m.errorLine = lineAt(text, error.offset);
        return {};
    }
    if (!doc.isObject()) {
        m.error = u"the document is not a JSON object"_s;
        return {};
    }
    return doc.object();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace

const Dependency *Manifest::dependency(QStringView name) const
{
    for (const Dependency &d : dependencies) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

const Dependency *Manifest::dependencyWithPrefix(QStringView prefix) const
{
    for (const Dependency &d : dependencies) {
        if (d.name.startsWith(prefix))
            return &d;
    }
    return nullptr;
}

Manifest parsePackageJson(QByteArrayView text)
{
    Manifest m;
    const QJsonObject o = parseJsonObject(text, m);
    if (!m.ok())
        return m;
    m.name = Located{o.value(u"name").toString(), jsonKeyLine(text, u"name")};
    m.version = Located{o.value(u"version").toString(), jsonKeyLine(text, u"version")};
    const QJsonObject engines = o.value(u"engines").toObject();
    if (engines.value(u"node").isString())
        m.languageVersion = Located{engines.value(u"node").toString(), jsonKeyLine(text, u"node", u"engines")};
    const QJsonObject scripts = o.value(u"scripts").toObject();
    for (auto it = scripts.begin(); it != scripts.end(); ++it) {
        if (it.value().isString())
            m.scripts.insert(it.key(), Located{it.value().toString(), jsonKeyLine(text, it.key(), u"scripts")});
    }
    for (const auto &[section, dev] : {std::pair{u"dependencies"_s, false}, std::pair{u"devDependencies"_s, true},
                                       std::pair{u"optionalDependencies"_s, false}}) {
        const QJsonObject deps = o.value(section).toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it)
            m.dependencies.append(
                Dependency{it.key(), jsonText(it.value()), jsonKeyLine(text, it.key(), section), dev});
    }
    const QJsonValue workspaces = o.value(u"workspaces");
    const QJsonArray workspaceArray =
        workspaces.isArray() ? workspaces.toArray() : workspaces.toObject().value(u"packages").toArray();
    for (const QJsonValue &w : workspaceArray) {
        if (w.isString())
            m.workspaces << w.toString();
    }
    if (!workspaces.isUndefined())
        m.workspacesLine = jsonKeyLine(text, u"workspaces");
    for (const QString &key : {u"main"_s, u"packageManager"_s, u"type"_s}) {
        if (o.value(key).isString())
            m.fields.insert(key, Located{o.value(key).toString(), jsonKeyLine(text, key)});
    }
    if (o.value(u"private").toBool())
        m.fields.insert(u"private"_s, Located{u"true"_s, jsonKeyLine(text, u"private")});
    const QJsonObject volta = o.value(u"volta").toObject();
    if (volta.value(u"node").isString())
        m.fields.insert(u"volta.node"_s,
                        Located{volta.value(u"node").toString(), jsonKeyLine(text, u"node", u"volta")});
    return m;
}

Manifest parsePnpmWorkspace(QByteArrayView text)
{
    Manifest m;
    const YamlDocument doc = parseYaml(text);
    if (!doc.ok()) {
        m.error = doc.error;
        m.errorLine = doc.errorLine;
        return m;
    }
    const YamlValue packages = doc.root.get(u"packages");
    m.workspacesLine = packages.line;
    for (const YamlValue &item : packages.items) {
        if (item.isScalar())
            m.workspaces << item.scalar;
    }
    return m;
}

Manifest parsePyproject(QByteArrayView text)
{
    return parseToml(text, [](Manifest &m, const toml::table &root) {
        const auto addDeps = [&](const toml::array *array, bool dev) {
            if (!array)
                return;
            for (const toml::node &item : *array) {
                QString name, version;
                if (splitPep508(tomlString(&item), name, version))
                    m.dependencies.append(Dependency{name, version, tomlLine(item), dev});
            }
        };
        if (const toml::table *project = root["project"].as_table()) {
            m.name = tomlLocated(project->get("name"));
            m.version = tomlLocated(project->get("version"));
            m.languageVersion = tomlLocated(project->get("requires-python"));
            addDeps(project->get_as<toml::array>("dependencies"), false);
            if (const toml::table *optional = project->get_as<toml::table>("optional-dependencies")) {
                for (const auto &[key, value] : *optional)
                    addDeps(value.as_array(), true);
            }
            if (const toml::table *scripts = project->get_as<toml::table>("scripts")) {
                for (const auto &[key, value] : *scripts)
                    m.scripts.insert(fromStd(key.str()), tomlLocated(&value));
            }
        }
        if (const toml::table *groups = root["dependency-groups"].as_table()) {
            for (const auto &[key, value] : *groups)
                addDeps(value.as_array(), true);
        }
        if (const toml::table *poetry = root["tool"]["poetry"].as_table()) {
            m.fields.insert(u"poetry"_s, Located{u"1"_s, tomlLine(*poetry)});
            if (m.name.isEmpty())
                m.name = tomlLocated(poetry->get("name"));
            if (m.version.isEmpty())
                m.version = tomlLocated(poetry->get("version"));
            const auto addTable = [&](const toml::table *deps, bool dev) {
                if (!deps)
                    return;
                for (const auto &[key, value] : *deps) {
                    const QString name = normalisePythonName(fromStd(key.str()));
                    if (name == u"python") {
                        if (m.languageVersion.isEmpty())
                            m.languageVersion = tomlLocated(&value);
                        continue;
                    }
                    QString version = tomlString(&value);
                    if (const toml::table *t = value.as_table())
                        version = tomlString(t->get("version"));
                    m.dependencies.append(Dependency{name, version, tomlLine(value), dev});
                }
            };
            addTable(poetry->get_as<toml::table>("dependencies"), false);
            addTable(poetry->get_as<toml::table>("dev-dependencies"), true);
            if (const toml::table *groups = poetry->get_as<toml::table>("group")) {
                for (const auto &[key, value] : *groups) {
                    if (const toml::table *g = value.as_table())
                        addTable(g->get_as<toml::table>("dependencies"), true);
                }
            }
            if (const toml::table *scripts = poetry->get_as<toml::table>("scripts")) {
                for (const auto &[key, value] : *scripts)
                    m.scripts.insert(fromStd(key.str()), tomlLocated(&value));
            }
        }
        if (const toml::table *uv = root["tool"]["uv"].as_table()) {
            m.fields.insert(u"uv"_s, Located{u"1"_s, tomlLine(*uv)});
            addDeps(uv->get_as<toml::array>("dev-dependencies"), true);
        }
        if (const toml::table *pdm = root["tool"]["pdm"].as_table())
            m.fields.insert(u"pdm"_s, Located{u"1"_s, tomlLine(*pdm)});
        if (const toml::node *backend = root["build-system"]["build-backend"].node())
            m.fields.insert(u"build-backend"_s, tomlLocated(backend));
    });
}

Manifest parsePipfile(QByteArrayView text)
{
    return parseToml(text, [](Manifest &m, const toml::table &root) {
        for (const auto &[section, dev] : {std::pair{"packages", false}, std::pair{"dev-packages", true}}) {
            const toml::table *deps = root[section].as_table();
            if (!deps)
                continue;
            for (const auto &[key, value] : *deps) {
                QString version = tomlString(&value);
                if (const toml::table *t = value.as_table())
                    version = tomlString(t->get("version"));
                m.dependencies.append(
                    Dependency{normalisePythonName(fromStd(key.str())), version, tomlLine(value), dev});
            }
        }
        if (const toml::table *requires_ = root["requires"].as_table()) {
            m.languageVersion = tomlLocated(requires_->get("python_full_version"));
            if (m.languageVersion.isEmpty())
                m.languageVersion = tomlLocated(requires_->get("python_version"));
        }
    });
}

Manifest parseRequirements(QByteArrayView text)
{
    Manifest m;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        QString line = QString::fromUtf8(raw);
        const qsizetype hash = line.indexOf(u" #");
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            return true;
        if (line.startsWith(u"-r ") || line.startsWith(u"--requirement ") || line.startsWith(u"-c ")) {
            const QString file = line.section(u' ', 1).trimmed();
            if (!file.isEmpty() && line.startsWith(u"-r"))
                m.fields.insert(u"include:"_s + file, Located{file, number});
            return true;
        }
        if (line.startsWith(u'-') || line.contains(u"://"))
            return true;
        QString name, version;
        if (splitPep508(line, name, version))
            m.dependencies.append(Dependency{name, version, number, false});
        return true;
    });
    return m;
}

Manifest parseGoMod(QByteArrayView text)
{
    Manifest m;
    bool inRequire = false;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        QString line = QString::fromUtf8(raw);
        const bool indirect = line.contains(u"// indirect");
        const qsizetype comment = line.indexOf(u"//");
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            return true;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (inRequire) {
            if (line == u")")
                inRequire = false;
            else if (words.size() >= 2)
                m.dependencies.append(Dependency{words[0], words[1], number, indirect});
            return true;
        }
        if (words[0] == u"module" && words.size() >= 2)
            m.name = Located{QString(words[1]).remove(u'"'), number};
        else if (words[0] == u"go" && words.size() >= 2)
            m.languageVersion = Located{words[1], number};
        else if (words[0] == u"toolchain" && words.size() >= 2)
            m.fields.insert(u"toolchain"_s, Located{words[1], number});
        else if (words[0] == u"require") {
            if (words.size() >= 2 && words[1] == u"(")
                inRequire = true;
            else if (words.size() >= 3)
                m.dependencies.append(Dependency{words[1], words[2], number, indirect});
        }
        return true;
    });
    return m;
}

Manifest parseGoWork(QByteArrayView text)
{
    Manifest m;
    bool inUse = false;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        QString line = QString::fromUtf8(raw);
        const qsizetype comment = line.indexOf(u"//");
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        const auto addUse = [&](QString dir) {
            dir.remove(u'"');
            if (dir.startsWith(u"./"))
                dir = dir.mid(2);
            m.workspaces << (dir.isEmpty() ? u"."_s : dir);
            if (!m.workspacesLine)
                m.workspacesLine = number;
        };
        if (inUse) {
            if (line == u")")
                inUse = false;
            else if (!line.isEmpty())
                addUse(line);
        } else if (line.startsWith(u"go ")) {
            m.languageVersion = Located{line.mid(3).trimmed(), number};
        } else if (line.startsWith(u"use")) {
            const QString rest = line.mid(3).trimmed();
            if (rest == u"(")
                inUse = true;
            else if (!rest.isEmpty())
                addUse(rest);
        }
        return true;
    });
    return m;
}

Manifest parseGemfile(QByteArrayView text)
{
    static const QRegularExpression gem(uR"(^\s*gem\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?)"_s);
    static const QRegularExpression ruby(uR"(^\s*ruby\s+["']([^"']+)["'])"_s);
    static const QRegularExpression group(uR"(^\s*group\s+(.*)\bdo\b)"_s);
    Manifest m;
    int depth = 0;
    int devDepth = -1;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#'))
            return true;
        static const QRegularExpression opensBlock(uR"(\bdo\s*(\|[^|]*\|)?\s*$)"_s);
        if (opensBlock.match(line).hasMatch()) {
            ++depth;
            if (const auto g = group.match(line); g.hasMatch()) {
                const QString groups = g.captured(1);
                if (devDepth < 0 && !groups.contains(u":production") && !groups.contains(u":default") &&
                    (groups.contains(u":development") || groups.contains(u":test")))
                    devDepth = depth;
            }
            return true;
        }
        if (trimmed == u"end") {
            if (depth == devDepth)
                devDepth = -1;
            depth = std::max(0, depth - 1);
            return true;
        }
        if (const auto r = ruby.match(line); r.hasMatch()) {
            m.languageVersion = Located{r.captured(1), number};
            return true;
        }
        if (const auto d = gem.match(line); d.hasMatch())
            m.dependencies.append(Dependency{d.captured(1), d.captured(2), number, devDepth >= 0});
        return true;
    });
    return m;
}

Manifest parseComposerJson(QByteArrayView text)
{
    Manifest m;
    const QJsonObject o = parseJsonObject(text, m);
    if (!m.ok())
        return m;
    m.name = Located{o.value(u"name").toString(), jsonKeyLine(text, u"name")};
    if (o.value(u"type").isString())
        m.fields.insert(u"type"_s, Located{o.value(u"type").toString(), jsonKeyLine(text, u"type")});
    for (const auto &[section, dev] : {std::pair{u"require"_s, false}, std::pair{u"require-dev"_s, true}}) {
        const QJsonObject deps = o.value(section).toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it) {
            const int line = jsonKeyLine(text, it.key(), section);
            if (it.key() == u"php" && !dev)
                m.languageVersion = Located{it.value().toString(), line};
            else
                m.dependencies.append(Dependency{it.key(), jsonText(it.value()), line, dev});
        }
    }
    const QJsonObject scripts = o.value(u"scripts").toObject();
    for (auto it = scripts.begin(); it != scripts.end(); ++it) {
        QString command = it.value().toString();
        if (it.value().isArray()) {
            QStringList parts;
            for (const QJsonValue &v : it.value().toArray())
                parts << v.toString();
            command = parts.join(u" && ");
        }
        m.scripts.insert(it.key(), Located{command, jsonKeyLine(text, it.key(), u"scripts")});
    }
    return m;
}

Manifest parseCargoToml(QByteArrayView text)
{
    return parseToml(text, [](Manifest &m, const toml::table &root) {
        if (const toml::table *package = root["package"].as_table()) {
            m.name = tomlLocated(package->get("name"));
            m.version = tomlLocated(package->get("version"));
            m.languageVersion = tomlLocated(package->get("rust-version"));
        }
        const auto addDeps = [&](const toml::table *deps, bool dev) {
            if (!deps)
                return;
            for (const auto &[key, value] : *deps) {
                QString version = tomlString(&value);
                QStringList features;
                if (const toml::table *t = value.as_table()) {
                    version = tomlString(t->get("version"));
                    if (const toml::array *f = t->get_as<toml::array>("features")) {
                        for (const toml::node &feature : *f)
                            features << tomlString(&feature);
                    }
                }
                if (!features.isEmpty())
                    version += u'|' + features.join(u',');
                m.dependencies.append(Dependency{fromStd(key.str()), version, tomlLine(value), dev});
            }
        };
        addDeps(root["dependencies"].as_table(), false);
        addDeps(root["dev-dependencies"].as_table(), true);
        if (const toml::table *workspace = root["workspace"].as_table()) {
            m.fields.insert(u"workspace"_s, Located{u"1"_s, tomlLine(*workspace)});
            if (const toml::array *members = workspace->get_as<toml::array>("members")) {
                m.workspacesLine = tomlLine(*members);
                for (const toml::node &member : *members)
                    m.workspaces << tomlString(&member);
            }
            addDeps(workspace->get_as<toml::table>("dependencies"), false);
        }
        if (const toml::array *bins = root["bin"].as_array()) {
            for (const toml::node &bin : *bins) {
                if (const toml::table *t = bin.as_table()) {
                    const Located name = tomlLocated(t->get("name"));
                    if (!name.isEmpty())
                        m.fields.insert(u"bin:"_s + name.value, Located{tomlString(t->get("path")), name.line});
                }
            }
        }
        if (const toml::table *lib = root["lib"].as_table())
            m.fields.insert(u"lib"_s, Located{u"1"_s, tomlLine(*lib)});
    });
}

Manifest parsePomXml(QByteArrayView text)
{
    Manifest m;
    QXmlStreamReader xml(text.toByteArray());
    QStringList path;
    QMap<QString, QString> current; // the dependency or plugin being read
    int currentLine = 0;
    QString javaVersion, release, source;
    int javaLine = 0, releaseLine = 0, sourceLine = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            const QString p = path.join(u'/');
            if (p == u"project/dependencies/dependency" || p == u"project/build/plugins/plugin") {
                current.clear();
                currentLine = int(xml.lineNumber());
            }
            if (path.size() > 64)
                break;
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
            const QString p = path.join(u'/');
            const QString value = xml.text().toString().trimmed();
            const int line = int(xml.lineNumber());
            if (p == u"project/artifactId")
                m.name = Located{value, line};
            else if (p == u"project/version")
                m.version = Located{value, line};
            else if (p == u"project/groupId")
                m.fields.insert(u"groupId"_s, Located{value, line});
            else if (p == u"project/packaging")
                m.fields.insert(u"packaging"_s, Located{value, line});
            else if (p == u"project/parent/groupId")
                m.fields.insert(u"parent"_s, Located{value, line});
            else if (p == u"project/parent/artifactId")
                m.fields[u"parent"_s].value += u':' + value;
            else if (p == u"project/parent/version")
                m.fields.insert(u"parentVersion"_s, Located{value, line});
            else if (p == u"project/build/finalName")
                m.fields.insert(u"finalName"_s, Located{value, line});
            else if (p == u"project/properties/java.version") {
                javaVersion = value;
                javaLine = line;
            } else if (p == u"project/properties/maven.compiler.release") {
                release = value;
                releaseLine = line;
            } else if (p == u"project/properties/maven.compiler.source") {
                source = value;
                sourceLine = line;
            } else if (p == u"project/modules/module") {
                m.workspaces << value;
                if (!m.workspacesLine)
                    m.workspacesLine = line;
            } else if (p.startsWith(u"project/dependencies/dependency/") ||
                       p.startsWith(u"project/build/plugins/plugin/")) {
                current.insert(path.last(), value);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString p = path.join(u'/');
            if (p == u"project/dependencies/dependency") {
                m.dependencies.append(Dependency{current.value(u"groupId"_s) + u':' + current.value(u"artifactId"_s),
                                                 current.value(u"version"_s), currentLine,
                                                 current.value(u"scope"_s) == u"test"});
            } else if (p == u"project/build/plugins/plugin") {
                m.scripts.insert(current.value(u"artifactId"_s), Located{current.value(u"groupId"_s), currentLine});
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        Manifest failed;
        failed.error = xml.errorString();
        failed.errorLine = int(xml.lineNumber());
        return failed;
    }
    if (!javaVersion.isEmpty())
        m.languageVersion = Located{javaVersion, javaLine};
    else if (!release.isEmpty())
        m.languageVersion = Located{release, releaseLine};
    else if (!source.isEmpty())
        m.languageVersion = Located{source, sourceLine};
    return m;
}

Manifest parseCsproj(QByteArrayView text)
{
    Manifest m;
    QXmlStreamReader xml(text.toByteArray());
    QStringList path;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            const int line = int(xml.lineNumber());
            if (path.size() == 1 && path[0] == u"Project")
                m.fields.insert(u"sdk"_s, Located{xml.attributes().value(u"Sdk"_s).toString(), line});
            if (path.size() == 3 && path[1] == u"ItemGroup" &&
                (path[2] == u"PackageReference" || path[2] == u"ProjectReference")) {
                const QString include = xml.attributes().value(u"Include"_s).toString();
                if (path[2] == u"PackageReference")
                    m.dependencies.append(
                        Dependency{include, xml.attributes().value(u"Version"_s).toString(), line, false});
                else
                    m.fields.insert(u"ref:"_s + QString(include).replace(u'\\', u'/'), Located{include, line});
            }
            if (path.size() > 32)
                break;
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && path.size() == 3 &&
                   path[1] == u"PropertyGroup") {
            const QString value = xml.text().toString().trimmed();
            const int line = int(xml.lineNumber());
            if (path[2] == u"TargetFramework" ||
                (path[2] == u"TargetFrameworks" && !m.fields.contains(u"targetFramework"_s))) {
                const QString first = value.section(u';', 0, 0);
                m.fields.insert(u"targetFramework"_s, Located{first, line});
                static const QRegularExpression net(uR"(^net(?:coreapp)?(\d+\.\d+))"_s);
                if (const auto v = net.match(first); v.hasMatch())
                    m.languageVersion = Located{v.captured(1), line};
            } else if (path[2] == u"OutputType") {
                m.fields.insert(u"outputType"_s, Located{value, line});
            } else if (path[2] == u"AssemblyName") {
                m.fields.insert(u"assemblyName"_s, Located{value, line});
                m.name = Located{value, line};
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        Manifest failed;
        failed.error = xml.errorString();
        failed.errorLine = int(xml.lineNumber());
        return failed;
    }
    return m;
}

Manifest parseSolution(QByteArrayView text)
{
    static const QRegularExpression project(uR"re(^Project\("\{[^}]*\}"\)\s*=\s*"([^"]*)"\s*,\s*"([^"]*)")re"_s);
    Manifest m;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        const auto match = project.match(QString::fromUtf8(raw));
        if (!match.hasMatch())
            return true;
        QString file = match.captured(2);
        file.replace(u'\\', u'/');
        if (file.endsWith(u".csproj") || file.endsWith(u".fsproj") || file.endsWith(u".vbproj")) {
            m.workspaces << file;
            if (!m.workspacesLine)
                m.workspacesLine = number;
        }
        return true;
    });
    return m;
}

Manifest parseGradleBuild(QByteArrayView text)
{
    static const QRegularExpression pluginId(
        uR"re(\bid\s*\(?\s*["']([\w.\-]+)["']\s*\)?(?:\s*version\s*\(?\s*["']([^"']+)["'])?)re"_s);
    static const QRegularExpression kotlinPlugin(
        uR"re(\bkotlin\s*\(\s*"([\w.\-]+)"\s*\)(?:\s*version\s*"([^"]+)")?)re"_s);
    static const QRegularExpression applyPlugin(uR"re(apply\s+plugin\s*:\s*["']([\w.\-]+)["'])re"_s);
    static const QRegularExpression dependency(
        uR"re(^\s*(implementation|api|compileOnly|runtimeOnly|developmentOnly|kapt|ksp|annotationProcessor|testImplementation|testRuntimeOnly|testCompileOnly)\s*\(?\s*(?:platform\s*\(|enforcedPlatform\s*\()?\s*(?:["']([^"':]+):([^"':]+)(?::([^"']+))?["']|(libs\.[\w.]+)))re"_s);
    static const QRegularExpression toolchain(
        uR"re((?:JavaLanguageVersion\.of\s*\(\s*(\d+)|jvmToolchain\s*\(\s*(\d+)|sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_)?["']?(\d+(?:[._]\d+)?)))re"_s);
    static const QRegularExpression groupOrVersion(uR"re(^\s*(group|version)\s*=\s*["']([^"']+)["'])re"_s);
    Manifest m;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"//") || trimmed.startsWith(u'*'))
            return true;
        if (const auto k = kotlinPlugin.match(line); k.hasMatch()) {
            m.scripts.insert(u"org.jetbrains.kotlin."_s + k.captured(1), Located{k.captured(2), number});
            m.fields.insert(u"kotlin"_s, Located{u"1"_s, number});
        } else if (const auto p = pluginId.match(line); p.hasMatch() && !line.contains(u"dependencies")) {
            m.scripts.insert(p.captured(1), Located{p.captured(2), number});
            if (p.captured(1).startsWith(u"org.jetbrains.kotlin"))
                m.fields.insert(u"kotlin"_s, Located{u"1"_s, number});
        } else if (const auto a = applyPlugin.match(line); a.hasMatch()) {
            m.scripts.insert(a.captured(1), Located{QString(), number});
        }
        if (const auto d = dependency.match(line); d.hasMatch()) {
            const bool dev = d.captured(1).startsWith(u"test");
            const QString name =
                d.hasCaptured(5) && !d.captured(5).isEmpty() ? d.captured(5) : d.captured(2) + u':' + d.captured(3);
            m.dependencies.append(Dependency{name, d.captured(4), number, dev});
        }
        if (const auto t = toolchain.match(line); t.hasMatch() && m.languageVersion.isEmpty()) {
            QString v = t.captured(1) + t.captured(2) + t.captured(3);
            v.replace(u'_', u'.');
            m.languageVersion = Located{v, number};
        }
        if (const auto g = groupOrVersion.match(line); g.hasMatch())
            m.fields.insert(g.captured(1), Located{g.captured(2), number});
        return true;
    });
    return m;
}

Manifest parseGradleSettings(QByteArrayView text)
{
    static const QRegularExpression rootName(uR"re(rootProject\.name\s*=\s*["']([^"']+)["'])re"_s);
    static const QRegularExpression include(uR"re(^\s*include\b(.*))re"_s);
    static const QRegularExpression quoted(uR"re(["']:?([^"']+)["'])re"_s);
    Manifest m;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        const QString line = QString::fromUtf8(raw);
        if (const auto r = rootName.match(line); r.hasMatch())
            m.name = Located{r.captured(1), number};
        if (const auto inc = include.match(line); inc.hasMatch()) {
            auto it = quoted.globalMatch(inc.captured(1));
            while (it.hasNext()) {
                QString project = it.next().captured(1);
                project.replace(u':', u'/');
                m.workspaces << project;
                if (!m.workspacesLine)
                    m.workspacesLine = number;
            }
        }
        return true;
    });
    return m;
}

Manifest parseMixExs(QByteArrayView text)
{
    static const QRegularExpression app(uR"re(\bapp:\s*:(\w+))re"_s);
    static const QRegularExpression version(uR"re(^\s*version:\s*"([^"]+)")re"_s);
    static const QRegularExpression elixir(uR"re(\belixir:\s*"([^"]+)")re"_s);
    static const QRegularExpression dep(uR"re(\{\s*:(\w+)\s*,\s*(?:"([^"]*)")?)re"_s);
    Manifest m;
    bool inDeps = false;
    forEachLine(text, [&](int number, QByteArrayView raw) {
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().startsWith(u'#'))
            return true;
        if (const auto a = app.match(line); a.hasMatch() && m.name.isEmpty())
            m.name = Located{a.captured(1), number};
        if (const auto v = version.match(line); v.hasMatch() && m.version.isEmpty())
            m.version = Located{v.captured(1), number};
        if (const auto e = elixir.match(line); e.hasMatch() && m.languageVersion.isEmpty())
            m.languageVersion = Located{e.captured(1), number};
        if (line.contains(u"defp deps") || line.contains(u"def deps"))
            inDeps = true;
        if (inDeps) {
            auto it = dep.globalMatch(line);
            while (it.hasNext()) {
                const auto d = it.next();
                const bool dev = line.contains(u"only: :test") || line.contains(u"only: :dev") ||
                                 (line.contains(u"only: [") && !line.contains(u":prod"));
                m.dependencies.append(Dependency{d.captured(1), d.captured(2), number, dev});
            }
        }
        return true;
    });
    return m;
}

} // namespace hydron::analysis
