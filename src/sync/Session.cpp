#include "Session.h"

#include "EncryptionService.h"
#include "RoomHistory.h"
#include "SendQueue.h"
#include "SyncEngine.h"
#include "crypto/OlmSupport.h"
#include "crypto/SealedBox.h"
#include "matrix/HttpClient.h"
#include "matrix/MarkdownRenderer.h"
#include "matrix/MatrixId.h"
#include "matrix/Mentions.h"
#include "matrix/Relations.h"
#include "matrix/Requests.h"
#include "matrix/ServerDiscovery.h"
#include "media/FileMessage.h"
#include "media/MediaClient.h"
#include "store/OutgoingMessage.h"
#include "store/RoomStore.h"
#include "store/SecretStore.h"
#include "store/StoreThread.h"
#include "store/TimelineStore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "atrium.session")

namespace atrium::sync {

namespace {
constexpr auto StoreFileName = "store.sqlite";
constexpr auto MediaCacheDir = "media-cache";
constexpr qint64 MediaCacheBytes = 512LL * 1024 * 1024;
} // namespace

Session::Session(const QString &dataDir, store::SecretStore *secrets, bool secretsInFile,
                 QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_secrets(secrets), m_http(new matrix::HttpClient(this)),
      m_secretsInFile(secretsInFile)
{}

Session::~Session()
{
    tearDown();
}

QString Session::secretsDescription() const
{
    return m_secrets->description();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::fail(const QString &message, Failure failure)
{
    m_lastError = message;
    m_lastFailure = failure;
    setState(State::Failed);
    emit failed(message);
}

void Session::login(const QString &server, const QString &user, const QString &password,
                    const QString &deviceName)
{
    authenticate(server, user, password, deviceName, false);
}

void Session::registerAccount(const QString &server, const QString &user, const QString &password,
                              const QString &deviceName)
{
    authenticate(server, user, password, deviceName, true);
}

void Session::authenticate(const QString &server, const QString &user, const QString &password,
                           const QString &deviceName, bool registering)
{
    tearDown();
    setState(State::SigningIn);
    const QString discoverFrom = server.isEmpty() ? user : server;
    auto *discovery = new matrix::ServerDiscovery(this);
    connect(discovery, &matrix::ServerDiscovery::failed, this,
            [this, discovery](const QString &msg) {
                discovery->deleteLater();
                fail(msg, Failure::Unreachable);
            });
    connect(discovery, &matrix::ServerDiscovery::found, this,
            [=, this](const matrix::ServerInfo &info) {
                discovery->deleteLater();
                m_serverInfo = info;
                sendAuthRequest(info.baseUrl, user, password, deviceName, registering, {});
            });
    discovery->discover(discoverFrom);
}

void Session::sendAuthRequest(const QUrl &baseUrl, const QString &user, const QString &password,
                              const QString &deviceName, bool registering,
                              const QString &uiaSession)
{
    m_http->setBaseUrl(baseUrl);
    m_http->setAccessToken({});
    const QString localpart =
        matrix::MatrixId::isUserId(user) ? matrix::MatrixId::localpart(user) : user;
    const auto request =
        registering ? matrix::requests::registerAccount(localpart, password, deviceName, uiaSession)
                    : matrix::requests::passwordLogin(user, password, deviceName);
    m_http->send(request, this, [=, this](const matrix::ApiResponse &response) {
        if (registering && response.httpStatus == 401 && uiaSession.isEmpty()) {
            // User-interactive auth: the first answer gives the session for the dummy stage.
            if (!offersDummyRegistration(response.json())) {
                fail(tr("%1 asks for more than a user name and password to create an account; "
                        "create it on the server's own site, then sign in here")
                         .arg(baseUrl.host()),
                     Failure::UnsupportedLogin);
                return;
            }
            const QString session = response.json().value("session").toString();
            sendAuthRequest(baseUrl, user, password, deviceName, true, session);
            return;
        }
        if (response.error) {
            const auto &error = *response.error;
            if (error.errcode == QLatin1String("M_FORBIDDEN") && !registering)
                fail(tr("wrong user name or password"), Failure::WrongPassword);
            else if (error.kind == matrix::ApiError::Kind::Network)
                fail(tr("cannot reach %1: %2").arg(baseUrl.toString(), error.message),
                     Failure::Unreachable);
            else if (!registering && error.kind == matrix::ApiError::Kind::Server &&
                     !error.isRateLimited())
                explainRefusedLogin(baseUrl, error.describe());
            else
                fail(error.describe());
            return;
        }
        adoptLogin(baseUrl, response.json());
    });
}

bool Session::offersDummyRegistration(const QJsonObject &challenge)
{
    for (const QJsonValue &flow : challenge.value("flows").toArray()) {
        const QJsonArray stages = flow.toObject().value("stages").toArray();
        if (std::all_of(stages.begin(), stages.end(), [](const QJsonValue &stage) {
                return stage.toString() == QLatin1String("m.login.dummy");
            }))
            return true;
    }
    return false;
}

void Session::explainRefusedLogin(const QUrl &baseUrl, const QString &refusal)
{
    // A server that signs people in only some other way (single sign-on, say)
    // refuses a password with a bare "unknown login type": ask it how.
    const quint64 generation = m_generation;
    m_http->send(matrix::requests::loginFlows(), this,
                 [this, baseUrl, refusal, generation](const matrix::ApiResponse &response) {
                     if (generation != m_generation)
                         return; // another sign-in began meanwhile
                     QStringList types;
                     for (const QJsonValue &flow : response.json().value("flows").toArray())
                         types.append(flow.toObject().value("type").toString());
                     if (response.error || types.isEmpty() ||
                         types.contains(QLatin1String("m.login.password"))) {
                         fail(refusal);
                         return;
                     }
                     // A login token is what single sign-on ends in: not a way of its own.
                     if (types.size() > 1)
                         types.removeAll(QStringLiteral("m.login.token"));
                     QStringList offered;
                     for (const QString &type : std::as_const(types))
                         offered.append(loginTypeName(type));
                     offered.removeDuplicates();
                     fail(tr("%1 does not offer signing in with a password, only %2, which "
                             "Atrium cannot do yet")
                              .arg(baseUrl.host(), offered.join(QLatin1String(", "))),
                          Failure::UnsupportedLogin);
                 });
}

QString Session::loginTypeName(const QString &type)
{
    if (type == QLatin1String("m.login.sso") || type == QLatin1String("m.login.cas"))
        return tr("single sign-on");
    if (type == QLatin1String("m.login.token"))
        return tr("a login token");
    return type;
}

void Session::adoptLogin(const QUrl &baseUrl, const QJsonObject &loginResponse)
{
    AccountRecord account{loginResponse.value("user_id").toString(),
                          loginResponse.value("device_id").toString(), baseUrl, m_secretsInFile};
    const QString token = loginResponse.value("access_token").toString();
    if (account.userId.isEmpty() || token.isEmpty()) {
        fail(tr("the server's sign-in answer lacks a user id or access token"));
        return;
    }
    // A data directory holds one account: another account's data goes.
    QString error;
    const auto previous = AccountRecord::load(m_dataDir, &error);
    if (!previous || previous->userId != account.userId)
        eraseLocalData();
    if (!account.save(m_dataDir, &error)) {
        fail(tr("cannot save the session in %1: %2").arg(m_dataDir, error));
        return;
    }
    m_account = account;
    m_http->setAccessToken(token);
    const quint64 generation = m_generation;
    m_secrets->write(
        account.accessTokenKey(), token, [this, generation](const QString &writeError) {
            if (generation != m_generation)
                return;
            if (!writeError.isEmpty()) {
                fail(tr("signed in, but cannot keep the access token: %1").arg(writeError),
                     Failure::SecretsUnavailable);
                return;
            }
            openStore();
        });
}

void Session::restore()
{
    tearDown();
    m_serverInfo = {};
    QString error;
    const auto account = AccountRecord::load(m_dataDir, &error);
    if (!account) {
        if (error.isEmpty()) {
            setState(State::LoggedOut);
            emit failed(tr("no saved session in %1; sign in first").arg(m_dataDir));
        } else {
            fail(error);
        }
        return;
    }
    m_account = *account;
    setState(State::Restoring);
    m_http->setBaseUrl(m_account.homeserver);
    const quint64 generation = m_generation;
    m_secrets->read(
        m_account.accessTokenKey(),
        [this, generation](const std::optional<QString> &token, const QString &readError) {
            if (generation != m_generation)
                return;
            if (!readError.isEmpty()) {
                fail(readError, Failure::SecretsUnavailable);
                return;
            }
            if (!token) {
                fail(tr("the access token for %1 is missing from %2; sign in again")
                         .arg(m_account.userId, m_secrets->description()));
                return;
            }
            m_http->setAccessToken(*token);
            openStore();
        });
}

void Session::openStore()
{
    m_store = std::make_unique<store::StoreThread>();
    const quint64 generation = m_generation;
    m_store->open(QDir(m_dataDir).filePath(QLatin1String(StoreFileName)))
        .then(this, [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                fail(tr("cannot open the local store: %1").arg(error));
                return;
            }
            loadPickleKey();
        });
}

void Session::loadPickleKey()
{
    const quint64 generation = m_generation;
    m_secrets->read(
        m_account.pickleKeyKey(),
        [this, generation](const std::optional<QString> &stored, const QString &readError) {
            if (generation != m_generation)
                return;
            if (!readError.isEmpty()) {
                fail(readError, Failure::SecretsUnavailable);
                return;
            }
            if (stored) {
                startServices(QByteArray::fromBase64(stored->toLatin1()));
                return;
            }
            const QByteArray key = crypto::olm::randomBytes(32);
            m_secrets->write(m_account.pickleKeyKey(), QString::fromLatin1(key.toBase64()),
                             [this, generation, key](const QString &writeError) {
                                 if (generation != m_generation)
                                     return;
                                 if (!writeError.isEmpty()) {
                                     fail(tr("cannot keep the encryption key: %1").arg(writeError),
                                          Failure::SecretsUnavailable);
                                     return;
                                 }
                                 startServices(key);
                             });
        });
}

void Session::startServices(const QByteArray &pickleKey)
{
    // Queued before any job of the services: the outbox is sealed from the start.
    m_store->run([sealer = std::make_shared<const crypto::SealedBox>(pickleKey)](
                     store::Database &db) { db.setContentSealer(sealer); });
    m_sync = new SyncEngine(m_http, m_store.get(), m_account.userId, this);
    m_sync->setLongPollTimeout(m_longPollMs);
    m_media = new media::MediaClient(m_http, this);
    m_media->setServerInfo(m_serverInfo);
    m_media->setCache(QDir(m_dataDir).filePath(QLatin1String(MediaCacheDir)), MediaCacheBytes);
    m_sendQueue = new SendQueue(m_http, m_store.get(), this);
    m_sendQueue->setMediaClient(m_media);
    m_history = new RoomHistory(m_http, m_store.get(), m_account.userId, this);
    if (m_fastRetries) {
        m_sync->setBackoff(Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(500)));
        m_sendQueue->setBackoff(
            Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(500)));
    }
    m_encryption = new EncryptionService(m_http, m_store.get(), m_history,
                                         {m_account.userId, m_account.deviceId, pickleKey}, this);
    m_sync->setPreprocessor(m_encryption->stage());
    m_history->setDecryptor(m_encryption->stage());
    m_sendQueue->setEncryption(m_encryption);
    connect(m_sync, &SyncEngine::synced, m_encryption, &EncryptionService::handleSync);
    connect(m_encryption, &EncryptionService::unreadCountsChanged, m_sync, &SyncEngine::announce);
    connect(m_sync, &SyncEngine::unauthorized, this, &Session::handleUnauthorized);
    connect(m_sendQueue, &SendQueue::unauthorized, this, &Session::handleUnauthorized);
    setState(State::Ready);
    emit ready();
    if (m_syncOnStart)
        m_sync->start();
    m_sendQueue->start();
    m_encryption->start();
    if (m_serverInfo.versions.isEmpty())
        refreshServerInfo();
}

void Session::refreshServerInfo()
{
    // After a restore: the server may have been upgraded since sign-in.
    // Offline is fine; the answer comes when it comes.
    m_http->send(matrix::requests::versions(), this, [this](const matrix::ApiResponse &response) {
        if (response.error)
            return;
        matrix::ServerInfo info{m_account.homeserver, {}};
        for (const auto &version : response.json().value("versions").toArray())
            info.versions.append(version.toString());
        m_serverInfo = info;
        if (m_media)
            m_media->setServerInfo(info);
    });
}

void Session::handleUnauthorized(bool softLogout, const QString &message)
{
    m_lastError = message;
    m_sync->stop();
    m_sendQueue->stop();
    if (softLogout) {
        setState(State::SoftLoggedOut); // local data stays for the next sign-in
        return;
    }
    // The token is gone for good: so is everything it protected. Deferred:
    // this runs inside a signal of an object that tearDown() deletes.
    QTimer::singleShot(0, this, [this]() {
        const AccountRecord account = m_account;
        tearDown();
        eraseLocalData();
        finishLogout(account);
    });
}

void Session::tearDown()
{
    ++m_generation;
    m_markedRead.clear();
    if (m_sync)
        m_sync->stop();
    if (m_sendQueue)
        m_sendQueue->stop();
    m_http->abortAll();
    // Finish the store's queued jobs while the objects that wait on them are
    // still alive (Qt 6.4 asserts when a continuation's context is gone),
    // then delete them before the store they point to. Their continuations
    // still queued are dropped with them.
    if (m_store)
        m_store->drain();
    delete m_sync;
    delete m_sendQueue;
    delete m_history;
    delete m_media;      // after the queue, whose uploads it runs
    delete m_encryption; // last: the others may still hold callbacks into it
    m_sync = nullptr;
    m_sendQueue = nullptr;
    m_history = nullptr;
    m_media = nullptr;
    m_encryption = nullptr;
    m_store.reset();
}

void Session::eraseLocalData()
{
    QDir dir(m_dataDir);
    for (const char *suffix : {"", "-wal", "-shm"})
        dir.remove(QLatin1String(StoreFileName) + QLatin1String(suffix));
    QDir(dir.filePath(QLatin1String(MediaCacheDir))).removeRecursively();
    AccountRecord::erase(m_dataDir);
}

void Session::logout()
{
    const AccountRecord account = m_account;
    auto finish = [this, account]() {
        tearDown();
        eraseLocalData();
        finishLogout(account);
    };
    if (m_http->accessToken().isEmpty()) {
        finish();
        return;
    }
    if (m_sync)
        m_sync->stop();
    // Whatever the server says, the local session ends: a dead server must
    // not keep a user signed in on this machine.
    m_http->send(matrix::requests::logout(), this,
                 [finish](const matrix::ApiResponse &) { finish(); });
}

void Session::finishLogout(const AccountRecord &account)
{
    m_http->setAccessToken({});
    m_account = {};
    // Signed out only once the token has left the keychain too: a caller
    // that exits on loggedOut must not leave a live token behind.
    m_secrets->remove(account.accessTokenKey(), [this, account](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcSession) << "could not remove the access token:" << error;
        m_secrets->remove(account.pickleKeyKey(), [this](const QString &pickleError) {
            if (!pickleError.isEmpty())
                qCWarning(lcSession) << "could not remove the encryption key:" << pickleError;
            setState(State::LoggedOut);
            emit loggedOut();
        });
    });
}

QFuture<matrix::ApiResponse> Session::call(const matrix::ApiRequest &request)
{
    return m_http->call(request);
}

QFuture<QList<store::RoomSummary>> Session::loadRooms()
{
    if (!m_store)
        return QtFuture::makeReadyFuture(QList<store::RoomSummary>());
    return m_store->run([decryptor = m_encryption->stage(), self = userId()](store::Database &db) {
        auto rooms = store::RoomStore(db).loadAllForList(self);
        decryptor->decryptPreviews(db, rooms);
        return rooms;
    });
}

QFuture<store::TimelineEvent> Session::decryptEvent(const QString &roomId, const QJsonObject &event)
{
    store::TimelineEvent timelineEvent;
    timelineEvent.eventId = event.value("event_id").toString();
    timelineEvent.type = event.value("type").toString();
    timelineEvent.sender = event.value("sender").toString();
    timelineEvent.originServerTs = event.value("origin_server_ts").toInteger();
    timelineEvent.content = event.value("content").toObject();
    timelineEvent.json = event;
    if (!m_encryption)
        return QtFuture::makeReadyFuture(timelineEvent);
    return m_store->run(
        [roomId, timelineEvent, decryptor = m_encryption->stage()](store::Database &db) {
            QList<store::TimelineEvent> events{timelineEvent};
            decryptor->decrypt(db, roomId, events);
            return events.first();
        });
}

QFuture<QString> Session::sendText(const QString &roomId, const QString &markdown,
                                   const QString &inReplyTo)
{
    const QJsonObject message =
        matrix::Mentions::addTo(matrix::MarkdownRenderer::textMessage(markdown), markdown);
    return enqueue(roomId, QStringLiteral("m.room.message"), inReplyTo,
                   [message, inReplyTo, self = userId()](const QString &parentSender) {
                       return inReplyTo.isEmpty() ? message
                                                  : matrix::Relations::reply(message, inReplyTo,
                                                                             parentSender, self);
                   });
}

QFuture<QString> Session::editText(const QString &roomId, const QString &eventId,
                                   const QString &markdown)
{
    const QJsonObject message = matrix::MarkdownRenderer::textMessage(markdown);
    return enqueue(
        roomId, QStringLiteral("m.room.message"), {},
        [message, eventId](const QString &) { return matrix::Relations::edit(message, eventId); });
}

QFuture<QString> Session::react(const QString &roomId, const QString &eventId, const QString &key)
{
    return enqueue(roomId, QStringLiteral("m.reaction"), {}, [eventId, key](const QString &) {
        return matrix::Relations::reaction(eventId, key);
    });
}

QFuture<QString> Session::redact(const QString &roomId, const QString &eventId,
                                 const QString &reason)
{
    QJsonObject content;
    if (!reason.isEmpty())
        content.insert(QStringLiteral("reason"), reason);
    return enqueue(
        roomId, QStringLiteral("m.room.redaction"), {},
        [content](const QString &) { return content; }, eventId);
}

QFuture<QString> Session::enqueue(const QString &roomId, const QString &type,
                                  const QString &relatedEventId,
                                  std::function<QJsonObject(const QString &)> build,
                                  const QString &redacts)
{
    if (m_state != State::Ready)
        return QtFuture::makeReadyFuture(QString());
    struct Checked
    {
        QString relatedSender;
    };
    QPointer<SendQueue> queue = m_sendQueue;
    return m_store
        ->run([roomId, relatedEventId](store::Database &db) {
            Checked checked;
            if (!relatedEventId.isEmpty()) {
                if (const auto event = store::TimelineStore(db).event(roomId, relatedEventId))
                    checked.relatedSender = event->value(QLatin1String("sender")).toString();
            }
            return checked;
        })
        .then(this,
              [queue, roomId, type, redacts, build](const Checked &checked) {
                  // In an encrypted room the send queue encrypts it when it goes out.
                  if (!queue)
                      return QFuture<QString>(QtFuture::makeReadyFuture(QString()));
                  return queue->enqueue(roomId, type, build(checked.relatedSender), {}, redacts)
                      .then([](const store::OutgoingMessage &message) {
                          return message.transactionId;
                      });
              })
        .unwrap();
}

namespace {

store::OutgoingMessage refusedFile(const QString &reason)
{
    store::OutgoingMessage message;
    message.lastError = reason;
    return message;
}

} // namespace

QFuture<store::OutgoingMessage> Session::sendFile(const QString &roomId, const QString &path,
                                                  const QString &caption)
{
    if (m_state != State::Ready)
        return QtFuture::makeReadyFuture(refusedFile(tr("not signed in")));
    // GStreamer reads a video's duration and size: that takes a moment (more
    // for a large or unusual file), so not on this thread; one file after
    // another, so that files sent together queue in the order given.
    auto promise = std::make_shared<QPromise<store::OutgoingMessage>>();
    promise->start();
    QFuture<store::OutgoingMessage> result = promise->future();
    // Owned by this session: a result arriving after it is gone goes nowhere.
    auto *watcher = new QFutureWatcher<media::FileMessage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, promise, roomId]() {
        watcher->deleteLater();
        auto settle = [promise](const store::OutgoingMessage &message) {
            promise->addResult(message);
            promise->finish();
        };
        const media::FileMessage file = watcher->result();
        if (!file.isValid()) {
            settle(refusedFile(file.error));
            return;
        }
        enqueueFile(roomId, file).then(settle);
    });
    if (!m_fileReader) {
        m_fileReader = std::make_unique<QThreadPool>();
        m_fileReader->setMaxThreadCount(1);
    }
    watcher->setFuture(
        QtConcurrent::run(m_fileReader.get(), &media::FileMessage::fromFile, path, caption));
    return result;
}

QFuture<store::OutgoingMessage> Session::enqueueFile(const QString &roomId,
                                                     const media::FileMessage &file)
{
    if (m_state != State::Ready)
        return QtFuture::makeReadyFuture(refusedFile(tr("not signed in")));
    QPointer<SendQueue> queue = m_sendQueue;
    return m_store
        ->run([roomId](store::Database &db) {
            const auto room = store::RoomStore(db).load(roomId);
            return room && room->isEncrypted;
        })
        .then(this,
              [queue, roomId, file](bool encrypted) {
                  if (!queue)
                      return QtFuture::makeReadyFuture(refusedFile(tr("not signed in")));
                  // In an encrypted room the file is uploaded encrypted (its
                  // key goes in the event, which the send queue encrypts).
                  QJsonObject attachment = file.attachment;
                  if (encrypted)
                      attachment.insert(QStringLiteral("encrypt"), true);
                  return queue->enqueue(roomId, QStringLiteral("m.room.message"), file.content,
                                        attachment);
              })
        .unwrap();
}

void Session::markRead(const QString &roomId, const QString &eventId)
{
    if (m_state != State::Ready || eventId.isEmpty() || m_markedRead.value(roomId) == eventId)
        return;
    m_markedRead.insert(roomId, eventId);
    m_http->send(matrix::requests::readMarkers(roomId, eventId), this,
                 [this, roomId, eventId](const matrix::ApiResponse &response) {
                     // Not marked after all: let the next call try again.
                     if (response.error && m_markedRead.value(roomId) == eventId)
                         m_markedRead.remove(roomId);
                 });
}

QFuture<QString> Session::resolveRoom(const QString &roomIdOrAlias)
{
    if (!matrix::MatrixId::isRoomAlias(roomIdOrAlias))
        return QtFuture::makeReadyFuture(roomIdOrAlias);
    return m_http->call(matrix::requests::resolveAlias(roomIdOrAlias))
        .then([](const matrix::ApiResponse &response) {
            return response.error ? QString() : response.json().value("room_id").toString();
        });
}

} // namespace atrium::sync
