// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/auth/SaslMechanism.h"

#include <QCoreApplication>

namespace Postbote {

/// SASL PLAIN (RFC 4616): user name and password in one message, protected only by TLS.
class SaslPlain : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SaslPlain)

public:
    SaslPlain(const QString& user, const QString& password);
    ~SaslPlain() override;

    QByteArray name() const override { return QByteArrayLiteral("PLAIN"); }
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray& challenge) override;

private:
    bool isEncodable() const;
    QByteArray message() const;

    QByteArray m_user;
    QByteArray m_password;
    bool m_sent = false;
};

} // namespace Postbote
