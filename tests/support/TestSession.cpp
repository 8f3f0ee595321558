#include "TestSession.h"

#include "TestHomeserver.h"
#include "matrix/Requests.h"
#include "sync/CrossSigningSetup.h"
#include "sync/EncryptionService.h"
#include "sync/KeyVerification.h"
#include "sync/RoomHistory.h"
#include "sync/SyncEngine.h"
#include "sync/VerificationService.h"

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

namespace atrium::test {

TestSession::TestSession()
{
    create();
}

TestSession::~TestSession()
{
    m_session.reset();
}

void TestSession::create()
{
    m_secrets = std::make_unique<store::FileSecretStore>(m_dir.filePath("secrets.json"));
    m_session = std::make_unique<sync::Session>(m_dir.path(), m_secrets.get(), true);
    m_session->setLongPollTimeout(5'000);
    m_session->setFastRetries(true);
}

bool TestSession::startAndWait(const std::function<void()> &start, int timeoutMs)
{
    // Spies first: a start that fails at once emits before it returns.
    QSignalSpy ready(m_session.get(), &sync::Session::ready);
    QSignalSpy failed(m_session.get(), &sync::Session::failed);
    start();
    QDeadlineTimer deadline(timeoutMs);
    while (ready.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!failed.isEmpty())
        qWarning("session failed: %s", qPrintable(failed.first().first().toString()));
    if (ready.isEmpty())
        return false;
    // A device others cannot see yet gets no room keys: a message sent to it
    // before its keys are on the server stays unreadable there, as in any
    // client. Tests start talking at once, so they wait for the keys first.
    while (!m_session->encryption()->hasPublishedKeys() && !deadline.hasExpired())
        QTest::qWait(10);
    return m_session->encryption()->hasPublishedKeys();
}

bool TestSession::signUp(const QUrl &server, const QString &name)
{
    return startAndWait([&]() {
        m_session->registerAccount(server.toString(), name, QStringLiteral("pw-") + name);
    });
}

bool TestSession::signIn(const QUrl &server, const QString &name)
{
    return startAndWait(
        [&]() { m_session->login(server.toString(), name, QStringLiteral("pw-") + name); });
}

bool TestSession::restart()
{
    shutDown();
    create();
    return startAndWait([&]() { m_session->restore(); });
}

void TestSession::shutDown()
{
    m_session.reset();
    m_secrets.reset();
}

QJsonObject encryptedRoom()
{
    return {
        {"initial_state",
         QJsonArray{QJsonObject{{"type", "m.room.encryption"},
                                {"state_key", ""},
                                {"content", QJsonObject{{"algorithm", "m.megolm.v1.aes-sha2"}}}}}}};
}

QString sendTextAndWait(TestSession &session, const QString &roomId, const QString &text)
{
    const QString transactionId = await(session->sendText(roomId, text));
    const auto sentId = [&]() {
        for (const auto &event : await(session->history()->latest(roomId, 50)).events) {
            if (event.transactionId == transactionId && !event.isLocalEcho())
                return event.eventId;
        }
        return QString();
    };
    QDeadlineTimer deadline(15'000);
    QString eventId;
    while (!transactionId.isEmpty() && (eventId = sentId()).isEmpty()) {
        if (deadline.hasExpired())
            return {};
        QTest::qWait(50);
    }
    return eventId;
}

QStringList readableBodies(TestSession &session, const QString &roomId)
{
    QStringList bodies;
    for (const auto &event : await(session->history()->latest(roomId, 50)).events) {
        if (event.type == QLatin1String("m.room.message"))
            bodies.append(event.content.value("body").toString());
    }
    return bodies;
}

bool setUpCrossSigning(TestSession &session)
{
    sync::CrossSigningSetup *setup = session->encryption()->crossSigning();
    QSignalSpy done(setup, &sync::CrossSigningSetup::finished);
    setup->start();
    return done.wait(15'000) || !done.isEmpty();
}

QHash<QString, crypto::CrossSigningTrust::Device> trustOfDevices(TestSession &viewer,
                                                                 const QString &userId)
{
    QHash<QString, crypto::CrossSigningTrust::Device> trust;
    if (!await(viewer->encryption()->fetchDevices({userId})))
        return trust;
    for (const auto &device : await(viewer->encryption()->devicesWithTrust(userId)))
        trust.insert(device.keys.deviceId, device.trust);
    return trust;
}

// A SAS verification of `theirs`'s device by `ours`, both confirming, and
// done on both sides (what it proved is cross-signed and published).
bool verifyBySas(TestSession &ours, TestSession &theirs)
{
    auto *service = theirs->encryption()->verification();
    QSignalSpy received(service, &sync::VerificationService::requestReceived);
    QPointer<sync::KeyVerification> asking =
        ours->encryption()->verification()->verify(theirs->userId(), theirs->deviceId());
    if (!QTest::qWaitFor([&]() { return !received.isEmpty(); }, 15'000))
        return false;
    QPointer<sync::KeyVerification> answering =
        received.first().first().value<sync::KeyVerification *>();
    answering->accept();
    const auto comparing = [&]() {
        return asking && answering && asking->state() == sync::KeyVerification::State::Comparing &&
               answering->state() == sync::KeyVerification::State::Comparing;
    };
    if (!QTest::qWaitFor(comparing, 15'000))
        return false;
    asking->confirm();
    answering->confirm();
    return QTest::qWaitFor(
        [&]() {
            return asking && answering &&
                   asking->state() == sync::KeyVerification::State::Verified &&
                   answering->state() == sync::KeyVerification::State::Verified;
        },
        15'000);
}

QString createSharedRoom(TestSession &owner, TestSession &member, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert("invite", QJsonArray{member->userId()});
    const auto created = await(owner->call(matrix::requests::createRoom(body)));
    const QString roomId = created.json().value("room_id").toString();
    if (roomId.isEmpty())
        return {};
    const auto joined = await(member->call(matrix::requests::join(roomId)));
    if (!joined.ok())
        return {};
    // Both clients have the room once their stores know it as joined.
    auto hasJoined = [roomId](TestSession &session) {
        const auto rooms = await(session->loadRooms());
        return std::any_of(rooms.begin(), rooms.end(), [&](const store::RoomSummary &room) {
            return room.roomId == roomId && room.membership == QLatin1String("join");
        });
    };
    QDeadlineTimer deadline(15'000);
    while (!(hasJoined(owner) && hasJoined(member)) && !deadline.hasExpired())
        QTest::qWait(50);
    return deadline.hasExpired() ? QString() : roomId;
}

QStringList messageBodiesOnServer(const TestHomeserver &server, const QString &roomId)
{
    QStringList bodies;
    for (const QJsonObject &event : server.roomEvents(roomId)) {
        if (event.value("type").toString() == QLatin1String("m.room.message"))
            bodies.append(event.value("content").toObject().value("body").toString());
    }
    return bodies;
}

} // namespace atrium::test
