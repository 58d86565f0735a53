// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QIODevice;

namespace Postbote {

/// Incremental SHA-256 (FIPS 180-4) of every stored message. It uses OpenSSL's libcrypto where
/// the build found it, which is several times faster than Qt 6.4's own implementation
/// (1.6 GB/s against 0.2 GB/s on a CPU with SHA extensions), and QCryptographicHash otherwise;
/// both give the same digest.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    /// Reads the device to its end; false on a read error.
    bool addData(QIODevice* device);
    /// The 32-byte digest; the object starts over afterwards.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Postbote
