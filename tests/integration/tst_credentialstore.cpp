// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore against the real Secret Service (gnome-keyring in a private D-Bus session,
// see KeyringSession), the classification of QtKeychain's errors, and the no-keychain path:
// a child process without a usable Secret Service keeps the password in memory, says so and
// writes no file.
#include "KeyringSession.h"
#include "account/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <cstring>

using namespace Postbote;
using Kind = CredentialError::Kind;

Q_DECLARE_METATYPE(Postbote::CredentialError::Kind)

namespace {

const QString Secret = QStringLiteral("s3cr3t-pässwörd \"quoted\"");
const char* const ChildArgument = "--no-keychain-child";

struct ReadResult
{
    QString password;
    CredentialError error;
};

ReadResult readNow(CredentialStore& store, const QString& id)
{
    QSignalSpy spy(&store, &CredentialStore::readFinished);
    store.read(id);
    if (!spy.wait(20000)) {
        return {QString(), CredentialError(Kind::Other, QStringLiteral("timeout"))};
    }
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).toString(), args.at(2).value<CredentialError>()};
}

CredentialError rememberNow(CredentialStore& store, const QString& id, const QString& password)
{
    QSignalSpy spy(&store, &CredentialStore::rememberFinished);
    store.rememberAfterLogin(id, password);
    if (!spy.wait(20000)) {
        return CredentialError(Kind::Other, QStringLiteral("timeout"));
    }
    return spy.takeFirst().at(1).value<CredentialError>();
}

CredentialError removeNow(CredentialStore& store, const QString& id)
{
    QSignalSpy spy(&store, &CredentialStore::removeFinished);
    store.remove(id);
    if (!spy.wait(20000)) {
        return CredentialError(Kind::Other, QStringLiteral("timeout"));
    }
    return spy.takeFirst().at(1).value<CredentialError>();
}

/// Files under \a root (keyring files aside) whose bytes contain \a needle.
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/.local/share/keyrings/"))) {
            continue;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            hits.append(path);
        }
    }
    return hits;
}

/// The no-keychain child: every step prints a line; exit code 0 only if all held.
int noKeychainChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    const auto check = [&failures](bool ok, const char* what) {
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", what);
        failures += ok ? 0 : 1;
    };
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore store(QStringLiteral("Postbote-test"));
    QSignalSpy kept(&store, &CredentialStore::keptInMemory);
    const CredentialError written = rememberNow(store, id, Secret);
    std::printf("keychain said: %s\n", qPrintable(written.detail()));
    check(written.kind() == Kind::NoKeychain, "write reports NoKeychain");
    check(kept.size() == 1, "keptInMemory emitted once");
    check(!kept.isEmpty() && kept.first().at(1).toString() == CredentialStore::memoryNotice(),
        "keptInMemory carries the notice");
    check(CredentialStore::memoryNotice().contains(QLatin1String("memory")),
        "the notice says the password is kept in memory");
    check(store.isMemoryOnly(), "store is memory-only");
    check(store.holdsInMemory(id), "password held in memory");
    const ReadResult again = readNow(store, id);
    check(!again.error.isError() && again.password == Secret, "read answers from memory");
    CredentialStore fresh(QStringLiteral("Postbote-test"));
    const ReadResult other = readNow(fresh, id);
    check(other.error.kind() == Kind::NoKeychain && other.password.isEmpty(),
        "another store (as the next run) has no password and says NoKeychain");
    check(fresh.isMemoryOnly(), "the other store knows it is memory-only");
    const CredentialError removed = removeNow(store, id);
    check(!store.holdsInMemory(id), "remove forgets the password in memory");
    Q_UNUSED(removed);
    return failures == 0 ? 0 : 1;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classification_data();
    void classification();
    void messagesAreSentences();
    void keychainRoundTrip();
    void readsAreKeyedByAccount();
    void noPasswordInFilesUnderHome();
    void noKeychain_data();
    void noKeychain();

private:
    QString m_service = QStringLiteral("Postbote-test-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
};

void TestCredentialStore::classification_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    // The texts of TOOLCHAIN.md §3, as QtKeychain 0.13.2 gives them.
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Kind::None;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_qs
                               << Kind::NotFound;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << QString() << Kind::AccessDenied;
    QTest::newRow("locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_qs
        << Kind::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                << Kind::NoKeychain;
    QTest::newRow("not implemented")
        << int(QKeychain::NotImplemented) << QString() << Kind::NoKeychain;
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_qs
        << Kind::NoKeychain;
    QTest::newRow("bus socket gone")
        << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_qs
        << Kind::NoKeychain;
    QTest::newRow("no secrets provider")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_qs
        << Kind::NoKeychain;
    QTest::newRow("fresh keyring without login collection")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_qs
        << Kind::NoKeychain;
    QTest::newRow("no libsecret") << int(QKeychain::OtherError) << u"Unknown error"_qs
                                  << Kind::NoKeychain;
    QTest::newRow("something else")
        << int(QKeychain::OtherError) << u"Disk quota exceeded"_qs << Kind::Other;
    QTest::newRow("could not delete")
        << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_qs << Kind::Other;
}

void TestCredentialStore::classification()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const CredentialError error = CredentialError::fromKeychain(code, text);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.detail(), kind == Kind::None ? QString() : text);
    QCOMPARE(error.message().isEmpty(), kind == Kind::None);
}

void TestCredentialStore::messagesAreSentences()
{
    for (const Kind kind : {Kind::NotFound, Kind::AccessDenied, Kind::NoKeychain, Kind::Other}) {
        const QString message = CredentialError(kind, u"detail"_qs).message();
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.endsWith(u'.') || message.endsWith(u"detail"_qs), qPrintable(message));
    }
    QVERIFY(CredentialError(Kind::Other, u"Disk quota exceeded"_qs)
                .message()
                .contains(u"Disk quota exceeded"_qs));
    QVERIFY(CredentialError(Kind::NoKeychain).message().contains(u"never writes it to a file"_qs));
}

void TestCredentialStore::keychainRoundTrip()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "the test must run in its private D-Bus session");
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore store(m_service);
    QCOMPARE(CredentialStore().service(), u"Postbote"_qs);

    const ReadResult before = readNow(store, id);
    QCOMPARE(before.error.kind(), Kind::NotFound);
    QVERIFY(before.password.isEmpty());

    QSignalSpy kept(&store, &CredentialStore::keptInMemory);
    const CredentialError written = rememberNow(store, id, Secret);
    QVERIFY2(!written.isError(), qPrintable(written.detail()));
    QVERIFY(kept.isEmpty());
    QVERIFY(!store.isMemoryOnly());
    QVERIFY(!store.holdsInMemory(id)); // it is in the keychain, not in memory

    CredentialStore other(m_service); // as another program would
    const ReadResult after = readNow(other, id);
    QVERIFY2(!after.error.isError(), qPrintable(after.error.detail()));
    QCOMPARE(after.password, Secret);

    QVERIFY(!rememberNow(store, id, u"neu"_qs).isError());
    QCOMPARE(readNow(other, id).password, u"neu"_qs);

    const CredentialError removed = removeNow(store, id);
    QVERIFY2(!removed.isError(), qPrintable(removed.detail()));
    QCOMPARE(readNow(other, id).error.kind(), Kind::NotFound);
    // Removing what is not there is no failure worth reporting (the backend may say either).
    const CredentialError again = removeNow(store, id);
    QVERIFY2(!again.isError() || again.kind() == Kind::NotFound, qPrintable(again.detail()));
}

void TestCredentialStore::readsAreKeyedByAccount()
{
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore store(m_service);
    QVERIFY(!rememberNow(store, first, u"eins"_qs).isError());
    QVERIFY(!rememberNow(store, second, u"zwei"_qs).isError());
    QCOMPARE(readNow(store, first).password, u"eins"_qs);
    QCOMPARE(readNow(store, second).password, u"zwei"_qs);
    // Another service (another program) does not see them.
    CredentialStore foreign(m_service + u"-other"_qs);
    QCOMPARE(readNow(foreign, first).error.kind(), Kind::NotFound);
    QVERIFY(!removeNow(store, first).isError());
    QCOMPARE(readNow(store, second).password, u"zwei"_qs);
    QVERIFY(!removeNow(store, second).isError());
}

void TestCredentialStore::noPasswordInFilesUnderHome()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CredentialStore store(m_service);
    QVERIFY(!rememberNow(store, id, Secret).isError());
    const QString home = qEnvironmentVariable("HOME");
    QVERIFY(home.startsWith(u"/tmp/postbote-keyring-home-"_qs));
    const QStringList hits = filesContaining(home, Secret.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
    QVERIFY(!removeNow(store, id).isError());
}

void TestCredentialStore::noKeychain_data()
{
    QTest::addColumn<bool>("withBus");
    QTest::newRow("no session bus") << false;
    QTest::newRow("bus without Secret Service") << true;
}

void TestCredentialStore::noKeychain()
{
    QFETCH(bool, withBus);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u".config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u".local/share"_qs));
    env.remove(u"DISPLAY"_qs);

    QProcess bus;
    if (withBus) {
        // A session bus of our own that knows no services: org.freedesktop.secrets cannot
        // be activated on it.
        QFile config(home.filePath(u"bus.conf"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                     "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                     "busconfig.dtd\">\n<busconfig><type>session</type><listen>unix:path="
            + home.filePath(u"bus"_qs).toUtf8()
            + "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow "
              "send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow "
              "own=\"*\"/></policy></busconfig>\n");
        config.close();
        bus.start(u"dbus-daemon"_qs,
            {u"--nofork"_qs, u"--print-address"_qs, u"--config-file=%1"_qs.arg(config.fileName())});
        QVERIFY(bus.waitForStarted(5000));
        QVERIFY(bus.waitForReadyRead(5000));
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY2(address.startsWith(u"unix:"_qs), qPrintable(address));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, address);
    } else {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs,
            u"unix:path=%1"_qs.arg(home.filePath(u"no-such-bus"_qs)));
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildArgument)});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    if (withBus) {
        bus.kill();
        bus.waitForFinished(5000);
    }
    QVERIFY2(
        child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(!output.contains("FAIL"), output.constData());
    QVERIFY2(output.count("PASS") >= 9, output.constData());
    // Never a file: nothing under the child's home holds the password.
    const QStringList hits = filesContaining(home.path(), Secret.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
}

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], ChildArgument) == 0) {
        return noKeychainChild(argc, argv);
    }
    const int outer = Postbote::Test::runInsidePrivateKeyring(argc, argv);
    if (outer >= 0) {
        return outer;
    }
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
