// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for Pop3ReplyParser. The first three bytes choose the parameters, the rest
// is what a (hostile) server sends:
//   byte 0: chunk size (1..64, or the default when the top bit is set)
//   byte 1: seed of the split pattern (0 = everything in one feed)
//   byte 2: bit i says whether the i-th status line (mod 8) belongs to a multi-line command
// The input is run twice, once in one feed and once split, and both runs must agree with
// each other and with a plain line-by-line model of RFC 1939 §3; any broken invariant aborts.
#include "pop3/Pop3ReplyParser.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Postbote::Pop3Reply;
using Postbote::Pop3ReplyParser;
using Event = Pop3ReplyParser::Event;

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_pop3replyparser: invariant broken: %s\n", what);
        std::abort();
    }
}

struct Params
{
    qsizetype chunkSize = Pop3ReplyParser::DefaultChunkSize;
    quint32 splitSeed = 0;
    quint8 multilineBits = 0;
    bool multilineFor(qsizetype status) const { return (multilineBits >> (status % 8)) & 1; }
};

// The observable result: status lines, payload bytes (merged, as their cut depends on the
// split) and End/Error markers, in one byte string.
QByteArray encodeReply(const Pop3Reply& reply)
{
    return "S" + QByteArray::number(int(reply.status)) + '[' + reply.code + ']' + reply.text + '\n';
}

QByteArray runParser(QByteArrayView input, const Params& params, bool split)
{
    Pop3ReplyParser parser(params.chunkSize);
    QByteArray out;
    QByteArray pending;
    qsizetype statuses = 0;
    bool failed = false;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            out += "D" + QByteArray::number(pending.size()) + ':' + pending;
            pending.clear();
        }
    };
    auto drain = [&](qsizetype lastFeed) {
        for (;;) {
            if (!parser.inMultiline()) {
                parser.setMultilineExpected(params.multilineFor(statuses));
            }
            check(parser.bufferedBytes() <= Pop3ReplyParser::MaxStatusLine + lastFeed,
                "buffer larger than one status line plus one feed");
            const Event e = parser.next();
            switch (e.type) {
            case Event::Type::NeedMore:
                check(parser.inMultiline()
                        ? parser.bufferedBytes() <= 2
                        : parser.bufferedBytes() < Pop3ReplyParser::MaxStatusLine,
                    "bytes held back after NeedMore");
                return;
            case Event::Type::Status:
                check(!failed, "status after error");
                flush();
                out += encodeReply(e.reply);
                ++statuses;
                break;
            case Event::Type::Data:
                check(!failed, "data after error");
                check(!e.data.isEmpty(), "empty data event");
                check(e.data.size() <= parser.chunkSize(), "data event larger than chunkSize");
                pending += e.data;
                break;
            case Event::Type::End:
                check(!failed, "end after error");
                flush();
                out += "E\n";
                break;
            case Event::Type::Error:
                check(e.error != Pop3ReplyParser::Error::None, "error event without error");
                if (!failed) {
                    flush();
                    out += "X" + QByteArray::number(int(e.error)) + '\n';
                }
                failed = true;
                check(parser.bufferedBytes() == 0, "broken stream still buffered");
                check(parser.next().type == Event::Type::Error, "error not sticky");
                return;
            }
        }
    };

    if (!split) {
        parser.feed(input);
        drain(input.size());
    } else {
        quint32 state = params.splitSeed;
        for (qsizetype pos = 0; pos < input.size();) {
            // xorshift: cheap, and a given input always splits the same way (reproducible).
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const qsizetype n = qMin<qsizetype>(
                input.size() - pos, 1 + (state % 16 == 0 ? state % 600 : state % 7));
            parser.feed(input.sliced(pos, n));
            pos += n;
            drain(n);
        }
        drain(0);
    }
    flush();
    return out;
}

// A deliberately simple model: whole lines, no streaming, no chunking.
QByteArray runModel(QByteArrayView input, const Params& params)
{
    QByteArray out;
    QByteArray pending;
    qsizetype statuses = 0;
    bool payload = false;
    qsizetype pos = 0;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            out += "D" + QByteArray::number(pending.size()) + ':' + pending;
            pending.clear();
        }
    };
    while (pos < input.size()) {
        const qsizetype lf = input.indexOf('\n', pos);
        if (!payload) {
            const qsizetype length = lf < 0 ? input.size() - pos : lf - pos + 1;
            if (length > Pop3ReplyParser::MaxStatusLine
                || (lf < 0 && length == Pop3ReplyParser::MaxStatusLine)) {
                out += "X" + QByteArray::number(int(Pop3ReplyParser::Error::StatusLineTooLong))
                    + '\n';
                return out;
            }
            if (lf < 0) {
                return out; // incomplete status line: nothing to report yet
            }
            QByteArrayView line = input.sliced(pos, lf - pos);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            const std::optional<Pop3Reply> reply = Pop3Reply::fromStatusLine(line);
            if (!reply) {
                out += "X" + QByteArray::number(int(Pop3ReplyParser::Error::MalformedStatus))
                    + '\n';
                return out;
            }
            out += encodeReply(*reply);
            payload = reply->status == Pop3Reply::Status::Ok && params.multilineFor(statuses);
            ++statuses;
            pos = lf + 1;
            continue;
        }
        const QByteArrayView line = input.sliced(pos, (lf < 0 ? input.size() : lf + 1) - pos);
        if (line == ".\r\n" || line == ".\n") {
            flush();
            out += "E\n";
            payload = false;
        } else if (lf < 0 && (line == "." || line == ".\r")) {
            break; // its meaning is not known yet
        } else {
            pending += line.startsWith('.') ? line.sliced(1) : line;
        }
        pos += line.size();
    }
    flush();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    if (size < 3) {
        return 0;
    }
    Params params;
    if (!(bytes[0] & 0x80)) {
        params.chunkSize = 1 + (bytes[0] & 0x3f);
    }
    params.splitSeed = bytes[1] == 0 ? 0 : 0x9e3779b9u * bytes[1];
    params.multilineBits = bytes[2];
    const QByteArrayView input(reinterpret_cast<const char*>(bytes + 3), qsizetype(size - 3));

    const QByteArray whole = runParser(input, params, false);
    const QByteArray model = runModel(input, params);
    check(whole == model, "parser disagrees with the line model");
    if (params.splitSeed != 0) {
        check(runParser(input, params, true) == whole, "result depends on how input is split");
    }
    return 0;
}
