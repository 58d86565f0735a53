// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace Postbote {

/// Everything that can end a POP3 session early, as one value: what kind of failure it was
/// (which decides the CLI's exit code and what the UI offers), one translated sentence that
/// says what happened and what to do, and the server's own words where it gave any.
class Pop3Error
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::Pop3Error)

public:
    enum class Kind {
        None,
        Network,         ///< connection refused, lost, host unknown
        Timeout,         ///< connect, handshake or a reply took too long
        Tls,             ///< the TLS handshake failed
        SecurityRefusal, ///< untrusted certificate, missing STLS, cleartext not allowed
        Authentication,  ///< the server refused the credentials ([AUTH], RFC 3206)
        Server,    ///< the server refused something else, or is busy ([IN-USE], [SYS/TEMP] …)
        Protocol,  ///< the server broke the protocol (bad status line, line too long …)
        Storage,   ///< the local sink could not store data
        Cancelled, ///< the caller aborted
    };

    Pop3Error() = default;
    Pop3Error(Kind kind, const QString& message, const QByteArray& serverText = {},
        const QByteArray& responseCode = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// One translated sentence: what happened and what to do.
    QString message() const { return m_message; }
    /// The server's text of the refusing reply, response code removed; may be empty.
    QString serverText() const { return m_serverText; }
    /// RFC 2449 §8 / RFC 3206 response code without brackets ("IN-USE", "AUTH" …).
    QByteArray responseCode() const { return m_responseCode; }
    /// The message followed by the server's text in quotes, if there is one.
    QString toString() const;

    /// True if the connection dropped while more than one command was in flight: the server
    /// may not cope with PIPELINING, and the caller should retry with it off.
    bool pipelineDropped() const { return m_pipelineDropped; }
    void setPipelineDropped(bool dropped) { m_pipelineDropped = dropped; }

    QList<QSslError> sslErrors() const { return m_sslErrors; }
    QList<QSslCertificate> certificateChain() const { return m_chain; }
    void setCertificateProblem(const QList<QSslError>& errors, const QList<QSslCertificate>& chain);

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_serverText;
    QByteArray m_responseCode;
    bool m_pipelineDropped = false;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
};

} // namespace Postbote

Q_DECLARE_METATYPE(Postbote::Pop3Error)
Q_DECLARE_METATYPE(Postbote::Pop3Error::Kind)
