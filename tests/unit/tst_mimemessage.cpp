// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/HeaderDecoder.h"
#include "mail/MailAddress.h"
#include "mail/MailDate.h"
#include "mail/MimeMessage.h"
#include "mail/MimeParameters.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Postbote;

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc2047_data();
    void rfc2047();
    void rfc2231_data();
    void rfc2231();
    void addresses_data();
    void addresses();
    void dates_data();
    void dates();

    void toolchainExample();
    void adjacentEncodedWordsInMessage();
    void identityHeaders();
    void fromFileMatchesFromData();
    void missingFileIsAnError();
    void alternativeFollowsPreference();
    void relatedServesCidImages();
    void nestedMessageShownInline();
    void forwardedMessageIsAlsoAnAttachment();
    void charsets_data();
    void charsets();
    void transferEncodings_data();
    void transferEncodings();
    void base64WithoutPaddingKeepsLastBytes();
    void attachmentsListedAndSaved();
    void flowedTextIsJoined();
    void htmlOnlyStaysHtml();
};

static QString dataFile(const char* name)
{
    return QStringLiteral(POSTBOTE_TEST_DATA_DIR "/mail/") + QLatin1String(name);
}

static std::unique_ptr<MimeMessage> load(const char* name)
{
    QString error;
    auto message = MimeMessage::fromFile(dataFile(name), &error);
    if (!message) {
        qWarning() << error;
    }
    return message;
}

static QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestMimeMessage::rfc2047_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("fallback");

    QTest::newRow("Latin-1 Q") << QByteArray("=?ISO-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=")
                               << u"Grüße aus Köln"_qs << false;
    // TOOLCHAIN.md §9: GMime 3.2.13 returns "Grüße " here.
    QTest::newRow("adjacent B words, first padded")
        << QByteArray("=?UTF-8?B?R3LDvMOfZSA=?= =?UTF-8?B?YXVzIEvDtmxu?=") << u"Grüße aus Köln"_qs
        << false;
    // §9: a UTF-8 character split across two words must be joined as bytes.
    QTest::newRow("UTF-8 character split across B words")
        << QByteArray("=?UTF-8?B?R3LD?= =?UTF-8?B?vMOfZQ==?=") << u"Grüße"_qs << false;
    QTest::newRow("UTF-8 character split across Q words")
        << QByteArray("=?UTF-8?Q?Gr=C3?=\r\n =?UTF-8?Q?=BC=C3=9Fe?=") << u"Grüße"_qs << false;
    QTest::newRow("base64 string split mid-group")
        << QByteArray("=?UTF-8?B?R3LDvMO?= =?UTF-8?B?fZSBhdXMgS8O2bG4=?=") << u"Grüße aus Köln"_qs
        << false;
    QTest::newRow("B word without padding")
        << QByteArray("=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4?=") << u"Grüße aus Köln"_qs << false;
    QTest::newRow("folded white space between words dropped")
        << QByteArray("=?UTF-8?Q?a?=\r\n\t =?UTF-8?Q?b?=") << u"ab"_qs << false;
    QTest::newRow("text around words keeps its spaces")
        << QByteArray("Hallo =?UTF-8?Q?W=C3=B6rld?= !") << u"Hallo Wörld !"_qs << false;
    QTest::newRow("underscore is a space in Q")
        << QByteArray("=?UTF-8?Q?a_b__c?=") << u"a b  c"_qs << false;
    QTest::newRow("lower case charset and encoding")
        << QByteArray("=?utf-8?b?R3LDvMOfZQ==?=") << u"Grüße"_qs << false;
    QTest::newRow("RFC 2231 language in charset")
        << QByteArray("=?UTF-8*de?Q?Gr=C3=BC=C3=9Fe?=") << u"Grüße"_qs << false;
    QTest::newRow("different charsets side by side")
        << QByteArray("=?ISO-8859-1?Q?K=F6ln?= =?UTF-8?Q?_K=C3=B6ln?=") << u"Köln Köln"_qs << false;
    QTest::newRow("windows-1252 euro")
        << QByteArray("=?windows-1252?Q?10_=80?=") << u"10 €"_qs << false;
    QTest::newRow("KOI8-R B") << QByteArray("=?KOI8-R?B?8NLJ18XU?=") << u"Привет"_qs << false;
    QTest::newRow("invalid encoding letter stays literal")
        << QByteArray("=?UTF-8?X?abc?=") << u"=?UTF-8?X?abc?="_qs << false;
    QTest::newRow("unterminated word stays literal")
        << QByteArray("=?UTF-8?Q?abc") << u"=?UTF-8?Q?abc"_qs << false;
    QTest::newRow("unknown charset, UTF-8 bytes")
        << QByteArray("=?x-unknown?Q?Gr=C3=BC=C3=9Fe?=") << u"Grüße"_qs << true;
    QTest::newRow("raw 8-bit UTF-8") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                                   "e")
                                     << u"Grüße"_qs << false;
    QTest::newRow("raw 8-bit Latin-1") << QByteArray("Gr\xfc\xdf"
                                                     "e")
                                       << u"Grüße"_qs << true;
    QTest::newRow("control characters removed")
        << QByteArray("=?UTF-8?Q?a=00b=1B[31mc=0Ad=C2=9B?=") << u"ab[31mc d"_qs << false;
    QTest::newRow("empty") << QByteArray() << QString() << false;
}

void TestMimeMessage::rfc2047()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QFETCH(bool, fallback);
    const HeaderDecoder::Result result = HeaderDecoder::decode(raw);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.fallback, fallback);
}

void TestMimeMessage::rfc2231_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("fallback");

    QTest::newRow("continuations in order")
        << QByteArray("attachment; filename*0*=UTF-8''Gr%C3%BC; filename*1*=%C3%9Fe.txt")
        << u"Grüße.txt"_qs << false;
    // TOOLCHAIN.md §9: GMime 3.2.13 keeps the raw "UTF-8''" prefix here.
    QTest::newRow("continuations out of order")
        << QByteArray("attachment; filename*1*=%C3%9Fe.txt;\r\n filename*0*=UTF-8''Gr%C3%BC")
        << u"Grüße.txt"_qs << false;
    QTest::newRow("single extended value")
        << QByteArray("attachment; filename*=UTF-8''Gr%C3%BC%C3%9Fe.txt") << u"Grüße.txt"_qs
        << false;
    QTest::newRow("charset with language")
        << QByteArray("attachment; filename*=iso-8859-1'de'Gr%FC%DFe.txt") << u"Grüße.txt"_qs
        << false;
    QTest::newRow("unencoded section keeps percent signs")
        << QByteArray("attachment; filename*0*=UTF-8''a%20b; filename*1=\" c%20d\"")
        << u"a b c%20d"_qs << false;
    QTest::newRow("extended value preferred")
        << QByteArray("attachment; filename=\"fallback.txt\"; filename*=UTF-8''echt.txt")
        << u"echt.txt"_qs << false;
    QTest::newRow("RFC 2047 word in quotes")
        << QByteArray("attachment; filename=\"=?UTF-8?B?R3LDvMOfZS50eHQ=?=\"") << u"Grüße.txt"_qs
        << false;
    QTest::newRow("raw UTF-8") << QByteArray("attachment; filename=\"Gr\xc3\xbc\xc3\x9f"
                                             "e.txt\"")
                               << u"Grüße.txt"_qs << false;
    QTest::newRow("raw Latin-1") << QByteArray("attachment; filename=\"Gr\xfc\xdf"
                                               "e.txt\"")
                                 << u"Grüße.txt"_qs << true;
    // §9: GMime passes the bytes of an unknown charset through as not-UTF-8.
    QTest::newRow("unknown charset")
        << QByteArray("attachment; filename*=x-unknown''Gr%FC%DFe.txt") << u"Grüße.txt"_qs << true;
    // §9: a NUL cut the name short in GMime; here it is removed, the rest stays.
    QTest::newRow("NUL removed, not cutting")
        << QByteArray("attachment; filename*=UTF-8''evil%00.txt.exe") << u"evil.txt.exe"_qs
        << false;
    QTest::newRow("escaped quote")
        << QByteArray("attachment; filename=\"a\\\"b.txt\"") << u"a\"b.txt"_qs << false;
    QTest::newRow("semicolon in quotes")
        << QByteArray("attachment; filename=\"a;b.txt\"") << u"a;b.txt"_qs << false;
    QTest::newRow("name case-insensitive")
        << QByteArray("ATTACHMENT; FileName=x.txt") << u"x.txt"_qs << false;
    QTest::newRow("unquoted with spaces")
        << QByteArray("attachment; filename=my file.pdf") << u"my file.pdf"_qs << false;
}

void TestMimeMessage::rfc2231()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, fileName);
    QFETCH(bool, fallback);
    const MimeParameters p = MimeParameters::parse(field);
    QCOMPARE(p.value(), QByteArray("attachment"));
    QCOMPARE(p.parameter("filename"), fileName);
    QCOMPARE(p.charsetFallback(), fallback);
}

void TestMimeMessage::addresses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Latin-1 display name")
        << QByteArray("=?ISO-8859-1?Q?J=FCrgen_M=FCller?= <jm@example.org>")
        << QStringList {u"Jürgen Müller <jm@example.org>"_qs};
    QTest::newRow("UTF-8 character split across words (§9)")
        << QByteArray("=?UTF-8?B?R3LD?= =?UTF-8?B?vMOfZQ==?= <g@example.org>")
        << QStringList {u"Grüße <g@example.org>"_qs};
    QTest::newRow("adjacent B words in a name")
        << QByteArray("=?UTF-8?B?R3LDvMOfZSA=?= =?UTF-8?B?YXVzIEvDtmxu?= <k@example.org>")
        << QStringList {u"Grüße aus Köln <k@example.org>"_qs};
    QTest::newRow("quoted name with comma")
        << QByteArray("\"M\xc3\xbcller, Hans\" <h@example.org>, b@example.org")
        << QStringList {u"Müller, Hans <h@example.org>"_qs, u"b@example.org"_qs};
    QTest::newRow("unquoted name with comma") << QByteArray("Mueller, Hans <h@example.org>")
                                              << QStringList {u"Mueller, Hans <h@example.org>"_qs};
    QTest::newRow("encoded word in quotes")
        << QByteArray("\"=?UTF-8?Q?J=C3=BCrgen?=\" <j@example.org>")
        << QStringList {u"Jürgen <j@example.org>"_qs};
    QTest::newRow("group") << QByteArray("Team: a@example.org, B <b@example.org>;, c@example.org")
                           << QStringList {u"a@example.org"_qs, u"B <b@example.org>"_qs,
                                  u"c@example.org"_qs};
    QTest::newRow("empty group") << QByteArray("undisclosed-recipients:;") << QStringList {};
    QTest::newRow("comment as name")
        << QByteArray("a@example.org (Anna A)") << QStringList {u"Anna A <a@example.org>"_qs};
    QTest::newRow("obsolete route")
        << QByteArray("<@relay.example:a@example.org>") << QStringList {u"a@example.org"_qs};
    QTest::newRow("folded") << QByteArray("Anna\r\n A <a@example.org>,\r\n\tb@example.org")
                            << QStringList {u"Anna A <a@example.org>"_qs, u"b@example.org"_qs};
    QTest::newRow("name only") << QByteArray("Just A Name") << QStringList {u"Just A Name"_qs};
    QTest::newRow("empty entries")
        << QByteArray(" , a@example.org,, ") << QStringList {u"a@example.org"_qs};
    QTest::newRow("unterminated angle")
        << QByteArray("Anna <a@example.org") << QStringList {u"Anna <a@example.org>"_qs};
}

void TestMimeMessage::addresses()
{
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const MailAddress& a : MailAddress::parseList(raw)) {
        actual.append(a.display());
    }
    QCOMPARE(actual, expected);
}

void TestMimeMessage::dates_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("utc"); // ISO 8601, empty: invalid

    QTest::newRow("RFC 5322") << QByteArray("Mon, 3 Feb 2025 14:05:09 +0100")
                              << u"2025-02-03T13:05:09Z"_qs;
    QTest::newRow("no day name") << QByteArray("3 Feb 2025 14:05:09 -0500")
                                 << u"2025-02-03T19:05:09Z"_qs;
    QTest::newRow("no seconds") << QByteArray("Mon, 3 Feb 2025 14:05 +0000")
                                << u"2025-02-03T14:05:00Z"_qs;
    QTest::newRow("two-digit year")
        << QByteArray("3 Feb 25 14:05:09 GMT") << u"2025-02-03T14:05:09Z"_qs;
    QTest::newRow("two-digit year 99")
        << QByteArray("3 Feb 99 14:05:09 GMT") << u"1999-02-03T14:05:09Z"_qs;
    QTest::newRow("obsolete zone EST")
        << QByteArray("Mon, 3 Feb 2025 14:05:09 EST") << u"2025-02-03T19:05:09Z"_qs;
    QTest::newRow("military zone")
        << QByteArray("3 Feb 2025 14:05:09 A") << u"2025-02-03T14:05:09Z"_qs;
    QTest::newRow("no zone") << QByteArray("3 Feb 2025 14:05:09") << u"2025-02-03T14:05:09Z"_qs;
    QTest::newRow("comment after zone")
        << QByteArray("Mon, 3 Feb 2025 14:05:09 +0100 (CET)") << u"2025-02-03T13:05:09Z"_qs;
    QTest::newRow("asctime") << QByteArray("Mon Feb  3 14:05:09 2025")
                             << u"2025-02-03T14:05:09Z"_qs;
    QTest::newRow("ISO 8601") << QByteArray("2025-02-03T14:05:09Z") << u"2025-02-03T14:05:09Z"_qs;
    QTest::newRow("zone glued to time")
        << QByteArray("3 Feb 2025 14:05:09+0100") << u"2025-02-03T13:05:09Z"_qs;
    QTest::newRow("German month") << QByteArray("Mo, 3 Mai 2025 10:00:00 +0200")
                                  << u"2025-05-03T08:00:00Z"_qs;
    QTest::newRow("24:00") << QByteArray("3 Feb 2025 24:00:00 +0000") << u"2025-02-04T00:00:00Z"_qs;
    QTest::newRow("leap second") << QByteArray("31 Dec 2016 23:59:60 +0000")
                                 << u"2016-12-31T23:59:59Z"_qs;
    QTest::newRow("garbage") << QByteArray("gestern abend") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("31 February") << QByteArray("31 Feb 2025 10:00:00 +0000") << QString();
}

void TestMimeMessage::dates()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, utc);
    const QDateTime parsed = MailDate::parse(raw);
    if (utc.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODate), utc);
}

void TestMimeMessage::toolchainExample()
{
    // TOOLCHAIN.md §5: the sample that GMime itself decodes correctly.
    const auto m = load("toolchain-latin1-windows1252-qp.eml");
    QVERIFY(m);
    QCOMPARE(m->subject(), u"Grüße aus Köln"_qs);
    QCOMPARE(MailAddress::displayList(m->from()), u"Jürgen Müller <jm@example.org>"_qs);
    QCOMPARE(m->from().first().name, u"Jürgen Müller"_qs);
    QCOMPARE(m->from().first().address, u"jm@example.org"_qs);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.format, MessageBody::Format::PlainText);
    QCOMPARE(body.text, u"Preis: 10 € für “Käse”, … hier weiter.\n"_qs);
    QCOMPARE(body.charset, u"windows-1252"_qs);
    QVERIFY(!body.charsetFallback);
    QVERIFY(m->warnings().isEmpty());
}

void TestMimeMessage::adjacentEncodedWordsInMessage()
{
    const QByteArray raw = "From: =?UTF-8?B?R3LD?= =?UTF-8?B?vMOfZQ==?= <g@example.org>\r\n"
                           "Subject: =?UTF-8?B?R3LDvMOfZSA=?= =?UTF-8?B?YXVzIEvDtmxu?=\r\n"
                           "X-Note: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                           "\r\nText\r\n";
    QString error;
    const auto m = MimeMessage::fromData(raw, &error);
    QVERIFY(m);
    QCOMPARE(m->subject(), u"Grüße aus Köln"_qs);
    QCOMPARE(m->from().first().name, u"Grüße"_qs);
    QCOMPARE(m->headerValue("x-note"), u"Grüße"_qs);
    QCOMPARE(m->headerValue("X-Missing"), QString());
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Text\n"_qs);
}

void TestMimeMessage::identityHeaders()
{
    const QByteArray raw = "From: a@example.org\n"
                           "To: b@example.org, C <c@example.org>\n"
                           "Cc: d@example.org\n"
                           "Reply-To: list@example.org\n"
                           "Date: Tue, 4 Feb 2025 09:00:00 +0100\n"
                           "Message-ID:\n <id.42@example.org>\n"
                           "In-Reply-To: <id.41@example.org>\n"
                           "References: <id.40@example.org>\n <id.41@example.org>\n"
                           "\n"
                           "Body\n";
    QString error;
    const auto m = MimeMessage::fromData(raw, &error);
    QVERIFY(m);
    QCOMPARE(m->messageId(), u"id.42@example.org"_qs);
    QCOMPARE(m->inReplyTo(), QStringList {u"id.41@example.org"_qs});
    QCOMPARE(m->references(), (QStringList {u"id.40@example.org"_qs, u"id.41@example.org"_qs}));
    QCOMPARE(m->to().size(), 2);
    QCOMPARE(m->to().at(1).name, u"C"_qs);
    QCOMPARE(MailAddress::displayList(m->cc()), u"d@example.org"_qs);
    QCOMPARE(MailAddress::displayList(m->replyTo()), u"list@example.org"_qs);
    QCOMPARE(m->date(), QDateTime(QDate(2025, 2, 4), QTime(8, 0), Qt::UTC));
    QCOMPARE(m->rawHeaders(), raw.left(raw.indexOf("\n\n") + 1));
    QVERIFY(!m->hasAttachments());
}

void TestMimeMessage::fromFileMatchesFromData()
{
    const QString path = dataFile("nested-rfc822.eml");
    QString error;
    const auto a = MimeMessage::fromFile(path, &error);
    const auto b = MimeMessage::fromData(readFile(path), &error);
    QVERIFY(a && b);
    QCOMPARE(a->subject(), b->subject());
    QCOMPARE(a->rawHeaders(), b->rawHeaders());
    QVERIFY(a->rawHeaders().startsWith("From: Carla"));
    QVERIFY(a->rawHeaders().endsWith("Content-Type: multipart/mixed; boundary=\"mix\"\n"));
    QCOMPARE(a->body(MimeMessage::BodyPreference::Plain).text,
        b->body(MimeMessage::BodyPreference::Plain).text);
    QCOMPARE(a->attachments().size(), b->attachments().size());
}

void TestMimeMessage::missingFileIsAnError()
{
    QString error;
    QVERIFY(!MimeMessage::fromFile(dataFile("does-not-exist.eml"), &error));
    QVERIFY(error.contains(u"does-not-exist.eml"_qs));
}

void TestMimeMessage::alternativeFollowsPreference()
{
    const auto m = load("alternative-plain-html.eml");
    QVERIFY(m);
    const MessageBody plain = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(plain.format, MessageBody::Format::PlainText);
    QCOMPARE(plain.text, u"Hallo Bob, das ist der Text."_qs);
    const MessageBody html = m->body(MimeMessage::BodyPreference::Html);
    QCOMPARE(html.format, MessageBody::Format::Html);
    QVERIFY(html.text.contains(u"<b>HTML</b>"_qs));
    QVERIFY(m->attachments().isEmpty());
}

void TestMimeMessage::relatedServesCidImages()
{
    const auto m = load("related-html-cid.eml");
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Plain newsletter."_qs);
    const MessageBody html = m->body(MimeMessage::BodyPreference::Html);
    QCOMPARE(html.format, MessageBody::Format::Html);
    QVERIFY(html.text.contains(u"cid:logo.1@example.org"_qs));

    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].contentId, u"logo.1@example.org"_qs);
    QCOMPARE(parts[0].mimeType, u"image/png"_qs);
    QCOMPARE(parts[0].fileName, u"logo.png"_qs);
    QVERIFY(parts[0].isInline);
    QVERIFY(!m->hasAttachments()); // an image of the HTML is no attachment

    const QByteArray png
        = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                                 "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    QString type;
    QCOMPARE(m->contentById(u"logo.1@example.org"_qs, &type), png);
    QCOMPARE(type, u"image/png"_qs);
    QCOMPARE(m->contentById(u"cid:logo.1@example.org"_qs, nullptr), png);
    QCOMPARE(m->contentById(u"<logo.1@example.org>"_qs, nullptr), png);
    QVERIFY(m->contentById(u"other@example.org"_qs, nullptr).isEmpty());
}

void TestMimeMessage::nestedMessageShownInline()
{
    const auto m = load("nested-rfc822.eml");
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.format, MessageBody::Format::PlainText);
    const qsizetype outer = body.text.indexOf(u"Siehe unten."_qs);
    const qsizetype subject = body.text.indexOf(u"Protokoll für Montag"_qs);
    const qsizetype sender = body.text.indexOf(u"Dieter <dieter@example.org>"_qs);
    const qsizetype inner = body.text.indexOf(u"Das Protokoll ist im Anhang."_qs);
    QVERIFY2(
        outer >= 0 && subject > outer && sender > outer && inner > subject, qPrintable(body.text));
    QVERIFY(!body.text.contains(u"a,b"_qs)); // the CSV attachment is not body text

    const MessageBody html = m->body(MimeMessage::BodyPreference::Html);
    QCOMPARE(html.format, MessageBody::Format::PlainText); // no HTML anywhere

    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].fileName, u"protokoll.csv"_qs);
    QCOMPARE(parts[0].mimeType, u"text/csv"_qs);
    QVERIFY(!parts[0].isInline);
    QVERIFY(m->hasAttachments());
}

void TestMimeMessage::forwardedMessageIsAlsoAnAttachment()
{
    const auto m = load("forwarded-as-attachment.eml");
    QVERIFY(m);
    const QString text = m->body(MimeMessage::BodyPreference::Plain).text;
    QVERIFY(text.startsWith(u"Weitergeleitet als Anhang."_qs));
    QVERIFY(text.contains(u"Das Angebot gilt bis Ende März."_qs)); // shown inline too
    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].mimeType, u"message/rfc822"_qs);
    QCOMPARE(parts[0].fileName, u"Angebot für März.eml"_qs);
    QVERIFY(parts[0].size > 100);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(u"fwd.eml"_qs);
    QVERIFY2(m->saveAttachment(0, path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), parts[0].size);
    const auto saved = MimeMessage::fromFile(path, &error);
    QVERIFY(saved);
    QCOMPARE(saved->subject(), u"Angebot für März"_qs);
    QCOMPARE(saved->body(MimeMessage::BodyPreference::Plain).text,
        u"Das Angebot gilt bis Ende März.\n"_qs);
}

void TestMimeMessage::charsets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fallback");

    QTest::newRow("windows-1252") << u"charset-windows-1252-8bit.eml"_qs
                                  << u"Grüße, Käse für 10 € – “gut”\n"_qs << false;
    QTest::newRow("ISO-8859-15") << u"charset-iso-8859-15-qp.eml"_qs << u"Preis: 5 € für Öl\n"_qs
                                 << false;
    QTest::newRow("KOI8-R") << u"charset-koi8-r-base64.eml"_qs << u"Привет, мир! Ёлка.\n"_qs
                            << false;
    QTest::newRow("Shift_JIS") << u"charset-shift_jis-8bit.eml"_qs
                               << u"こんにちは、世界。メールです。\n"_qs << false;
    QTest::newRow("unknown, UTF-8 bytes")
        << u"charset-unknown-utf8-bytes.eml"_qs << u"Grüße aus Köln\n"_qs << true;
    QTest::newRow("unknown, Latin-1 bytes")
        << u"charset-unknown-latin1-bytes.eml"_qs << u"Grüße aus Köln\n"_qs << true;
    QTest::newRow("UTF-8 declared, windows-1252 sent")
        << u"charset-lying-utf8-is-cp1252.eml"_qs << u"Grüße aus Köln – 5 €\n"_qs << true;
    QTest::newRow("us-ascii declared, UTF-8 sent")
        << u"charset-lying-ascii-is-utf8.eml"_qs << u"Grüße aus Köln\n"_qs << true;
    QTest::newRow("no charset, 8-bit Latin-1")
        << u"charset-missing-8bit-latin1.eml"_qs << u"Grüße aus Köln\n"_qs << true;
}

void TestMimeMessage::charsets()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(bool, fallback);
    const auto m = load(file.toUtf8().constData());
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.text, text);
    QCOMPARE(body.charsetFallback, fallback);
    QCOMPARE(!m->warnings().isEmpty(), fallback);
}

void TestMimeMessage::transferEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");

    QTest::newRow("7bit") << u"encoding-7bit.eml"_qs << u"Plain ASCII text.\n"_qs;
    QTest::newRow("8bit") << u"encoding-8bit.eml"_qs << u"Grüße aus Köln\n"_qs;
    QTest::newRow("binary") << u"encoding-binary.eml"_qs << u"Grüße\naus Köln\n"_qs;
    QTest::newRow("base64") << u"encoding-base64.eml"_qs << u"Grüße aus Köln\n"_qs;
    QTest::newRow("quoted-printable")
        << u"encoding-quoted-printable.eml"_qs
        << u"Grüße aus Köln, ein sehr langer Satz, der weich umbrochen wird.\n"_qs;
}

void TestMimeMessage::transferEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const auto m = load(file.toUtf8().constData());
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, text);
    QVERIFY(m->warnings().isEmpty());
}

void TestMimeMessage::base64WithoutPaddingKeepsLastBytes()
{
    // TOOLCHAIN.md §9: GMime 3.2.13 drops the bytes of an unpadded last group.
    const auto m = load("base64-without-padding.eml");
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Grüße aus Köln"_qs);
}

void TestMimeMessage::attachmentsListedAndSaved()
{
    const auto m = load("attachments-mixed.eml");
    QVERIFY(m);
    QCOMPARE(m->body(MimeMessage::BodyPreference::Plain).text, u"Anbei die Unterlagen."_qs);
    const QList<AttachmentInfo> parts = m->attachments();
    QCOMPARE(parts.size(), 3);
    QVERIFY(m->hasAttachments());

    // RFC 2231 continuations out of order, preferred to the name parameter.
    QCOMPARE(parts[0].index, 0);
    QCOMPARE(parts[0].fileName, u"Straßenverzeichnis München.pdf"_qs);
    QCOMPARE(parts[0].mimeType, u"application/pdf"_qs);
    QVERIFY(!parts[0].isInline);
    const QByteArray pdf = readFile(dataFile("attachment-payload.bin"));
    QVERIFY(qAbs(parts[0].size - pdf.size()) <= pdf.size() / 20);

    QCOMPARE(parts[1].fileName, u"Grüße.png"_qs);
    QCOMPARE(parts[1].mimeType, u"image/png"_qs);
    QVERIFY(parts[1].isInline);

    QCOMPARE(parts[2].fileName, u"unpadded.bin"_qs);

    QTemporaryDir dir;
    QString error;
    const QString pdfPath = dir.filePath(u"a.pdf"_qs);
    QVERIFY2(m->saveAttachment(0, pdfPath, &error), qPrintable(error));
    QCOMPARE(readFile(pdfPath), pdf);
    // Unpadded base64 keeps its last bytes (§9).
    const QString binPath = dir.filePath(u"b.bin"_qs);
    QVERIFY2(m->saveAttachment(2, binPath, &error), qPrintable(error));
    QCOMPARE(readFile(binPath), QByteArray("0123456789A"));

    QVERIFY(!m->saveAttachment(3, dir.filePath(u"c"_qs), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m->saveAttachment(0, dir.filePath(u"missing/dir/x.pdf"_qs), &error));
    QVERIFY(!error.isEmpty());
}

void TestMimeMessage::flowedTextIsJoined()
{
    const auto m = load("format-flowed-delsp.eml");
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QVERIFY(body.flowed);
    QVERIFY(body.delSp);
    // DelSp=yes: the space before the soft break goes (RFC 3676 §4.2).
    QVERIFY2(body.text.startsWith(u"Dies ist ein langerAbsatz.\n"_qs), qPrintable(body.text));
    QVERIFY(!body.text.contains(QLatin1Char('\r')));
}

void TestMimeMessage::htmlOnlyStaysHtml()
{
    const auto m = load("html-only.eml");
    QVERIFY(m);
    const MessageBody body = m->body(MimeMessage::BodyPreference::Plain);
    QCOMPARE(body.format, MessageBody::Format::Html);
    QVERIFY(body.text.contains(u"für Februar &amp; März"_qs));
}

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
