// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Test data for tst_templatecatalog, kept out of the test's own file because moc (Qt 6.4)
// loses track of the class after some of these raw string literals.
namespace hydron::test {

// A small valid template; each mutation below changes one thing in it.
QByteArray validTestTemplate();

struct TemplateMutation
{
    const char *name;
    QByteArray from;
    QByteArray to;
    QString message; // the exact error the changed template must give
};
QList<TemplateMutation> invalidTemplateMutations();

} // namespace hydron::test
