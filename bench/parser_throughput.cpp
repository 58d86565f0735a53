// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of Pop3ReplyParser on one 100 MB RETR payload of typical mail lines, fed in
// 64 KiB reads as a socket would deliver them. Prints the median of five runs.
//   bench_parser_throughput [megabytes]
#include "pop3/Pop3ReplyParser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using Postbote::Pop3ReplyParser;

namespace {

constexpr qsizetype ReadSize = 64 * 1024;
constexpr int Runs = 5;

struct Payload
{
    QByteArray wire;         ///< status line, dot-stuffed body, terminator
    qsizetype bodyBytes = 0; ///< the body after unstuffing
};

QByteArray textLine(QRandomGenerator& gen)
{
    static const char* const words[] = {"the", "mail", "server", "POP3", "message", "retrieve",
        "Postbote", "delivered", "archive", "und", "die", "Nachricht", "wurde", "abgeholt",
        "regards,", "meeting", "tomorrow", "at", "10:00", "attachment"};
    QByteArray line;
    const qsizetype target = gen.bounded(40, 78);
    while (line.size() < target) {
        if (!line.isEmpty()) {
            line += ' ';
        }
        line += words[gen.bounded(int(std::size(words)))];
    }
    return line;
}

QByteArray base64Line(QRandomGenerator& gen)
{
    static const char alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray line(76, Qt::Uninitialized);
    for (char& c : line) {
        c = alphabet[gen.bounded(64)];
    }
    return line;
}

Payload buildPayload(qsizetype bodyTarget)
{
    QRandomGenerator gen(20240917);
    Payload p;
    p.wire.reserve(bodyTarget + bodyTarget / 50 + 64);
    p.wire += "+OK " + QByteArray::number(bodyTarget) + " octets\r\n";
    while (p.bodyBytes < bodyTarget) {
        const quint32 kind = gen.bounded(100);
        QByteArray line;
        if (kind < 45) {
            line = textLine(gen);
        } else if (kind < 85) {
            line = base64Line(gen);
        } else if (kind < 90) {
            line = "Received: from mx" + QByteArray::number(gen.bounded(100))
                + ".example.org (mx.example.org [192.0.2.1]) by pop.example.net";
        } else if (kind < 95) {
            line = QByteArray(); // paragraph break
        } else if (kind < 98) {
            line = "." + textLine(gen); // leading dot: stuffed on the wire (RFC 1939 §3)
        } else {
            line = "> " + textLine(gen);
        }
        p.bodyBytes += line.size() + 2;
        if (line.startsWith('.')) {
            p.wire += '.';
        }
        p.wire += line;
        p.wire += "\r\n";
    }
    p.wire += ".\r\n";
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    const qsizetype megabytes = argc > 1 ? std::atoi(argv[1]) : 100;
    const Payload payload = buildPayload(megabytes * 1000 * 1000);
    std::printf("payload: %lld wire bytes, %lld body bytes, %lld-byte reads\n",
        static_cast<long long>(payload.wire.size()), static_cast<long long>(payload.bodyBytes),
        static_cast<long long>(ReadSize));

    QList<double> rates;
    for (int run = 0; run < Runs; ++run) {
        Pop3ReplyParser parser;
        parser.setMultilineExpected(true);
        qsizetype received = 0;
        int statuses = 0;
        int ends = 0;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype pos = 0; pos < payload.wire.size(); pos += ReadSize) {
            parser.feed(QByteArrayView(payload.wire)
                            .sliced(pos, qMin(ReadSize, payload.wire.size() - pos)));
            for (;;) {
                const Pop3ReplyParser::Event e = parser.next();
                if (e.type == Pop3ReplyParser::Event::Type::NeedMore) {
                    break;
                }
                if (e.type == Pop3ReplyParser::Event::Type::Data) {
                    received += e.data.size();
                } else if (e.type == Pop3ReplyParser::Event::Type::Status) {
                    ++statuses;
                } else if (e.type == Pop3ReplyParser::Event::Type::End) {
                    ++ends;
                    parser.setMultilineExpected(false);
                } else {
                    std::fprintf(stderr, "parser error %d\n", int(e.error));
                    return 1;
                }
            }
        }
        const qint64 ns = timer.nsecsElapsed();
        if (received != payload.bodyBytes || statuses != 1 || ends != 1) {
            std::fprintf(stderr, "wrong result: %lld body bytes (want %lld), %d status, %d end\n",
                static_cast<long long>(received), static_cast<long long>(payload.bodyBytes),
                statuses, ends);
            return 1;
        }
        const double rate = double(payload.wire.size()) / 1e6 / (double(ns) / 1e9);
        std::printf("run %d: %.1f ms, %.0f MB/s\n", run + 1, double(ns) / 1e6, rate);
        rates << rate;
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median: %.0f MB/s (1 MB = 10^6 bytes of wire input)\n", rates.at(Runs / 2));
    return 0;
}
