// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line parser on its own: where options may stand, how values are read, what the
// parsed invocation holds, and that help and version win over a missing argument.
#include "app/hydron-cli/arguments.h"

#include <QTest>

using namespace Qt::StringLiterals;
using hydron::cli::ArgumentParser;
using hydron::cli::Command;
using hydron::cli::CommandTable;
using hydron::cli::Invocation;

class TestCliArguments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globalOptions_beforeOrAfterCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before") << QStringList{u"--data-dir"_s, u"/d"_s, u"projects"_s, u"list"_s};
        QTest::newRow("between") << QStringList{u"projects"_s, u"--data-dir=/d"_s, u"list"_s};
        QTest::newRow("after") << QStringList{u"projects"_s, u"list"_s, u"--data-dir"_s, u"/d"_s};
    }

    void globalOptions_beforeOrAfterCommand()
    {
        QFETCH(QStringList, arguments);
        const auto parsed = ArgumentParser::parse(arguments);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, Invocation::Kind::Run);
        QCOMPARE(parsed->dataDir, u"/d"_s);
        QVERIFY(parsed->command);
        QCOMPARE(parsed->command->command, Command::ProjectsList);
        QVERIFY(parsed->arguments.isEmpty());
        QVERIFY(!parsed->flag(u"json"_s));
    }

    void commandOptions_valuesAndFlags()
    {
        const auto parsed = ArgumentParser::parse({u"servers"_s, u"add"_s, u"--tag"_s, u"b"_s, u"web"_s, u"--key=/k"_s,
                                                   u"root@h"_s, u"--tag=a"_s, u"--tag"_s, u"b"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->command->command, Command::ServersAdd);
        QCOMPARE(parsed->arguments, (QStringList{u"web"_s, u"root@h"_s}));
        QCOMPARE(parsed->value(u"key"_s), u"/k"_s);
        QCOMPARE(parsed->values(u"tag"_s), (QStringList{u"b"_s, u"a"_s, u"b"_s})); // in order, repeats kept
        QVERIFY(parsed->dataDir.isEmpty());

        const auto tag = ArgumentParser::parse({u"servers"_s, u"tag"_s, u"web"_s, u"--remove"_s, u"x"_s, u"y"_s});
        QVERIFY(tag);
        QVERIFY(tag->flag(u"remove"_s));
        QCOMPARE(tag->arguments, (QStringList{u"web"_s, u"x"_s, u"y"_s}));
        QVERIFY(!ArgumentParser::parse({u"servers"_s, u"tag"_s, u"web"_s, u"x"_s})->flag(u"remove"_s));
    }

    void doubleDash_endsOptions()
    {
        const auto parsed = ArgumentParser::parse({u"projects"_s, u"add"_s, u"--"_s, u"--help"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, Invocation::Kind::Run);
        QCOMPARE(parsed->arguments, QStringList{u"--help"_s});
        const auto dash = ArgumentParser::parse({u"projects"_s, u"remove"_s, u"-"_s});
        QVERIFY(dash);
        QCOMPARE(dash->arguments, QStringList{u"-"_s}); // a lone dash is an argument
    }

    void help_kinds()
    {
        const auto main = ArgumentParser::parse({u"--help"_s});
        QVERIFY(main);
        QCOMPARE(main->kind, Invocation::Kind::Help);
        QVERIFY(!main->command);
        QVERIFY(main->group.isEmpty());

        const auto group = ArgumentParser::parse({u"servers"_s, u"-h"_s});
        QVERIFY(group);
        QCOMPARE(group->kind, Invocation::Kind::Help);
        QCOMPARE(group->group, u"servers"_s);
        QVERIFY(!group->command);

        // Help wins over a missing argument.
        const auto command = ArgumentParser::parse({u"servers"_s, u"add"_s, u"--help"_s});
        QVERIFY(command);
        QCOMPARE(command->kind, Invocation::Kind::Help);
        QCOMPARE(command->command->command, Command::ServersAdd);

        const auto version = ArgumentParser::parse({u"--help"_s, u"--version"_s});
        QVERIFY(version);
        QCOMPARE(version->kind, Invocation::Kind::Version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("version with value") << QStringList{u"--version=2"_s} << u"option --version takes no value"_s;
        QTest::newRow("data-dir empty") << QStringList{u"--data-dir="_s, u"projects"_s, u"list"_s}
                                        << u"option --data-dir needs a value, not an empty text"_s;
        QTest::newRow("data-dir then option")
            << QStringList{u"--data-dir"_s, u"--help"_s} << u"option --data-dir needs a value"_s;
        QTest::newRow("unknown double-dash option without command")
            << QStringList{u"--verbose"_s} << u"unknown option --verbose"_s;
        QTest::newRow("option of another command")
            << QStringList{u"projects"_s, u"list"_s, u"--tag=x"_s} << u"unknown option --tag for \"projects list\""_s;
        QTest::newRow("remove takes no value") << QStringList{u"servers"_s, u"tag"_s, u"w"_s, u"t"_s, u"--remove=yes"_s}
                                               << u"option --remove takes no value"_s;
        QTest::newRow("too many for list")
            << QStringList{u"servers"_s, u"list"_s, u"all"_s} << u"unexpected argument \"all\" for \"servers list\""_s;
        QTest::newRow("group is case-sensitive")
            << QStringList{u"Projects"_s, u"list"_s} << u"unknown command \"Projects\""_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto parsed = ArgumentParser::parse(arguments);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
        QVERIFY(!parsed.error().hint.isEmpty());
    }

    void serversAdd_local_needsNoAddress()
    {
        const auto local = ArgumentParser::parse({u"servers"_s, u"add"_s, u"Local"_s});
        QVERIFY(local);
        QCOMPARE(local->arguments, QStringList{u"Local"_s});
        const auto other = ArgumentParser::parse({u"servers"_s, u"add"_s, u"web"_s});
        QVERIFY(!other);
        QCOMPARE(other.error().message, u"missing ADDRESS for \"servers add\""_s);
    }

    void oneWordCommands_takeOptions()
    {
        const auto parsed = ArgumentParser::parse({u"analyze"_s, u"--ref=v2"_s, u"./app"_s, u"--json"_s});
        QVERIFY(parsed);
        QCOMPARE(parsed->command->path(), u"analyze"_s);
        QCOMPARE(parsed->arguments, QStringList{u"./app"_s});
        QCOMPARE(parsed->value(u"ref"_s), u"v2"_s);
        QVERIFY(parsed->flag(u"json"_s));
        const auto runs = ArgumentParser::parse({u"runs"_s, u"--json"_s});
        QVERIFY(runs);
        QCOMPARE(runs->command->path(), u"runs"_s);
    }

    void table_everyCommandIsReachable()
    {
        for (const auto &spec : CommandTable::commands()) {
            QStringList args = spec.path().split(u' '); // "analyze", or "servers add"
            for (const auto &a : spec.arguments)
                args << a.name.toLower();
            const auto parsed = ArgumentParser::parse(args);
            QVERIFY2(parsed, qPrintable(args.join(u' ')));
            QCOMPARE(parsed->command, &spec);
            QVERIFY(CommandTable::usage(spec).startsWith(u"hydron-cli "_s + spec.path()));
            QVERIFY(CommandTable::commandHelp(spec).contains(spec.summary));
            QVERIFY(CommandTable::mainHelp().contains(spec.path()));
        }
        QCOMPARE(CommandTable::groups(), (QStringList{u"projects"_s, u"servers"_s, u"analyze"_s, u"provision"_s,
                                                      u"runs"_s, u"logs"_s, u"plan"_s, u"env"_s, u"chat"_s, u"deploy"_s,
                                                      u"releases"_s, u"rollback"_s, u"settings"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
