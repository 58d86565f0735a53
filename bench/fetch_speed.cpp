// SPDX-License-Identifier: GPL-3.0-or-later
// Fetch speed: a whole session (connect, login, UIDL, LIST, RETR of every message, QUIT)
// against a throwaway dovecot on 127.0.0.1, over plain and TLS, with pipelining on (Auto)
// and off. Prints the median of several runs. See bench/README.md.
#include "DovecotFixture.h"
#include "MemorySink.h"
#include "net/SslSocketTransport.h"
#include "pop3/Pop3Session.h"
#include "pop3/ScanListing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Postbote;
using Postbote::Test::DovecotFixture;
using Postbote::Test::MemorySink;

namespace {

const QString User = QStringLiteral("bench");
const QString Password = QStringLiteral("bench-password");

struct RunResult
{
    bool ok = false;
    QString error;
    double seconds = 0;
    qint64 bytes = 0;
    int messages = 0;
    int window = 0;
};

/// A typical small mail of 2 to 4 KB: headers, then lines of text.
QByteArray smallMessage(int number, QRandomGenerator& random)
{
    QByteArray message
        = "From: Sender <sender@example.org>\nTo: bench@example.org\nSubject: Message "
        + QByteArray::number(number) + "\nMessage-ID: <" + QByteArray::number(number)
        + ".bench@example.org>\n\n";
    const int size = int(random.bounded(2048, 4097));
    while (message.size() < size) {
        QByteArray line(int(random.bounded(40, 77)), 'a');
        for (char& c : line) {
            c = char('a' + random.bounded(26));
        }
        message += line + '\n';
    }
    return message;
}

RunResult runOnce(const DovecotFixture& dovecot, Security security, PipeliningMode pipelining)
{
    SessionOptions options;
    options.host = QStringLiteral("localhost");
    options.port = security == Security::ImplicitTls ? dovecot.pop3sPort() : dovecot.pop3Port();
    options.security = security;
    options.user = User;
    options.password = Password;
    options.pipelining = pipelining;
    options.caCertificates = dovecot.caCertificates();

    RunResult result;
    std::vector<std::unique_ptr<MemorySink>> sinks; // outlive the session
    SslSocketTransport transport;
    Pop3Session session(&transport, options);
    QEventLoop loop;
    Pop3Session::CommandId listId = 0;
    Pop3Session::CommandId lastId = 0;

    QObject::connect(&session, &Pop3Session::ready, &loop, [&] {
        result.window = session.pipelineWindow();
        session.uidl();
        listId = session.list();
    });
    QObject::connect(&session, &Pop3Session::replyReceived, &loop,
        [&](Pop3Session::CommandId id, const Pop3Reply& reply) {
            if (id == listId) {
                const auto entries = ScanListing::parseList(reply.lines);
                if (!entries || entries->isEmpty()) {
                    result.error = QStringLiteral("LIST failed");
                    session.abort();
                    return;
                }
                for (const ScanListing::SizeEntry& entry : *entries) {
                    sinks.push_back(std::make_unique<MemorySink>(false));
                    lastId = session.retrieve(entry.number, sinks.back().get());
                }
            } else if (id == lastId) {
                session.quit();
            }
        });
    QObject::connect(&session, &Pop3Session::finished, &loop, [&] {
        result.ok = true;
        loop.quit();
    });
    QObject::connect(&session, &Pop3Session::failed, &loop, [&](const Pop3Error& error) {
        if (result.error.isEmpty()) {
            result.error = error.toString();
        }
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, [&] {
        result.error = QStringLiteral("timed out");
        loop.quit();
    });

    QElapsedTimer clock;
    clock.start();
    session.open();
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const auto& sink : sinks) {
        if (sink->isFinished()) {
            result.bytes += sink->bytes();
            ++result.messages;
        }
    }
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times full POP3 sessions against a throwaway dovecot."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages in the mailbox (default 2000)."), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs per configuration; the median is shown (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOption(messagesOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int messageCount = qMax(1, parser.value(messagesOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    DovecotFixture dovecot;
    dovecot.addUser(User, Password);
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "cannot start dovecot: %s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random(4711);
    qint64 mailboxBytes = 0;
    for (int i = 1; i <= messageCount; ++i) {
        const QByteArray message = smallMessage(i, random);
        mailboxBytes += message.size();
        if (dovecot.deliver(User, message).isEmpty()) {
            std::fprintf(stderr, "cannot deliver message %d\n", i);
            return 1;
        }
    }
    std::printf("mailbox: %d messages, %.2f MB (LF line ends); %d runs each, median shown\n",
        messageCount, double(mailboxBytes) / 1e6, runs);
    std::printf("%-10s %-11s %7s %9s %11s %8s\n", "security", "pipelining", "window", "seconds",
        "messages/s", "MB/s");

    struct Config
    {
        const char* name;
        Security security;
        const char* pipeliningName;
        PipeliningMode pipelining;
    };
    const Config configs[] = {
        {"plain", Security::None, "auto", PipeliningMode::Auto},
        {"plain", Security::None, "off", PipeliningMode::Off},
        {"tls", Security::ImplicitTls, "auto", PipeliningMode::Auto},
        {"tls", Security::ImplicitTls, "off", PipeliningMode::Off},
    };
    int status = 0;
    for (const Config& config : configs) {
        // One warm-up run so that dovecot's index files exist and the caches are warm.
        runOnce(dovecot, config.security, config.pipelining);
        std::vector<RunResult> results;
        for (int run = 0; run < runs; ++run) {
            RunResult result = runOnce(dovecot, config.security, config.pipelining);
            if (!result.ok || result.messages != messageCount) {
                std::fprintf(stderr, "%s/%s failed: %s (%d of %d messages)\n", config.name,
                    config.pipeliningName, qPrintable(result.error), result.messages, messageCount);
                status = 1;
                break;
            }
            results.push_back(result);
        }
        if (results.empty()) {
            continue;
        }
        std::sort(results.begin(), results.end(),
            [](const RunResult& a, const RunResult& b) { return a.seconds < b.seconds; });
        const RunResult& median = results.at(results.size() / 2);
        std::printf("%-10s %-11s %7d %9.3f %11.0f %8.2f\n", config.name, config.pipeliningName,
            median.window, median.seconds, double(median.messages) / median.seconds,
            double(median.bytes) / 1e6 / median.seconds);
    }
    dovecot.stop();
    return status;
}
