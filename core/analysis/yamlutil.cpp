// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/yamlutil.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

constexpr int MaxDepth = 64;
// Converted values: a plain document has at most one per two bytes; more means aliases expanding.
constexpr int BaseNodes = 20000;
constexpr int MaxFlowDepth = 100;
constexpr int MaxIndent = 400;

const YamlValue &nullValue()
{
    static const YamlValue value;
    return value;
}

// yaml-cpp recurses per nesting level; refuse input that would nest absurdly deep.
bool nestsTooDeep(QByteArrayView text)
{
    int flow = 0;
    int indent = 0;
    bool atLineStart = true;
    for (char c : text) {
        if (c == '\n') {
            atLineStart = true;
            indent = 0;
            continue;
        }
        if (atLineStart) {
            if (c == ' ' || c == '-' || c == '?' || c == ':') {
                if (++indent > MaxIndent)
                    return true;
                continue;
            }
            atLineStart = false;
        }
        if (c == '[' || c == '{') {
            if (++flow > MaxFlowDepth)
                return true;
        } else if ((c == ']' || c == '}') && flow > 0) {
            --flow;
        }
    }
    return false;
}

struct Converter
{
    int nodes = 0;
    int maxNodes = BaseNodes;
    bool exhausted = false;

    YamlValue convert(const YAML::Node &node, int depth)
    {
        YamlValue out;
        if (++nodes > maxNodes) {
            exhausted = true;
            return out;
        }
        if (depth > MaxDepth || !node.IsDefined())
            return out;
        out.line = node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            out.type = YamlValue::Type::Scalar;
            out.scalar = QString::fromStdString(node.Scalar());
            break;
        case YAML::NodeType::Sequence:
            out.type = YamlValue::Type::Sequence;
            for (const YAML::Node &item : node) {
                out.items.push_back(convert(item, depth + 1));
                if (exhausted)
                    break;
            }
            break;
        case YAML::NodeType::Map: {
            out.type = YamlValue::Type::Map;
            std::vector<YamlValue> merged;
            for (const auto &pair : node) {
                if (exhausted)
                    break;
                const YAML::Node &key = pair.first;
                if (!key.IsScalar())
                    continue;
                const QString name = QString::fromStdString(key.Scalar());
                if (name == u"<<") {
                    YamlValue source = convert(pair.second, depth + 1);
                    if (source.isMap())
                        merged.push_back(std::move(source));
                    else if (source.isSequence()) {
                        for (YamlValue &item : source.items) {
                            if (item.isMap())
                                merged.push_back(std::move(item));
                        }
                    }
                    continue;
                }
                out.keys.push_back(name);
                out.keyLines.push_back(key.Mark().line >= 0 ? key.Mark().line + 1 : 0);
                out.items.push_back(convert(pair.second, depth + 1));
            }
            // Explicit keys win over merged ones; earlier merge sources win over later ones.
            for (YamlValue &source : merged) {
                for (std::size_t i = 0; i < source.keys.size(); ++i) {
                    if (out.contains(source.keys[i]))
                        continue;
                    out.keys.push_back(source.keys[i]);
                    out.keyLines.push_back(source.keyLines[i]);
                    out.items.push_back(std::move(source.items[i]));
                }
            }
            break;
        }
        default:
            break;
        }
        return out;
    }
};

} // namespace

const YamlValue &YamlValue::get(QStringView key) const
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key)
            return items[i];
    }
    return nullValue();
}

bool YamlValue::contains(QStringView key) const
{
    for (const QString &k : keys) {
        if (k == key)
            return true;
    }
    return false;
}

int YamlValue::keyLine(QStringView key) const
{
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key)
            return keyLines[i];
    }
    return 0;
}

YamlDocument parseYaml(QByteArrayView text)
{
    YamlDocument doc;
    if (nestsTooDeep(text)) {
        doc.error = u"the document nests too deeply"_s;
        return doc;
    }
    try {
        const YAML::Node root = YAML::Load(std::string(text.data(), std::size_t(text.size())));
        Converter converter;
        converter.maxNodes = BaseNodes + int(std::min<qsizetype>(text.size() / 2, 4 * 1024 * 1024));
        doc.root = converter.convert(root, 0);
        if (converter.exhausted) {
            doc.root = YamlValue();
            doc.error = u"the document expands to too many values"_s;
        }
    } catch (const YAML::Exception &e) {
        doc.error = QString::fromStdString(e.msg);
        doc.errorLine = e.mark.line >= 0 ? e.mark.line + 1 : 0;
    } catch (const std::exception &e) {
        doc.error = QString::fromUtf8(e.what());
    }
    return doc;
}

} // namespace hydron::analysis
