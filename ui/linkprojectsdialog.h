// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class ProjectCheckModel;

namespace style {
class InlineErrorLabel;
}

// Chooses the projects a server hosts; saves with ServerStore::setLinkedProjects.
class LinkProjectsDialog final : public QDialog
{
    Q_OBJECT

public:
    LinkProjectsDialog(CoreServices &core, qint64 serverId, QWidget *parent = nullptr);

    [[nodiscard]] ProjectCheckModel *model() const { return m_model; }
    void accept() override;

private:
    CoreServices &m_core;
    qint64 m_serverId;
    ProjectCheckModel *m_model = nullptr;
    style::InlineErrorLabel *m_error = nullptr;
};

} // namespace hydron::ui
