#include "RoomDisplayName.h"

#include <QCoreApplication>

namespace atrium::matrix {

namespace {

QString joinNames(const QStringList &names)
{
    if (names.size() == 1)
        return names.first();
    return QCoreApplication::translate("RoomDisplayName", "%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

QString RoomDisplayName::compute(const RoomNameInputs &inputs)
{
    if (!inputs.name.trimmed().isEmpty())
        return inputs.name.trimmed();
    if (!inputs.canonicalAlias.isEmpty())
        return inputs.canonicalAlias;

    const int others = inputs.joinedMemberCount + inputs.invitedMemberCount - 1;
    const QStringList &heroes = inputs.heroNames;
    if (others <= 0) {
        // Everyone else left: name the room after who was there.
        if (heroes.isEmpty())
            return QCoreApplication::translate("RoomDisplayName", "Empty Room");
        return QCoreApplication::translate("RoomDisplayName", "Empty Room (was %1)")
            .arg(joinNames(heroes));
    }
    // Singular and plural as separate source strings: with no translation
    // loaded (English), "%n other(s)" would be shown verbatim.
    if (heroes.isEmpty()) {
        return others == 1
                   ? QCoreApplication::translate("RoomDisplayName", "1 other")
                   : QCoreApplication::translate("RoomDisplayName", "%n others", nullptr, others);
    }
    if (others > heroes.size()) {
        const int rest = others - int(heroes.size());
        const QString text =
            rest == 1
                ? QCoreApplication::translate("RoomDisplayName", "%1 and 1 other")
                : QCoreApplication::translate("RoomDisplayName", "%1 and %n others", nullptr, rest);
        return text.arg(heroes.join(QStringLiteral(", ")));
    }
    return joinNames(heroes);
}

QString RoomDisplayName::forMember(const QString &userId, const QString &displayName,
                                   bool displayNameIsShared)
{
    if (displayName.trimmed().isEmpty())
        return userId;
    if (displayNameIsShared)
        return QStringLiteral("%1 (%2)").arg(displayName, userId);
    return displayName;
}

} // namespace atrium::matrix
