// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/procfile.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hydron::analysis {

Procfile parseProcfile(QByteArrayView text)
{
    static const QRegularExpression entry(uR"(^([A-Za-z0-9_-]+)\s*:\s*(.*\S)\s*$)"_s);
    Procfile procfile;
    const QString all = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    int bad = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const auto m = entry.match(trimmed);
        if (!m.hasMatch()) {
            ++bad;
            continue;
        }
        ProcfileEntry e{m.captured(1), Located{m.captured(2), int(i + 1)}};
        bool replaced = false;
        for (ProcfileEntry &existing : procfile.entries) {
            if (existing.name == e.name) {
                existing = e;
                replaced = true;
            }
        }
        if (!replaced)
            procfile.entries.append(e);
    }
    if (procfile.entries.isEmpty())
        procfile.error = bad ? u"no line has the form \"name: command\""_s : u"the Procfile is empty"_s;
    return procfile;
}

} // namespace hydron::analysis
