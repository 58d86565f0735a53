<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>Postbote::ArchiveReconciler</name>
    <message>
        <source>Could not read the message file “%1”: %2.</source>
        <translation>Die Nachrichtendatei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
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
    <name>Postbote::CheckMailJob</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform><numerusform>%n neue Nachrichten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n auf dem Server gelöscht</numerusform><numerusform>%n auf dem Server gelöscht</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n vom Server verweigert</numerusform><numerusform>%n vom Server verweigert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already archived</source>
        <translation>
            <numerusform>%n bereits archiviert</numerusform><numerusform>%n bereits archiviert</numerusform></translation>
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
            <numerusform>%n Nachricht exportiert</numerusform><numerusform>%n Nachrichten exportiert</numerusform></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::FetchOptionsParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--account is not available yet; give --host, --user and a password source instead.</source>
        <translation>--account ist noch nicht verfügbar; geben Sie stattdessen --host, --user und eine Passwortquelle an.</translation>
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
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
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
</context>
<context>
    <name>Postbote::Cli::ProgressReporter</name>
    <message>
        <source>%1 of %2 messages, %3 of %4</source>
        <translation>%1 von %2 Nachrichten, %3 von %4</translation>
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
            <numerusform>%n Byte verworfen, das vor Abschluss des TLS-Handshakes empfangen wurde</numerusform><numerusform>%n Bytes verworfen, die vor Abschluss des TLS-Handshakes empfangen wurden</numerusform></translation>
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
            <numerusform>%1 hat die Verbindung nicht innerhalb von %n Sekunde angenommen. Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</numerusform><numerusform>%1 hat die Verbindung nicht innerhalb von %n Sekunden angenommen. Prüfen Sie Servername und Port sowie Ihre Netzwerkverbindung.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n seconds. Nothing was deleted; try again later.</source>
        <translation>
            <numerusform>Der Server hat %n Sekunde lang nicht mehr geantwortet. Es wurde nichts gelöscht; versuchen Sie es später erneut.</numerusform><numerusform>Der Server hat %n Sekunden lang nicht mehr geantwortet. Es wurde nichts gelöscht; versuchen Sie es später erneut.</numerusform></translation>
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
            <numerusform>Der Server hat eine Liste gesendet, die größer als %n MB ist. Die Verbindung wurde beendet.</numerusform><numerusform>Der Server hat eine Liste gesendet, die größer als %n MB ist. Die Verbindung wurde beendet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <translation>
            <numerusform>… %n weiteres Byte nicht angezeigt</numerusform><numerusform>… %n weitere Bytes nicht angezeigt</numerusform></translation>
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
        <source>The server's login challenge was invalid. Try another login method.</source>
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
            <numerusform>Nachrichten %n Tag auf dem Server aufbewahren</numerusform><numerusform>Nachrichten %n Tage auf dem Server aufbewahren</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>keep the %n newest message(s) on the server</source>
        <translation>
            <numerusform>die neueste Nachricht auf dem Server aufbewahren</numerusform><numerusform>die %n neuesten Nachrichten auf dem Server aufbewahren</numerusform></translation>
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
            <numerusform>Der Server hat %n Nachricht eine eindeutige Kennung (UIDL) gegeben, die auch eine andere Nachricht hat. Postbote löscht sie nie auf dem Server; der Anbieter sollte das beheben.</numerusform><numerusform>Der Server hat %n Nachrichten eine eindeutige Kennung (UIDL) gegeben, die auch eine andere Nachricht hat. Postbote löscht sie nie auf dem Server; der Anbieter sollte das beheben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n message(s) without a unique id (UIDL). Postbote never deletes these on the server.</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht ohne eindeutige Kennung (UIDL) aufgeführt. Postbote löscht sie nie auf dem Server.</numerusform><numerusform>Der Server hat %n Nachrichten ohne eindeutige Kennung (UIDL) aufgeführt. Postbote löscht sie nie auf dem Server.</numerusform></translation>
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
  demo-server  run the built-in demo POP3 server on this computer
  export       export the archive as an mbox file or .eml files</source>
        <translation>Postbote ruft E-Mails über POP3 in ein lokales Archiv ab.

Befehle:
  fetch        neue E-Mails von einem POP3-Server in ein Archiv abrufen
  demo-server  den eingebauten Demo-POP3-Server auf diesem Computer starten
  export       das Archiv als mbox-Datei oder .eml-Dateien exportieren</translation>
    </message>
</context>
</TS>