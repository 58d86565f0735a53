// SPDX-License-Identifier: GPL-3.0-or-later
#include "pop3/Pop3ReplyParser.h"

#include <QRandomGenerator>
#include <QTest>

using Postbote::Pop3Reply;
using Postbote::Pop3ReplyParser;
using Event = Pop3ReplyParser::Event;

namespace {

// How the input is cut into feeds: whole, byte by byte, or random pieces from a fixed seed.
constexpr int Whole = -1;
constexpr int Bytewise = 0;

QByteArray escaped(const QByteArray& bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\\') {
            out += "\\\\";
        } else if (uchar(c) < 0x20 || uchar(c) >= 0x7f) {
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out;
}

// Events are compared as readable strings so that a failure shows the whole sequence.
QByteArray describe(const Pop3Reply& reply)
{
    const char* status = reply.status == Pop3Reply::Status::Ok ? "OK"
        : reply.status == Pop3Reply::Status::Err               ? "ERR"
                                                               : "CONT";
    return QByteArray(status) + " [" + reply.code + "] |" + escaped(reply.text) + '|';
}

QByteArray ok(const QByteArray& text = {}, const QByteArray& code = {})
{
    return "OK [" + code + "] |" + escaped(text) + '|';
}

QByteArray err(const QByteArray& text = {}, const QByteArray& code = {})
{
    return "ERR [" + code + "] |" + escaped(text) + '|';
}

QByteArray cont(const QByteArray& text = {})
{
    return "CONT [] |" + escaped(text) + '|';
}

QByteArray data(const QByteArray& bytes)
{
    return "DATA |" + escaped(bytes) + '|';
}

QByteArray end()
{
    return "END";
}

QByteArray error(Pop3ReplyParser::Error e)
{
    return e == Pop3ReplyParser::Error::StatusLineTooLong ? "ERROR too-long"
        : e == Pop3ReplyParser::Error::MalformedStatus    ? "ERROR malformed"
                                                          : "ERROR none";
}

QList<qsizetype> pieces(qsizetype size, int mode)
{
    QList<qsizetype> result;
    if (mode == Whole) {
        result << size;
    } else if (mode == Bytewise) {
        result.fill(1, size);
    } else {
        QRandomGenerator gen {quint32(mode)};
        for (qsizetype done = 0; done < size;) {
            // Mostly short pieces so that every boundary gets hit, now and then long ones.
            const qsizetype n = gen.bounded(8) == 0 ? gen.bounded(1, 200) : gen.bounded(1, 6);
            result << qMin(n, size - done);
            done += result.last();
        }
    }
    return result;
}

// Feeds `input` in the given pieces, draining after each, and returns the events. The caller's
// knowledge of multi-line commands is modelled as one flag per status line, in order. Data
// events are merged, since their cut depends on the split. Broken invariants show up as
// VIOLATION entries so that the comparison fails with them in view.
QList<QByteArray> drive(const QByteArray& input, const QList<bool>& multiline,
    const QList<qsizetype>& split, qsizetype chunkSize = Pop3ReplyParser::DefaultChunkSize)
{
    Pop3ReplyParser parser(chunkSize);
    QList<QByteArray> events;
    QByteArray pendingData;
    qsizetype statusSeen = 0;
    bool failed = false;
    auto flushData = [&] {
        if (!pendingData.isEmpty()) {
            events << data(pendingData);
            pendingData.clear();
        }
    };
    auto drain = [&] {
        for (;;) {
            if (!parser.inMultiline()) {
                parser.setMultilineExpected(statusSeen < multiline.size() && multiline[statusSeen]);
            }
            const Event e = parser.next();
            switch (e.type) {
            case Event::Type::NeedMore:
                if (parser.inMultiline()
                        ? parser.bufferedBytes() > 2
                        : parser.bufferedBytes() >= Pop3ReplyParser::MaxStatusLine) {
                    events << "VIOLATION buffered " + QByteArray::number(parser.bufferedBytes());
                }
                return;
            case Event::Type::Status:
                if (failed) {
                    events << "VIOLATION status after error";
                }
                flushData();
                events << describe(e.reply);
                ++statusSeen;
                break;
            case Event::Type::Data:
                if (e.data.isEmpty() || e.data.size() > chunkSize) {
                    events << "VIOLATION data size " + QByteArray::number(e.data.size());
                }
                pendingData += e.data;
                break;
            case Event::Type::End:
                flushData();
                events << end();
                break;
            case Event::Type::Error:
                flushData();
                if (!failed) {
                    events << error(e.error);
                }
                failed = true;
                if (parser.next().type != Event::Type::Error) {
                    events << "VIOLATION error not sticky";
                }
                return;
            }
        }
    };
    qsizetype offset = 0;
    for (const qsizetype n : split) {
        parser.feed(QByteArrayView(input).sliced(offset, n));
        offset += n;
        drain();
    }
    drain();
    flushData();
    return events;
}

} // namespace

class TestPop3ReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromStatusLine_data();
    void fromStatusLine();
    void events_data();
    void events();
    void nothingFedNeedsMore();
    void terminatorSplitEverywhere();
    void statusFlood_data();
    void statusFlood();
    void statusLineLimitIsExact();
    void endlessPayloadLineStreams_data();
    void endlessPayloadLineStreams();
    void largePayloadChunks();
    void errorIsSticky();
    void resetDiscardsEverything();

private:
    static void addRows(const char* name, const QByteArray& input, const QList<bool>& multiline,
        const QList<QByteArray>& expected);
};

void TestPop3ReplyParser::fromStatusLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("text");

    const int Ok = int(Pop3Reply::Status::Ok);
    const int Err = int(Pop3Reply::Status::Err);
    const int Cont = int(Pop3Reply::Status::Continuation);
    QTest::newRow("ok bare") << QByteArray("+OK") << true << Ok << QByteArray() << QByteArray();
    QTest::newRow("ok space") << QByteArray("+OK ") << true << Ok << QByteArray() << QByteArray();
    QTest::newRow("ok text") << QByteArray("+OK 2 320") << true << Ok << QByteArray()
                             << QByteArray("2 320");
    QTest::newRow("ok one space eaten")
        << QByteArray("+OK  two") << true << Ok << QByteArray() << QByteArray(" two");
    QTest::newRow("err bare") << QByteArray("-ERR") << true << Err << QByteArray() << QByteArray();
    QTest::newRow("err text") << QByteArray("-ERR no such message") << true << Err << QByteArray()
                              << QByteArray("no such message");
    QTest::newRow("code in-use") << QByteArray("-ERR [IN-USE] busy") << true << Err
                                 << QByteArray("IN-USE") << QByteArray("busy");
    QTest::newRow("code sys/temp") << QByteArray("-ERR [SYS/TEMP] try later") << true << Err
                                   << QByteArray("SYS/TEMP") << QByteArray("try later");
    QTest::newRow("code only") << QByteArray("-ERR [AUTH]") << true << Err << QByteArray("AUTH")
                               << QByteArray();
    QTest::newRow("code on ok") << QByteArray("+OK [LOGIN-DELAY] soon") << true << Ok
                                << QByteArray("LOGIN-DELAY") << QByteArray("soon");
    QTest::newRow("code unclosed") << QByteArray("-ERR [IN-USE busy") << true << Err << QByteArray()
                                   << QByteArray("[IN-USE busy");
    QTest::newRow("code empty") << QByteArray("-ERR [] x") << true << Err << QByteArray()
                                << QByteArray("[] x");
    QTest::newRow("code empty level") << QByteArray("-ERR [SYS//TEMP] x") << true << Err
                                      << QByteArray() << QByteArray("[SYS//TEMP] x");
    QTest::newRow("bracketed prose") << QByteArray("-ERR [not a code] x") << true << Err
                                     << QByteArray() << QByteArray("[not a code] x");
    QTest::newRow("code not at start") << QByteArray("-ERR busy [IN-USE]") << true << Err
                                       << QByteArray() << QByteArray("busy [IN-USE]");
    QTest::newRow("continuation") << QByteArray("+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+") << true
                                  << Cont << QByteArray()
                                  << QByteArray("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2U+");
    QTest::newRow("continuation bare")
        << QByteArray("+") << true << Cont << QByteArray() << QByteArray();
    QTest::newRow("continuation empty")
        << QByteArray("+ ") << true << Cont << QByteArray() << QByteArray();
    QTest::newRow("continuation no code")
        << QByteArray("+ [X] y") << true << Cont << QByteArray() << QByteArray("[X] y");
    QTest::newRow("lowercase ok") << QByteArray("+ok") << false << 0 << QByteArray()
                                  << QByteArray();
    QTest::newRow("lowercase err")
        << QByteArray("-err x") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("okay") << QByteArray("+OKAY") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("error") << QByteArray("-ERROR") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("tab") << QByteArray("+OK\tx") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("leading space")
        << QByteArray(" +OK") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("garbage") << QByteArray("HELLO") << false << 0 << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << 0 << QByteArray() << QByteArray();
}

void TestPop3ReplyParser::fromStatusLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, text);

    const std::optional<Pop3Reply> reply = Pop3Reply::fromStatusLine(line);
    QCOMPARE(reply.has_value(), valid);
    if (valid) {
        QCOMPARE(int(reply->status), status);
        QCOMPARE(reply->code, code);
        QCOMPARE(reply->text, text);
        QVERIFY(reply->lines.isEmpty());
    }
}

void TestPop3ReplyParser::addRows(const char* name, const QByteArray& input,
    const QList<bool>& multiline, const QList<QByteArray>& expected)
{
    struct Mode
    {
        const char* tag;
        int mode;
        qsizetype chunkSize;
    };
    static const Mode modes[] = {
        {"whole", Whole, Pop3ReplyParser::DefaultChunkSize},
        {"bytewise", Bytewise, Pop3ReplyParser::DefaultChunkSize},
        {"seed1", 1, Pop3ReplyParser::DefaultChunkSize},
        {"seed2", 2, Pop3ReplyParser::DefaultChunkSize},
        {"seed3", 3, Pop3ReplyParser::DefaultChunkSize},
        {"seed4711", 4711, Pop3ReplyParser::DefaultChunkSize},
        {"whole-chunk3", Whole, 3},
        {"seed5-chunk1", 5, 1},
    };
    for (const Mode& m : modes) {
        QTest::addRow("%s/%s", name, m.tag)
            << input << multiline << expected << m.mode << m.chunkSize;
    }
}

void TestPop3ReplyParser::events_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<bool>>("multiline");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qsizetype>("chunkSize");

    using E = Pop3ReplyParser::Error;
    const QList<bool> single;
    const QList<bool> multi {true};

    // Status lines.
    addRows("ok bare", "+OK\r\n", single, {ok()});
    addRows("ok text", "+OK 2 320\r\n", single, {ok("2 320")});
    addRows("err bare", "-ERR\r\n", single, {err()});
    addRows("err text", "-ERR no such message\r\n", single, {err("no such message")});
    addRows("code in-use", "-ERR [IN-USE] busy\r\n", single, {err("busy", "IN-USE")});
    addRows("code sys/temp", "-ERR [SYS/TEMP] later\r\n", single, {err("later", "SYS/TEMP")});
    addRows("code unclosed", "-ERR [IN-USE busy\r\n", single, {err("[IN-USE busy")});
    addRows("continuation", "+ abc\r\n", single, {cont("abc")});
    addRows("continuation bare", "+\r\n", single, {cont()});
    addRows("lowercase ok", "+ok\r\n", single, {error(E::MalformedStatus)});
    addRows("lowercase err", "-err\r\n", single, {error(E::MalformedStatus)});
    addRows("garbage", "HELLO\r\n", single, {error(E::MalformedStatus)});
    addRows("okay", "+OKAY\r\n", single, {error(E::MalformedStatus)});
    addRows("empty line", "\r\n", single, {error(E::MalformedStatus)});
    addRows("bare lf status", "+OK hi\n-ERR\n", single, {ok("hi"), err()});
    addRows("cr inside text", "+OK a\rb\r\n", single, {ok("a\rb")});
    addRows("incomplete status", "+OK hel", single, {});
    addRows("statuses in a row", "+OK\r\n-ERR x\r\n+ y\r\n", single, {ok(), err("x"), cont("y")});
    const QByteArray fill506(506, 'x');
    addRows("status 512 with crlf", "+OK " + fill506 + "\r\n", single, {ok(fill506)});
    addRows(
        "status 513 with crlf", "+OK " + fill506 + "x\r\n", single, {error(E::StatusLineTooLong)});
    addRows("status 512 with lf", "+OK " + fill506 + "x\n", single, {ok(fill506 + 'x')});
    addRows("status 513 with lf", "+OK " + fill506 + "xx\n", single, {error(E::StatusLineTooLong)});
    addRows("error is final", "HELLO\r\n+OK\r\n", single, {error(E::MalformedStatus)});

    // Multi-line payloads (RFC 1939 §3).
    addRows("payload", "+OK\r\nline1\r\nline2\r\n.\r\n", multi,
        {ok(), data("line1\r\nline2\r\n"), end()});
    addRows("empty payload", "+OK\r\n.\r\n", multi, {ok(), end()});
    addRows("empty payload lf", "+OK\n.\n", multi, {ok(), end()});
    addRows("empty line payload", "+OK\r\n\r\n.\r\n", multi, {ok(), data("\r\n"), end()});
    addRows("dot stuffing", "+OK\r\n..\r\n...\r\n.x\r\n..x\r\n.\r\n", multi,
        {ok(), data(".\r\n..\r\nx\r\n.x\r\n"), end()});
    addRows("lone dot body line", "+OK\r\na\r\n..\r\nb\r\n.\r\n", multi,
        {ok(), data("a\r\n.\r\nb\r\n"), end()});
    addRows("dot inside lines", "+OK\r\nx.\r\na.b\r\n .\r\n.\r\n", multi,
        {ok(), data("x.\r\na.b\r\n .\r\n"), end()});
    addRows("dot space", "+OK\r\n. \r\n.\r\n", multi, {ok(), data(" \r\n"), end()});
    addRows("dot cr not terminator", "+OK\r\n.\rX\r\n.\r\n", multi, {ok(), data("\rX\r\n"), end()});
    addRows("dot cr cr", "+OK\r\n.\r\r\n.\r\n", multi, {ok(), data("\r\r\n"), end()});
    addRows("bare lf payload", "+OK\nA\n..\nB\n.\n", multi, {ok(), data("A\n.\nB\n"), end()});
    addRows("mixed line ends", "+OK\r\na\nb\r\n.\n", multi, {ok(), data("a\nb\r\n"), end()});
    addRows("binary payload", QByteArray("+OK\r\n\0\xff\x80\r\n.\r\n", 13), multi,
        {ok(), data(QByteArray("\0\xff\x80\r\n", 5)), end()});
    addRows("payload without end", "+OK\r\nabc", multi, {ok(), data("abc")});
    addRows("payload pending dot", "+OK\r\nabc\r\n.", multi, {ok(), data("abc\r\n")});
    addRows("payload pending dot cr", "+OK\r\nabc\r\n.\r", multi, {ok(), data("abc\r\n")});
    addRows("err opens no payload", "-ERR no\r\n+OK\r\n", {true, false}, {err("no"), ok()});
    addRows("continuation opens no payload", "+ abc\r\n.\r\n", multi,
        {cont("abc"), error(E::MalformedStatus)});
    addRows("long payload line", "+OK\r\n" + QByteArray(2000, 'y') + "\r\n.\r\n", multi,
        {ok(), data(QByteArray(2000, 'y') + "\r\n"), end()});
    addRows("pipelined", "+OK\r\nline\r\n.\r\n-ERR no\r\n+OK 2\r\n", {true, true, false},
        {ok(), data("line\r\n"), end(), err("no"), ok("2")});
    addRows("pipelined payloads", "+OK\r\na\r\n.\r\n+OK 2\r\n..b\r\n.\r\n", {true, true},
        {ok(), data("a\r\n"), end(), ok("2"), data(".b\r\n"), end()});
    addRows("garbage after payload", "+OK\r\na\r\n.\r\nHELLO\r\n", multi,
        {ok(), data("a\r\n"), end(), error(E::MalformedStatus)});
}

void TestPop3ReplyParser::events()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<bool>, multiline);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(int, mode);
    QFETCH(qsizetype, chunkSize);

    QCOMPARE(drive(input, multiline, pieces(input.size(), mode), chunkSize), expected);
}

void TestPop3ReplyParser::nothingFedNeedsMore()
{
    Pop3ReplyParser parser;
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    parser.feed(QByteArrayView());
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    QVERIFY(!parser.inMultiline());
    QCOMPARE(parser.chunkSize(), Pop3ReplyParser::DefaultChunkSize);
}

void TestPop3ReplyParser::terminatorSplitEverywhere()
{
    // Every way of cutting the input into three feeds, so that "\r\n.\r\n" and the dot-stuffed
    // lines around it are split at each pair of positions.
    const QByteArray input = "+OK\r\nab\r\n..\r\n\r\n.\r\n-ERR x\r\n";
    const QList<QByteArray> expected {ok(), data("ab\r\n.\r\n\r\n"), end(), err("x")};
    const QList<bool> multiline {true, false};
    for (qsizetype i = 0; i <= input.size(); ++i) {
        for (qsizetype j = i; j <= input.size(); ++j) {
            const QList<qsizetype> split {i, j - i, input.size() - j};
            QCOMPARE(drive(input, multiline, split), expected);
            QCOMPARE(drive(input, multiline, split, 2), expected);
        }
    }
}

void TestPop3ReplyParser::statusFlood_data()
{
    QTest::addColumn<qsizetype>("feedSize");
    QTest::newRow("1") << qsizetype(1);
    QTest::newRow("100") << qsizetype(100);
    QTest::newRow("64k") << qsizetype(64 * 1024);
    QTest::newRow("1M") << qsizetype(1024 * 1024);
}

void TestPop3ReplyParser::statusFlood()
{
    // A hostile server sends 10 MB without any line end: the parser must give up early and
    // never hold more than one status line plus the current feed.
    QFETCH(qsizetype, feedSize);
    const qsizetype total = 10 * 1024 * 1024;
    const QByteArray piece(feedSize, 'A');
    Pop3ReplyParser parser;
    qsizetype fed = 0;
    qsizetype failedAt = -1;
    while (fed < total) {
        parser.feed(piece);
        fed += piece.size();
        if (parser.bufferedBytes() > Pop3ReplyParser::MaxStatusLine + feedSize) {
            QFAIL(QByteArray::number(parser.bufferedBytes()).constData());
        }
        const Event e = parser.next();
        if (failedAt < 0) {
            if (e.type == Event::Type::Error) {
                QCOMPARE(e.error, Pop3ReplyParser::Error::StatusLineTooLong);
                failedAt = fed;
            } else {
                QCOMPARE(e.type, Event::Type::NeedMore);
            }
        } else {
            QCOMPARE(e.type, Event::Type::Error);
            QCOMPARE(e.error, Pop3ReplyParser::Error::StatusLineTooLong);
        }
    }
    QVERIFY(failedAt > 0);
    QVERIFY2(failedAt < Pop3ReplyParser::MaxStatusLine + feedSize,
        QByteArray::number(failedAt).constData());
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
}

void TestPop3ReplyParser::statusLineLimitIsExact()
{
    // 511 octets without LF may still become a valid line ending in a bare LF; 512 cannot.
    Pop3ReplyParser parser;
    parser.feed(QByteArray(511, '+'));
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    QCOMPARE(parser.bufferedBytes(), qsizetype(511));
    parser.feed("+");
    const Event e = parser.next();
    QCOMPARE(e.type, Event::Type::Error);
    QCOMPARE(e.error, Pop3ReplyParser::Error::StatusLineTooLong);
}

void TestPop3ReplyParser::endlessPayloadLineStreams_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<qsizetype>("feedSize");
    QTest::newRow("default chunk, 4k feeds")
        << Pop3ReplyParser::DefaultChunkSize << qsizetype(4096);
    QTest::newRow("default chunk, one feed")
        << Pop3ReplyParser::DefaultChunkSize << qsizetype(1024 * 1024);
    QTest::newRow("1000 chunk, 4k feeds") << qsizetype(1000) << qsizetype(4096);
    QTest::newRow("1000 chunk, 777 feeds") << qsizetype(1000) << qsizetype(777);
}

void TestPop3ReplyParser::endlessPayloadLineStreams()
{
    // One payload line of 1 MB without any LF streams out in chunks; nothing piles up.
    QFETCH(qsizetype, chunkSize);
    QFETCH(qsizetype, feedSize);
    const qsizetype total = 1024 * 1024;
    Pop3ReplyParser parser(chunkSize);
    parser.setMultilineExpected(true);
    parser.feed("+OK\r\n");
    QCOMPARE(parser.next().type, Event::Type::Status);
    QVERIFY(parser.inMultiline());

    const QByteArray piece(feedSize, 'x');
    qsizetype received = 0;
    qsizetype dataEvents = 0;
    for (qsizetype fed = 0; fed < total;) {
        const qsizetype n = qMin(feedSize, total - fed);
        parser.feed(QByteArrayView(piece).first(n));
        fed += n;
        for (;;) {
            const Event e = parser.next();
            if (e.type == Event::Type::NeedMore) {
                break;
            }
            QCOMPARE(e.type, Event::Type::Data);
            QVERIFY(!e.data.isEmpty());
            QVERIFY2(e.data.size() <= chunkSize, QByteArray::number(e.data.size()).constData());
            received += e.data.size();
            ++dataEvents;
        }
        // The buffer runs dry after every feed: nothing is held back waiting for a line end.
        QCOMPARE(parser.bufferedBytes(), qsizetype(0));
        QCOMPARE(received, fed);
    }
    QVERIFY(dataEvents >= total / chunkSize);

    parser.feed("\r\n.\r\n");
    Event e = parser.next();
    QCOMPARE(e.type, Event::Type::Data);
    QCOMPARE(e.data.toByteArray(), QByteArray("\r\n"));
    e = parser.next();
    QCOMPARE(e.type, Event::Type::End);
    QVERIFY(!parser.inMultiline());
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
}

void TestPop3ReplyParser::largePayloadChunks()
{
    // A realistic message fed in one piece comes out in chunks no larger than chunkSize, and
    // their concatenation is the unstuffed message.
    QByteArray message;
    QByteArray wire = "+OK 300000 octets\r\n";
    for (int i = 0; message.size() < 300000; ++i) {
        const QByteArray line = i % 17 == 0 ? ".hidden " + QByteArray::number(i)
            : i % 29 == 0                   ? QByteArray(".")
                                            : "Line " + QByteArray::number(i) + " of text";
        message += line + "\r\n";
        wire += (line.startsWith('.') ? "." + line : line) + "\r\n";
    }
    wire += ".\r\n";

    for (const qsizetype chunkSize : {Pop3ReplyParser::DefaultChunkSize, qsizetype(4096)}) {
        Pop3ReplyParser parser(chunkSize);
        parser.setMultilineExpected(true);
        parser.feed(wire);
        QCOMPARE(parser.next().type, Event::Type::Status);
        QByteArray received;
        int chunks = 0;
        Event e;
        while ((e = parser.next()).type == Event::Type::Data) {
            QVERIFY(e.data.size() <= chunkSize);
            received += e.data;
            ++chunks;
        }
        QCOMPARE(e.type, Event::Type::End);
        QCOMPARE(parser.next().type, Event::Type::NeedMore);
        QCOMPARE(received.size(), message.size());
        QVERIFY(received == message);
        QVERIFY(chunks >= message.size() / chunkSize);
    }
}

void TestPop3ReplyParser::errorIsSticky()
{
    Pop3ReplyParser parser;
    parser.feed("+ok\r\n+OK\r\n");
    QCOMPARE(parser.next().error, Pop3ReplyParser::Error::MalformedStatus);
    parser.feed("+OK fine\r\n");
    for (int i = 0; i < 3; ++i) {
        const Event e = parser.next();
        QCOMPARE(e.type, Event::Type::Error);
        QCOMPARE(e.error, Pop3ReplyParser::Error::MalformedStatus);
    }
    // Nothing of a broken stream is kept.
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
}

void TestPop3ReplyParser::resetDiscardsEverything()
{
    Pop3ReplyParser parser;

    // A partial status line, as after STLS when plaintext bytes arrived early.
    parser.feed("+OK injected");
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    QVERIFY(parser.bufferedBytes() > 0);
    parser.reset();
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    parser.feed("-ERR real\r\n");
    Event e = parser.next();
    QCOMPARE(e.type, Event::Type::Status);
    QCOMPARE(describe(e.reply), err("real"));

    // A payload in progress, including a pending look-ahead dot.
    parser.setMultilineExpected(true);
    parser.feed("+OK\r\nabc\r\n.");
    QCOMPARE(parser.next().type, Event::Type::Status);
    QCOMPARE(parser.next().type, Event::Type::Data);
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    QCOMPARE(parser.bufferedBytes(), qsizetype(1));
    parser.reset();
    QVERIFY(!parser.inMultiline());
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    parser.setMultilineExpected(false);
    parser.feed(".\r\n"); // would have been payload; now it is a (malformed) status line
    QCOMPARE(parser.next().error, Pop3ReplyParser::Error::MalformedStatus);

    // An error.
    parser.reset();
    QCOMPARE(parser.next().type, Event::Type::NeedMore);
    parser.feed("+OK again\r\n");
    e = parser.next();
    QCOMPARE(e.type, Event::Type::Status);
    QCOMPARE(describe(e.reply), ok("again"));
}

QTEST_GUILESS_MAIN(TestPop3ReplyParser)
#include "tst_pop3replyparser.moc"
