#include "MemberFilterModel.h"

#include "MemberListModel.h"
#include "RoomFilterModel.h"

namespace atrium::models {

MemberFilterModel::MemberFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void MemberFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_folded = RoomFilterModel::folded(text.trimmed());
    invalidateFilter();
    emit filterTextChanged();
}

QString MemberFilterModel::userIdAt(int row) const
{
    return index(row, 0).data(MemberListModel::UserIdRole).toString();
}

bool MemberFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return RoomFilterModel::folded(source.data(MemberListModel::DisplayNameRole).toString())
               .contains(m_folded) ||
           source.data(MemberListModel::UserIdRole).toString().toLower().contains(m_folded);
}

bool MemberFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftLevel = left.data(MemberListModel::PowerLevelRole).toInt();
    const int rightLevel = right.data(MemberListModel::PowerLevelRole).toInt();
    if (leftLevel != rightLevel)
        return leftLevel > rightLevel;
    // A member with no display name shows their user id: sorted without its '@'.
    const auto sortName = [](const QModelIndex &index) {
        QString name = index.data(MemberListModel::DisplayNameRole).toString().toLower();
        if (name.startsWith(u'@'))
            name.remove(0, 1);
        return name;
    };
    const int byName = QString::localeAwareCompare(sortName(left), sortName(right));
    if (byName != 0)
        return byName < 0;
    return left.data(MemberListModel::UserIdRole).toString() <
           right.data(MemberListModel::UserIdRole).toString();
}

} // namespace atrium::models
