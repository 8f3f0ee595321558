#pragma once

#include "AccountRecord.h"
#include "matrix/ApiResponse.h"
#include "matrix/ServerInfo.h"
#include "store/RoomSummary.h"
#include "store/TimelineEvent.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace atrium::matrix {
class HttpClient;
struct ApiRequest;
} // namespace atrium::matrix
namespace atrium::store {
class SecretStore;
class StoreThread;
struct OutgoingMessage;
} // namespace atrium::store
namespace atrium::media {
class MediaClient;
struct FileMessage;
} // namespace atrium::media

namespace atrium::sync {

class EncryptionService;
class RoomHistory;
class SendQueue;
class SyncEngine;

// One signed-in account: its connection, store, sync engine and outbox.
// No state is process-wide, so two Sessions (two accounts, or two clients in
// one test) live side by side. One data directory holds one account.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        LoggedOut,
        SigningIn,
        Restoring,
        Ready,         // signed in, store open, syncing
        SoftLoggedOut, // the server ended the session but local data is kept
        Failed         // could not sign in or restore: see lastError()
    };
    Q_ENUM(State)

    // Why the last sign-in or restore failed, for callers that act on it
    // (the CLI's exit codes, the login page's hints).
    enum class Failure
    {
        None,
        WrongPassword,
        Unreachable,
        SecretsUnavailable,
        UnsupportedLogin, // no password sign-in, or registration asks for more
        Other
    };
    Q_ENUM(Failure)

    // `secretsInFile` records where `secrets` keeps them (see AccountRecord).
    Session(const QString &dataDir, store::SecretStore *secrets, bool secretsInFile,
            QObject *parent = nullptr);
    ~Session() override;

    // `server` is a URL, a server name, or empty to discover it from `user`
    // (a full user id). `user` may be a localpart when `server` is given.
    void login(const QString &server, const QString &user, const QString &password,
               const QString &deviceName = QStringLiteral("Atrium"));
    void registerAccount(const QString &server, const QString &user, const QString &password,
                         const QString &deviceName = QStringLiteral("Atrium"));
    // Resumes the account saved in the data directory; LoggedOut if none.
    void restore();
    // Ends the session on the server (best effort) and deletes local data.
    void logout();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    Failure lastFailure() const { return m_lastFailure; }
    QString userId() const { return m_account.userId; }
    QString deviceId() const { return m_account.deviceId; }
    QUrl homeserver() const { return m_account.homeserver; }
    // What /versions said: which spec versions, so which API choices (e.g.
    // authenticated media from v1.11). Refreshed after every restore.
    matrix::ServerInfo serverInfo() const { return m_serverInfo; }
    QString dataDir() const { return m_dataDir; }
    QString secretsDescription() const;

    // Available while Ready (and during Restoring for the store).
    matrix::HttpClient *http() const { return m_http; }
    store::StoreThread *store() const { return m_store.get(); }
    SyncEngine *syncEngine() const { return m_sync; }
    SendQueue *sendQueue() const { return m_sendQueue; }
    RoomHistory *history() const { return m_history; }
    EncryptionService *encryption() const { return m_encryption; }
    media::MediaClient *media() const { return m_media; }

    QFuture<matrix::ApiResponse> call(const matrix::ApiRequest &request);
    QFuture<QList<store::RoomSummary>> loadRooms();
    // A room event as the views get it: decrypted (if it is encrypted and
    // this device holds its key), else with the reason in decryptionError.
    QFuture<store::TimelineEvent> decryptEvent(const QString &roomId, const QJsonObject &event);
    // Queues a text message (markdown rendered) in the outbox; it is
    // encrypted when sent if the room is. Resolves to the transaction id, or
    // an empty string when the session is not ready. A reply when
    // `inReplyTo` names the parent event.
    QFuture<QString> sendText(const QString &roomId, const QString &markdown,
                              const QString &inReplyTo = {});
    // Message actions, all through the outbox like messages (exactly once,
    // across restarts). Each resolves like sendText.
    QFuture<QString> editText(const QString &roomId, const QString &eventId,
                              const QString &markdown);
    QFuture<QString> react(const QString &roomId, const QString &eventId, const QString &key);
    // Removes an event (ours, or anyone's with the power to). A redaction is
    // never encrypted, also in encrypted rooms.
    QFuture<QString> redact(const QString &roomId, const QString &eventId,
                            const QString &reason = {});
    // Queues a file (m.file, m.image, m.video or m.audio) in the outbox; it is
    // uploaded (encrypted in an encrypted room), then sent, also across
    // restarts. Resolves to the queued message, or to one with an empty
    // transactionId and the reason in lastError: no such file, or the
    // session is not ready. Audio and video are read (duration, size) on a
    // worker thread first.
    QFuture<store::OutgoingMessage> sendFile(const QString &roomId, const QString &path,
                                             const QString &caption = {});
    // Marks the room read up to `eventId` (the read marker and a public read
    // receipt); the server then clears its unread counts. Repeats are skipped.
    void markRead(const QString &roomId, const QString &eventId);
    // Room id for an id or #alias (asks the server for aliases).
    QFuture<QString> resolveRoom(const QString &roomIdOrAlias);

    // Retry and timeout tuning, for tests.
    void setLongPollTimeout(int ms) { m_longPollMs = ms; }
    void setFastRetries(bool fast) { m_fastRetries = fast; }
    // Off for one-shot commands (send, invite) that need no sync at all.
    void setSyncOnStart(bool sync) { m_syncOnStart = sync; }

signals:
    void stateChanged(atrium::sync::Session::State state);
    void ready();
    void failed(const QString &message);
    void loggedOut();

private:
    QFuture<store::OutgoingMessage> enqueueFile(const QString &roomId,
                                                const media::FileMessage &file);
    void authenticate(const QString &server, const QString &user, const QString &password,
                      const QString &deviceName, bool registering);
    void sendAuthRequest(const QUrl &baseUrl, const QString &user, const QString &password,
                         const QString &deviceName, bool registering, const QString &uiaSession);
    // After a password sign-in was refused for another reason than a wrong
    // password: fails with why (the server may not offer passwords at all).
    void explainRefusedLogin(const QUrl &baseUrl, const QString &refusal);
    // Whether a registration's user-interactive auth `challenge` (its 401)
    // has a flow Atrium can complete: no stage but m.login.dummy.
    static bool offersDummyRegistration(const QJsonObject &challenge);
    // A login type (m.login.sso, …) in words.
    static QString loginTypeName(const QString &type);
    void adoptLogin(const QUrl &baseUrl, const QJsonObject &loginResponse);
    void openStore();
    void loadPickleKey();
    void startServices(const QByteArray &pickleKey);
    void refreshServerInfo();
    void tearDown();
    void eraseLocalData();
    void finishLogout(const AccountRecord &account);
    void fail(const QString &message, Failure failure = Failure::Other);
    void handleUnauthorized(bool softLogout, const QString &message);
    void setState(State state);
    // Queues an event unless the session is not ready or, for anything but
    // a redaction, the room is encrypted. `build` makes the content on the
    // GUI thread from the sender of `relatedEventId` (empty if unknown).
    QFuture<QString> enqueue(const QString &roomId, const QString &type,
                             const QString &relatedEventId,
                             std::function<QJsonObject(const QString &)> build,
                             const QString &redacts = {});

    QString m_dataDir;
    store::SecretStore *m_secrets;
    AccountRecord m_account;
    State m_state = State::LoggedOut;
    QString m_lastError;
    matrix::ServerInfo m_serverInfo;
    QHash<QString, QString> m_markedRead; // room → event last marked read
    Failure m_lastFailure = Failure::None;
    // Bumped by tearDown(): callbacks of an abandoned sign-in, restore or
    // store opening see it changed and do nothing.
    quint64 m_generation = 0;
    matrix::HttpClient *m_http;
    std::unique_ptr<store::StoreThread> m_store;
    SyncEngine *m_sync = nullptr;
    SendQueue *m_sendQueue = nullptr;
    RoomHistory *m_history = nullptr;
    EncryptionService *m_encryption = nullptr;
    media::MediaClient *m_media = nullptr;
    // Reads files to send (sendFile) one at a time, so they queue in order.
    std::unique_ptr<QThreadPool> m_fileReader;
    int m_longPollMs = 30'000;
    bool m_fastRetries = false;
    bool m_syncOnStart = true;
    bool m_secretsInFile = false;
};

} // namespace atrium::sync
