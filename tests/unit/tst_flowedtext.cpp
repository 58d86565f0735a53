// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/FlowedText.h"

#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

class TestFlowedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
};

void TestFlowedText::decode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("delSp");
    QTest::addColumn<QString>("expected");

    // RFC 3676 §4.1/§4.2: a line ending in a space continues on the next line.
    QTest::newRow("soft break") << u"Hello \nworld\n"_s << false << u"Hello world\n"_s;
    QTest::newRow("hard break kept") << u"Hello\nworld\n"_s << false << u"Hello\nworld\n"_s;
    QTest::newRow("paragraph of three") << u"The quick \nbrown fox \njumps.\nNext line\n"_s << false
                                        << u"The quick brown fox jumps.\nNext line\n"_s;
    QTest::newRow("crlf") << u"a \r\nb\r\nc\r\n"_s << false << u"a b\nc\n"_s;
    QTest::newRow("no trailing newline") << u"a \nb"_s << false << u"a b"_s;
    QTest::newRow("flowed last line") << u"a \nb "_s << false << u"a b "_s;
    QTest::newRow("flowed last line with newline") << u"a \nb \n"_s << false << u"a b \n"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("only newline") << u"\n"_s << false << u"\n"_s;
    QTest::newRow("blank lines kept") << u"a\n\n\nb\n"_s << false << u"a\n\n\nb\n"_s;
    // §4.2 DelSp=yes: the trailing space was added for flowing and is removed.
    QTest::newRow("delsp yes") << u"Lange\u00e4 \nWort\n"_s << true << u"Lange\u00e4Wort\n"_s;
    QTest::newRow("delsp no keeps space") << u"Wort \nteil\n"_s << false << u"Wort teil\n"_s;
    QTest::newRow("delsp with two spaces") << u"a  \nb\n"_s << true << u"a b\n"_s;
    // §4.4 space-stuffing: one leading space is removed.
    QTest::newRow("stuffed From") << u" From here\n"_s << false << u"From here\n"_s;
    QTest::newRow("stuffed space") << u"  two\n"_s << false << u" two\n"_s;
    QTest::newRow("stuffed >") << u" >not a quote\n"_s << false << u">not a quote\n"_s;
    // §4.5 quotes: depth from leading '>', written back as ">" * depth + " ".
    QTest::newRow("quoted paragraph") << u"> Hello \n> world\n"_s << false << u"> Hello world\n"_s;
    QTest::newRow("nested quote") << u">> deep \n>> text\n> shallow\n"_s << false
                                  << u">> deep text\n> shallow\n"_s;
    QTest::newRow("depth change not joined")
        << u"> flowed \n>> deeper\n"_s << false << u"> flowed \n>> deeper\n"_s;
    QTest::newRow("unquote not joined")
        << u"> flowed \nnew text\n"_s << false << u"> flowed \nnew text\n"_s;
    QTest::newRow("quote without space") << u">text\n"_s << false << u"> text\n"_s;
    QTest::newRow("empty quote line") << u">\n>\n"_s << false << u">\n>\n"_s;
    QTest::newRow("quoted stuffing removed once")
        << u">  indented\n"_s << false << u">  indented\n"_s;
    // §4.3: the signature separator is never flowed, and ends the paragraph before it.
    QTest::newRow("signature separator") << u"Bye \n-- \nMax\n"_s << false << u"Bye \n-- \nMax\n"_s;
    QTest::newRow("signature separator delsp")
        << u"text\n-- \nsig\n"_s << true << u"text\n-- \nsig\n"_s;
    QTest::newRow("quoted signature separator")
        << u"> a \n> -- \n> sig\n"_s << false << u"> a \n> -- \n> sig\n"_s;
    // RFC 3676 §4.2 example with the hard break at the paragraph end.
    QTest::newRow("rfc example")
        << u"Thou shalt not \ncovet thy neighbor's \nhouse.\n\nNew paragraph.\n"_s << false
        << u"Thou shalt not covet thy neighbor's house.\n\nNew paragraph.\n"_s;
    QTest::newRow("line of one space") << u"a \n \nb\n"_s << false << u"a b\n"_s;
}

void TestFlowedText::decode()
{
    QFETCH(QString, input);
    QFETCH(bool, delSp);
    QFETCH(QString, expected);
    QCOMPARE(FlowedText::decode(input, delSp), expected);
}

QTEST_GUILESS_MAIN(TestFlowedText)
#include "tst_flowedtext.moc"
