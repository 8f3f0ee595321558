#include "TimelineModel.h"

#include "AsyncResult.h"
#include "HtmlSanitizer.h"
#include "MessageShields.h"
#include "StateChangeText.h"
#include "TimelineDecorations.h"
#include "TimelinePresenter.h"
#include "matrix/Mentions.h"
#include "matrix/Relations.h"
#include "matrix/Requests.h"
#include "store/RelationStore.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"
#include "store/TimelineStore.h"
#include "sync/EncryptionService.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLocale>

namespace atrium::models {

namespace {

// How far reveal() goes back through history before it gives up.
constexpr int MaxRevealPages = 40;

QString identity(const QString &userId)
{
    return userId;
}

// What gets a row of its own: messages (also deleted ones), the state
// changes the timeline describes, and our actions still in the outbox.
// Remote reactions and edits change their target's row instead.
bool isShown(const store::TimelineEvent &event, bool local)
{
    if (TimelineRow::isAction(event))
        return local;
    // Encrypted ones too, also when they cannot be decrypted: shown with why.
    if (event.type == QLatin1String("m.room.message") || event.type == QLatin1String("m.sticker") ||
        event.type == QLatin1String("m.room.encrypted"))
        return true;
    if (!StateChangeText::isShownType(event.type))
        return false;
    return !StateChangeText::describe(event, identity).isEmpty();
}

std::optional<store::Relation> relationOf(const store::TimelineEvent &event)
{
    return store::RelationStore::fromEvent(event.eventId, event.sender, event.originServerTs,
                                           event.content);
}

} // namespace

TimelineModel::TimelineModel(sync::Session *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session),
      m_presenter([this](const QString &userId) { return m_people.nameOf(userId); },
                  [this](const QJsonObject &event) { return m_pushRules.highlights(event); }),
      m_shields(new MessageShields(session, this))
{
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QList<store::TimelineEvent> events;
                for (int row = first; row <= last; ++row)
                    events.append(m_rows.at(row).event);
                m_shields->request(events);
            });
    connect(m_shields, &MessageShields::shieldsChanged, this, [this](const QStringList &eventIds) {
        for (const QString &eventId : eventIds) {
            if (const int row = rowOfEvent(eventId); row >= 0)
                emit dataChanged(index(row), index(row), {ShieldRole});
        }
    });
    connect(session, &sync::Session::stateChanged, this, &TimelineModel::onSessionStateChanged);
    if (session->state() == sync::Session::State::Ready)
        onSessionStateChanged();
}

void TimelineModel::onSessionStateChanged()
{
    if (!m_session)
        return;
    if (m_session->state() == sync::Session::State::Ready) {
        // Engine, queue and history are new for every sign-in.
        connect(m_session->syncEngine(), &sync::SyncEngine::synced, this,
                &TimelineModel::applyChanges, Qt::UniqueConnection);
        auto *queue = m_session->sendQueue();
        connect(queue, &sync::SendQueue::queued, this, &TimelineModel::addLocalEcho,
                Qt::UniqueConnection);
        connect(
            queue, &sync::SendQueue::sent, this,
            [this](const QString &roomId, const QString &transactionId, const QString &eventId) {
                if (roomId == m_roomId)
                    markSent(transactionId, eventId);
            });
        connect(queue, &sync::SendQueue::failed, this,
                [this](const QString &roomId, const QString &transactionId, const QString &error) {
                    if (roomId == m_roomId)
                        markFailed(transactionId, error);
                });
        connect(queue, &sync::SendQueue::retried, this, &TimelineModel::markPending);
        connect(queue, &sync::SendQueue::discarded, this,
                [this](const QString &roomId, const QString &transactionId) {
                    const int row = rowOfTransaction(transactionId);
                    if (roomId == m_roomId && row >= 0)
                        removeRow(row);
                });
        connect(m_session->history(), &sync::RoomHistory::gapFilled, this,
                [this](const QString &roomId) {
                    // The server's page went into the store just before our
                    // oldest row, in its chunk (TimelineStore::applyBackfill):
                    // read on from there.
                    if (roomId == m_roomId && m_fetching)
                        loadPageBefore();
                });
        connect(m_session->history(), &sync::RoomHistory::membersLoaded, this,
                [this](const QString &roomId) {
                    if (roomId == m_roomId)
                        loadNames();
                });
        connect(m_session->history(), &sync::RoomHistory::historyError, this,
                [this](const QString &roomId, const QString &) {
                    if (roomId != m_roomId)
                        return;
                    m_fetching = false;
                    // The server would not give the history: stop looking.
                    if (!m_revealing.isEmpty())
                        emit revealFailed(std::exchange(m_revealing, {}));
                });
        if (auto *encryption = m_session->encryption()) {
            connect(encryption, &sync::EncryptionService::roomKeysArrived, this,
                    [this](const QStringList &roomIds) {
                        if (!roomIds.contains(m_roomId))
                            return;
                        // The page being loaded may have been read before
                        // the keys were stored: try again once it is in.
                        if (m_loading)
                            m_retryDecryption = true;
                        else
                            retryDecryption();
                    });
        }
        reload();
    } else {
        ++m_generation;
        clearRows();
        setLoading(false);
    }
}

void TimelineModel::setRoomId(const QString &roomId)
{
    if (roomId == m_roomId)
        return;
    m_roomId = roomId;
    emit roomIdChanged();
    reload();
}

void TimelineModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void TimelineModel::clearRows()
{
    m_fetching = false;
    m_oldest = {};
    m_eventsWhileLoading.clear();
    m_revealing.clear();
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void TimelineModel::reload()
{
    const quint64 generation = ++m_generation;
    clearRows();
    m_shields->setRoomId(m_roomId);
    setTyping({});
    m_people.clear();
    m_people.setSelf(m_session ? m_session->userId() : QString());
    m_pushRules = {};
    m_parentsAsked.clear();
    setRoomInfo({}); // until the room's summary is read
    m_readMarker.clear();
    m_newest.clear();
    if (m_roomId.isEmpty() || !m_session || m_session->state() != sync::Session::State::Ready) {
        setLoading(false);
        return;
    }
    setLoading(true);
    const QString roomId = m_roomId;
    loadNames();
    loadRoomInfo();
    loadPushRules();
    // Members are lazy-loaded by sync: fetch them all for the names.
    m_session->history()->loadMembers(roomId);
    onResult(this, m_session->history()->latest(roomId, PageSize),
             [this, generation, roomId](const store::TimelinePage &page) {
                 if (generation != m_generation)
                     return;
                 onResult(this, m_session->history()->pending(roomId),
                          [this, generation, page](const QList<store::OutgoingMessage> &pending) {
                              if (generation != m_generation)
                                  return;
                              QList<Row> rows;
                              QSet<QString> acknowledged;
                              for (const auto &event : page.events) {
                                  if (isShown(event, false))
                                      rows.append({event, false, {}, {}, {}});
                                  if (!event.transactionId.isEmpty())
                                      acknowledged.insert(event.transactionId);
                              }
                              for (const auto &message : pending) {
                                  const auto echo = echoOf(message, m_session->userId());
                                  if (!acknowledged.contains(message.transactionId) &&
                                      isShown(echo, true))
                                      rows.append({echo, true, {}, {}, {}});
                              }
                              m_people.learnFrom(page.events);
                              decorate(rows, [this, generation, page,
                                              rows](const TimelineDecorations &found) {
                                  if (generation != m_generation)
                                      return;
                                  QList<Row> decorated = rows;
                                  found.applyTo(decorated);
                                  m_oldest = page;
                                  // Echoes queued while the page loaded stay after it.
                                  const QList<Row> early = m_rows;
                                  if (!m_rows.isEmpty()) {
                                      beginRemoveRows({}, 0, int(m_rows.size()) - 1);
                                      m_rows.clear();
                                      endRemoveRows();
                                  }
                                  for (const auto &row : early) {
                                      bool duplicate = false;
                                      for (const auto &existing : std::as_const(decorated))
                                          duplicate = duplicate || existing.event.transactionId ==
                                                                       row.event.transactionId;
                                      if (!duplicate)
                                          decorated.append(row);
                                  }
                                  for (const auto &row : std::as_const(decorated)) {
                                      const int target =
                                          row.local ? targetRowOf(decorated, row.event) : -1;
                                      if (target >= 0 && TimelineRow::isAction(row.event))
                                          decorated[target].pending.append(row.event);
                                  }
                                  if (!decorated.isEmpty()) {
                                      beginInsertRows({}, 0, int(decorated.size()) - 1);
                                      m_rows = decorated;
                                      endInsertRows();
                                  }
                                  setLoading(false);
                                  // Read up to the newest already, and reading on: no line
                                  // this visit. (Not reading: what comes next is new.)
                                  if (m_reading && !m_readMarker.isEmpty() &&
                                      rowOfEvent(m_readMarker) >= 0 &&
                                      rowOfEvent(m_readMarker) >= firstLocalRow() - 1)
                                      m_readMarker.clear();
                                  const auto buffered = std::exchange(m_eventsWhileLoading, {});
                                  for (const auto &event : buffered)
                                      appendRemote(event);
                                  emit pageLoaded();
                                  if (std::exchange(m_retryDecryption, false))
                                      retryDecryption();
                                  fetchMissingParents();
                                  const auto newest = buffered.isEmpty() ? page.events : buffered;
                                  if (!newest.isEmpty())
                                      setNewest(newest.last().eventId);
                              });
                          });
             });
}

void TimelineModel::decorate(const QList<Row> &rows,
                             std::function<void(const TimelineDecorations &)> then)
{
    const auto wanted = TimelineDecorations::wantedFor(rows);
    if (wanted.isEmpty()) {
        then({});
        return;
    }
    const sync::EncryptionStage *decryptor = m_session->history()->decryptor();
    onResult(this,
             m_session->store()->run([roomId = m_roomId, wanted, decryptor](store::Database &db) {
                 return TimelineDecorations::load(db, roomId, wanted, decryptor);
             }),
             then);
}

void TimelineModel::resolveReply(int row)
{
    const QString parent = m_rows.at(row).replyTo();
    if (parent.isEmpty())
        return;
    const int parentRow = rowOfEvent(parent);
    if (parentRow >= 0) {
        m_rows[row].replyEvent = m_rows.at(parentRow).event;
        m_rows[row].replyEvent.content = m_rows.at(parentRow).currentContent();
        return;
    }
    // Not loaded: the store may have it.
    const quint64 generation = m_generation;
    decorate({m_rows.at(row)}, [this, generation, parent](const TimelineDecorations &found) {
        if (generation != m_generation)
            return;
        if (!found.parents.contains(parent)) {
            fetchMissingParents();
            return;
        }
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).replyTo() == parent) {
                QList<Row> one{m_rows.at(i)};
                found.applyTo(one);
                m_rows[i].replyEvent = one.first().replyEvent;
                touch(i);
            }
        }
    });
}

void TimelineModel::resolveCallDuration(int row)
{
    // The answer took no row: the store has it.
    const QString eventId = m_rows.at(row).event.eventId;
    const quint64 generation = m_generation;
    decorate({m_rows.at(row)}, [this, generation, eventId](const TimelineDecorations &found) {
        const int at = rowOfEvent(eventId);
        if (generation != m_generation || at < 0 || !found.callSeconds.contains(eventId))
            return;
        m_rows[at].callSeconds = found.callSeconds.value(eventId);
        touch(at);
    });
}

void TimelineModel::fetchMissingParents()
{
    if (!m_session)
        return;
    QSet<QString> missing;
    for (const auto &row : std::as_const(m_rows)) {
        const QString parent = row.replyTo();
        if (!parent.isEmpty() && row.replyEvent.eventId.isEmpty() &&
            !m_parentsAsked.contains(parent))
            missing.insert(parent);
    }
    const quint64 generation = m_generation;
    for (const QString &parent : std::as_const(missing)) {
        m_parentsAsked.insert(parent);
        onResult(this, m_session->call(matrix::requests::roomEvent(m_roomId, parent)),
                 [this, generation](const matrix::ApiResponse &response) {
                     if (generation != m_generation || response.error || !m_session)
                         return;
                     // Encrypted in an encrypted room: decrypted like the rest.
                     onResult(this, m_session->decryptEvent(m_roomId, response.json()),
                              [this, generation](const store::TimelineEvent &parent) {
                                  if (generation == m_generation)
                                      setParent(parent);
                              });
                 });
    }
}

void TimelineModel::setParent(const store::TimelineEvent &parent)
{
    if (parent.eventId.isEmpty())
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).replyTo() != parent.eventId)
            continue;
        m_rows[i].replyEvent = parent;
        // A parent deleted on the server comes without its content.
        if (TimelineRow{parent, false, {}, {}, {}}.isRedacted())
            m_rows[i].replyEvent.content = {};
        touch(i);
    }
}

void TimelineModel::loadNames()
{
    const quint64 generation = m_generation;
    const QString roomId = m_roomId;
    using Members = std::pair<QHash<QString, QString>, QHash<QString, QString>>;
    onResult(this, m_session->store()->run([roomId](store::Database &db) {
        Members namesAndAvatars;
        const auto members = store::RoomStore(db).members(roomId);
        for (auto it = members.begin(); it != members.end(); ++it) {
            namesAndAvatars.first.insert(it.key(), it.value().displayName);
            if (!it.value().avatarUrl.isEmpty())
                namesAndAvatars.second.insert(it.key(), it.value().avatarUrl);
        }
        return namesAndAvatars;
    }),
             [this, generation](const Members &namesAndAvatars) {
                 if (generation != m_generation)
                     return;
                 m_people.addMembers(namesAndAvatars.first, namesAndAvatars.second);
                 if (!m_rows.isEmpty())
                     emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                                      {SenderNameRole, SenderAvatarRole, StateTextRole,
                                       ReplySenderNameRole, ReactionsRole, ReadByRole});
             });
}

void TimelineModel::loadRoomInfo()
{
    struct Info
    {
        store::RoomSummary room;
        QString readMarker;
        QHash<QString, QString> receipts;
    };
    const quint64 generation = m_generation;
    const QString roomId = m_roomId;
    // Read before the room is marked read: where the reader left off.
    onResult(this, m_session->store()->run([roomId](store::Database &db) {
        store::RoomStore rooms(db);
        return Info{rooms.load(roomId).value_or(store::RoomSummary{}),
                    rooms.accountData(roomId, QStringLiteral("m.fully_read"))
                        .value(QLatin1String("event_id"))
                        .toString(),
                    rooms.readReceipts(roomId)};
    }),
             [this, generation](const Info &info) {
                 if (generation != m_generation)
                     return;
                 setRoomInfo(info.room);
                 // Without a read marker, our own read receipt says as much.
                 m_readMarker = !info.readMarker.isEmpty() || !m_session
                                    ? info.readMarker
                                    : info.receipts.value(m_session->userId());
                 const int row = rowOfEvent(m_readMarker);
                 if (row >= 0)
                     emit dataChanged(index(row), index(row), {ReadMarkerRole});
                 setReceipts(info.receipts);
             });
}

// What mentions us: read when the room opens, and again when our name or
// the power levels change in it.
void TimelineModel::loadPushRules()
{
    const quint64 generation = m_generation;
    const auto read = [roomId = m_roomId, self = m_session->userId()](store::Database &db) {
        return sync::RoomPushRules::read(db, roomId, self);
    };
    onResult(this, m_session->store()->run(read),
             [this, generation](const sync::RoomPushRules &rules) {
                 if (generation != m_generation)
                     return;
                 m_pushRules = rules;
                 if (!m_rows.isEmpty())
                     emit dataChanged(index(0), index(int(m_rows.size()) - 1), {MentionsMeRole});
             });
}

void TimelineModel::loadReceipts()
{
    const quint64 generation = m_generation;
    const QString roomId = m_roomId;
    onResult(this, m_session->store()->run([roomId](store::Database &db) {
        return store::RoomStore(db).readReceipts(roomId);
    }),
             [this, generation](const QHash<QString, QString> &receipts) {
                 if (generation == m_generation)
                     setReceipts(receipts);
             });
}

void TimelineModel::setReceipts(const QHash<QString, QString> &receipts)
{
    for (const QString &eventId : m_people.setReceipts(receipts)) {
        const int row = rowOfEvent(eventId);
        if (row >= 0)
            emit dataChanged(index(row), index(row), {ReadByRole});
    }
}

void TimelineModel::setTyping(const QStringList &userIds)
{
    if (m_people.setTyping(userIds))
        emit typingNamesChanged();
}

void TimelineModel::setReading(bool reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    emit readingChanged();
    if (m_reading && !m_newest.isEmpty())
        emit newestEventChanged(m_roomId, m_newest);
}

void TimelineModel::setNewest(const QString &eventId)
{
    m_newest = eventId;
    if (m_reading)
        emit newestEventChanged(m_roomId, eventId);
}

void TimelineModel::setRoomInfo(const store::RoomSummary &room)
{
    if (room.displayName == m_roomInfo.displayName && room.topic == m_roomInfo.topic &&
        room.isEncrypted == m_roomInfo.isEncrypted)
        return;
    m_roomInfo = room;
    emit roomInfoChanged();
}

void TimelineModel::retryDecryption()
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    QList<store::TimelineEvent> undecrypted;
    QList<Row> stale; // encrypted edits or reply parents not decrypted yet
    for (const auto &row : std::as_const(m_rows)) {
        if (row.local)
            continue;
        if (row.isUndecryptable())
            undecrypted.append(row.event);
        bool encryptedEdit = false;
        for (const auto &relation : row.relations)
            encryptedEdit = encryptedEdit || (relation.isEdit() && relation.newContent.isEmpty());
        if (encryptedEdit || row.replyEvent.type == QLatin1String("m.room.encrypted"))
            stale.append(row);
    }
    if (!undecrypted.isEmpty()) {
        onResult(this, m_session->history()->decrypt(m_roomId, undecrypted),
                 [this, generation](const QList<store::TimelineEvent> &events) {
                     if (generation != m_generation)
                         return;
                     for (const auto &event : events) {
                         const int row = rowOfEvent(event.eventId);
                         if (row < 0 || event.type == QLatin1String("m.room.encrypted"))
                             continue; // gone, or still not readable
                         if (!isShown(event, false)) {
                             removeRow(row);
                             continue;
                         }
                         m_rows[row].event = event;
                         m_shields->request({event});
                         touch(row);
                         touchRepliesTo(event.eventId);
                     }
                 });
    }
    if (stale.isEmpty())
        return;
    decorate(stale, [this, generation, stale](const TimelineDecorations &found) {
        if (generation != m_generation)
            return;
        for (const auto &before : stale) {
            const int row = rowOfEvent(before.event.eventId);
            if (row < 0)
                continue;
            QList<Row> one{m_rows.at(row)};
            found.applyTo(one);
            m_rows[row] = one.first();
            touch(row);
            touchRepliesTo(before.event.eventId);
        }
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const TimelineRow *TimelineModel::previousShown(int row) const
{
    // Our actions in the outbox take no room on screen unless they failed.
    for (int i = row - 1; i >= 0; --i) {
        const Row &candidate = m_rows.at(i);
        if (candidate.kind() != Row::Kind::Action ||
            candidate.event.sendState == store::TimelineEvent::SendState::Failed)
            return &candidate;
    }
    return nullptr;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &entry = m_rows.at(row);
    if (role == ReadByRole)
        return m_people.readersOf(entry.event.eventId);
    if (role == SenderAvatarRole)
        return m_people.avatarOf(entry.event.sender);
    if (role == ShieldRole)
        return m_shields->shield(entry.event.eventId);
    if (role == ReadMarkerRole) {
        // Only with something newer below it to call new.
        return !m_readMarker.isEmpty() && entry.event.eventId == m_readMarker &&
               row < firstLocalRow() - 1;
    }
    return m_presenter.value(entry, previousShown(row), role,
                             m_session ? m_session->userId() : QString());
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return TimelinePresenter::roleNames();
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading || m_fetching || m_roomId.isEmpty())
        return false;
    return m_oldest.moreInStore || !m_oldest.gapToken.isEmpty();
}

bool TimelineModel::reachedRoomStart() const
{
    return !m_roomId.isEmpty() && !m_loading && !m_fetching && !m_oldest.moreInStore &&
           m_oldest.gapToken.isEmpty();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_session || !m_session->history())
        return;
    if (m_oldest.moreInStore) {
        loadPageBefore();
        return;
    }
    m_fetching = true;
    m_session->history()->fillGap(m_roomId, m_oldest, PageSize);
}

void TimelineModel::loadOlder()
{
    fetchMore({});
}

void TimelineModel::showSpoilers(const QString &eventId)
{
    const int row = rowOfEvent(eventId);
    if (row < 0 || m_rows[row].spoilersShown)
        return;
    m_rows[row].spoilersShown = true;
    emit dataChanged(index(row), index(row), {FormattedBodyRole});
}

void TimelineModel::reveal(const QString &eventId)
{
    const int row = rowOfEvent(eventId);
    if (row >= 0) {
        m_revealing.clear();
        emit revealed(row);
        return;
    }
    m_revealing = eventId;
    m_revealPages = 0;
    continueReveal();
}

void TimelineModel::continueReveal()
{
    if (m_revealing.isEmpty())
        return;
    const int row = rowOfEvent(m_revealing);
    if (row >= 0) {
        m_revealing.clear();
        emit revealed(row);
        return;
    }
    if (m_fetching)
        return; // the page under way calls back
    if (!canFetchMore({}) || ++m_revealPages > MaxRevealPages) {
        emit revealFailed(std::exchange(m_revealing, {}));
        return;
    }
    fetchMore({});
}

int TimelineModel::lastEditableRow() const
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (data(index(row), CanEditRole).toBool())
            return row;
    }
    return -1;
}

QString TimelineModel::editableText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const QJsonObject content = m_rows.at(row).currentContent();
    return matrix::Mentions::typedMarkdown(
        data(index(row), BodyRole).toString(),
        content.value(QLatin1String("formatted_body")).toString());
}

QString TimelineModel::ownReaction(const QString &eventId, const QString &key) const
{
    const int row = rowOfEvent(eventId);
    if (row < 0)
        return {};
    for (const auto &reaction :
         m_rows.at(row).reactions(m_session ? m_session->userId() : QString())) {
        if (reaction.key == key && reaction.own)
            return reaction.ownEventId;
    }
    return {};
}

bool TimelineModel::hasOwnReaction(const QString &eventId, const QString &key) const
{
    const int row = rowOfEvent(eventId);
    if (row < 0)
        return false;
    for (const auto &reaction :
         m_rows.at(row).reactions(m_session ? m_session->userId() : QString())) {
        if (reaction.key == key && reaction.own)
            return true;
    }
    return false;
}

void TimelineModel::loadPageBefore()
{
    m_fetching = true;
    const quint64 generation = m_generation;
    onResult(this, m_session->history()->before(m_roomId, m_oldest, PageSize),
             [this, generation](const store::TimelinePage &page) {
                 if (generation != m_generation)
                     return;
                 QList<Row> older;
                 for (const auto &event : page.events) {
                     if (isShown(event, false) && rowOfEvent(event.eventId) < 0)
                         older.append({event, false, {}, {}, {}});
                 }
                 m_people.learnFrom(page.events);
                 decorate(older, [this, generation, page, older](const TimelineDecorations &found) {
                     if (generation != m_generation)
                         return;
                     m_fetching = false;
                     QList<Row> decorated = older;
                     found.applyTo(decorated);
                     m_oldest = page;
                     prependRows(decorated);
                     emit pageLoaded();
                     fetchMissingParents();
                     continueReveal();
                 });
             });
}

void TimelineModel::prependRows(const QList<Row> &older)
{
    if (older.isEmpty())
        return;
    const int oldFirst = int(older.size());
    beginInsertRows({}, 0, oldFirst - 1);
    m_rows = older + m_rows;
    endInsertRows();
    touch(oldFirst); // its sender line and date separator may change
}

void TimelineModel::applyChanges(const sync::SyncChanges &changes)
{
    if (m_roomId.isEmpty())
        return;
    for (const auto &room : changes.rooms) {
        if (room.roomId == m_roomId)
            setRoomInfo(room);
    }
    if (changes.gapOpened.contains(m_roomId)) {
        reload();
        return;
    }
    if (changes.initial) {
        // An initial sync lists no events: read the room's page from the store.
        for (const auto &room : changes.rooms) {
            if (room.roomId == m_roomId) {
                reload();
                return;
            }
        }
    }
    // A keyword added in another client: the rows it matches light up.
    if (changes.accountDataChanged.contains(QStringLiteral("m.push_rules")))
        loadPushRules();
    const auto events = changes.newEvents.value(m_roomId);
    if (m_loading) {
        m_eventsWhileLoading.append(events);
        return;
    }
    for (const auto &event : events)
        appendRemote(event);
    if (!events.isEmpty())
        setNewest(events.last().eventId);
    if (std::any_of(events.cbegin(), events.cend(), [this](const store::TimelineEvent &event) {
            return changesWhatMentionsUs(event);
        }))
        loadPushRules();
    if (const auto typing = changes.typing.constFind(m_roomId); typing != changes.typing.cend())
        setTyping(*typing);
    if (changes.receiptsChanged.contains(m_roomId))
        loadReceipts();
    // Acknowledged without the event in this batch: the echo stands for it.
    for (const QString &transactionId : changes.acknowledgedTransactions)
        markSent(transactionId, {});
}

bool TimelineModel::changesWhatMentionsUs(const store::TimelineEvent &event) const
{
    const QJsonValue stateKey = event.json.value(QLatin1String("state_key"));
    return (event.type == QLatin1String("m.room.member") && m_session &&
            stateKey.toString() == m_session->userId()) ||
           (event.type == QLatin1String("m.room.power_levels") && stateKey.isString());
}

void TimelineModel::appendRemote(const store::TimelineEvent &event)
{
    if (TimelineRow::isAction(event)) {
        applyAction(event);
        return;
    }
    // Known already, unless as our echo that the server acknowledged before
    // sync brought it: that echo gives way below.
    if (const int known = rowOfEvent(event.eventId); known >= 0 && !m_rows.at(known).local)
        return;
    if (event.type == QLatin1String("m.room.member"))
        m_people.applyMemberEvent(event);
    if (!isShown(event, false))
        return;
    int echo = event.transactionId.isEmpty() ? -1 : rowOfTransaction(event.transactionId);
    if (echo < 0)
        echo = rowOfEvent(event.eventId);
    const int at = firstLocalRow();
    if (echo >= 0 && echo == at) {
        // The oldest echo turns into its remote event in place.
        m_rows[echo].event = event;
        m_rows[echo].local = false;
        m_shields->request({event});
        touch(echo);
        if (event.type == QLatin1String("m.call.hangup"))
            resolveCallDuration(echo);
        return;
    }
    if (echo >= 0)
        removeRow(echo);
    const int row = firstLocalRow();
    insertRow(row, {event, false, {}, {}, {}});
    resolveReply(row);
    if (event.type == QLatin1String("m.call.hangup"))
        resolveCallDuration(row);
}

void TimelineModel::applyAction(const store::TimelineEvent &event)
{
    // The remote echo of our own action replaces its outbox row.
    int echo = rowOfTransaction(event.transactionId);
    if (echo < 0)
        echo = rowOfEvent(event.eventId);
    if (echo >= 0 && m_rows.at(echo).local)
        removeRow(echo);
    else if (echo >= 0)
        return; // seen before
    const QString target = TimelineRow::actionTarget(event);
    if (event.type == QLatin1String("m.room.redaction")) {
        const int row = rowOfEvent(target);
        if (row >= 0) {
            m_rows[row].redact(event.json);
            touch(row);
            touchRepliesTo(target);
            return;
        }
        // A reaction or an edit went: find the row it was aggregated on.
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].removeRelation(target)) {
                touch(i);
                touchRepliesTo(m_rows.at(i).event.eventId);
                return;
            }
        }
        return;
    }
    const auto relation = relationOf(event);
    const int row = relation ? rowOfEvent(relation->targetId) : -1;
    if (row < 0)
        return; // its target is not loaded: the store has it for later
    if (m_rows[row].addRelation(*relation)) {
        touch(row);
        if (relation->isEdit())
            touchRepliesTo(relation->targetId);
    }
}

void TimelineModel::touchRepliesTo(const QString &eventId)
{
    const int parent = rowOfEvent(eventId);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).replyTo() != eventId)
            continue;
        if (parent >= 0) {
            m_rows[i].replyEvent = m_rows.at(parent).event;
            m_rows[i].replyEvent.content = m_rows.at(parent).currentContent();
        }
        touch(i);
    }
}

int TimelineModel::targetRowOf(const QList<Row> &rows, const store::TimelineEvent &action)
{
    const QString target = TimelineRow::actionTarget(action);
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!target.isEmpty() && rows.at(i).event.eventId == target)
            return i;
    }
    if (action.type != QLatin1String("m.room.redaction"))
        return -1;
    // Taking back a reaction: the row it sits on.
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        for (const auto &relation : rows.at(i).relations) {
            if (relation.eventId == target)
                return i;
        }
        for (const auto &pending : rows.at(i).pending) {
            if (!pending.eventId.isEmpty() && pending.eventId == target)
                return i;
        }
    }
    return -1;
}

void TimelineModel::mirrorAction(const store::TimelineEvent &action, bool present)
{
    if (!TimelineRow::isAction(action))
        return;
    const int row = targetRowOf(m_rows, action);
    if (row < 0)
        return;
    auto &pending = m_rows[row].pending;
    pending.removeIf([&action](const store::TimelineEvent &copy) {
        return copy.transactionId == action.transactionId;
    });
    if (present)
        pending.append(action);
    touch(row);
    touchRepliesTo(m_rows.at(row).event.eventId);
}

void TimelineModel::addLocalEcho(const store::OutgoingMessage &message)
{
    if (message.roomId != m_roomId || !m_session || rowOfTransaction(message.transactionId) >= 0)
        return;
    const Row echo{echoOf(message, m_session->userId()), true, {}, {}, {}};
    // Call signalling (m.call.*) and the like go through the outbox too: no row.
    if (!isShown(echo.event, true))
        return;
    // Its effect on the target first: inserting the row changes no other row.
    mirrorAction(echo.event, true);
    const int row = int(m_rows.size());
    insertRow(row, echo);
    resolveReply(row);
}

void TimelineModel::markSent(const QString &transactionId, const QString &eventId)
{
    const int row = rowOfTransaction(transactionId);
    if (row < 0 || !m_rows.at(row).local)
        return;
    auto &event = m_rows[row].event;
    if (!eventId.isEmpty())
        event.eventId = eventId;
    event.sendState = store::TimelineEvent::SendState::Remote;
    event.sendError.clear();
    touch(row);
    mirrorAction(event, true);
    if (event.type == QLatin1String("m.call.hangup"))
        resolveCallDuration(row);
}

void TimelineModel::markFailed(const QString &transactionId, const QString &error)
{
    const int row = rowOfTransaction(transactionId);
    if (row < 0 || !m_rows.at(row).local)
        return;
    m_rows[row].event.sendState = store::TimelineEvent::SendState::Failed;
    m_rows[row].event.sendError = error;
    touch(row);
    touch(row + 1); // a failed action takes room: the next row's grouping changes
    mirrorAction(m_rows.at(row).event, true);
}

void TimelineModel::markPending(const QString &transactionId)
{
    const int row = rowOfTransaction(transactionId);
    if (row < 0 || !m_rows.at(row).local)
        return;
    m_rows[row].event.sendState = store::TimelineEvent::SendState::Pending;
    m_rows[row].event.sendError.clear();
    touch(row);
    touch(row + 1);
    mirrorAction(m_rows.at(row).event, true);
}

void TimelineModel::removeRow(int row)
{
    if (m_rows.at(row).local)
        mirrorAction(m_rows.at(row).event, false);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    touch(row);
}

void TimelineModel::insertRow(int row, const Row &entry)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, entry);
    endInsertRows();
    touch(row + 1);
    // The read marker's row shows the line once something is below it.
    if (row > 0 && !m_readMarker.isEmpty() && m_rows.at(row - 1).event.eventId == m_readMarker)
        emit dataChanged(index(row - 1), index(row - 1), {ReadMarkerRole});
}

void TimelineModel::touch(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

int TimelineModel::firstLocalRow() const
{
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).local)
        --row;
    return row;
}

int TimelineModel::rowOfTransaction(const QString &transactionId) const
{
    if (transactionId.isEmpty())
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).event.transactionId == transactionId)
            return row;
    }
    return -1;
}

int TimelineModel::rowOfEvent(const QString &eventId) const
{
    if (eventId.isEmpty())
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).event.eventId == eventId)
            return row;
    }
    return -1;
}

store::TimelineEvent TimelineModel::echoOf(const store::OutgoingMessage &message,
                                           const QString &ownUserId)
{
    store::TimelineEvent event;
    event.transactionId = message.transactionId;
    event.type = message.type;
    event.sender = ownUserId;
    event.originServerTs =
        message.createdTs > 0 ? message.createdTs : QDateTime::currentMSecsSinceEpoch();
    event.content = message.content;
    if (message.isRedaction())
        event.json.insert(QStringLiteral("redacts"), message.redacts);
    // Our file being sent shows from the disk until the server has it.
    if (!message.attachment.isEmpty())
        event.json.insert(TimelinePresenter::LocalFileKey, message.attachment.value("path"));
    event.sendState = message.state == QLatin1String("failed")
                          ? store::TimelineEvent::SendState::Failed
                          : store::TimelineEvent::SendState::Pending;
    event.sendError = message.lastError;
    return event;
}

} // namespace atrium::models
