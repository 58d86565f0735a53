// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/auth/SaslScram.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace Postbote {

namespace {

// RFC 5802 §7: gs2-header "n,," — client supports no channel binding, no authzid. Its base64
// form is what "c=" carries in the client-final message.
constexpr char Gs2Header[] = "n,,";

// RFC 5802 §7 "printable": the characters allowed in a nonce (all visible ASCII but ',').
bool isPrintable(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e || c == ',') {
            return false;
        }
    }
    return true;
}

QByteArray prepare(const QString& text)
{
    // RFC 5802 §5.1 asks for SASLprep (RFC 4013). Qt has no stringprep; NFKC is its core
    // (RFC 4013 §2.2) and gives the same result for all but unusual input (mapped-to-nothing
    // and non-ASCII space characters, prohibited code points), so it is used as an
    // approximation.
    return text.normalized(QString::NormalizationForm_KC).toUtf8();
}

QByteArray escapeUserName(QByteArray name)
{
    // RFC 5802 §5.1 "n": '=' and ',' would break the attribute syntax. '=' first, so the
    // escapes introduced for ',' are not escaped again.
    name.replace('=', QByteArrayLiteral("=3D"));
    name.replace(',', QByteArrayLiteral("=2C"));
    return name;
}

QByteArray randomNonce()
{
    // 24 random bytes are 32 base64 characters without padding; base64 has no ','.
    std::array<quint32, 6> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(
        reinterpret_cast<const char*>(words.data()), static_cast<qsizetype>(sizeof(words)));
    return bytes.toBase64();
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    // The length of a signature is public (it is the hash length); its content is not, so
    // every byte is compared whatever the outcome, as RFC 5802 §9 advises against timing
    // attacks.
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}

QByteArray xorBytes(const QByteArray& a, const QByteArray& b)
{
    QByteArray result(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i) {
        result[i] = static_cast<char>(a.at(i) ^ b.at(i));
    }
    return result;
}

// "x=value" with the expected attribute letter, or nothing.
std::optional<QByteArray> attribute(const QByteArray& field, char name)
{
    if (field.size() < 2 || field.at(0) != name || field.at(1) != '=') {
        return std::nullopt;
    }
    return field.mid(2);
}

// Server text shown to the user: visible ASCII only, and short.
QString serverText(const QByteArray& value)
{
    QByteArray shown = value.left(100);
    for (char& c : shown) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e) {
            c = '?';
        }
    }
    return QString::fromLatin1(shown);
}

} // namespace

SaslScram::SaslScram(QCryptographicHash::Algorithm algorithm, const QString& user,
    const QString& password, const QByteArray& clientNonce)
    : m_algorithm(algorithm)
    , m_user(escapeUserName(prepare(user)))
    , m_password(prepare(password))
    , m_clientNonce(clientNonce.isEmpty() ? randomNonce() : clientNonce)
{
    Q_ASSERT(isPrintable(m_clientNonce));
}

SaslScram::~SaslScram()
{
    wipeSecrets();
}

QByteArray SaslScram::name() const
{
    switch (m_algorithm) {
    case QCryptographicHash::Sha1:
        return QByteArrayLiteral("SCRAM-SHA-1");
    case QCryptographicHash::Sha256:
        return QByteArrayLiteral("SCRAM-SHA-256");
    case QCryptographicHash::Sha512:
        return QByteArrayLiteral("SCRAM-SHA-512");
    default:
        break;
    }
    return QByteArrayLiteral("SCRAM");
}

std::optional<QByteArray> SaslScram::initialResponse()
{
    if (m_step != Step::Start) {
        return std::nullopt;
    }
    m_clientFirstBare = QByteArray("n=" + m_user + ",r=" + m_clientNonce);
    m_step = Step::SentClientFirst;
    return QByteArray(Gs2Header + m_clientFirstBare);
}

std::optional<QByteArray> SaslScram::respond(const QByteArray& challenge)
{
    switch (m_step) {
    case Step::Start:
        // RFC 4422 §5: a server may ask for the initial response with an empty challenge.
        if (challenge.isEmpty()) {
            return initialResponse();
        }
        break;
    case Step::SentClientFirst:
        return clientFinal(challenge);
    case Step::SentClientFinal:
        return verifyServerFinal(challenge);
    case Step::Done:
    case Step::Failed:
        break;
    }
    return fail(tr("The server sent an unexpected SCRAM challenge; try another login method."));
}

std::optional<QByteArray> SaslScram::clientFinal(const QByteArray& serverFirst)
{
    const QString invalid
        = tr("The server sent an invalid SCRAM challenge; try another login method.");
    // RFC 5802 §7: server-first-message = [reserved-mext ","] nonce "," salt ","
    // iteration-count ["," extensions]
    const QList<QByteArray> fields = serverFirst.split(',');
    if (attribute(fields.first(), 'm')) {
        // RFC 5802 §5.1: "m" is reserved for mandatory extensions, which must fail.
        return fail(tr("The server requires a SCRAM extension that Postbote does not support; "
                       "try another login method."));
    }
    if (const auto error = attribute(fields.first(), 'e')) {
        return fail(tr("The server rejected the SCRAM login (%1); check the user name and "
                       "password.")
                        .arg(serverText(*error)));
    }
    if (fields.size() < 3) {
        return fail(invalid);
    }
    const auto nonce = attribute(fields.at(0), 'r');
    const auto salt64 = attribute(fields.at(1), 's');
    const auto iterationText = attribute(fields.at(2), 'i');
    if (!nonce || !salt64 || !iterationText) {
        return fail(invalid);
    }
    // RFC 5802 §5.1: the server appends its part to our nonce; anything else is not an
    // answer to this exchange.
    if (!nonce->startsWith(m_clientNonce) || nonce->size() <= m_clientNonce.size()
        || !isPrintable(*nonce)) {
        return fail(invalid);
    }
    const auto salt
        = QByteArray::fromBase64Encoding(*salt64, QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty()) {
        return fail(invalid);
    }
    if (iterationText->isEmpty()) {
        return fail(invalid);
    }
    for (const char c : *iterationText) {
        if (c < '0' || c > '9') {
            return fail(invalid);
        }
    }
    // Nine digits still fit an int; longer is beyond the limit anyway.
    const int iterations = iterationText->size() > 9 ? MaxIterations + 1 : iterationText->toInt();
    if (iterations <= 0) {
        return fail(invalid);
    }
    if (iterations > MaxIterations) {
        return fail(tr("The server asked for an unreasonable amount of password hashing "
                       "(%1 rounds), so the login was cancelled; contact your provider.")
                        .arg(serverText(*iterationText)));
    }

    const int hashLength = QCryptographicHash::hashLength(m_algorithm);
    QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        m_algorithm, m_password, *salt, iterations, static_cast<quint64>(hashLength));
    if (saltedPassword.size() != hashLength) {
        saltedPassword.fill('\0');
        return fail(invalid);
    }
    // RFC 5802 §3: the proof and the signature the server must show later.
    QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
    QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    saltedPassword.fill('\0');

    const QByteArray withoutProof
        = QByteArray("c=" + QByteArray(Gs2Header).toBase64() + ",r=" + *nonce);
    const QByteArray authMessage
        = QByteArray(m_clientFirstBare + ',' + serverFirst + ',' + withoutProof);
    const QByteArray clientProof = xorBytes(clientKey, hmac(storedKey, authMessage));
    m_serverSignature = hmac(serverKey, authMessage);
    clientKey.fill('\0');
    serverKey.fill('\0');
    m_password.fill('\0');
    m_password.clear();

    m_step = Step::SentClientFinal;
    return QByteArray(withoutProof + ",p=" + clientProof.toBase64());
}

std::optional<QByteArray> SaslScram::verifyServerFinal(const QByteArray& serverFinal)
{
    const QString impostor
        = tr("The server could not prove that it knows your password and may be an impostor, "
             "so the login was cancelled; check the server name and your network, or contact "
             "your provider.");
    // RFC 5802 §7: server-final-message = (server-error / verifier) ["," extensions]
    const qsizetype comma = serverFinal.indexOf(',');
    const QByteArray first = comma < 0 ? serverFinal : serverFinal.left(comma);
    if (const auto error = attribute(first, 'e')) {
        return fail(tr("The server rejected the SCRAM login (%1); check the user name and "
                       "password.")
                        .arg(serverText(*error)));
    }
    const auto verifier = attribute(first, 'v');
    if (!verifier) {
        return fail(impostor);
    }
    const auto signature
        = QByteArray::fromBase64Encoding(*verifier, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || !equalInConstantTime(*signature, m_serverSignature)) {
        return fail(impostor);
    }
    m_serverSignature.clear();
    m_step = Step::Done;
    // RFC 5034 §4 has no "additional data with success", so the server sends its proof as a
    // challenge and waits for an empty response.
    return QByteArray();
}

std::nullopt_t SaslScram::fail(const QString& error)
{
    setErrorString(error);
    m_step = Step::Failed;
    wipeSecrets();
    return std::nullopt;
}

QByteArray SaslScram::hmac(const QByteArray& key, const QByteArray& message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

void SaslScram::wipeSecrets()
{
    m_password.fill('\0');
    m_password.clear();
    m_serverSignature.clear();
}

} // namespace Postbote
