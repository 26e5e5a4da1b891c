// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/warninglist.h"
#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hydron::analysis {

struct ScanLimits
{
    qint64 maxFileSize = 2 * 1024 * 1024; // larger files are indexed but never read
    qint64 maxFiles = 200000;             // the walk stops there, with a warning
    qint64 maxBytesRead = 512LL * 1024 * 1024;
    int maxDepth = 48; // folders deeper than this are not entered
};

// The repository as the detectors see it: every regular file the bounded walk kept (relative
// '/'-separated UTF-8 paths), the folders it entered, and the content read on demand, each file
// at most once. The walk skips dependency and build folders, honours .gitignore files at every
// level, does not follow symbolic links to folders, keeps a link to a file only when it resolves
// inside the repository, skips special files and names that are not UTF-8, and stops at the
// limits. Reading skips files over the size limit and files with a NUL byte in the first 8 KiB.
class FileIndex final
{
public:
    struct File
    {
        QString path;
        qint64 size = -1; // known once read (or when the walk had to stat it); -1 before
    };
    using Progress = std::function<void(qint64 filesSeen)>;
    // Called for each file as the walk adds it, with its folder open: readAt() reads it through
    // that folder, which spares the kernel a path walk per file.
    using Visitor = std::function<void(FileIndex &index, int file, int dirFd, const char *name)>;

    FileIndex(const FileIndex &) = delete;
    FileIndex &operator=(const FileIndex &) = delete;
    FileIndex(FileIndex &&) noexcept;
    FileIndex &operator=(FileIndex &&) noexcept;
    ~FileIndex();

    // Walks `root`. Fails only when the root is not a readable folder or on cancel; everything
    // else becomes a warning in `warnings`, which must outlive the index.
    [[nodiscard]] static Result<FileIndex> scan(const QString &root, const ScanLimits &limits, WarningList &warnings,
                                                const std::atomic<bool> *cancel = nullptr,
                                                const Progress &progress = {}, const Visitor &visitor = {});

    [[nodiscard]] const std::vector<File> &files() const { return m_files; }
    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] int find(QStringView path) const;
    [[nodiscard]] bool hasFile(QStringView path) const { return find(path) >= 0; }
    [[nodiscard]] bool hasDir(QStringView path) const;
    [[nodiscard]] const QSet<QString> &directories() const { return m_dirs; }
    // Files with this exact name anywhere, in walk order.
    [[nodiscard]] QList<int> named(QStringView name) const;
    // Files directly inside `dir` ("." for the root).
    [[nodiscard]] QList<int> filesIn(QStringView dir) const;

    // A run of file indexes, usable in a range-for.
    struct Range
    {
        int first = 0;
        int last = 0;
        struct Iterator
        {
            int i;
            int operator*() const { return i; }
            Iterator &operator++()
            {
                ++i;
                return *this;
            }
            bool operator!=(const Iterator &other) const { return i != other.i; }
        };
        [[nodiscard]] Iterator begin() const { return {first}; }
        [[nodiscard]] Iterator end() const { return {last}; }
        [[nodiscard]] bool isEmpty() const { return first >= last; }
    };
    // Every file inside `dir`, at any depth ("." for all), in walk order. The walk is depth-first,
    // so a folder's files form one run.
    [[nodiscard]] Range subtree(QStringView dir) const;

    // The content, read on first use and kept (for manifests and configuration files). nullptr
    // when the file is missing, too large, binary or unreadable (the reason is a warning).
    const QByteArray *content(int index);
    const QByteArray *content(QStringView path);
    // The content without keeping it (for the one pass over source files).
    std::optional<QByteArray> take(int index);
    // Like take(), for a Visitor: reads `name` relative to the open folder `dirFd`.
    std::optional<QByteArray> readAt(int index, int dirFd, const char *name);

    [[nodiscard]] qint64 filesRead() const { return m_filesRead; }
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    [[nodiscard]] qint64 directoriesVisited() const { return m_dirs.size(); }

    // "a/b/c.txt" -> "a/b"; "c.txt" -> ".".
    [[nodiscard]] static QString parentOf(QStringView path);
    // Joins a folder and a name, treating "." as the root.
    [[nodiscard]] static QString join(QStringView dir, QStringView name);

private:
    FileIndex() = default;
    std::optional<QByteArray> readFile(int index);
    std::optional<QByteArray> readOpened(int index, int fd);

    QString m_root;
    QByteArray m_rootNative;
    ScanLimits m_limits;
    WarningList *m_warnings = nullptr;
    std::vector<File> m_files;
    QHash<QString, int> m_byPath;
    QHash<QString, QList<int>> m_byName;
    QHash<QString, QList<int>> m_byDir;
    QSet<QString> m_dirs;
    QHash<QString, Range> m_subtrees;
    QHash<int, QByteArray> m_linkTargets;        // index -> resolved native path, for links to files
    std::unordered_map<int, QByteArray> m_cache; // node-based: returned pointers stay valid
    QSet<int> m_failed;
    qint64 m_filesRead = 0;
    qint64 m_bytesRead = 0;
    bool m_byteLimitWarned = false;
};

} // namespace hydron::analysis
