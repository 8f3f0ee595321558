#pragma once

#include <QStringList>

namespace atrium::matrix {

// The spec's algorithm for naming a room in the room list
// ("Calculating the display name for a room", client-server API 1.11).
struct RoomNameInputs
{
    QString name;           // m.room.name
    QString canonicalAlias; // m.room.canonical_alias
    // Display names (already disambiguated) of the heroes, in the server's
    // order; the user's own name is never among them.
    QStringList heroNames;
    int joinedMemberCount = 0;
    int invitedMemberCount = 0;
};

class RoomDisplayName
{
public:
    static QString compute(const RoomNameInputs &inputs);

    // A member's name as shown in a room: the display name, made unique
    // with the user id when another member uses the same display name.
    static QString forMember(const QString &userId, const QString &displayName,
                             bool displayNameIsShared);
};

} // namespace atrium::matrix
