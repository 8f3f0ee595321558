#include "RoomListModel.h"

#include "ActivityTime.h"
#include "AsyncResult.h"
#include "sync/Session.h"
#include "sync/SyncChanges.h"
#include "sync/SyncEngine.h"

#include <QGuiApplication>

namespace atrium::models {

RoomListModel::RoomListModel(sync::Session *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{
    connect(session, &sync::Session::stateChanged, this, &RoomListModel::onSessionStateChanged);
    if (session->state() == sync::Session::State::Ready)
        onSessionStateChanged();
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &RoomListModel::refreshActivityTimesOnANewDay);
    refreshActivityTimesOnANewDay();
    // A timer does not count a machine's sleep: coming back, the day may be another.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        refreshActivityTimesOnANewDay();
                });
    }
}

void RoomListModel::refreshActivityTimesOnANewDay()
{
    const QDateTime now = QDateTime::currentDateTime();
    // Asked at every activation of the window: the rows change only when the day did.
    if (now.date() != m_activityDay && !m_rooms.isEmpty())
        emit dataChanged(index(0), index(int(m_rooms.size()) - 1), {LastActivityRole});
    m_activityDay = now.date();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    // A second late: the new day has surely begun.
    m_midnight.start(int(now.msecsTo(midnight)) + 1000);
}

RoomListModel::Section RoomListModel::sectionOf(const store::RoomSummary &room)
{
    if (room.membership == QLatin1String("invite"))
        return Section::Invites;
    if (room.tags.contains(QLatin1String("m.favourite")))
        return Section::Favourites;
    if (room.tags.contains(QLatin1String("m.lowpriority")))
        return Section::LowPriority;
    return Section::Rooms;
}

bool RoomListModel::comesBefore(const store::RoomSummary &a, const store::RoomSummary &b)
{
    const Section aSection = sectionOf(a);
    const Section bSection = sectionOf(b);
    if (aSection != bSection)
        return aSection < bSection;
    if (a.lastEventTs != b.lastEventTs)
        return a.lastEventTs > b.lastEventTs;
    // A stable tie-break keeps rows from swapping places on every sync.
    return a.roomId < b.roomId;
}

const store::RoomSummary *RoomListModel::room(const QString &roomId) const
{
    const int row = rowOf(roomId);
    return row < 0 ? nullptr : &m_rooms.at(row);
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rooms.size());
}

QString RoomListModel::previewText(const store::RoomSummary &room)
{
    switch (room.previewKind) {
    case store::RoomSummary::PreviewKind::Encrypted:
        return tr("🔒 Encrypted message");
    case store::RoomSummary::PreviewKind::Deleted:
        return tr("Message deleted");
    case store::RoomSummary::PreviewKind::Text:
        break;
    }
    return room.lastPreview;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::RoomSummary &room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return room.displayName.isEmpty() ? room.roomId : room.displayName;
    case RoomIdRole:
        return room.roomId;
    case AvatarUrlRole:
        return room.avatarUrl;
    case LastPreviewRole:
        return previewText(room);
    case LastSenderRole:
        return room.lastSender;
    case LastSenderNameRole:
        if (m_session && room.lastSender == m_session->userId())
            return tr("You");
        return room.lastSenderName.isEmpty() ? room.lastSender : room.lastSenderName;
    case LastEventTsRole:
        return room.lastEventTs;
    case NotificationCountRole:
        return room.notificationCount;
    case HighlightCountRole:
        return room.highlightCount;
    case HasUnreadRole:
        return room.hasUnread;
    case IsDirectRole:
        return room.isDirect;
    case IsEncryptedRole:
        return room.isEncrypted;
    case IsInviteRole:
        return room.membership == QLatin1String("invite");
    case IsSpaceRole:
        return room.isSpace;
    case TopicRole:
        return room.topic;
    case SectionRole:
        switch (sectionOf(room)) {
        case Section::Invites:
            return QStringLiteral("invites");
        case Section::Favourites:
            return QStringLiteral("favourites");
        case Section::Rooms:
            return QStringLiteral("rooms");
        case Section::LowPriority:
            return QStringLiteral("lowPriority");
        }
        return {};
    case InviterRole:
        return room.inviter;
    case InviterNameRole:
        return room.inviterName.isEmpty() ? room.inviter : room.inviterName;
    case IsFavouriteRole:
        return room.tags.contains(QLatin1String("m.favourite"));
    case IsLowPriorityRole:
        return room.tags.contains(QLatin1String("m.lowpriority"));
    case SpaceUnreadRole:
        return room.isSpace ? unreadInSpace(room.roomId) : 0;
    case LastActivityRole:
        return room.lastEventTs > 0
                   ? activityTimeText(QDateTime::fromMSecsSinceEpoch(room.lastEventTs),
                                      QDateTime::currentDateTime())
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomListModel::roleNames() const
{
    return {{RoomIdRole, "roomId"},
            {DisplayNameRole, "displayName"},
            {AvatarUrlRole, "avatarUrl"},
            {LastPreviewRole, "lastPreview"},
            {LastSenderRole, "lastSender"},
            {LastSenderNameRole, "lastSenderName"},
            {LastEventTsRole, "lastEventTs"},
            {NotificationCountRole, "notificationCount"},
            {HighlightCountRole, "highlightCount"},
            {HasUnreadRole, "hasUnread"},
            {IsDirectRole, "isDirect"},
            {IsEncryptedRole, "isEncrypted"},
            {IsInviteRole, "isInvite"},
            {IsSpaceRole, "isSpace"},
            {TopicRole, "topic"},
            {SectionRole, "section"},
            {InviterRole, "inviter"},
            {InviterNameRole, "inviterName"},
            {IsFavouriteRole, "isFavourite"},
            {IsLowPriorityRole, "isLowPriority"},
            {SpaceUnreadRole, "spaceUnread"},
            {LastActivityRole, "lastActivity"}};
}

int RoomListModel::rowOf(const QString &roomId) const
{
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).roomId == roomId)
            return row;
    }
    return -1;
}

int RoomListModel::rowNamed(const QString &displayName) const
{
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).displayName == displayName)
            return row;
    }
    return -1;
}

QString RoomListModel::roomIdAt(int row) const
{
    return row >= 0 && row < m_rooms.size() ? m_rooms.at(row).roomId : QString();
}

void RoomListModel::onSessionStateChanged()
{
    if (!m_session)
        return;
    if (m_session->state() == sync::Session::State::Ready) {
        // The engine is new for every sign-in; the old one's connections
        // went with it.
        connect(m_session->syncEngine(), &sync::SyncEngine::synced, this,
                &RoomListModel::applyChanges, Qt::UniqueConnection);
        load();
    } else if (m_session->state() == sync::Session::State::LoggedOut) {
        clear();
    }
}

void RoomListModel::load()
{
    const quint64 generation = ++m_generation;
    onResult(this, m_session->loadRooms(),
             [this, generation](const QList<store::RoomSummary> &rooms) {
                 if (generation != m_generation)
                     return;
                 if (!m_rooms.isEmpty()) {
                     // A sync may have arrived first: merge rather than reset.
                     for (const auto &room : rooms)
                         upsertRoom(room);
                 } else {
                     QList<store::RoomSummary> sorted;
                     for (const auto &room : rooms) {
                         if (room.membership != QLatin1String("leave"))
                             sorted.append(room);
                     }
                     std::sort(sorted.begin(), sorted.end(), &RoomListModel::comesBefore);
                     if (!sorted.isEmpty()) {
                         beginInsertRows({}, 0, int(sorted.size()) - 1);
                         m_rooms = sorted;
                         endInsertRows();
                     }
                 }
                 m_loaded = true;
                 updateUnreadCount();
                 emit loaded();
             });
}

void RoomListModel::clear()
{
    ++m_generation;
    m_loaded = false;
    if (!m_rooms.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rooms.size()) - 1);
        m_rooms.clear();
        endRemoveRows();
    }
    updateUnreadCount();
}

QSet<QString> RoomListModel::roomsInSpace(const QString &spaceId) const
{
    QSet<QString> rooms;
    QSet<QString> visitedSpaces{spaceId}; // spaces may list each other
    QStringList pending{spaceId};
    while (!pending.isEmpty()) {
        const store::RoomSummary *space = room(pending.takeLast());
        if (!space)
            continue; // a space we are not in: its rooms are unknown here
        for (const QString &child : space->spaceChildren) {
            rooms.insert(child);
            if (!visitedSpaces.contains(child)) {
                visitedSpaces.insert(child);
                pending.append(child);
            }
        }
    }
    rooms.remove(spaceId);
    return rooms;
}

int RoomListModel::unreadInSpace(const QString &spaceId) const
{
    int unread = 0;
    for (const QString &roomId : roomsInSpace(spaceId)) {
        const store::RoomSummary *summary = room(roomId);
        if (summary && summary->membership == QLatin1String("join"))
            unread += summary->notificationCount;
    }
    return unread;
}

void RoomListModel::updateUnreadCount()
{
    int unread = 0;
    for (const store::RoomSummary &room : std::as_const(m_rooms)) {
        if (room.membership == QLatin1String("join"))
            unread += room.notificationCount;
    }
    if (unread == m_unreadCount)
        return;
    m_unreadCount = unread;
    emit unreadCountChanged();
    // A space's count is its rooms': the space rows change with them.
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (m_rooms.at(row).isSpace)
            emit dataChanged(index(row), index(row), {SpaceUnreadRole});
    }
}

void RoomListModel::applyChanges(const sync::SyncChanges &changes)
{
    for (const QString &roomId : changes.leftRooms)
        removeRoom(roomId);
    for (const auto &summary : changes.rooms) {
        if (summary.membership == QLatin1String("leave"))
            removeRoom(summary.roomId);
        else
            upsertRoom(summary);
    }
    updateUnreadCount();
}

void RoomListModel::removeRoom(const QString &roomId)
{
    const int row = rowOf(roomId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rooms.removeAt(row);
    endRemoveRows();
}

void RoomListModel::upsertRoom(const store::RoomSummary &summary)
{
    const int from = rowOf(summary.roomId);
    // Where the room belongs among the others (the list without it is sorted).
    int to = 0;
    for (int row = 0; row < m_rooms.size(); ++row) {
        if (row != from && comesBefore(m_rooms.at(row), summary))
            ++to;
    }
    if (from < 0) {
        beginInsertRows({}, to, to);
        m_rooms.insert(to, summary);
        endInsertRows();
        return;
    }
    m_rooms[from] = summary;
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rooms.move(from, to);
        endMoveRows();
    }
    const QModelIndex changed = index(to);
    emit dataChanged(changed, changed);
}

} // namespace atrium::models
