#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace atrium::store {

// What the room list shows of one room, ready to display.
struct RoomSummary
{
    // What the last message preview is; the model words the non-text kinds in the UI's
    // language (the store keeps no English text for them).
    enum class PreviewKind
    {
        Text,
        Encrypted,
        Deleted
    };

    QString roomId;
    QString membership; // join, invite, leave
    QString displayName;
    QString avatarUrl; // mxc://
    QString topic;
    QString lastPreview; // the message's text when previewKind is Text
    PreviewKind previewKind = PreviewKind::Text;
    QString lastSender;
    QString lastSenderName; // their display name in the room, if they have one
    qint64 lastEventTs = 0;
    int notificationCount = 0;
    int highlightCount = 0;
    // Messages from others after the user's read receipt, counted or not
    // (a room whose notifications are off has no count). See RoomStore::hasUnread.
    bool hasUnread = false;
    int joinedCount = 0;
    int invitedCount = 0;
    bool isDirect = false;
    bool isEncrypted = false;
    bool isSpace = false;
    QStringList tags;    // m.favourite, m.lowpriority, u.*
    QString inviter;     // for invites: who invited us
    QString inviterName; // their display name in the invite, if they have one
    // For a space: the rooms (and spaces) it lists as children, in the space's order.
    QStringList spaceChildren;
};

} // namespace atrium::store

Q_DECLARE_METATYPE(atrium::store::RoomSummary)
