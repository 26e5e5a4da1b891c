<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hydron::Chat</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>chat name</source>
        <translation>Chatname</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>hydron::ChatStore</name>
    <message>
        <source>The chat no longer exists.</source>
        <translation>Der Chat existiert nicht mehr.</translation>
    </message>
    <message>
        <source>chat name</source>
        <translation>Chatname</translation>
    </message>
</context>
<context>
    <name>hydron::Claude</name>
    <message>
        <source>Claude rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude did not accept the API key: %1. Check the key in Settings or ANTHROPIC_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude refused the request because of a billing problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may not use this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude does not know what was asked for (check the model and the base URL): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is too large for one request; start a new chat or shorten it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude is rate limiting this API key; try again later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude is overloaded right now; try again in a moment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude took too long to answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude had an internal error; try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %2 answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no explanation was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Claude API key contains spaces or characters an API key cannot have; paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron could not reach Claude at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 redirects Claude requests to %2; set the base URL in Settings to that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude sent no answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from Claude stalled: nothing arrived for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer with a stream of events; check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Claude dropped after %1 bytes; the answer is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list from the server is unreasonably large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Claude dropped while reading the model list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list from the server is malformed; check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Claude base URL &quot;%1&quot; is not an http(s) address; correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Claude base URL %1 uses plain http, which would send the API key unencrypted; use an https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Claude API key is set. Add one in Settings or set ANTHROPIC_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message block for Claude is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Claude was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list from the server is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the list of Claude models was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Claude model is chosen; pick one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message to send to Claude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer length limit must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message to Claude has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool name &quot;%1&quot; is not allowed: use 1 to 128 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; is offered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron did not send this message to Claude because the value of the secret %1 would have been part of it. Secret values this short or this common cannot be masked safely; change the secret&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event stream from the server is unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event line longer than %1 MB; Hydron stopped reading the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the server does not follow the Messages API stream format; check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude&apos;s input for the tool &quot;%1&quot; is not valid JSON, so the tool was not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::DataDir</name>
    <message>
        <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Wählen Sie mit --data-dir oder HYDRON_DATA_DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Hydron cannot create its data folder %1. Check the permissions of the folders above it, or choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation>Hydron kann seinen Datenordner %1 nicht anlegen. Prüfen Sie die Rechte der übergeordneten Ordner oder wählen Sie mit --data-dir oder HYDRON_DATA_DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Hydron cannot write to its data folder %1. Make it writable, or choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation>Hydron kann nicht in seinen Datenordner %1 schreiben. Machen Sie ihn beschreibbar oder wählen Sie mit --data-dir oder HYDRON_DATA_DIR einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>hydron::Database</name>
    <message>
        <source>Hydron cannot read its database %1.</source>
        <translation>Hydron kann seine Datenbank %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Hydron database. Hydron has not changed it. Move it aside (or restore it from a backup) and start Hydron again to begin with an empty store.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine Hydron-Datenbank. Hydron hat sie nicht verändert. Verschieben Sie sie (oder stellen Sie sie aus einer Sicherung wieder her) und starten Sie Hydron erneut, um mit einem leeren Bestand zu beginnen.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Hydron (schema version %2; this version knows up to %3). Hydron has left it untouched. Update Hydron to open it, or choose another data folder.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Hydron-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Hydron hat sie nicht angerührt. Aktualisieren Sie Hydron, um sie zu öffnen, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>%1 is in the place of Hydron&apos;s database but is not a file.</source>
        <translation>%1 liegt an der Stelle von Hydrons Datenbank, ist aber keine Datei.</translation>
    </message>
    <message>
        <source>Hydron cannot open its database %1.</source>
        <translation>Hydron kann seine Datenbank %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Hydron could not upgrade its database %1 to schema version %2. The database is unchanged.</source>
        <translation>Hydron konnte seine Datenbank %1 nicht auf Schemaversion %2 aktualisieren. Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The database %1 refused a change (%2).</source>
        <translation>Die Datenbank %1 hat eine Änderung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The database %1 could not save the change.</source>
        <translation>Die Datenbank %1 konnte die Änderung nicht speichern.</translation>
    </message>
</context>
<context>
    <name>hydron::Git</name>
    <message>
        <source>The clone has no work to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git worker thread is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git URL contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot fetch from &quot;%1&quot; URLs; use https://, ssh://, git://, file://, user@host:path or a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file URL &quot;%1&quot; names the host %2; file URLs can only point at this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file URL &quot;%1&quot; names no folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no repository on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH URL contains a password. Hydron logs in to SSH with keys only: remove the password from the URL and use ssh-agent or a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no repository on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has an invalid host name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept refusing the login; Hydron gave up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a login, which Hydron cannot give over this kind of URL. Use an https:// or ssh:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server %1 does not accept key logins, and Hydron logs in to SSH with keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys in ssh-agent and the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an SSH key, and Hydron has none to offer: ssh-agent is not running (SSH_AUTH_SOCK is not set) and no key file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused %2 for the user %3. It is an RSA key, and the libssh2 on this computer signs RSA keys only with SHA-1 (ssh-rsa), which OpenSSH 8.8 and later refuse by default: use an ed25519 or ECDSA key. Also check that the public key is authorised for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused %2 for the user %3. Check that the public key is authorised for this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a kind of login Hydron cannot give (only user name and token are supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused the token. Check that it is still valid and may read this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a login over unencrypted http://. Hydron does not send tokens in the clear: use the https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a login to %2, and no access token is stored for this host. Add a personal access token for %1, or check the URL: some hosts ask for a login when a repository does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not valid or not trusted by this computer; Hydron does not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 cannot be checked: libgit2 gave no SHA-256 fingerprint for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not trusted yet. Its %2 fingerprint is %3: compare it with the one the server&apos;s owner publishes, then trust it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 does not match the trusted one: the server presented %2, but %3 was expected. Hydron refuses to connect, because someone may be intercepting the connection. If the server&apos;s key was changed on purpose, trust the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused the login. Check the key or token and its access to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key could not be used: the passphrase is wrong or the key file&apos;s format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Git repository at %1, or this login may not read it. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot reach %1. Check the address, the port and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 has no default branch to check out (it may be empty). Give a branch, tag or commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviated commit &quot;%1&quot; matches more than one object in %2; give more of its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch, tag or commit &quot;%1&quot; does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s libgit2 was built without SSH support, so Hydron cannot fetch %1. Use the repository&apos;s https:// URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s libgit2 was built without HTTPS support, so Hydron cannot fetch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Git repository: it has no .git folder and is not a bare repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot create its clone cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot lock its clone folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot open its clone in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot read its clone in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot create a repository in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libgit2 does not accept the URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit of &quot;%1&quot; is missing from the clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out &quot;%1&quot; into %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot move HEAD in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydron cannot move its new clone to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped because Hydron is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libgit2 does not accept the certificates in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Image</name>
    <message>
        <source>The repository path &quot;%1&quot; has an empty part: two slashes in a row, or a slash at its start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; has upper-case letters; Docker repository names must be lower case (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; contains &quot;%2&quot;; it may hold only a-z, 0-9 and the separators &apos;.&apos;, &apos;_&apos;, &apos;__&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name must start with a lower-case letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name must end with a lower-case letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name has the separator &quot;%2&quot;; only &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes may stand between letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; opens an IPv6 bracket and never closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; has text after its IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name: each part between dots must be letters, digits and inner dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry port in &quot;%1&quot; must be a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference ends its name with &apos;:&apos; but gives no tag after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains &quot;%2&quot;; tags may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; must not start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference has an &apos;@&apos; but no digest after it; write it as @sha256: followed by 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; names no algorithm; write it as sha256: followed by 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest algorithm &quot;%1&quot; is not one Docker accepts; use sha256, sha384 or sha512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 digest contains &quot;%2&quot;; it must be lower-case hexadecimal digits (0-9, a-f) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 digest has %2 hexadecimal digits; it must have exactly %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; contains white space or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a 64-digit image ID, not a reference; give a name such as nginx:1.27 or name@sha256:….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; has more than one &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; names no repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; names the registry %2 but no repository in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Json</name>
    <message>
        <source>%1: the field &quot;%2&quot; %3</source>
        <translation>%1: Das Feld „%2“ %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>hydron::Logging</name>
    <message>
        <source>Hydron cannot create its log folder %1.</source>
        <translation>Hydron kann seinen Protokollordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Hydron cannot write its log file %1.</source>
        <translation>Hydron kann seine Protokolldatei %1 nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>hydron::Names</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Angabe „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (U+%2 at position %3).</source>
        <translation>Angabe „%1“ enthält ein Steuerzeichen (U+%2 an Position %3).</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Angabe „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>hydron::Plan</name>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>hydron::PlanStore</name>
    <message>
        <source>The plan&apos;s project no longer exists.</source>
        <translation>Das Projekt des Plans existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation>Der Plan existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hydron::Project</name>
    <message>
        <source>Web App</source>
        <translation>Web-App</translation>
    </message>
    <message>
        <source>Microservice</source>
        <translation>Microservice</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Static Site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>No source connected</source>
        <translation>Keine Quelle verbunden</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project source</source>
        <translation>Projektquelle</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
</context>
<context>
    <name>hydron::ProjectStore</name>
    <message>
        <source>The services of project &quot;%1&quot; cannot be read.</source>
        <translation>Die Dienste des Projekts „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>A project named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Projekt namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hydron::Run</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Redeploy</source>
        <translation>Neu bereitstellen</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>hydron::RunLog</name>
    <message>
        <source>Hydron cannot create the run log folder %1.</source>
        <translation>Hydron kann den Ordner für Laufprotokolle %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Hydron cannot write the log of run %1.</source>
        <translation>Hydron kann das Protokoll von Lauf %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>Hydron cannot read the log of run %1.</source>
        <translation>Hydron kann das Protokoll von Lauf %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Hydron cannot delete the log of run %1.</source>
        <translation>Hydron kann das Protokoll von Lauf %1 nicht löschen.</translation>
    </message>
</context>
<context>
    <name>hydron::RunStore</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>Lauf %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Run %1 has no step %2.</source>
        <translation>Lauf %1 hat keinen Schritt %2.</translation>
    </message>
</context>
<context>
    <name>hydron::Secrets</name>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis namens „%1“.</translation>
    </message>
    <message>
        <source>No keychain is available, so Hydron cannot store or read secrets. Start your desktop&apos;s secret service (for example GNOME Keyring or KWallet) and try again; Hydron never keeps secrets in plain text.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann Hydron keine Geheimnisse speichern oder lesen. Starten Sie den Geheimnisdienst Ihres Desktops (zum Beispiel GNOME Schlüsselbund oder KWallet) und versuchen Sie es erneut; Hydron speichert Geheimnisse nie im Klartext.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret &quot;%1&quot;. Unlock the keychain and allow Hydron to use it.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Geheimnis „%1“ verweigert. Entsperren Sie den Schlüsselbund und erlauben Sie Hydron den Zugriff.</translation>
    </message>
    <message>
        <source>The keychain failed on the secret &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund ist beim Geheimnis „%1“ gescheitert.</translation>
    </message>
</context>
<context>
    <name>hydron::Server</name>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not provisioned</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>The server address is empty.</source>
        <translation>Die Serveradresse ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SSH address; write ssh://user@host:port or user@host.</source>
        <translation>„%1“ ist keine SSH-Adresse; schreiben Sie ssh://benutzer@host:port oder benutzer@host.</translation>
    </message>
    <message>
        <source>An SSH address has no path: &quot;%1&quot;.</source>
        <translation>Eine SSH-Adresse hat keinen Pfad: „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens a bracket it never closes.</source>
        <translation>„%1“ öffnet eine Klammer, die nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Unexpected text after the host in &quot;%1&quot;.</source>
        <translation>Unerwarteter Text nach dem Host in „%1“.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is outside 1–65535.</source>
        <translation>Der Port %1 liegt außerhalb von 1–65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name.</source>
        <translation>„%1“ ist kein gültiger Benutzername.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server spec</source>
        <translation>Serverausstattung</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Choose a key file, or sign in with the SSH agent.</source>
        <translation>Wählen Sie eine Schlüsseldatei oder melden Sie sich mit dem SSH-Agenten an.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains a comma; tags are separated by commas.</source>
        <translation>Das Schlagwort „%1“ enthält ein Komma; Schlagwörter werden durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>hydron::ServerStore</name>
    <message>
        <source>The server no longer exists.</source>
        <translation>Der Server existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A server named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Einen Server namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A project linked to &quot;%1&quot; no longer exists.</source>
        <translation>Ein mit „%1“ verknüpftes Projekt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>hydron::Service</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
</context>
<context>
    <name>hydron::Ssh</name>
    <message>
        <source>Killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited with code %1 (a process died of signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SSH public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the key&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA256 host key fingerprint (it looks like SHA256:AbC…, 43 characters after the colon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not trusted yet. Its %2 host key has the fingerprint %3. Compare it with what the server itself shows (for example `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in your provider&apos;s console) and accept it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed, so Hydron refused to connect. Pinned: %2. Now presented (%3): %4. This happens when the server was reinstalled or its keys were regenerated, but it can also mean that someone is intercepting the connection. Check the fingerprint on the server itself (for example `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in your provider&apos;s console); only when it matches, pin the new key (Server Inventory → Forget host key, or `hydron-cli servers add … --accept-host-key %4`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start bash on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, too large to read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local file was given to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts SSH connections on port %2. Check the port and that the SSH server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check its spelling and your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as an SSH server within %2 s. Check the address, the port and any firewall on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open an SSH connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the host key fingerprint of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed while logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to log in user %2. Tried: %3. The server accepts: %4. Check that the public key is in ~/.ssh/authorized_keys of %2 on the server, and that the user name is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: the server does not accept keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read: it is encrypted and no passphrase is stored for it, or it is not an SSH private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be opened with the stored passphrase (wrong passphrase, or not an SSH private key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of ssh-agent, the default keys in ~/.ssh and IdentityFile of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default keys in ~/.ssh and IdentityFile of ~/.ssh/config (no ssh-agent is running: SSH_AUTH_SOCK is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command was running. The command may have been stopped or may still be running on the server; Hydron connects again for the next command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to open another session channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended on %1 without reporting an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer SFTP file transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start an SFTP session on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (or its folder) does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::Templates</name>
    <message>
        <source>the value &quot;%1&quot; opens &quot;${&quot; without closing it with &quot;}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each env entry must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid environment variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give exactly one of &quot;value&quot;, &quot;generate&quot; and &quot;required&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a generated secret must be 16 to 256 characters long, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a generated value is a secret; mark it &quot;secret&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a required variable needs a &quot;description&quot; telling the user what to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a secret must not carry a literal value in a template; generate it, require it, or build it from references to generated secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every service needs a health check (&quot;health&quot; with &quot;http&quot; or &quot;command&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the health check needs exactly one of &quot;http&quot; (a path) and &quot;command&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the health check path &quot;%2&quot; must start with &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the health check&apos;s interval, timeout and retries must be at least 1, and its start_period at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each service must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>%1: the service name must be lower-case letters, digits, &apos;-&apos; and &apos;_&apos;: other services reach it by that host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the kind &quot;%2&quot; is not one of web, api, worker, static, job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image %2 is not pinned; give a version tag (not &quot;latest&quot;) or a digest, so a deploy is repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port %2 is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the port %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a public service needs a port for the reverse proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the variable %2 is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the volume name &quot;%2&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the volume %2 needs an absolute path in the container, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two volumes are mounted at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an HTTP health check needs a port to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ulimit &quot;%2&quot; must be a name in lower case with a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; must be lower-case letters and digits joined by single dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>%1: it has no services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the service %2 is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it depends on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: depends_on names &quot;%2&quot;, which is not a service of this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: ${public_url} needs a public service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the reference ${%3} names no variable; write ${service.NAME} or ${public_url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: ${%3} refers to a variable that is itself built from references; refer to the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 contains the secret ${%3}, so it must be marked &quot;secret&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: depends_on forms a cycle, so no service could start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must be the template&apos;s id (%2.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 of %2 needs a value: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public URL of %1 is not known yet; it is needed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two templates have the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::analysis</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be parsed and was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose service &quot;%1&quot; runs the image %2, which is not built from this repository; add it to the plan as an image service if it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose service &quot;%1&quot; builds from %2, outside the repository; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; reads %2, but which database it expects could not be told; it is not listed as a backing service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::analysis::AnalysisResult</name>
    <message>
        <source>No services found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port: %1  health: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build: %1  start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dockerfile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env (* required): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing: %1 (%2%3) used by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external: %1 used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monorepo: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::analysis::FileIndex</name>
    <message>
        <source>The folder to analyse does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path to analyse is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to analyse cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has more than %1 files; the analysis looked at the first %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis stopped reading files after %1 MB; some files were not looked at.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hydron::ui::ChatListModel</name>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ChatPane</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>This is where you will ask the assistant to analyse, plan and deploy this project, and approve what it proposes. Chatting with the assistant arrives in a later version of Hydron; conversations saved for this project will be listed here.</source>
        <translation>Hier bitten Sie den Assistenten, dieses Projekt zu analysieren, zu planen und bereitzustellen, und geben frei, was er vorschlägt. Der Chat mit dem Assistenten kommt in einer späteren Hydron-Version; für dieses Projekt gespeicherte Unterhaltungen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages in this chat</source>
        <translation>Keine Nachrichten in diesem Chat</translation>
    </message>
    <message>
        <source>This chat has no messages yet.</source>
        <translation>Dieser Chat hat noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Choose a chat above to read it.</source>
        <translation>Wählen Sie oben einen Chat, um ihn zu lesen.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::DashboardPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected project&apos;s workspace (Enter or double-click a card)</source>
        <translation>Den Arbeitsbereich des gewählten Projekts öffnen (Eingabetaste oder Doppelklick auf eine Karte)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Rename the selected project or change its type or source</source>
        <translation>Das gewählte Projekt umbenennen oder Typ oder Quelle ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected project</source>
        <translation>Das gewählte Projekt löschen</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project (Ctrl+N)</source>
        <translation>Ein Projekt anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation>Noch keine Projekte</translation>
    </message>
    <message>
        <source>A project is an application you want to run on your own server. Create one and point it at its source: a Git URL, a folder on this computer or a Docker image.</source>
        <translation>Ein Projekt ist eine Anwendung, die Sie auf Ihrem eigenen Server betreiben möchten. Legen Sie eines an und geben Sie seine Quelle an: eine Git-URL, einen Ordner auf diesem Computer oder ein Docker-Image.</translation>
    </message>
    <message>
        <source>Create a Project…</source>
        <translation>Projekt anlegen…</translation>
    </message>
    <message>
        <source>No matching projects</source>
        <translation>Keine passenden Projekte</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Hier ist noch nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) match</source>
        <translation>
            <numerusform>%1 von %n Projekt passt</numerusform>
            <numerusform>%1 von %n Projekten passen</numerusform>
        </translation>
    </message>
    <message>
        <source>No project name contains “%1”. Clear the filter to see all projects.</source>
        <translation>Kein Projektname enthält „%1“. Leeren Sie den Filter, um alle Projekte zu sehen.</translation>
    </message>
    <message>
        <source>Created the project “%1”.</source>
        <translation>Projekt „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved the project “%1”.</source>
        <translation>Projekt „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Could Not Delete the Project</source>
        <translation>Projekt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted the project “%1”.</source>
        <translation>Projekt „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Delete the project “%1”?

Its chats and plans are deleted and it is unlinked from its servers. Nothing on the servers is touched, and its run history stays.</source>
        <translation>Das Projekt „%1“ löschen?

Seine Chats und Pläne werden gelöscht und die Verknüpfung mit seinen Servern wird aufgehoben. Auf den Servern wird nichts angerührt, und der Verlauf seiner Läufe bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::EnvTableModel</name>
    <message>
        <source>Secret: the value is kept in your system keychain and never shown here.</source>
        <translation>Geheim: Der Wert liegt im Schlüsselbund Ihres Systems und wird hier nie angezeigt.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hydron::ui::InfrastructurePanel</name>
    <message>
        <source>No services yet</source>
        <translation>Noch keine Dienste</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>A plan says how this project will run: the server size, a Dockerfile per service, environment, ports, domains and health checks. Hydron makes it from the detected services; planning arrives in a later version of Hydron.</source>
        <translation>Ein Plan legt fest, wie dieses Projekt läuft: Servergröße, ein Dockerfile je Dienst, Umgebung, Ports, Domains und Zustandsprüfungen. Hydron erstellt ihn aus den erkannten Diensten; die Planung kommt in einer späteren Hydron-Version.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No Dockerfiles yet</source>
        <translation>Noch keine Dockerfiles</translation>
    </message>
    <message>
        <source>Each service is built from a Dockerfile: the one in your source when there is one, otherwise one Hydron generates with the plan. They are listed here once the project has services.</source>
        <translation>Jeder Dienst wird aus einem Dockerfile gebaut: aus dem in Ihrer Quelle, wenn es eines gibt, sonst aus einem, das Hydron mit dem Plan erzeugt. Sie werden hier aufgeführt, sobald das Projekt Dienste hat.</translation>
    </message>
    <message>
        <source>Dockerfiles</source>
        <translation>Dockerfiles</translation>
    </message>
    <message>
        <source>No environment variables</source>
        <translation>Keine Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>No domains yet</source>
        <translation>Noch keine Domains</translation>
    </message>
    <message>
        <source>Public services get a domain and a TLS certificate through the reverse proxy on your server. Domains are part of the plan, which arrives in a later version of Hydron.</source>
        <translation>Öffentliche Dienste erhalten über den Reverse-Proxy auf Ihrem Server eine Domain und ein TLS-Zertifikat. Domains sind Teil des Plans, der in einer späteren Hydron-Version kommt.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Hydron fills this list when it analyses the project&apos;s source, and this project has no source yet: add one with Edit Project. Source analysis arrives in a later version of Hydron.</source>
        <translation>Hydron füllt diese Liste, wenn es die Quelle des Projekts analysiert, und dieses Projekt hat noch keine Quelle: Fügen Sie mit „Projekt bearbeiten“ eine hinzu. Die Quellanalyse kommt in einer späteren Hydron-Version.</translation>
    </message>
    <message>
        <source>Hydron fills this list when it analyses the project&apos;s source (%1). Source analysis arrives in a later version of Hydron.</source>
        <translation>Hydron füllt diese Liste, wenn es die Quelle des Projekts analysiert (%1). Die Quellanalyse kommt in einer späteren Hydron-Version.</translation>
    </message>
    <message>
        <source>The variables your services read appear here once the project has services. Secret values are kept in your system keychain and only shown masked.</source>
        <translation>Die Variablen, die Ihre Dienste lesen, erscheinen hier, sobald das Projekt Dienste hat. Geheime Werte liegen im Schlüsselbund Ihres Systems und werden nur maskiert angezeigt.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1, now stale</source>
        <translation>%1, jetzt veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) kept.</source>
        <translation>
            <numerusform>%n frühere Version aufbewahrt.</numerusform>
            <numerusform>%n frühere Versionen aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the project&apos;s first plan.</source>
        <translation>Dies ist der erste Plan des Projekts.</translation>
    </message>
    <message>
        <source>The services changed after this plan was made, so it is stale: it no longer describes what would be deployed.</source>
        <translation>Die Dienste haben sich geändert, nachdem dieser Plan erstellt wurde; er ist daher veraltet und beschreibt nicht mehr, was bereitgestellt würde.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::LinkProjectsDialog</name>
    <message>
        <source>Link Projects</source>
        <translation>Projekte verknüpfen</translation>
    </message>
    <message>
        <source>Projects on “%1”</source>
        <translation>Projekte auf „%1“</translation>
    </message>
    <message>
        <source>Check the projects this server hosts. A linked project is deployed to this server; linking changes nothing on the server by itself.</source>
        <translation>Haken Sie die Projekte an, die dieser Server beherbergt. Ein verknüpftes Projekt wird auf diesem Server bereitgestellt; das Verknüpfen allein ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Projekte filtern</translation>
    </message>
    <message>
        <source>There are no projects yet. Create one on the Projects page, then link it here.</source>
        <translation>Es gibt noch keine Projekte. Legen Sie auf der Seite „Projekte“ eines an und verknüpfen Sie es dann hier.</translation>
    </message>
    <message>
        <source>Could Not Link the Projects</source>
        <translation>Projekte konnten nicht verknüpft werden</translation>
    </message>
</context>
<context>
    <name>hydron::ui::MainWindow</name>
    <message>
        <source>Hydron</source>
        <translation>Hydron</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Your projects (Ctrl+1)</source>
        <translation>Ihre Projekte (Strg+1)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your servers (Ctrl+2)</source>
        <translation>Ihre Server (Strg+2)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Hydron keeps its projects, servers and run history in %1. Choose another folder with --data-dir or HYDRON_DATA_DIR.</source>
        <translation>Hydron speichert seine Projekte, Server und Läufe in %1. Wählen Sie mit --data-dir oder HYDRON_DATA_DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The project “%1” was deleted.</source>
        <translation>Das Projekt „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hydron</source>
        <translation>&amp;Über Hydron</translation>
    </message>
    <message>
        <source>About Hydron</source>
        <translation>Über Hydron</translation>
    </message>
    <message>
        <source>Hydron %1

From a Git repository to a running, health-checked deployment on your own server.

Data folder: %2
Qt %3</source>
        <translation>Hydron %1

Vom Git-Repository zur laufenden, geprüften Bereitstellung auf Ihrem eigenen Server.

Datenordner: %2
Qt %3</translation>
    </message>
</context>
<context>
    <name>hydron::ui::MessageListModel</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Hydron</source>
        <translation>Hydron</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Werkzeugergebnis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ProjectDialog</name>
    <message>
        <source>Edit Project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt anlegen</translation>
    </message>
    <message>
        <source>A project is one application you deploy. Give it a name and say where its source lives; you can connect or change the source later.</source>
        <translation>Ein Projekt ist eine Anwendung, die Sie bereitstellen. Geben Sie ihm einen Namen und sagen Sie, wo seine Quelle liegt; die Quelle können Sie später verbinden oder ändern.</translation>
    </message>
    <message>
        <source>e.g. Storefront</source>
        <translation>z. B. Onlineshop</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Git URL, local folder or Docker image</source>
        <translation>Git-URL, lokaler Ordner oder Docker-Image</translation>
    </message>
    <message>
        <source>Choose a local folder</source>
        <translation>Einen lokalen Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Optional. A Git URL (https://…, git@…), a folder on this computer, or a Docker image such as nginx:1.27.</source>
        <translation>Optional. Eine Git-URL (https://…, git@…), ein Ordner auf diesem Computer oder ein Docker-Image wie nginx:1.27.</translation>
    </message>
    <message>
        <source>Git repository: %1</source>
        <translation>Git-Repository: %1</translation>
    </message>
    <message>
        <source>Local folder: %1</source>
        <translation>Lokaler Ordner: %1</translation>
    </message>
    <message>
        <source>Docker image: %1 (not a URL or an existing folder, so Hydron reads it as an image)</source>
        <translation>Docker-Image: %1 (keine URL und kein vorhandener Ordner, daher liest Hydron es als Image)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Choose the Project&apos;s Folder</source>
        <translation>Ordner des Projekts wählen</translation>
    </message>
    <message>
        <source>Could Not Save the Project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ProjectListModel</name>
    <message>
        <source>%1
%2
Source: %3</source>
        <translation>%1
%2
Quelle: %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, last run: %4</source>
        <translation>%1, %2, %3, letzter Lauf: %4</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>Noch keine Dienste</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ProjectWorkspace</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Back to all projects (Alt+Left)</source>
        <translation>Zurück zu allen Projekten (Alt+Links)</translation>
    </message>
    <message>
        <source>Edit Project…</source>
        <translation>Projekt bearbeiten…</translation>
    </message>
    <message>
        <source>Rename the project or change its type or source</source>
        <translation>Das Projekt umbenennen oder Typ oder Quelle ändern</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Servers: none linked yet. Link one in the Server Inventory.</source>
        <translation>Server: noch keiner verknüpft. Verknüpfen Sie einen in der Serverübersicht.</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>hydron::ui::RunListModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>Removed server</source>
        <translation>Entfernter Server</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>hydron::ui::RunsPanel</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Steps of the selected run</source>
        <translation>Schritte des gewählten Laufs</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Every provisioning, build and deploy of this project becomes a run: its steps, their statuses and logs appear here. Deploying arrives in a later version of Hydron.</source>
        <translation>Jedes Einrichten, Bauen und Bereitstellen dieses Projekts wird ein Lauf: Seine Schritte, deren Status und Protokolle erscheinen hier. Das Bereitstellen kommt in einer späteren Hydron-Version.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ServerDialog</name>
    <message>
        <source>Edit Server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>Einen Server hinzufügen</translation>
    </message>
    <message>
        <source>A Linux server you own and reach over SSH. Hydron keeps its details on this computer; nothing is sent to the server until you provision or deploy.</source>
        <translation>Ein Linux-Server, der Ihnen gehört und den Sie über SSH erreichen. Hydron speichert seine Angaben auf diesem Computer; an den Server wird nichts gesendet, bis Sie ihn einrichten oder bereitstellen.</translation>
    </message>
    <message>
        <source>e.g. web-1</source>
        <translation>z. B. web-1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>host name, IP address or ssh://user@host:port</source>
        <translation>Hostname, IP-Adresse oder ssh://benutzer@host:port</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Sign &amp;in with</source>
        <translation>Anmelden &amp;mit</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Choose a private key file</source>
        <translation>Eine private Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>&amp;Schlüsseldatei</translation>
    </message>
    <message>
        <source>comma-separated, e.g. production, eu</source>
        <translation>durch Kommas getrennt, z. B. produktion, eu</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Choose a Private Key</source>
        <translation>Privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Could Not Save the Server</source>
        <translation>Server konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ServerInventoryPage</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Filter by name, address or tag</source>
        <translation>Nach Name, Adresse oder Schlagwort filtern</translation>
    </message>
    <message>
        <source>Link to Projects…</source>
        <translation>Mit Projekten verknüpfen…</translation>
    </message>
    <message>
        <source>Choose the projects the selected server hosts</source>
        <translation>Die Projekte wählen, die der gewählte Server beherbergt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected server</source>
        <translation>Den gewählten Server bearbeiten</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected server from Hydron</source>
        <translation>Den gewählten Server aus Hydron entfernen</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Add a server you reach over SSH</source>
        <translation>Einen Server hinzufügen, den Sie über SSH erreichen</translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <source>Add a Linux server you can reach over SSH, with your SSH agent or a key file, and link it to the projects it should host. Provisioning it and deploying to it arrive in a later version of Hydron; adding it here changes nothing on the server.</source>
        <translation>Fügen Sie einen Linux-Server hinzu, den Sie über SSH mit Ihrem SSH-Agenten oder einer Schlüsseldatei erreichen, und verknüpfen Sie ihn mit den Projekten, die er beherbergen soll. Das Einrichten und Bereitstellen kommt in einer späteren Hydron-Version; das Hinzufügen hier ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <source>Add a Server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Hier ist noch nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) match</source>
        <translation>
            <numerusform>%1 von %n Server passt</numerusform>
            <numerusform>%1 von %n Servern passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the server “%1”.</source>
        <translation>Server „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the server “%1”.</source>
        <translation>Server „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Could Not Remove the Server</source>
        <translation>Server konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Removed the server “%1”.</source>
        <translation>Server „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove the server “%1” from Hydron?

Its projects are unlinked from it. Nothing on the server itself is touched: its containers keep running.</source>
        <translation>Den Server „%1“ aus Hydron entfernen?

Die Verknüpfungen seiner Projekte werden aufgehoben. Auf dem Server selbst wird nichts angerührt: Seine Container laufen weiter.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” now hosts %n project(s).</source>
        <translation>
            <numerusform>„%1“ beherbergt jetzt %n Projekt.</numerusform>
            <numerusform>„%1“ beherbergt jetzt %n Projekte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hydron::ui::ServerTableModel</name>
    <message>
        <source>Signs in with the key file %1</source>
        <translation>Meldet sich mit der Schlüsseldatei %1 an</translation>
    </message>
    <message>
        <source>Signs in through the SSH agent</source>
        <translation>Meldet sich über den SSH-Agenten an</translation>
    </message>
    <message>
        <source>Not linked to any project</source>
        <translation>Mit keinem Projekt verknüpft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>Verknüpfte Projekte</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ServiceTableModel</name>
    <message>
        <source>None needed: runs the image %1</source>
        <translation>Nicht nötig: führt das Image %1 aus</translation>
    </message>
    <message>
        <source>None in the source yet: the plan will generate one</source>
        <translation>Noch keines in der Quelle: der Plan erzeugt eines</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Path or image</source>
        <translation>Pfad oder Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
</context>
<context>
    <name>hydron::ui::StepTableModel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The exit code of the step&apos;s script</source>
        <translation>Der Exit-Code des Skripts dieses Schritts</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>hydron::ui::style</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hydron Cannot Start</source>
        <translation>Hydron kann nicht starten</translation>
    </message>
    <message>
        <source>Hydron: from a Git repository to a running, health-checked deployment on your own server.</source>
        <translation>Hydron: vom Git-Repository zur laufenden, geprüften Bereitstellung auf Ihrem eigenen Server.</translation>
    </message>
    <message>
        <source>Keep projects, servers and runs in &lt;dir&gt; (default: HYDRON_DATA_DIR, else %1).</source>
        <translation>Projekte, Server und Läufe in &lt;dir&gt; speichern (Standard: HYDRON_DATA_DIR, sonst %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
</context>
</TS>
