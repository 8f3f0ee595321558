#pragma once

#include "crypto/CrossSigningTrust.h"
#include "store/FileSecretStore.h"
#include "sync/Session.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>

namespace atrium::test {

// A Session with its own data directory and file-based secrets, as a test
// account. Can be destroyed and re-created on the same directory to act as
// a client restart.
class TestSession
{
public:
    TestSession();
    ~TestSession();

    // Registers `name` (password "pw-<name>") and signs the session in.
    bool signUp(const QUrl &server, const QString &name);
    bool signIn(const QUrl &server, const QString &name);
    // Drops the Session object and makes a new one that restores from disk.
    bool restart();
    // Drops the Session object only (the client "crashes" or quits).
    void shutDown();

    sync::Session *operator->() const { return m_session.get(); }
    sync::Session &session() const { return *m_session; }
    QString dataDir() const { return m_dir.path(); }

private:
    void create();
    bool startAndWait(const std::function<void()> &start, int timeoutMs = 15'000);

    QTemporaryDir m_dir;
    std::unique_ptr<store::FileSecretStore> m_secrets;
    std::unique_ptr<sync::Session> m_session;
};

// Spins the event loop until `future` is done (tests only: production code
// never waits like this). Returns its result, or a default after the timeout.
template <typename T>
T await(QFuture<T> future, int timeoutMs = 15'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished() || future.resultCount() == 0)
        return T{};
    return future.result();
}

// `owner` creates a room (with `extra` createRoom fields) and invites
// `member`, who joins. Returns the room id once both have synced it.
QString createSharedRoom(TestSession &owner, TestSession &member, const QJsonObject &extra = {});

// Sends `text` and waits until the server took it (sendText resolves once
// it is queued); returns the event's id, empty on a timeout.
QString sendTextAndWait(TestSession &session, const QString &roomId, const QString &text);

// createRoom fields for a room encrypted from the start (m.megolm.v1.aes-sha2).
QJsonObject encryptedRoom();
// The bodies of the m.room.message events `session` can read (decrypted
// where it has the keys) among the room's latest 50, oldest first.
QStringList readableBodies(TestSession &session, const QString &roomId);

// Sets up cross-signing from `session` (no password asked: first keys).
bool setUpCrossSigning(TestSession &session);
// A SAS verification of `theirs`'s device by `ours`, both confirming, and
// done on both sides (what it proved is cross-signed and published).
bool verifyBySas(TestSession &ours, TestSession &theirs);
// How `viewer` trusts each of `userId`'s devices, after fetching them.
QHash<QString, crypto::CrossSigningTrust::Device> trustOfDevices(TestSession &viewer,
                                                                 const QString &userId);

// Bodies of the m.room.message events the server holds for a room, in order.
class TestHomeserver;
QStringList messageBodiesOnServer(const TestHomeserver &server, const QString &roomId);

} // namespace atrium::test
