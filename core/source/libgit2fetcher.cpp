// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/libgit2fetcher.h"

#include "core/logging.h"
#include "core/source/gitremote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <git2.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace hydron::source {
namespace {

const char *const RemoteName = "origin";

// libgit2 is initialised once for the life of the process (its settings, such as trusted
// certificate authorities, live in its global state and would be lost on the last shutdown).
void ensureLibgit2()
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

struct GitDeleter
{
    void operator()(git_repository *p) const { git_repository_free(p); }
    void operator()(git_remote *p) const { git_remote_free(p); }
    void operator()(git_reference *p) const { git_reference_free(p); }
    void operator()(git_object *p) const { git_object_free(p); }
};
template<typename T>
using GitHandle = std::unique_ptr<T, GitDeleter>;

QString lastGitError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

quint32 readUint32(const QByteArray &data, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// What Hydron can tell about an SSH private key file without its passphrase.
struct PrivateKeyInfo
{
    bool encrypted = false;
    QString type; // "ssh-ed25519", "ssh-rsa", "ecdsa-…"; empty when unknown
};

PrivateKeyInfo inspectPrivateKey(const QByteArray &contents)
{
    PrivateKeyInfo info;
    info.encrypted = contents.contains("ENCRYPTED");
    if (contents.contains("-----BEGIN RSA PRIVATE KEY-----"))
        info.type = u"ssh-rsa"_s;
    else if (contents.contains("-----BEGIN EC PRIVATE KEY-----"))
        info.type = u"ecdsa"_s;
    static const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = contents.indexOf(begin);
    const qsizetype to = contents.indexOf(end);
    if (from < 0 || to < from)
        return info;
    QByteArray body = contents.mid(from + begin.size(), to - from - begin.size());
    body.replace('\n', QByteArray()).replace('\r', QByteArray());
    const QByteArray blob = QByteArray::fromBase64(body);
    // "openssh-key-v1\0", then strings ciphername, kdfname, kdfoptions, uint32 count, string publickey.
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic))
        return info;
    qsizetype at = magic.size();
    QList<QByteArray> fields;
    for (int i = 0; i < 3; ++i) {
        if (at + 4 > blob.size())
            return info;
        const qsizetype length = readUint32(blob, at);
        if (at + 4 + length > blob.size())
            return info;
        fields << blob.mid(at + 4, length);
        at += 4 + length;
    }
    info.encrypted = fields.at(0) != "none";
    if (at + 8 > blob.size())
        return info;
    at += 4; // number of keys
    const qsizetype publicLength = readUint32(blob, at);
    const QByteArray publicKey = blob.mid(at + 4, publicLength);
    if (publicKey.size() >= 4) {
        const qsizetype typeLength = readUint32(publicKey, 0);
        if (typeLength > 0 && typeLength < 64 && 4 + typeLength <= publicKey.size())
            info.type = QString::fromLatin1(publicKey.mid(4, typeLength));
    }
    return info;
}

// The key type ("ssh-ed25519") named at the start of a raw SSH public key blob.
QString keyTypeFromBlob(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = readUint32(blob, 0);
    if (length == 0 || length > 64 || 4 + qsizetype(length) > blob.size())
        return {};
    return QString::fromLatin1(blob.mid(4, length));
}

QString keyTypeName(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return u"ssh-rsa"_s;
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return u"ssh-dss"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return u"ecdsa-sha2-nistp256"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return u"ecdsa-sha2-nistp384"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return u"ecdsa-sha2-nistp521"_s;
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return u"ssh-ed25519"_s;
    case GIT_CERT_SSH_RAW_TYPE_UNKNOWN:
        break;
    }
    return u"unknown"_s;
}

// One clone or fetch: the libgit2 callbacks, the credentials tried so far, and the first
// reason for failure that Hydron itself recorded (libgit2's own messages are less clear).
class FetchSession final
{
public:
    FetchSession(const CloneRequest &request, const GitRemote &remote, CredentialProvider *credentials,
                 CloneContext &context)
        : m_request(request)
        , m_remote(remote)
        , m_credentials(credentials)
        , m_context(context)
    {
        m_sshUser = !request.ssh.user.isEmpty() ? request.ssh.user
                    : !remote.user().isEmpty()  ? remote.user()
                                                : u"git"_s;
        if (!remote.embeddedSecret().isEmpty())
            m_secrets << remote.embeddedSecret();
        for (const QString &fingerprint : request.ssh.trustedHostKeys)
            m_trusted << normalizeSshFingerprint(fingerprint);
    }

    git_remote_callbacks callbacks()
    {
        git_remote_callbacks callbacks;
        git_remote_init_callbacks(&callbacks, GIT_REMOTE_CALLBACKS_VERSION);
        callbacks.credentials = &FetchSession::credentialsCallback;
        callbacks.certificate_check = &FetchSession::certificateCallback;
        callbacks.transfer_progress = &FetchSession::transferCallback;
        callbacks.sideband_progress = &FetchSession::sidebandCallback;
        callbacks.payload = this;
        return callbacks;
    }

    [[nodiscard]] const QStringList &secrets() const { return m_secrets; }
    [[nodiscard]] const std::optional<Error> &failure() const { return m_failure; }
    [[nodiscard]] CloneContext &context() { return m_context; }
    [[nodiscard]] QString mask(const QString &text) const { return maskSecrets(text, m_secrets); }

    void flushSideband()
    {
        if (!m_sideband.trimmed().isEmpty())
            m_context.reportRemoteMessage(mask(m_sideband.trimmed()));
        m_sideband.clear();
    }

private:
    static FetchSession *self(void *payload) { return static_cast<FetchSession *>(payload); }

    void setFailure(Error::Code code, const QString &message, const QString &detail = {})
    {
        if (!m_failure)
            m_failure = Error{code, message, detail};
        git_error_set_str(GIT_ERROR_CALLBACK, utf8(message).c_str());
    }

    static int credentialsCallback(git_credential **out, const char *url, const char *usernameFromUrl,
                                   unsigned int allowedTypes, void *payload)
    {
        Q_UNUSED(url);
        Q_UNUSED(usernameFromUrl);
        return self(payload)->credentials(out, allowedTypes);
    }

    int credentials(git_credential **out, unsigned int allowed)
    {
        if (m_context.isCancelled())
            return GIT_EUSER;
        if (m_credentialCalls > 0) {
            // Asked again: the previous login failed; libgit2's error says why.
            m_previousAttemptError = mask(lastGitError());
            logging::logger(logging::Channel::Git)
                ->debug("login attempt {} refused: {}", m_credentialCalls, utf8(m_previousAttemptError));
        }
        // libgit2 asks again for as long as the server refuses: Hydron gives each way once.
        if (++m_credentialCalls > 8) {
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git", "%1 kept refusing the login; Hydron gave up.")
                           .arg(m_remote.host()));
            return GIT_EAUTH;
        }
        if ((allowed & GIT_CREDENTIAL_USERNAME) &&
            !(allowed & (GIT_CREDENTIAL_SSH_KEY | GIT_CREDENTIAL_USERPASS_PLAINTEXT)))
            return git_credential_username_new(out, utf8(m_remote.isSsh() ? m_sshUser : httpUser()).c_str());
        if (m_remote.isSsh())
            return sshCredentials(out, allowed);
        if (m_remote.isHttp())
            return httpCredentials(out, allowed);
        setFailure(Error::Code::Unsupported,
                   QCoreApplication::translate("hydron::Git",
                                               "%1 asks for a login, which Hydron cannot give over this kind of URL. "
                                               "Use an https:// or ssh:// URL.")
                       .arg(m_remote.displayText()));
        return GIT_EAUTH;
    }

    int sshCredentials(git_credential **out, unsigned int allowed)
    {
        if (!(allowed & GIT_CREDENTIAL_SSH_KEY)) {
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "The SSH server %1 does not accept key logins, and Hydron logs in "
                                                   "to SSH with keys only.")
                           .arg(m_remote.host()));
            return GIT_EAUTH;
        }
        const SshOptions &ssh = m_request.ssh;
        if (m_sshStep == SshStep::Agent) {
            m_sshStep = SshStep::KeyFile;
            if (ssh.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
                m_triedAgent = true;
                logging::logger(logging::Channel::Git)
                    ->debug("ssh: trying the keys of ssh-agent as {}", utf8(m_sshUser));
                return git_credential_ssh_key_from_agent(out, utf8(m_sshUser).c_str());
            }
        }
        if (m_sshStep == SshStep::KeyFile) {
            m_sshStep = SshStep::Done;
            if (!ssh.privateKeyFile.isEmpty())
                return keyFileCredential(out, ssh);
        }
        QString tried;
        if (m_triedAgent && m_triedKeyFile)
            tried = QCoreApplication::translate("hydron::Git", "the keys in ssh-agent and the key file %1")
                        .arg(ssh.privateKeyFile);
        else if (m_triedAgent)
            tried = QCoreApplication::translate("hydron::Git", "the keys in ssh-agent");
        else if (m_triedKeyFile)
            tried = QCoreApplication::translate("hydron::Git", "the key file %1").arg(ssh.privateKeyFile);
        if (tried.isEmpty())
            setFailure(Error::Code::InvalidInput,
                       QCoreApplication::translate("hydron::Git",
                                                   "%1 needs an SSH key, and Hydron has none to offer: ssh-agent is "
                                                   "not running (SSH_AUTH_SOCK is not set) and no key file was "
                                                   "given.")
                           .arg(m_remote.host()));
        else if (m_triedKeyFile && m_keyType == u"ssh-rsa"_s)
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "Authentication failed: %1 refused %2 for the user %3. It is an "
                                                   "RSA key, and the libssh2 on this computer signs RSA keys only "
                                                   "with SHA-1 (ssh-rsa), which OpenSSH 8.8 and later refuse by "
                                                   "default: use an ed25519 or ECDSA key. Also check that the public "
                                                   "key is authorised for this repository.")
                           .arg(m_remote.host(), tried, m_sshUser));
        else
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "Authentication failed: %1 refused %2 for the user %3. Check that "
                                                   "the public key is authorised for this repository.")
                           .arg(m_remote.host(), tried, m_sshUser));
        return GIT_EAUTH;
    }

    int keyFileCredential(git_credential **out, const SshOptions &ssh)
    {
        m_triedKeyFile = true;
        QFile keyFile(ssh.privateKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            setFailure(Error::Code::Io,
                       QCoreApplication::translate("hydron::Git", "The SSH key file %1 cannot be read.")
                           .arg(ssh.privateKeyFile),
                       keyFile.errorString());
            return GIT_EAUTH;
        }
        const PrivateKeyInfo key = inspectPrivateKey(keyFile.read(1024 * 1024));
        m_keyType = key.type;
        QString passphrase;
        if (key.encrypted) {
            std::optional<QString> given =
                m_credentials ? m_credentials->sshKeyPassphrase(ssh.privateKeyFile) : std::nullopt;
            if (!given || given->isEmpty()) {
                setFailure(Error::Code::InvalidInput,
                           QCoreApplication::translate("hydron::Git",
                                                       "The SSH key %1 is protected by a passphrase, and none was "
                                                       "given.")
                               .arg(ssh.privateKeyFile));
                return GIT_EAUTH;
            }
            passphrase = *given;
            m_secrets << passphrase;
        }
        // Without a public key file, libssh2 derives the public key from the private one, which
        // for an encrypted key checks the passphrase first: a wrong one then gets its own error
        // instead of looking like a refused key. So "<key>.pub" is used only for plain keys.
        QString publicKey = ssh.publicKeyFile;
        if (publicKey.isEmpty() && !key.encrypted && QFileInfo::exists(ssh.privateKeyFile + u".pub"_s))
            publicKey = ssh.privateKeyFile + u".pub"_s;
        logging::logger(logging::Channel::Git)
            ->debug("ssh: trying the key file {} as {}", utf8(ssh.privateKeyFile), utf8(m_sshUser));
        const std::string publicPath = utf8(publicKey);
        const std::string privatePath = utf8(ssh.privateKeyFile);
        const std::string secret = utf8(passphrase);
        return git_credential_ssh_key_new(out, utf8(m_sshUser).c_str(),
                                          publicKey.isEmpty() ? nullptr : publicPath.c_str(), privatePath.c_str(),
                                          passphrase.isEmpty() ? nullptr : secret.c_str());
    }

    QString httpUser() const { return !m_remote.embeddedUser().isEmpty() ? m_remote.embeddedUser() : u"git"_s; }

    int httpCredentials(git_credential **out, unsigned int allowed)
    {
        if (!(allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)) {
            setFailure(Error::Code::Unsupported,
                       QCoreApplication::translate("hydron::Git",
                                                   "%1 asks for a kind of login Hydron cannot give (only user name "
                                                   "and token are supported).")
                           .arg(m_remote.host()));
            return GIT_EAUTH;
        }
        if (m_httpAttempts > 0) {
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "Authentication failed: %1 refused the token. Check that it is "
                                                   "still valid and may read this repository.")
                           .arg(m_remote.host()));
            return GIT_EAUTH;
        }
        ++m_httpAttempts;
        if (m_remote.scheme() == GitRemote::Scheme::Http && !m_remote.isLoopback()) {
            setFailure(Error::Code::InvalidInput,
                       QCoreApplication::translate("hydron::Git",
                                                   "%1 asks for a login over unencrypted http://. Hydron does not "
                                                   "send tokens in the clear: use the https:// URL.")
                           .arg(m_remote.host()));
            return GIT_EAUTH;
        }
        HttpsCredential credential;
        if (!m_remote.embeddedSecret().isEmpty()) {
            credential = HttpsCredential{m_remote.embeddedUser(), m_remote.embeddedSecret()};
        } else if (m_credentials) {
            if (auto given = m_credentials->httpsCredential(m_remote.host(), m_remote.displayText()))
                credential = *given;
        }
        if (credential.token.isEmpty()) {
            setFailure(Error::Code::NotFound,
                       QCoreApplication::translate("hydron::Git",
                                                   "%1 asks for a login to %2, and no access token is stored for "
                                                   "this host. Add a personal access token for %1, or check the "
                                                   "URL: some hosts ask for a login when a repository does not "
                                                   "exist.")
                           .arg(m_remote.host(), m_remote.displayText()));
            return GIT_EAUTH;
        }
        m_secrets << credential.token;
        const QString user = credential.username.isEmpty() ? httpUser() : credential.username;
        logging::logger(logging::Channel::Git)
            ->debug("https: sending the stored token for {} as {}", utf8(m_remote.host()), utf8(user));
        return git_credential_userpass_plaintext_new(out, utf8(user).c_str(), utf8(credential.token).c_str());
    }

    static int certificateCallback(git_cert *cert, int valid, const char *host, void *payload)
    {
        return self(payload)->certificate(cert, valid, QString::fromUtf8(host));
    }

    int certificate(git_cert *cert, int valid, const QString &host)
    {
        if (m_context.isCancelled())
            return GIT_EUSER;
        if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
            if (valid)
                return 0;
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "The TLS certificate of %1 is not valid or not trusted by this "
                                                   "computer; Hydron does not connect.")
                           .arg(host));
            return GIT_ECERTIFICATE;
        }
        const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
        QByteArray blob;
        if (hostKey->type & GIT_CERT_SSH_RAW)
            blob = QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
        QString fingerprint;
        if (hostKey->type & GIT_CERT_SSH_SHA256)
            fingerprint = sshFingerprintFromSha256(
                QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), sizeof(hostKey->hash_sha256)));
        else if (!blob.isEmpty())
            fingerprint = sshFingerprintFromKeyBlob(blob);
        if (fingerprint.isEmpty()) {
            setFailure(Error::Code::Unsupported,
                       QCoreApplication::translate("hydron::Git",
                                                   "The SSH host key of %1 cannot be checked: libgit2 gave no "
                                                   "SHA-256 fingerprint for it.")
                           .arg(host));
            return GIT_ECERTIFICATE;
        }
        SshHostKey key;
        key.host = host;
        key.port = m_remote.port() > 0 ? m_remote.port() : 22;
        key.type = !blob.isEmpty() ? keyTypeFromBlob(blob) : QString();
        if (key.type.isEmpty())
            key.type = (hostKey->type & GIT_CERT_SSH_RAW) ? keyTypeName(hostKey->raw_type) : u"unknown"_s;
        key.fingerprint = fingerprint;
        const bool trusted = m_trusted.contains(fingerprint);
        m_context.reportHostKey(key, trusted);
        auto log = logging::logger(logging::Channel::Git);
        if (trusted) {
            log->debug("ssh: host key of {} matches the pinned {}", utf8(host), utf8(fingerprint));
            return 0;
        }
        if (m_trusted.isEmpty()) {
            log->warn("ssh: host key of {} ({} {}) is not trusted yet", utf8(host), utf8(key.type), utf8(fingerprint));
            setFailure(Error::Code::InvalidInput,
                       QCoreApplication::translate("hydron::Git",
                                                   "The SSH host key of %1 is not trusted yet. Its %2 fingerprint is "
                                                   "%3: compare it with the one the server's owner publishes, then "
                                                   "trust it to continue.")
                           .arg(host, key.type, fingerprint),
                       fingerprint);
        } else {
            log->error("ssh: host key of {} changed: presented {}, pinned {}", utf8(host), utf8(fingerprint),
                       utf8(m_trusted.join(u", ")));
            setFailure(Error::Code::Network,
                       QCoreApplication::translate("hydron::Git",
                                                   "The SSH host key of %1 does not match the trusted one: the "
                                                   "server presented %2, but %3 was expected. Hydron refuses to "
                                                   "connect, because someone may be intercepting the connection. If "
                                                   "the server's key was changed on purpose, trust the new key.")
                           .arg(host, fingerprint, m_trusted.join(u", ")),
                       fingerprint);
        }
        return GIT_ECERTIFICATE;
    }

    static int transferCallback(const git_indexer_progress *stats, void *payload)
    {
        FetchSession *session = self(payload);
        if (session->m_context.isCancelled())
            return GIT_EUSER;
        const auto bytes = qint64(stats->received_bytes);
        if (stats->total_objects > 0 && stats->received_objects < stats->total_objects)
            session->m_context.reportProgress(stats->received_objects, stats->total_objects, CloneStage::Receiving,
                                              bytes);
        else if (stats->total_deltas > 0 && stats->indexed_deltas < stats->total_deltas)
            session->m_context.reportProgress(stats->indexed_deltas, stats->total_deltas, CloneStage::Resolving, bytes);
        else if (stats->total_deltas > 0)
            session->m_context.reportProgress(stats->indexed_deltas, stats->total_deltas, CloneStage::Resolving, bytes);
        else
            session->m_context.reportProgress(stats->received_objects, stats->total_objects, CloneStage::Receiving,
                                              bytes);
        return 0;
    }

    static int sidebandCallback(const char *text, int length, void *payload)
    {
        FetchSession *session = self(payload);
        if (session->m_context.isCancelled())
            return GIT_EUSER;
        session->m_sideband += QString::fromUtf8(text, length);
        qsizetype end;
        while ((end = session->m_sideband.indexOf(QRegularExpression(u"[\r\n]"_s))) >= 0) {
            const QString line = session->m_sideband.left(end).trimmed();
            session->m_sideband.remove(0, end + 1);
            if (!line.isEmpty())
                session->m_context.reportRemoteMessage(session->mask(line));
        }
        return 0;
    }

    enum class SshStep
    {
        Agent,
        KeyFile,
        Done
    };

    const CloneRequest &m_request;
    const GitRemote &m_remote;
    CredentialProvider *m_credentials;
    CloneContext &m_context;
    QString m_sshUser;
    QStringList m_trusted;
    QStringList m_secrets;
    std::optional<Error> m_failure;
    QString m_sideband;
    SshStep m_sshStep = SshStep::Agent;
    bool m_triedAgent = false;
    bool m_triedKeyFile = false;
    int m_httpAttempts = 0;
    int m_credentialCalls = 0;
    QString m_previousAttemptError;
    QString m_keyType;
};

Error cancelledError(const GitRemote &remote)
{
    return Error{
        Error::Code::Cancelled,
        QCoreApplication::translate("hydron::Git", "The download of %1 was cancelled.").arg(remote.displayText()),
        {}};
}

// Turns a libgit2 failure into an error that says what happened and what to do.
Error describeFailure(int code, FetchSession &session, const GitRemote &remote)
{
    const QString detail = session.mask(lastGitError());
    if (session.context().isCancelled())
        return cancelledError(remote);
    if (const auto &failure = session.failure()) {
        Error error = *failure;
        if (error.detail.isEmpty() && detail != error.message)
            error.detail = detail;
        return error;
    }
    const QString lower = detail.toLower();
    const QString where = remote.displayText();
    if (code == GIT_EAUTH || lower.contains(u"authentication"_s) || lower.contains(u" 401"_s) ||
        lower.contains(u" 403"_s))
        return Error{Error::Code::Network,
                     QCoreApplication::translate("hydron::Git",
                                                 "Authentication failed: %1 refused the login. Check the key or "
                                                 "token and its access to %2.")
                         .arg(remote.host().isEmpty() ? where : remote.host(), where),
                     detail};
    if (lower.contains(u"private key file"_s) || lower.contains(u"passphrase"_s))
        return Error{Error::Code::InvalidInput,
                     QCoreApplication::translate("hydron::Git",
                                                 "The SSH key could not be used: the passphrase is wrong or the key "
                                                 "file's format is not supported."),
                     detail};
    if (code == GIT_ECERTIFICATE)
        return Error{
            Error::Code::Network,
            QCoreApplication::translate("hydron::Git", "The identity of %1 could not be verified.").arg(remote.host()),
            detail};
    if (lower.contains(u"404"_s) || lower.contains(u"not found"_s) ||
        lower.contains(u"does not appear to be a git"_s) || lower.contains(u"could not find repository"_s) ||
        lower.contains(u"not a git repository"_s) || lower.contains(u"no such file or directory"_s) ||
        lower.contains(u"early eof"_s) || lower.contains(u"could not read from remote"_s))
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("hydron::Git",
                                                 "There is no Git repository at %1, or this login may not read it. "
                                                 "Check the URL.")
                         .arg(where),
                     detail};
    if (lower.contains(u"resolve"_s) || lower.contains(u"failed to connect"_s) ||
        lower.contains(u"connection refused"_s) || lower.contains(u"timed out"_s) || lower.contains(u"unreachable"_s) ||
        lower.contains(u"no route"_s) || lower.contains(u"failed to start ssh session"_s) ||
        lower.contains(u"failed to send request"_s))
        return Error{Error::Code::Network,
                     QCoreApplication::translate("hydron::Git",
                                                 "Hydron cannot reach %1. Check the address, the port and the "
                                                 "network connection.")
                         .arg(remote.host().isEmpty() ? where : remote.host()),
                     detail};
    return Error{Error::Code::Network, QCoreApplication::translate("hydron::Git", "Fetching %1 failed.").arg(where),
                 detail};
}

struct ResolvedRef
{
    git_oid oid;
    QString name;
};

Result<ResolvedRef> resolveRef(git_repository *repo, const QString &ref, const QString &defaultBranch,
                               const GitRemote &remote)
{
    const QString remotePrefix = u"refs/remotes/"_s + QLatin1StringView(RemoteName) + u'/';
    auto peelReference = [repo](const QString &name) -> std::optional<git_oid> {
        git_reference *raw = nullptr;
        if (git_reference_lookup(&raw, repo, utf8(name).c_str()) != 0)
            return std::nullopt;
        GitHandle<git_reference> reference(raw);
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT) != 0)
            return std::nullopt;
        GitHandle<git_object> object(peeled);
        return *git_object_id(object.get());
    };
    auto displayName = [&remotePrefix](const QString &name) {
        return name.startsWith(remotePrefix) ? u"refs/heads/"_s + name.mid(remotePrefix.size()) : name;
    };

    if (ref.isEmpty()) {
        QStringList candidates;
        if (defaultBranch.startsWith(u"refs/heads/"_s))
            candidates << remotePrefix + defaultBranch.mid(11);
        candidates << remotePrefix + u"main"_s << remotePrefix + u"master"_s;
        for (const QString &candidate : candidates) {
            if (auto oid = peelReference(candidate))
                return ResolvedRef{*oid, displayName(candidate)};
        }
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("hydron::Git",
                                                "The repository %1 has no default branch to check out (it may be "
                                                "empty). Give a branch, tag or commit.")
                        .arg(remote.displayText()));
    }

    QStringList candidates;
    if (ref.startsWith(u"refs/heads/"_s))
        candidates << remotePrefix + ref.mid(11);
    else if (ref.startsWith(u"refs/"_s))
        candidates << ref;
    else
        candidates << u"refs/tags/"_s + ref << remotePrefix + ref << u"refs/remotes/"_s + ref;
    for (const QString &candidate : candidates) {
        if (auto oid = peelReference(candidate))
            return ResolvedRef{*oid, displayName(candidate)};
    }

    static const QRegularExpression hex(u"^[0-9a-fA-F]{4,40}$"_s);
    if (hex.match(ref).hasMatch()) {
        git_oid prefix;
        if (git_oid_fromstrn(&prefix, utf8(ref).c_str(), size_t(ref.size())) == 0) {
            git_object *raw = nullptr;
            const int rc = git_object_lookup_prefix(&raw, repo, &prefix, size_t(ref.size()), GIT_OBJECT_ANY);
            if (rc == GIT_EAMBIGUOUS)
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::Git",
                                                        "The abbreviated commit \"%1\" matches more than one object "
                                                        "in %2; give more of its digits.")
                                .arg(ref, remote.displayText()));
            if (rc == 0) {
                GitHandle<git_object> object(raw);
                git_object *peeled = nullptr;
                if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) == 0) {
                    GitHandle<git_object> commit(peeled);
                    const git_oid oid = *git_object_id(commit.get());
                    char sha[GIT_OID_HEXSZ + 1] = {};
                    git_oid_tostr(sha, sizeof sha, &oid);
                    return ResolvedRef{oid, QString::fromLatin1(sha)};
                }
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::Git", "\"%1\" in %2 is not a commit.")
                                .arg(ref, remote.displayText()));
            }
        }
    }
    return fail(Error::Code::NotFound,
                QCoreApplication::translate("hydron::Git", "The branch, tag or commit \"%1\" does not exist in %2.")
                    .arg(ref, remote.displayText()));
}

bool isUsableClone(const QString &dir)
{
    if (!QFileInfo::exists(dir + u"/.git"_s))
        return false;
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, utf8(dir).c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
        return false;
    GitHandle<git_repository> repo(raw);
    git_remote *remote = nullptr;
    if (git_repository_is_bare(repo.get()) || git_remote_lookup(&remote, repo.get(), RemoteName) != 0)
        return false;
    git_remote_free(remote);
    return true;
}

int checkoutNotify(git_checkout_notify_t, const char *, const git_diff_file *, const git_diff_file *,
                   const git_diff_file *, void *payload)
{
    return static_cast<FetchSession *>(payload)->context().isCancelled() ? GIT_EUSER : 0;
}

void checkoutProgress(const char *, size_t completed, size_t total, void *payload)
{
    static_cast<FetchSession *>(payload)->context().reportProgress(qint64(completed), qint64(total),
                                                                   CloneStage::CheckingOut);
}

Result<CloneResult> fetchInto(const CloneRequest &request, const QString &cacheRoot, CredentialProvider *credentials,
                              CloneContext &context)
{
    auto parsed = GitRemote::parse(request.url);
    if (!parsed)
        return std::unexpected(parsed.error());
    const GitRemote &remote = *parsed;
    auto log = logging::logger(logging::Channel::Git);

    const int features = git_libgit2_features();
    if (remote.isSsh() && !(features & GIT_FEATURE_SSH))
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("hydron::Git",
                                                "This computer's libgit2 was built without SSH support, so Hydron "
                                                "cannot fetch %1. Use the repository's https:// URL instead.")
                        .arg(remote.displayText()));
    if (remote.scheme() == GitRemote::Scheme::Https && !(features & GIT_FEATURE_HTTPS))
        return fail(Error::Code::Unsupported,
                    QCoreApplication::translate("hydron::Git",
                                                "This computer's libgit2 was built without HTTPS support, so Hydron "
                                                "cannot fetch %1.")
                        .arg(remote.displayText()));
    if (remote.isLocal()) {
        const QFileInfo info(remote.path());
        if (!info.exists())
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("hydron::Git", "The folder %1 does not exist.").arg(remote.path()));
        if (!info.isDir())
            return fail(
                Error::Code::InvalidInput,
                QCoreApplication::translate("hydron::Git", "%1 is a file, not a Git repository.").arg(remote.path()));
        git_repository *probe = nullptr;
        if (git_repository_open_ext(&probe, utf8(remote.path()).c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0)
            return fail(Error::Code::InvalidInput,
                        QCoreApplication::translate("hydron::Git",
                                                    "%1 is not a Git repository: it has no .git folder and is not a "
                                                    "bare repository.")
                            .arg(remote.path()),
                        lastGitError());
        git_repository_free(probe);
    }

    if (!QDir().mkpath(cacheRoot))
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::Git", "Hydron cannot create its clone cache folder %1.")
                        .arg(cacheRoot));
    const QString key = remote.cacheKey();
    const QString finalDir = QDir(cacheRoot).filePath(key);
    const QString partialDir = finalDir + u".partial"_s;

    // Another Hydron process may be fetching the same repository.
    QLockFile lock(finalDir + u".lock"_s);
    lock.setStaleLockTime(0); // a long clone is not stale; a dead owner is detected by its pid
    while (!lock.tryLock(200)) {
        if (context.isCancelled())
            return std::unexpected(cancelledError(remote));
        if (lock.error() != QLockFile::LockFailedError)
            return fail(
                Error::Code::Io,
                QCoreApplication::translate("hydron::Git", "Hydron cannot lock its clone folder %1.").arg(finalDir));
    }

    const bool existing = isUsableClone(finalDir);
    const QString workDir = existing ? finalDir : partialDir;
    if (!existing) {
        QDir(finalDir).removeRecursively();
        QDir(partialDir).removeRecursively();
    }
    // A new clone that does not finish leaves nothing behind.
    struct PartialCleanup
    {
        QString dir;
        bool armed;
        ~PartialCleanup()
        {
            if (armed)
                QDir(dir).removeRecursively();
        }
    } cleanup{partialDir, !existing};

    log->info("{} {} (ref \"{}\") in {}", existing ? "fetching" : "cloning", utf8(remote.displayText()),
              utf8(request.ref), utf8(workDir));

    GitHandle<git_repository> repo;
    GitHandle<git_remote> origin;
    {
        git_repository *rawRepo = nullptr;
        git_remote *rawRemote = nullptr;
        if (existing) {
            if (git_repository_open(&rawRepo, utf8(workDir).c_str()) != 0)
                return fail(
                    Error::Code::Io,
                    QCoreApplication::translate("hydron::Git", "Hydron cannot open its clone in %1.").arg(workDir),
                    lastGitError());
            repo.reset(rawRepo);
            const std::string url = utf8(remote.url());
            if (git_remote_lookup(&rawRemote, repo.get(), RemoteName) == 0 && url != git_remote_url(rawRemote)) {
                git_remote_free(rawRemote);
                rawRemote = nullptr;
                git_remote_set_url(repo.get(), RemoteName, url.c_str());
            }
            if (!rawRemote && git_remote_lookup(&rawRemote, repo.get(), RemoteName) != 0)
                return fail(
                    Error::Code::Io,
                    QCoreApplication::translate("hydron::Git", "Hydron cannot read its clone in %1.").arg(workDir),
                    lastGitError());
        } else {
            if (git_repository_init(&rawRepo, utf8(workDir).c_str(), 0) != 0)
                return fail(
                    Error::Code::Io,
                    QCoreApplication::translate("hydron::Git", "Hydron cannot create a repository in %1.").arg(workDir),
                    lastGitError());
            repo.reset(rawRepo);
            if (git_remote_create(&rawRemote, repo.get(), RemoteName, utf8(remote.url()).c_str()) != 0)
                return fail(Error::Code::InvalidInput,
                            QCoreApplication::translate("hydron::Git", "libgit2 does not accept the URL %1.")
                                .arg(remote.displayText()),
                            lastGitError());
        }
        origin.reset(rawRemote);
    }

    FetchSession session(request, remote, credentials, context);
    git_remote_callbacks callbacks = session.callbacks();
    git_proxy_options proxy;
    git_proxy_options_init(&proxy, GIT_PROXY_OPTIONS_VERSION);
    proxy.type = remote.isLoopback() ? GIT_PROXY_NONE : GIT_PROXY_AUTO;

    context.reportProgress(0, 0, CloneStage::Connecting);
    auto failed = [&](int rc, const char *phase) {
        session.flushSideband();
        Error error = describeFailure(rc, session, remote);
        if (error.code == Error::Code::Cancelled)
            log->info("{} of {} cancelled", phase, utf8(remote.displayText()));
        else
            log->warn("{} of {} failed: {} [{}]", phase, utf8(remote.displayText()), utf8(error.message),
                      utf8(session.mask(error.detail)));
        git_remote_disconnect(origin.get());
        return std::unexpected(error);
    };

    int rc = git_remote_connect(origin.get(), GIT_DIRECTION_FETCH, &callbacks, &proxy, nullptr);
    if (rc != 0)
        return failed(rc, "connection");
    QString defaultBranch;
    {
        git_buf buffer = GIT_BUF_INIT;
        if (git_remote_default_branch(&buffer, origin.get()) == 0)
            defaultBranch = QString::fromUtf8(buffer.ptr, qsizetype(buffer.size));
        git_buf_dispose(&buffer);
    }
    git_fetch_options fetchOptions;
    git_fetch_options_init(&fetchOptions, GIT_FETCH_OPTIONS_VERSION);
    fetchOptions.callbacks = callbacks;
    fetchOptions.prune = GIT_FETCH_PRUNE;
    fetchOptions.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    fetchOptions.update_fetchhead = 0;
    fetchOptions.proxy_opts = proxy;
    rc = git_remote_download(origin.get(), nullptr, &fetchOptions);
    if (rc != 0)
        return failed(rc, "download");
    rc = git_remote_update_tips(origin.get(), &callbacks, 0, GIT_REMOTE_DOWNLOAD_TAGS_ALL, "hydron: fetch");
    if (rc != 0)
        return failed(rc, "update");
    rc = git_remote_prune(origin.get(), &callbacks);
    if (rc != 0)
        return failed(rc, "prune");
    git_remote_disconnect(origin.get());
    session.flushSideband();
    if (context.isCancelled())
        return std::unexpected(cancelledError(remote));

    if (defaultBranch.startsWith(u"refs/heads/"_s)) {
        git_reference *head = nullptr;
        const QString target = u"refs/remotes/"_s + QLatin1StringView(RemoteName) + u'/' + defaultBranch.mid(11);
        if (git_reference_symbolic_create(&head, repo.get(), "refs/remotes/origin/HEAD", utf8(target).c_str(), 1,
                                          "hydron: remote HEAD") == 0)
            git_reference_free(head);
    }

    auto resolved = resolveRef(repo.get(), request.ref, defaultBranch, remote);
    if (!resolved) {
        log->warn("{}: {}", utf8(remote.displayText()), utf8(resolved.error().message));
        return std::unexpected(resolved.error());
    }

    {
        git_object *rawCommit = nullptr;
        if (git_object_lookup(&rawCommit, repo.get(), &resolved->oid, GIT_OBJECT_COMMIT) != 0)
            return fail(Error::Code::Corrupt,
                        QCoreApplication::translate("hydron::Git", "The commit of \"%1\" is missing from the clone.")
                            .arg(resolved->name),
                        lastGitError());
        GitHandle<git_object> commit(rawCommit);
        git_checkout_options checkout;
        git_checkout_options_init(&checkout, GIT_CHECKOUT_OPTIONS_VERSION);
        checkout.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_REMOVE_UNTRACKED;
        checkout.notify_flags = GIT_CHECKOUT_NOTIFY_UPDATED;
        checkout.notify_cb = &checkoutNotify;
        checkout.notify_payload = &session;
        checkout.progress_cb = &checkoutProgress;
        checkout.progress_payload = &session;
        rc = git_checkout_tree(repo.get(), commit.get(), &checkout);
        if (rc != 0) {
            if (context.isCancelled())
                return std::unexpected(cancelledError(remote));
            return fail(Error::Code::Io,
                        QCoreApplication::translate("hydron::Git", "Checking out \"%1\" into %2 failed.")
                            .arg(resolved->name, workDir),
                        lastGitError());
        }
        rc = git_repository_set_head_detached(repo.get(), &resolved->oid);
        if (rc != 0)
            return fail(Error::Code::Io,
                        QCoreApplication::translate("hydron::Git", "Hydron cannot move HEAD in %1.").arg(workDir),
                        lastGitError());
    }
    char sha[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(sha, sizeof sha, &resolved->oid);
    origin.reset();
    repo.reset();

    if (context.isCancelled())
        return std::unexpected(cancelledError(remote));
    if (!existing) {
        if (!QDir().rename(partialDir, finalDir))
            return fail(
                Error::Code::Io,
                QCoreApplication::translate("hydron::Git", "Hydron cannot move its new clone to %1.").arg(finalDir));
        cleanup.armed = false;
    }
    log->info("{} is at {} ({})", utf8(remote.displayText()), sha, utf8(resolved->name));
    return CloneResult{finalDir, QString::fromLatin1(sha), resolved->name, existing};
}

} // namespace

LibGit2Fetcher::LibGit2Fetcher(QString cacheRoot, std::shared_ptr<CredentialProvider> credentials, QObject *parent)
    : QObject(parent)
    , m_cacheRoot(std::move(cacheRoot))
    , m_credentials(std::move(credentials))
{
    ensureLibgit2();
    m_thread.setObjectName(u"hydron-git"_s);
    m_thread.start();
}

LibGit2Fetcher::~LibGit2Fetcher()
{
    for (const QPointer<CloneJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_thread.quit();
    m_thread.wait();
    const Error stopped{Error::Code::Cancelled,
                        QCoreApplication::translate("hydron::Git", "The download stopped because Hydron is closing."),
                        {}};
    for (const QPointer<CloneJob> &job : std::as_const(m_jobs)) {
        if (job && !job->isFinished())
            job->abandon(stopped);
    }
}

namespace {

// "host:port" of an SSH remote; empty for other schemes (their trust is TLS's).
QString knownHostName(const QString &url)
{
    auto remote = GitRemote::parse(url);
    if (!remote || remote->scheme() != GitRemote::Scheme::Ssh)
        return {};
    return remote->host().toLower() + u':' + QString::number(remote->port() > 0 ? remote->port() : 22);
}

} // namespace

QStringList LibGit2Fetcher::rememberedHostKeys(const QString &url) const
{
    const QString host = knownHostName(url);
    QFile file(QDir(m_cacheRoot).filePath(u"known_hosts"_s));
    if (host.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QStringList keys;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 2 && QString::fromUtf8(fields.at(0)) == host)
            keys << QString::fromUtf8(fields.at(1));
    }
    return keys;
}

Result<void> LibGit2Fetcher::rememberHostKey(const QString &url, const QString &fingerprint)
{
    const QString host = knownHostName(url);
    if (host.isEmpty() || !fingerprint.startsWith(u"SHA256:") || fingerprint.contains(u' '))
        return fail(Error::Code::InvalidInput,
                    tr("Only an SSH repository's host key (SHA256:…) can be trusted; %1 is not one.").arg(url));
    if (rememberedHostKeys(url).contains(fingerprint))
        return {};
    const QString path = QDir(m_cacheRoot).filePath(u"known_hosts"_s);
    QByteArray content;
    if (QFile existing(path); existing.open(QIODevice::ReadOnly))
        content = existing.readAll();
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    content += (host + u' ' + fingerprint + u'\n').toUtf8();
    QSaveFile file(path);
    if (!QDir().mkpath(m_cacheRoot) || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit())
        return fail(Error::Code::Io, tr("Hydron could not remember the host key of %1.").arg(host), file.errorString());
    return {};
}

CloneJob *LibGit2Fetcher::fetch(const CloneRequest &given, QObject *parent)
{
    CloneRequest request = given;
    for (const QString &key : rememberedHostKeys(request.url)) {
        if (!request.ssh.trustedHostKeys.contains(key))
            request.ssh.trustedHostKeys << key;
    }
    auto work = [request, root = m_cacheRoot, credentials = m_credentials](CloneContext &context) {
        return fetchInto(request, root, credentials.get(), context);
    };
    auto *job = new CloneJob(request, std::move(work), &m_thread, parent);
    m_jobs.removeAll(QPointer<CloneJob>());
    m_jobs.append(job);
    return job;
}

QString LibGit2Fetcher::defaultCacheRoot(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"sources"_s);
}

QString LibGit2Fetcher::cacheDirFor(const QString &url) const
{
    auto remote = GitRemote::parse(url);
    return remote ? QDir(m_cacheRoot).filePath(remote->cacheKey()) : QString();
}

Result<void> LibGit2Fetcher::setCertificateAuthorities(const QString &pemFile)
{
    ensureLibgit2();
    if (!QFileInfo(pemFile).isReadable())
        return fail(Error::Code::Io,
                    QCoreApplication::translate("hydron::Git", "The certificate file %1 cannot be read.").arg(pemFile));
    if (git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, utf8(pemFile).c_str(), nullptr) != 0)
        return fail(
            Error::Code::InvalidInput,
            QCoreApplication::translate("hydron::Git", "libgit2 does not accept the certificates in %1.").arg(pemFile),
            lastGitError());
    return {};
}

GitFeatures LibGit2Fetcher::features()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    const int flags = git_libgit2_features();
    return GitFeatures{u"%1.%2.%3"_s.arg(major).arg(minor).arg(revision), (flags & GIT_FEATURE_THREADS) != 0,
                       (flags & GIT_FEATURE_HTTPS) != 0, (flags & GIT_FEATURE_SSH) != 0};
}

} // namespace hydron::source
