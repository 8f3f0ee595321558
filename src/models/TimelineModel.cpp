#include "TimelineModel.h"

#include "AsyncResult.h"
#include "HtmlSanitizer.h"
#include "store/RoomStore.h"
#include "store/StoreThread.h"
#include "sync/RoomHistory.h"
#include "sync/SendQueue.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLocale>

namespace atrium::models {

namespace {

constexpr qint64 GroupingMs = 5 * 60 * 1000;

QString sendStateName(store::TimelineEvent::SendState state)
{
    switch (state) {
    case store::TimelineEvent::SendState::Remote:
        return QStringLiteral("sent");
    case store::TimelineEvent::SendState::Pending:
    case store::TimelineEvent::SendState::Sending:
        return QStringLiteral("pending");
    case store::TimelineEvent::SendState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

// What the timeline shows: messages, not state changes, reactions or edits
// (those change other rows, which this version does not apply yet).
bool isShown(const store::TimelineEvent &event)
{
    if (event.type != QLatin1String("m.room.message") && event.type != QLatin1String("m.sticker"))
        return false;
    const QJsonObject relation = event.content.value(QLatin1String("m.relates_to")).toObject();
    return relation.value(QLatin1String("rel_type")).toString() != QLatin1String("m.replace") &&
           event.json.value(QLatin1String("unsigned"))
               .toObject()
               .value(QLatin1String("redacted_because"))
               .isUndefined();
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

} // namespace

TimelineModel::TimelineModel(sync::Session *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
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
        connect(queue, &sync::SendQueue::discarded, this,
                [this](const QString &roomId, const QString &transactionId) {
                    const int row = rowOfTransaction(transactionId);
                    if (roomId == m_roomId && row >= 0)
                        removeRow(row);
                });
        connect(m_session->history(), &sync::RoomHistory::gapFilled, this,
                [this](const QString &roomId) {
                    if (roomId == m_roomId && m_fetching)
                        loadFilledGap();
                });
        connect(m_session->history(), &sync::RoomHistory::membersLoaded, this,
                [this](const QString &roomId) {
                    if (roomId == m_roomId)
                        loadNames();
                });
        connect(m_session->history(), &sync::RoomHistory::historyError, this,
                [this](const QString &roomId, const QString &) {
                    if (roomId == m_roomId)
                        m_fetching = false;
                });
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
    m_names.clear();
    if (m_roomId.isEmpty() || !m_session || m_session->state() != sync::Session::State::Ready) {
        setLoading(false);
        return;
    }
    setLoading(true);
    const QString roomId = m_roomId;
    loadNames();
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
                                  if (isShown(event))
                                      rows.append({event, false});
                                  if (!event.transactionId.isEmpty())
                                      acknowledged.insert(event.transactionId);
                              }
                              for (const auto &message : pending) {
                                  if (!acknowledged.contains(message.transactionId) &&
                                      rowOfTransaction(message.transactionId) < 0)
                                      rows.append({echoOf(message, m_session->userId()), true});
                              }
                              learnNames(page.events);
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
                                  for (const auto &existing : rows)
                                      duplicate = duplicate || existing.event.transactionId ==
                                                                   row.event.transactionId;
                                  if (!duplicate)
                                      rows.append(row);
                              }
                              if (!rows.isEmpty()) {
                                  beginInsertRows({}, 0, int(rows.size()) - 1);
                                  m_rows = rows;
                                  endInsertRows();
                              }
                              setLoading(false);
                              const auto buffered = std::exchange(m_eventsWhileLoading, {});
                              for (const auto &event : buffered)
                                  appendRemote(event);
                              emit pageLoaded();
                              const auto newest = buffered.isEmpty() ? page.events : buffered;
                              if (!newest.isEmpty())
                                  emit newestEventChanged(m_roomId, newest.last().eventId);
                          });
             });
}

void TimelineModel::loadNames()
{
    const quint64 generation = m_generation;
    const QString roomId = m_roomId;
    onResult(this, m_session->store()->run([roomId](store::Database &db) {
        QHash<QString, QString> names;
        const auto members = store::RoomStore(db).members(roomId);
        for (auto it = members.begin(); it != members.end(); ++it)
            names.insert(it.key(), it.value().displayName);
        return names;
    }),
             [this, generation](const QHash<QString, QString> &names) {
                 if (generation != m_generation)
                     return;
                 m_names.insert(names);
                 if (!m_rows.isEmpty())
                     emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SenderNameRole});
             });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const store::TimelineEvent &event = m_rows.at(row).event;
    const store::TimelineEvent *previous = row > 0 ? &m_rows.at(row - 1).event : nullptr;
    switch (role) {
    case EventIdRole:
        return event.eventId;
    case TransactionIdRole:
        return event.transactionId;
    case TypeRole:
        return event.type;
    case SenderRole:
        return event.sender;
    case SenderNameRole:
        return senderName(event.sender);
    case Qt::DisplayRole:
    case BodyRole:
        return event.content.value(QLatin1String("body")).toString();
    case FormattedBodyRole:
        if (event.content.value(QLatin1String("format")).toString() !=
            QLatin1String("org.matrix.custom.html"))
            return QString();
        return HtmlSanitizer::sanitize(
            event.content.value(QLatin1String("formatted_body")).toString());
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(event.originServerTs);
    case SendStateRole:
        return sendStateName(event.sendState);
    case SendErrorRole:
        return event.sendError;
    case IsOwnRole:
        return m_session && event.sender == m_session->userId();
    case ShowSenderRole:
        return !previous || previous->sender != event.sender ||
               event.originServerTs - previous->originServerTs > GroupingMs ||
               localDate(previous->originServerTs) != localDate(event.originServerTs);
    case DateSeparatorRole: {
        const QDate date = localDate(event.originServerTs);
        if (previous && localDate(previous->originServerTs) == date)
            return QString();
        return QLocale().toString(date, QLocale::LongFormat);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{EventIdRole, "eventId"},
            {TransactionIdRole, "transactionId"},
            {TypeRole, "type"},
            {SenderRole, "sender"},
            {SenderNameRole, "senderName"},
            {BodyRole, "body"},
            {FormattedBodyRole, "formattedBody"},
            {TimestampRole, "timestamp"},
            {SendStateRole, "sendState"},
            {IsOwnRole, "isOwn"},
            {ShowSenderRole, "showSender"},
            {DateSeparatorRole, "dateSeparator"},
            {SendErrorRole, "sendError"}};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_loading || m_fetching || m_roomId.isEmpty())
        return false;
    return m_oldest.moreInStore || !m_oldest.gapToken.isEmpty();
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

void TimelineModel::loadPageBefore()
{
    m_fetching = true;
    const quint64 generation = m_generation;
    onResult(this, m_session->history()->before(m_roomId, m_oldest, PageSize),
             [this, generation](const store::TimelinePage &page) {
                 if (generation != m_generation)
                     return;
                 m_fetching = false;
                 QList<Row> older;
                 for (const auto &event : page.events) {
                     if (isShown(event) && rowOfEvent(event.eventId) < 0)
                         older.append({event, false});
                 }
                 learnNames(page.events);
                 m_oldest = page;
                 prependRows(older);
                 emit pageLoaded();
             });
}

void TimelineModel::loadFilledGap()
{
    // The filled history sits in its own chunk: read the latest events again,
    // now reaching further back, and prepend what is older than our first row.
    const quint64 generation = m_generation;
    int remoteRows = 0;
    for (const auto &row : std::as_const(m_rows))
        remoteRows += row.local ? 0 : 1;
    onResult(this, m_session->history()->latest(m_roomId, remoteRows + PageSize),
             [this, generation](const store::TimelinePage &page) {
                 if (generation != m_generation)
                     return;
                 m_fetching = false;
                 const QString firstId =
                     m_rows.isEmpty() ? QString() : m_rows.first().event.eventId;
                 QList<Row> older;
                 for (const auto &event : page.events) {
                     if (!firstId.isEmpty() && event.eventId == firstId)
                         break;
                     if (isShown(event) && rowOfEvent(event.eventId) < 0)
                         older.append({event, false});
                 }
                 prependRows(older);
                 learnNames(page.events);
                 m_oldest = page;
                 emit pageLoaded();
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
    if (changes.gapOpened.contains(m_roomId)) {
        reload();
        return;
    }
    const auto events = changes.newEvents.value(m_roomId);
    if (m_loading) {
        m_eventsWhileLoading.append(events);
        return;
    }
    for (const auto &event : events)
        appendRemote(event);
    if (!events.isEmpty())
        emit newestEventChanged(m_roomId, events.last().eventId);
    // Acknowledged without the event in this batch: the echo stands for it.
    for (const QString &transactionId : changes.acknowledgedTransactions)
        markSent(transactionId, {});
}

void TimelineModel::appendRemote(const store::TimelineEvent &event)
{
    if (!event.eventId.isEmpty() && rowOfEvent(event.eventId) >= 0)
        return;
    if (event.type == QLatin1String("m.room.member")) {
        const QString name = event.content.value(QLatin1String("displayname")).toString();
        if (!name.isEmpty())
            m_names.insert(event.json.value(QLatin1String("state_key")).toString(), name);
    }
    if (!isShown(event))
        return;
    int echo = event.transactionId.isEmpty() ? -1 : rowOfTransaction(event.transactionId);
    if (echo < 0)
        echo = rowOfEvent(event.eventId);
    const int at = firstLocalRow();
    if (echo >= 0 && echo == at) {
        // The oldest echo turns into its remote event in place.
        m_rows[echo] = {event, false};
        const QModelIndex changed = index(echo);
        emit dataChanged(changed, changed);
        return;
    }
    if (echo >= 0)
        removeRow(echo);
    insertRow(firstLocalRow(), {event, false});
}

void TimelineModel::addLocalEcho(const store::OutgoingMessage &message)
{
    if (message.roomId != m_roomId || !m_session || rowOfTransaction(message.transactionId) >= 0)
        return;
    insertRow(int(m_rows.size()), {echoOf(message, m_session->userId()), true});
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
}

void TimelineModel::markFailed(const QString &transactionId, const QString &error)
{
    const int row = rowOfTransaction(transactionId);
    if (row < 0 || !m_rows.at(row).local)
        return;
    m_rows[row].event.sendState = store::TimelineEvent::SendState::Failed;
    m_rows[row].event.sendError = error;
    touch(row);
}

void TimelineModel::removeRow(int row)
{
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
}

void TimelineModel::touch(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void TimelineModel::learnNames(const QList<store::TimelineEvent> &events)
{
    for (const auto &event : events) {
        if (event.type != QLatin1String("m.room.member"))
            continue;
        const QString userId = event.json.value(QLatin1String("state_key")).toString();
        const QString name = event.content.value(QLatin1String("displayname")).toString();
        if (!name.isEmpty() && !m_names.contains(userId))
            m_names.insert(userId, name);
    }
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

QString TimelineModel::senderName(const QString &userId) const
{
    const QString name = m_names.value(userId);
    return name.isEmpty() ? userId : name;
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
    event.sendState = message.state == QLatin1String("failed")
                          ? store::TimelineEvent::SendState::Failed
                          : store::TimelineEvent::SendState::Pending;
    event.sendError = message.lastError;
    return event;
}

} // namespace atrium::models
