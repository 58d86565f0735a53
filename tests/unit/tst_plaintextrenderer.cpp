// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/PlainTextRenderer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

class TestPlainTextRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void linkify_data();
    void linkify();
    void quoteDepth_data();
    void quoteDepth();
    void largeInputIsLinear();
};

static QString wrap(const QString& inner)
{
    return u"<div class=\"plain\" style=\"white-space: pre-wrap\">"_s + inner + u"</div>"_s;
}

void TestPlainTextRenderer::toHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("single line") << u"Hallo Welt"_s << wrap(u"Hallo Welt"_s);
    QTest::newRow("line breaks") << u"a\nb\r\nc\n"_s << wrap(u"a<br>b<br>c"_s);
    QTest::newRow("blank line kept") << u"a\n\nb"_s << wrap(u"a<br><br>b"_s);
    QTest::newRow("escaped")
        << u"<script>alert(\"x\") & 'y'</script>"_s
        << wrap(u"&lt;script&gt;alert(&quot;x&quot;) &amp; 'y'&lt;/script&gt;"_s);
    QTest::newRow("spaces kept") << u"a    b\tc"_s << wrap(u"a    b\tc"_s);
    QTest::newRow("quote level 1") << u"Hi\n> quoted\n> more\nreply"_s
                                   << wrap(u"Hi<blockquote class=\"quote quote1\">quoted<br>more"
                                           u"</blockquote>reply"_s);
    QTest::newRow("nested quotes")
        << u"> one\n>> two\n> > two b\n>>> three\nend"_s
        << wrap(u"<blockquote class=\"quote quote1\">one<blockquote class=\"quote quote2\">two"
                u"<br>two b<blockquote class=\"quote quote3\">three</blockquote></blockquote>"
                u"</blockquote>end"_s);
    QTest::newRow("quote level 4 cycles") << u">>>>x"_s
                                          << wrap(u"<blockquote class=\"quote quote1\">"
                                                  u"<blockquote class=\"quote quote2\">"
                                                  u"<blockquote class=\"quote quote3\">"
                                                  u"<blockquote class=\"quote quote1\">x"
                                                  u"</blockquote></blockquote></blockquote>"
                                                  u"</blockquote>"_s);
    QTest::newRow("empty quote line") << u">\n> a"_s
                                      << wrap(u"<blockquote class=\"quote quote1\"><br>a"
                                              u"</blockquote>"_s);
    QTest::newRow("lone blank between quotes")
        << u"> a\n\n> b"_s
        << wrap(u"<blockquote class=\"quote quote1\">a</blockquote>&nbsp;<blockquote "
                u"class=\"quote quote1\">b</blockquote>"_s);
    QTest::newRow("signature dimmed")
        << u"Text\n-- \nMax Muster\nTel. 123"_s
        << wrap(u"Text<div class=\"signature\" style=\"color: gray\">-- <br>Max Muster<br>"
                u"Tel. 123</div>"_s);
    QTest::newRow("signature after quote")
        << u"> q\n-- \nsig"_s
        << wrap(u"<blockquote class=\"quote quote1\">q</blockquote><div class=\"signature\" "
                u"style=\"color: gray\">-- <br>sig</div>"_s);
    QTest::newRow("quoted signature not dimmed")
        << u"> -- \n> old sig"_s
        << wrap(u"<blockquote class=\"quote quote1\">-- <br>old sig</blockquote>"_s);
    QTest::newRow("last separator counts")
        << u"a\n-- \nb\n-- \nc"_s
        << wrap(u"a<br>-- <br>b<div class=\"signature\" style=\"color: gray\">-- <br>c</div>"_s);
    QTest::newRow("dash dash near end") << u"a\n--\nsig"_s
                                        << wrap(u"a<div class=\"signature\" style=\"color: "
                                                u"gray\">--<br>sig</div>"_s);
    QTest::newRow("link in quote")
        << u"> see https://example.org/x"_s
        << wrap(u"<blockquote class=\"quote quote1\">see <a href=\"https://example.org/x\" "
                u"title=\"https://example.org/x\">https://example.org/x</a></blockquote>"_s);
    QTest::newRow("umlauts") << u"Grüße aus Köln – ß"_s << wrap(u"Grüße aus Köln – ß"_s);
    QTest::newRow("empty") << QString() << wrap(u"&nbsp;"_s);
}

void TestPlainTextRenderer::toHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PlainTextRenderer::toHtml(text), expected);
}

void TestPlainTextRenderer::linkify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto link = [](const QString& href, const QString& shown) -> QString {
        return u"<a href=\""_s + href + u"\" title=\""_s + href + u"\">"_s + shown + u"</a>"_s;
    };
    QTest::newRow("http") << u"go to http://example.org/a?b=1&c=2 now"_s
                          << u"go to "_s
            + link(u"http://example.org/a?b=1&amp;c=2"_s, u"http://example.org/a?b=1&amp;c=2"_s)
            + u" now"_s;
    QTest::newRow("https at end with dot")
        << u"See https://example.org."_s
        << u"See "_s + link(u"https://example.org"_s, u"https://example.org"_s) + u"."_s;
    QTest::newRow("ftp") << u"ftp://files.example/x.zip"_s
                         << link(u"ftp://files.example/x.zip"_s, u"ftp://files.example/x.zip"_s);
    QTest::newRow("mailto") << u"mailto:max@example.org"_s
                            << link(u"mailto:max@example.org"_s, u"mailto:max@example.org"_s);
    QTest::newRow("www") << u"www.example.de, bitte"_s
                         << link(u"http://www.example.de"_s, u"www.example.de"_s) + u", bitte"_s;
    QTest::newRow("angle brackets")
        << u"<https://example.org/x>"_s
        << u"&lt;"_s + link(u"https://example.org/x"_s, u"https://example.org/x"_s) + u"&gt;"_s;
    QTest::newRow("parentheses around")
        << u"(siehe https://example.org/y)"_s
        << u"(siehe "_s + link(u"https://example.org/y"_s, u"https://example.org/y"_s) + u")"_s;
    QTest::newRow("wikipedia parentheses")
        << u"https://de.wikipedia.org/wiki/Post_(Begriff)"_s
        << link(u"https://de.wikipedia.org/wiki/Post_(Begriff)"_s,
               u"https://de.wikipedia.org/wiki/Post_(Begriff)"_s);
    QTest::newRow("quote stops url") << u"\"http://example.org/\"onmouseover=x"_s
                                     << u"&quot;"_s
            + link(u"http://example.org/"_s, u"http://example.org/"_s) + u"&quot;onmouseover=x"_s;
    QTest::newRow("javascript not linked") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
    QTest::newRow("scheme only") << u"http:// nothing"_s << u"http:// nothing"_s;
    QTest::newRow("uppercase") << u"HTTPS://EXAMPLE.ORG"_s
                               << link(u"HTTPS://EXAMPLE.ORG"_s, u"HTTPS://EXAMPLE.ORG"_s);
}

void TestPlainTextRenderer::linkify()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PlainTextRenderer::linkify(text), expected);
}

void TestPlainTextRenderer::quoteDepth_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("start");
    QTest::newRow("none") << u"text"_s << 0 << 0;
    QTest::newRow("one") << u"> text"_s << 1 << 2;
    QTest::newRow("two tight") << u">>text"_s << 2 << 2;
    QTest::newRow("two spaced") << u"> > text"_s << 2 << 4;
    QTest::newRow("only markers") << u">>"_s << 2 << 2;
    QTest::newRow("leading space is no quote") << u" > text"_s << 0 << 0;
}

void TestPlainTextRenderer::quoteDepth()
{
    QFETCH(QString, line);
    QFETCH(int, depth);
    QFETCH(int, start);
    qsizetype contentStart = -1;
    QCOMPARE(PlainTextRenderer::quoteDepth(line, &contentStart), depth);
    QCOMPARE(contentStart, qsizetype(start));
}

void TestPlainTextRenderer::largeInputIsLinear()
{
    // 2 MB of text with links and alternating quote levels.
    const QString chunk = u"> Zeile mit https://example.org/a und www.example.de\nAntwort\n"_s;
    const QString text = chunk.repeated(2 * 1024 * 1024 / 2 / chunk.size());
    QElapsedTimer timer;
    timer.start();
    const QString html = PlainTextRenderer::toHtml(text);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(html.endsWith(u"</div>"));
    // 1000 levels of quoting are shown bounded.
    const QString deep = PlainTextRenderer::toHtml(QString(1000, u'>') + u" x"_s);
    QVERIFY(deep.count(u"<blockquote"_s) <= 20);
}

QTEST_GUILESS_MAIN(TestPlainTextRenderer)
#include "tst_plaintextrenderer.moc"
