// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pop3/auth/SaslMechanism.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Postbote {

/// SASL SCRAM (RFC 5802) with SHA-1 or SHA-256 (RFC 7677), without channel binding.
/// Unlike the other mechanisms it also authenticates the server: isComplete() stays false
/// until the server has proven that it knows the password.
class SaslScram : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Postbote::SaslScram)

public:
    /// Highest iteration count accepted from a server; more would let a hostile server keep
    /// the client busy hashing (RFC 5802 §9 leaves the limit to the client).
    static constexpr int MaxIterations = 1000000;

    /// \a clientNonce is for tests; empty means a fresh random nonce.
    SaslScram(QCryptographicHash::Algorithm algorithm, const QString& user, const QString& password,
        const QByteArray& clientNonce = {});
    ~SaslScram() override;

    QByteArray name() const override;
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray& challenge) override;
    bool isComplete() const override { return m_step == Step::Done; }

private:
    enum class Step { Start, SentClientFirst, SentClientFinal, Done, Failed };

    std::optional<QByteArray> clientFinal(const QByteArray& serverFirst);
    std::optional<QByteArray> verifyServerFinal(const QByteArray& serverFinal);
    std::nullopt_t fail(const QString& error);
    QByteArray hmac(const QByteArray& key, const QByteArray& message) const;
    void wipeSecrets();

    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_user;     ///< prepared and escaped (RFC 5802 §5.1 "n")
    QByteArray m_password; ///< prepared, UTF-8
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
    Step m_step = Step::Start;
};

} // namespace Postbote
