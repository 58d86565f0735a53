// SPDX-License-Identifier: GPL-3.0-or-later
// Summary extraction from message files, as ArchiveStore does it for every archived message:
//   1. 10,000 small messages (2–8 KB, plain, alternative and with a small attachment):
//      messages per second on one core (goal: at least 5,000);
//   2. 1,000 mixed messages (2 KB – 2 MB, a third with base64 attachments): MB per second;
//   3. one message with a 100 MB base64 attachment: peak memory above the baseline while it
//      is parsed, its summary computed and its attachment saved (goal: under 64 MB).
// The messages are written to a temporary directory first; only parsing is timed. Run the
// huge case alone (`bench_mail_summary 0 0 100`) for a clean baseline: memory freed by the
// earlier cases stays with the process and would hide the peak.
//   bench_mail_summary [small-count] [mixed-count] [huge-megabytes]
#include "mail/MessageSummary.h"
#include "mail/MessageSummaryReader.h"
#include "mail/MimeMessage.h"

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace Postbote;

namespace {

QByteArray words(QRandomGenerator& gen, qsizetype bytes)
{
    static const char* const pool[] = {"Grüße", "aus", "Köln", "the", "mail", "server", "POP3",
        "Nachricht", "wurde", "abgeholt", "meeting", "tomorrow", "Straße", "attachment", "und"};
    QByteArray text;
    qsizetype lineStart = 0;
    while (text.size() < bytes) {
        text += pool[gen.bounded(int(std::size(pool)))];
        if (text.size() - lineStart > 70) {
            text += '\n';
            lineStart = text.size();
        } else {
            text += ' ';
        }
    }
    return text + '\n';
}

QByteArray base64Lines(QRandomGenerator& gen, qsizetype decodedBytes)
{
    QByteArray raw(decodedBytes, Qt::Uninitialized);
    for (char& c : raw) {
        c = char(gen.bounded(256));
    }
    const QByteArray encoded = raw.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / 76 + 1);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        lines += encoded.mid(i, 76) + '\n';
    }
    return lines;
}

QByteArray message(QRandomGenerator& gen, int i, qsizetype textBytes, qsizetype attachmentBytes)
{
    QByteArray m = "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm" + QByteArray::number(i)
        + "@example.org>\nTo: Max <max@example.org>\nSubject: =?UTF-8?B?R3LDvMOfZSA=?= "
          "=?UTF-8?B?YXVzIEvDtmxu?= "
        + QByteArray::number(i) + "\nDate: Tue, 3 Nov 2026 10:00:00 +0100\nMessage-ID: <"
        + QByteArray::number(i) + "@example.org>\nMIME-Version: 1.0\n";
    const QByteArray text = words(gen, textBytes);
    const int kind = i % 3;
    if (kind == 0 && attachmentBytes == 0) {
        return m + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text;
    }
    if (kind == 1 && attachmentBytes == 0) {
        return m
            + "Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n"
              "Content-Type: text/plain; charset=utf-8\n\n"
            + text + "--alt\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>" + text
            + "</p></body></html>\n--alt--\n";
    }
    return m
        + "Content-Type: multipart/mixed; boundary=\"mix\"\n\n--mix\n"
          "Content-Type: text/plain; charset=utf-8\n\n"
        + text
        + "--mix\nContent-Type: application/pdf; name=\"Stundenplan.pdf\"\n"
          "Content-Disposition: attachment; filename=\"Stundenplan.pdf\"\n"
          "Content-Transfer-Encoding: base64\n\n"
        + base64Lines(gen, qMax<qsizetype>(attachmentBytes, 600)) + "--mix--\n";
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Peak resident memory of this process in KB; resettable through clear_refs (Linux).
qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

qint64 currentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

// Computes every file's summary as ArchiveStore does (MessageSummaryReader), or by parsing
// the whole message; returns seconds.
double summarizeAll(const QStringList& files, bool whole, qint64* failures)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString& path : files) {
        QString error;
        std::optional<MessageSummary> summary;
        if (whole) {
            if (const auto parsed = MimeMessage::fromFile(path, &error)) {
                summary = MessageSummary::of(*parsed);
            }
        } else {
            summary = MessageSummaryReader::read(path, &error);
        }
        if (!summary || summary->subject.isEmpty()) {
            ++*failures;
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    const int smallCount = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int mixedCount = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int hugeMb = argc > 3 ? std::atoi(argv[3]) : 100;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    QRandomGenerator gen(4711);

    QStringList small;
    qint64 smallBytes = 0;
    for (int i = 0; i < smallCount; ++i) {
        const QByteArray m = message(gen, i, gen.bounded(1500, 7000), i % 3 == 2 ? 600 : 0);
        const QString path = dir.filePath(QStringLiteral("small-%1.eml").arg(i));
        if (!writeFile(path, m)) {
            return 1;
        }
        smallBytes += m.size();
        small << path;
    }
    qint64 failures = 0;
    summarizeAll(small.mid(0, qMin(200, smallCount)), false, &failures); // warm-up
    failures = 0;
    const double smallSeconds = summarizeAll(small, false, &failures);
    if (smallCount > 0) {
        std::printf("small: %d messages, %.1f MB, %.3f s, %.0f messages/s (goal >= 5000), %lld "
                    "failures\n",
            smallCount, double(smallBytes) / 1e6, smallSeconds, smallCount / smallSeconds,
            static_cast<long long>(failures));
    }

    QStringList mixed;
    qint64 mixedBytes = 0;
    for (int i = 0; i < mixedCount; ++i) {
        // Sizes spread log-uniformly from 2 KB to 2 MB.
        const double exponent = 11.0 + gen.generateDouble() * 10.0;
        const qsizetype size = qsizetype(std::exp2(exponent));
        const bool withAttachment = i % 3 == 2;
        const QByteArray m
            = message(gen, i, withAttachment ? 1500 : size, withAttachment ? size * 3 / 4 : 0);
        const QString path = dir.filePath(QStringLiteral("mixed-%1.eml").arg(i));
        if (!writeFile(path, m)) {
            return 1;
        }
        mixedBytes += m.size();
        mixed << path;
    }
    for (const bool whole : {true, false}) {
        failures = 0;
        const double mixedSeconds = summarizeAll(mixed, whole, &failures);
        if (mixedCount > 0) {
            std::printf("mixed (%s): %d messages, %.1f MB, %.3f s, %.0f MB/s, %.0f messages/s, "
                        "%lld failures\n",
                whole ? "whole parse" : "MessageSummaryReader", mixedCount,
                double(mixedBytes) / 1e6, mixedSeconds, double(mixedBytes) / 1e6 / mixedSeconds,
                mixedCount / mixedSeconds, static_cast<long long>(failures));
        }
    }

    if (hugeMb > 0) {
        // Written in pieces, so that the generator does not raise the peak itself.
        const QString hugePath = dir.filePath(QStringLiteral("huge.eml"));
        {
            QFile file(hugePath);
            if (!file.open(QIODevice::WriteOnly)) {
                return 1;
            }
            file.write("From: a@example.org\nSubject: =?UTF-8?Q?Gro=C3=9Fer_Anhang?=\n"
                       "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"h\"\n\n"
                       "--h\nContent-Type: text/plain\n\nsee attachment\n--h\n"
                       "Content-Type: application/octet-stream; name=\"big.bin\"\n"
                       "Content-Transfer-Encoding: base64\n\n");
            for (int mb = 0; mb < hugeMb; ++mb) {
                file.write(base64Lines(gen, 1024 * 1024));
            }
            file.write("--h--\n");
        }
        small.clear();
        mixed.clear();
        const qint64 baseline = currentKb();
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto parsed = MimeMessage::fromFile(hugePath, &error);
        const MessageSummary summary = parsed ? MessageSummary::of(*parsed) : MessageSummary {};
        const bool saved
            = parsed && parsed->saveAttachment(0, dir.filePath(QStringLiteral("big.bin")), &error);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 peak = peakKb();
        std::printf("huge: %d MB of attachment, summary \"%s\", saved %s in %.2f s, peak %.1f MB "
                    "above the baseline of %.1f MB (goal < 64)\n",
            hugeMb, qPrintable(summary.subject), saved ? "yes" : "NO", seconds,
            double(peak - baseline) / 1024.0, double(baseline) / 1024.0);
    }
    return 0;
}
