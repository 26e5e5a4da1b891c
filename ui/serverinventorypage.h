// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHeaderView;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QSplitter;
class QTableView;

namespace hydron {
class CoreServices;
}

namespace hydron::ui {

class EmptyStateWidget;
class ServerDetailsPanel;
class ServerTableModel;

// The Server Inventory: every server with its address, status, tags and linked projects;
// add, edit, remove and link to projects; a filter over name, address and tags.
class ServerInventoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerInventoryPage(CoreServices &core, QWidget *parent = nullptr);

    [[nodiscard]] ServerTableModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QHeaderView *header() const;
    [[nodiscard]] qint64 selectedServerId() const;
    void selectServer(qint64 id);

    void addServer();
    void editSelectedServer();
    void removeSelectedServer();
    void linkSelectedServer();
    // Adds the built-in "This computer" server (commands run locally, no SSH).
    void addLocalServer();
    [[nodiscard]] ServerDetailsPanel *details() const { return m_details; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateState();

    CoreServices &m_core;
    ServerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_addLocal = nullptr;
    QSplitter *m_splitter = nullptr;
    ServerDetailsPanel *m_details = nullptr;
};

} // namespace hydron::ui
