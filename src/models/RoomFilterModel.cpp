#include "RoomFilterModel.h"

#include "RoomListModel.h"

namespace atrium::models {

RoomFilterModel::RoomFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    sort(0);
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

bool RoomFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_joinedRoomsOnly && (index.data(RoomListModel::IsInviteRole).toBool() ||
                              index.data(RoomListModel::IsSpaceRole).toBool()))
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
