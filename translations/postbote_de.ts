<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Usage: postbote-cli account COMMAND …

Commands:
  add --name NAME --host H --user U [options]   add an account
  edit NAME [options]                           change an account
  list                                          list the accounts
  remove NAME                                   remove an account and its password
  set-password NAME [--password-file F]         check a password (read from standard input) by logging in, then store it in the keychain
  discover ADDRESS                              find the POP3 server of an e-mail address
  trust NAME SHA256                             accept the certificate the server showed
  trust-list NAME                               list the accepted certificates
  trust-remove NAME SHA256                      withdraw an accepted certificate

Options of add and edit:
</source>
        <translation>Aufruf: postbote-cli account BEFEHL …

Befehle:
  add --name NAME --host H --user U [Optionen]  ein Konto hinzufügen
  edit NAME [Optionen]                          ein Konto ändern
  list                                          die Konten auflisten
  remove NAME                                   ein Konto und sein Passwort entfernen
  set-password NAME [--password-file F]         ein Passwort (von der Standardeingabe gelesen) durch Anmelden prüfen und dann im Schlüsselbund speichern
  discover ADRESSE                              den POP3-Server einer E-Mail-Adresse finden
  trust NAME SHA256                             das vom Server vorgelegte Zertifikat akzeptieren
  trust-list NAME                               die akzeptierten Zertifikate auflisten
  trust-remove NAME SHA256                      ein akzeptiertes Zertifikat zurückziehen

Optionen von add und edit:
</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation>Das Konto „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Name the account to change: postbote-cli account edit NAME [options].</source>
        <translation>Nennen Sie das zu ändernde Konto: postbote-cli account edit NAME [Optionen].</translation>
    </message>
    <message>
        <source>Changed the account “%1”.</source>
        <translation>Das Konto „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “postbote-cli account add”.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit „postbote-cli account add“ hinzu.</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <source>Name the account to remove: postbote-cli account remove NAME.</source>
        <translation>Nennen Sie das zu entfernende Konto: postbote-cli account remove NAME.</translation>
    </message>
    <message>
        <source>Removed the account “%1”. Its archive in %2 was kept.</source>
        <translation>Das Konto „%1“ wurde entfernt. Sein Archiv in %2 bleibt erhalten.</translation>
    </message>
    <message>
        <source>“account discover” is not available in this build of postbote-cli.</source>
        <translation>„account discover“ ist in dieser Version von postbote-cli nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unknown account command “%1”. Run “postbote-cli account --help” to see the commands.</source>
        <translation>Unbekannter Kontobefehl „%1“. Mit „postbote-cli account --help“ sehen Sie die Befehle.</translation>
    </message>
    <message>
        <source>The account&apos;s name (unique).</source>
        <translation>Der Name des Kontos (eindeutig).</translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
        <translation>Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>POP3 server name.</source>
        <translation>Name des POP3-Servers.</translation>
    </message>
    <message>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>Server-Port (Standard 995 bei tls, sonst 110).</translation>
    </message>
    <message>
        <source>tls (default), starttls or none (unencrypted).</source>
        <translation>tls (Standard), starttls oder none (unverschlüsselt).</translation>
    </message>
    <message>
        <source>auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</source>
        <translation>auto (Standard), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Benutzername auf dem Server.</translation>
    </message>
    <message>
        <source>Allow user, plain or login to send the password unencrypted (security none).</source>
        <translation>Erlaubt user, plain oder login, das Passwort unverschlüsselt zu senden (Sicherheit none).</translation>
    </message>
    <message>
        <source>Withdraw --allow-cleartext.</source>
        <translation>Nimmt --allow-cleartext zurück.</translation>
    </message>
    <message>
        <source>Leave all messages on the server (default).</source>
        <translation>Alle Nachrichten auf dem Server lassen (Standard).</translation>
    </message>
    <message>
        <source>Delete messages on the server once they are archived.</source>
        <translation>Nachrichten auf dem Server löschen, sobald sie archiviert sind.</translation>
    </message>
    <message>
        <source>Delete archived messages after N days on the server.</source>
        <translation>Archivierte Nachrichten nach N Tagen auf dem Server löschen.</translation>
    </message>
    <message>
        <source>Keep only the N newest messages on the server.</source>
        <translation>Nur die N neuesten Nachrichten auf dem Server behalten.</translation>
    </message>
    <message>
        <source>Keep at most N MB on the server.</source>
        <translation>Höchstens N MB auf dem Server behalten.</translation>
    </message>
    <message>
        <source>Also delete on the server what you deleted in the archive.</source>
        <translation>Auch auf dem Server löschen, was Sie im Archiv gelöscht haben.</translation>
    </message>
    <message>
        <source>Fetch only the headers of larger messages (0: no limit).</source>
        <translation>Von größeren Nachrichten nur die Kopfzeilen abrufen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>The whole retention policy, e.g. “keep-days=30,max-size=1000000”.</source>
        <translation>Die ganze Aufbewahrungsregel, z. B. „keep-days=30,max-size=1000000“.</translation>
    </message>
    <message>
        <source>Check every N minutes (0: only when asked).</source>
        <translation>Alle N Minuten prüfen (0: nur auf Anforderung).</translation>
    </message>
    <message>
        <source>Send several commands at once: auto (if offered), on or off.</source>
        <translation>Mehrere Befehle auf einmal senden: auto (falls angeboten), on oder off.</translation>
    </message>
    <message>
        <source>Include the account in mail checks (default).</source>
        <translation>Das Konto beim Abrufen einbeziehen (Standard).</translation>
    </message>
    <message>
        <source>Leave the account out of mail checks.</source>
        <translation>Das Konto beim Abrufen auslassen.</translation>
    </message>
    <message>
        <source>--retention: %1</source>
        <translation>--retention: %1</translation>
    </message>
    <message>
        <source>%1 exclude each other; choose one.</source>
        <translation>%1 schließen einander aus; wählen Sie eine Option.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2, not “%3”.</source>
        <translation>--%1 muss eine Zahl von 1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>--max-size must be a number of bytes (0: no limit), not “%1”.</source>
        <translation>--max-size muss eine Anzahl Bytes sein (0: keine Grenze), nicht „%1“.</translation>
    </message>
    <message>
        <source>The account “%1” cannot be used: %2</source>
        <translation>Das Konto „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The archive folder “%1” cannot be created.</source>
        <translation>Der Archivordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Name the account: postbote-cli account set-password NAME [--password-file F]. The password is read from standard input unless a file is given.</source>
        <translation>Nennen Sie das Konto: postbote-cli account set-password NAME [--password-file F]. Das Passwort wird von der Standardeingabe gelesen, sofern keine Datei angegeben ist.</translation>
    </message>
    <message>
        <source>--ca-file “%1” holds no PEM certificate.</source>
        <translation>--ca-file „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not “%1”.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Name the account and the certificate: postbote-cli account trust NAME SHA256.</source>
        <translation>Nennen Sie das Konto und das Zertifikat: postbote-cli account trust NAME SHA256.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Accepted the certificate %1 for the account “%2” (%3).</source>
        <translation>Das Zertifikat %1 wurde für das Konto „%2“ akzeptiert (%3).</translation>
    </message>
    <message>
        <source>Name the account: postbote-cli account trust-list NAME.</source>
        <translation>Nennen Sie das Konto: postbote-cli account trust-list NAME.</translation>
    </message>
    <message>
        <source>The account “%1” has no accepted certificates.</source>
        <translation>Das Konto „%1“ hat keine akzeptierten Zertifikate.</translation>
    </message>
    <message>
        <source>SHA-256 %1
  host: %2
  subject: %3
  issuer: %4
  accepted: %5
  excuses: %6</source>
        <translation>SHA-256 %1
  Server: %2
  Inhaber: %3
  Aussteller: %4
  akzeptiert: %5
  entschuldigt: %6</translation>
    </message>
    <message>
        <source>Waiting for a decision: SHA-256 %1 (%2)</source>
        <translation>Wartet auf eine Entscheidung: SHA-256 %1 (%2)</translation>
    </message>
    <message>
        <source>Name the account and the certificate: postbote-cli account trust-remove NAME SHA256.</source>
        <translation>Nennen Sie das Konto und das Zertifikat: postbote-cli account trust-remove NAME SHA256.</translation>
    </message>
    <message>
        <source>The account “%1” has no accepted certificate with the fingerprint %2.</source>
        <translation>Das Konto „%1“ hat kein akzeptiertes Zertifikat mit dem Fingerabdruck %2.</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer accepted for the account “%2”.</source>
        <translation>Das Zertifikat %1 wird für das Konto „%2“ nicht mehr akzeptiert.</translation>
    </message>
</context>
<context>
    <name>DemoServerCommand</name>
    <message>
        <source>Run “postbote-cli demo-server --help” to see the options.</source>
        <translation>„postbote-cli demo-server --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Serves a demo mailbox over POP3 (RFC 1939), for lessons and for trying Postbote without a mail account. Log in as “max” with the password “password”. The connection is not encrypted, so by default only this computer can connect.</source>
        <translation>Stellt ein Demo-Postfach über POP3 (RFC 1939) bereit, für den Unterricht und zum Ausprobieren von Postbote ohne E-Mail-Konto. Melden Sie sich als „max“ mit dem Passwort „password“ an. Die Verbindung ist nicht verschlüsselt, daher kann sich standardmäßig nur dieser Computer verbinden.</translation>
    </message>
    <message>
        <source>The IP address to listen on (default 127.0.0.1; 0.0.0.0 lets other computers connect).</source>
        <translation>Die IP-Adresse, auf der gelauscht wird (Standard 127.0.0.1; 0.0.0.0 lässt andere Computer zu).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The port to listen on; 0, the default, picks a free one.</source>
        <translation>Der Port, auf dem gelauscht wird; 0, der Standard, wählt einen freien.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Serve the .eml files of this folder instead of the built-in sample mailbox. Messages deleted by a client are deleted from the folder.</source>
        <translation>Die .eml-Dateien dieses Ordners statt des eingebauten Beispielpostfachs bereitstellen. Nachrichten, die ein Client löscht, werden aus dem Ordner gelöscht.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Usage: postbote-cli demo-server [--listen ADDR] [--port P] [--mailbox DIR]</source>
        <translation>Aufruf: postbote-cli demo-server [--listen ADRESSE] [--port P] [--mailbox VERZ]</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--listen: “%1” is not an IP address.</source>
        <translation>--listen: „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--port: “%1” is not a port number from 0 to 65535.</source>
        <translation>--port: „%1“ ist keine Portnummer von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--mailbox: “%1” is not a folder.</source>
        <translation>--mailbox: „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Client %1 connected.</source>
        <translation>Client %1 hat sich verbunden.</translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation>Client %1 hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>Demo POP3 server listening on %1 port %2; log in as user “%3” with password “%4”.</source>
        <translation>Demo-POP3-Server lauscht auf %1, Port %2; melden Sie sich als Benutzer „%3“ mit dem Passwort „%4“ an.</translation>
    </message>
    <message>
        <source>Warning: other computers can connect, and POP3 without TLS sends the password and the mail unencrypted.</source>
        <translation>Warnung: Andere Computer können sich verbinden, und POP3 ohne TLS überträgt Passwort und E-Mails unverschlüsselt.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Demo server stopped.</source>
        <translation>Demo-Server beendet.</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountArchives</name>
    <message>
        <source>No account was given for the archive.</source>
        <translation>Für das Archiv wurde kein Konto angegeben.</translation>
    </message>
    <message>
        <source>Could not create the archive folder “%1”. Check that you may write there.</source>
        <translation>Der Archivordner „%1“ konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>A selected message is no longer in the archive; another program may have removed it.</source>
        <translation>Eine ausgewählte Nachricht ist nicht mehr im Archiv; vielleicht hat ein anderes Programm sie entfernt.</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation>Konto „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>On the ser&amp;ver:</source>
        <translation>Auf dem Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Check for &amp;mail:</source>
        <translation>Nach &amp;E-Mails sehen:</translation>
    </message>
    <message>
        <source>P&amp;ipelining:</source>
        <translation>P&amp;ipelining:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Find server</source>
        <translation>Server &amp;finden</translation>
    </message>
    <message>
        <source>Looks up the POP3 server for this address (DNS SRV records and the usual server names). No password is sent.</source>
        <translation>Sucht den POP3-Server für diese Adresse (DNS-SRV-Einträge und die üblichen Servernamen). Es wird kein Passwort gesendet.</translation>
    </message>
    <message>
        <source>Stop searc&amp;h</source>
        <translation>Suc&amp;he abbrechen</translation>
    </message>
    <message>
        <source>pop.example.org</source>
        <translation>pop.example.org</translation>
    </message>
    <message>
        <source>TLS (port 995)</source>
        <translation>TLS (Port 995)</translation>
    </message>
    <message>
        <source>STARTTLS (port 110)</source>
        <translation>STARTTLS (Port 110)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation>Automatisch (stärkstes angebotenes)</translation>
    </message>
    <message>
        <source>&amp;Allow this unencrypted connection and clear-text password</source>
        <translation>Diese unverschlüsselte Verbindung und Klartext-Passwörter &amp;erlauben</translation>
    </message>
    <message>
        <source>The password is checked with a login when you press OK and kept in the keychain only if it works. Leave it empty to be asked when mail is fetched.</source>
        <translation>Das Passwort wird beim Klick auf OK mit einer Anmeldung geprüft und nur im Schlüsselbund gespeichert, wenn es funktioniert. Lassen Sie das Feld leer, um beim Abrufen danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Leave it empty to keep the stored password. A new password is checked with a login when you press OK and kept only if it works.</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten. Ein neues Passwort wird beim Klick auf OK mit einer Anmeldung geprüft und nur gespeichert, wenn es funktioniert.</translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation>nur auf Anfrage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Automatic (when the server announces it)</source>
        <translation>Automatisch (wenn der Server es ankündigt)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Check this account for mail</source>
        <translation>Dieses Konto auf neue E-Mails &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connects and shows what the server offers, without sending the password.</source>
        <translation>Verbindet sich und zeigt, was der Server anbietet, ohne das Passwort zu senden.</translation>
    </message>
    <message>
        <source>Also log in with the password</source>
        <translation>Auch mit dem Passwort anmelden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1…</source>
        <translation>Suche den POP3-Server für %1 …</translation>
    </message>
    <message>
        <source>The search was stopped. Enter the server yourself or search again.</source>
        <translation>Die Suche wurde abgebrochen. Geben Sie den Server selbst ein oder suchen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 states in DNS that it offers no POP3 service.</source>
        <translation>%1 gibt im DNS an, keinen POP3-Dienst anzubieten.</translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1. Ask your provider for the server name and port and enter them below.</source>
        <translation>Für %1 wurde kein funktionierender POP3-Server gefunden. Fragen Sie Ihren Anbieter nach Servername und Port und tragen Sie sie unten ein.</translation>
    </message>
    <message>
        <source>Found %1, port %2: %3. Check the settings below.</source>
        <translation>Gefunden: %1, Port %2: %3. Prüfen Sie die Einstellungen unten.</translation>
    </message>
    <message>
        <source>Enter a valid server and port first.</source>
        <translation>Geben Sie zuerst einen gültigen Server und Port ein.</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation>Verbinde mit %1, Port %2 …</translation>
    </message>
    <message>
        <source>The server could not be reached as set up: %1</source>
        <translation>Der Server war mit diesen Einstellungen nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the connection would be unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an: Die Verbindung wäre unverschlüsselt.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>Login methods: %1</source>
        <translation>Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>keine angekündigt</translation>
    </message>
    <message>
        <source>PIPELINING: %1</source>
        <translation>PIPELINING: %1</translation>
    </message>
    <message>
        <source>UIDL: %1</source>
        <translation>UIDL: %1</translation>
    </message>
    <message>
        <source>TOP: %1</source>
        <translation>TOP: %1</translation>
    </message>
    <message>
        <source>EXPIRE: %1</source>
        <translation>EXPIRE: %1</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>nicht angekündigt</translation>
    </message>
    <message>
        <source>The server does not answer CAPA; its extensions are unknown.</source>
        <translation>Der Server beantwortet CAPA nicht; seine Erweiterungen sind unbekannt.</translation>
    </message>
    <message>
        <source>No password was sent.</source>
        <translation>Es wurde kein Passwort gesendet.</translation>
    </message>
    <message>
        <source>Enter the password to log in as well.</source>
        <translation>Geben Sie das Passwort ein, um sich auch anzumelden.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Login succeeded: the server accepted the password.</source>
        <translation>Anmeldung erfolgreich: Der Server hat das Passwort angenommen.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the password, or clear the field to save the account without it.</source>
        <translation>Es wurde nichts gespeichert. Korrigieren Sie das Passwort oder leeren Sie das Feld, um das Konto ohne Passwort zu speichern.</translation>
    </message>
    <message>
        <source>The account list is not available.</source>
        <translation>Die Kontenliste ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The account was saved, but the keychain did not keep the password: %1</source>
        <translation>Das Konto wurde gespeichert, aber der Schlüsselbund hat das Passwort nicht übernommen: %1</translation>
    </message>
    <message>
        <source>This connection is unencrypted. Choose TLS or STARTTLS, or explicitly allow the unencrypted connection below.</source>
        <translation>Diese Verbindung ist unverschlüsselt. Wählen Sie TLS oder STARTTLS oder erlauben Sie die unverschlüsselte Verbindung unten ausdrücklich.</translation>
    </message>
    <message>
        <source>Warning: this connection is not encrypted and %1 sends the password as it is. Anyone on the network between you and the server can read your password and your mail.</source>
        <translation>Warnung: Diese Verbindung ist nicht verschlüsselt, und %1 sendet das Passwort unverändert. Jeder im Netz zwischen Ihnen und dem Server kann Ihr Passwort und Ihre E-Mails mitlesen.</translation>
    </message>
    <message>
        <source>Warning: this connection is not encrypted. Anyone on the network between you and the server can read your mail and user name, and a clear-text login would reveal your password.</source>
        <translation>Warnung: Diese Verbindung ist nicht verschlüsselt. Jeder im Netz zwischen Ihnen und dem Server kann Ihre E-Mails und Ihren Benutzernamen mitlesen, und eine Anmeldung im Klartext würde Ihr Passwort verraten.</translation>
    </message>
    <message>
        <source>Checking the password with a login at %1…</source>
        <translation>Passwort wird mit einer Anmeldung bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountListModel</name>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>The messages of all accounts</source>
        <translation>Die Nachrichten aller Konten</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountRemoval</name>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its settings and its stored password are removed. Its archive in %1 holds the mail fetched so far, which may be the only copy of messages already deleted on the server. Keep the archive unless you are sure you no longer need it.</source>
        <translation>Seine Einstellungen und sein gespeichertes Passwort werden entfernt. Sein Archiv in %1 enthält die bisher abgerufenen E-Mails, womöglich die einzige Kopie von Nachrichten, die auf dem Server schon gelöscht sind. Behalten Sie das Archiv, wenn Sie nicht sicher sind, dass Sie es nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>&amp;Keep Archive</source>
        <translation>Archiv &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Delete Archive</source>
        <translation>Archiv &amp;löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountRemover</name>
    <message>
        <source>The archive folder of this account could not be determined.</source>
        <translation>Der Archivordner dieses Kontos konnte nicht bestimmt werden.</translation>
    </message>
    <message>
        <source>The archive folder “%1” could not be deleted completely. Delete it yourself if you no longer need it.</source>
        <translation>Der Archivordner „%1“ konnte nicht vollständig gelöscht werden. Löschen Sie ihn selbst, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>The account list is not available.</source>
        <translation>Die Kontenliste ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountStore</name>
    <message>
        <source>The account settings in “%1” cannot be written. Check that the folder exists and is writable.</source>
        <translation>Die Kontoeinstellungen in „%1“ können nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation>Ein Konto mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists.</source>
        <translation>Das Konto „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>Postbote::AccountValidator</name>
    <message>
        <source>The account has no name. Give it a name to tell it from your other accounts.</source>
        <translation>Das Konto hat keinen Namen. Geben Sie ihm einen Namen, um es von Ihren anderen Konten zu unterscheiden.</translation>
    </message>
    <message>
        <source>Another account is already called “%1”. Choose a different name.</source>
        <translation>Ein anderes Konto heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Write it as name@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Schreiben Sie sie in der Form name@example.org.</translation>
    </message>
    <message>
        <source>The server name is missing. Enter the POP3 server, such as pop.example.org.</source>
        <translation>Der Servername fehlt. Geben Sie den POP3-Server ein, etwa pop.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Use a name such as pop.example.org (letters, digits, hyphens and dots) or an IP address.</source>
        <translation>„%1“ ist kein gültiger Servername. Verwenden Sie einen Namen wie pop.example.org (Buchstaben, Ziffern, Bindestriche und Punkte) oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1. POP3 uses 995 with TLS and 110 otherwise.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein, nicht %1. POP3 verwendet 995 mit TLS und sonst 110.</translation>
    </message>
    <message>
        <source>The login method %1 sends the password in clear text, and this connection is unencrypted. Choose TLS or STARTTLS, a method such as CRAM-MD5 or SCRAM, or explicitly allow clear-text passwords for this account.</source>
        <translation>Die Anmeldemethode %1 sendet das Passwort im Klartext, und diese Verbindung ist unverschlüsselt. Wählen Sie TLS oder STARTTLS, eine Methode wie CRAM-MD5 oder SCRAM, oder erlauben Sie Klartext-Passwörter für dieses Konto ausdrücklich.</translation>
    </message>
    <message>
        <source>The user name is missing. Enter the name you log in with, often your e-mail address.</source>
        <translation>Der Benutzername fehlt. Geben Sie den Namen ein, mit dem Sie sich anmelden – oft Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The user name must not contain a line break.</source>
        <translation>Der Benutzername darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>Check for mail every 1 to %1 minutes, or choose 0 to check only when you ask.</source>
        <translation>Prüfen Sie alle 1 bis %1 Minuten auf neue E-Mails, oder wählen Sie 0, um nur auf Anforderung zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveExporter</name>
    <message>
        <source>The mbox file “%1” cannot be written (%2). Choose another place.</source>
        <translation>Die mbox-Datei „%1“ kann nicht geschrieben werden (%2). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The archived message “%1” cannot be read (%2).</source>
        <translation>Die archivierte Nachricht „%1“ kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2). Check that the disk has space.</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen (%2). Prüfen Sie, ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Choose another place.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>“%1” already exists; export into an empty folder.</source>
        <translation>„%1“ existiert bereits; exportieren Sie in einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The message “%1” could not be exported to “%2”. Check that the disk has space.</source>
        <translation>Die Nachricht „%1“ konnte nicht nach „%2“ exportiert werden. Prüfen Sie, ob auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>The message file “%1” no longer exists; another program may have removed it. Nothing was exported.</source>
        <translation>Die Nachrichtendatei „%1“ gibt es nicht mehr; vielleicht hat ein anderes Programm sie entfernt. Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveIndex</name>
    <message>
        <source>Could not create the folder “%1” for the archive index. Check that you may write to the archive folder.</source>
        <translation>Der Ordner „%1“ für den Archivindex konnte nicht angelegt werden. Prüfen Sie, ob Sie in den Archivordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The archive index “%1” was written by a newer version of Postbote. Update Postbote, or delete the folder “%2” to have the index rebuilt.</source>
        <translation>Der Archivindex „%1“ wurde von einer neueren Postbote-Version geschrieben. Aktualisieren Sie Postbote, oder löschen Sie den Ordner „%2“, damit der Index neu aufgebaut wird.</translation>
    </message>
    <message>
        <source>The archive index “%1” is in use by another program. Close other Postbote windows or postbote-cli runs that use this archive and try again.</source>
        <translation>Der Archivindex „%1“ wird von einem anderen Programm benutzt. Schließen Sie andere Postbote-Fenster oder postbote-cli-Aufrufe, die dieses Archiv verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The archive index “%1” is damaged. Close Postbote and delete the folder “%2”; the index is rebuilt from the messages, none is lost.</source>
        <translation>Der Archivindex „%1“ ist beschädigt. Schließen Sie Postbote und löschen Sie den Ordner „%2“; der Index wird aus den Nachrichten neu aufgebaut, keine geht verloren.</translation>
    </message>
    <message>
        <source>The archive index “%1” could not be used: %2. Check the free space and the permissions of the archive folder.</source>
        <translation>Der Archivindex „%1“ konnte nicht verwendet werden: %2. Prüfen Sie den freien Platz und die Zugriffsrechte des Archivordners.</translation>
    </message>
    <message>
        <source>The archive index “%1” does not exist.</source>
        <translation>Der Archivindex „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The archive index “%1” could not be read.</source>
        <translation>Der Archivindex „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The archive index “%1” has another layout than this Postbote reads. Open the archive once it is no longer in use, to have the index updated.</source>
        <translation>Der Archivindex „%1“ hat einen anderen Aufbau, als diese Postbote-Version lesen kann. Öffnen Sie das Archiv, sobald es nicht mehr benutzt wird, damit der Index aktualisiert wird.</translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveReconciler</name>
    <message>
        <source>Could not save the messages in “%1” safely to disk: %2.</source>
        <translation>Die Nachrichten in „%1“ konnten nicht sicher auf den Datenträger geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveStore</name>
    <message>
        <source>Could not create the folder “%1” for the archive index. Check that you may write to the archive folder.</source>
        <translation>Der Ordner „%1“ für den Archivindex konnte nicht angelegt werden. Prüfen Sie, ob Sie in den Archivordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The archive “%1” is in use by another Postbote (process %2). Wait until it has finished or close it, then try again.</source>
        <translation>Das Archiv „%1“ wird von einem anderen Postbote benutzt (Prozess %2). Warten Sie, bis er fertig ist, oder schließen Sie ihn, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The archive “%1” is not open.</source>
        <translation>Das Archiv „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save the new messages in “%1” safely to disk: %2. They stay on the server; check the disk and fetch again.</source>
        <translation>Die neuen Nachrichten in „%1“ konnten nicht sicher auf den Datenträger geschrieben werden: %2. Sie bleiben auf dem Server; prüfen Sie den Datenträger und rufen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The message is no longer in the archive “%1”.</source>
        <translation>Die Nachricht ist nicht mehr im Archiv „%1“.</translation>
    </message>
</context>
<context>
    <name>Postbote::AttachmentPanel</name>
    <message>
        <source>“%1” could be a program; Postbote does not open programs from mail. Use “Save As…” if you trust it.</source>
        <translation>„%1“ könnte ein Programm sein; Postbote öffnet keine Programme aus E-Mails. Verwenden Sie „Speichern unter…“, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The attachment cannot be opened: no temporary folder could be created (%1).</source>
        <translation>Der Anhang kann nicht geöffnet werden: Es konnte kein temporärer Ordner angelegt werden (%1).</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. Use “Save As…” to keep it.</source>
        <translation>Für „%1“ ist kein Programm zum Öffnen eingerichtet. Verwenden Sie „Speichern unter…“, um den Anhang zu behalten.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opens a copy of the attachment with the program set up for its type.</source>
        <translation>Öffnet eine Kopie des Anhangs mit dem Programm, das für seinen Typ eingerichtet ist.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Postbote::AuthSelector</name>
    <message>
        <source>The server does not offer APOP because its greeting has no timestamp; choose another login method or automatic selection.</source>
        <translation>Der Server bietet kein APOP an, weil seine Begrüßung keinen Zeitstempel enthält; wählen Sie ein anderes Anmeldeverfahren oder die automatische Auswahl.</translation>
    </message>
    <message>
        <source>The server does not offer the login method %1; choose another login method or automatic selection.</source>
        <translation>Der Server bietet das Anmeldeverfahren %1 nicht an; wählen Sie ein anderes Anmeldeverfahren oder die automatische Auswahl.</translation>
    </message>
    <message>
        <source>The server only accepts passwords sent in clear text, which this unencrypted connection would expose; use TLS or STARTTLS, or explicitly choose a clear-text login method such as USER/PASS.</source>
        <translation>Der Server nimmt Passwörter nur im Klartext an, und diese unverschlüsselte Verbindung würde sie preisgeben; verwenden Sie TLS oder STARTTLS, oder wählen Sie ausdrücklich ein Klartext-Verfahren wie USER/PASS.</translation>
    </message>
    <message>
        <source>The server offers no login method that Postbote supports; contact your provider or choose a login method explicitly.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Postbote unterstützt; wenden Sie sich an Ihren Anbieter oder wählen Sie ein Anmeldeverfahren ausdrücklich.</translation>
    </message>
</context>
<context>
    <name>Postbote::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server “%1” of the account “%2” presented a certificate that could not be verified.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Server „%1“ des Kontos „%2“ hat ein Zertifikat vorgelegt, das nicht überprüft werden konnte.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Neither your user name nor your password has been sent to the server. Compare the fingerprint below with the one your provider publishes; if they differ, someone may be listening in.</source>
        <translation>Weder Ihr Benutzername noch Ihr Passwort wurden an den Server gesendet. Vergleichen Sie den Fingerabdruck unten mit dem, den Ihr Anbieter veröffentlicht; weichen sie voneinander ab, hört möglicherweise jemand mit.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation>Was damit nicht stimmt:</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Always Accept for This Account</source>
        <translation>Für dieses Konto &amp;immer akzeptieren</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server vouches for itself, and no known authority confirms it.</source>
        <translation>Das Zertifikat ist selbst signiert: Der Server bürgt für sich selbst, und keine bekannte Zertifizierungsstelle bestätigt es.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet. Check the date and time of this computer.</source>
        <translation>Das Zertifikat ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name than the one you connected to.</source>
        <translation>Das Zertifikat gehört zu einem anderen Servernamen als dem, mit dem Sie verbunden sind.</translation>
    </message>
    <message>
        <source>The certificate was revoked by its issuer.</source>
        <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>The certificate is not meant to identify a mail server.</source>
        <translation>Das Zertifikat ist nicht dafür bestimmt, einen Mailserver auszuweisen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is invalid; it may have been tampered with.</source>
        <translation>Die Signatur des Zertifikats ist ungültig; es wurde möglicherweise verfälscht.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates are malformed.</source>
        <translation>Die Gültigkeitsdaten des Zertifikats sind fehlerhaft.</translation>
    </message>
    <message>
        <source>An authority in the certificate chain is not allowed to issue certificates.</source>
        <translation>Eine Stelle in der Zertifikatskette darf keine Zertifikate ausstellen.</translation>
    </message>
    <message>
        <source>The certificate is on a block list of known compromised certificates.</source>
        <translation>Das Zertifikat steht auf einer Sperrliste bekanntermaßen kompromittierter Zertifikate.</translation>
    </message>
    <message>
        <source>The server did not present any certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The certificate could not be verified (error %1).</source>
        <translation>Das Zertifikat konnte nicht überprüft werden (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>Postbote::CertificateExceptionsDialog</name>
    <message>
        <source>Trusted Certificates of “%1”</source>
        <translation>Vertrauenswürdige Zertifikate von „%1“</translation>
    </message>
    <message>
        <source>These certificates are accepted for this account although they could not be verified. Remove one to be asked again the next time the server shows it.</source>
        <translation>Diese Zertifikate werden für dieses Konto akzeptiert, obwohl sie nicht überprüft werden konnten. Entfernen Sie eines, um erneut gefragt zu werden, wenn der Server es das nächste Mal vorlegt.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Issued by: %1
Accepted despite:
%2</source>
        <translation>Ausgestellt von: %1
Akzeptiert trotz:
%2</translation>
    </message>
</context>
<context>
    <name>Postbote::CertificatePolicy</name>
    <message>
        <source>No certificate of this account is waiting for a decision. Fetch mail first; if the server&apos;s certificate is not trusted, its fingerprint is shown then.</source>
        <translation>Für dieses Konto wartet kein Zertifikat auf eine Entscheidung. Rufen Sie zuerst E-Mails ab; ist das Zertifikat des Servers nicht vertrauenswürdig, wird dann sein Fingerabdruck angezeigt.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate the server showed (SHA-256 %1). Nothing was accepted; compare the fingerprint again.</source>
        <translation>Der Fingerabdruck passt nicht zu dem Zertifikat, das der Server vorgelegt hat (SHA-256 %1). Es wurde nichts akzeptiert; vergleichen Sie den Fingerabdruck noch einmal.</translation>
    </message>
    <message>
        <source>This certificate problem cannot be accepted, because it does not concern a particular certificate.</source>
        <translation>Dieses Zertifikatsproblem kann nicht akzeptiert werden, weil es kein bestimmtes Zertifikat betrifft.</translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation>Inhaber:  %1</translation>
    </message>
    <message>
        <source>Issuer:   %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid:    %1 to %2</source>
        <translation>Gültig:   %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
        <translation>SHA-256:  %1</translation>
    </message>
</context>
<context>
    <name>Postbote::CheckMailJob</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n auf dem Server gelöscht</numerusform>
            <numerusform>%n auf dem Server gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n vom Server verweigert</numerusform>
            <numerusform>%n vom Server verweigert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already archived</source>
        <translation>
            <numerusform>%n bereits archiviert</numerusform>
            <numerusform>%n bereits archiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused to list the mailbox. Try again later.</source>
        <translation>Der Server hat die Auflistung des Postfachs verweigert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a malformed list of messages, so nothing was fetched or deleted. Try again later or contact your provider.</source>
        <translation>Der Server hat eine fehlerhafte Nachrichtenliste gesendet, daher wurde nichts abgerufen oder gelöscht. Versuchen Sie es später erneut oder wenden Sie sich an Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server dropped the connection while commands were pipelined; trying again one command at a time</source>
        <translation>Der Server hat die Verbindung während gebündelt gesendeter Befehle (Pipelining) abgebrochen; neuer Versuch mit einem Befehl nach dem anderen</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::AccountEditOptions</name>
    <message>
        <source>--%1 is missing.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none, not “%1”.</source>
        <translation>--security muss tls, starttls oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not “%1”.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--auth must be one of auto, user, apop, plain, login, cram-md5, scram-sha-1 or scram-sha-256, not “%1”.</source>
        <translation>--auth muss auto, user, apop, plain, login, cram-md5, scram-sha-1 oder scram-sha-256 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--allow-cleartext and --no-allow-cleartext exclude each other; choose one.</source>
        <translation>--allow-cleartext und --no-allow-cleartext schließen einander aus; wählen Sie eine Option.</translation>
    </message>
    <message>
        <source>--check-interval must be a number of minutes from 0 to %1, not “%2”.</source>
        <translation>--check-interval muss eine Anzahl Minuten von 0 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--pipelining must be auto, on or off, not “%1”.</source>
        <translation>--pipelining muss auto, on oder off sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other; choose one.</source>
        <translation>--enable und --disable schließen einander aus; wählen Sie eine Option.</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::AccountSupport</name>
    <message>
        <source>There is no account named “%1”. Run “postbote-cli account list” to see the accounts.</source>
        <translation>Es gibt kein Konto namens „%1“. Mit „postbote-cli account list“ sehen Sie die Konten.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that is not trusted:</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem nicht vertraut wird:</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>If you trust this certificate — compare the SHA-256 fingerprint with the one your provider publishes — accept it with:
  postbote-cli account trust “%1” %2</source>
        <translation>Wenn Sie diesem Zertifikat vertrauen – vergleichen Sie den SHA-256-Fingerabdruck mit dem, den Ihr Anbieter veröffentlicht –, akzeptieren Sie es mit:
  postbote-cli account trust „%1“ %2</translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”. Store it with “postbote-cli account set-password %1”, or give it with --password-stdin or --password-file.</source>
        <translation>Für das Konto „%1“ ist kein Passwort gespeichert. Speichern Sie es mit „postbote-cli account set-password %1“, oder geben Sie es mit --password-stdin oder --password-file an.</translation>
    </message>
    <message>
        <source>No keychain is available, so no password can be stored for the account “%1”. Give it with --password-stdin or --password-file; it is used for this run only.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann für das Konto „%1“ kein Passwort gespeichert werden. Geben Sie es mit --password-stdin oder --password-file an; es wird nur für diesen Aufruf verwendet.</translation>
    </message>
    <message>
        <source>The password for “%1” is stored in the keychain.</source>
        <translation>Das Passwort für „%1“ ist im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::DiscoverCommand</name>
    <message>
        <source>from the DNS record _pop3s._tcp</source>
        <translation>aus dem DNS-Eintrag _pop3s._tcp</translation>
    </message>
    <message>
        <source>from the DNS record _pop3._tcp</source>
        <translation>aus dem DNS-Eintrag _pop3._tcp</translation>
    </message>
    <message>
        <source>usual name</source>
        <translation>üblicher Name</translation>
    </message>
    <message>
        <source>%1. %2, port %3: %4 (%5)</source>
        <translation>%1. %2, Port %3: %4 (%5)</translation>
    </message>
    <message>
        <source>Login methods: %1</source>
        <translation>Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>keine angekündigt</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funktionen: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 des Zertifikats: %1</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problem mit dem Zertifikat: %1</translation>
    </message>
    <message>
        <source>The certificate is not trusted for this name. Compare the SHA-256 with what your provider publishes before you trust it.</source>
        <translation>Das Zertifikat ist für diesen Namen nicht vertrauenswürdig. Vergleichen Sie den SHA-256-Wert mit dem, den Ihr Anbieter veröffentlicht, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Unencrypted: others on the network could read the password and your mail.</source>
        <translation>Unverschlüsselt: Andere im Netz könnten das Passwort und Ihre E-Mails mitlesen.</translation>
    </message>
    <message>
        <source>Settings: --host %1 --port %2 --security %3 --auth %4 --user %5</source>
        <translation>Einstellungen: --host %1 --port %2 --security %3 --auth %4 --user %5</translation>
    </message>
    <message>
        <source>Finds the POP3 server for an e-mail address and shows what works, best first. Only the greeting and the server&apos;s capabilities are read; no password is sent.</source>
        <translation>Findet den POP3-Server zu einer E-Mail-Adresse und zeigt, was funktioniert, das Beste zuerst. Gelesen werden nur die Begrüßung und die Fähigkeiten des Servers; es wird kein Passwort gesendet.</translation>
    </message>
    <message>
        <source>Give up on a server after SECONDS (default 15).</source>
        <translation>Einen Server nach SECONDS Sekunden aufgeben (Standard 15).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address, port 53) instead of the system&apos;s.</source>
        <translation>Diesen DNS-Server (IP-Adresse, Port 53) statt dem des Systems fragen.</translation>
    </message>
    <message>
        <source>The e-mail address, e.g. max@example.org.</source>
        <translation>Die E-Mail-Adresse, z. B. max@example.org.</translation>
    </message>
    <message>
        <source>Give exactly one e-mail address, e.g. “postbote-cli account discover max@example.org”.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an, z. B. „postbote-cli account discover max@example.org“.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation>--timeout braucht eine Anzahl Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>No certificate could be read from “%1”. Give a PEM file.</source>
        <translation>Aus „%1“ konnte kein Zertifikat gelesen werden. Geben Sie eine PEM-Datei an.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>%1 states in DNS (RFC 6186) that it offers no POP3 service.</source>
        <translation>%1 gibt im DNS (RFC 6186) an, keinen POP3-Dienst anzubieten.</translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1.</source>
        <translation>Für %1 wurde kein funktionierender POP3-Server gefunden.</translation>
    </message>
    <message>
        <source>%1, port %2 (%3): %4</source>
        <translation>%1, Port %2 (%3): %4</translation>
    </message>
    <message>
        <source>Ask your provider for the POP3 server name and port.</source>
        <translation>Fragen Sie Ihren Anbieter nach dem Namen und Port des POP3-Servers.</translation>
    </message>
    <message numerus="yes">
        <source>%n working server(s) for %1, best first:</source>
        <translation>
            <numerusform>%n funktionierender Server für %1, der beste zuerst:</numerusform>
            <numerusform>%n funktionierende Server für %1, der beste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>User name: most providers expect the full address, %1.</source>
        <translation>Benutzername: Die meisten Anbieter erwarten die vollständige Adresse, %1.</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ExistingArchive</name>
    <message>
        <source>There is no archive folder “%1”.</source>
        <translation>Es gibt keinen Archivordner „%1“.</translation>
    </message>
    <message>
        <source>The archive “%1” is in use by another Postbote; this shows what it has archived so far.</source>
        <translation>Das Archiv „%1“ wird gerade von einem anderen Postbote benutzt; angezeigt wird, was es bisher archiviert hat.</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ExportCommand</name>
    <message>
        <source>The archive folder to export.</source>
        <translation>Der zu exportierende Archivordner.</translation>
    </message>
    <message>
        <source>Write one mbox file (mboxrd, RFC 4155).</source>
        <translation>Eine mbox-Datei schreiben (mboxrd, RFC 4155).</translation>
    </message>
    <message>
        <source>Write one .eml file per message into DIR.</source>
        <translation>Eine .eml-Datei pro Nachricht in VERZ schreiben.</translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder to export.</source>
        <translation>--archive fehlt: Nennen Sie den zu exportierenden Archivordner.</translation>
    </message>
    <message>
        <source>Give exactly one of --mbox FILE or --eml DIR.</source>
        <translation>Geben Sie genau eines von --mbox DATEI oder --eml VERZ an.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n Nachricht exportiert</numerusform>
            <numerusform>%n Nachrichten exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::FetchOptionsParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--host is missing: name the POP3 server.</source>
        <translation>--host fehlt: Nennen Sie den POP3-Server.</translation>
    </message>
    <message>
        <source>--user is missing: give the user name on the server.</source>
        <translation>--user fehlt: Geben Sie den Benutzernamen auf dem Server an.</translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none, not “%1”.</source>
        <translation>--security muss tls, starttls oder none sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not “%1”.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--auth must be one of auto, user, apop, plain, login, cram-md5, scram-sha-1 or scram-sha-256, not “%1”.</source>
        <translation>--auth muss auto, user, apop, plain, login, cram-md5, scram-sha-1 oder scram-sha-256 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give exactly one of --password-file or --password-stdin. A password is never accepted on the command line.</source>
        <translation>Geben Sie genau eines von --password-file oder --password-stdin an. Ein Passwort wird nie auf der Befehlszeile angenommen.</translation>
    </message>
    <message>
        <source>--archive is missing: name the folder to archive the mail in.</source>
        <translation>--archive fehlt: Nennen Sie den Ordner, in dem die E-Mails archiviert werden sollen.</translation>
    </message>
    <message>
        <source>--keep and --delete exclude each other; choose one.</source>
        <translation>--keep und --delete schließen einander aus; wählen Sie eines.</translation>
    </message>
    <message>
        <source>--ca-file “%1” holds no PEM certificate.</source>
        <translation>--ca-file „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not “%1”.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-size must be a positive number of bytes, not “%1”.</source>
        <translation>--max-size muss eine positive Anzahl Bytes sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pipelining must be auto, on or off, not “%1”.</source>
        <translation>--pipelining muss auto, on oder off sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Usage: postbote-cli fetch --host H [--port P] [--security tls|starttls|none] --user U (--password-file F | --password-stdin) --archive DIR [options]</source>
        <translation>Aufruf: postbote-cli fetch --host H [--port P] [--security tls|starttls|none] --user U (--password-file F | --password-stdin) --archive VERZ [Optionen]</translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read (%2).</source>
        <translation>Die Passwortdatei „%1“ kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>POP3 server name.</source>
        <translation>Name des POP3-Servers.</translation>
    </message>
    <message>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation>Port des Servers (Standard 995 bei tls, sonst 110).</translation>
    </message>
    <message>
        <source>tls (default), starttls or none (unencrypted).</source>
        <translation>tls (Standard), starttls oder none (unverschlüsselt).</translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation>Benutzername auf dem Server.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Use a stored account.</source>
        <translation>Ein gespeichertes Konto verwenden.</translation>
    </message>
    <message>
        <source>auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</source>
        <translation>auto (Standard), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</translation>
    </message>
    <message>
        <source>The archive folder (a Maildir).</source>
        <translation>Der Archivordner (ein Maildir).</translation>
    </message>
    <message>
        <source>Leave all messages on the server (default).</source>
        <translation>Alle Nachrichten auf dem Server lassen (Standard).</translation>
    </message>
    <message>
        <source>Delete messages on the server once they are safely archived.</source>
        <translation>Nachrichten auf dem Server löschen, sobald sie sicher archiviert sind.</translation>
    </message>
    <message>
        <source>Give up when the server is silent this long.</source>
        <translation>Aufgeben, wenn der Server so lange schweigt.</translation>
    </message>
    <message>
        <source>Write the POP3 dialogue to this file (passwords masked).</source>
        <translation>Den POP3-Dialog in diese Datei schreiben (Passwörter maskiert).</translation>
    </message>
    <message>
        <source>Leave larger messages on the server, unfetched.</source>
        <translation>Größere Nachrichten unabgerufen auf dem Server lassen.</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>Keine Fortschrittsanzeige.</translation>
    </message>
    <message>
        <source>Send several commands at once: auto (if offered), on or off.</source>
        <translation>Mehrere Befehle auf einmal senden: auto (wenn angeboten), on oder off.</translation>
    </message>
    <message>
        <source>Trust only the CA certificates in this PEM file, not the system’s.</source>
        <translation>Nur den CA-Zertifikaten in dieser PEM-Datei vertrauen, nicht denen des Systems.</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --account: the account defines it. Change it with “postbote-cli account edit”.</source>
        <translation>--%1 kann nicht mit --account kombiniert werden: Das Konto legt es fest. Ändern Sie es mit „postbote-cli account edit“.</translation>
    </message>
    <message>
        <source>--account needs the name of a stored account.</source>
        <translation>--account braucht den Namen eines gespeicherten Kontos.</translation>
    </message>
    <message>
        <source>Give at most one of --password-file or --password-stdin.</source>
        <translation>Geben Sie höchstens eine der Optionen --password-file oder --password-stdin an.</translation>
    </message>
    <message>
        <source>   or: postbote-cli fetch --account NAME [--password-file F | --password-stdin] [options]</source>
        <translation> oder: postbote-cli fetch --account NAME [--password-file F | --password-stdin] [Optionen]</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ListCommand</name>
    <message>
        <source>seen</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>only the header was fetched</comment>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>The archive folder to list.</source>
        <translation>Der Archivordner, dessen Nachrichten aufgelistet werden.</translation>
    </message>
    <message>
        <source>Write a JSON array for scripts.</source>
        <translation>Ein JSON-Array für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder to list.</source>
        <translation>--archive fehlt: Geben Sie den Archivordner an, der aufgelistet werden soll.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>Das Archiv ist leer.</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ProgressReporter</name>
    <message>
        <source>%1 of %2 messages, %3 of %4</source>
        <translation>%1 von %2 Nachrichten, %3 von %4</translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ShowCommand</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked.</source>
        <translation>
            <numerusform>%n externer Inhalt blockiert.</numerusform>
            <numerusform>%n externe Inhalte blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The message has no attachments.</source>
        <translation>Die Nachricht hat keine Anhänge.</translation>
    </message>
    <message>
        <source>The archive folder that holds the message.</source>
        <translation>Der Archivordner, der die Nachricht enthält.</translation>
    </message>
    <message>
        <source>Write the message as safe HTML.</source>
        <translation>Die Nachricht als sicheres HTML ausgeben.</translation>
    </message>
    <message>
        <source>Write the message file as it is stored.</source>
        <translation>Die Nachrichtendatei so ausgeben, wie sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Save every attachment into DIR under a safe name.</source>
        <translation>Jeden Anhang unter einem sicheren Namen in DIR speichern.</translation>
    </message>
    <message>
        <source>The ID of the message, as “postbote-cli list” shows it.</source>
        <translation>Die ID der Nachricht, wie „postbote-cli list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder.</source>
        <translation>--archive fehlt: Geben Sie den Archivordner an.</translation>
    </message>
    <message>
        <source>Give at most one of --html, --raw or --save-attachments DIR.</source>
        <translation>Geben Sie höchstens eine der Optionen --html, --raw oder --save-attachments DIR an.</translation>
    </message>
    <message>
        <source>The message ID is missing: run “postbote-cli list” to see the IDs.</source>
        <translation>Die Nachrichten-ID fehlt: „postbote-cli list“ zeigt die IDs.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a message ID: IDs are positive numbers.</source>
        <translation>„%1“ ist keine Nachrichten-ID: IDs sind positive Zahlen.</translation>
    </message>
    <message>
        <source>There is no message with ID %1 in the archive.</source>
        <translation>Im Archiv gibt es keine Nachricht mit der ID %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Postbote::CredentialError</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password. Unlock the keychain (your login keyring) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort verweigert. Entsperren Sie den Schlüsselbund (Ihren Anmelde-Schlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the password cannot be stored. Postbote keeps it in memory until it quits and never writes it to a file; install and start a Secret Service such as GNOME Keyring or KWallet to store it.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher kann das Passwort nicht gespeichert werden. Postbote behält es bis zum Beenden im Arbeitsspeicher und schreibt es nie in eine Datei; installieren und starten Sie einen Secret Service wie GNOME Keyring oder KWallet, um es zu speichern.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Postbote::DemoAccount</name>
    <message>
        <source>The demo account could not be updated: %1</source>
        <translation>Das Demokonto konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The demo account could not be set up: %1</source>
        <translation>Das Demokonto konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The demo account was added, but the settings could not be saved. Check that you may write to the settings file.</source>
        <translation>Das Demokonto wurde hinzugefügt, aber die Einstellungen konnten nicht gespeichert werden. Prüfen Sie, ob Sie in die Einstellungsdatei schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Postbote::DemoMailbox</name>
    <message>
        <source>The mailbox folder “%1” does not exist.</source>
        <translation>Der Postfachordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The mailbox folder “%1” cannot be read.</source>
        <translation>Der Postfachordner „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message file “%1” cannot be read: %2</source>
        <translation>Die Nachrichtendatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The message file “%1” could not be deleted: %2</source>
        <translation>Die Nachrichtendatei „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Postbote::DemoPop3Server</name>
    <message>
        <source>The mailbox cannot be changed while a client is logged in.</source>
        <translation>Das Postfach kann nicht geändert werden, solange ein Client angemeldet ist.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Kann nicht auf %1, Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>Postbote::FetchPlan</name>
    <message>
        <source>already archived</source>
        <translation>bereits archiviert</translation>
    </message>
    <message>
        <source>headers already archived; the message is over the size limit</source>
        <translation>Kopfzeilen bereits archiviert; die Nachricht überschreitet die Größengrenze</translation>
    </message>
    <message>
        <source>deleted from the archive; not fetched again</source>
        <translation>aus dem Archiv gelöscht; wird nicht erneut abgerufen</translation>
    </message>
    <message>
        <source>over the size limit, and the server cannot send headers only</source>
        <translation>über der Größengrenze, und der Server kann nicht nur die Kopfzeilen senden</translation>
    </message>
    <message>
        <source>the server gave another message the same unique id</source>
        <translation>der Server hat einer anderen Nachricht dieselbe eindeutige Kennung gegeben</translation>
    </message>
    <message>
        <source>the server gave it no unique id</source>
        <translation>der Server hat ihr keine eindeutige Kennung gegeben</translation>
    </message>
    <message>
        <source>archived, and the account deletes archived messages on the server</source>
        <translation>archiviert, und das Konto löscht archivierte Nachrichten auf dem Server</translation>
    </message>
    <message>
        <source>deleted from the archive</source>
        <translation>aus dem Archiv gelöscht</translation>
    </message>
    <message>
        <source>kept on the server long enough</source>
        <translation>lange genug auf dem Server aufbewahrt</translation>
    </message>
    <message>
        <source>no longer among the newest messages kept on the server</source>
        <translation>nicht mehr unter den neuesten Nachrichten, die auf dem Server bleiben</translation>
    </message>
    <message>
        <source>oldest message while the server holds more than the size kept there</source>
        <translation>älteste Nachricht, solange der Server mehr als die dort aufbewahrte Größe hält</translation>
    </message>
</context>
<context>
    <name>Postbote::FetchQueue</name>
    <message>
        <source>No password is stored for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation>Für das Konto „%1“ ist kein Passwort gespeichert. Geben Sie es ein, um die E-Mails des Kontos abzurufen.</translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”, and there is no keychain to keep it in. Enter the password to fetch the account&apos;s mail.</source>
        <translation>Für das Konto „%1“ ist kein Passwort gespeichert, und es gibt keinen Schlüsselbund, der es aufbewahren könnte. Geben Sie das Passwort ein, um die E-Mails des Kontos abzurufen.</translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read: %2</source>
        <translation>Das Passwort des Kontos „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mail of the account “%1” cannot be stored: %2</source>
        <translation>Die E-Mails des Kontos „%1“ können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Fetching the mail of the account “%1” failed: %2</source>
        <translation>Das Abrufen der E-Mails des Kontos „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Fetching the mail of the account “%1” was cancelled.</source>
        <translation>Das Abrufen der E-Mails des Kontos „%1“ wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Postbote::FetchStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop fetching (what has arrived stays in the archive)</source>
        <translation>Abruf anhalten (was schon angekommen ist, bleibt im Archiv)</translation>
    </message>
    <message>
        <source>Fetching “%1” …</source>
        <translation>„%1“ wird abgerufen …</translation>
    </message>
    <message>
        <source>Fetching “%1”: %2 of %3 messages, %4 of %5</source>
        <translation>„%1“ wird abgerufen: %2 von %3 Nachrichten, %4 von %5</translation>
    </message>
</context>
<context>
    <name>Postbote::InboxView</name>
    <message>
        <source>Search sender, subject and text (Ctrl+F)</source>
        <translation>Absender, Betreff und Text durchsuchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Postbote::MailTrayIcon</name>
    <message>
        <source>Postbote – no unread messages</source>
        <translation>Postbote – keine ungelesenen Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>Postbote – %n unread message(s)</source>
        <translation>
            <numerusform>Postbote – %n ungelesene Nachricht</numerusform>
            <numerusform>Postbote – %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in “%1”</source>
        <translation>
            <numerusform>%n neue Nachricht in „%1“</numerusform>
            <numerusform>%n neue Nachrichten in „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Neue E-Mails</translation>
    </message>
    <message>
        <source>&amp;Fetch All</source>
        <translation>&amp;Alle abrufen</translation>
    </message>
    <message>
        <source>&amp;Show Postbote</source>
        <translation>Postbote &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Postbote::Maildir</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation>eine gleichnamige Datei ist im Weg</translation>
    </message>
    <message>
        <source>permission denied or the disk is not available</source>
        <translation>Zugriff verweigert oder der Datenträger ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Could not create the archive folder “%1” (%2). Choose another folder or check that you may write there.</source>
        <translation>Der Archivordner „%1“ konnte nicht angelegt werden (%2). Wählen Sie einen anderen Ordner oder prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not create a message file in “%1”: %2. Check the free space and the permissions of the archive folder.</source>
        <translation>In „%1“ konnte keine Nachrichtendatei angelegt werden: %2. Prüfen Sie den freien Platz und die Zugriffsrechte des Archivordners.</translation>
    </message>
    <message>
        <source>Could not move a message into “%1”: %2. Check the permissions of the archive folder.</source>
        <translation>Eine Nachricht konnte nicht nach „%1“ verschoben werden: %2. Prüfen Sie die Zugriffsrechte des Archivordners.</translation>
    </message>
    <message>
        <source>Could not change the flags of the message “%1”: %2.</source>
        <translation>Die Markierungen der Nachricht „%1“ konnten nicht geändert werden: %2.</translation>
    </message>
    <message>
        <source>Could not delete the message file “%1”: %2.</source>
        <translation>Die Nachrichtendatei „%1“ konnte nicht gelöscht werden: %2.</translation>
    </message>
</context>
<context>
    <name>Postbote::MainActions</name>
    <message>
        <source>&amp;Fetch All</source>
        <translation>&amp;Alle abrufen</translation>
    </message>
    <message>
        <source>Fetch new mail for every account (F5)</source>
        <translation>Neue E-Mails für alle Konten abrufen (F5)</translation>
    </message>
    <message>
        <source>Fetch &amp;This Account</source>
        <translation>&amp;Dieses Konto abrufen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop fetching; what has arrived stays in the archive</source>
        <translation>Abruf anhalten; was schon angekommen ist, bleibt im Archiv</translation>
    </message>
    <message>
        <source>Export Selected as .&amp;eml…</source>
        <translation>Auswahl als .&amp;eml exportieren …</translation>
    </message>
    <message>
        <source>Export Selected as &amp;mbox…</source>
        <translation>Auswahl als &amp;mbox exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Delete Locally</source>
        <translation>&amp;Lokal löschen</translation>
    </message>
    <message>
        <source>Hide the message in Postbote; the server follows the account&apos;s retention policy</source>
        <translation>Nachricht in Postbote ausblenden; der Server folgt der Aufbewahrungsregel des Kontos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <source>Show &amp;Deleted Messages</source>
        <translation>&amp;Gelöschte Nachrichten zeigen</translation>
    </message>
    <message>
        <source>Preview &amp;Beside the List</source>
        <translation>Vorschau &amp;neben der Liste</translation>
    </message>
    <message>
        <source>&amp;About Postbote</source>
        <translation>Ü&amp;ber Postbote</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto …</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>&amp;Vertrauenswürdige Zertifikate …</translation>
    </message>
    <message>
        <source>Show &amp;Tray Icon</source>
        <translation>Symbol im &amp;Infobereich zeigen</translation>
    </message>
    <message>
        <source>&amp;Notify of New Mail</source>
        <translation>Bei neuer E-Mail &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
</context>
<context>
    <name>Postbote::MainWindow</name>
    <message>
        <source>Ready. Press F5 to fetch new mail.</source>
        <translation>Bereit. Mit F5 neue E-Mails abrufen.</translation>
    </message>
    <message>
        <source>About Postbote</source>
        <translation>Über Postbote</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Postbote %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Retrieves mail over POP3 and shows every command and reply as it happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Postbote %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ruft E-Mails über POP3 ab und zeigt jeden Befehl und jede Antwort, während sie geschehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Postbote</source>
        <translation>Postbote</translation>
    </message>
    <message>
        <source>“%1”: no new messages.</source>
        <translation>„%1“: keine neuen Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n new message(s).</source>
        <translation>
            <numerusform>„%1“: %n neue Nachricht.</numerusform>
            <numerusform>„%1“: %n neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted locally; the server follows the account&apos;s retention policy.</source>
        <translation>
            <numerusform>%n Nachricht lokal gelöscht; der Server folgt der Aufbewahrungsregel des Kontos.</numerusform>
            <numerusform>%n Nachrichten lokal gelöscht; der Server folgt der Aufbewahrungsregel des Kontos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to export first.</source>
        <translation>Bitte zuerst die zu exportierenden Nachrichten auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n Nachricht nach „%1“ exportiert.</numerusform>
            <numerusform>%n Nachrichten nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation>Als mbox exportieren</translation>
    </message>
    <message>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation>mbox-Dateien (*.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as .eml files into</source>
        <translation>Als .eml-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation>Das Konto „%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageFormat</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Deleted locally</source>
        <translation>Lokal gelöscht</translation>
    </message>
    <message>
        <source>Only the header was downloaded</source>
        <translation>Nur der Kopf wurde heruntergeladen</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Hat Anhänge</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageHeaderView</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageListLoader</name>
    <message>
        <source>The archive index has another layout; open the archive once to update it.</source>
        <translation>Der Archiv-Index hat ein anderes Format; öffnen Sie das Archiv einmal, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>The archive index “%1” could not be read: %2</source>
        <translation>Der Archiv-Index „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageListModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageView</name>
    <message>
        <source>Select a message to read it.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>This message is very long; only the first %1 of its text are shown.</source>
        <translation>Diese Nachricht ist sehr lang; nur die ersten %1 ihres Textes werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n remote item(s)…</source>
        <translation>
            <numerusform>Lade %n externes Element…</numerusform>
            <numerusform>Lade %n externe Elemente…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remote content loaded (%n item(s)).</source>
        <translation>
            <numerusform>Externe Inhalte geladen (%n Element).</numerusform>
            <numerusform>Externe Inhalte geladen (%n Elemente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote item(s) could not be loaded.</source>
        <translation>
            <numerusform>%n externes Element konnte nicht geladen werden.</numerusform>
            <numerusform>%n externe Elemente konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link could not be opened: %1</source>
        <translation>Der Link konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Postbote does not open this kind of link: %1</source>
        <translation>Postbote öffnet Links dieser Art nicht: %1</translation>
    </message>
    <message>
        <source>The message file cannot be read: %1</source>
        <translation>Die Nachrichtendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Show Source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Shows the message as it is stored, with all header lines</source>
        <translation>Zeigt die Nachricht so, wie sie gespeichert ist, mit allen Kopfzeilen</translation>
    </message>
    <message>
        <source>The message is long; only its first %1 are shown here.</source>
        <translation>Die Nachricht ist lang; hier werden nur ihre ersten %1 angezeigt.</translation>
    </message>
</context>
<context>
    <name>Postbote::MessageWriter</name>
    <message>
        <source>Could not store a message in the archive “%1”: %2. The message stays on the server; check the archive folder and fetch again.</source>
        <translation>Eine Nachricht konnte nicht im Archiv „%1“ gespeichert werden: %2. Die Nachricht bleibt auf dem Server; prüfen Sie den Archivordner und rufen Sie erneut ab.</translation>
    </message>
    <message>
        <source>The disk that holds the archive “%1” is full. Free some space and fetch again; the message stays on the server until it is stored.</source>
        <translation>Der Datenträger mit dem Archiv „%1“ ist voll. Schaffen Sie Platz und rufen Sie erneut ab; die Nachricht bleibt auf dem Server, bis sie gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>Postbote::MimeMessage</name>
    <message>
        <source>Could not read the message file “%1”: %2</source>
        <translation>Die Nachrichtendatei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The message has no attachment number %1.</source>
        <translation>Die Nachricht hat keinen Anhang Nummer %1.</translation>
    </message>
    <message>
        <source>Could not save the attachment as “%1”: %2</source>
        <translation>Der Anhang konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie (CC):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attached message</source>
        <translation>Angehängte Nachricht</translation>
    </message>
    <message>
        <source>The file could not be read as a message; nothing of it can be shown.</source>
        <translation>Die Datei konnte nicht als Nachricht gelesen werden; nichts davon kann angezeigt werden.</translation>
    </message>
    <message>
        <source>A multipart section of the message has no final boundary: the message may be cut off.</source>
        <translation>Einem mehrteiligen Abschnitt der Nachricht fehlt die abschließende Grenzzeile: Die Nachricht ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>No part of a multipart section begins with its declared boundary; its text is shown as it is.</source>
        <translation>Kein Teil eines mehrteiligen Abschnitts beginnt mit der angegebenen Grenzzeile; sein Text wird unverändert angezeigt.</translation>
    </message>
    <message>
        <source>The structure of the message is damaged; parts of it may be missing or shown wrongly.</source>
        <translation>Die Struktur der Nachricht ist beschädigt; Teile davon fehlen möglicherweise oder werden falsch angezeigt.</translation>
    </message>
    <message>
        <source>The message is nested more than %1 levels deep; the deeper parts are not shown.</source>
        <translation>Die Nachricht ist mehr als %1 Ebenen tief verschachtelt; die tieferen Teile werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the remaining parts are not shown.</source>
        <translation>Die Nachricht hat mehr als %1 Teile; die übrigen Teile werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The text uses the unknown character set “%1”; it is shown as well as possible and some characters may be wrong.</source>
        <translation>Der Text verwendet den unbekannten Zeichensatz „%1“; er wird so gut wie möglich angezeigt, einige Zeichen können falsch sein.</translation>
    </message>
    <message>
        <source>The text is not valid in its declared character set “%1”; it is shown as well as possible and some characters may be wrong.</source>
        <translation>Der Text ist im angegebenen Zeichensatz „%1“ nicht gültig; er wird so gut wie möglich angezeigt, einige Zeichen können falsch sein.</translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid in the character set “%1”; they are shown as �.</source>
        <translation>Der Text enthält Bytes, die im Zeichensatz „%1“ nicht gültig sind; sie werden als � angezeigt.</translation>
    </message>
    <message>
        <source>Some header fields use an unknown or undeclared character set; they may be shown wrongly.</source>
        <translation>Einige Kopfzeilen verwenden einen unbekannten oder nicht angegebenen Zeichensatz; sie werden möglicherweise falsch angezeigt.</translation>
    </message>
    <message>
        <source>A header field is longer than 1 MB; only its beginning is used.</source>
        <translation>Eine Kopfzeile ist länger als 1 MB; nur ihr Anfang wird verwendet.</translation>
    </message>
    <message>
        <source>Control characters were removed from the header fields.</source>
        <translation>Steuerzeichen wurden aus den Kopfzeilen entfernt.</translation>
    </message>
    <message>
        <source>A part of the message has damaged base64 encoding; its content may be incomplete or wrong.</source>
        <translation>Ein Teil der Nachricht hat eine beschädigte Base64-Kodierung; sein Inhalt ist möglicherweise unvollständig oder falsch.</translation>
    </message>
    <message>
        <source>The text of the message is very long; only its beginning is shown.</source>
        <translation>Der Text der Nachricht ist sehr lang; nur sein Anfang wird angezeigt.</translation>
    </message>
    <message>
        <source>The message is encrypted; Postbote cannot show its content.</source>
        <translation>Die Nachricht ist verschlüsselt; Postbote kann ihren Inhalt nicht anzeigen.</translation>
    </message>
</context>
<context>
    <name>Postbote::PasswordPrompt</name>
    <message>
        <source>Password for “%1”</source>
        <translation>Passwort für „%1“</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>It is stored only after the server has accepted it, never in a file.</source>
        <translation>Es wird erst gespeichert, nachdem der Server es angenommen hat, und niemals in einer Datei.</translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so the password cannot be stored. Postbote keeps it in memory until you quit.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund, daher kann das Passwort nicht gespeichert werden. Postbote behält es im Arbeitsspeicher, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <source>&amp;Fetch Mail</source>
        <translation>E-Mails &amp;abrufen</translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation>Für das Konto „%1“ ist kein Passwort gespeichert. Geben Sie es ein, um die E-Mails des Kontos abzurufen.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Postbote has no password for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher hat Postbote kein Passwort für das Konto „%1“. Geben Sie es ein, um die E-Mails des Kontos abzurufen.</translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read from the keychain: %2</source>
        <translation>Das Passwort des Kontos „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server refused the password of the account “%1”. Enter the right one.</source>
        <translation>Der Server hat das Passwort des Kontos „%1“ abgelehnt. Geben Sie das richtige ein.</translation>
    </message>
    <message>
        <source>The server refused the password of the account “%1”. It said: “%2”. Enter the right one.</source>
        <translation>Der Server hat das Passwort des Kontos „%1“ abgelehnt. Er meldete: „%2“. Geben Sie das richtige ein.</translation>
    </message>
</context>
<context>
    <name>Postbote::Pop3Error</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>security refusal</source>
        <translation>aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>storage error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Postbote::Pop3Session</name>
    <message>
        <source>No server name was given. Enter the name of your POP3 server.</source>
        <translation>Es wurde kein Servername angegeben. Geben Sie den Namen Ihres POP3-Servers ein.</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2 (%3)</source>
        <translation>Verbinde mit %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation>Verschlüsselt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n bytes received before the TLS handshake completed</source>
        <translation>
            <numerusform>%n Byte verworfen, das vor Abschluss des TLS-Handshakes empfangen wurde</numerusform>
            <numerusform>%n Bytes verworfen, die vor Abschluss des TLS-Handshakes empfangen wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Nothing was deleted on the server; try again later.</source>
        <translation>Der Server hat die Verbindung unerwartet beendet. Auf dem Server wurde nichts gelöscht; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung beendet</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the connection was refused before anything was sent. Check the server name, or accept this certificate for the account if you trust it.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, daher wurde die Verbindung abgelehnt, bevor etwas gesendet wurde. Prüfen Sie den Servernamen, oder nehmen Sie dieses Zertifikat für das Konto an, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2). Check the port and the security setting of the account.</source>
        <translation>Eine sichere Verbindung zu %1 konnte nicht hergestellt werden (%2). Prüfen Sie den Port und die Sicherheitseinstellung des Kontos.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the server name and port, and your network connection.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2). Check the server name, the port and your network connection.</source>
        <translation>Keine Verbindung zu %1 möglich (%2). Prüfen Sie den Servernamen, den Port und Ihre Netzwerkverbindung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not accept the connection within %n seconds. Check the server name and port, and your network connection.</source>
        <translation>
            <numerusform>%1 hat die Verbindung nicht innerhalb von %n Sekunde angenommen. Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</numerusform>
            <numerusform>%1 hat die Verbindung nicht innerhalb von %n Sekunden angenommen. Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n seconds. Nothing was deleted; try again later.</source>
        <translation>
            <numerusform>Der Server hat %n Sekunde lang nicht mehr geantwortet. Es wurde nichts gelöscht; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server hat %n Sekunden lang nicht mehr geantwortet. Es wurde nichts gelöscht; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail check was cancelled. Nothing was deleted on the server.</source>
        <translation>Der Abruf wurde abgebrochen. Auf dem Server wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than POP3 allows. The server is broken or hostile; the connection was closed.</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die länger ist, als POP3 erlaubt. Der Server ist defekt oder feindselig; die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent something that is not a POP3 reply. The server is broken or hostile; the connection was closed.</source>
        <translation>Der Server hat etwas gesendet, das keine POP3-Antwort ist. Der Server ist defekt oder feindselig; die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for. The server is broken; the connection was closed.</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat. Der Server ist defekt; die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent a reply that POP3 does not allow here (“+”). The connection was closed.</source>
        <translation>Der Server hat eine Antwort gesendet, die POP3 hier nicht erlaubt („+“). Die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>The message could not be stored. Check that the disk has space and the archive folder is writable.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden. Prüfen Sie, ob auf dem Datenträger Platz ist und der Archivordner beschreibbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a listing larger than %n MB. The connection was closed.</source>
        <translation>
            <numerusform>Der Server hat eine Liste gesendet, die größer als %n MB ist. Die Verbindung wurde beendet.</numerusform>
            <numerusform>Der Server hat eine Liste gesendet, die größer als %n MB ist. Die Verbindung wurde beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht angezeigt</numerusform>
            <numerusform>… %n weitere Bytes nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the connection. Try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS (STLS), so the password would travel unencrypted. Nothing was sent. Choose TLS on port 995, or ask your provider.</source>
        <translation>Der Server bietet kein STARTTLS (STLS) an, das Passwort würde also unverschlüsselt übertragen. Es wurde nichts gesendet. Wählen Sie TLS auf Port 995, oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server refused to switch to an encrypted connection (STLS), so nothing was sent. Choose TLS on port 995, or ask your provider.</source>
        <translation>Der Server hat den Wechsel zu einer verschlüsselten Verbindung (STLS) abgelehnt, daher wurde nichts gesendet. Wählen Sie TLS auf Port 995, oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Logging in with %1</source>
        <translation>Anmeldung mit %1</translation>
    </message>
    <message>
        <source>The chosen login method is not available.</source>
        <translation>Das gewählte Anmeldeverfahren ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another mail program. Close it or wait a few minutes, then try again.</source>
        <translation>Das Postfach wird von einem anderen E-Mail-Programm benutzt. Schließen Sie es oder warten Sie einige Minuten, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server allows mail checks only at longer intervals. Wait a while, then try again.</source>
        <translation>Der Server erlaubt Abrufe nur in größeren Abständen. Warten Sie eine Weile, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server has a temporary problem. Try again later.</source>
        <translation>Der Server hat ein vorübergehendes Problem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server has a lasting problem with this mailbox. Contact your provider.</source>
        <translation>Der Server hat ein dauerhaftes Problem mit diesem Postfach. Wenden Sie sich an Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s login challenge was invalid. Try another login method.</source>
        <translation>Die Anmelde-Challenge des Servers war ungültig. Versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password. It may not be the real server; the connection was closed.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne zu beweisen, dass er das Passwort kennt. Es ist möglicherweise nicht der echte Server; die Verbindung wurde beendet.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The server could not delete all messages marked for deletion. They stay on the server and are deleted at the next check.</source>
        <translation>Der Server konnte nicht alle zum Löschen markierten Nachrichten löschen. Sie bleiben auf dem Server und werden beim nächsten Abruf gelöscht.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung beendet</translation>
    </message>
    <message>
        <source>This certificate problem cannot be accepted: %1</source>
        <translation>Dieses Zertifikatsproblem kann nicht akzeptiert werden: %1</translation>
    </message>
    <message>
        <source>Certificate accepted by the user; reconnecting</source>
        <translation>Zertifikat vom Benutzer angenommen; Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted, so the connection was closed before anything was sent.</source>
        <translation>Das Zertifikat von %1 wurde nicht angenommen, daher wurde die Verbindung beendet, bevor etwas gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>Postbote::ProbeResult</name>
    <message>
        <source>TLS, certificate verified</source>
        <translation>TLS, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>TLS, certificate NOT trusted</source>
        <translation>TLS, Zertifikat NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <source>STARTTLS, certificate verified</source>
        <translation>STARTTLS, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>STARTTLS, certificate NOT trusted</source>
        <translation>STARTTLS, Zertifikat NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>Postbote::ProtocolLogDock</name>
    <message>
        <source>Could not save the dialogue as “%1”: %2</source>
        <translation>Der Dialog konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export POP3 Dialogue</source>
        <translation>POP3-Dialog exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>pop3-dialogue</source>
        <translation>pop3-dialog</translation>
    </message>
    <message>
        <source>POP3 Dialogue</source>
        <translation>POP3-Dialog</translation>
    </message>
    <message>
        <source>Lines of the POP3 dialogue</source>
        <translation>Zeilen des POP3-Dialogs</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Show only the lines that contain this text</source>
        <translation>Zeigt nur die Zeilen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Choose which kinds of lines to show</source>
        <translation>Wählen Sie, welche Arten von Zeilen angezeigt werden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new lines back to read in peace; they appear when you resume</source>
        <translation>Hält neue Zeilen zurück, damit Sie in Ruhe lesen können; sie erscheinen, sobald Sie fortsetzen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all lines from the log</source>
        <translation>Entfernt alle Zeilen aus dem Protokoll</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines if none are selected</source>
        <translation>Kopiert die ausgewählten Zeilen oder, wenn keine ausgewählt ist, alle angezeigten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the shown lines as a text file</source>
        <translation>Speichert die angezeigten Zeilen als Textdatei</translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size of the log</source>
        <translation>Schriftgröße des Protokolls</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waiting</source>
        <translation>
            <numerusform>%n Zeile wartet</numerusform>
            <numerusform>%n Zeilen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postbote::ProtocolLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>Postbote::RemoteContentBar</name>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Externe Inhalte wurden zum Schutz Ihrer Privatsphäre blockiert (%n Element).</numerusform>
            <numerusform>Externe Inhalte wurden zum Schutz Ihrer Privatsphäre blockiert (%n Elemente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Show remote content</source>
        <translation>Externe Inhalte anzeigen</translation>
    </message>
    <message>
        <source>Loads the blocked images of this message from the Internet. The sender can then see that and when you read it.</source>
        <translation>Lädt die blockierten Bilder dieser Nachricht aus dem Internet. Der Absender kann dann sehen, dass und wann Sie sie gelesen haben.</translation>
    </message>
</context>
<context>
    <name>Postbote::RemoteResourceLoader</name>
    <message>
        <source>Only http and https addresses are loaded.</source>
        <translation>Es werden nur http- und https-Adressen geladen.</translation>
    </message>
    <message>
        <source>The message refers to more than %1 remote resources; the rest are not loaded.</source>
        <translation>Die Nachricht verweist auf mehr als %1 externe Ressourcen; die übrigen werden nicht geladen.</translation>
    </message>
    <message>
        <source>The resource is larger than %1.</source>
        <translation>Die Ressource ist größer als %1.</translation>
    </message>
    <message>
        <source>The remote content of this message is larger than %1 in total.</source>
        <translation>Die externen Inhalte dieser Nachricht sind insgesamt größer als %1.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed.</source>
        <translation>Der Server hat auf eine nicht erlaubte Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Loading the remote content took too long.</source>
        <translation>Das Laden der externen Inhalte hat zu lange gedauert.</translation>
    </message>
</context>
<context>
    <name>Postbote::RetentionEditor</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Keep messages on the server</source>
        <translation>Nachrichten auf dem Server behalten</translation>
    </message>
    <message>
        <source>Delete from the server once archived</source>
        <translation>Nach dem Archivieren vom Server löschen</translation>
    </message>
    <message>
        <source>Keep on the server for a number of days</source>
        <translation>Eine Anzahl Tage auf dem Server behalten</translation>
    </message>
    <message>
        <source>Keep only the newest messages on the server</source>
        <translation>Nur die neuesten Nachrichten auf dem Server behalten</translation>
    </message>
    <message>
        <source>Keep at most this much on the server</source>
        <translation>Höchstens so viel auf dem Server behalten</translation>
    </message>
    <message>
        <source>Postbote deletes a message on the server only once it is safely in the archive.</source>
        <translation>Postbote löscht eine Nachricht auf dem Server erst, wenn sie sicher im Archiv liegt.</translation>
    </message>
    <message>
        <source>Only &amp;headers of messages larger than:</source>
        <translation>Nur &amp;Kopfzeilen von Nachrichten größer als:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Also delete on the server what I &amp;delete in the archive</source>
        <translation>Was ich im Archiv &amp;lösche, auch auf dem Server löschen</translation>
    </message>
    <message>
        <source>Allow a server without &amp;UIDL (download everything each time, never delete)</source>
        <translation>Server ohne &amp;UIDL erlauben (jedes Mal alles herunterladen, nie löschen)</translation>
    </message>
</context>
<context>
    <name>Postbote::RetentionPolicy</name>
    <message>
        <source>The setting “%1” takes no number.</source>
        <translation>Die Einstellung „%1“ nimmt keine Zahl an.</translation>
    </message>
    <message>
        <source>Keep messages on the server for 1 to %1 days, or choose to delete them after archiving.</source>
        <translation>Bewahren Sie Nachrichten 1 bis %1 Tage auf dem Server auf, oder wählen Sie, sie nach dem Archivieren zu löschen.</translation>
    </message>
    <message>
        <source>Keep 1 to %1 of the newest messages on the server, or choose to delete them after archiving.</source>
        <translation>Bewahren Sie 1 bis %1 der neuesten Nachrichten auf dem Server auf, oder wählen Sie, sie nach dem Archivieren zu löschen.</translation>
    </message>
    <message>
        <source>Keep 1 to %1 MB on the server, or choose to delete messages after archiving.</source>
        <translation>Bewahren Sie 1 bis %1 MB auf dem Server auf, oder wählen Sie, Nachrichten nach dem Archivieren zu löschen.</translation>
    </message>
    <message>
        <source>The size limit for messages cannot be negative; use 0 for no limit.</source>
        <translation>Die Größengrenze für Nachrichten kann nicht negativ sein; verwenden Sie 0 für keine Grenze.</translation>
    </message>
    <message>
        <source>keep on the server</source>
        <translation>auf dem Server lassen</translation>
    </message>
    <message>
        <source>delete after archiving</source>
        <translation>nach dem Archivieren löschen</translation>
    </message>
    <message>
        <source>keep for some days</source>
        <translation>einige Tage aufbewahren</translation>
    </message>
    <message>
        <source>keep the newest messages</source>
        <translation>die neuesten Nachrichten aufbewahren</translation>
    </message>
    <message>
        <source>keep up to a size</source>
        <translation>bis zu einer Größe aufbewahren</translation>
    </message>
    <message>
        <source>keep messages on the server</source>
        <translation>Nachrichten auf dem Server lassen</translation>
    </message>
    <message>
        <source>delete messages on the server once archived</source>
        <translation>Nachrichten auf dem Server löschen, sobald sie archiviert sind</translation>
    </message>
    <message numerus="yes">
        <source>keep messages on the server for %n day(s)</source>
        <translation>
            <numerusform>Nachrichten %n Tag auf dem Server aufbewahren</numerusform>
            <numerusform>Nachrichten %n Tage auf dem Server aufbewahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep the %n newest message(s) on the server</source>
        <translation>
            <numerusform>die neueste Nachricht auf dem Server aufbewahren</numerusform>
            <numerusform>die %n neuesten Nachrichten auf dem Server aufbewahren</numerusform>
        </translation>
    </message>
    <message>
        <source>keep at most %1 MB on the server</source>
        <translation>höchstens %1 MB auf dem Server aufbewahren</translation>
    </message>
    <message>
        <source>%1, and delete there what is deleted here</source>
        <translation>%1, und dort löschen, was hier gelöscht wird</translation>
    </message>
    <message>
        <source>%1; only headers of messages over %2 bytes</source>
        <translation>%1; von Nachrichten über %2 Bytes nur die Kopfzeilen</translation>
    </message>
    <message>
        <source>%1; servers without UIDL allowed</source>
        <translation>%1; Server ohne UIDL erlaubt</translation>
    </message>
    <message>
        <source>The retention setting “%1” has an empty part.</source>
        <translation>Die Aufbewahrungseinstellung „%1“ hat einen leeren Teil.</translation>
    </message>
    <message>
        <source>Unknown retention setting “%1”.</source>
        <translation>Unbekannte Aufbewahrungseinstellung „%1“.</translation>
    </message>
    <message>
        <source>The retention setting “%1” is given twice.</source>
        <translation>Die Aufbewahrungseinstellung „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The retention setting “%1” needs a number, as in “%1=30”.</source>
        <translation>Die Aufbewahrungseinstellung „%1“ braucht eine Zahl, etwa „%1=30“.</translation>
    </message>
    <message>
        <source>The retention setting “%1” takes no number.</source>
        <translation>Die Aufbewahrungseinstellung „%1“ nimmt keine Zahl an.</translation>
    </message>
    <message>
        <source>The retention settings “%1” and “%2” contradict each other; choose one.</source>
        <translation>Die Aufbewahrungseinstellungen „%1“ und „%2“ widersprechen einander; wählen Sie eine.</translation>
    </message>
    <message>
        <source>The retention setting “%1” needs a whole number of 0 or more, not “%2”.</source>
        <translation>Die Aufbewahrungseinstellung „%1“ braucht eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>Postbote::SafeFileName</name>
    <message>
        <source>attachment</source>
        <comment>file name for an attachment without a usable name</comment>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot find a free file name for “%1” in “%2”.</source>
        <translation>Für „%1“ gibt es in „%2“ keinen freien Dateinamen.</translation>
    </message>
</context>
<context>
    <name>Postbote::SaslCramMd5</name>
    <message>
        <source>The server sent an invalid CRAM-MD5 challenge; try another login method.</source>
        <translation>Der Server hat eine ungültige CRAM-MD5-Challenge gesendet; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
</context>
<context>
    <name>Postbote::SaslLogin</name>
    <message>
        <source>The server asked for more than a user name and password during the LOGIN login; try another login method.</source>
        <translation>Der Server hat bei der LOGIN-Anmeldung nach mehr als Benutzername und Passwort gefragt; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
</context>
<context>
    <name>Postbote::SaslPlain</name>
    <message>
        <source>The user name or password contains a null character, which the PLAIN login method cannot send; change it or choose another login method.</source>
        <translation>Benutzername oder Passwort enthalten ein Nullzeichen, das das Verfahren PLAIN nicht senden kann; ändern Sie es oder wählen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the PLAIN login; try another login method.</source>
        <translation>Der Server hat bei der PLAIN-Anmeldung eine unerwartete Challenge gesendet; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
</context>
<context>
    <name>Postbote::SaslScram</name>
    <message>
        <source>The server sent an unexpected SCRAM challenge; try another login method.</source>
        <translation>Der Server hat eine unerwartete SCRAM-Challenge gesendet; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM challenge; try another login method.</source>
        <translation>Der Server hat eine ungültige SCRAM-Challenge gesendet; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Postbote does not support; try another login method.</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung, die Postbote nicht unterstützt; versuchen Sie ein anderes Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>The server rejected the SCRAM login (%1); check the user name and password.</source>
        <translation>Der Server hat die SCRAM-Anmeldung abgelehnt (%1); prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The server asked for an unreasonable amount of password hashing (%1 rounds), so the login was cancelled; contact your provider.</source>
        <translation>Der Server hat eine unvernünftig hohe Zahl von Passwort-Hash-Runden verlangt (%1), daher wurde die Anmeldung abgebrochen; wenden Sie sich an Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password and may be an impostor, so the login was cancelled; check the server name and your network, or contact your provider.</source>
        <translation>Der Server konnte nicht beweisen, dass er Ihr Passwort kennt, und ist möglicherweise ein Betrüger, daher wurde die Anmeldung abgebrochen; prüfen Sie den Servernamen und Ihr Netzwerk, oder wenden Sie sich an Ihren Anbieter.</translation>
    </message>
</context>
<context>
    <name>Postbote::ServerDiscovery</name>
    <message>
        <source>“%1” is not a valid e-mail address. Enter it as name@example.org.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Geben Sie sie in der Form name@example.org ein.</translation>
    </message>
    <message>
        <source>No DNS resolver is available.</source>
        <translation>Es steht keine DNS-Namensauflösung zur Verfügung.</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1 …</source>
        <translation>Suche die Mailserver von %1 …</translation>
    </message>
    <message>
        <source>%1 states in DNS that it offers no POP3 service.</source>
        <translation>%1 gibt im DNS an, keinen POP3-Dienst anzubieten.</translation>
    </message>
    <message>
        <source>Trying %1, port %2 (%3) …</source>
        <translation>Versuche %1, Port %2 (%3) …</translation>
    </message>
    <message numerus="yes">
        <source>Found %n working server(s).</source>
        <translation>
            <numerusform>%n funktionierender Server gefunden.</numerusform>
            <numerusform>%n funktionierende Server gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1.</source>
        <translation>Für %1 wurde kein funktionierender POP3-Server gefunden.</translation>
    </message>
</context>
<context>
    <name>Postbote::ServerProbe</name>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1, port %2 did not answer in time.</source>
        <translation>%1, Port %2 hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>Postbote::SessionOptions</name>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>Postbote::SessionState</name>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>warte auf die Begrüßung</translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation>frage die Fähigkeiten ab</translation>
    </message>
    <message>
        <source>switching to TLS (STLS)</source>
        <translation>wechsle zu TLS (STLS)</translation>
    </message>
    <message>
        <source>waiting for a certificate decision</source>
        <translation>warte auf eine Entscheidung zum Zertifikat</translation>
    </message>
    <message>
        <source>AUTHORIZATION: logging in</source>
        <translation>AUTHORIZATION: Anmeldung</translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation>TRANSACTION</translation>
    </message>
    <message>
        <source>UPDATE: committing deletions</source>
        <translation>UPDATE: Löschungen werden ausgeführt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Postbote::SslSocketTransport</name>
    <message>
        <source>STARTTLS is only possible on an open plain connection</source>
        <translation>STARTTLS ist nur auf einer offenen unverschlüsselten Verbindung möglich</translation>
    </message>
    <message>
        <source>The connection was closed while connecting</source>
        <translation>Die Verbindung wurde während des Verbindungsaufbaus beendet</translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation>Das Zertifikat wurde nicht angenommen</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes beendet</translation>
    </message>
    <message>
        <source>Connecting timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>The TLS handshake timed out</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
</context>
<context>
    <name>Postbote::SyncPlanner</name>
    <message>
        <source>The server does not support UIDL, so Postbote cannot tell which messages it has already archived. Either allow fetching all messages every time (those already archived are recognised by their content and nothing is deleted on the server), or let Postbote delete messages on the server once they are archived.</source>
        <translation>Der Server unterstützt kein UIDL, daher kann Postbote nicht erkennen, welche Nachrichten bereits archiviert sind. Erlauben Sie entweder, jedes Mal alle Nachrichten abzurufen (bereits archivierte werden an ihrem Inhalt erkannt und auf dem Server wird nichts gelöscht), oder lassen Sie Postbote Nachrichten auf dem Server löschen, sobald sie archiviert sind.</translation>
    </message>
    <message>
        <source>The server does not support UIDL, so the rule “%1” cannot be applied; nothing is deleted on the server.</source>
        <translation>Der Server unterstützt kein UIDL, daher kann die Regel „%1“ nicht angewendet werden; auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The server gave %n message(s) a unique id (UIDL) that another message also has. Postbote never deletes these on the server; the provider should fix this.</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht eine eindeutige Kennung (UIDL) gegeben, die auch eine andere Nachricht hat. Postbote löscht sie nie auf dem Server; der Anbieter sollte das beheben.</numerusform>
            <numerusform>Der Server hat %n Nachrichten eine eindeutige Kennung (UIDL) gegeben, die auch eine andere Nachricht hat. Postbote löscht sie nie auf dem Server; der Anbieter sollte das beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n message(s) without a unique id (UIDL). Postbote never deletes these on the server.</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht ohne eindeutige Kennung (UIDL) aufgeführt. Postbote löscht sie nie auf dem Server.</numerusform>
            <numerusform>Der Server hat %n Nachrichten ohne eindeutige Kennung (UIDL) aufgeführt. Postbote löscht sie nie auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a message list with repeated or invalid message numbers or sizes. Nothing was fetched or deleted; try again later.</source>
        <translation>Der Server hat eine Nachrichtenliste mit doppelten oder ungültigen Nummern oder Größen gesendet. Es wurde nichts abgerufen oder gelöscht; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>No command given. Run “postbote-cli --help” to see the commands.</source>
        <translation>Kein Befehl angegeben. „postbote-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “postbote-cli --help” to see the commands.</source>
        <translation>Unbekannter Befehl „%1“. „postbote-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>The log file “%1” cannot be written (%2).</source>
        <translation>Die Protokolldatei „%1“ kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Postbote retrieves mail over POP3 into a local archive.

Commands:
  fetch        fetch new mail from a POP3 server into an archive
  list         list the messages of an archive
  show         show one archived message, its safe HTML, source or attachments
  export       export the archive as an mbox file or .eml files
  account      add, change, remove and discover accounts; passwords, trust
  demo-server  run the built-in demo POP3 server on this computer</source>
        <translation>Postbote ruft E-Mails über POP3 in ein lokales Archiv ab.

Befehle:
  fetch        neue E-Mails von einem POP3-Server in ein Archiv abrufen
  list         die Nachrichten eines Archivs auflisten
  show         eine archivierte Nachricht, ihr sicheres HTML, ihre Quelle oder Anhänge zeigen
  export       das Archiv als mbox-Datei oder .eml-Dateien exportieren
  account      Konten anlegen, ändern, entfernen und finden; Passwörter, Vertrauen
  demo-server  den eingebauten Demo-POP3-Server auf diesem Computer starten</translation>
    </message>
    <message>
        <source>Postbote retrieves mail over POP3 and shows every command and reply as it happens.</source>
        <translation>Postbote ruft E-Mails über POP3 ab und zeigt jeden Befehl und jede Antwort, während sie geschehen.</translation>
    </message>
    <message>
        <source>Start the built-in demo server and open its &quot;Demo&quot; account.</source>
        <translation>Den eingebauten Demo-Server starten und sein Konto „Demo“ öffnen.</translation>
    </message>
</context>
</TS>
