// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deploy/deploystarter.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class ReleaseListModel;

namespace style {
class InlineErrorLabel;
}

// Picks the release a rollback returns to: the releases kept on the server, newest first (the
// serving one and cleaned-up ones shown but not selectable). Opened with open(), never exec().
class RollbackDialog final : public QDialog
{
    Q_OBJECT

public:
    RollbackDialog(const QString &projectName, const QString &serverName, const QList<deploy::KeptRelease> &releases,
                   QWidget *parent = nullptr);
    [[nodiscard]] QString selectedRelease() const;
    [[nodiscard]] ReleaseListModel *model() const { return m_model; }

private:
    ReleaseListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_ok = nullptr;
};

// Deploy, Redeploy and Rollback… of the project on a chosen server (the project's servers first,
// then the others). Each button is enabled by the state — an approved, current plan; no run of
// the project or on the server active; a completed deploy there before Redeploy or Rollback —
// and says why in its tooltip when it is not. A click runs a DeployStarter: its progress shows
// inline with Cancel, an error shows in the inline error label, and once the run exists
// runStarted() names it (the workspace then shows it in the Runs panel).
class DeployBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DeployBar(CoreServices &core, QWidget *parent = nullptr);

    void setProjectId(qint64 projectId);
    void refresh();

    [[nodiscard]] qint64 selectedServerId() const;
    void selectServer(qint64 serverId);
    [[nodiscard]] bool isBusy() const { return m_starter || m_listing; }

    void deploy() { start(Run::Kind::Deploy); }
    void redeploy() { start(Run::Kind::Redeploy); }
    // Reads the kept releases on the server, then asks which one (RollbackDialog) and confirms.
    void rollback();
    void cancel();

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    void reloadServers();
    void updateState();
    void start(Run::Kind kind, const QString &rollbackTarget = {});
    void startFinished(const Result<Run> &result);
    void chooseRelease(const QList<deploy::KeptRelease> &releases);
    [[nodiscard]] bool deployedBefore(qint64 serverId) const;
    void say(const QString &message);

    CoreServices &m_core;
    qint64 m_projectId = 0;
    QPointer<deploy::DeployStarter> m_starter;
    bool m_listing = false;
    QString m_message;             // what the last action said; empty: a summary of the server's deploys shows
    QPointer<QObject> m_listGuard; // context of a release listing; deleted to abandon it
    QComboBox *m_server = nullptr;
    QPushButton *m_deploy = nullptr;
    QPushButton *m_redeploy = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    style::InlineErrorLabel *m_error = nullptr;
};

} // namespace hydron::ui
