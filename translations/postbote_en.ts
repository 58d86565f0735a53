<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoServerCommand</name>
    <message>
        <source>Run “postbote-cli demo-server --help” to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a demo mailbox over POP3 (RFC 1939), for lessons and for trying Postbote without a mail account. Log in as “max” with the password “password”. The connection is not encrypted, so by default only this computer can connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address to listen on (default 127.0.0.1; 0.0.0.0 lets other computers connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port to listen on; 0, the default, picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the .eml files of this folder instead of the built-in sample mailbox. Messages deleted by a client are deleted from the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: postbote-cli demo-server [--listen ADDR] [--port P] [--mailbox DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: “%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: “%1” is not a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mailbox: “%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo POP3 server listening on %1 port %2; log in as user “%3” with password “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: other computers can connect, and POP3 without TLS sends the password and the mail unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveExporter</name>
    <message>
        <source>The mbox file “%1” cannot be written (%2). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archived message “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “%1” failed (%2). Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; export into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message “%1” could not be exported to “%2”. Check that the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveIndex</name>
    <message>
        <source>Could not create the folder “%1” for the archive index. Check that you may write to the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” was written by a newer version of Postbote. Update Postbote, or delete the folder “%2” to have the index rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” is in use by another program. Close other Postbote windows or postbote-cli runs that use this archive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” is damaged. Close Postbote and delete the folder “%2”; the index is rebuilt from the messages, none is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” could not be used: %2. Check the free space and the permissions of the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveReconciler</name>
    <message>
        <source>Could not read the message file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the messages in “%1” safely to disk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveStore</name>
    <message>
        <source>Could not create the folder “%1” for the archive index. Check that you may write to the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive “%1” is in use by another Postbote (process %2). Wait until it has finished or close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive “%1” is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the new messages in “%1” safely to disk: %2. They stay on the server; check the disk and fetch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer in the archive “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AuthSelector</name>
    <message>
        <source>The server does not offer APOP because its greeting has no timestamp; choose another login method or automatic selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the login method %1; choose another login method or automatic selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts passwords sent in clear text, which this unencrypted connection would expose; use TLS or STARTTLS, or explicitly choose a clear-text login method such as USER/PASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login method that Postbote supports; contact your provider or choose a login method explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::CheckMailJob</name>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n deleted on the server</numerusform>
            <numerusform>%n deleted on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>%n refused by the server</numerusform>
            <numerusform>%n refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already archived</source>
        <translation>
            <numerusform>%n already archived</numerusform>
            <numerusform>%n already archived</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused to list the mailbox. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed list of messages, so nothing was fetched or deleted. Try again later or contact your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server dropped the connection while commands were pipelined; trying again one command at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ExportCommand</name>
    <message>
        <source>The archive folder to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one mbox file (mboxrd, RFC 4155).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one .eml file per message into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --mbox FILE or --eml DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n message exported</numerusform>
            <numerusform>%n messages exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::FetchOptionsParser</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account is not available yet; give --host, --user and a password source instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is missing: name the POP3 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is missing: give the user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security must be tls, starttls or none, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be one of auto, user, apop, plain, login, cram-md5, scram-sha-1 or scram-sha-256, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --password-file or --password-stdin. A password is never accepted on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive is missing: name the folder to archive the mail in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep and --delete exclude each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file “%1” holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size must be a positive number of bytes, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pipelining must be auto, on or off, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: postbote-cli fetch --host H [--port P] [--security tls|starttls|none] --user U (--password-file F | --password-stdin) --archive DIR [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (default 995 for tls, 110 otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (default), starttls or none (unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a stored account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder (a Maildir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all messages on the server (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete messages on the server once they are safely archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the server is silent this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the POP3 dialogue to this file (passwords masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave larger messages on the server, unfetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send several commands at once: auto (if offered), on or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ProgressReporter</name>
    <message>
        <source>%1 of %2 messages, %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::DemoMailbox</name>
    <message>
        <source>The mailbox folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox folder “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file “%1” could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::DemoPop3Server</name>
    <message>
        <source>The mailbox cannot be changed while a client is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::FetchPlan</name>
    <message>
        <source>already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers already archived; the message is over the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted from the archive; not fetched again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the size limit, and the server cannot send headers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave another message the same unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave it no unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived, and the account deletes archived messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on the server long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer among the newest messages kept on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest message while the server holds more than the size kept there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Maildir</name>
    <message>
        <source>a file of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied or the disk is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the archive folder “%1” (%2). Choose another folder or check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a message file in “%1”: %2. Check the free space and the permissions of the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move a message into “%1”: %2. Check the permissions of the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the flags of the message “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the message file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageWriter</name>
    <message>
        <source>Could not store a message in the archive “%1”: %2. The message stays on the server; check the archive folder and fetch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the archive “%1” is full. Free some space and fetch again; the message stays on the server until it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Pop3Error</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Pop3Session</name>
    <message>
        <source>No server name was given. Enter the name of your POP3 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n bytes received before the TLS handshake completed</source>
        <translation>
            <numerusform>Discarded %n byte received before the TLS handshake completed</numerusform>
            <numerusform>Discarded %n bytes received before the TLS handshake completed</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Nothing was deleted on the server; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the connection was refused before anything was sent. Check the server name, or accept this certificate for the account if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established (%2). Check the port and the security setting of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the server name and port, and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2). Check the server name, the port and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not accept the connection within %n seconds. Check the server name and port, and your network connection.</source>
        <translation>
            <numerusform>%1 did not accept the connection within %n second. Check the server name and port, and your network connection.</numerusform>
            <numerusform>%1 did not accept the connection within %n seconds. Check the server name and port, and your network connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering for %n seconds. Nothing was deleted; try again later.</source>
        <translation>
            <numerusform>The server stopped answering for %n second. Nothing was deleted; try again later.</numerusform>
            <numerusform>The server stopped answering for %n seconds. Nothing was deleted; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail check was cancelled. Nothing was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply line longer than POP3 allows. The server is broken or hostile; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something that is not a POP3 reply. The server is broken or hostile; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for. The server is broken; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that POP3 does not allow here (“+”). The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be stored. Check that the disk has space and the archive folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent a listing larger than %n MB. The connection was closed.</source>
        <translation>
            <numerusform>The server sent a listing larger than %n MB. The connection was closed.</numerusform>
            <numerusform>The server sent a listing larger than %n MB. The connection was closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n more bytes not shown</source>
        <translation>
            <numerusform>… %n more bytes not shown</numerusform>
            <numerusform>… %n more bytes not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the connection. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS (STLS), so the password would travel unencrypted. Nothing was sent. Choose TLS on port 995, or ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to switch to an encrypted connection (STLS), so nothing was sent. Choose TLS on port 995, or ask your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen login method is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is in use by another mail program. Close it or wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server allows mail checks only at longer intervals. Wait a while, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a temporary problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a lasting problem with this mailbox. Contact your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s login challenge was invalid. Try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password. It may not be the real server; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not delete all messages marked for deletion. They stay on the server and are deleted at the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate problem cannot be accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate accepted by the user; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted, so the connection was closed before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::RetentionPolicy</name>
    <message>
        <source>The setting “%1” takes no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep messages on the server for 1 to %1 days, or choose to delete them after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1 to %1 of the newest messages on the server, or choose to delete them after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep 1 to %1 MB on the server, or choose to delete messages after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size limit for messages cannot be negative; use 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete after archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep for some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the newest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep up to a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete messages on the server once archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keep messages on the server for %n day(s)</source>
        <translation>
            <numerusform>keep messages on the server for %n day</numerusform>
            <numerusform>keep messages on the server for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep the %n newest message(s) on the server</source>
        <translation>
            <numerusform>keep the %n newest message on the server</numerusform>
            <numerusform>keep the %n newest messages on the server</numerusform>
        </translation>
    </message>
    <message>
        <source>keep at most %1 MB on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and delete there what is deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; only headers of messages over %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; servers without UIDL allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention setting “%1” has an empty part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown retention setting “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention setting “%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention setting “%1” needs a number, as in “%1=30”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention setting “%1” takes no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention settings “%1” and “%2” contradict each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention setting “%1” needs a whole number of 0 or more, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SaslCramMd5</name>
    <message>
        <source>The server sent an invalid CRAM-MD5 challenge; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SaslLogin</name>
    <message>
        <source>The server asked for more than a user name and password during the LOGIN login; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SaslPlain</name>
    <message>
        <source>The user name or password contains a null character, which the PLAIN login method cannot send; change it or choose another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected challenge during the PLAIN login; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SaslScram</name>
    <message>
        <source>The server sent an unexpected SCRAM challenge; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM challenge; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension that Postbote does not support; try another login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the SCRAM login (%1); check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for an unreasonable amount of password hashing (%1 rounds), so the login was cancelled; contact your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prove that it knows your password and may be an impostor, so the login was cancelled; check the server name and your network, or contact your provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SessionOptions</name>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SessionState</name>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to TLS (STLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a certificate decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHORIZATION: logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE: committing deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SslSocketTransport</name>
    <message>
        <source>STARTTLS is only possible on an open plain connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::SyncPlanner</name>
    <message>
        <source>The server does not support UIDL, so Postbote cannot tell which messages it has already archived. Either allow fetching all messages every time (those already archived are recognised by their content and nothing is deleted on the server), or let Postbote delete messages on the server once they are archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support UIDL, so the rule “%1” cannot be applied; nothing is deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server gave %n message(s) a unique id (UIDL) that another message also has. Postbote never deletes these on the server; the provider should fix this.</source>
        <translation>
            <numerusform>The server gave %n message a unique id (UIDL) that another message also has. Postbote never deletes these on the server; the provider should fix this.</numerusform>
            <numerusform>The server gave %n messages a unique id (UIDL) that another message also has. Postbote never deletes these on the server; the provider should fix this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n message(s) without a unique id (UIDL). Postbote never deletes these on the server.</source>
        <translation>
            <numerusform>The server listed %n message without a unique id (UIDL). Postbote never deletes these on the server.</numerusform>
            <numerusform>The server listed %n messages without a unique id (UIDL). Postbote never deletes these on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a message list with repeated or invalid message numbers or sizes. Nothing was fetched or deleted; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run “postbote-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “postbote-cli --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file “%1” cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postbote retrieves mail over POP3 into a local archive.

Commands:
  fetch        fetch new mail from a POP3 server into an archive
  demo-server  run the built-in demo POP3 server on this computer
  export       export the archive as an mbox file or .eml files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
