// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/auth/SaslMechanism.h"

#include <QCoreApplication>

namespace Postbote {

/// SASL CRAM-MD5 (RFC 2195): proves knowledge of the password with an HMAC-MD5 over the
/// server's challenge, so the password itself never crosses the wire.
class SaslCramMd5 : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SaslCramMd5)

public:
    SaslCramMd5(const QString& user, const QString& password);
    ~SaslCramMd5() override;

    QByteArray name() const override { return QByteArrayLiteral("CRAM-MD5"); }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    std::optional<QByteArray> respond(const QByteArray& challenge) override;

private:
    QByteArray m_user;
    QByteArray m_password;
    bool m_answered = false;
};

} // namespace Postbote
