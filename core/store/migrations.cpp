// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrations.h"

using namespace Qt::StringLiterals;

namespace hydron {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{
        // 1: projects, servers with tags and project links, chats, plans, runs with steps.
        {
            uR"(CREATE TABLE projects (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                type TEXT NOT NULL,
                source_kind TEXT NOT NULL DEFAULT 'none',
                source_location TEXT NOT NULL DEFAULT '',
                source_ref TEXT NOT NULL DEFAULT '',
                services TEXT NOT NULL DEFAULT '[]',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE servers (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                host TEXT NOT NULL,
                port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
                user TEXT NOT NULL,
                auth TEXT NOT NULL,
                key_file TEXT NOT NULL DEFAULT '',
                host_key TEXT NOT NULL DEFAULT '',
                spec TEXT NOT NULL DEFAULT '{}',
                status TEXT NOT NULL DEFAULT 'unknown',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE server_tags (
                server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
                tag TEXT NOT NULL COLLATE NOCASE,
                PRIMARY KEY (server_id, tag)))"_s,
            uR"(CREATE TABLE server_projects (
                server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,
                project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                PRIMARY KEY (server_id, project_id)))"_s,
            uR"(CREATE INDEX server_projects_project ON server_projects(project_id))"_s,
            uR"(CREATE TABLE chats (
                id INTEGER PRIMARY KEY,
                project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                content TEXT NOT NULL,
                tool_blocks TEXT NOT NULL DEFAULT '[]',
                created_at TEXT NOT NULL))"_s,
            uR"(CREATE INDEX messages_chat ON messages(chat_id))"_s,
            uR"(CREATE TABLE plans (
                id INTEGER PRIMARY KEY,
                project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                status TEXT NOT NULL,
                body TEXT NOT NULL,
                services_fingerprint TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                UNIQUE (project_id, version)))"_s,
            uR"(CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
                server_id INTEGER REFERENCES servers(id) ON DELETE SET NULL,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at TEXT NOT NULL,
                started_at TEXT NOT NULL DEFAULT '',
                finished_at TEXT NOT NULL DEFAULT '',
                holder TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX runs_project ON runs(project_id))"_s,
            uR"(CREATE TABLE steps (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                started_at TEXT NOT NULL DEFAULT '',
                finished_at TEXT NOT NULL DEFAULT '',
                exit_code INTEGER,
                PRIMARY KEY (run_id, position)))"_s,
        },
        // 2: how a server is reached: 'ssh' or 'local' (the built-in "This computer").
        {
            uR"(ALTER TABLE servers ADD COLUMN transport TEXT NOT NULL DEFAULT 'ssh')"_s,
        },
    };
    return list;
}

} // namespace hydron
