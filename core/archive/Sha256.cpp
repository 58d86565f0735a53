// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/Sha256.h"

#include <QIODevice>

#if defined(POSTBOTE_OPENSSL_SHA256)
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace Postbote {

#if defined(POSTBOTE_OPENSSL_SHA256)
struct Sha256::Private
{
    Private()
        : ctx(EVP_MD_CTX_new())
    {
        reset();
    }
    ~Private() { EVP_MD_CTX_free(ctx); }
    void reset() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    void add(QByteArrayView data) { EVP_DigestUpdate(ctx, data.data(), size_t(data.size())); }
    QByteArray result()
    {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int length = 0;
        EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(digest.data()), &length);
        digest.resize(int(length));
        reset();
        return digest;
    }
    EVP_MD_CTX* ctx;
};
#else
struct Sha256::Private
{
    void add(QByteArrayView data) { hash.addData(data); }
    QByteArray result()
    {
        const QByteArray digest = hash.result();
        hash.reset();
        return digest;
    }
    QCryptographicHash hash {QCryptographicHash::Sha256};
};
#endif

Sha256::Sha256()
    : d(std::make_unique<Private>())
{ }

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty()) {
        d->add(data);
    }
}

bool Sha256::addData(QIODevice* device)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            return device->atEnd();
        }
        d->add(QByteArrayView(buffer.constData(), n));
    }
}

QByteArray Sha256::result()
{
    return d->result();
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace Postbote
