// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HtmlSanitizer.h"
#include "mail/HtmlTokenizer.h"
#include "mail/HtmlUrlPolicy.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Postbote;
using namespace Qt::StringLiterals;

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attacks_data();
    void attacks();
    void rendering_data();
    void rendering();
    void remoteContent_data();
    void remoteContent();
    void linksAreListed();
    void urlPolicy_data();
    void urlPolicy();
    void deepNesting();
    void linearTime_data();
    void linearTime();
};

/// Checks what must hold for every output: balanced tags of whitelisted elements only,
/// no event handlers, no URL that is not allowed.
static void verifySafe(const QString& html, bool allowRemote)
{
    static const QStringList allowed {u"a"_s, u"abbr"_s, u"acronym"_s, u"address"_s, u"b"_s,
        u"bdi"_s, u"bdo"_s, u"big"_s, u"blockquote"_s, u"br"_s, u"caption"_s, u"center"_s,
        u"cite"_s, u"code"_s, u"col"_s, u"colgroup"_s, u"dd"_s, u"del"_s, u"dfn"_s, u"div"_s,
        u"dl"_s, u"dt"_s, u"em"_s, u"font"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
        u"hr"_s, u"i"_s, u"img"_s, u"ins"_s, u"kbd"_s, u"li"_s, u"mark"_s, u"ol"_s, u"p"_s,
        u"pre"_s, u"q"_s, u"s"_s, u"samp"_s, u"small"_s, u"span"_s, u"strike"_s, u"strong"_s,
        u"sub"_s, u"sup"_s, u"table"_s, u"tbody"_s, u"td"_s, u"tfoot"_s, u"th"_s, u"thead"_s,
        u"tr"_s, u"tt"_s, u"u"_s, u"ul"_s, u"var"_s, u"style"_s};
    static const QStringList voids {u"br"_s, u"hr"_s, u"img"_s, u"col"_s};
    HtmlTokenizer tokenizer(html);
    QStringList stack;
    while (true) {
        const HtmlToken token = tokenizer.next();
        if (token.type == HtmlToken::Type::EndOfInput)
            break;
        if (token.type == HtmlToken::Type::StartTag) {
            QVERIFY2(allowed.contains(token.name), qPrintable(token.name));
            for (const auto& [name, value] : token.attributes) {
                QVERIFY2(!name.startsWith(u"on"), qPrintable(name));
                if (name == u"href") {
                    QCOMPARE(HtmlUrlPolicy::link(value).verdict, HtmlUrlPolicy::Verdict::Keep);
                } else if (name == u"src" || name == u"background") {
                    QCOMPARE(HtmlUrlPolicy::resource(value, allowRemote).verdict,
                        HtmlUrlPolicy::Verdict::Keep);
                }
            }
            if (token.name == u"style")
                tokenizer.readRawText(token.name);
            else if (!voids.contains(token.name))
                stack.append(token.name);
        } else if (token.type == HtmlToken::Type::EndTag) {
            QVERIFY2(!stack.isEmpty(), qPrintable(token.name));
            QCOMPARE(token.name, stack.takeLast());
        }
    }
    QVERIFY2(stack.isEmpty(), qPrintable(stack.join(u',')));
}

void TestHtmlSanitizer::attacks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("absent"); // case-insensitive
    QTest::addColumn<QStringList>("present");

    const auto row = [](const char* name, const QString& input, const QStringList& absent,
                         const QStringList& present = {}) {
        QTest::newRow(name) << input << absent << present;
    };
    row("script", u"<p>Hi<script>alert(1)</script></p>"_s, {u"alert"_s, u"script"_s},
        {u"<p>Hi</p>"_s});
    row("script uppercase src", u"<SCRIPT SRC=http://x/y.js></SCRIPT>ok"_s, {u"y.js"_s}, {u"ok"_s});
    row("script mixed case end", u"<ScRiPt>alert(1)</sCrIpT >text"_s, {u"alert"_s}, {u"text"_s});
    row("script never closed", u"a<script>alert(1)"_s, {u"alert"_s}, {u"a"_s});
    row("split script", u"<scr<script>ipt>alert(1)</script>"_s, {u"<script"_s});
    row("double lt", u"<<script>alert(1)//<</script>x"_s, {u"alert"_s, u"<script"_s},
        {u"&lt;"_s, u"x"_s});
    row("img onerror", u"<img src=\"cid:a\" onerror=\"alert(1)\">"_s, {u"onerror"_s, u"alert"_s},
        {u"src=\"cid:a\""_s});
    row("img onerror unquoted", u"<img src=x onerror=alert(1)>"_s, {u"onerror"_s, u"alert"_s});
    row("onmouseover mixed case", u"<div OnMouseOver=\"steal()\">x</div>"_s,
        {u"mouseover"_s, u"steal"_s}, {u"<div>x</div>"_s});
    row("body onload", u"<body onload=alert(1)>x</body>"_s, {u"onload"_s, u"alert"_s});
    row("onclick on link", u"<a href=\"http://ok.example/\" onclick=\"steal()\">x</a>"_s,
        {u"onclick"_s, u"steal"_s}, {u"href=\"http://ok.example/\""_s});
    row("a javascript", u"<a href=\"javascript:alert(1)\">x</a>"_s, {u"javascript"_s},
        {u">x</a>"_s});
    row("a javascript uppercase", u"<A HREF=\"JaVaScRiPt:alert(1)\">x</A>"_s, {u"javascript"_s});
    row("entity javascript", u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s,
        {u"avascript"_s, u"alert"_s});
    row("entity javascript no semicolon", u"<a href=\"&#106avascript:alert(1)\">x</a>"_s,
        {u"avascript"_s, u"alert"_s});
    row("entity javascript padded", u"<a href=\"&#0000106;avascript:alert(1)\">x</a>"_s,
        {u"avascript"_s, u"alert"_s});
    row("hex entity javascript", u"<a href=\"&#x6A;avascript:alert(1)\">x</a>"_s,
        {u"avascript"_s, u"alert"_s});
    row("tab entity in scheme", u"<a href=\"java&Tab;script:alert(1)\">x</a>"_s,
        {u"script"_s, u"alert"_s});
    row("colon entity", u"<a href=\"javascript&colon;alert(1)\">x</a>"_s,
        {u"javascript"_s, u"alert"_s});
    row("newline in scheme", u"<a href=\"java\nscript:alert(1)\">x</a>"_s, {u"alert"_s});
    row("leading space scheme", u"<a href=\"  javascript:alert(1)\">x</a>"_s, {u"alert"_s});
    row("vbscript", u"<a href=\"vbscript:msgbox(1)\">x</a>"_s, {u"vbscript"_s});
    row("data html link", u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"_s, {u"data:"_s});
    row("img javascript", u"<IMG SRC=JaVaScRiPt:alert('XSS')>"_s, {u"alert"_s, u"<img"_s});
    row("img tab in scheme", u"<img src=\"jav&#x09;ascript:alert(1)\">"_s, {u"alert"_s});
    row("img file", u"<img src=\"file:///etc/passwd\">"_s, {u"passwd"_s});
    row("img relative path", u"<img src=\"../../etc/passwd\">"_s, {u"passwd"_s});
    row("iframe", u"<iframe src=\"http://evil.example/\">fallback</iframe>after"_s,
        {u"evil"_s, u"iframe"_s, u"fallback"_s}, {u"after"_s});
    row("frameset", u"<frameset><frame src=\"http://evil.example/\"></frameset>x"_s,
        {u"evil"_s, u"frame"_s});
    row("form",
        u"<form action=\"http://evil.example/\"><input name=pw><button>Go</button>"
        u"<select><option>Opt</option></select><textarea>Text</textarea></form>rest"_s,
        {u"evil"_s, u"<input"_s, u"Go"_s, u"Opt"_s, u"Text"_s, u"form"_s}, {u"rest"_s});
    row("object", u"<object data=\"x.swf\"><param name=a value=b>fallback</object>ok"_s,
        {u"swf"_s, u"fallback"_s, u"param"_s}, {u"ok"_s});
    row("embed", u"<embed src=\"http://evil.example/x.swf\">ok"_s, {u"evil"_s, u"embed"_s},
        {u"ok"_s});
    row("applet", u"<applet code=\"Evil.class\">x</applet>ok"_s, {u"evil"_s}, {u"ok"_s});
    row("svg onload", u"<svg onload=\"alert(1)\"><circle r=1/></svg>after"_s,
        {u"alert"_s, u"svg"_s, u"circle"_s}, {u"after"_s});
    row("svg slash onload", u"<svg/onload=alert(1)>"_s, {u"alert"_s, u"svg"_s});
    row("svg script", u"<svg><script>alert(1)</script></svg>after"_s, {u"alert"_s}, {u"after"_s});
    row("math", u"<math><mtext><a href=\"javascript:alert(1)\">x</a></mtext></math>ok"_s,
        {u"alert"_s, u"math"_s}, {u"ok"_s});
    row("meta refresh", u"<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">hi"_s,
        {u"evil"_s, u"refresh"_s, u"meta"_s}, {u"hi"_s});
    row("base href", u"<base href=\"http://evil.example/\"><a href=\"/x\">x</a>"_s,
        {u"evil"_s, u"href"_s});
    row("link stylesheet", u"<link rel=stylesheet href=http://evil.example/s.css>x"_s,
        {u"evil"_s, u"<link"_s});
    row("style url remote",
        u"<p style=\"background:url(http://evil.example/t.png);color:red\">x</p>"_s,
        {u"evil"_s, u"url("_s}, {u"style=\"color: red\""_s});
    row("style entity url",
        u"<div style=\"background-image: url(&quot;http://evil.example/&quot;)\">x</div>"_s,
        {u"evil"_s});
    row("style expression", u"<div style=\"width: expression(alert(1))\">x</div>"_s,
        {u"expression"_s, u"alert"_s});
    row("style escaped url", u"<div style=\"background: u\\72l(http://evil.example/)\">x</div>"_s,
        {u"evil"_s});
    row("style comment trick",
        u"<div style=\"background: url/**/(http://evil.example/)\">x</div>"_s, {u"evil"_s});
    row("style behavior",
        u"<div style=\"behavior: url(x.htc); -moz-binding: url(x.xml)\">x</div>"_s,
        {u"htc"_s, u"binding"_s});
    row("style position", u"<p style=\"color:red;position:fixed;top:0\">x</p>"_s, {u"position"_s},
        {u"color: red"_s, u"top: 0"_s});
    row("style element import",
        u"<style>@import url(http://evil.example/s.css); p{color:red} "
        u".a{background:url('https://evil.example/b.png')}</style>x"_s,
        {u"evil"_s, u"@import"_s}, {u"p { color: red }"_s});
    row("style element closing trick", u"<style>p{color:red}</style ><script>alert(1)</script>"_s,
        {u"alert"_s});
    row("style font-face",
        u"<style>@font-face{font-family:x;src:url(http://evil.example/f)}"
        u"b{color:blue}</style>"_s,
        {u"evil"_s, u"font-face"_s}, {u"b { color: blue }"_s});
    row("unterminated tag", u"<p>text<img src=\"cid:a\" onerror=\"alert(1)"_s,
        {u"alert"_s, u"<img"_s}, {u"text"_s});
    row("unterminated attribute", u"<p>text</p><a href='javascript:alert(1)>x</a>"_s, {u"alert"_s},
        {u"text"_s});
    row("unterminated comment", u"a<!-- <script>alert(1)</script>"_s, {u"alert"_s});
    row("comment with script", u"a<!-- x --><script>alert(1)</script>b"_s, {u"alert"_s},
        {u"a"_s, u"b"_s});
    row("conditional comment", u"<!--[if mso]><script>alert(1)</script><![endif]-->ok"_s,
        {u"alert"_s}, {u"ok"_s});
    row("cdata", u"<![CDATA[<script>alert(1)</script>]]>"_s, {u"<script"_s});
    row("processing instruction", u"<?xml version=\"1.0\"?><?php evil(); ?>x"_s,
        {u"php"_s, u"xml"_s});
    row("attribute breakout", u"<img alt='\"><script>alert(1)</script>' src=\"cid:a\">"_s,
        {u"<script"_s}, {u"alt=\"&quot;&gt;&lt;script&gt;"_s});
    row("null in tag name", u"<scr\u0000ipt>alert(1)</script>x"_s, {u"<scr"_s});
    row("textarea and title", u"<title>T1</title><textarea><b>T2</b></textarea>x"_s,
        {u"T1"_s, u"T2"_s}, {u"x"_s});
}

void TestHtmlSanitizer::attacks()
{
    QFETCH(QString, input);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, present);
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    for (const QString& word : absent)
        QVERIFY2(!result.html.contains(word, Qt::CaseInsensitive),
            qPrintable(u"“%1” in %2"_s.arg(word, result.html)));
    for (const QString& word : present)
        QVERIFY2(
            result.html.contains(word), qPrintable(u"“%1” not in %2"_s.arg(word, result.html)));
    verifySafe(result.html, false);
    if (QTest::currentTestFailed())
        return;
    // Sanitizing again changes nothing that matters: still safe, same visible result.
    const SanitizedHtml again = HtmlSanitizer::sanitize(result.html);
    verifySafe(again.html, false);
}

void TestHtmlSanitizer::rendering_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("uppercase tags")
        << u"<P ALIGN=center><B>Bold</B></P>"_s << u"<p align=\"center\"><b>Bold</b></p>"_s;
    QTest::newRow("unquoted attributes")
        << u"<font color=red size=3>x</font>"_s << u"<font color=\"red\" size=\"3\">x</font>"_s;
    QTest::newRow("single quotes") << u"<td colspan='2'>x</td>"_s << u"<td colspan=\"2\">x</td>"_s;
    QTest::newRow("unclosed elements") << u"<div><b>bold"_s << u"<div><b>bold</b></div>"_s;
    QTest::newRow("stray end tags") << u"</div></b>text"_s << u"text"_s;
    QTest::newRow("misnested") << u"<b><i>x</b>y</i>"_s << u"<b><i>x</i></b>y"_s;
    QTest::newRow("entities") << u"&lt;script&gt; &amp; &auml;&#228;&#xE4; &euro; & x"_s
                              << u"&lt;script&gt; &amp; äää € &amp; x"_s;
    QTest::newRow("unknown entity passes") << u"&hearts;&zzz;"_s << u"&hearts;&zzz;"_s;
    QTest::newRow("windows-1252 reference") << u"&#150;&#8211;"_s << u"––"_s;
    QTest::newRow("bad references") << u"&#0;&#xD800;&#99999999;"_s << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("lt not a tag") << u"a < b > c <3"_s << u"a &lt; b &gt; c &lt;3"_s;
    QTest::newRow("nested links")
        << u"<a href=\"http://a.example/\">1<a href=\"http://b.example/\">2</a>"_s
        << u"<a href=\"http://a.example/\" title=\"http://a.example/\">1</a>"
           u"<a href=\"http://b.example/\" title=\"http://b.example/\">2</a>"_s;
    QTest::newRow("table cells") << u"<table><tr><td>a<td>b<tr><td>c</table>"_s
                                 << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr>"
                                    u"</table>"_s;
    QTest::newRow("list items") << u"<ul><li>a<li>b</ul>"_s << u"<ul><li>a</li><li>b</li></ul>"_s;
    QTest::newRow("paragraphs") << u"<p>a<p>b<div>c</div>"_s << u"<p>a</p><p>b</p><div>c</div>"_s;
    QTest::newRow("html5 sections")
        << u"<section><header>H</header></section>"_s << u"<div><div>H</div></div>"_s;
    QTest::newRow("document shell")
        << u"<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title></head>"
           u"<body bgcolor=white>Body</body></html>"_s
        << u"Body"_s;
    QTest::newRow("noscript shown") << u"<noscript><p>No JS</p></noscript>"_s << u"<p>No JS</p>"_s;
    QTest::newRow("xmp shown as text")
        << u"<xmp><b>x</b></xmp>"_s << u"<pre>&lt;b&gt;x&lt;/b&gt;</pre>"_s;
    QTest::newRow("end br") << u"a</br>b"_s << u"a<br>b"_s;
    QTest::newRow("downlevel revealed")
        << u"<![if !mso]><p>shown</p><![endif]>"_s << u"<p>shown</p>"_s;
    QTest::newRow("link title replaced")
        << u"<a href=\"https://example.org/x?a=1&amp;b=2\" title=\"Your bank\">Bank</a>"_s
        << u"<a href=\"https://example.org/x?a=1&amp;b=2\" "
           u"title=\"https://example.org/x?a=1&amp;b=2\">Bank</a>"_s;
    QTest::newRow("mailto kept") << u"<a href=\"mailto:a@example.org\">a</a>"_s
                                 << u"<a href=\"mailto:a@example.org\" "
                                    u"title=\"mailto:a@example.org\">a</a>"_s;
    QTest::newRow("fragment kept")
        << u"<a href=\"#top\">up</a><a name=top></a>"_s
        << u"<a href=\"#top\" title=\"#top\">up</a><a name=\"top\"></a>"_s;
    QTest::newRow("cid image") << u"<img src=\"cid:logo@example\" alt=\"Logo\" width=10>"_s
                               << u"<img src=\"cid:logo@example\" alt=\"Logo\" width=\"10\">"_s;
    QTest::newRow("data png image") << u"<img src=\"data:image/png;base64,iVBO\">"_s
                                    << u"<img src=\"data:image/png;base64,iVBO\">"_s;
    QTest::newRow("data svg image removed")
        << u"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=a>"_s
        << u"<span class=\"postbote-blocked-image\">[a]</span>"_s;
    QTest::newRow("duplicate attribute first wins")
        << u"<p align=left align=right>x</p>"_s << u"<p align=\"left\">x</p>"_s;
}

void TestHtmlSanitizer::rendering()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    QCOMPARE(result.html, expected);
    verifySafe(result.html, false);
}

void TestHtmlSanitizer::remoteContent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QString>("present");

    QTest::newRow("remote img blocked")
        << u"<img src=\"http://tracker.example/p.gif\" alt=\"Logo\">"_s << false
        << QStringList {u"http://tracker.example/p.gif"_s} << u"[Logo]"_s;
    QTest::newRow("remote img allowed")
        << u"<img src=\"http://tracker.example/p.gif\" alt=\"Logo\">"_s << true << QStringList()
        << u"src=\"http://tracker.example/p.gif\""_s;
    QTest::newRow("https and ftp")
        << u"<img src=\"https://a.example/1.png\"><img src=\"ftp://b.example/2.png\">"_s << false
        << QStringList {u"https://a.example/1.png"_s, u"ftp://b.example/2.png"_s} << QString();
    QTest::newRow("protocol relative")
        << u"<img src=\"//tracker.example/p.gif\">"_s << false
        << QStringList {u"https://tracker.example/p.gif"_s} << QString();
    QTest::newRow("protocol relative allowed")
        << u"<img src=\"//tracker.example/p.gif\">"_s << true << QStringList()
        << u"src=\"https://tracker.example/p.gif\""_s;
    QTest::newRow("duplicates listed once")
        << u"<img src=\"http://t.example/a\"><img src=\"http://t.example/a\">"_s << false
        << QStringList {u"http://t.example/a"_s} << QString();
    QTest::newRow("cid never blocked") << u"<img src=\"cid:part1@example\">"_s << false
                                       << QStringList() << u"src=\"cid:part1@example\""_s;
    QTest::newRow("background attribute")
        << u"<table background=\"http://evil.example/bg.png\"><tr><td>x</td></tr></table>"_s
        << false << QStringList {u"http://evil.example/bg.png"_s} << u"<table>"_s;
    QTest::newRow("srcset")
        << u"<img src=\"cid:a\" srcset=\"http://evil.example/a.png 2x, cid:b 3x\">"_s << false
        << QStringList {u"http://evil.example/a.png"_s} << u"<img src=\"cid:a\">"_s;
    QTest::newRow("style attribute")
        << u"<td style=\"background:url('http://evil.example/c.png')\">x</td>"_s << false
        << QStringList {u"http://evil.example/c.png"_s} << u"<td>x</td>"_s;
    QTest::newRow("style attribute allowed")
        << u"<td style=\"background:url('http://evil.example/c.png')\">x</td>"_s << true
        << QStringList() << u"url('http://evil.example/c.png')"_s;
    QTest::newRow("style import") << u"<style>@import \"http://evil.example/s.css\";</style>"_s
                                  << false << QStringList {u"http://evil.example/s.css"_s}
                                  << QString();
    QTest::newRow("javascript never allowed")
        << u"<img src=\"javascript:alert(1)\">"_s << true << QStringList() << QString();
}

void TestHtmlSanitizer::remoteContent()
{
    QFETCH(QString, input);
    QFETCH(bool, allow);
    QFETCH(QStringList, blocked);
    QFETCH(QString, present);
    HtmlSanitizer::Options options;
    options.allowRemoteContent = allow;
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, options);
    QStringList got;
    for (const QUrl& url : result.blockedResources)
        got << url.toString();
    QCOMPARE(got, blocked);
    if (!present.isEmpty())
        QVERIFY2(result.html.contains(present), qPrintable(result.html));
    if (!allow) {
        for (const QString& url : blocked)
            QVERIFY2(!result.html.contains(url), qPrintable(result.html));
    }
    QVERIFY(!result.html.contains(u"javascript"));
    verifySafe(result.html, allow);
}

void TestHtmlSanitizer::linksAreListed()
{
    const SanitizedHtml result = HtmlSanitizer::sanitize(
        u"<a href=\"https://example.org/a\">a</a> <a href=\"javascript:x()\">b</a>"
        u"<a href=\"mailto:x@example.org\">c</a><a href=\"https://example.org/a\">again</a>"
        u"<a href=\"//cdn.example/x\">d</a>"_s);
    QCOMPARE(result.links,
        (QList<QUrl> {QUrl(u"https://example.org/a"_s), QUrl(u"mailto:x@example.org"_s),
            QUrl(u"https://cdn.example/x"_s)}));
    QVERIFY(result.removedCount >= 1);
    QVERIFY(result.blockedResources.isEmpty());
}

void TestHtmlSanitizer::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("link");
    QTest::addColumn<int>("resource");
    using V = HtmlUrlPolicy::Verdict;
    QTest::newRow("http") << u"http://x.example/"_s << int(V::Keep) << int(V::BlockedRemote);
    QTest::newRow("HTTPS upper") << u"HTTPS://x.example/"_s << int(V::Keep)
                                 << int(V::BlockedRemote);
    QTest::newRow("cid") << u"cid:a@b"_s << int(V::Removed) << int(V::Keep);
    QTest::newRow("mailto") << u"mailto:a@b"_s << int(V::Keep) << int(V::Removed);
    QTest::newRow("javascript") << u"javascript:x"_s << int(V::Removed) << int(V::Removed);
    QTest::newRow("control chars")
        << u"\u0001 java\tscript:x"_s << int(V::Removed) << int(V::Removed);
    QTest::newRow("file") << u"file:///etc/passwd"_s << int(V::Removed) << int(V::Removed);
    QTest::newRow("relative") << u"x.png"_s << int(V::Removed) << int(V::Removed);
    QTest::newRow("windows path") << u"C:\\x.png"_s << int(V::Removed) << int(V::Removed);
    QTest::newRow("backslash network path")
        << u"\\\\host\\share"_s << int(V::Keep) << int(V::BlockedRemote);
    QTest::newRow("data gif") << u"data:image/gif;base64,R0lG"_s << int(V::Removed) << int(V::Keep);
    QTest::newRow("data html") << u"data:text/html,<script>"_s << int(V::Removed)
                               << int(V::Removed);
    QTest::newRow("empty") << QString() << int(V::Removed) << int(V::Removed);
}

void TestHtmlSanitizer::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(int, link);
    QFETCH(int, resource);
    QCOMPARE(int(HtmlUrlPolicy::link(url).verdict), link);
    QCOMPARE(int(HtmlUrlPolicy::resource(url, false).verdict), resource);
}

void TestHtmlSanitizer::deepNesting()
{
    QString input;
    for (int i = 0; i < 100000; ++i)
        input += u"<div><b>"_s;
    input += u"deep"_s;
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.html.contains(u"deep"));
    QVERIFY(result.html.count(u"<div>"_s) + result.html.count(u"<b>"_s) <= HtmlSanitizer::MaxDepth);
    verifySafe(result.html, false);
}

void TestHtmlSanitizer::linearTime_data()
{
    // Patterns that make naive parsers quadratic. Some at 10 MB, the rest at 1–2 MB to keep
    // the test fast under ASan; a quadratic algorithm would take hours on any of them.
    QTest::addColumn<QString>("chunk");
    QTest::addColumn<int>("megabytes");
    QTest::newRow("mixed html") << u"<p style=\"color:red\">Hallo <b>Welt</b> &amp; "
                                   u"<a href=\"https://example.org/\">Link</a><img src=cid:x></p>"_s
                                << 2;
    QTest::newRow("unterminated tags") << u"<a "_s << 10;
    QTest::newRow("comment openers") << u"<!--"_s << 10;
    QTest::newRow("plain text") << u"Gr\u00fc\u00dfe, "_s << 10;
    QTest::newRow("empty comments") << u"<!---->"_s << 1;
    QTest::newRow("stray end tags") << u"</x"_s << 1;
    QTest::newRow("raw text openers") << u"<script></scrip"_s << 1;
    QTest::newRow("style statements") << u"<style>@a;"_s << 1;
    QTest::newRow("style blocks") << u"<p style=\"a:b;c:url(cid:x);"_s << 1;
    QTest::newRow("attributes") << u"<p a=1 b=2 c d='4' "_s << 1;
    QTest::newRow("references") << u"&#1234567890&#x&amp"_s << 1;
    QTest::newRow("dashes") << u"<!-- -- - -"_s << 1;
}

void TestHtmlSanitizer::linearTime()
{
    QFETCH(QString, chunk);
    QFETCH(int, megabytes);
    const qsizetype repeat = (qsizetype(megabytes) * 1024 * 1024 / 2) / chunk.size(); // UTF-16
    const QString input = chunk.repeated(repeat);
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml result = HtmlSanitizer::sanitize(input);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(result.html.size() <= input.size() * 3);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
