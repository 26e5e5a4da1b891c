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
        <translation>Claude hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Claude did not accept the API key: %1. Check the key in Settings or ANTHROPIC_API_KEY.</source>
        <translation>Claude hat den API-Schlüssel nicht akzeptiert: %1. Prüfen Sie den Schlüssel in den Einstellungen oder ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <source>Claude refused the request because of a billing problem: %1</source>
        <translation>Claude hat die Anfrage wegen eines Abrechnungsproblems abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API key may not use this: %1</source>
        <translation>Der API-Schlüssel darf dies nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Claude does not know what was asked for (check the model and the base URL): %1</source>
        <translation>Claude weiß nicht, was angefragt wurde (prüfen Sie das Modell und die Basis-URL): %1</translation>
    </message>
    <message>
        <source>The conversation is too large for one request; start a new chat or shorten it: %1</source>
        <translation>Die Unterhaltung ist zu groß für eine Anfrage; beginnen Sie einen neuen Chat oder kürzen Sie sie: %1</translation>
    </message>
    <message>
        <source>Claude is rate limiting this API key; try again later: %1</source>
        <translation>Claude begrenzt die Anfragen dieses API-Schlüssels; versuchen Sie es später erneut: %1</translation>
    </message>
    <message>
        <source>Claude is overloaded right now; try again in a moment: %1</source>
        <translation>Claude ist gerade überlastet; versuchen Sie es gleich noch einmal: %1</translation>
    </message>
    <message>
        <source>Claude took too long to answer: %1</source>
        <translation>Claude hat zu lange für die Antwort gebraucht: %1</translation>
    </message>
    <message>
        <source>Claude had an internal error; try again: %1</source>
        <translation>Bei Claude ist ein interner Fehler aufgetreten; versuchen Sie es erneut: %1</translation>
    </message>
    <message>
        <source>The server %2 answered with an error: %1</source>
        <translation>Der Server %2 hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>no explanation was given</source>
        <translation>es wurde keine Erklärung gegeben</translation>
    </message>
    <message>
        <source>The Claude API key contains spaces or characters an API key cannot have; paste it again.</source>
        <translation>Der Claude-API-Schlüssel enthält Leerzeichen oder Zeichen, die ein API-Schlüssel nicht haben kann; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Hydron could not reach Claude at %1: %2</source>
        <translation>Hydron konnte Claude unter %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>The server %1 redirects Claude requests to %2; set the base URL in Settings to that address.</source>
        <translation>Der Server %1 leitet Claude-Anfragen an %2 um; setzen Sie die Basis-URL in den Einstellungen auf diese Adresse.</translation>
    </message>
    <message>
        <source>Claude did not answer within %1 s.</source>
        <translation>Claude hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Claude sent no answer within %1 s.</source>
        <translation>Claude hat innerhalb von %1 s keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>The answer from Claude stalled: nothing arrived for %1 s.</source>
        <translation>Die Antwort von Claude ist ins Stocken geraten: %1 s lang kam nichts an.</translation>
    </message>
    <message>
        <source>The server %1 did not answer with a stream of events; check the base URL in Settings.</source>
        <translation>Der Server %1 hat nicht mit einem Ereignisstrom geantwortet; prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Claude closed the connection without answering.</source>
        <translation>Claude hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to Claude dropped after %1 bytes; the answer is incomplete.</source>
        <translation>Die Verbindung zu Claude ist nach %1 Bytes abgebrochen; die Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>The model list from the server is unreasonably large.</source>
        <translation>Die Modellliste des Servers ist unvernünftig groß.</translation>
    </message>
    <message>
        <source>The connection to Claude dropped while reading the model list.</source>
        <translation>Die Verbindung zu Claude ist beim Lesen der Modellliste abgebrochen.</translation>
    </message>
    <message>
        <source>The model list from the server is malformed; check the base URL in Settings.</source>
        <translation>Die Modellliste des Servers ist fehlerhaft; prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Claude base URL &quot;%1&quot; is not an http(s) address; correct it in Settings.</source>
        <translation>Die Claude-Basis-URL „%1“ ist keine http(s)-Adresse; korrigieren Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The Claude base URL %1 uses plain http, which would send the API key unencrypted; use an https address.</source>
        <translation>Die Claude-Basis-URL %1 verwendet reines http, wodurch der API-Schlüssel unverschlüsselt gesendet würde; verwenden Sie eine https-Adresse.</translation>
    </message>
    <message>
        <source>No Claude API key is set. Add one in Settings or set ANTHROPIC_API_KEY.</source>
        <translation>Es ist kein Claude-API-Schlüssel gesetzt. Fügen Sie einen in den Einstellungen hinzu oder setzen Sie ANTHROPIC_API_KEY.</translation>
    </message>
    <message>
        <source>A message block for Claude is malformed.</source>
        <translation>Ein Nachrichtenblock für Claude ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The request to Claude was cancelled.</source>
        <translation>Die Anfrage an Claude wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model list from the server is malformed.</source>
        <translation>Die Modellliste des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Fetching the list of Claude models was cancelled.</source>
        <translation>Das Abrufen der Liste der Claude-Modelle wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No Claude model is chosen; pick one in Settings.</source>
        <translation>Es ist kein Claude-Modell gewählt; wählen Sie eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>There is no message to send to Claude.</source>
        <translation>Es gibt keine Nachricht, die an Claude gesendet werden könnte.</translation>
    </message>
    <message>
        <source>The answer length limit must be positive.</source>
        <translation>Die Längenbegrenzung der Antwort muss positiv sein.</translation>
    </message>
    <message>
        <source>A message to Claude has no content.</source>
        <translation>Eine Nachricht an Claude hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>The tool name &quot;%1&quot; is not allowed: use 1 to 128 letters, digits, _ or -.</source>
        <translation>Der Werkzeugname „%1“ ist nicht erlaubt: Verwenden Sie 1 bis 128 Buchstaben, Ziffern, _ oder -.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; is offered twice.</source>
        <translation>Das Werkzeug „%1“ wird doppelt angeboten.</translation>
    </message>
    <message>
        <source>Hydron did not send this message to Claude because the value of the secret %1 would have been part of it. Secret values this short or this common cannot be masked safely; change the secret&apos;s value.</source>
        <translation>Hydron hat diese Nachricht nicht an Claude gesendet, weil sie den Wert des Geheimnisses %1 enthalten hätte. So kurze oder so verbreitete geheime Werte lassen sich nicht sicher maskieren; ändern Sie den Wert des Geheimnisses.</translation>
    </message>
    <message>
        <source>The event stream from the server is unusable.</source>
        <translation>Der Ereignisstrom des Servers ist unbrauchbar.</translation>
    </message>
    <message>
        <source>The server sent an event line longer than %1 MB; Hydron stopped reading the answer.</source>
        <translation>Der Server hat eine Ereigniszeile gesendet, die länger als %1 MB ist; Hydron hat das Lesen der Antwort beendet.</translation>
    </message>
    <message>
        <source>The answer from the server does not follow the Messages API stream format; check the base URL in Settings.</source>
        <translation>Die Antwort des Servers entspricht nicht dem Stream-Format der Messages-API; prüfen Sie die Basis-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Claude&apos;s input for the tool &quot;%1&quot; is not valid JSON, so the tool was not run.</source>
        <translation>Claudes Eingabe für das Werkzeug „%1“ ist kein gültiges JSON, daher wurde das Werkzeug nicht ausgeführt.</translation>
    </message>
    <message>
        <source>An API key is one word without spaces or line breaks.</source>
        <translation>Ein API-Schlüssel ist ein Wort ohne Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
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
        <translation>Das Klonen hat nichts zu tun.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Receiving objects</source>
        <translation>Objekte werden empfangen</translation>
    </message>
    <message>
        <source>Resolving deltas</source>
        <translation>Deltas werden aufgelöst</translation>
    </message>
    <message>
        <source>Checking out files</source>
        <translation>Dateien werden ausgecheckt</translation>
    </message>
    <message>
        <source>The download was cancelled before it started.</source>
        <translation>Der Download wurde abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>The Git worker thread is not running.</source>
        <translation>Der Git-Worker-Thread läuft nicht.</translation>
    </message>
    <message>
        <source>The Git URL is empty.</source>
        <translation>Die Git-URL ist leer.</translation>
    </message>
    <message>
        <source>The Git URL contains a control character.</source>
        <translation>Die Git-URL enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Hydron cannot fetch from &quot;%1&quot; URLs; use https://, ssh://, git://, file://, user@host:path or a local folder.</source>
        <translation>Hydron kann nicht von „%1“-URLs holen; verwenden Sie https://, ssh://, git://, file://, benutzer@host:pfad oder einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The file URL &quot;%1&quot; names the host %2; file URLs can only point at this computer.</source>
        <translation>Die Datei-URL „%1“ nennt den Host %2; Datei-URLs können nur auf diesen Computer zeigen.</translation>
    </message>
    <message>
        <source>The file URL &quot;%1&quot; names no folder.</source>
        <translation>Die Datei-URL „%1“ nennt keinen Ordner.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no host.</source>
        <translation>Die URL „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; names no repository on %2.</source>
        <translation>Die URL „%1“ nennt kein Repository auf %2.</translation>
    </message>
    <message>
        <source>The SSH URL contains a password. Hydron logs in to SSH with keys only: remove the password from the URL and use ssh-agent or a key file.</source>
        <translation>Die SSH-URL enthält ein Passwort. Hydron meldet sich bei SSH nur mit Schlüsseln an: Entfernen Sie das Passwort aus der URL und verwenden Sie ssh-agent oder eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no host.</source>
        <translation>Die Adresse „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no repository on %2.</source>
        <translation>Die Adresse „%1“ nennt kein Repository auf %2.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has an invalid host name &quot;%2&quot;.</source>
        <translation>Die Adresse „%1“ hat einen ungültigen Hostnamen „%2“.</translation>
    </message>
    <message>
        <source>%1 kept refusing the login; Hydron gave up.</source>
        <translation>%1 hat die Anmeldung wiederholt abgelehnt; Hydron hat aufgegeben.</translation>
    </message>
    <message>
        <source>%1 asks for a login, which Hydron cannot give over this kind of URL. Use an https:// or ssh:// URL.</source>
        <translation>%1 verlangt eine Anmeldung, die Hydron über diese Art von URL nicht geben kann. Verwenden Sie eine https://- oder ssh://-URL.</translation>
    </message>
    <message>
        <source>The SSH server %1 does not accept key logins, and Hydron logs in to SSH with keys only.</source>
        <translation>Der SSH-Server %1 akzeptiert keine Schlüsselanmeldung, und Hydron meldet sich bei SSH nur mit Schlüsseln an.</translation>
    </message>
    <message>
        <source>the keys in ssh-agent and the key file %1</source>
        <translation>die Schlüssel im ssh-agent und die Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>the keys in ssh-agent</source>
        <translation>die Schlüssel im ssh-agent</translation>
    </message>
    <message>
        <source>the key file %1</source>
        <translation>die Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>%1 needs an SSH key, and Hydron has none to offer: ssh-agent is not running (SSH_AUTH_SOCK is not set) and no key file was given.</source>
        <translation>%1 braucht einen SSH-Schlüssel, und Hydron hat keinen anzubieten: ssh-agent läuft nicht (SSH_AUTH_SOCK ist nicht gesetzt) und es wurde keine Schlüsseldatei angegeben.</translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused %2 for the user %3. It is an RSA key, and the libssh2 on this computer signs RSA keys only with SHA-1 (ssh-rsa), which OpenSSH 8.8 and later refuse by default: use an ed25519 or ECDSA key. Also check that the public key is authorised for this repository.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat %2 für den Benutzer %3 abgelehnt. Es ist ein RSA-Schlüssel, und die libssh2 auf diesem Computer signiert RSA-Schlüssel nur mit SHA-1 (ssh-rsa), was OpenSSH ab 8.8 standardmäßig ablehnt: Verwenden Sie einen ed25519- oder ECDSA-Schlüssel. Prüfen Sie auch, ob der öffentliche Schlüssel für dieses Repository berechtigt ist.</translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused %2 for the user %3. Check that the public key is authorised for this repository.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat %2 für den Benutzer %3 abgelehnt. Prüfen Sie, ob der öffentliche Schlüssel für dieses Repository berechtigt ist.</translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be read.</source>
        <translation>Die SSH-Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SSH key %1 is protected by a passphrase, and none was given.</source>
        <translation>Der SSH-Schlüssel %1 ist durch eine Passphrase geschützt, und es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>%1 asks for a kind of login Hydron cannot give (only user name and token are supported).</source>
        <translation>%1 verlangt eine Art der Anmeldung, die Hydron nicht geben kann (nur Benutzername und Token werden unterstützt).</translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused the token. Check that it is still valid and may read this repository.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat das Token abgelehnt. Prüfen Sie, ob es noch gültig ist und dieses Repository lesen darf.</translation>
    </message>
    <message>
        <source>%1 asks for a login over unencrypted http://. Hydron does not send tokens in the clear: use the https:// URL.</source>
        <translation>%1 verlangt eine Anmeldung über unverschlüsseltes http://. Hydron sendet Tokens nicht im Klartext: Verwenden Sie die https://-URL.</translation>
    </message>
    <message>
        <source>%1 asks for a login to %2, and no access token is stored for this host. Add a personal access token for %1, or check the URL: some hosts ask for a login when a repository does not exist.</source>
        <translation>%1 verlangt eine Anmeldung bei %2, und für diesen Host ist kein Zugriffstoken gespeichert. Fügen Sie ein persönliches Zugriffstoken für %1 hinzu oder prüfen Sie die URL: Manche Hosts verlangen eine Anmeldung, wenn ein Repository nicht existiert.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not valid or not trusted by this computer; Hydron does not connect.</source>
        <translation>Das TLS-Zertifikat von %1 ist ungültig oder wird von diesem Computer nicht als vertrauenswürdig eingestuft; Hydron verbindet sich nicht.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 cannot be checked: libgit2 gave no SHA-256 fingerprint for it.</source>
        <translation>Der SSH-Hostschlüssel von %1 kann nicht geprüft werden: libgit2 hat keinen SHA-256-Fingerabdruck dafür geliefert.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not trusted yet. Its %2 fingerprint is %3: compare it with the one the server&apos;s owner publishes, then trust it to continue.</source>
        <translation>Dem SSH-Hostschlüssel von %1 wird noch nicht vertraut. Sein %2-Fingerabdruck ist %3: Vergleichen Sie ihn mit dem, den der Betreiber des Servers veröffentlicht, und vertrauen Sie ihm dann, um fortzufahren.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 does not match the trusted one: the server presented %2, but %3 was expected. Hydron refuses to connect, because someone may be intercepting the connection. If the server&apos;s key was changed on purpose, trust the new key.</source>
        <translation>Der SSH-Hostschlüssel von %1 stimmt nicht mit dem vertrauten überein: Der Server hat %2 vorgelegt, erwartet wurde %3. Hydron verweigert die Verbindung, weil womöglich jemand die Verbindung abfängt. Wenn der Schlüssel des Servers absichtlich geändert wurde, vertrauen Sie dem neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Authentication failed: %1 refused the login. Check the key or token and its access to %2.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat die Anmeldung abgelehnt. Prüfen Sie den Schlüssel oder das Token und dessen Zugriff auf %2.</translation>
    </message>
    <message>
        <source>The SSH key could not be used: the passphrase is wrong or the key file&apos;s format is not supported.</source>
        <translation>Der SSH-Schlüssel konnte nicht verwendet werden: Die Passphrase ist falsch oder das Format der Schlüsseldatei wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The identity of %1 could not be verified.</source>
        <translation>Die Identität von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>There is no Git repository at %1, or this login may not read it. Check the URL.</source>
        <translation>Unter %1 gibt es kein Git-Repository, oder diese Anmeldung darf es nicht lesen. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>Hydron cannot reach %1. Check the address, the port and the network connection.</source>
        <translation>Hydron kann %1 nicht erreichen. Prüfen Sie die Adresse, den Port und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Fetching %1 failed.</source>
        <translation>Das Holen von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The repository %1 has no default branch to check out (it may be empty). Give a branch, tag or commit.</source>
        <translation>Das Repository %1 hat keinen Standard-Branch zum Auschecken (es ist womöglich leer). Geben Sie einen Branch, Tag oder Commit an.</translation>
    </message>
    <message>
        <source>The abbreviated commit &quot;%1&quot; matches more than one object in %2; give more of its digits.</source>
        <translation>Der abgekürzte Commit „%1“ passt auf mehr als ein Objekt in %2; geben Sie mehr Stellen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a commit.</source>
        <translation>„%1“ in %2 ist kein Commit.</translation>
    </message>
    <message>
        <source>The branch, tag or commit &quot;%1&quot; does not exist in %2.</source>
        <translation>Der Branch, Tag oder Commit „%1“ existiert in %2 nicht.</translation>
    </message>
    <message>
        <source>This computer&apos;s libgit2 was built without SSH support, so Hydron cannot fetch %1. Use the repository&apos;s https:// URL instead.</source>
        <translation>Die libgit2 dieses Computers wurde ohne SSH-Unterstützung gebaut, daher kann Hydron %1 nicht holen. Verwenden Sie stattdessen die https://-URL des Repositorys.</translation>
    </message>
    <message>
        <source>This computer&apos;s libgit2 was built without HTTPS support, so Hydron cannot fetch %1.</source>
        <translation>Die libgit2 dieses Computers wurde ohne HTTPS-Unterstützung gebaut, daher kann Hydron %1 nicht holen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a Git repository.</source>
        <translation>%1 ist eine Datei, kein Git-Repository.</translation>
    </message>
    <message>
        <source>%1 is not a Git repository: it has no .git folder and is not a bare repository.</source>
        <translation>%1 ist kein Git-Repository: Es hat keinen .git-Ordner und ist kein Bare-Repository.</translation>
    </message>
    <message>
        <source>Hydron cannot create its clone cache folder %1.</source>
        <translation>Hydron kann seinen Klon-Cache-Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Hydron cannot lock its clone folder %1.</source>
        <translation>Hydron kann seinen Klon-Ordner %1 nicht sperren.</translation>
    </message>
    <message>
        <source>Hydron cannot open its clone in %1.</source>
        <translation>Hydron kann seinen Klon in %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>Hydron cannot read its clone in %1.</source>
        <translation>Hydron kann seinen Klon in %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Hydron cannot create a repository in %1.</source>
        <translation>Hydron kann in %1 kein Repository anlegen.</translation>
    </message>
    <message>
        <source>libgit2 does not accept the URL %1.</source>
        <translation>libgit2 akzeptiert die URL %1 nicht.</translation>
    </message>
    <message>
        <source>The commit of &quot;%1&quot; is missing from the clone.</source>
        <translation>Der Commit von „%1“ fehlt im Klon.</translation>
    </message>
    <message>
        <source>Checking out &quot;%1&quot; into %2 failed.</source>
        <translation>Das Auschecken von „%1“ nach %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Hydron cannot move HEAD in %1.</source>
        <translation>Hydron kann HEAD in %1 nicht verschieben.</translation>
    </message>
    <message>
        <source>Hydron cannot move its new clone to %1.</source>
        <translation>Hydron kann seinen neuen Klon nicht nach %1 verschieben.</translation>
    </message>
    <message>
        <source>The download stopped because Hydron is closing.</source>
        <translation>Der Download wurde beendet, weil Hydron geschlossen wird.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>libgit2 does not accept the certificates in %1.</source>
        <translation>libgit2 akzeptiert die Zertifikate in %1 nicht.</translation>
    </message>
</context>
<context>
    <name>hydron::Image</name>
    <message>
        <source>The repository path &quot;%1&quot; has an empty part: two slashes in a row, or a slash at its start or end.</source>
        <translation>Der Repository-Pfad „%1“ hat einen leeren Teil: zwei Schrägstriche hintereinander oder ein Schrägstrich am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; has upper-case letters; Docker repository names must be lower case (&quot;%2&quot;).</source>
        <translation>Der Repository-Name „%1“ enthält Großbuchstaben; Docker-Repository-Namen müssen kleingeschrieben sein („%2“).</translation>
    </message>
    <message>
        <source>The repository name &quot;%1&quot; contains &quot;%2&quot;; it may hold only a-z, 0-9 and the separators &apos;.&apos;, &apos;_&apos;, &apos;__&apos; and &apos;-&apos;.</source>
        <translation>Der Repository-Name „%1“ enthält „%2“; er darf nur a-z, 0-9 und die Trennzeichen „.“, „_“, „__“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name must start with a lower-case letter or a digit.</source>
        <translation>Der Teil „%1“ des Repository-Namens muss mit einem Kleinbuchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name must end with a lower-case letter or a digit.</source>
        <translation>Der Teil „%1“ des Repository-Namens muss mit einem Kleinbuchstaben oder einer Ziffer enden.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the repository name has the separator &quot;%2&quot;; only &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes may stand between letters and digits.</source>
        <translation>Der Teil „%1“ des Repository-Namens hat das Trennzeichen „%2“; zwischen Buchstaben und Ziffern dürfen nur „.“, „_“, „__“ oder Bindestriche stehen.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; opens an IPv6 bracket and never closes it.</source>
        <translation>Die Registry-Adresse „%1“ öffnet eine IPv6-Klammer und schließt sie nie.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>Die Registry-Adresse „%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The registry address &quot;%1&quot; has text after its IPv6 address.</source>
        <translation>Die Registry-Adresse „%1“ hat Text nach ihrer IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The registry host &quot;%1&quot; is not a valid host name: each part between dots must be letters, digits and inner dashes.</source>
        <translation>Der Registry-Host „%1“ ist kein gültiger Hostname: Jeder Teil zwischen Punkten muss aus Buchstaben, Ziffern und inneren Bindestrichen bestehen.</translation>
    </message>
    <message>
        <source>The registry port in &quot;%1&quot; must be a number between 1 and 65535.</source>
        <translation>Der Registry-Port in „%1“ muss eine Zahl zwischen 1 und 65535 sein.</translation>
    </message>
    <message>
        <source>The image reference ends its name with &apos;:&apos; but gives no tag after it.</source>
        <translation>Die Image-Referenz endet ihren Namen mit „:“, gibt danach aber keinen Tag an.</translation>
    </message>
    <message>
        <source>The tag is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Tag ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains &quot;%2&quot;; tags may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Der Tag „%1“ enthält „%2“; Tags dürfen nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; must not start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Der Tag „%1“ darf nicht mit „.“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>The image reference has an &apos;@&apos; but no digest after it; write it as @sha256: followed by 64 hexadecimal digits.</source>
        <translation>Die Image-Referenz hat ein „@“, aber keinen Digest danach; schreiben Sie ihn als @sha256: gefolgt von 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The digest &quot;%1&quot; names no algorithm; write it as sha256: followed by 64 hexadecimal digits.</source>
        <translation>Der Digest „%1“ nennt keinen Algorithmus; schreiben Sie ihn als sha256: gefolgt von 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>The digest algorithm &quot;%1&quot; is not one Docker accepts; use sha256, sha384 or sha512.</source>
        <translation>Der Digest-Algorithmus „%1“ wird von Docker nicht akzeptiert; verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <source>The %1 digest contains &quot;%2&quot;; it must be lower-case hexadecimal digits (0-9, a-f) only.</source>
        <translation>Der %1-Digest enthält „%2“; er darf nur kleingeschriebene Hexadezimalziffern (0-9, a-f) enthalten.</translation>
    </message>
    <message>
        <source>The %1 digest has %2 hexadecimal digits; it must have exactly %3.</source>
        <translation>Der %1-Digest hat %2 Hexadezimalziffern; er muss genau %3 haben.</translation>
    </message>
    <message>
        <source>The image reference is empty.</source>
        <translation>Die Image-Referenz ist leer.</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; contains white space or a control character.</source>
        <translation>Die Image-Referenz „%1“ enthält Leerraum oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a 64-digit image ID, not a reference; give a name such as nginx:1.27 or name@sha256:….</source>
        <translation>„%1“ ist eine 64-stellige Image-ID, keine Referenz; geben Sie einen Namen wie nginx:1.27 oder name@sha256:… an.</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; has more than one &apos;@&apos;.</source>
        <translation>Die Image-Referenz „%1“ hat mehr als ein „@“.</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; names no repository.</source>
        <translation>Die Image-Referenz „%1“ nennt kein Repository.</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; names the registry %2 but no repository in it.</source>
        <translation>Die Image-Referenz „%1“ nennt die Registry %2, aber kein Repository darin.</translation>
    </message>
    <message>
        <source>The repository name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Repository-Name ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
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
    <name>hydron::Provision</name>
    <message>
        <source>Check the operating system</source>
        <translation>Betriebssystem prüfen</translation>
    </message>
    <message>
        <source>Install the base packages</source>
        <translation>Basispakete installieren</translation>
    </message>
    <message>
        <source>Install and start Docker</source>
        <translation>Docker installieren und starten</translation>
    </message>
    <message>
        <source>Set up the firewall</source>
        <translation>Firewall einrichten</translation>
    </message>
    <message>
        <source>Harden SSH</source>
        <translation>SSH härten</translation>
    </message>
    <message>
        <source>Add swap when memory is low</source>
        <translation>Swap hinzufügen, wenn der Arbeitsspeicher knapp ist</translation>
    </message>
    <message>
        <source>Turn on security upgrades</source>
        <translation>Sicherheitsupdates einschalten</translation>
    </message>
    <message>
        <source>Create Hydron&apos;s folders</source>
        <translation>Ordner von Hydron anlegen</translation>
    </message>
    <message>
        <source>Start the reverse proxy</source>
        <translation>Reverse-Proxy starten</translation>
    </message>
    <message>
        <source>The provisioning script %1 is missing from this build of Hydron.</source>
        <translation>Das Einrichtungsskript %1 fehlt in diesem Build von Hydron.</translation>
    </message>
    <message>
        <source>Provisioning settings are HYDRON_ variables; %1 is not one.</source>
        <translation>Einrichtungseinstellungen sind HYDRON_-Variablen; %1 ist keine.</translation>
    </message>
    <message>
        <source>Hydron does not change how this computer is reached or updated.</source>
        <translation>Hydron ändert nicht, wie dieser Computer erreicht oder aktualisiert wird.</translation>
    </message>
    <message>
        <source>Record the server&apos;s resources</source>
        <translation>Ressourcen des Servers erfassen</translation>
    </message>
    <message>
        <source>The server was removed during provisioning.</source>
        <translation>Der Server wurde während der Einrichtung entfernt.</translation>
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
    <name>hydron::RunEngine</name>
    <message>
        <source>an unknown holder (%1 has no holder file)</source>
        <translation>ein unbekannter Inhaber (%1 hat keine Inhaberdatei)</translation>
    </message>
    <message>
        <source>run %1 (process %2 on %3, since %4)</source>
        <translation>Lauf %1 (Prozess %2 auf %3, seit %4)</translation>
    </message>
    <message>
        <source>; that process no longer exists</source>
        <translation>; dieser Prozess existiert nicht mehr</translation>
    </message>
    <message>
        <source>The server&apos;s run lock could not be handled: %1</source>
        <translation>Die Laufsperre des Servers konnte nicht behandelt werden: %1</translation>
    </message>
    <message>
        <source>%1 is busy: its run lock (%2) is held by %3. Hydron runs one thing at a time per server; wait for that run to end.</source>
        <translation>%1 ist belegt: Seine Laufsperre (%2) wird von %3 gehalten. Hydron führt pro Server immer nur eine Sache aus; warten Sie, bis dieser Lauf endet.</translation>
    </message>
    <message>
        <source>If that run is no longer going on, release the lock explicitly (unlock the server) and start again.</source>
        <translation>Wenn dieser Lauf nicht mehr stattfindet, geben Sie die Sperre ausdrücklich frei (Server entsperren) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>changed %1, unchanged %2, skipped %3</source>
        <translation>%1 geändert, %2 unverändert, %3 übersprungen</translation>
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
    <name>hydron::ServerProbe</name>
    <message>
        <source>Reading the server&apos;s facts failed: %1 %2</source>
        <translation>Das Auslesen der Serverdaten ist fehlgeschlagen: %1 %2</translation>
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
    <message>
        <source>Backing service</source>
        <translation>Unterstützender Dienst</translation>
    </message>
</context>
<context>
    <name>hydron::Ssh</name>
    <message>
        <source>Killed by signal %1</source>
        <translation>Durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation>Erfolgreich beendet</translation>
    </message>
    <message>
        <source>Exited with code %1 (a process died of signal %2)</source>
        <translation>Mit Code %1 beendet (ein Prozess starb an Signal %2)</translation>
    </message>
    <message>
        <source>Exited with code %1</source>
        <translation>Mit Code %1 beendet</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name.</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>The public key file %1 does not exist.</source>
        <translation>Die öffentliche Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an SSH public key file.</source>
        <translation>%1 ist keine öffentliche SSH-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Could not compute the key&apos;s fingerprint.</source>
        <translation>Der Fingerabdruck des Schlüssels konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA256 host key fingerprint (it looks like SHA256:AbC…, 43 characters after the colon).</source>
        <translation>„%1“ ist kein SHA256-Fingerabdruck eines Hostschlüssels (er sieht aus wie SHA256:AbC…, 43 Zeichen nach dem Doppelpunkt).</translation>
    </message>
    <message>
        <source>%1 is not trusted yet. Its %2 host key has the fingerprint %3. Compare it with what the server itself shows (for example `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in your provider&apos;s console) and accept it only if they match.</source>
        <translation>Dem Server %1 wird noch nicht vertraut. Sein %2-Hostschlüssel hat den Fingerabdruck %3. Vergleichen Sie ihn mit dem, was der Server selbst anzeigt (zum Beispiel `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in der Konsole Ihres Anbieters), und akzeptieren Sie ihn nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed, so Hydron refused to connect. Pinned: %2. Now presented (%3): %4. This happens when the server was reinstalled or its keys were regenerated, but it can also mean that someone is intercepting the connection. Check the fingerprint on the server itself (for example `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in your provider&apos;s console); only when it matches, pin the new key (Server Inventory → Forget host key, or `hydron-cli servers add … --accept-host-key %4`).</source>
        <translation>Der Hostschlüssel von %1 hat sich geändert, daher hat Hydron die Verbindung verweigert. Festgelegt: %2. Jetzt vorgelegt (%3): %4. Das passiert, wenn der Server neu installiert oder seine Schlüssel neu erzeugt wurden, kann aber auch bedeuten, dass jemand die Verbindung abfängt. Prüfen Sie den Fingerabdruck auf dem Server selbst (zum Beispiel `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` in der Konsole Ihres Anbieters); nur wenn er übereinstimmt, legen Sie den neuen Schlüssel fest (Serverübersicht → Hostschlüssel vergessen oder `hydron-cli servers add … --accept-host-key %4`).</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s and was stopped.</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 s fertig und wurde angehalten.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start bash on this computer.</source>
        <translation>bash konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not set the permissions of %1.</source>
        <translation>Die Rechte von %1 konnten nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, too large to read here.</source>
        <translation>%1 ist größer als %2 Bytes, zu groß, um es hier zu lesen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>No local file was given to upload.</source>
        <translation>Es wurde keine lokale Datei zum Hochladen angegeben.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung angelegt werden.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts SSH connections on port %2. Check the port and that the SSH server runs.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf Port %2 nimmt nichts SSH-Verbindungen an. Prüfen Sie den Port und ob der SSH-Server läuft.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check its spelling and your DNS.</source>
        <translation>Der Hostname %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihr DNS.</translation>
    </message>
    <message>
        <source>%1 did not answer as an SSH server within %2 s. Check the address, the port and any firewall on the way.</source>
        <translation>%1 hat nicht innerhalb von %2 s als SSH-Server geantwortet. Prüfen Sie die Adresse, den Port und etwaige Firewalls auf dem Weg.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to it).</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar (keine Route dorthin).</translation>
    </message>
    <message>
        <source>Could not open an SSH connection to %1.</source>
        <translation>Es konnte keine SSH-Verbindung zu %1 geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 hat keinen Hostschlüssel vorgelegt.</translation>
    </message>
    <message>
        <source>Could not compute the host key fingerprint of %1.</source>
        <translation>Der Fingerabdruck des Hostschlüssels von %1 konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed while logging in.</source>
        <translation>Die SSH-Verbindung zu %1 ist bei der Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 refused to log in user %2. Tried: %3. The server accepts: %4. Check that the public key is in ~/.ssh/authorized_keys of %2 on the server, and that the user name is right.</source>
        <translation>%1 hat die Anmeldung des Benutzers %2 abgelehnt. Versucht: %3. Der Server akzeptiert: %4. Prüfen Sie, ob der öffentliche Schlüssel in ~/.ssh/authorized_keys von %2 auf dem Server steht und ob der Benutzername stimmt.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>nothing: the server does not accept keys</source>
        <translation>nichts: Der Server akzeptiert keine Schlüssel</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: it is encrypted and no passphrase is stored for it, or it is not an SSH private key.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: Sie ist verschlüsselt und für sie ist keine Passphrase gespeichert, oder sie ist kein privater SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>The key file %1 could not be opened with the stored passphrase (wrong passphrase, or not an SSH private key).</source>
        <translation>Die Schlüsseldatei %1 konnte mit der gespeicherten Passphrase nicht geöffnet werden (falsche Passphrase oder kein privater SSH-Schlüssel).</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>der Schlüssel %1</translation>
    </message>
    <message>
        <source>the keys of ssh-agent, the default keys in ~/.ssh and IdentityFile of ~/.ssh/config</source>
        <translation>die Schlüssel des ssh-agent, die Standardschlüssel in ~/.ssh und IdentityFile aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>the default keys in ~/.ssh and IdentityFile of ~/.ssh/config (no ssh-agent is running: SSH_AUTH_SOCK is not set)</source>
        <translation>die Standardschlüssel in ~/.ssh und IdentityFile aus ~/.ssh/config (kein ssh-agent läuft: SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command was running. The command may have been stopped or may still be running on the server; Hydron connects again for the next command.</source>
        <translation>Die Verbindung zu %1 ging verloren, während der Befehl lief. Der Befehl wurde womöglich angehalten oder läuft auf dem Server noch; Hydron verbindet sich für den nächsten Befehl erneut.</translation>
    </message>
    <message>
        <source>Could not open a channel to %1.</source>
        <translation>Es konnte kein Kanal zu %1 geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 refused to open another session channel.</source>
        <translation>%1 hat das Öffnen eines weiteren Sitzungskanals abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation>%1 hat die Ausführung des Befehls abgelehnt.</translation>
    </message>
    <message>
        <source>The command ended on %1 without reporting an exit status.</source>
        <translation>Der Befehl endete auf %1, ohne einen Exit-Status zu melden.</translation>
    </message>
    <message>
        <source>%1 does not offer SFTP file transfers.</source>
        <translation>%1 bietet keine SFTP-Dateiübertragung an.</translation>
    </message>
    <message>
        <source>Could not start an SFTP session on %1.</source>
        <translation>Auf %1 konnte keine SFTP-Sitzung gestartet werden.</translation>
    </message>
    <message>
        <source>%1 (or its folder) does not exist on the server.</source>
        <translation>%1 (oder sein Ordner) existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>Permission denied for %1 on the server.</source>
        <translation>Zugriff auf %1 auf dem Server verweigert.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ging verloren.</translation>
    </message>
    <message>
        <source>Could not upload %1 to %2.</source>
        <translation>%1 konnte nicht nach %2 hochgeladen werden.</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read %1 on %2.</source>
        <translation>%1 konnte auf %2 nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>hydron::Templates</name>
    <message>
        <source>the value &quot;%1&quot; opens &quot;${&quot; without closing it with &quot;}&quot;.</source>
        <translation>der Wert „%1“ öffnet „${“, ohne es mit „}“ zu schließen.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;; the fields are: %3.</source>
        <translation>%1: unbekanntes Feld „%2“; die Felder sind: %3.</translation>
    </message>
    <message>
        <source>%1: each env entry must be an object.</source>
        <translation>%1: Jeder env-Eintrag muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid environment variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation>%1: „%2“ ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>%1: give exactly one of &quot;value&quot;, &quot;generate&quot; and &quot;required&quot;: true.</source>
        <translation>%1: Geben Sie genau eines von „value“, „generate“ und „required“: true an.</translation>
    </message>
    <message>
        <source>%1: a generated secret must be 16 to 256 characters long, not %2.</source>
        <translation>%1: Ein erzeugtes Geheimnis muss 16 bis 256 Zeichen lang sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: a generated value is a secret; mark it &quot;secret&quot;: true.</source>
        <translation>%1: Ein erzeugter Wert ist ein Geheimnis; markieren Sie ihn mit „secret“: true.</translation>
    </message>
    <message>
        <source>%1: a required variable needs a &quot;description&quot; telling the user what to enter.</source>
        <translation>%1: Eine erforderliche Variable braucht eine „description“, die dem Benutzer sagt, was einzugeben ist.</translation>
    </message>
    <message>
        <source>%1: a secret must not carry a literal value in a template; generate it, require it, or build it from references to generated secrets.</source>
        <translation>%1: Ein Geheimnis darf in einer Vorlage keinen festen Wert tragen; erzeugen Sie es, verlangen Sie es oder bilden Sie es aus Verweisen auf erzeugte Geheimnisse.</translation>
    </message>
    <message>
        <source>%1: every service needs a health check (&quot;health&quot; with &quot;http&quot; or &quot;command&quot;).</source>
        <translation>%1: Jeder Dienst braucht eine Zustandsprüfung („health“ mit „http“ oder „command“).</translation>
    </message>
    <message>
        <source>%1: the health check needs exactly one of &quot;http&quot; (a path) and &quot;command&quot;.</source>
        <translation>%1: Die Zustandsprüfung braucht genau eines von „http“ (ein Pfad) und „command“.</translation>
    </message>
    <message>
        <source>%1: the health check path &quot;%2&quot; must start with &apos;/&apos;.</source>
        <translation>%1: Der Pfad der Zustandsprüfung „%2“ muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>%1: the health check&apos;s interval, timeout and retries must be at least 1, and its start_period at least 0.</source>
        <translation>%1: Intervall, Timeout und Wiederholungen der Zustandsprüfung müssen mindestens 1 sein, ihr start_period mindestens 0.</translation>
    </message>
    <message>
        <source>%1: each service must be an object.</source>
        <translation>%1: Jeder Dienst muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, Dienst %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>%1: the service name must be lower-case letters, digits, &apos;-&apos; and &apos;_&apos;: other services reach it by that host name.</source>
        <translation>%1: Der Dienstname muss aus Kleinbuchstaben, Ziffern, „-“ und „_“ bestehen: Andere Dienste erreichen ihn unter diesem Hostnamen.</translation>
    </message>
    <message>
        <source>%1: the kind &quot;%2&quot; is not one of web, api, worker, static, job.</source>
        <translation>%1: Die Art „%2“ ist keine von web, api, worker, static, job.</translation>
    </message>
    <message>
        <source>%1: the image %2 is not pinned; give a version tag (not &quot;latest&quot;) or a digest, so a deploy is repeatable.</source>
        <translation>%1: Das Image %2 ist nicht festgelegt; geben Sie einen Versions-Tag (nicht „latest“) oder einen Digest an, damit eine Bereitstellung wiederholbar ist.</translation>
    </message>
    <message>
        <source>%1: the port %2 is not a number between 1 and 65535.</source>
        <translation>%1: Der Port %2 ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>%1: the port %2 is listed twice.</source>
        <translation>%1: Der Port %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: a public service needs a port for the reverse proxy.</source>
        <translation>%1: Ein öffentlicher Dienst braucht einen Port für den Reverse-Proxy.</translation>
    </message>
    <message>
        <source>%1: the variable %2 is defined twice.</source>
        <translation>%1: Die Variable %2 ist doppelt definiert.</translation>
    </message>
    <message>
        <source>%1: the volume name &quot;%2&quot; must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>%1: Der Volume-Name „%2“ muss aus Kleinbuchstaben, Ziffern, „.“, „_“ und „-“ bestehen.</translation>
    </message>
    <message>
        <source>%1: the volume %2 needs an absolute path in the container, not &quot;%3&quot;.</source>
        <translation>%1: Das Volume %2 braucht einen absoluten Pfad im Container, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1: two volumes are mounted at %2.</source>
        <translation>%1: Zwei Volumes sind unter %2 eingehängt.</translation>
    </message>
    <message>
        <source>%1: an HTTP health check needs a port to call.</source>
        <translation>%1: Eine HTTP-Zustandsprüfung braucht einen Port, den sie aufrufen kann.</translation>
    </message>
    <message>
        <source>%1: the ulimit &quot;%2&quot; must be a name in lower case with a positive number.</source>
        <translation>%1: Das ulimit „%2“ muss ein kleingeschriebener Name mit einer positiven Zahl sein.</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; must be lower-case letters and digits joined by single dashes.</source>
        <translation>%1: Die ID „%2“ muss aus Kleinbuchstaben und Ziffern bestehen, verbunden durch einzelne Bindestriche.</translation>
    </message>
    <message>
        <source>template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>%1: it has no services.</source>
        <translation>%1: Sie hat keine Dienste.</translation>
    </message>
    <message>
        <source>%1: the service %2 is defined twice.</source>
        <translation>%1: Der Dienst %2 ist doppelt definiert.</translation>
    </message>
    <message>
        <source>%1: it depends on itself.</source>
        <translation>%1: Er hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>%1: depends_on names &quot;%2&quot;, which is not a service of this template.</source>
        <translation>%1: depends_on nennt „%2“, das kein Dienst dieser Vorlage ist.</translation>
    </message>
    <message>
        <source>%1 %2: ${public_url} needs a public service.</source>
        <translation>%1 %2: ${public_url} braucht einen öffentlichen Dienst.</translation>
    </message>
    <message>
        <source>%1 %2: the reference ${%3} names no variable; write ${service.NAME} or ${public_url}.</source>
        <translation>%1 %2: Der Verweis ${%3} nennt keine Variable; schreiben Sie ${service.NAME} oder ${public_url}.</translation>
    </message>
    <message>
        <source>%1 %2 refers to itself.</source>
        <translation>%1 %2 verweist auf sich selbst.</translation>
    </message>
    <message>
        <source>%1 %2: ${%3} refers to a variable that is itself built from references; refer to the original.</source>
        <translation>%1 %2: ${%3} verweist auf eine Variable, die selbst aus Verweisen gebildet ist; verweisen Sie auf das Original.</translation>
    </message>
    <message>
        <source>%1 %2 contains the secret ${%3}, so it must be marked &quot;secret&quot;: true.</source>
        <translation>%1 %2 enthält das Geheimnis ${%3}, daher muss es mit „secret“: true markiert sein.</translation>
    </message>
    <message>
        <source>%1: depends_on forms a cycle, so no service could start first.</source>
        <translation>%1: depends_on bildet einen Zyklus, daher könnte kein Dienst als erster starten.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read.</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file name must be the template&apos;s id (%2.json).</source>
        <translation>%1: Der Dateiname muss die ID der Vorlage sein (%2.json).</translation>
    </message>
    <message>
        <source>The variable %1 of %2 needs a value: %3</source>
        <translation>Die Variable %1 von %2 braucht einen Wert: %3</translation>
    </message>
    <message>
        <source>The public URL of %1 is not known yet; it is needed for %2.</source>
        <translation>Die öffentliche URL von %1 ist noch nicht bekannt; sie wird für %2 gebraucht.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Two templates have the id %1.</source>
        <translation>Zwei Vorlagen haben die ID %1.</translation>
    </message>
</context>
<context>
    <name>hydron::analysis</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 could not be parsed and was ignored: %2</source>
        <translation>%1 konnte nicht geparst werden und wurde ignoriert: %2</translation>
    </message>
    <message>
        <source>The compose service &quot;%1&quot; runs the image %2, which is not built from this repository; add it to the plan as an image service if it is needed.</source>
        <translation>Der Compose-Dienst „%1“ führt das Image %2 aus, das nicht aus diesem Repository gebaut wird; fügen Sie es als Image-Dienst zum Plan hinzu, falls es gebraucht wird.</translation>
    </message>
    <message>
        <source>The compose service &quot;%1&quot; builds from %2, outside the repository; it was skipped.</source>
        <translation>Der Compose-Dienst „%1“ baut aus %2, außerhalb des Repositorys; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the repository</source>
        <translation>Repository wird gelesen</translation>
    </message>
    <message>
        <source>Detecting services</source>
        <translation>Dienste werden erkannt</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; reads %2, but which database it expects could not be told; it is not listed as a backing service.</source>
        <translation>Der Dienst „%1“ liest %2, aber welche Datenbank er erwartet, ließ sich nicht feststellen; er wird nicht als unterstützender Dienst aufgeführt.</translation>
    </message>
    <message>
        <source>The analysis ended without a result.</source>
        <translation>Die Analyse endete ohne Ergebnis.</translation>
    </message>
    <message>
        <source>The analysis was cancelled before it started.</source>
        <translation>Die Analyse wurde abgebrochen, bevor sie begann.</translation>
    </message>
</context>
<context>
    <name>hydron::analysis::AnalysisResult</name>
    <message>
        <source>No services found.</source>
        <translation>Keine Dienste gefunden.</translation>
    </message>
    <message>
        <source>stack: %1</source>
        <translation>Stack: %1</translation>
    </message>
    <message>
        <source>port: %1  health: %2</source>
        <translation>Port: %1  Zustandsprüfung: %2</translation>
    </message>
    <message>
        <source>build: %1  start: %2</source>
        <translation>Build: %1  Start: %2</translation>
    </message>
    <message>
        <source>dockerfile: %1</source>
        <translation>Dockerfile: %1</translation>
    </message>
    <message>
        <source>env (* required): %1</source>
        <translation>Umgebung (* erforderlich): %1</translation>
    </message>
    <message>
        <source>depends on: %1</source>
        <translation>hängt ab von: %1</translation>
    </message>
    <message>
        <source>backing: %1 (%2%3) used by %4</source>
        <translation>unterstützend: %1 (%2%3), verwendet von %4</translation>
    </message>
    <message>
        <source>external: %1 used by %2</source>
        <translation>extern: %1, verwendet von %2</translation>
    </message>
    <message>
        <source>monorepo: %1 (%2)</source>
        <translation>Monorepo: %1 (%2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>hydron::analysis::FileIndex</name>
    <message>
        <source>The folder to analyse does not exist.</source>
        <translation>Der zu analysierende Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>The path to analyse is not a folder.</source>
        <translation>Der zu analysierende Pfad ist kein Ordner.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The folder to analyse cannot be read.</source>
        <translation>Der zu analysierende Ordner kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The repository has more than %1 files; the analysis looked at the first %1 only.</source>
        <translation>Das Repository hat mehr als %1 Dateien; die Analyse hat nur die ersten %1 betrachtet.</translation>
    </message>
    <message>
        <source>The analysis stopped reading files after %1 MB; some files were not looked at.</source>
        <translation>Die Analyse hat nach %1 MB aufgehört, Dateien zu lesen; einige Dateien wurden nicht betrachtet.</translation>
    </message>
</context>
<context>
    <name>hydron::assistant</name>
    <message>
        <source>The app listens on port %1, the plan expects %2</source>
        <translation>Die Anwendung lauscht an Port %1, der Plan erwartet %2</translation>
    </message>
    <message>
        <source>The log says the app listens on port %1, but the plan sends traffic and health checks to port %2, so nothing answers there. Either start the app on port %2 (often a PORT variable) or change the plan to port %1.</source>
        <translation>Laut Protokoll lauscht die Anwendung an Port %1, aber der Plan schickt Datenverkehr und Zustandsprüfungen an Port %2, wo nichts antwortet. Starten Sie die Anwendung entweder an Port %2 (oft eine Variable PORT) oder ändern Sie den Plan auf Port %1.</translation>
    </message>
    <message>
        <source>The app listens on port %1, the plan names no port</source>
        <translation>Die Anwendung lauscht an Port %1, der Plan nennt keinen Port</translation>
    </message>
    <message>
        <source>The plan has no port for this service; the app listens on %1.</source>
        <translation>Der Plan hat keinen Port für diesen Dienst; die Anwendung lauscht an %1.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1</source>
        <translation>An Port %1 antwortet nichts</translation>
    </message>
    <message>
        <source>Nothing answers the health check</source>
        <translation>Auf die Zustandsprüfung antwortet nichts</translation>
    </message>
    <message>
        <source>The health check&apos;s connection was refused: the app is not listening on the plan&apos;s port%1, or it listens only on 127.0.0.1 inside its container. Make it listen on 0.0.0.0%2, or change the plan&apos;s port to the one the app uses.</source>
        <translation>Die Verbindung der Zustandsprüfung wurde abgelehnt: Die Anwendung lauscht nicht am Port des Plans%1, oder sie lauscht in ihrem Container nur auf 127.0.0.1. Lassen Sie sie auf 0.0.0.0%2 lauschen, oder ändern Sie den Port des Plans auf den, den die Anwendung verwendet.</translation>
    </message>
    <message>
        <source>Out of memory (exit 137)</source>
        <translation>Kein Speicher mehr (Exit 137)</translation>
    </message>
    <message>
        <source>The container was killed for using more than its memory limit of %1 MB. Give it more: %2 MB (the server needs that much free too).</source>
        <translation>Der Container wurde beendet, weil er mehr als seine Speichergrenze von %1 MB verbraucht hat. Geben Sie ihm mehr: %2 MB (so viel muss auch auf dem Server frei sein).</translation>
    </message>
    <message>
        <source>The process was killed for running out of memory. Set a memory limit that fits the app, for example %1 MB, and make sure the server has that much free.</source>
        <translation>Der Prozess wurde beendet, weil der Speicher ausging. Setzen Sie eine Speichergrenze, die zur Anwendung passt, zum Beispiel %1 MB, und sorgen Sie dafür, dass so viel auf dem Server frei ist.</translation>
    </message>
    <message>
        <source>The health path %1 answers 404</source>
        <translation>Der Prüfpfad %1 antwortet mit 404</translation>
    </message>
    <message>
        <source>The app is up, but it has no route at %1, so the health check fails and the old release keeps serving. Add that route to the app, or check a path it has (&quot;/&quot;).</source>
        <translation>Die Anwendung läuft, hat aber keine Route unter %1, daher schlägt die Zustandsprüfung fehl und das alte Release bleibt aktiv. Fügen Sie der Anwendung diese Route hinzu, oder prüfen Sie einen Pfad, den sie hat („/“).</translation>
    </message>
    <message>
        <source>The build failed: %1</source>
        <translation>Der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The build failed at: %1</source>
        <translation>Der Build ist fehlgeschlagen bei: %1</translation>
    </message>
    <message>
        <source>The image build stopped with: %1</source>
        <translation>Der Image-Build brach ab mit: %1</translation>
    </message>
    <message>
        <source>The build step &quot;%1&quot; exited with an error; the lines above it in the log say why.</source>
        <translation>Der Build-Schritt „%1“ endete mit einem Fehler; die Zeilen davor im Protokoll sagen, warum.</translation>
    </message>
    <message>
        <source>The build step &quot;%1&quot; failed: %2</source>
        <translation>Der Build-Schritt „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;npm ci&quot; needs a package-lock.json that matches package.json; the generated Dockerfile can use &quot;npm install&quot; instead.</source>
        <translation>„npm ci“ braucht eine package-lock.json, die zur package.json passt; das erzeugte Dockerfile kann stattdessen „npm install“ verwenden.</translation>
    </message>
    <message>
        <source>Django refuses the host (ALLOWED_HOSTS)</source>
        <translation>Django lehnt den Host ab (ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>Django refuses the host %1 (ALLOWED_HOSTS)</source>
        <translation>Django lehnt den Host %1 ab (ALLOWED_HOSTS)</translation>
    </message>
    <message>
        <source>Django answers 400 to requests for a host that is not in ALLOWED_HOSTS (the health check and the proxy send the domain). Set %1 to %2 (the settings must read it from the environment).</source>
        <translation>Django antwortet mit 400 auf Anfragen für einen Host, der nicht in ALLOWED_HOSTS steht (die Zustandsprüfung und der Proxy senden die Domain). Setzen Sie %1 auf %2 (die Einstellungen müssen den Wert aus der Umgebung lesen).</translation>
    </message>
</context>
<context>
    <name>hydron::assistant::ActionCard</name>
    <message>
        <source>An action card has no id.</source>
        <translation>Eine Aktionskarte hat keine ID.</translation>
    </message>
    <message>
        <source>Action card %1 has an unknown kind or status.</source>
        <translation>Aktionskarte %1 hat eine unbekannte Art oder einen unbekannten Status.</translation>
    </message>
</context>
<context>
    <name>hydron::assistant::AssistantTools</name>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no tool called &quot;%1&quot;.</source>
        <translation>Es gibt kein Werkzeug namens „%1“.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; (%2), source %3; services: %4.</source>
        <translation>Projekt „%1“ (%2), Quelle %3; Dienste: %4.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Plan version %1 is %2.</source>
        <translation>Planversion %1 ist %2.</translation>
    </message>
    <message>
        <source>There is no plan yet.</source>
        <translation>Es gibt noch keinen Plan.</translation>
    </message>
    <message>
        <source>Servers: %1.</source>
        <translation>Server: %1.</translation>
    </message>
    <message>
        <source>The plan does not follow the plan schema: %1</source>
        <translation>Der Plan entspricht nicht dem Planschema: %1</translation>
    </message>
    <message>
        <source>The plan is not valid; correct these and try again:
%1</source>
        <translation>Der Plan ist nicht gültig; korrigieren Sie Folgendes und versuchen Sie es erneut:
%1</translation>
    </message>
    <message>
        <source>That is what the current plan already says; nothing to change.</source>
        <translation>Genau das steht bereits im aktuellen Plan; es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Use a new plan</source>
        <translation>Einen neuen Plan verwenden</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Den Plan ändern</translation>
    </message>
    <message>
        <source>The change is shown to the user as an action card awaiting approval; it is not applied until the user approves it.%1</source>
        <translation>Die Änderung wird dem Benutzer als Aktionskarte zur Freigabe angezeigt; sie wird erst angewendet, wenn der Benutzer sie freigibt.%1</translation>
    </message>
    <message>
        <source>The project has no services yet: analyze the source first.</source>
        <translation>Das Projekt hat noch keine Dienste: Analysieren Sie zuerst die Quelle.</translation>
    </message>
    <message>
        <source>A plan made by the rule-based planner from the reviewed services.</source>
        <translation>Ein Plan, den der regelbasierte Planer aus den geprüften Diensten erstellt hat.</translation>
    </message>
    <message>
        <source>`plan` must be an object in the plan schema.</source>
        <translation>`plan` muss ein Objekt im Planschema sein.</translation>
    </message>
    <message>
        <source>`changes` must list at least one change.</source>
        <translation>`changes` muss mindestens eine Änderung enthalten.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot; in the plan.</source>
        <translation>Im Plan gibt es keinen Dienst „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain a proxy can serve: %2</source>
        <translation>„%1“ ist keine Domain, die ein Proxy bedienen kann: %2</translation>
    </message>
    <message>
        <source>serve %1 at %2</source>
        <translation>%1 unter %2 bereitstellen</translation>
    </message>
    <message>
        <source>Hydron does not know the engine &quot;%1&quot;.</source>
        <translation>Hydron kennt die Engine „%1“ nicht.</translation>
    </message>
    <message>
        <source>The plan already has a %1 service.</source>
        <translation>Der Plan hat bereits einen %1-Dienst.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>set_server needs cpus, memory_mb or disk_gb.</source>
        <translation>set_server braucht cpus, memory_mb oder disk_gb.</translation>
    </message>
    <message>
        <source>Resized on request.</source>
        <translation>Auf Wunsch in der Größe geändert.</translation>
    </message>
    <message>
        <source>resize the server to %1 CPU, %2 MB, %3 GB</source>
        <translation>Den Server auf %1 CPU, %2 MB, %3 GB ändern</translation>
    </message>
    <message>
        <source>set %1 on %2</source>
        <translation>%1 für %2 setzen</translation>
    </message>
    <message>
        <source>limit %1 to %2 MB</source>
        <translation>%1 auf %2 MB begrenzen</translation>
    </message>
    <message>
        <source>check %1 at %2</source>
        <translation>%1 unter %2 prüfen</translation>
    </message>
    <message>
        <source>Unknown change &quot;%1&quot;.</source>
        <translation>Unbekannte Änderung „%1“.</translation>
    </message>
    <message>
        <source>Change the plan: %1</source>
        <translation>Den Plan ändern: %1</translation>
    </message>
    <message>
        <source>There is no plan yet; propose_plan with regenerate makes one.</source>
        <translation>Es gibt noch keinen Plan; propose_plan mit regenerate erstellt einen.</translation>
    </message>
    <message>
        <source>Plan version %1 (%2)
</source>
        <translation>Planversion %1 (%2)
</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Server namens „%1“.</translation>
    </message>
    <message>
        <source>No server is set up yet: add one in the Server Inventory.</source>
        <translation>Es ist noch kein Server eingerichtet: Fügen Sie einen in der Serverübersicht hinzu.</translation>
    </message>
    <message>
        <source>Which server? Known servers: %1.</source>
        <translation>Welcher Server? Bekannte Server: %1.</translation>
    </message>
    <message>
        <source>This project has no runs yet.</source>
        <translation>Dieses Projekt hat noch keine Läufe.</translation>
    </message>
    <message>
        <source>There is no run #%1.</source>
        <translation>Es gibt keinen Lauf Nr. %1.</translation>
    </message>
    <message>
        <source>Run #%1 (%2, %3), last %4 lines:
</source>
        <translation>Lauf Nr. %1 (%2, %3), letzte %4 Zeilen:
</translation>
    </message>
    <message>
        <source>start_run needs kind provision, deploy, redeploy or rollback.</source>
        <translation>start_run braucht die Art provision, deploy, redeploy oder rollback.</translation>
    </message>
    <message>
        <source>Provision %1</source>
        <translation>%1 einrichten</translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation>%1 auf %2 bereitstellen</translation>
    </message>
    <message>
        <source>Redeploy %1 on %2</source>
        <translation>%1 auf %2 neu bereitstellen</translation>
    </message>
    <message>
        <source>Roll %1 back on %2</source>
        <translation>%1 auf %2 zurückrollen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shown to the user as an action card; it runs only if the user approves it. Do not say it has started.</source>
        <translation>„%1“ wird dem Benutzer als Aktionskarte angezeigt; es läuft nur, wenn der Benutzer es freigibt. Sagen Sie nicht, dass es begonnen hat.</translation>
    </message>
    <message>
        <source>Plan version %1 saved.</source>
        <translation>Planversion %1 gespeichert.</translation>
    </message>
    <message>
        <source>The action card names no run kind.</source>
        <translation>Die Aktionskarte nennt keine Laufart.</translation>
    </message>
    <message>
        <source>Run #%1 started.</source>
        <translation>Lauf Nr. %1 gestartet.</translation>
    </message>
    <message>
        <source>The source is %1; there is no code to analyze (only folders and Git repositories are). The services known now are in get_project_state.</source>
        <translation>Die Quelle ist %1; es gibt keinen Code zu analysieren (das geht nur bei Ordnern und Git-Repositorys). Die jetzt bekannten Dienste stehen in get_project_state.</translation>
    </message>
    <message>
        <source>The repository %1 could not be fetched: %2</source>
        <translation>Das Repository %1 konnte nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 auf Commit %2 (%3)</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>serve %1 on port %2</source>
        <translation>%1 an Port %2 bereitstellen</translation>
    </message>
    <message>
        <source>%1 builds with its own Dockerfile from the repository; change it there.</source>
        <translation>%1 baut mit seinem eigenen Dockerfile aus dem Repository; ändern Sie es dort.</translation>
    </message>
    <message>
        <source>The generated Dockerfile of %1 does not contain &quot;%2&quot;.</source>
        <translation>Das erzeugte Dockerfile von %1 enthält „%2“ nicht.</translation>
    </message>
    <message>
        <source>use &quot;%1&quot; instead of &quot;%2&quot; in the Dockerfile of %3</source>
        <translation>„%1“ statt „%2“ im Dockerfile von %3 verwenden</translation>
    </message>
</context>
<context>
    <name>hydron::assistant::Conversation</name>
    <message>
        <source>You are Hydron&apos;s deployment assistant. Hydron deploys the user&apos;s project from its source to a server the user owns, over SSH, in Docker containers. Work through the tools: read the project and plan before answering, change the plan with modify_plan or propose_plan, and start runs with start_run. Changes and runs become action cards the user approves; never say something ran or changed until the user approved it. Secret values are never shown to you: refer to secrets by name. Answer briefly in Markdown.</source>
        <translation>Sie sind der Bereitstellungsassistent von Hydron. Hydron stellt das Projekt des Benutzers aus seiner Quelle auf einem Server bereit, der dem Benutzer gehört, über SSH, in Docker-Containern. Arbeiten Sie mit den Werkzeugen: Lesen Sie Projekt und Plan, bevor Sie antworten, ändern Sie den Plan mit modify_plan oder propose_plan und starten Sie Läufe mit start_run. Änderungen und Läufe werden zu Aktionskarten, die der Benutzer freigibt; sagen Sie nie, dass etwas gelaufen ist oder geändert wurde, bevor der Benutzer es freigegeben hat. Geheime Werte werden Ihnen nie gezeigt: Bezeichnen Sie Geheimnisse mit ihrem Namen. Antworten Sie kurz, in Markdown und auf Deutsch.</translation>
    </message>
    <message>
        <source>The user&apos;s decisions on earlier action cards:</source>
        <translation>Die Entscheidungen des Benutzers zu früheren Aktionskarten:</translation>
    </message>
    <message>
        <source>The assistant is still answering; stop it or wait.</source>
        <translation>Der Assistent antwortet noch; halten Sie ihn an oder warten Sie.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The assistant stopped after %1 steps without finishing; ask again more precisely.</source>
        <translation>Der Assistent hat nach %1 Schritten aufgehört, ohne fertig zu werden; fragen Sie genauer.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The assistant proposed %1 invalid plans in a row; the plan was left as it was.</source>
        <translation>Der Assistent hat %1 ungültige Pläne hintereinander vorgeschlagen; der Plan blieb unverändert.</translation>
    </message>
    <message>
        <source>That was the last attempt: tell the user what could not be fixed.</source>
        <translation>Das war der letzte Versuch: Sagen Sie dem Benutzer, was nicht behoben werden konnte.</translation>
    </message>
    <message>
        <source>There is no action card %1.</source>
        <translation>Es gibt keine Aktionskarte %1.</translation>
    </message>
    <message>
        <source>This action was already decided.</source>
        <translation>Über diese Aktion wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Rejected by the user.</source>
        <translation>Vom Benutzer abgelehnt.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Run #%1 started.</source>
        <translation>Lauf Nr. %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>hydron::assistant::Diagnosis</name>
    <message>
        <source>The project&apos;s latest run did not fail.</source>
        <translation>Der letzte Lauf des Projekts ist nicht fehlgeschlagen.</translation>
    </message>
    <message>
        <source>**Diagnosis of run #%1** (%2)</source>
        <translation>**Diagnose von Lauf Nr. %1** (%2)</translation>
    </message>
    <message>
        <source>— the step &quot;%1&quot; failed.</source>
        <translation>– der Schritt „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the last %n log line(s) matches a failure Hydron recognises by itself (port mismatch, out of memory, missing health route, build error, Django ALLOWED_HOSTS).</source>
        <translation>
            <numerusform>Nichts in der letzten Protokollzeile passt zu einem Fehler, den Hydron selbst erkennt (Port-Abweichung, kein Speicher mehr, fehlende Route für die Zustandsprüfung, Build-Fehler, Django ALLOWED_HOSTS).</numerusform>
            <numerusform>Nichts in den letzten %n Protokollzeilen passt zu einem Fehler, den Hydron selbst erkennt (Port-Abweichung, kein Speicher mehr, fehlende Route für die Zustandsprüfung, Build-Fehler, Django ALLOWED_HOSTS).</numerusform>
        </translation>
    </message>
    <message>
        <source>The suggested plan changes are below for you to approve.</source>
        <translation>Die vorgeschlagenen Planänderungen stehen unten zur Freigabe bereit.</translation>
    </message>
    <message>
        <source>Diagnose the failed run #%1 (%2).</source>
        <translation>Diagnostizieren Sie den fehlgeschlagenen Lauf Nr. %1 (%2).</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; failed.</source>
        <translation>Der Schritt „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Explain the cause in plain words and, if the plan can fix it, propose the change with modify_plan.</source>
        <translation>Erklären Sie die Ursache in einfachen Worten und schlagen Sie, wenn der Plan sie beheben kann, die Änderung mit modify_plan vor.</translation>
    </message>
    <message>
        <source>The last %1 lines of the failed step&apos;s log (secret values masked):</source>
        <translation>Die letzten %1 Zeilen des Protokolls des fehlgeschlagenen Schritts (geheime Werte maskiert):</translation>
    </message>
    <message>
        <source>The current plan (secret values are never included):</source>
        <translation>Der aktuelle Plan (geheime Werte sind nie enthalten):</translation>
    </message>
</context>
<context>
    <name>hydron::assistant::OfflineAssistant</name>
    <message>
        <source>I&apos;m the offline assistant: no Claude key is set, so I understand everyday requests by rules:

- **analyze** the source
- **plan** (make a new plan) / **explain the plan**
- **add postgres** (mysql, mariadb, mongodb, redis, rabbitmq, memcached)
- **set the domain to** shop.example.com
- **resize the server to** 4 GB (or 2 CPUs)
- **set** NAME=value
- **provision**, **deploy**, **redeploy**, **rollback**
- **show logs**, **status**, **servers**

Changes and runs appear as action cards for you to approve.</source>
        <translation>Ich bin der Offline-Assistent: Es ist kein Claude-Schlüssel gesetzt, daher verstehe ich alltägliche Anfragen (auf Englisch) über Regeln:

- **analyze**: die Quelle analysieren
- **plan** (einen neuen Plan erstellen) / **explain the plan** (den Plan erklären)
- **add postgres** (mysql, mariadb, mongodb, redis, rabbitmq, memcached)
- **set the domain to** shop.example.com
- **resize the server to** 4 GB (oder 2 CPUs)
- **set** NAME=Wert
- **provision**, **deploy**, **redeploy**, **rollback**
- **show logs**, **status**, **servers**

Änderungen und Läufe erscheinen als Aktionskarten, die Sie freigeben.</translation>
    </message>
    <message>
        <source>I can&apos;t answer that offline: open questions need Claude. Set ANTHROPIC_API_KEY or add a key in Settings. Type **help** to see what I understand without one.</source>
        <translation>Das kann ich offline nicht beantworten: Offene Fragen brauchen Claude. Setzen Sie ANTHROPIC_API_KEY oder fügen Sie in den Einstellungen einen Schlüssel hinzu. Geben Sie **help** ein, um zu sehen, was ich ohne ihn verstehe.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>The offline assistant has no models to list.</source>
        <translation>Der Offline-Assistent hat keine Modelle aufzulisten.</translation>
    </message>
</context>
<context>
    <name>hydron::deploy</name>
    <message>
        <source>The deploy script is missing from this build of Hydron.</source>
        <translation>Das Bereitstellungsskript fehlt in diesem Build von Hydron.</translation>
    </message>
    <message>
        <source>The build context %1 does not exist.</source>
        <translation>Der Build-Kontext %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1 for the build context.</source>
        <translation>%1 kann für den Build-Kontext nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The path %1 is too long for the build context.</source>
        <translation>Der Pfad %1 ist zu lang für den Build-Kontext.</translation>
    </message>
    <message>
        <source>The project no longer exists.</source>
        <translation>Das Projekt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only deploy, redeploy and rollback runs start here.</source>
        <translation>Hier starten nur Läufe zum Bereitstellen, neu Bereitstellen und Zurückrollen.</translation>
    </message>
    <message>
        <source>%1 has no plan yet: generate the plan, review it and approve it first.</source>
        <translation>%1 hat noch keinen Plan: Erzeugen Sie den Plan, prüfen Sie ihn und geben Sie ihn zuerst frei.</translation>
    </message>
    <message>
        <source>The plan is stale: the services changed after it was made. Regenerate it and approve it again.</source>
        <translation>Der Plan ist veraltet: Die Dienste haben sich geändert, nachdem er erstellt wurde. Erzeugen Sie ihn neu und geben Sie ihn erneut frei.</translation>
    </message>
    <message>
        <source>Approve the plan first: version %1 is %2.</source>
        <translation>Geben Sie zuerst den Plan frei: Version %1 ist %2.</translation>
    </message>
    <message>
        <source>Choose a server: the one chosen no longer exists.</source>
        <translation>Wählen Sie einen Server: Der gewählte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Run #%1 (%2) of %3 is still %4; wait for it or stop it first.</source>
        <translation>Lauf Nr. %1 (%2) von %3 ist noch %4; warten Sie darauf oder halten Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Run #%1 (%2) is still %3 on %4; one run at a time per server.</source>
        <translation>Lauf Nr. %1 (%2) ist auf %4 noch %3; pro Server nur ein Lauf zur Zeit.</translation>
    </message>
</context>
<context>
    <name>hydron::deploy::DeployRecipe</name>
    <message>
        <source>A deploy needs a project; there is no project with id %1.</source>
        <translation>Eine Bereitstellung braucht ein Projekt; es gibt kein Projekt mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 has no approved plan. Review the plan and approve it before deploying.</source>
        <translation>%1 hat keinen freigegebenen Plan. Prüfen Sie den Plan und geben Sie ihn vor der Bereitstellung frei.</translation>
    </message>
    <message>
        <source>The plan of %1 uses secrets whose values were not read from the keychain before the deploy started.</source>
        <translation>Der Plan von %1 verwendet Geheimnisse, deren Werte vor dem Start der Bereitstellung nicht aus dem Schlüsselbund gelesen wurden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for build contexts.</source>
        <translation>Der Ordner %1 für Build-Kontexte kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The service name &quot;%1&quot; cannot be used on a server: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Dienstname „%1“ kann auf einem Server nicht verwendet werden: Verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>The value of %1 in %2 has a line break, which Docker&apos;s env files cannot hold.</source>
        <translation>Der Wert von %1 in %2 enthält einen Zeilenumbruch, den die env-Dateien von Docker nicht aufnehmen können.</translation>
    </message>
    <message>
        <source>The volume %1 of %2 is not valid.</source>
        <translation>Das Volume %1 von %2 ist nicht gültig.</translation>
    </message>
    <message>
        <source>%1 is built from source; Hydron deploys sources from a local folder (clone the repository first).</source>
        <translation>%1 wird aus dem Quellcode gebaut; Hydron stellt Quellen aus einem lokalen Ordner bereit (klonen Sie zuerst das Repository).</translation>
    </message>
    <message>
        <source>Cannot write the build context of %1.</source>
        <translation>Der Build-Kontext von %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Prepare the project&apos;s folders, network and volumes</source>
        <translation>Ordner, Netzwerk und Volumes des Projekts vorbereiten</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <source>Start %1 and wait until it is healthy</source>
        <translation>%1 starten und warten, bis der Dienst gesund ist</translation>
    </message>
    <message>
        <source>Start the new %1 beside the old one and health-check it</source>
        <translation>Neue Instanz von %1 neben der alten starten und ihren Zustand prüfen</translation>
    </message>
    <message>
        <source>Switch the proxy to the new release</source>
        <translation>Den Proxy auf das neue Release umschalten</translation>
    </message>
    <message>
        <source>Run the post-deploy commands of %1</source>
        <translation>Die Befehle nach der Bereitstellung von %1 ausführen</translation>
    </message>
    <message>
        <source>Stop the old release and keep the last %1</source>
        <translation>Das alte Release anhalten und die letzten %1 behalten</translation>
    </message>
    <message>
        <source>Check what changed; prepare the project&apos;s folders, network and volumes</source>
        <translation>Änderungen prüfen; Ordner, Netzwerk und Volumes des Projekts vorbereiten</translation>
    </message>
</context>
<context>
    <name>hydron::deploy::DeployStarter</name>
    <message>
        <source>Cancelled before the run started; nothing was started.</source>
        <translation>Vor dem Start des Laufs abgebrochen; es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Reading the plan&apos;s secrets from the keychain</source>
        <translation>Die Geheimnisse des Plans werden aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist any more; choose it again in the project&apos;s settings.</source>
        <translation>Der Quellordner %1 existiert nicht mehr; wählen Sie ihn in den Einstellungen des Projekts erneut.</translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird geholt</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>The repository could not be fetched: %1</source>
        <translation>Das Repository konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <source>Starting the run</source>
        <translation>Der Lauf wird gestartet</translation>
    </message>
</context>
<context>
    <name>hydron::deploy::ReleaseWalk</name>
    <message>
        <source>The releases on %1 could not be read: %2</source>
        <translation>Die Releases auf %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hydron::deploy::RollbackRecipe</name>
    <message>
        <source>A rollback needs a project; there is no project with id %1.</source>
        <translation>Ein Zurückrollen braucht ein Projekt; es gibt kein Projekt mit der ID %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a release id.</source>
        <translation>„%1“ ist keine Release-ID.</translation>
    </message>
    <message>
        <source>Switch back to the previous release</source>
        <translation>Zum vorherigen Release zurückschalten</translation>
    </message>
    <message>
        <source>Switch back to release %1</source>
        <translation>Zu Release %1 zurückschalten</translation>
    </message>
</context>
<context>
    <name>hydron::deploy::SecretsWalk</name>
    <message>
        <source>The generated value of %1 could not be stored in the keychain: %2</source>
        <translation>Der erzeugte Wert von %1 konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The plan needs secret values that are not in the keychain: %1. Set them in the Environment tab (or with hydron-cli env set … --secret), then try again.</source>
        <translation>Der Plan braucht geheime Werte, die nicht im Schlüsselbund liegen: %1. Setzen Sie sie im Reiter „Umgebung“ (oder mit hydron-cli env set … --secret) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>hydron::planning</name>
    <message>
        <source>Plan service %1</source>
        <translation>Plandienst %1</translation>
    </message>
    <message>
        <source>Plan service &quot;%1&quot;</source>
        <translation>Plandienst „%1“</translation>
    </message>
    <message>
        <source>, build</source>
        <translation>, Build</translation>
    </message>
    <message>
        <source>, env %1</source>
        <translation>, Umgebung %1</translation>
    </message>
    <message>
        <source>, domain %1</source>
        <translation>, Domain %1</translation>
    </message>
    <message>
        <source>, health</source>
        <translation>, Zustandsprüfung</translation>
    </message>
    <message>
        <source>, volume %1</source>
        <translation>, Volume %1</translation>
    </message>
    <message>
        <source>Generated password for the %1 service (%2).</source>
        <translation>Erzeugtes Passwort für den Dienst %1 (%2).</translation>
    </message>
    <message>
        <source>There is no Dockerfile template &quot;%1&quot;.</source>
        <translation>Es gibt keine Dockerfile-Vorlage „%1“.</translation>
    </message>
    <message>
        <source>The Dockerfile template needs a value for {{%1}}.</source>
        <translation>Die Dockerfile-Vorlage braucht einen Wert für {{%1}}.</translation>
    </message>
    <message>
        <source>%1: Hydron has no Dockerfile template for %2; add a Dockerfile to the service.</source>
        <translation>%1: Hydron hat keine Dockerfile-Vorlage für %2; fügen Sie dem Dienst ein Dockerfile hinzu.</translation>
    </message>
    <message>
        <source>an unknown language</source>
        <translation>eine unbekannte Sprache</translation>
    </message>
    <message>
        <source>%1: the build command spans several lines; the Dockerfile leaves it out.</source>
        <translation>%1: Der Build-Befehl erstreckt sich über mehrere Zeilen; das Dockerfile lässt ihn weg.</translation>
    </message>
    <message>
        <source>%1: Bun projects are built with npm here; check that package-lock.json exists or switch the Dockerfile to the Bun image.</source>
        <translation>%1: Bun-Projekte werden hier mit npm gebaut; prüfen Sie, ob package-lock.json existiert, oder stellen Sie das Dockerfile auf das Bun-Image um.</translation>
    </message>
    <message>
        <source>%1: there is no %2, so installs are not reproducible; commit the lockfile.</source>
        <translation>%1: Es gibt keine %2, daher sind Installationen nicht reproduzierbar; committen Sie die Lock-Datei.</translation>
    </message>
    <message>
        <source>%1: a workspace member of a %2 monorepo; the Dockerfile installs from the root after copying every package.</source>
        <translation>%1: ein Workspace-Mitglied eines %2-Monorepos; das Dockerfile installiert vom Stammordner aus, nachdem es jedes Paket kopiert hat.</translation>
    </message>
    <message>
        <source>%1: no start command was found; the image runs &quot;%2&quot;.</source>
        <translation>%1: Es wurde kein Startbefehl gefunden; das Image führt „%2“ aus.</translation>
    </message>
    <message>
        <source>%1: no start command was found; set one (for example a gunicorn or uvicorn command) before deploying.</source>
        <translation>%1: Es wurde kein Startbefehl gefunden; legen Sie vor der Bereitstellung einen fest (zum Beispiel einen gunicorn- oder uvicorn-Befehl).</translation>
    </message>
    <message>
        <source>%1: front-end assets (npm) are not built by this Dockerfile; build them in CI or add a Node stage.</source>
        <translation>%1: Frontend-Assets (npm) werden von diesem Dockerfile nicht gebaut; bauen Sie sie in der CI oder fügen Sie eine Node-Stufe hinzu.</translation>
    </message>
    <message>
        <source>%1: set the build arguments SDK_IMAGE and RUNTIME_IMAGE to Microsoft&apos;s .NET %2 SDK and ASP.NET runtime images.</source>
        <translation>%1: Setzen Sie die Build-Argumente SDK_IMAGE und RUNTIME_IMAGE auf die .NET-%2-SDK- und ASP.NET-Runtime-Images von Microsoft.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No services run yet.</source>
        <translation>Es laufen noch keine Dienste.</translation>
    </message>
    <message>
        <source>The services&apos; memory limits add up to %1 (%2).</source>
        <translation>Die Speichergrenzen der Dienste ergeben zusammen %1 (%2).</translation>
    </message>
    <message>
        <source>%1 go to the system, Docker and the reverse proxy.</source>
        <translation>%1 gehen an das System, Docker und den Reverse-Proxy.</translation>
    </message>
    <message>
        <source>%1 let a new release start beside the old one, so deploys have no downtime.</source>
        <translation>%1 lassen ein neues Release neben dem alten starten, sodass Bereitstellungen ohne Ausfallzeit ablaufen.</translation>
    </message>
    <message>
        <source>%1 are kept for building images on the server.</source>
        <translation>%1 werden für das Bauen von Images auf dem Server freigehalten.</translation>
    </message>
    <message>
        <source>Disk: %1 GB for the system, 3 GB per image built on the server (%2), 1 GB per image pulled (%3), 5 GB per data volume (%4).</source>
        <translation>Festplatte: %1 GB für das System, 3 GB pro auf dem Server gebautem Image (%2), 1 GB pro geladenem Image (%3), 5 GB pro Daten-Volume (%4).</translation>
    </message>
    <message>
        <source>No offer in %1 is large enough, so the plan looks in every location.</source>
        <translation>Kein Angebot in %1 ist groß genug, daher sucht der Plan an allen Standorten.</translation>
    </message>
    <message>
        <source>No offer in the catalog is large enough; the largest one is chosen. Lower the memory limits or split the project across servers.</source>
        <translation>Kein Angebot im Katalog ist groß genug; das größte wird gewählt. Senken Sie die Speichergrenzen oder verteilen Sie das Projekt auf mehrere Server.</translation>
    </message>
    <message>
        <source>The cheapest offer with at least %1 of memory, %2 vCPU and %3 GB of disk is %4 in %5 (%6 %7 a month).</source>
        <translation>Das günstigste Angebot mit mindestens %1 Arbeitsspeicher, %2 vCPU und %3 GB Festplatte ist %4 in %5 (%6 %7 pro Monat).</translation>
    </message>
    <message>
        <source>Generated for %1 by the template.</source>
        <translation>Für %1 von der Vorlage erzeugt.</translation>
    </message>
    <message>
        <source>%1: %2 needs the service&apos;s public URL; give the service a domain.</source>
        <translation>%1: %2 braucht die öffentliche URL des Dienstes; geben Sie dem Dienst eine Domain.</translation>
    </message>
    <message>
        <source>Generated: %1 of %2.</source>
        <translation>Erzeugt: %1 von %2.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot; for the domains %2.</source>
        <translation>Es gibt keinen Dienst „%1“ für die Domains %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; is not in the gallery; its services are planned from their images.</source>
        <translation>Die Vorlage „%1“ ist nicht in der Galerie; ihre Dienste werden anhand ihrer Images geplant.</translation>
    </message>
    <message>
        <source>%1: no image is known for this service; choose one.</source>
        <translation>%1: Für diesen Dienst ist kein Image bekannt; wählen Sie eines.</translation>
    </message>
    <message>
        <source>%1: %2 is not an image Hydron knows; set its credentials and health check yourself.</source>
        <translation>%1: %2 ist kein Image, das Hydron kennt; legen Sie Zugangsdaten und Zustandsprüfung selbst fest.</translation>
    </message>
    <message>
        <source>%1: no health endpoint was found; the plan checks &quot;/&quot;. Set a health path if the API answers an error there.</source>
        <translation>%1: Es wurde kein Health-Endpunkt gefunden; der Plan prüft „/“. Legen Sie einen Prüfpfad fest, falls die API dort einen Fehler liefert.</translation>
    </message>
    <message>
        <source>%1: %2 is a private or test name; it gets a certificate from the proxy&apos;s own CA instead of a public one.</source>
        <translation>%1: %2 ist ein privater oder Testname; er erhält ein Zertifikat von der eigenen CA des Proxys statt von einer öffentlichen.</translation>
    </message>
    <message>
        <source>%1 is a one-off job: it runs to completion once per deploy, after the services it depends on are healthy.</source>
        <translation>%1 ist ein einmaliger Job: Er läuft bei jeder Bereitstellung einmal bis zum Ende, nachdem die Dienste, von denen er abhängt, gesund sind.</translation>
    </message>
    <message>
        <source>The project runs on %1, which you chose (%2 MB of memory).</source>
        <translation>Das Projekt läuft auf %1, den Sie gewählt haben (%2 MB Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <source>Server: %1 (%2 vCPU, %3 MB memory, %4 GB disk)</source>
        <translation>Server: %1 (%2 vCPU, %3 MB Arbeitsspeicher, %4 GB Festplatte)</translation>
    </message>
    <message>
        <source>Server: %1 in %2, %3 %4 a month</source>
        <translation>Server: %1 in %2, %3 %4 pro Monat</translation>
    </message>
    <message>
        <source>  why: %1</source>
        <translation>  warum: %1</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>generated Dockerfile (%1) in %2</source>
        <translation>erzeugtes Dockerfile (%1) in %2</translation>
    </message>
    <message>
        <source>Dockerfile %1 in %2</source>
        <translation>Dockerfile %1 in %2</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>public on the server&apos;s address, port %1</source>
        <translation>öffentlich unter der Adresse des Servers, Port %1</translation>
    </message>
    <message>
        <source>public at %1</source>
        <translation>öffentlich unter %1</translation>
    </message>
    <message>
        <source>health GET %1</source>
        <translation>Zustandsprüfung GET %1</translation>
    </message>
    <message>
        <source>health: %1</source>
        <translation>Zustandsprüfung: %1</translation>
    </message>
    <message>
        <source>      after deploy: %1</source>
        <translation>      nach der Bereitstellung: %1</translation>
    </message>
    <message>
        <source>Secrets you set: %1</source>
        <translation>Von Ihnen gesetzte Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Secrets Hydron generates: %1</source>
        <translation>Von Hydron erzeugte Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is longer than 253 characters</source>
        <translation>sie ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>wildcard domains need a DNS challenge, which the proxy is not set up for</source>
        <translation>Wildcard-Domains brauchen eine DNS-Challenge, für die der Proxy nicht eingerichtet ist</translation>
    </message>
    <message>
        <source>use a fully qualified name such as app.example.com</source>
        <translation>verwenden Sie einen vollqualifizierten Namen wie app.example.com</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; must be 1 to 63 letters, digits or inner &apos;-&apos;</source>
        <translation>der Teil „%1“ muss aus 1 bis 63 Buchstaben, Ziffern oder inneren „-“ bestehen</translation>
    </message>
    <message>
        <source>an IP address is not a domain; use a host name</source>
        <translation>eine IP-Adresse ist keine Domain; verwenden Sie einen Hostnamen</translation>
    </message>
    <message>
        <source>Generated by Hydron from the plan of %1. Start with: docker compose up -d --wait. Secrets come from .env (see .env.example).</source>
        <translation>Von Hydron aus dem Plan von %1 erzeugt. Starten mit: docker compose up -d --wait. Geheimnisse kommen aus .env (siehe .env.example).</translation>
    </message>
    <message>
        <source># Generated by Hydron for %1: the values docker-compose.yml reads from .env.</source>
        <translation># Von Hydron für %1 erzeugt: die Werte, die docker-compose.yml aus .env liest.</translation>
    </message>
    <message>
        <source># Copy this file to .env and fill in every value. Never commit .env.</source>
        <translation># Kopieren Sie diese Datei nach .env und füllen Sie jeden Wert aus. Committen Sie .env nie.</translation>
    </message>
    <message>
        <source># any %1 random characters (%2), e.g. the output of: openssl rand -hex %3</source>
        <translation># beliebige %1 Zufallszeichen (%2), z. B. die Ausgabe von: openssl rand -hex %3</translation>
    </message>
    <message>
        <source># %1 of %2 (required)</source>
        <translation># %1 von %2 (erforderlich)</translation>
    </message>
    <message>
        <source># Optional variables the code reads; add them to docker-compose.yml to set them:</source>
        <translation># Optionale Variablen, die der Code liest; fügen Sie sie zu docker-compose.yml hinzu, um sie zu setzen:</translation>
    </message>
    <message>
        <source># Generated by Hydron: run after &quot;docker compose up -d --wait&quot;, from this folder.</source>
        <translation># Von Hydron erzeugt: nach „docker compose up -d --wait“ in diesem Ordner ausführen.</translation>
    </message>
    <message>
        <source># Generated by Hydron: the reverse proxy for %1. Domains get certificates automatically.</source>
        <translation># Von Hydron erzeugt: der Reverse-Proxy für %1. Domains erhalten automatisch Zertifikate.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: the template of %2 is malformed.</source>
        <translation>%1: Die Vorlage von %2 ist fehlerhaft.</translation>
    </message>
    <message>
        <source>%1: %2 needs the secret &quot;%3&quot;, which has no value yet.</source>
        <translation>%1: %2 braucht das Geheimnis „%3“, das noch keinen Wert hat.</translation>
    </message>
</context>
<context>
    <name>hydron::planning::Context</name>
    <message>
        <source>Given by you: %1 of %2.</source>
        <translation>Von Ihnen angegeben: %1 von %2.</translation>
    </message>
</context>
<context>
    <name>hydron::planning::PlanDiff</name>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>+ service %1</source>
        <translation>+ Dienst %1</translation>
    </message>
    <message>
        <source>- service %1</source>
        <translation>- Dienst %1</translation>
    </message>
    <message>
        <source>~ service %1</source>
        <translation>~ Dienst %1</translation>
    </message>
</context>
<context>
    <name>hydron::planning::PlanDocument</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>This plan uses schema version %1, written by a newer Hydron; this one reads up to version %2.</source>
        <translation>Dieser Plan verwendet Schemaversion %1, geschrieben von einer neueren Hydron-Version; diese liest bis Version %2.</translation>
    </message>
    <message>
        <source>Plan: the field &quot;schema&quot; must be 1 or more.</source>
        <translation>Plan: Das Feld „schema“ muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>Plan server</source>
        <translation>Planserver</translation>
    </message>
    <message>
        <source>Plan secret %1</source>
        <translation>Plangeheimnis %1</translation>
    </message>
    <message>
        <source>Plan secret &quot;%1&quot;, generate</source>
        <translation>Plangeheimnis „%1“, erzeugen</translation>
    </message>
</context>
<context>
    <name>hydron::planning::ServerCatalog</name>
    <message>
        <source>The server catalog %1 cannot be read.</source>
        <translation>Der Serverkatalog %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1, offer %2</source>
        <translation>%1, Angebot %2</translation>
    </message>
</context>
<context>
    <name>hydron::planning::Validator</name>
    <message>
        <source>Two services are named &quot;%1&quot;; service names must be unique.</source>
        <translation>Zwei Dienste heißen „%1“; Dienstnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a service: use up to 63 lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>„%1“ kann keinen Dienst benennen: Verwenden Sie bis zu 63 Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>%1: the service has neither an image nor a build; choose an image or a Dockerfile.</source>
        <translation>%1: Der Dienst hat weder ein Image noch einen Build; wählen Sie ein Image oder ein Dockerfile.</translation>
    </message>
    <message>
        <source>%1: the image &quot;%2&quot; is not a valid reference: %3</source>
        <translation>%1: Das Image „%2“ ist keine gültige Referenz: %3</translation>
    </message>
    <message>
        <source>%1: the build context &quot;%2&quot; must be a folder inside the source.</source>
        <translation>%1: Der Build-Kontext „%2“ muss ein Ordner innerhalb der Quelle sein.</translation>
    </message>
    <message>
        <source>%1: the Dockerfile &quot;%2&quot; must be inside the source.</source>
        <translation>%1: Das Dockerfile „%2“ muss innerhalb der Quelle liegen.</translation>
    </message>
    <message>
        <source>%1: the build has neither a Dockerfile path nor a generated Dockerfile.</source>
        <translation>%1: Der Build hat weder einen Dockerfile-Pfad noch ein erzeugtes Dockerfile.</translation>
    </message>
    <message>
        <source>%1: the build argument %2 has no value.</source>
        <translation>%1: Das Build-Argument %2 hat keinen Wert.</translation>
    </message>
    <message>
        <source>%1 depends on &quot;%2&quot;, which is not a service of this plan.</source>
        <translation>%1 hängt von „%2“ ab, das kein Dienst dieses Plans ist.</translation>
    </message>
    <message>
        <source>%1 is public but has no port for the proxy to route to; give the service a port.</source>
        <translation>%1 ist öffentlich, hat aber keinen Port, an den der Proxy weiterleiten kann; geben Sie dem Dienst einen Port.</translation>
    </message>
    <message>
        <source>%1: the public port %2 is not one of the service&apos;s ports (%3).</source>
        <translation>%1: Der öffentliche Port %2 ist keiner der Ports des Dienstes (%3).</translation>
    </message>
    <message>
        <source>%1 has domains but is not public; make it public or remove the domains.</source>
        <translation>%1 hat Domains, ist aber nicht öffentlich; machen Sie ihn öffentlich oder entfernen Sie die Domains.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid domain: %3</source>
        <translation>%1: „%2“ ist keine gültige Domain: %3</translation>
    </message>
    <message>
        <source>%1: no public CA issues certificates for %2; use internal TLS for it.</source>
        <translation>%1: Keine öffentliche CA stellt Zertifikate für %2 aus; verwenden Sie dafür internes TLS.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid environment variable name.</source>
        <translation>%1: „%2“ ist kein gültiger Name für eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>%1: the variable %2 is set twice.</source>
        <translation>%1: Die Variable %2 ist doppelt gesetzt.</translation>
    </message>
    <message>
        <source>%1: the required variable %2 has no value; set a value or a secret.</source>
        <translation>%1: Die erforderliche Variable %2 hat keinen Wert; setzen Sie einen Wert oder ein Geheimnis.</translation>
    </message>
    <message>
        <source>%1: the value of %2 holds a line break or a NUL character.</source>
        <translation>%1: Der Wert von %2 enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>%1: the template of %2 is malformed; write ${secret:REF} for a secret and $$ for a &apos;$&apos;.</source>
        <translation>%1: Die Vorlage von %2 ist fehlerhaft; schreiben Sie ${secret:REF} für ein Geheimnis und $$ für ein „$“.</translation>
    </message>
    <message>
        <source>%1: %2 refers to the secret &quot;%3&quot;, which the plan does not list.</source>
        <translation>%1: %2 verweist auf das Geheimnis „%3“, das der Plan nicht aufführt.</translation>
    </message>
    <message>
        <source>%1: %2 needs the secret &quot;%3&quot;; set its value.</source>
        <translation>%1: %2 braucht das Geheimnis „%3“; setzen Sie seinen Wert.</translation>
    </message>
    <message>
        <source>%1: the health path &quot;%2&quot; must start with &apos;/&apos; and hold only URL characters.</source>
        <translation>%1: Der Prüfpfad „%2“ muss mit „/“ beginnen und darf nur URL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>%1: the health check&apos;s port %2 is not one of the service&apos;s ports (%3).</source>
        <translation>%1: Der Port %2 der Zustandsprüfung ist keiner der Ports des Dienstes (%3).</translation>
    </message>
    <message>
        <source>%1: the health check has no command.</source>
        <translation>%1: Die Zustandsprüfung hat keinen Befehl.</translation>
    </message>
    <message>
        <source>%1: the health check&apos;s timeout (%2 s) is longer than its interval (%3 s).</source>
        <translation>%1: Das Timeout der Zustandsprüfung (%2 s) ist länger als ihr Intervall (%3 s).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot name a volume: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>%1: „%2“ kann kein Volume benennen: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <source>%1: the volume %2 must be mounted on an absolute path, not &quot;%3&quot;.</source>
        <translation>%1: Das Volume %2 muss unter einem absoluten Pfad eingehängt werden, nicht unter „%3“.</translation>
    </message>
    <message>
        <source>%1: two volumes are mounted on %2.</source>
        <translation>%1: Zwei Volumes sind unter %2 eingehängt.</translation>
    </message>
    <message>
        <source>%1 is routed to more than one service (%2); each domain can serve one.</source>
        <translation>%1 wird an mehr als einen Dienst weitergeleitet (%2); jede Domain kann nur einen bedienen.</translation>
    </message>
    <message>
        <source>%1 are all public without a domain, but only one service can answer on the server&apos;s own address; give the others a domain.</source>
        <translation>%1 sind alle ohne Domain öffentlich, aber nur ein Dienst kann unter der eigenen Adresse des Servers antworten; geben Sie den anderen eine Domain.</translation>
    </message>
    <message>
        <source>The services depend on each other in a circle: %1.</source>
        <translation>Die Dienste hängen im Kreis voneinander ab: %1.</translation>
    </message>
    <message>
        <source>%1: the memory limit of %2 MB is more than the server&apos;s %3 MB.</source>
        <translation>%1: Die Speichergrenze von %2 MB ist größer als die %3 MB des Servers.</translation>
    </message>
    <message>
        <source>The services&apos; memory limits add up to %1 MB, more than the server&apos;s %2 MB; choose a larger server or lower the limits.</source>
        <translation>Die Speichergrenzen der Dienste ergeben zusammen %1 MB, mehr als die %2 MB des Servers; wählen Sie einen größeren Server oder senken Sie die Grenzen.</translation>
    </message>
</context>
<context>
    <name>hydron::runs::RunEngine</name>
    <message>
        <source>Run %1 does not exist.</source>
        <translation>Lauf %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The server of run %1 no longer exists.</source>
        <translation>Der Server von Lauf %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Hydron does not know how to run a %1 run yet.</source>
        <translation>Hydron weiß noch nicht, wie ein Lauf der Art %1 ausgeführt wird.</translation>
    </message>
    <message>
        <source>Run %1 (%2) is %3 on this server.</source>
        <translation>Lauf %1 (%2) ist auf diesem Server %3.</translation>
    </message>
    <message>
        <source>The run&apos;s server no longer exists.</source>
        <translation>Der Server des Laufs existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This run has no steps.</source>
        <translation>Dieser Lauf hat keine Schritte.</translation>
    </message>
    <message>
        <source>There is no server with id %1.</source>
        <translation>Es gibt keinen Server mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is busy. %2 Hydron runs one thing at a time per server: wait for it to end, or stop it.</source>
        <translation>%1 ist belegt. %2 Hydron führt pro Server immer nur eine Sache aus: Warten Sie, bis sie endet, oder halten Sie sie an.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4 steps.</source>
        <translation>%1 auf %2 (%3): %4 Schritte.</translation>
    </message>
    <message>
        <source>Run %1 is not running.</source>
        <translation>Lauf %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Run %1 is ending; it cannot be paused.</source>
        <translation>Lauf %1 endet gerade; er kann nicht pausiert werden.</translation>
    </message>
    <message>
        <source>Pausing after the current step.</source>
        <translation>Pausiert nach dem aktuellen Schritt.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Not pausing after all.</source>
        <translation>Doch keine Pause.</translation>
    </message>
    <message>
        <source>Run %1 is already running.</source>
        <translation>Lauf %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Run %1 is %2; only a paused, interrupted, failed or stopped run can be resumed.</source>
        <translation>Lauf %1 ist %2; nur ein pausierter, unterbrochener, fehlgeschlagener oder angehaltener Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is busy. %2</source>
        <translation>%1 ist belegt. %2</translation>
    </message>
    <message>
        <source>The steps of run %1 have changed since it started; start a new run instead.</source>
        <translation>Die Schritte von Lauf %1 haben sich seit seinem Start geändert; starten Sie stattdessen einen neuen Lauf.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Resuming from step %1 (%2).</source>
        <translation>Wird ab Schritt %1 (%2) fortgesetzt.</translation>
    </message>
    <message>
        <source>Resuming: every step has already completed.</source>
        <translation>Fortsetzen: Jeder Schritt ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Run %1 has already ended (%2).</source>
        <translation>Lauf %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>Run %1 is running in another Hydron process (a window or hydron-cli); stop it there.</source>
        <translation>Lauf %1 läuft in einem anderen Hydron-Prozess (einem Fenster oder hydron-cli); halten Sie ihn dort an.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Wird angehalten.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Gave up waiting for the server. %1</source>
        <translation>Das Warten auf den Server wurde aufgegeben. %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Warten: %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>Releasing a stale lock left by run %1, which has ended.</source>
        <translation>Eine veraltete Sperre von Lauf %1, der beendet ist, wird freigegeben.</translation>
    </message>
    <message>
        <source>Waiting: the server&apos;s lock is held by %1.</source>
        <translation>Warten: Die Sperre des Servers wird von %1 gehalten.</translation>
    </message>
    <message>
        <source>Holding the server&apos;s run lock %1.</source>
        <translation>Die Laufsperre %1 des Servers wird gehalten.</translation>
    </message>
    <message>
        <source>Every step completed.</source>
        <translation>Alle Schritte abgeschlossen.</translation>
    </message>
    <message>
        <source>Paused before step %1 (%2).</source>
        <translation>Vor Schritt %1 (%2) pausiert.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Step %1/%2: %3</source>
        <translation>Schritt %1/%2: %3</translation>
    </message>
    <message>
        <source>Running %1 again.</source>
        <translation>%1 wird erneut ausgeführt.</translation>
    </message>
    <message>
        <source>Uploading %1.</source>
        <translation>%1 wird hochgeladen.</translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation>%1 wurde angehalten.</translation>
    </message>
    <message>
        <source>Stopped by the user during %1.</source>
        <translation>Vom Benutzer während %1 angehalten.</translation>
    </message>
    <message>
        <source>The connection dropped during %1 (%2). The step is safe to repeat: Hydron runs it once more.</source>
        <translation>Die Verbindung brach während %1 ab (%2). Der Schritt kann gefahrlos wiederholt werden: Hydron führt ihn noch einmal aus.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped while “%2” was running. This step is not safe to repeat automatically: the command may have stopped or may still be running on the server. Check the server, then resume the run.</source>
        <translation>Die Verbindung zu %1 brach ab, während „%2“ lief. Dieser Schritt kann nicht automatisch wiederholt werden: Der Befehl wurde womöglich angehalten oder läuft auf dem Server noch. Prüfen Sie den Server und setzen Sie den Lauf dann fort.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped again while “%2” was running (%3). Resume the run when the server is reachable.</source>
        <translation>Die Verbindung zu %1 brach erneut ab, während „%2“ lief (%3). Setzen Sie den Lauf fort, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>“%1” could not run: %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Completed in %1 s.</source>
        <translation>In %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” failed: %2.</source>
        <translation>„%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Released the server&apos;s run lock.</source>
        <translation>Die Laufsperre des Servers wurde freigegeben.</translation>
    </message>
    <message>
        <source>The server&apos;s run lock could not be released (%1). Resuming this run takes it back; a new run releases it as stale.</source>
        <translation>Die Laufsperre des Servers konnte nicht freigegeben werden (%1). Beim Fortsetzen dieses Laufs wird sie wieder übernommen; ein neuer Lauf gibt sie als veraltet frei.</translation>
    </message>
    <message>
        <source>Run %1 is active on %2; stop it instead of releasing its lock.</source>
        <translation>Lauf %1 ist auf %2 aktiv; halten Sie ihn an, statt seine Sperre freizugeben.</translation>
    </message>
    <message>
        <source>Completed early: %1. The remaining steps were skipped.</source>
        <translation>Vorzeitig abgeschlossen: %1. Die übrigen Schritte wurden übersprungen.</translation>
    </message>
    <message>
        <source>nothing is left to do</source>
        <translation>es ist nichts mehr zu tun</translation>
    </message>
    <message>
        <source>%1 found nothing left to do: %2</source>
        <translation>%1 hat festgestellt, dass nichts mehr zu tun ist: %2</translation>
    </message>
</context>
<context>
    <name>hydron::source::LibGit2Fetcher</name>
    <message>
        <source>Only an SSH repository&apos;s host key (SHA256:…) can be trusted; %1 is not one.</source>
        <translation>Nur dem Hostschlüssel (SHA256:…) eines SSH-Repositorys kann vertraut werden; %1 ist keines.</translation>
    </message>
    <message>
        <source>Hydron could not remember the host key of %1.</source>
        <translation>Hydron konnte sich den Hostschlüssel von %1 nicht merken.</translation>
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
        <source>Choose a chat above to read it.</source>
        <translation>Wählen Sie oben einen Chat, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Offline assistant</source>
        <translation>Offline-Assistent</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <source>Start a chat (+) to ask the assistant to analyse, plan and deploy this project; what it proposes to change appears as a card for you to approve.</source>
        <translation>Starten Sie einen Chat (+), um den Assistenten dieses Projekt analysieren, planen und bereitstellen zu lassen; was er ändern möchte, erscheint als Karte, die Sie freigeben.</translation>
    </message>
    <message>
        <source>The answer being written</source>
        <translation>Die Antwort, die gerade geschrieben wird</translation>
    </message>
    <message>
        <source>Ask to analyze, plan, add a database, set the domain, deploy… (Ctrl+Enter)</source>
        <translation>Bitten Sie um Analyse, Plan, eine Datenbank, die Domain, Bereitstellung… (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop generating</source>
        <translation>Erzeugen anhalten</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Answers come from Claude (the key from %1).</source>
        <translation>Die Antworten kommen von Claude (der Schlüssel aus %1).</translation>
    </message>
    <message>
        <source>No API key (add one in Settings, or set ANTHROPIC_API_KEY): everyday requests are understood by rules; open questions need Claude.</source>
        <translation>Kein API-Schlüssel (fügen Sie einen in den Einstellungen hinzu oder setzen Sie ANTHROPIC_API_KEY): Alltägliche Anfragen werden über Regeln verstanden; offene Fragen brauchen Claude.</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <source>Delete the chat &quot;%1&quot; and all its messages?</source>
        <translation>Den Chat „%1“ und alle seine Nachrichten löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The assistant is answering…</source>
        <translation>Der Assistent antwortet…</translation>
    </message>
    <message>
        <source>Using %1…</source>
        <translation>Verwendet %1…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>Approved, but it failed: %1</source>
        <translation>Freigegeben, aber fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Say what you need below: &quot;deploy&quot;, &quot;add postgres&quot;, &quot;set the domain to …&quot;.</source>
        <translation>Sagen Sie unten, was Sie brauchen, etwa „deploy“, „add postgres“ oder „set the domain to …“.</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>The latest run failed: look at the failed step&apos;s log for common causes and suggest plan changes</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: das Protokoll des fehlgeschlagenen Schritts auf häufige Ursachen prüfen und Planänderungen vorschlagen</translation>
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
    <message numerus="yes">
        <source>Created the project “%1” with %n service(s).</source>
        <translation>
            <numerusform>Projekt „%1“ mit %n Dienst angelegt.</numerusform>
            <numerusform>Projekt „%1“ mit %n Diensten angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hydron::ui::DeployBar</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Rollback…</source>
        <translation>Zurückrollen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 (not linked yet)</source>
        <translation>%1 (noch nicht verknüpft)</translation>
    </message>
    <message>
        <source>Deploy on this computer&apos;s own Docker engine</source>
        <translation>Auf der eigenen Docker-Engine dieses Computers bereitstellen</translation>
    </message>
    <message>
        <source>%1@%2:%3</source>
        <translation>%1@%2:%3</translation>
    </message>
    <message>
        <source>No servers</source>
        <translation>Keine Server</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>A deploy of this project is being prepared.</source>
        <translation>Eine Bereitstellung dieses Projekts wird vorbereitet.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Add a server in the Server Inventory first.</source>
        <translation>Fügen Sie zuerst einen Server in der Serverübersicht hinzu.</translation>
    </message>
    <message>
        <source>Nothing of this project was deployed to %1 yet: deploy it first.</source>
        <translation>Von diesem Projekt wurde noch nichts auf %1 bereitgestellt: Stellen Sie es zuerst bereit.</translation>
    </message>
    <message>
        <source>Not deployed to %1 yet.</source>
        <translation>Noch nicht auf %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>Last on %1: %2 %3 (run #%4, %5).</source>
        <translation>Zuletzt auf %1: %2 %3 (Lauf Nr. %4, %5).</translation>
    </message>
    <message>
        <source>Build and start the approved plan on %1, health-checked, without downtime.</source>
        <translation>Den freigegebenen Plan auf %1 bauen und starten, mit Zustandsprüfung, ohne Ausfallzeit.</translation>
    </message>
    <message>
        <source>Deploy the approved plan to %1 again: only services whose inputs changed are rebuilt and restarted.</source>
        <translation>Den freigegebenen Plan erneut auf %1 bereitstellen: Nur Dienste, deren Eingaben sich geändert haben, werden neu gebaut und neu gestartet.</translation>
    </message>
    <message>
        <source>Return %1 to a release kept there.</source>
        <translation>Auf %1 zu einem dort aufbewahrten Release zurückkehren.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>%1 started as run #%2: follow it in the Runs panel.</source>
        <translation>%1 als Lauf Nr. %2 gestartet: Verfolgen Sie ihn im Bereich „Läufe“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the releases kept on %1…</source>
        <translation>Die auf %1 aufbewahrten Releases werden gelesen…</translation>
    </message>
    <message>
        <source>There are no releases of %1 on %2 yet, so there is nothing to roll back to.</source>
        <translation>Es gibt noch keine Releases von %1 auf %2, daher gibt es nichts, wohin zurückgerollt werden kann.</translation>
    </message>
    <message>
        <source>%1 has no earlier release kept on %2 to roll back to: only the one serving now.</source>
        <translation>%1 hat auf %2 kein früheres aufbewahrtes Release zum Zurückrollen: nur das, das gerade aktiv ist.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Roll %1 back to release %2 on %3? The release serving now stops once %2 is healthy.</source>
        <translation>%1 auf %3 auf Release %2 zurückrollen? Das gerade aktive Release hält an, sobald %2 gesund ist.</translation>
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
        <source>No Dockerfiles yet</source>
        <translation>Noch keine Dockerfiles</translation>
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
        <source>Domains</source>
        <translation>Domains</translation>
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
        <source>1 · starts first</source>
        <translation>1 · startet zuerst</translation>
    </message>
    <message>
        <source>%1 · then</source>
        <translation>%1 · danach</translation>
    </message>
    <message>
        <source>In a cycle</source>
        <translation>In einem Zyklus</translation>
    </message>
    <message>
        <source>Start order: each service starts once the services its arrows point to run and are healthy.</source>
        <translation>Startreihenfolge: Jeder Dienst startet, sobald die Dienste, auf die seine Pfeile zeigen, laufen und gesund sind.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>A plan says how this project will run: the server size, a Dockerfile per service, environment, ports, domains and health checks. Hydron makes it from the project&apos;s services; you read it, change it and approve it before anything is deployed.</source>
        <translation>Ein Plan beschreibt, wie dieses Projekt laufen wird: die Servergröße, ein Dockerfile pro Dienst, Umgebung, Ports, Domains und Zustandsprüfungen. Hydron erstellt ihn aus den Diensten des Projekts; Sie lesen, ändern und geben ihn frei, bevor etwas bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Generate Plan</source>
        <translation>Plan erzeugen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Secrets of the plan. Their values live in your system keychain, never in the plan, and are only shown masked.</source>
        <translation>Geheimnisse des Plans. Ihre Werte liegen im Schlüsselbund Ihres Systems, nie im Plan, und werden nur maskiert angezeigt.</translation>
    </message>
    <message>
        <source>Set Value…</source>
        <translation>Wert setzen…</translation>
    </message>
    <message>
        <source>The public service the domain leads to</source>
        <translation>Der öffentliche Dienst, zu dem die Domain führt</translation>
    </message>
    <message>
        <source>app.example.com</source>
        <translation>app.example.com</translation>
    </message>
    <message>
        <source>HTTPS, certificate chosen by the name</source>
        <translation>HTTPS, Zertifikat nach Name gewählt</translation>
    </message>
    <message>
        <source>HTTPS from a public CA (ACME)</source>
        <translation>HTTPS von einer öffentlichen CA (ACME)</translation>
    </message>
    <message>
        <source>HTTPS from the proxy&apos;s own CA</source>
        <translation>HTTPS von der eigenen CA des Proxys</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Reines HTTP</translation>
    </message>
    <message>
        <source>Add Domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A domain is a change to the plan: it makes a new version, marked modified. Point the name&apos;s DNS at your server before deploying; HTTP is redirected to HTTPS.</source>
        <translation>Eine Domain ist eine Änderung am Plan: Sie erzeugt eine neue Version, als geändert markiert. Richten Sie den DNS-Eintrag des Namens vor der Bereitstellung auf Ihren Server; HTTP wird auf HTTPS umgeleitet.</translation>
    </message>
    <message>
        <source>Public services get a domain and a TLS certificate through the reverse proxy on your server. They are part of the plan: generate one in the Overview tab.</source>
        <translation>Öffentliche Dienste erhalten über den Reverse-Proxy auf Ihrem Server eine Domain und ein TLS-Zertifikat. Sie sind Teil des Plans: Erzeugen Sie einen im Reiter „Übersicht“.</translation>
    </message>
    <message>
        <source>No post-deploy commands</source>
        <translation>Keine Befehle nach der Bereitstellung</translation>
    </message>
    <message>
        <source>Commands such as database migrations run in a service&apos;s container after each deploy. The plan lists the ones it detected (Django, Rails, Laravel, Prisma).</source>
        <translation>Befehle wie Datenbankmigrationen laufen nach jeder Bereitstellung im Container eines Dienstes. Der Plan listet die erkannten auf (Django, Rails, Laravel, Prisma).</translation>
    </message>
    <message>
        <source>The service whose container runs the command</source>
        <translation>Der Dienst, in dessen Container der Befehl läuft</translation>
    </message>
    <message>
        <source>e.g. npx prisma migrate deploy</source>
        <translation>z. B. npx prisma migrate deploy</translation>
    </message>
    <message>
        <source>Add Command</source>
        <translation>Befehl hinzufügen</translation>
    </message>
    <message>
        <source>Post-deploy</source>
        <translation>Post-Deploy</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Änderungen von</translation>
    </message>
    <message>
        <source>Select a change to see it line by line.</source>
        <translation>Wählen Sie eine Änderung, um sie Zeile für Zeile zu sehen.</translation>
    </message>
    <message>
        <source>One version so far</source>
        <translation>Bisher eine Version</translation>
    </message>
    <message>
        <source>Each regeneration and each edit makes a new plan version; earlier ones are kept. Once there are two, this tab shows what changed between them.</source>
        <translation>Jedes Neuerzeugen und jede Bearbeitung ergibt eine neue Planversion; frühere bleiben erhalten. Sobald es zwei gibt, zeigt dieser Reiter, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>This project has no source, so nothing was analysed. Projects made with New Project get their services from their source&apos;s analysis, a Docker image or a template.</source>
        <translation>Dieses Projekt hat keine Quelle, daher wurde nichts analysiert. Mit „Neues Projekt“ angelegte Projekte erhalten ihre Dienste aus der Analyse ihrer Quelle, einem Docker-Image oder einer Vorlage.</translation>
    </message>
    <message>
        <source>This project has no services. Its source (%1) was not analysed: projects made with New Project get their services from the analysis, which you review before saving.</source>
        <translation>Dieses Projekt hat keine Dienste. Seine Quelle (%1) wurde nicht analysiert: Mit „Neues Projekt“ angelegte Projekte erhalten ihre Dienste aus der Analyse, die Sie vor dem Speichern prüfen.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>The project has no services to plan for.</source>
        <translation>Das Projekt hat keine Dienste, für die geplant werden kann.</translation>
    </message>
    <message>
        <source>Every service of this plan runs from an image, so nothing is built from a Dockerfile.</source>
        <translation>Jeder Dienst dieses Plans läuft aus einem Image, daher wird nichts aus einem Dockerfile gebaut.</translation>
    </message>
    <message>
        <source>Each built service gets a Dockerfile: the one in your source when there is one, otherwise one Hydron generates with the plan. Generate a plan in the Overview tab to see them.</source>
        <translation>Jeder gebaute Dienst erhält ein Dockerfile: das aus Ihrer Quelle, falls vorhanden, sonst eines, das Hydron mit dem Plan erzeugt. Erzeugen Sie im Reiter „Übersicht“ einen Plan, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>The services changed after this plan was made, so it is stale: it no longer describes what would be deployed. Regenerate it from the current services.</source>
        <translation>Die Dienste haben sich geändert, nachdem dieser Plan erstellt wurde, daher ist er veraltet: Er beschreibt nicht mehr, was bereitgestellt würde. Erzeugen Sie ihn aus den aktuellen Diensten neu.</translation>
    </message>
    <message>
        <source>Stale plan</source>
        <translation>Veralteter Plan</translation>
    </message>
    <message>
        <source>Version %1 no longer matches the services; show it to regenerate.</source>
        <translation>Version %1 passt nicht mehr zu den Diensten; zeigen Sie sie an, um sie neu zu erzeugen.</translation>
    </message>
    <message>
        <source>This plan cannot be read: %1 Regenerate it.</source>
        <translation>Dieser Plan kann nicht gelesen werden: %1 Erzeugen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Fix these before approving:</source>
        <translation>Beheben Sie dies vor der Freigabe:</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approve this version: it is what a deploy will run.</source>
        <translation>Diese Version freigeben: Sie ist das, was eine Bereitstellung ausführt.</translation>
    </message>
    <message>
        <source>A stale plan cannot be approved; regenerate it first.</source>
        <translation>Ein veralteter Plan kann nicht freigegeben werden; erzeugen Sie ihn zuerst neu.</translation>
    </message>
    <message>
        <source>Fix the plan&apos;s problems first.</source>
        <translation>Beheben Sie zuerst die Probleme des Plans.</translation>
    </message>
    <message>
        <source>Your server %1</source>
        <translation>Ihr Server %1</translation>
    </message>
    <message>
        <source>%1 %2 a month</source>
        <translation>%1 %2 pro Monat</translation>
    </message>
    <message>
        <source>Nothing more: the server is yours already</source>
        <translation>Nichts weiter: Der Server gehört Ihnen bereits</translation>
    </message>
    <message>
        <source>Notes from the planner:</source>
        <translation>Hinweise des Planers:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Edit it and save: the plan gets a new version, marked modified, and needs approving again.</source>
        <translation>Bearbeiten und speichern: Der Plan erhält eine neue Version, als geändert markiert, und muss erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>Hydron builds with your own Dockerfile; change it in the source.</source>
        <translation>Hydron baut mit Ihrem eigenen Dockerfile; ändern Sie es in der Quelle.</translation>
    </message>
    <message>
        <source>That version cannot be read.</source>
        <translation>Diese Version kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>to the newest version: no changes.</source>
        <translation>zur neuesten Version: keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>to the newest version (%1): %n change(s).</source>
        <translation>
            <numerusform>zur neuesten Version (%1): %n Änderung.</numerusform>
            <numerusform>zur neuesten Version (%1): %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>The planner gave no result.</source>
        <translation>Der Planer lieferte kein Ergebnis.</translation>
    </message>
    <message>
        <source>No Plan Made</source>
        <translation>Kein Plan erstellt</translation>
    </message>
    <message>
        <source>Plan Not Approved</source>
        <translation>Plan nicht freigegeben</translation>
    </message>
    <message>
        <source>Type a domain, e.g. app.example.com.</source>
        <translation>Geben Sie eine Domain ein, z. B. app.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain: %2</source>
        <translation>„%1“ ist keine Domain: %2</translation>
    </message>
    <message>
        <source>%1 already leads to %2.</source>
        <translation>%1 führt bereits zu %2.</translation>
    </message>
    <message>
        <source>The plan has no public service to give a domain to.</source>
        <translation>Der Plan hat keinen öffentlichen Dienst, dem eine Domain gegeben werden kann.</translation>
    </message>
    <message>
        <source>Set Secret Value</source>
        <translation>Geheimen Wert setzen</translation>
    </message>
    <message>
        <source>The value of %1. It goes to your system keychain and is never shown again.</source>
        <translation>Der Wert von %1. Er kommt in den Schlüsselbund Ihres Systems und wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Secret Not Stored</source>
        <translation>Geheimnis nicht gespeichert</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>What will run on the server</source>
        <translation>Was auf dem Server ausgeführt wird</translation>
    </message>
    <message>
        <source>Select a step to read the script it sends to the server.</source>
        <translation>Wählen Sie einen Schritt, um das Skript zu lesen, das er an den Server sendet.</translation>
    </message>
    <message>
        <source>This approved version has problems; a corrected version needs approving:</source>
        <translation>Diese freigegebene Version hat Probleme; eine korrigierte Version muss freigegeben werden:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <source>%1 RAM</source>
        <translation>%1 RAM</translation>
    </message>
    <message>
        <source>%1 GB disk</source>
        <translation>%1 GB Festplatte</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source># %1 is built with the repository&apos;s own Dockerfile (%2).
# Its text shows here once the repository is on this computer: Hydron fetches it when you deploy.</source>
        <translation># %1 wird mit dem eigenen Dockerfile des Repositorys gebaut (%2).
# Sein Text erscheint hier, sobald das Repository auf diesem Computer ist: Hydron holt es beim Bereitstellen.</translation>
    </message>
    <message>
        <source>From the repository: %1 (read-only here; change it in the source).</source>
        <translation>Aus dem Repository: %1 (hier schreibgeschützt; ändern Sie es in der Quelle).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Generate a plan to see the steps it runs on the server.</source>
        <translation>Erzeugen Sie einen Plan, um die Schritte zu sehen, die er auf dem Server ausführt.</translation>
    </message>
    <message>
        <source>Compiling version %1 into steps…</source>
        <translation>Version %1 wird in Schritte übersetzt…</translation>
    </message>
    <message>
        <source>The compiler gave no result.</source>
        <translation>Der Compiler hat kein Ergebnis geliefert.</translation>
    </message>
    <message>
        <source>Version %1 cannot be compiled yet: %2 Hydron fetches the repository when you deploy; the steps show here after that.</source>
        <translation>Version %1 kann noch nicht übersetzt werden: %2 Hydron holt das Repository beim Bereitstellen; danach erscheinen die Schritte hier.</translation>
    </message>
    <message>
        <source>Version %1 cannot be compiled: %2</source>
        <translation>Version %1 kann nicht übersetzt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 runs these %n step(s) on the server, in order (release %2). Expand a step for what it does; select it to read its script. Values stay out of this view.</source>
        <translation>
            <numerusform>Version %1 führt diesen %n Schritt auf dem Server aus (Release %2). Klappen Sie einen Schritt auf, um zu sehen, was er tut; wählen Sie ihn, um sein Skript zu lesen. Werte bleiben dieser Ansicht fern.</numerusform>
            <numerusform>Version %1 führt diese %n Schritte auf dem Server aus, der Reihe nach (Release %2). Klappen Sie einen Schritt auf, um zu sehen, was er tut; wählen Sie ihn, um sein Skript zu lesen. Werte bleiben dieser Ansicht fern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Not Updated</source>
        <translation>Plan nicht aktualisiert</translation>
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
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
    <name>hydron::ui::ModelListModel</name>
    <message>
        <source>%1 (not in the server&apos;s list)</source>
        <translation>%1 (nicht in der Liste des Servers)</translation>
    </message>
    <message>
        <source>The model in your settings; the server did not list it (a gateway alias, or the list could not be loaded).</source>
        <translation>Das Modell aus Ihren Einstellungen; der Server hat es nicht aufgeführt (ein Gateway-Alias, oder die Liste konnte nicht geladen werden).</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <translation>%1, veröffentlicht %2</translation>
    </message>
</context>
<context>
    <name>hydron::ui::NewProjectFetchPage</name>
    <message>
        <source>Reading the source</source>
        <translation>Quelle wird gelesen</translation>
    </message>
    <message>
        <source>Hydron fetches the source and looks for its services. Nothing is saved until you approve the services on the next page.</source>
        <translation>Hydron holt die Quelle und sucht nach ihren Diensten. Nichts wird gespeichert, bevor Sie die Dienste auf der nächsten Seite freigeben.</translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation>Klonen abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Trust This Host Key and Retry</source>
        <translation>Diesem Hostschlüssel vertrauen und erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel Analysis</source>
        <translation>Analyse abbrechen</translation>
    </message>
    <message>
        <source>Analysing the repository</source>
        <translation>Repository wird analysiert</translation>
    </message>
    <message>
        <source>Analysing %1</source>
        <translation>%1 wird analysiert</translation>
    </message>
    <message>
        <source>Waiting for the clone.</source>
        <translation>Warten auf das Klonen.</translation>
    </message>
    <message>
        <source>Cloning %1</source>
        <translation>%1 wird geklont</translation>
    </message>
    <message>
        <source>Cloning %1 at %2</source>
        <translation>%1 wird bei %2 geklont</translation>
    </message>
    <message>
        <source>Reading credentials from your keychain…</source>
        <translation>Zugangsdaten werden aus Ihrem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The token is used for this clone but could not be kept in your keychain: %1</source>
        <translation>Das Token wird für dieses Klonen verwendet, konnte aber nicht in Ihrem Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your keychain could not be read (%1); cloning without stored credentials.</source>
        <translation>Ihr Schlüsselbund konnte nicht gelesen werden (%1); es wird ohne gespeicherte Zugangsdaten geklont.</translation>
    </message>
    <message>
        <source>Could not clone the repository</source>
        <translation>Das Repository konnte nicht geklont werden</translation>
    </message>
    <message>
        <source>Git is not available in this build of Hydron.</source>
        <translation>Git ist in diesem Build von Hydron nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation>%1: %L2 von %L3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Checked out %1 (commit %2)%3.</source>
        <translation>%1 ausgecheckt (Commit %2)%3.</translation>
    </message>
    <message>
        <source>, updating the cached clone</source>
        <translation>, der zwischengespeicherte Klon wird aktualisiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1: %L2 of %L3 files</source>
        <translation>%1: %L2 von %L3 Dateien</translation>
    </message>
    <message>
        <source>%1: %L2 files</source>
        <translation>%1: %L2 Dateien</translation>
    </message>
    <message>
        <source>Could not analyse the source</source>
        <translation>Die Quelle konnte nicht analysiert werden</translation>
    </message>
    <message>
        <source>Found %1 and %2 in %L3 files.</source>
        <translation>%1 und %2 in %L3 Dateien gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backing service(s)</source>
        <translation>
            <numerusform>%n unterstützender Dienst</numerusform>
            <numerusform>%n unterstützende Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: the source could not be fetched.</source>
        <translation>Nicht begonnen: Die Quelle konnte nicht geholt werden.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht begonnen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was saved. Retry, or go back to change the source.</source>
        <translation>Es wurde nichts gespeichert. Versuchen Sie es erneut oder gehen Sie zurück, um die Quelle zu ändern.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::NewProjectReviewPage</name>
    <message>
        <source>start: %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>Dockerfile: %1</source>
        <translation>Dockerfile: %1</translation>
    </message>
    <message>
        <source>port from $%1</source>
        <translation>Port aus $%1</translation>
    </message>
    <message>
        <source>volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <source>Review the services</source>
        <translation>Dienste prüfen</translation>
    </message>
    <message>
        <source>This is what Hydron will deploy. Double-click a cell to change it; select a service to see why Hydron found it.</source>
        <translation>Dies wird Hydron bereitstellen. Doppelklicken Sie auf eine Zelle, um sie zu ändern; wählen Sie einen Dienst, um zu sehen, warum Hydron ihn gefunden hat.</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected service; nothing depends on it any more</source>
        <translation>Den gewählten Dienst entfernen; nichts hängt mehr von ihm ab</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Tick Secret for passwords, keys and tokens: their values go to your system keychain, never to Hydron&apos;s database.</source>
        <translation>Haken Sie „Geheim“ bei Passwörtern, Schlüsseln und Tokens an: Ihre Werte kommen in den Schlüsselbund Ihres Systems, nie in Hydrons Datenbank.</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>Detected in the root folder of the source</source>
        <translation>Im Stammordner der Quelle erkannt</translation>
    </message>
    <message>
        <source>Detected in the folder %1</source>
        <translation>Im Ordner %1 erkannt</translation>
    </message>
    <message>
        <source>A %1 backing service</source>
        <translation>Ein unterstützender Dienst %1</translation>
    </message>
    <message>
        <source>A %1 %2 backing service</source>
        <translation>Ein unterstützender Dienst %1 %2</translation>
    </message>
    <message>
        <source>%1, used by %2</source>
        <translation>%1, verwendet von %2</translation>
    </message>
    <message>
        <source>Runs the image %1, as you gave it</source>
        <translation>Führt das Image %1 aus, wie von Ihnen angegeben</translation>
    </message>
    <message>
        <source>From the template %1</source>
        <translation>Aus der Vorlage %1</translation>
    </message>
    <message>
        <source>The analysis found none.</source>
        <translation>Die Analyse hat keine gefunden.</translation>
    </message>
    <message>
        <source>Only the analysis of a Git repository or a folder finds these.</source>
        <translation>Nur die Analyse eines Git-Repositorys oder eines Ordners findet diese.</translation>
    </message>
    <message>
        <source>Integrations (%1)</source>
        <translation>Integrationen (%1)</translation>
    </message>
    <message>
        <source>External services the code talks to (payments, mail, storage…): not deployed, but their keys are needed.</source>
        <translation>Externe Dienste, mit denen der Code spricht (Zahlungen, E-Mail, Speicher…): nicht bereitgestellt, aber ihre Schlüssel werden gebraucht.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>What the analysis could not read or decide.</source>
        <translation>Was die Analyse nicht lesen oder entscheiden konnte.</translation>
    </message>
    <message>
        <source>Select a service to see why Hydron found it.</source>
        <translation>Wählen Sie einen Dienst, um zu sehen, warum Hydron ihn gefunden hat.</translation>
    </message>
    <message>
        <source>%1. No files to show: nothing was analysed for it.</source>
        <translation>%1. Keine Dateien anzuzeigen: Für ihn wurde nichts analysiert.</translation>
    </message>
    <message>
        <source>%1. What Hydron found, and where:</source>
        <translation>%1. Was Hydron gefunden hat, und wo:</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Belege (%1)</translation>
    </message>
    <message>
        <source>No services. Add at least one to approve the project, or go back and choose another source.</source>
        <translation>Keine Dienste. Fügen Sie mindestens einen hinzu, um das Projekt freizugeben, oder gehen Sie zurück und wählen Sie eine andere Quelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backing service(s)</source>
        <translation>
            <numerusform>%n unterstützender Dienst</numerusform>
            <numerusform>%n unterstützende Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1. Approve saves the project “%2” with them; you can still change them afterwards.</source>
        <translation>%1. „Freigeben“ speichert das Projekt „%2“ damit; Sie können sie danach noch ändern.</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>hydron::ui::NewProjectSourcePage</name>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>“%1” is not a port: give numbers between 1 and 65535, separated by commas.</source>
        <translation>„%1“ ist kein Port: Geben Sie Zahlen zwischen 1 und 65535 an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a variable name. Write NAME=value, one per line; names use letters, digits and “_”.</source>
        <translation>Zeile %1: „%2“ ist kein Variablenname. Schreiben Sie NAME=Wert, einen pro Zeile; Namen bestehen aus Buchstaben, Ziffern und „_“.</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>Zeile %1: %2 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Where is the application?</source>
        <translation>Wo liegt die Anwendung?</translation>
    </message>
    <message>
        <source>Hydron reads a Git repository or a folder to find its services. A Docker image or a template needs no analysis.</source>
        <translation>Hydron liest ein Git-Repository oder einen Ordner, um ihre Dienste zu finden. Ein Docker-Image oder eine Vorlage braucht keine Analyse.</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git-Repository</translation>
    </message>
    <message>
        <source>Clone over HTTPS or SSH at a branch, tag or commit, then analyse.</source>
        <translation>Über HTTPS oder SSH bei einem Branch, Tag oder Commit klonen, dann analysieren.</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>Analyse a folder on this computer.</source>
        <translation>Einen Ordner auf diesem Computer analysieren.</translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation>Docker-Image</translation>
    </message>
    <message>
        <source>Run an existing image. You give its ports and environment.</source>
        <translation>Ein vorhandenes Image ausführen. Sie geben seine Ports und seine Umgebung an.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Start from a ready set of services: Ghost, WordPress, n8n…</source>
        <translation>Mit einem fertigen Satz von Diensten beginnen: Ghost, WordPress, n8n…</translation>
    </message>
    <message>
        <source>e.g. Storefront</source>
        <translation>z. B. Onlineshop</translation>
    </message>
    <message>
        <source>Project &amp;name</source>
        <translation>Projekt&amp;name</translation>
    </message>
    <message>
        <source>https://git.example.com/team/app.git or git@git.example.com:team/app.git</source>
        <translation>https://git.example.com/team/app.git oder git@git.example.com:team/app.git</translation>
    </message>
    <message>
        <source>Repository &amp;URL</source>
        <translation>Repository-&amp;URL</translation>
    </message>
    <message>
        <source>The default branch</source>
        <translation>Der Standard-Branch</translation>
    </message>
    <message>
        <source>Branch, tag or &amp;commit</source>
        <translation>Branch, Tag oder &amp;Commit</translation>
    </message>
    <message>
        <source>Optional: for a private repository</source>
        <translation>Optional: für ein privates Repository</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
    <message>
        <source>Kept in your system keychain, never in a URL or a file. Left empty, a token stored there for this host is used.</source>
        <translation>Wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer URL oder Datei. Bleibt es leer, wird ein dort für diesen Host gespeichertes Token verwendet.</translation>
    </message>
    <message>
        <source>Optional: ~/.ssh/id_ed25519</source>
        <translation>Optional: ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Keys in ssh-agent are tried first, then this key file (its passphrase, if it has one, from your keychain).</source>
        <translation>Schlüssel im ssh-agent werden zuerst versucht, dann diese Schlüsseldatei (ihre Passphrase, falls vorhanden, aus Ihrem Schlüsselbund).</translation>
    </message>
    <message>
        <source>SSH &amp;key file</source>
        <translation>SSH-&amp;Schlüsseldatei</translation>
    </message>
    <message>
        <source>The application&apos;s folder on this computer</source>
        <translation>Der Ordner der Anwendung auf diesem Computer</translation>
    </message>
    <message>
        <source>Hydron reads the folder where it is and changes nothing in it. Dependency and build folders and what .gitignore lists are skipped.</source>
        <translation>Hydron liest den Ordner dort, wo er liegt, und ändert nichts darin. Abhängigkeits- und Build-Ordner sowie alles, was .gitignore auflistet, werden übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>e.g. nginx:1.27 or registry.example.test/team/app:2.1</source>
        <translation>z. B. nginx:1.27 oder registry.example.test/team/app:2.1</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>e.g. 8080 (the ports the container listens on)</source>
        <translation>z. B. 8080 (die Ports, an denen der Container lauscht)</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>NAME=value, one per line. Mark secrets on the next page.</source>
        <translation>NAME=Wert, einer pro Zeile. Geheimnisse markieren Sie auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The template gallery could not be read: %1</source>
        <translation>Die Vorlagengalerie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose the Application&apos;s Folder</source>
        <translation>Ordner der Anwendung wählen</translation>
    </message>
    <message>
        <source>Choose an SSH Private Key</source>
        <translation>Privaten SSH-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Give the repository&apos;s URL.</source>
        <translation>Geben Sie die URL des Repositorys an.</translation>
    </message>
    <message>
        <source>Git is not available in this build of Hydron.</source>
        <translation>Git ist in diesem Build von Hydron nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose the folder.</source>
        <translation>Wählen Sie den Ordner.</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>Unter %1 gibt es keinen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Hydron may not read %1: check its permissions.</source>
        <translation>Hydron darf %1 nicht lesen: Prüfen Sie die Rechte.</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, such as %1.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an, etwa %1.</translation>
    </message>
    <message>
        <source>Give the image&apos;s reference.</source>
        <translation>Geben Sie die Referenz des Images an.</translation>
    </message>
    <message>
        <source>Runs %1.</source>
        <translation>Führt %1 aus.</translation>
    </message>
    <message>
        <source>Runs %1. Without a fixed tag or digest, a redeploy may run a different image: consider a version tag.</source>
        <translation>Führt %1 aus. Ohne festen Tag oder Digest kann eine erneute Bereitstellung ein anderes Image ausführen: Erwägen Sie einen Versions-Tag.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::NewProjectWizard</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Save the project with these services</source>
        <translation>Das Projekt mit diesen Diensten speichern</translation>
    </message>
    <message>
        <source>Secret Values Not Stored</source>
        <translation>Geheime Werte nicht gespeichert</translation>
    </message>
    <message>
        <source>The project was saved, but its secret values could not be stored in your keychain: %1 Give them again in the Environment tab.</source>
        <translation>Das Projekt wurde gespeichert, aber seine geheimen Werte konnten nicht in Ihrem Schlüsselbund abgelegt werden: %1 Geben Sie sie im Reiter „Umgebung“ erneut an.</translation>
    </message>
    <message>
        <source>No keychain is set up.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanDiffModel</name>
    <message>
        <source>(plan)</source>
        <translation>(Plan)</translation>
    </message>
    <message>
        <source>service added</source>
        <translation>Dienst hinzugefügt</translation>
    </message>
    <message>
        <source>service removed</source>
        <translation>Dienst entfernt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanDockerfileModel</name>
    <message>
        <source>Generated (%1)</source>
        <translation>Erzeugt (%1)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>%1 in the source</source>
        <translation>%1 in der Quelle</translation>
    </message>
    <message>
        <source>Hydron generated this Dockerfile; you can edit it.</source>
        <translation>Hydron hat dieses Dockerfile erzeugt; Sie können es bearbeiten.</translation>
    </message>
    <message>
        <source>The Dockerfile from the source (%1/%2) is used as it is.</source>
        <translation>Das Dockerfile aus der Quelle (%1/%2) wird unverändert verwendet.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanDomainModel</name>
    <message>
        <source>Automatic HTTPS (public CA)</source>
        <translation>Automatisches HTTPS (öffentliche CA)</translation>
    </message>
    <message>
        <source>HTTPS from the proxy&apos;s own CA</source>
        <translation>HTTPS von der eigenen CA des Proxys</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Reines HTTP</translation>
    </message>
    <message>
        <source>No domain: the service answers on the server&apos;s own address, port 80.</source>
        <translation>Keine Domain: Der Dienst antwortet unter der eigenen Adresse des Servers, Port 80.</translation>
    </message>
    <message>
        <source>The proxy routes %1 to %2, port %3.</source>
        <translation>Der Proxy leitet %1 an %2 weiter, Port %3.</translation>
    </message>
    <message>
        <source>The server&apos;s address</source>
        <translation>Die Adresse des Servers</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanPostDeployModel</name>
    <message>
        <source>Runs in</source>
        <translation>Läuft in</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanSecretModel</name>
    <message>
        <source>Generated at the first deploy</source>
        <translation>Bei der ersten Bereitstellung erzeugt</translation>
    </message>
    <message>
        <source>You give it</source>
        <translation>Von Ihnen angegeben</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>noch nicht erzeugt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Wert aus</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>hydron::ui::PlanStepModel</name>
    <message>
        <source>Skipped on this server: %1</source>
        <translation>Auf diesem Server übersprungen: %1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Führt aus: %1</translation>
    </message>
    <message>
        <source>Receives (values in a 0600 file, not shown): %1</source>
        <translation>Erhält (Werte in einer 0600-Datei, nicht angezeigt): %1</translation>
    </message>
    <message>
        <source>Uploads: %1 (%2)</source>
        <translation>Lädt hoch: %1 (%2)</translation>
    </message>
    <message>
        <source>As root (sudo -n when the login is not root)</source>
        <translation>Als root (sudo -n, wenn die Anmeldung nicht root ist)</translation>
    </message>
    <message>
        <source>As the login user</source>
        <translation>Als angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Stopped after a minute</source>
        <translation>Wird nach einer Minute abgebrochen</translation>
    </message>
    <message>
        <source>Stopped after %1 minutes</source>
        <translation>Wird nach %1 Minuten abgebrochen</translation>
    </message>
    <message>
        <source>Safe to repeat: retried once if the connection drops</source>
        <translation>Gefahrlos wiederholbar: wird einmal wiederholt, wenn die Verbindung abbricht</translation>
    </message>
    <message>
        <source>Not repeated automatically</source>
        <translation>Wird nicht automatisch wiederholt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · 1 upload</source>
        <translation>%1 · 1 Upload</translation>
    </message>
    <message>
        <source>%1 · %2 uploads</source>
        <translation>%1 · %2 Uploads</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
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
    <name>hydron::ui::ReleaseListModel</name>
    <message>
        <source>Serving now</source>
        <translation>Jetzt aktiv</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Cleaned up</source>
        <translation>Aufgeräumt</translation>
    </message>
    <message>
        <source>This release serves now.</source>
        <translation>Dieses Release ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>Roll back to this release: its containers start again and the proxy switches to them.</source>
        <translation>Zu diesem Release zurückrollen: Seine Container starten erneut, und der Proxy schaltet auf sie um.</translation>
    </message>
    <message>
        <source>This release was cleaned up from the server; it cannot be rolled back to.</source>
        <translation>Dieses Release wurde vom Server entfernt; zu ihm kann nicht zurückgerollt werden.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>hydron::ui::RollbackDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>Choose the release of %1 to return to on %2. Its containers start again, are health-checked, and the proxy switches to them; the current release stops serving.</source>
        <translation>Wählen Sie das Release von %1, zu dem auf %2 zurückgekehrt werden soll. Seine Container starten erneut, werden auf ihren Zustand geprüft, und der Proxy schaltet auf sie um; das aktuelle Release wird nicht mehr ausgeliefert.</translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation>Zurückrollen…</translation>
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
    <name>hydron::ui::RunLogView</name>
    <message>
        <source>Show the lines of one step</source>
        <translation>Die Zeilen eines Schritts anzeigen</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or every line shown when none is selected</source>
        <translation>Die gewählten Zeilen kopieren, oder alle angezeigten, wenn keine gewählt ist</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
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
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause after the running step; the server stays reserved for this run</source>
        <translation>Nach dem laufenden Schritt pausieren; der Server bleibt für diesen Lauf reserviert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue from the first step that has not completed</source>
        <translation>Beim ersten nicht abgeschlossenen Schritt fortfahren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the running command on the server and end the run</source>
        <translation>Den laufenden Befehl auf dem Server anhalten und den Lauf beenden</translation>
    </message>
    <message>
        <source>Click a step to show only its log lines</source>
        <translation>Klicken Sie auf einen Schritt, um nur seine Protokollzeilen anzuzeigen</translation>
    </message>
    <message>
        <source>Every provisioning, build and deploy becomes a run: its steps, their statuses and live logs appear here, and you can pause, resume or stop it.</source>
        <translation>Jede Einrichtung, jeder Build und jede Bereitstellung wird zu einem Lauf: Seine Schritte, deren Status und Live-Protokolle erscheinen hier, und Sie können ihn pausieren, fortsetzen oder anhalten.</translation>
    </message>
    <message>
        <source>Step %1 failed</source>
        <translation>Schritt %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(Exit-Code %1)</translation>
    </message>
</context>
<context>
    <name>hydron::ui::ServerDetailsPanel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>This computer, without SSH</source>
        <translation>Dieser Computer, ohne SSH</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect, check the host key and read what the server is</source>
        <translation>Verbinden, den Hostschlüssel prüfen und auslesen, was für ein Server es ist</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Install Docker, the firewall, SSH hardening and the reverse proxy; running it again changes nothing that is already in place</source>
        <translation>Docker, die Firewall, SSH-Härtung und den Reverse-Proxy installieren; ein erneuter Lauf ändert nichts, was bereits vorhanden ist</translation>
    </message>
    <message>
        <source>Release Lock…</source>
        <translation>Sperre freigeben…</translation>
    </message>
    <message>
        <source>Release the server&apos;s run lock when the run that took it is gone</source>
        <translation>Die Laufsperre des Servers freigeben, wenn der Lauf, der sie gesetzt hat, nicht mehr existiert</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Hostschlüssel</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server gewählt</translation>
    </message>
    <message>
        <source>not known yet: Test Connection reads it</source>
        <translation>noch unbekannt: „Verbindung testen“ liest es aus</translation>
    </message>
    <message>
        <source>not needed on this computer</source>
        <translation>auf diesem Computer nicht nötig</translation>
    </message>
    <message>
        <source>not pinned yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for you to check the host key</source>
        <translation>Wartet darauf, dass Sie den Hostschlüssel prüfen</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Hostschlüssel geändert</translation>
    </message>
    <message>
        <source>%1 presented a different host key than the one pinned. Hydron does not connect.</source>
        <translation>%1 hat einen anderen Hostschlüssel vorgelegt als den festgelegten. Hydron verbindet sich nicht.</translation>
    </message>
    <message>
        <source>Pinned: %1
Presented: %2
If the server was reinstalled, check the new key on its console (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), then edit the server and clear its host key. Otherwise someone may be intercepting the connection.</source>
        <translation>Festgelegt: %1
Vorgelegt: %2
Wenn der Server neu installiert wurde, prüfen Sie den neuen Schlüssel auf seiner Konsole (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), bearbeiten Sie dann den Server und löschen Sie seinen Hostschlüssel. Andernfalls fängt womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>not installed (Provision installs it)</source>
        <translation>nicht installiert („Einrichten“ installiert es)</translation>
    </message>
    <message>
        <source>%1, running</source>
        <translation>%1, läuft</translation>
    </message>
    <message>
        <source>%1, not running</source>
        <translation>%1, läuft nicht</translation>
    </message>
    <message>
        <source>Online · provisioned</source>
        <translation>Online · eingerichtet</translation>
    </message>
    <message>
        <source>Online · not provisioned yet</source>
        <translation>Online · noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 GB</source>
        <translation>%1 von %2 GB</translation>
    </message>
    <message>
        <source>Trust this server?</source>
        <translation>Diesem Server vertrauen?</translation>
    </message>
    <message>
        <source>This is the first connection to %1 (%2). It presented the host key

%3

Compare it with the key the server itself shows (on its console: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept only when they match: Hydron then pins it and refuses any other key from now on.</source>
        <translation>Dies ist die erste Verbindung zu %1 (%2). Er hat den Hostschlüssel

%3

vorgelegt. Vergleichen Sie ihn mit dem Schlüssel, den der Server selbst anzeigt (auf seiner Konsole: ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Akzeptieren Sie nur, wenn beide übereinstimmen: Hydron legt ihn dann fest und lehnt ab jetzt jeden anderen Schlüssel ab.</translation>
    </message>
    <message>
        <source>Accept Key</source>
        <translation>Schlüssel akzeptieren</translation>
    </message>
    <message>
        <source>Host key not accepted: Hydron did not connect.</source>
        <translation>Hostschlüssel nicht akzeptiert: Hydron hat sich nicht verbunden.</translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 wird eingerichtet</translation>
    </message>
    <message>
        <source>Release the run lock?</source>
        <translation>Laufsperre freigeben?</translation>
    </message>
    <message>
        <source>Release %1&apos;s run lock only when the run holding it is gone (Hydron was killed, or the machine that ran it is lost). A run still going on would then share the server with the next one.</source>
        <translation>Geben Sie die Laufsperre von %1 nur frei, wenn der Lauf, der sie hält, nicht mehr existiert (Hydron wurde beendet, oder der Rechner, auf dem er lief, ist verloren). Ein noch laufender Lauf würde sich den Server sonst mit dem nächsten teilen.</translation>
    </message>
    <message>
        <source>Release Lock</source>
        <translation>Sperre freigeben</translation>
    </message>
    <message>
        <source>The server was not locked.</source>
        <translation>Der Server war nicht gesperrt.</translation>
    </message>
    <message>
        <source>Released the lock of %1.</source>
        <translation>Sperre von %1 freigegeben.</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
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
    <message>
        <source>Add a Linux server you can reach over SSH, with your SSH agent or a key file, and link it to the projects it should host; adding it changes nothing on the server until you provision it. Or use this computer, with Docker, to try a deploy without a server.</source>
        <translation>Fügen Sie einen Linux-Server hinzu, den Sie über SSH erreichen, mit Ihrem SSH-Agenten oder einer Schlüsseldatei, und verknüpfen Sie ihn mit den Projekten, die er beherbergen soll; das Hinzufügen ändert nichts auf dem Server, bis Sie ihn einrichten. Oder verwenden Sie diesen Computer mit Docker, um eine Bereitstellung ohne Server auszuprobieren.</translation>
    </message>
    <message>
        <source>Use This Computer</source>
        <translation>Diesen Computer verwenden</translation>
    </message>
    <message>
        <source>Add the built-in &quot;This computer&quot; server: commands run here, without SSH</source>
        <translation>Den eingebauten Server „Dieser Computer“ hinzufügen: Befehle laufen hier, ohne SSH</translation>
    </message>
    <message>
        <source>Could not add this computer</source>
        <translation>Dieser Computer konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added %1: deploys to it run on this computer</source>
        <translation>%1 hinzugefügt: Bereitstellungen darauf laufen auf diesem Computer</translation>
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
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Commands run here, without SSH</source>
        <translation>Befehle laufen hier, ohne SSH</translation>
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
    <message>
        <source>%1 is part of a dependency cycle: no order can start it. Change what it depends on.</source>
        <translation>%1 ist Teil eines Abhängigkeitszyklus: Keine Reihenfolge kann ihn starten. Ändern Sie, wovon er abhängt.</translation>
    </message>
    <message>
        <source>Starts first: it needs no other service of this project.</source>
        <translation>Startet zuerst: Er braucht keinen anderen Dienst dieses Projekts.</translation>
    </message>
    <message>
        <source>Starts once %1 run and are healthy.</source>
        <translation>Startet, sobald %1 laufen und gesund sind.</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>Startreihenfolge</translation>
    </message>
</context>
<context>
    <name>hydron::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Paste a new key (sk-ant-…)</source>
        <translation>Neuen Schlüssel einfügen (sk-ant-…)</translation>
    </message>
    <message>
        <source>Claude API key</source>
        <translation>Claude-API-Schlüssel</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Looking for a key…</source>
        <translation>Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>%1 (from ANTHROPIC_BASE_URL)</source>
        <translation>%1 (aus ANTHROPIC_BASE_URL)</translation>
    </message>
    <message>
        <source>For gateways and proxies; empty: ANTHROPIC_BASE_URL, else the public API.</source>
        <translation>Für Gateways und Proxys; leer: ANTHROPIC_BASE_URL, sonst die öffentliche API.</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the model list again with this key and base URL</source>
        <translation>Die Modellliste mit diesem Schlüssel und dieser Basis-URL neu laden</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect when Hydron starts again.</source>
        <translation>Wirkt beim nächsten Start von Hydron.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Ask before deleting projects and servers</source>
        <translation>Vor dem Löschen von Projekten und Servern nachfragen</translation>
    </message>
    <message>
        <source>Older releases are removed from the server after a deploy.</source>
        <translation>Ältere Releases werden nach einer Bereitstellung vom Server entfernt.</translation>
    </message>
    <message>
        <source>&amp;Releases kept for rollback:</source>
        <translation>Für das Zurückrollen aufbewahrte &amp;Releases:</translation>
    </message>
    <message>
        <source>No key: the offline assistant answers. Get a key from your Anthropic console and paste it above.</source>
        <translation>Kein Schlüssel: Der Offline-Assistent antwortet. Holen Sie sich einen Schlüssel in Ihrer Anthropic-Konsole und fügen Sie ihn oben ein.</translation>
    </message>
    <message>
        <source>In use: %1, stored in the keychain.</source>
        <translation>In Verwendung: %1, im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>In use: %1 from ANTHROPIC_API_KEY, which wins over a key stored here while it is set.</source>
        <translation>In Verwendung: %1 aus ANTHROPIC_API_KEY, der Vorrang vor einem hier gespeicherten Schlüssel hat, solange er gesetzt ist.</translation>
    </message>
    <message>
        <source>Talking to the keychain…</source>
        <translation>Verbindung zum Schlüsselbund…</translation>
    </message>
    <message>
        <source>Correct the base URL to load the model list.</source>
        <translation>Korrigieren Sie die Basis-URL, um die Modellliste zu laden.</translation>
    </message>
    <message>
        <source>Loading the model list…</source>
        <translation>Modellliste wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the model list: %1 The model stays as it is.</source>
        <translation>Die Modellliste konnte nicht geladen werden: %1 Das Modell bleibt unverändert.</translation>
    </message>
    <message>
        <source>Models available: %1.</source>
        <translation>Verfügbare Modelle: %1.</translation>
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
    <name>hydron::ui::WizardEnvModel</name>
    <message>
        <source>Goes to your system keychain when the project is saved</source>
        <translation>Kommt beim Speichern des Projekts in den Schlüsselbund Ihres Systems</translation>
    </message>
    <message>
        <source>A secret: its value is kept in your system keychain. Type it here, or give it later in the Environment tab.</source>
        <translation>Ein Geheimnis: Sein Wert wird im Schlüsselbund Ihres Systems aufbewahrt. Geben Sie ihn hier ein oder später im Reiter „Umgebung“.</translation>
    </message>
    <message>
        <source>Secret values are kept in your system keychain, never in Hydron&apos;s database or logs, and are never sent to the assistant.</source>
        <translation>Geheime Werte liegen im Schlüsselbund Ihres Systems, nie in Hydrons Datenbank oder Protokollen, und werden nie an den Assistenten gesendet.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>The code reads it without a default: the service fails without a value.</source>
        <translation>Der Code liest sie ohne Standardwert: Ohne Wert schlägt der Dienst fehl.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>“%1” is not a variable name: use letters, digits and “_”, not starting with a digit.</source>
        <translation>„%1“ ist kein Variablenname: Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <source>The service already has a variable named %1.</source>
        <translation>Der Dienst hat bereits eine Variable namens %1.</translation>
    </message>
</context>
<context>
    <name>hydron::ui::WizardFindingModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Sprachversion</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Paketmanager</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port variable</source>
        <translation>Port-Variable</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Required variable</source>
        <translation>Erforderliche Variable</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Backing service</source>
        <translation>Unterstützender Dienst</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>verwendet von %1</translation>
    </message>
    <message>
        <source>reads %1</source>
        <translation>liest %1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>hydron::ui::WizardServiceModel</name>
    <message>
        <source>Added by you</source>
        <translation>Von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>Runs the image %1</source>
        <translation>Führt das Image %1 aus</translation>
    </message>
    <message>
        <source>Built from the folder %1 of the source</source>
        <translation>Aus dem Ordner %1 der Quelle gebaut</translation>
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
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Path or image</source>
        <translation>Pfad oder Image</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>A service name is used as a host name on the server: use lower-case letters, digits and dashes (not at the start or end), at most 63 characters. “%1” is not one.</source>
        <translation>Ein Dienstname wird auf dem Server als Hostname verwendet: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende), höchstens 63 Zeichen. „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>Another service is already named “%1”. Choose another name.</source>
        <translation>Ein anderer Dienst heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of service.</source>
        <translation>„%1“ ist keine Dienstart.</translation>
    </message>
    <message>
        <source>“%1” is not a port: give numbers between 1 and 65535, separated by commas.</source>
        <translation>„%1“ ist kein Port: Geben Sie Zahlen zwischen 1 und 65535 an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A health check is an HTTP path that starts with “/”, such as /healthz, without spaces.</source>
        <translation>Eine Zustandsprüfung ist ein HTTP-Pfad, der mit „/“ beginnt, etwa /healthz, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The path is a folder inside the source, such as “.” or “apps/api”: not absolute, and without “..”.</source>
        <translation>Der Pfad ist ein Ordner innerhalb der Quelle, etwa „.“ oder „apps/api“: nicht absolut und ohne „..“.</translation>
    </message>
    <message>
        <source>A service cannot depend on itself.</source>
        <translation>Ein Dienst kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>There is no service named “%1” to depend on.</source>
        <translation>Es gibt keinen Dienst namens „%1“, von dem er abhängen könnte.</translation>
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
