// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/server.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QCompleter;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace hydron {
class ServerStore;
}

namespace hydron::ui {

namespace style {
class InlineErrorLabel;
}

// Adds a server to the inventory or edits one. The address field takes a host or a whole
// ssh://user@host:port and fills user and port from it. Validates while the user types with
// core's own checks and shows core's message; the store's answer on save (a duplicate name) is
// shown the same way and keeps the dialog open.
class ServerDialog final : public QDialog
{
    Q_OBJECT

public:
    ServerDialog(ServerStore &servers, std::optional<Server> existing, QWidget *parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void serverSaved(const hydron::Server &server);

private:
    // The server the fields describe, or the first problem with them.
    [[nodiscard]] Result<Server> serverFromFields() const;
    void validate();
    void addressEdited();
    void tidyAddress();
    void chooseKeyFile();
    void completeTag();
    void insertTag(const QString &tag);

    ServerStore &m_servers;
    std::optional<Server> m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_user = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QToolButton *m_browseKey = nullptr;
    QLineEdit *m_tags = nullptr;
    QCompleter *m_tagCompleter = nullptr;
    style::InlineErrorLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_touched = false;
};

} // namespace hydron::ui
