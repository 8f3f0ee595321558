#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace atrium::models {

// The members of one room as the member list shows them: joined and
// invited people with their name, avatar and power level. Rows keep the
// order they arrived in (MemberFilterModel sorts and filters); a reload
// changes only the rows that differ.
class MemberListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Member
    {
        QString userId;
        QString displayName; // empty when the member set none
        QString avatarUrl;   // mxc://
        QString membership;  // join or invite
        int powerLevel = 0;

        bool operator==(const Member &) const = default;
    };

    enum Roles
    {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole, // the display name, else the user id
        AvatarUrlRole,
        MembershipRole,
        PowerLevelRole,
        RoleNameRole, // "Admin", "Moderator", "Custom (20)" or empty
        VerifiedRole, // trusted through cross-signing (we verified them, or it is us)
        // Verified, but has a device neither cross-signed nor verified by us
        // (TrustShields::member is Warning).
        UnverifiedDeviceRole,
    };
    Q_ENUM(Roles)

    explicit MemberListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the members: rows of people still here are updated in place,
    // people gone are removed, newcomers appended.
    void setMembers(const QList<Member> &members);
    const Member *member(const QString &userId) const;
    void clear();
    // Who of the members we trust through cross-signing; the rest are not.
    void setVerifiedUsers(const QSet<QString> &userIds);
    // Who of the verified members has an unverified device.
    void setUnverifiedDeviceUsers(const QSet<QString> &userIds);

    // The role the spec's common levels stand for, in the UI's language.
    static QString roleName(int powerLevel);

private:
    QList<Member> m_rows;
    QSet<QString> m_verified;
    QSet<QString> m_unverifiedDevice;
};

} // namespace atrium::models
