// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/fileindex.h"

#include "core/analysis/gitignore.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hydron::analysis {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hydron::analysis", text);
}

// Folders that hold dependencies, build output, caches or tool state: never part of an app's
// own source, and often huge.
bool isSkippedDirName(QStringView name)
{
    static const QSet<QString> names = {
        u"node_modules"_s,  u"bower_components"_s,
        u"jspm_packages"_s, u"vendor"_s,
        u".git"_s,          u".hg"_s,
        u".svn"_s,          u"dist"_s,
        u"build"_s,         u"target"_s,
        u"out"_s,           u".next"_s,
        u".nuxt"_s,         u".output"_s,
        u".svelte-kit"_s,   u".astro"_s,
        u".vercel"_s,       u".netlify"_s,
        u".turbo"_s,        u".nx"_s,
        u".angular"_s,      u".parcel-cache"_s,
        u".cache"_s,        u"coverage"_s,
        u".nyc_output"_s,   u"__pycache__"_s,
        u".venv"_s,         u"venv"_s,
        u".tox"_s,          u".nox"_s,
        u".mypy_cache"_s,   u".pytest_cache"_s,
        u".ruff_cache"_s,   u".eggs"_s,
        u".gradle"_s,       u".mvn"_s,
        u".idea"_s,         u".vs"_s,
        u"obj"_s,           u"_build"_s,
        u"deps"_s,          u".elixir_ls"_s,
        u".bundle"_s,       u".terraform"_s,
        u"Pods"_s,          u".dart_tool"_s,
        u"_site"_s,         u".jekyll-cache"_s,
        u".devcontainer"_s, u".direnv"_s,
        u".yarn"_s,         u".pnpm-store"_s,
        u"tmp"_s,           u"log"_s,
    };
    return names.contains(name.toString());
}

struct IgnoreLayer
{
    QString base; // folder of the .gitignore, "." for the root
    std::shared_ptr<const GitignoreRules> rules;
};
using IgnoreChain = std::vector<IgnoreLayer>;

bool isInside(const QString &path, const QString &dir)
{
    if (dir == u".")
        return true;
    return path.size() > dir.size() && path.startsWith(dir) && path[dir.size()] == u'/';
}

bool isIgnored(const IgnoreChain &chain, const QString &path, bool isDir)
{
    // Deeper files win over shallower ones; inside a file the last rule wins.
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        QStringView rel = path;
        if (it->base != u".") {
            if (!path.startsWith(it->base) || path.size() <= it->base.size() || path[it->base.size()] != u'/')
                continue;
            rel = QStringView(path).mid(it->base.size() + 1);
        }
        if (auto verdict = it->rules->match(rel, isDir))
            return *verdict;
    }
    return false;
}

struct DirEntry
{
    QByteArray nativeName;
    QString name;
    struct stat st;
};

// Reads at most `limit` + 1 bytes from an open descriptor.
std::optional<QByteArray> readAll(int fd, qint64 limit)
{
    QByteArray data;
    data.resize(qsizetype(std::min<qint64>(limit + 1, 64 * 1024)));
    qsizetype used = 0;
    for (;;) {
        if (used == data.size()) {
            if (used > limit)
                break;
            data.resize(qsizetype(std::min<qint64>(limit + 1, qint64(data.size()) * 2)));
        }
        const ssize_t n = ::read(fd, data.data() + used, std::size_t(data.size() - used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::nullopt;
        }
        if (n == 0)
            break;
        used += n;
    }
    data.resize(used);
    return data;
}

} // namespace

FileIndex::FileIndex(FileIndex &&) noexcept = default;
FileIndex &FileIndex::operator=(FileIndex &&) noexcept = default;
FileIndex::~FileIndex() = default;

QString FileIndex::parentOf(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? u"."_s : path.left(slash).toString();
}

QString FileIndex::join(QStringView dir, QStringView name)
{
    if (dir.isEmpty() || dir == u".")
        return name.toString();
    return dir.toString() + u'/' + name.toString();
}

int FileIndex::find(QStringView path) const
{
    return m_byPath.value(path.toString(), -1);
}

bool FileIndex::hasDir(QStringView path) const
{
    return m_dirs.contains(path.toString());
}

QList<int> FileIndex::named(QStringView name) const
{
    return m_byName.value(name.toString());
}

FileIndex::Range FileIndex::subtree(QStringView dir) const
{
    if (dir.isEmpty() || dir == u".")
        return Range{0, int(m_files.size())};
    return m_subtrees.value(dir.toString());
}

QList<int> FileIndex::filesIn(QStringView dir) const
{
    return m_byDir.value(dir.isEmpty() ? u"."_s : dir.toString());
}

Result<FileIndex> FileIndex::scan(const QString &root, const ScanLimits &limits, WarningList &warnings,
                                  const std::atomic<bool> *cancel, const Progress &progress, const Visitor &visitor)
{
    const QByteArray rootBytes = QFile::encodeName(root);
    char resolved[PATH_MAX];
    if (rootBytes.isEmpty() || !::realpath(rootBytes.constData(), resolved))
        return fail(Error::Code::NotFound, tr("The folder to analyse does not exist."),
                    root + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
    struct stat rootStat;
    if (::stat(resolved, &rootStat) != 0 || !S_ISDIR(rootStat.st_mode))
        return fail(Error::Code::InvalidInput, tr("The path to analyse is not a folder."), root);

    FileIndex index;
    index.m_root = QFile::decodeName(resolved);
    index.m_rootNative = resolved;
    index.m_limits = limits;
    index.m_warnings = &warnings;
    const QByteArray rootPrefix = index.m_rootNative == "/" ? index.m_rootNative : index.m_rootNative + '/';

    struct Pending
    {
        QString path; // "." for the root
        int depth = 0;
        std::shared_ptr<const IgnoreChain> ignores;
    };
    std::vector<Pending> stack;
    stack.push_back(Pending{u"."_s, 0, std::make_shared<IgnoreChain>()});
    QStringDecoder utf8(QStringDecoder::Utf8);
    qint64 seen = 0;
    bool stop = false;
    std::vector<std::pair<QString, int>> visited; // folders in walk order, with their first file

    while (!stack.empty() && !stop) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, tr("The analysis was cancelled."));
        Pending dir = std::move(stack.back());
        stack.pop_back();

        const QByteArray dirNative = dir.path == u"." ? index.m_rootNative : rootPrefix + dir.path.toUtf8();
        const int fd = ::open(dirNative.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            if (dir.path == u".")
                return fail(Error::Code::Io, tr("The folder to analyse cannot be read."),
                            root + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
            warnings.count(WarningList::Counted::Unreadable, dir.path);
            continue;
        }
        DIR *handle = ::fdopendir(fd);
        if (!handle) {
            ::close(fd);
            warnings.count(WarningList::Counted::Unreadable, dir.path);
            continue;
        }
        index.m_dirs.insert(dir.path);
        visited.emplace_back(dir.path, int(index.m_files.size()));

        std::vector<DirEntry> entries;
        while (dirent *e = ::readdir(handle)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            DirEntry entry;
            entry.nativeName = QByteArray(e->d_name);
            entry.name = utf8.decode(entry.nativeName);
            if (utf8.hasError()) {
                utf8.resetState();
                warnings.count(WarningList::Counted::NonUtf8Name, join(dir.path, entry.name));
                continue;
            }
            // The entry type from readdir spares a stat per file; only unknown types need one.
            std::memset(&entry.st, 0, sizeof entry.st);
            entry.st.st_size = -1;
            switch (e->d_type) {
            case DT_REG:
                entry.st.st_mode = S_IFREG;
                break;
            case DT_DIR:
                entry.st.st_mode = S_IFDIR;
                break;
            case DT_LNK:
                entry.st.st_mode = S_IFLNK;
                break;
            case DT_FIFO:
                entry.st.st_mode = S_IFIFO;
                break;
            case DT_SOCK:
                entry.st.st_mode = S_IFSOCK;
                break;
            case DT_CHR:
                entry.st.st_mode = S_IFCHR;
                break;
            case DT_BLK:
                entry.st.st_mode = S_IFBLK;
                break;
            default:
                if (::fstatat(fd, e->d_name, &entry.st, AT_SYMLINK_NOFOLLOW) != 0) {
                    warnings.count(WarningList::Counted::Unreadable, join(dir.path, entry.name));
                    continue;
                }
            }
            entries.push_back(std::move(entry));
        }
        std::sort(entries.begin(), entries.end(),
                  [](const DirEntry &a, const DirEntry &b) { return a.nativeName < b.nativeName; });

        // This folder's .gitignore applies to everything below it.
        std::shared_ptr<const IgnoreChain> ignores = dir.ignores;
        for (const DirEntry &entry : entries) {
            if (entry.name != u".gitignore" || !S_ISREG(entry.st.st_mode))
                continue;
            const int gfd = ::openat(fd, entry.nativeName.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
            if (gfd < 0)
                break;
            auto text = readAll(gfd, 1024 * 1024);
            ::close(gfd);
            if (text) {
                auto rules = std::make_shared<GitignoreRules>(GitignoreRules::parse(*text));
                if (!rules->isEmpty()) {
                    auto chain = std::make_shared<IgnoreChain>(*dir.ignores);
                    chain->push_back(IgnoreLayer{dir.path, std::move(rules)});
                    ignores = std::move(chain);
                }
            }
            break;
        }

        std::vector<Pending> subdirs;
        for (const DirEntry &entry : entries) {
            const QString path = join(dir.path, entry.name);
            const mode_t mode = entry.st.st_mode;
            if (S_ISDIR(mode)) {
                if (isSkippedDirName(entry.name) || isIgnored(*ignores, path, true))
                    continue;
                if (dir.depth + 1 > limits.maxDepth) {
                    warnings.count(WarningList::Counted::TooDeep, path);
                    continue;
                }
                subdirs.push_back(Pending{path, dir.depth + 1, ignores});
                continue;
            }
            if (isIgnored(*ignores, path, false))
                continue;
            qint64 size = entry.st.st_size;
            QByteArray linkTarget;
            if (S_ISLNK(mode)) {
                const QByteArray linkNative = dirNative + '/' + entry.nativeName;
                char target[PATH_MAX];
                struct stat targetStat;
                if (!::realpath(linkNative.constData(), target) || ::stat(target, &targetStat) != 0) {
                    warnings.count(WarningList::Counted::SymlinkBroken, path);
                    continue;
                }
                const QByteArray targetBytes(target);
                if (!targetBytes.startsWith(rootPrefix) && targetBytes != index.m_rootNative) {
                    warnings.count(WarningList::Counted::SymlinkOutside, path);
                    continue;
                }
                if (S_ISDIR(targetStat.st_mode))
                    continue; // its content is indexed under its real path
                if (!S_ISREG(targetStat.st_mode)) {
                    warnings.count(WarningList::Counted::SpecialFile, path);
                    continue;
                }
                size = targetStat.st_size;
                linkTarget = targetBytes;
            } else if (!S_ISREG(mode)) {
                warnings.count(WarningList::Counted::SpecialFile, path);
                continue;
            }
            if (qint64(index.m_files.size()) >= limits.maxFiles) {
                warnings.add(u"file-limit"_s,
                             tr("The repository has more than %1 files; the analysis looked at the first %1 only.")
                                 .arg(limits.maxFiles));
                stop = true;
                break;
            }
            const int i = int(index.m_files.size());
            index.m_files.push_back(File{path, size});
            index.m_byPath.insert(path, i);
            index.m_byName[entry.name].append(i);
            index.m_byDir[dir.path].append(i);
            if (!linkTarget.isEmpty())
                index.m_linkTargets.insert(i, linkTarget);
            else if (visitor)
                visitor(index, i, fd, entry.nativeName.constData());
            if (progress && (++seen % 2048) == 0)
                progress(seen);
        }
        ::closedir(handle);
        for (auto it = subdirs.rbegin(); it != subdirs.rend(); ++it)
            stack.push_back(std::move(*it));
    }
    // Each folder's run of files ends where the walk next enters a folder outside it.
    std::vector<std::pair<const QString *, int>> open;
    const auto closeUntil = [&](const QString *next, int at) {
        while (!open.empty() && !(next && isInside(*next, *open.back().first))) {
            index.m_subtrees.insert(*open.back().first, Range{open.back().second, at});
            open.pop_back();
        }
    };
    for (const auto &[path, first] : visited) {
        closeUntil(&path, first);
        open.emplace_back(&path, first);
    }
    closeUntil(nullptr, int(index.m_files.size()));
    if (progress)
        progress(qint64(index.m_files.size()));
    return index;
}

std::optional<QByteArray> FileIndex::readFile(int i)
{
    if (i < 0 || std::size_t(i) >= m_files.size() || m_failed.contains(i))
        return std::nullopt;
    const File &file = m_files[std::size_t(i)];
    if (file.size > m_limits.maxFileSize) {
        m_failed.insert(i);
        m_warnings->count(WarningList::Counted::TooLarge, file.path);
        return std::nullopt;
    }
    const bool link = m_linkTargets.contains(i);
    const QByteArray native = link ? m_linkTargets.value(i) : m_rootNative + '/' + file.path.toUtf8();
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | (link ? 0 : O_NOFOLLOW));
    if (fd < 0) {
        m_failed.insert(i);
        m_warnings->count(WarningList::Counted::Unreadable, file.path);
        return std::nullopt;
    }
    return readOpened(i, fd);
}

std::optional<QByteArray> FileIndex::readAt(int i, int dirFd, const char *name)
{
    if (i < 0 || std::size_t(i) >= m_files.size() || m_failed.contains(i))
        return std::nullopt;
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        m_failed.insert(i);
        m_warnings->count(WarningList::Counted::Unreadable, m_files[std::size_t(i)].path);
        return std::nullopt;
    }
    return readOpened(i, fd);
}

// Reads an opened file (and closes it): refuses special files, files over the size limit or
// past the byte budget, and binaries.
std::optional<QByteArray> FileIndex::readOpened(int i, int fd)
{
    File &file = m_files[std::size_t(i)];
    const auto failed = [&](WarningList::Counted why) -> std::optional<QByteArray> {
        ::close(fd);
        m_failed.insert(i);
        m_warnings->count(why, file.path);
        return std::nullopt;
    };
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return failed(WarningList::Counted::SpecialFile);
    file.size = st.st_size;
    if (st.st_size > m_limits.maxFileSize)
        return failed(WarningList::Counted::TooLarge);
    if (m_bytesRead + st.st_size > m_limits.maxBytesRead) {
        ::close(fd);
        m_failed.insert(i);
        if (!m_byteLimitWarned) {
            m_byteLimitWarned = true;
            m_warnings->add(u"byte-limit"_s,
                            tr("The analysis stopped reading files after %1 MB; some files were not looked at.")
                                .arg(m_limits.maxBytesRead / (1024 * 1024)),
                            file.path);
        }
        return std::nullopt;
    }
    // Read exactly the size fstat gave: one read call for most files.
    QByteArray data;
    data.resize(qsizetype(st.st_size));
    qsizetype used = 0;
    while (used < data.size()) {
        const ssize_t n = ::read(fd, data.data() + used, std::size_t(data.size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        used += n;
    }
    data.resize(used); // a file that shrank meanwhile; one that grew is read as it was
    ::close(fd);
    ++m_filesRead;
    m_bytesRead += data.size();
    if (std::memchr(data.constData(), 0, std::size_t(std::min<qsizetype>(data.size(), 8192)))) {
        m_failed.insert(i);
        m_warnings->count(WarningList::Counted::Binary, file.path);
        return std::nullopt;
    }
    return data;
}

const QByteArray *FileIndex::content(int i)
{
    auto it = m_cache.find(i);
    if (it != m_cache.end())
        return &it->second;
    auto data = readFile(i);
    if (!data)
        return nullptr;
    return &m_cache.emplace(i, std::move(*data)).first->second;
}

const QByteArray *FileIndex::content(QStringView path)
{
    const int i = find(path);
    return i < 0 ? nullptr : content(i);
}

std::optional<QByteArray> FileIndex::take(int i)
{
    auto it = m_cache.find(i);
    if (it != m_cache.end())
        return it->second;
    return readFile(i);
}

} // namespace hydron::analysis
