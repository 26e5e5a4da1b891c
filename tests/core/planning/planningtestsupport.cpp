// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "planningtestsupport.h"

#include "core/analysis/analyzer.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace hydron::test {

QString analysisRepos()
{
    return QStringLiteral(HYDRON_TEST_DATA_DIR) + u"/analysis/repos"_s;
}

QString planningData()
{
    return QStringLiteral(HYDRON_TEST_DATA_DIR) + u"/planning"_s;
}

Project projectFromFixture(const QString &name)
{
    Project project;
    project.name = name;
    project.source.kind = ProjectSource::Kind::Folder;
    project.source.location = analysisRepos() + u'/' + name;
    const auto result = analysis::analyze(project.source.location);
    if (!result)
        qFatal("analysis of %s failed: %s", qPrintable(name), qPrintable(result.error().toString()));
    for (const analysis::DetectedService &s : result->services)
        project.services.append(s.toService());
    for (const analysis::BackingService &b : result->backing)
        project.services.append(b.toService());
    return project;
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i)) {
            QString out = u"first difference at line %1\n"_s.arg(i + 1);
            for (qsizetype k = std::max<qsizetype>(0, i - 3); k < std::min(std::max(e.size(), a.size()), i + 3); ++k)
                out += u"  expected: %1\n    actual: %2\n"_s.arg(QString::fromUtf8(e.value(k)),
                                                                 QString::fromUtf8(a.value(k)));
            return out;
        }
    }
    return {};
}

} // namespace hydron::test
