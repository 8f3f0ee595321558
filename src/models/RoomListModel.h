#pragma once

#include "store/RoomSummary.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QTimer>

namespace atrium::sync {
class Session;
struct SyncChanges;
} // namespace atrium::sync

namespace atrium::models {

// The rooms of a session in sections: invites, favourites (m.favourite),
// the other rooms, low priority (m.lowpriority); within a section the most
// recently active first.
// Loads from the store once the session is ready, then follows sync with
// row-level inserts, removals, moves and changes.
class RoomListModel : public QAbstractListModel
{
    Q_OBJECT
    // Unread messages over all joined rooms, for the window title.
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
public:
    enum Roles
    {
        RoomIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        AvatarUrlRole,
        LastPreviewRole,
        LastSenderRole,
        LastSenderNameRole, // "You", their display name, else their user id
        LastEventTsRole,
        NotificationCountRole,
        HighlightCountRole,
        HasUnreadRole, // messages since the read receipt, counted or not
        IsDirectRole,
        IsEncryptedRole,
        IsInviteRole,
        IsSpaceRole,
        TopicRole,
        SectionRole, // "invites", "favourites", "rooms", "lowPriority"
        InviterRole,
        InviterNameRole, // the inviter's display name, else their user id
        IsFavouriteRole,
        IsLowPriorityRole,
        SpaceUnreadRole, // for a space: the unread messages of the rooms in it
        LastActivityRole // when the room was last active, as text ("14:05", "Yesterday", …)
    };
    Q_ENUM(Roles)

    explicit RoomListModel(sync::Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(const QString &roomId) const;
    Q_INVOKABLE int rowNamed(const QString &displayName) const;
    Q_INVOKABLE QString roomIdAt(int row) const;
    bool isLoaded() const { return m_loaded; }
    int unreadCount() const { return m_unreadCount; }

    // Sort order: does `a` come before `b`?
    static bool comesBefore(const store::RoomSummary &a, const store::RoomSummary &b);
    enum class Section
    {
        Invites,
        Favourites,
        Rooms,
        LowPriority
    };
    static Section sectionOf(const store::RoomSummary &room);
    // The last message as the room list shows it, in the UI's language.
    static QString previewText(const store::RoomSummary &room);
    const store::RoomSummary *room(const QString &roomId) const;
    // The rooms a space holds, also through the spaces in it (the space itself not).
    QSet<QString> roomsInSpace(const QString &spaceId) const;

signals:
    void loaded();
    void unreadCountChanged();

private:
    void onSessionStateChanged();
    void load();
    void clear();
    void applyChanges(const sync::SyncChanges &changes);
    void removeRoom(const QString &roomId);
    void upsertRoom(const store::RoomSummary &summary);
    void updateUnreadCount();
    // Yesterday's "14:05" becomes "Yesterday" once the day has changed (at
    // midnight, or on waking up).
    void refreshActivityTimesOnANewDay();
    int unreadInSpace(const QString &spaceId) const;

    QPointer<sync::Session> m_session;
    QList<store::RoomSummary> m_rooms;
    bool m_loaded = false;
    int m_unreadCount = 0;
    quint64 m_generation = 0;
    QTimer m_midnight;
    QDate m_activityDay; // the day the shown times were worded for
};

} // namespace atrium::models
