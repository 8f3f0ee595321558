#include "MemberListModel.h"

#include <QHash>

namespace atrium::models {

MemberListModel::MemberListModel(QObject *parent) : QAbstractListModel(parent) {}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.displayName.isEmpty() ? row.userId : row.displayName;
    case UserIdRole:
        return row.userId;
    case AvatarUrlRole:
        return row.avatarUrl;
    case MembershipRole:
        return row.membership;
    case PowerLevelRole:
        return row.powerLevel;
    case RoleNameRole:
        return roleName(row.powerLevel);
    case VerifiedRole:
        return m_verified.contains(row.userId);
    case UnverifiedDeviceRole:
        return m_verified.contains(row.userId) && m_unverifiedDevice.contains(row.userId);
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {{UserIdRole, "userId"},         {DisplayNameRole, "displayName"},
            {AvatarUrlRole, "avatarUrl"},   {MembershipRole, "membership"},
            {PowerLevelRole, "powerLevel"}, {RoleNameRole, "roleName"},
            {VerifiedRole, "verified"},     {UnverifiedDeviceRole, "unverifiedDevice"}};
}

void MemberListModel::setVerifiedUsers(const QSet<QString> &userIds)
{
    if (userIds == m_verified)
        return;
    m_verified = userIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {VerifiedRole, UnverifiedDeviceRole});
}

void MemberListModel::setUnverifiedDeviceUsers(const QSet<QString> &userIds)
{
    if (userIds == m_unverifiedDevice)
        return;
    m_unverifiedDevice = userIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {UnverifiedDeviceRole});
}

void MemberListModel::setMembers(const QList<Member> &members)
{
    QHash<QString, int> wanted;
    for (int i = 0; i < members.size(); ++i)
        wanted.insert(members.at(i).userId, i);
    // Removals from the end, so earlier rows keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).userId))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QHash<QString, int> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows.at(row).userId, row);
        const Member &fresh = members.at(wanted.value(m_rows.at(row).userId));
        if (fresh == m_rows.at(row))
            continue;
        m_rows[row] = fresh;
        emit dataChanged(index(row), index(row));
    }
    QList<Member> added;
    for (const Member &member : members) {
        if (!present.contains(member.userId))
            added.append(member);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

const MemberListModel::Member *MemberListModel::member(const QString &userId) const
{
    for (const Member &row : m_rows) {
        if (row.userId == userId)
            return &row;
    }
    return nullptr;
}

void MemberListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

QString MemberListModel::roleName(int powerLevel)
{
    if (powerLevel >= 100)
        return tr("Admin");
    if (powerLevel >= 50)
        return tr("Moderator");
    if (powerLevel > 0 || powerLevel < 0)
        return tr("Custom (%1)").arg(powerLevel);
    return {};
}

} // namespace atrium::models
