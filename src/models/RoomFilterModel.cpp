#include "RoomFilterModel.h"

#include "RoomListModel.h"

namespace atrium::models {

RoomFilterModel::RoomFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    sort(0);
    // A space's children change with the room list (a room added to the space, joined, left).
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, [this]() {
        if (!sourceModel())
            return;
        connect(sourceModel(), &QAbstractItemModel::modelReset, this,
                &RoomFilterModel::refreshSpaceRooms);
        connect(sourceModel(), &QAbstractItemModel::rowsInserted, this,
                &RoomFilterModel::refreshSpaceRooms);
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this,
                &RoomFilterModel::refreshSpaceRooms);
        refreshSpaceRooms();
    });
}

QString RoomFilterModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

void RoomFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate(); // the ranking changes too
    emit filterTextChanged();
}

void RoomFilterModel::setJoinedRoomsOnly(bool joinedOnly)
{
    if (joinedOnly == m_joinedRoomsOnly)
        return;
    m_joinedRoomsOnly = joinedOnly;
    invalidateRowsFilter();
    emit joinedRoomsOnlyChanged();
}

void RoomFilterModel::setSpacesOnly(bool spacesOnly)
{
    if (spacesOnly == m_spacesOnly)
        return;
    m_spacesOnly = spacesOnly;
    invalidateRowsFilter();
    emit spacesOnlyChanged();
}

void RoomFilterModel::setHideSpaces(bool hide)
{
    if (hide == m_hideSpaces)
        return;
    m_hideSpaces = hide;
    invalidateRowsFilter();
    emit hideSpacesChanged();
}

void RoomFilterModel::setSpaceId(const QString &spaceId)
{
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    refreshSpaceRooms();
    emit spaceIdChanged();
}

void RoomFilterModel::refreshSpaceRooms()
{
    const auto *rooms = qobject_cast<const RoomListModel *>(sourceModel());
    QSet<QString> spaceRooms =
        rooms && !m_spaceId.isEmpty() ? rooms->roomsInSpace(m_spaceId) : QSet<QString>();
    if (spaceRooms == m_spaceRooms)
        return;
    m_spaceRooms = std::move(spaceRooms);
    invalidateRowsFilter();
}

bool RoomFilterModel::acceptsKind(const QModelIndex &index) const
{
    const bool isInvite = index.data(RoomListModel::IsInviteRole).toBool();
    const bool isSpace = index.data(RoomListModel::IsSpaceRole).toBool();
    if (m_spacesOnly)
        return isSpace && !isInvite;
    if (m_joinedRoomsOnly && (isInvite || isSpace))
        return false;
    if (m_hideSpaces && isSpace && !isInvite)
        return false;
    return m_spaceId.isEmpty() ||
           m_spaceRooms.contains(index.data(RoomListModel::RoomIdRole).toString());
}

bool RoomFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!acceptsKind(index))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        folded(index.data(RoomListModel::DisplayNameRole).toString() + QLatin1Char(' ') +
               index.data(RoomListModel::TopicRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

int RoomFilterModel::rank(const QModelIndex &sourceIndex) const
{
    if (m_words.isEmpty())
        return 0;
    const QString name = folded(sourceIndex.data(RoomListModel::DisplayNameRole).toString());
    if (name.startsWith(m_words.first()))
        return 0;
    for (const QString &word : m_words) {
        if (!name.contains(word))
            return 2;
    }
    return 1;
}

bool RoomFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftRank = rank(left);
    const int rightRank = rank(right);
    if (leftRank != rightRank)
        return leftRank < rightRank;
    return left.row() < right.row();
}

QString RoomFilterModel::roomIdAt(int row) const
{
    return index(row, 0).data(RoomListModel::RoomIdRole).toString();
}

QString RoomFilterModel::displayNameAt(int row) const
{
    return index(row, 0).data(RoomListModel::DisplayNameRole).toString();
}

} // namespace atrium::models
