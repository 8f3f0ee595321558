#include "PublicRoomsModel.h"

#include "AsyncResult.h"
#include "matrix/Requests.h"
#include "sync/Session.h"

#include <QJsonArray>

namespace atrium::models {

namespace {

constexpr int PageSize = 30;

} // namespace

PublicRoomsModel::PublicRoomsModel(sync::Session *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session)
{}

int PublicRoomsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PublicRoomsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return !row.name.isEmpty() ? row.name : !row.alias.isEmpty() ? row.alias : row.roomId;
    case RoomIdRole:
        return row.roomId;
    case AliasRole:
        return row.alias;
    case TopicRole:
        return row.topic;
    case AvatarUrlRole:
        return row.avatarUrl;
    case MemberCountRole:
        return row.memberCount;
    case AddressRole:
        return row.alias.isEmpty() ? row.roomId : row.alias;
    default:
        return {};
    }
}

QHash<int, QByteArray> PublicRoomsModel::roleNames() const
{
    return {{RoomIdRole, "roomId"},  {AliasRole, "alias"},         {NameRole, "name"},
            {TopicRole, "topic"},    {AvatarUrlRole, "avatarUrl"}, {MemberCountRole, "memberCount"},
            {AddressRole, "address"}};
}

QList<PublicRoomsModel::Room> PublicRoomsModel::roomsFrom(const QJsonObject &response)
{
    QList<Room> rooms;
    for (const QJsonValue &value : response.value(QLatin1String("chunk")).toArray()) {
        const QJsonObject entry = value.toObject();
        Room room;
        room.roomId = entry.value(QLatin1String("room_id")).toString();
        if (room.roomId.isEmpty())
            continue;
        room.alias = entry.value(QLatin1String("canonical_alias")).toString();
        room.name = entry.value(QLatin1String("name")).toString();
        room.topic = entry.value(QLatin1String("topic")).toString();
        room.avatarUrl = entry.value(QLatin1String("avatar_url")).toString();
        room.memberCount = entry.value(QLatin1String("num_joined_members")).toInt();
        rooms.append(room);
    }
    return rooms;
}

void PublicRoomsModel::search(const QString &term)
{
    m_term = term.trimmed();
    beginResetModel(); // a new search is a new list
    m_rows.clear();
    endResetModel();
    setNextBatch({});
    request({});
}

void PublicRoomsModel::loadMore()
{
    if (canLoadMore() && !m_searching)
        request(m_nextBatch);
}

QString PublicRoomsModel::addressAt(int row) const
{
    return index(row).data(AddressRole).toString();
}

void PublicRoomsModel::request(const QString &since)
{
    const quint64 id = ++m_searchId;
    setError({});
    if (m_session->state() != sync::Session::State::Ready) {
        setSearching(false);
        return;
    }
    setSearching(true);
    onResult(
        this, m_session->call(matrix::requests::publicRooms(m_term, PageSize, since)),
        [this, id](const matrix::ApiResponse &response) {
            if (id != m_searchId)
                return;
            setSearching(false);
            if (response.error) {
                setError(
                    tr("Could not read the room directory: %1").arg(response.error->describe()));
                return;
            }
            const QJsonObject body = response.json();
            const QList<Room> rooms = roomsFrom(body);
            setNextBatch(body.value(QLatin1String("next_batch")).toString());
            if (rooms.isEmpty())
                return;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rooms.size()) - 1);
            m_rows.append(rooms);
            endInsertRows();
        });
}

void PublicRoomsModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    emit searchingChanged();
}

void PublicRoomsModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void PublicRoomsModel::setNextBatch(const QString &nextBatch)
{
    if (nextBatch == m_nextBatch)
        return;
    m_nextBatch = nextBatch;
    emit canLoadMoreChanged();
}

} // namespace atrium::models
