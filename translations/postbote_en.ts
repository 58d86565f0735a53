<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account to change: postbote-cli account edit NAME [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add one with “postbote-cli account add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account to remove: postbote-cli account remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account “%1”. Its archive in %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“account discover” is not available in this build of postbote-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account command “%1”. Run “postbote-cli account --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address.</source>
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
        <source>auto (default), user, apop, plain, login, cram-md5, scram-sha-1, scram-sha-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow user, plain or login to send the password unencrypted (security none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw --allow-cleartext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave all messages on the server (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete messages on the server once they are archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archived messages after N days on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the N newest messages on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most N MB on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete on the server what you deleted in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch only the headers of larger messages (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole retention policy, e.g. “keep-days=30,max-size=1000000”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every N minutes (0: only when asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send several commands at once: auto (if offered), on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the account in mail checks (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the account out of mail checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exclude each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size must be a number of bytes (0: no limit), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account: postbote-cli account set-password NAME [--password-file F]. The password is read from standard input unless a file is given.</source>
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
        <source>Name the account and the certificate: postbote-cli account trust NAME SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the certificate %1 for the account “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account: postbote-cli account trust-list NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no accepted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1
  host: %2
  subject: %3
  issuer: %4
  accepted: %5
  excuses: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision: SHA-256 %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account and the certificate: postbote-cli account trust-remove NAME SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has no accepted certificate with the fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is no longer accepted for the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Postbote::AccountArchives</name>
    <message>
        <source>No account was given for the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the archive folder “%1”. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selected message is no longer in the archive; another program may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountDialog</name>
    <message>
        <source>New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ipelining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the POP3 server for this address (DNS SRV records and the usual server names). No password is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 995)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 110)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (strongest offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow this unencrypted connection and clear-text password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is checked with a login when you press OK and kept in the keychain only if it works. Leave it empty to be asked when mail is fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to keep the stored password. A new password is checked with a login when you press OK and kept only if it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (when the server announces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check this account for mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects and shows what the server offers, without sending the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log in with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the POP3 server of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was stopped. Enter the server yourself or search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states in DNS that it offers no POP3 service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1. Ask your provider for the server name and port and enter them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1, port %2: %3. Check the settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid server and port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached as set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the connection would be unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIPELINING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIDL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer CAPA; its extensions are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to log in as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login succeeded: the server accepted the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the password, or clear the field to save the account without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved, but the keychain did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is unencrypted. Choose TLS or STARTTLS, or explicitly allow the unencrypted connection below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this connection is not encrypted and %1 sends the password as it is. Anyone on the network between you and the server can read your password and your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this connection is not encrypted. Anyone on the network between you and the server can read your mail and user name, and a clear-text login would reveal your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password with a login at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountListModel</name>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountRemoval</name>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings and its stored password are removed. Its archive in %1 holds the mail fetched so far, which may be the only copy of messages already deleted on the server. Keep the archive unless you are sure you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountRemover</name>
    <message>
        <source>The archive folder of this account could not be determined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder “%1” could not be deleted completely. Delete it yourself if you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountStore</name>
    <message>
        <source>The account settings in “%1” cannot be written. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::AccountValidator</name>
    <message>
        <source>The account has no name. Give it a name to tell it from your other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called “%1”. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Write it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name is missing. Enter the POP3 server, such as pop.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server name. Use a name such as pop.example.org (letters, digits, hyphens and dots) or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, not %1. POP3 uses 995 with TLS and 110 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login method %1 sends the password in clear text, and this connection is unencrypted. Choose TLS or STARTTLS, a method such as CRAM-MD5 or SCRAM, or explicitly allow clear-text passwords for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is missing. Enter the name you log in with, often your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must not contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for mail every 1 to %1 minutes, or choose 0 to check only when you ask.</source>
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
    <message>
        <source>The message file “%1” no longer exists; another program may have removed it. Nothing was exported.</source>
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
    <message>
        <source>The archive index “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” has another layout than this Postbote reads. Open the archive once it is no longer in use, to have the index updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ArchiveReconciler</name>
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
    <name>Postbote::AttachmentPanel</name>
    <message>
        <source>“%1” could be a program; Postbote does not open programs from mail. Use “Save As…” if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment cannot be opened: no temporary folder could be created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. Use “Save As…” to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a copy of the attachment with the program set up for its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
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
    <name>Postbote::CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server “%1” of the account “%2” presented a certificate that could not be verified.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither your user name nor your password has been sent to the server. Compare the fingerprint below with the one your provider publishes; if they differ, someone may be listening in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always Accept for This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: the server vouches for itself, and no known authority confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet. Check the date and time of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name than the one you connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not meant to identify a mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s signature is invalid; it may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authority in the certificate chain is not allowed to issue certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is on a block list of known compromised certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not present any certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::CertificateExceptionsDialog</name>
    <message>
        <source>Trusted Certificates of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These certificates are accepted for this account although they could not be verified. Remove one to be asked again the next time the server shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1
Accepted despite:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::CertificatePolicy</name>
    <message>
        <source>No certificate of this account is waiting for a decision. Fetch mail first; if the server&apos;s certificate is not trusted, its fingerprint is shown then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate the server showed (SHA-256 %1). Nothing was accepted; compare the fingerprint again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate problem cannot be accepted, because it does not concern a particular certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:    %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:  %1</source>
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
    <name>Postbote::Cli::AccountEditOptions</name>
    <message>
        <source>--%1 is missing.</source>
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
        <source>--allow-cleartext and --no-allow-cleartext exclude each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check-interval must be a number of minutes from 0 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pipelining must be auto, on or off, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::AccountSupport</name>
    <message>
        <source>There is no account named “%1”. Run “postbote-cli account list” to see the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that is not trusted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this certificate — compare the SHA-256 fingerprint with the one your provider publishes — accept it with:
  postbote-cli account trust “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”. Store it with “postbote-cli account set-password %1”, or give it with --password-stdin or --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so no password can be stored for the account “%1”. Give it with --password-stdin or --password-file; it is used for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for “%1” is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::DiscoverCommand</name>
    <message>
        <source>from the DNS record _pop3s._tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the DNS record _pop3._tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2, port %3: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted for this name. Compare the SHA-256 with what your provider publishes before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted: others on the network could read the password and your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: --host %1 --port %2 --security %3 --auth %4 --user %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the POP3 server for an e-mail address and shows what works, best first. Only the greeting and the server&apos;s capabilities are read; no password is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a server after SECONDS (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (IP address, port 53) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address, e.g. max@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one e-mail address, e.g. “postbote-cli account discover max@example.org”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from “%1”. Give a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states in DNS (RFC 6186) that it offers no POP3 service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your provider for the POP3 server name and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working server(s) for %1, best first:</source>
        <translation>
            <numerusform>%n working server for %1, best first:</numerusform>
            <numerusform>%n working servers for %1, best first:</numerusform>
        </translation>
    </message>
    <message>
        <source>User name: most providers expect the full address, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ExistingArchive</name>
    <message>
        <source>There is no archive folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive “%1” is in use by another Postbote; this shows what it has archived so far.</source>
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
    <message>
        <source>Trust only the CA certificates in this PEM file, not the system’s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --account: the account defines it. Change it with “postbote-cli account edit”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs the name of a stored account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --password-file or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   or: postbote-cli fetch --account NAME [--password-file F | --password-stdin] [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::Cli::ListCommand</name>
    <message>
        <source>seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <comment>only the header was fetched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a JSON array for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.</source>
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
    <name>Postbote::Cli::ShowCommand</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked.</source>
        <translation>
            <numerusform>%n remote resource blocked.</numerusform>
            <numerusform>%n remote resources blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder that holds the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message as safe HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message file as it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every attachment into DIR under a safe name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the message, as “postbote-cli list” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive is missing: name the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one of --html, --raw or --save-attachments DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message ID is missing: run “postbote-cli list” to see the IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a message ID: IDs are positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message with ID %1 in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::CredentialError</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the password. Unlock the keychain (your login keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the password cannot be stored. Postbote keeps it in memory until it quits and never writes it to a file; install and start a Secret Service such as GNOME Keyring or KWallet to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::DemoAccount</name>
    <message>
        <source>The demo account could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account was added, but the settings could not be saved. Check that you may write to the settings file.</source>
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
    <name>Postbote::FetchQueue</name>
    <message>
        <source>No password is stored for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”, and there is no keychain to keep it in. Enter the password to fetch the account&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail of the account “%1” cannot be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the mail of the account “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the mail of the account “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::FetchStatusWidget</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching (what has arrived stays in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “%1” …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “%1”: %2 of %3 messages, %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::InboxView</name>
    <message>
        <source>Search sender, subject and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MailTrayIcon</name>
    <message>
        <source>Postbote – no unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Postbote – %n unread message(s)</source>
        <translation>
            <numerusform>Postbote – %n unread message</numerusform>
            <numerusform>Postbote – %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) in “%1”</source>
        <translation>
            <numerusform>%n new message in “%1”</numerusform>
            <numerusform>%n new messages in “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Postbote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
    <name>Postbote::MainActions</name>
    <message>
        <source>&amp;Fetch All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new mail for every account (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch &amp;This Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop fetching; what has arrived stays in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected as .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected as &amp;mbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the message in Postbote; the server follows the account&apos;s retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Deleted Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;Beside the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postbote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Tray Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify of New Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MainWindow</name>
    <message>
        <source>Ready. Press F5 to fetch new mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Postbote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Postbote %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Retrieves mail over POP3 and shows every command and reply as it happens.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postbote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: no new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n new message(s).</source>
        <translation>
            <numerusform>“%1”: %n new message.</numerusform>
            <numerusform>“%1”: %n new messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>%n message restored.</numerusform>
            <numerusform>%n messages restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted locally; the server follows the account&apos;s retention policy.</source>
        <translation>
            <numerusform>%n message deleted locally; the server follows the account&apos;s retention policy.</numerusform>
            <numerusform>%n messages deleted locally; the server follows the account&apos;s retention policy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the messages to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n message exported to “%1”.</numerusform>
            <numerusform>%n messages exported to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as mbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mbox files (*.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as .eml files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageFormat</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the header was downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageHeaderView</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageListLoader</name>
    <message>
        <source>The archive index has another layout; open the archive once to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive index “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageListModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::MessageView</name>
    <message>
        <source>Select a message to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is very long; only the first %1 of its text are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n remote item(s)…</source>
        <translation>
            <numerusform>Loading %n remote item…</numerusform>
            <numerusform>Loading %n remote items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remote content loaded (%n item(s)).</source>
        <translation>
            <numerusform>Remote content loaded (%n item).</numerusform>
            <numerusform>Remote content loaded (%n items).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote item(s) could not be loaded.</source>
        <translation>
            <numerusform>%n remote item could not be loaded.</numerusform>
            <numerusform>%n remote items could not be loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The link could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postbote does not open this kind of link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the message as it is stored, with all header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is long; only its first %1 are shown here.</source>
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
    <name>Postbote::MimeMessage</name>
    <message>
        <source>Could not read the message file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no attachment number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the attachment as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as a message; nothing of it can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multipart section of the message has no final boundary: the message may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part of a multipart section begins with its declared boundary; its text is shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The structure of the message is damaged; parts of it may be missing or shown wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is nested more than %1 levels deep; the deeper parts are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the remaining parts are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text uses the unknown character set “%1”; it is shown as well as possible and some characters may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid in its declared character set “%1”; it is shown as well as possible and some characters may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid in the character set “%1”; they are shown as �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some header fields use an unknown or undeclared character set; they may be shown wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header field is longer than 1 MB; only its beginning is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters were removed from the header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the message has damaged base64 encoding; its content may be incomplete or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the message is very long; only its beginning is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is encrypted; Postbote cannot show its content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::PasswordPrompt</name>
    <message>
        <source>Password for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is stored only after the server has accepted it, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so the password cannot be stored. Postbote keeps it in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Postbote has no password for the account “%1”. Enter it to fetch the account&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of the account “%1”. Enter the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of the account “%1”. It said: “%2”. Enter the right one.</source>
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
    <name>Postbote::ProbeResult</name>
    <message>
        <source>TLS, certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate NOT trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS, certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS, certificate NOT trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ProtocolLogDock</name>
    <message>
        <source>Could not save the dialogue as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export POP3 Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop3-dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 Dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the POP3 dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the lines that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which kinds of lines to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new lines back to read in peace; they appear when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all lines from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines if none are selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown lines as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waiting</source>
        <translation>
            <numerusform>%n line waiting</numerusform>
            <numerusform>%n lines waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postbote::ProtocolLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::RemoteContentBar</name>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Remote content was blocked to protect your privacy (%n item).</numerusform>
            <numerusform>Remote content was blocked to protect your privacy (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <source>Show remote content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the blocked images of this message from the Internet. The sender can then see that and when you read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::RemoteResourceLoader</name>
    <message>
        <source>Only http and https addresses are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message refers to more than %1 remote resources; the rest are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote content of this message is larger than %1 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an address that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the remote content took too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::RetentionEditor</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the server once archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep on the server for a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the newest messages on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at most this much on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postbote deletes a message on the server only once it is safely in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;headers of messages larger than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete on the server what I &amp;delete in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a server without &amp;UIDL (download everything each time, never delete)</source>
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
    <name>Postbote::SafeFileName</name>
    <message>
        <source>attachment</source>
        <comment>file name for an attachment without a usable name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free file name for “%1” in “%2”.</source>
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
    <name>Postbote::ServerDiscovery</name>
    <message>
        <source>“%1” is not a valid e-mail address. Enter it as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS resolver is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states in DNS that it offers no POP3 service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1, port %2 (%3) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n working server(s).</source>
        <translation>
            <numerusform>Found %n working server.</numerusform>
            <numerusform>Found %n working servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No working POP3 server was found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postbote::ServerProbe</name>
    <message>
        <source>The probe was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 did not answer in time.</source>
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
  list         list the messages of an archive
  show         show one archived message, its safe HTML, source or attachments
  export       export the archive as an mbox file or .eml files
  account      add, change, remove and discover accounts; passwords, trust
  demo-server  run the built-in demo POP3 server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postbote retrieves mail over POP3 and shows every command and reply as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo server and open its &quot;Demo&quot; account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
