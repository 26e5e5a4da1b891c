// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace hydron::runs {

// One step of a run, declared, not programmed: what the RunEngine sends to the server and how
// it may treat it. Step definitions are never stored: a run keeps only its steps' names and
// statuses (core/model/run.h), and a RunRecipe compiles the definitions again from the run's
// kind and server whenever the run is started or resumed (also after an application restart).
//
// How a step runs (core/runs/runengine.h): the env file, when there is one, is uploaded with
// mode 0600 to ~/.hydron/runs/ and removed when the step ends; `script` is sent on standard
// input, saved beside it (0600) and run as `bash FILE ENV_FILE` with standard input from
// /dev/null (through `sudo -n` when `needsRoot` and the user is not root). Lines the script prints as `HYDRON-RESULT …` and `HYDRON-FACT key=value` (the
// contract of resources/provision/README.md) are read into the step's StepOutcome. A step that
// finds nothing left to do prints `HYDRON-DONE <reason>` on standard output: when it then ends
// successfully, the run ends there, completed, and its remaining steps are marked skipped with
// that reason (a failing step's HYDRON-DONE is ignored).
// A local file the engine uploads (mode 0600) before it runs the step, next to the step's env
// file: ENV_FILE's path without ".env", then ".up." and `name`. The step finds it there from its
// first argument (bash: "${1%.env}.up.NAME"); the runner removes it when the step ends.
struct StepUpload
{
    QString localPath;
    QString name; // [A-Za-z0-9_.-]+

    friend bool operator==(const StepUpload &, const StepUpload &) = default;
};

struct StepDefinition
{
    QString name;           // stable id, stored as Step::name ("os-check")
    QString label;          // translated, for views ("Check the operating system")
    QString script;         // the bash program sent on stdin; user values go in the env file, never in here
    QByteArray envFile;     // HYDRON_NAME=VALUE lines uploaded with mode 0600; empty: no env file
    bool needsRoot = false; // run through `sudo -n` when the SSH user is not root
    bool idempotent = true; // safe to repeat: retried once when the connection dropped
    std::chrono::milliseconds timeout{0}; // 0: no limit
    QList<StepUpload> uploads;            // uploaded after the env file (a step with uploads needs an env file)
    QString skipReason;        // not empty: the step is not run on this server and is marked skipped with this reason
    bool mayFinishRun = false; // may print HYDRON-DONE: its command then also releases the run's lock (one round trip)

    friend bool operator==(const StepDefinition &, const StepDefinition &) = default;
};

// What a step reported beyond its exit code.
struct StepOutcome
{
    bool hasResult = false; // a HYDRON-RESULT line was seen
    int changed = 0;
    int unchanged = 0;
    int skipped = 0;
    QString resultStatus;          // "ok", "failed", "refused" (from HYDRON-RESULT)
    QHash<QString, QString> facts; // HYDRON-FACT key=value
    std::optional<int> exitCode;   // the script's exit code, when it ran to its end
    QString message;               // translated: why the step failed, or a summary
    int attempts = 0;              // 2 when it was retried after a dropped connection
    bool done = false;             // a HYDRON-DONE line was seen: nothing is left to do after this step
    QString doneReason;            // its text ("nothing changed: …"), as the step printed it

    friend bool operator==(const StepOutcome &, const StepOutcome &) = default;
};

// Reads one output line of Hydron's step protocol into `outcome`; false for any other line.
bool readProtocolLine(QStringView line, StepOutcome &outcome);

// "changed 2, unchanged 5, skipped 1" (translated), for the System line the engine logs.
[[nodiscard]] QString outcomeSummary(const StepOutcome &outcome);

} // namespace hydron::runs

Q_DECLARE_METATYPE(hydron::runs::StepOutcome)
