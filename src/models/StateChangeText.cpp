#include "StateChangeText.h"

#include "CallController.h"
#include "CallDurations.h"
#include "crypto/SasVerification.h"

namespace atrium::models {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString describeMember(const store::TimelineEvent &event, const StateChangeText::NameOf &nameOf)
{
    const QJsonObject &now = event.content;
    const QJsonObject before = event.json.value(QLatin1String("unsigned"))
                                   .toObject()
                                   .value(QLatin1String("prev_content"))
                                   .toObject();
    const QString target = event.json.value(QLatin1String("state_key")).toString();
    const QString actor = nameOf(event.sender);
    // The target's name as it was (a leaving member's new state has none).
    QString targetName = text(now, "displayname");
    if (targetName.isEmpty())
        targetName = text(before, "displayname");
    if (targetName.isEmpty())
        targetName = nameOf(target);
    const QString membership = text(now, "membership");
    const QString previous = text(before, "membership");
    const QString reason = text(now, "reason");
    const bool self = event.sender == target;

    if (membership == QLatin1String("join")) {
        if (previous != QLatin1String("join"))
            return StateChangeText::tr("%1 joined").arg(targetName);
        const QString oldName = text(before, "displayname");
        const QString newName = text(now, "displayname");
        if (oldName != newName) {
            if (newName.isEmpty())
                return StateChangeText::tr("%1 removed their display name").arg(oldName);
            if (oldName.isEmpty())
                return StateChangeText::tr("%1 set their display name to %2")
                    .arg(nameOf(target), newName);
            return StateChangeText::tr("%1 changed their name to %2").arg(oldName, newName);
        }
        if (text(before, "avatar_url") != text(now, "avatar_url"))
            return StateChangeText::tr("%1 changed their avatar").arg(targetName);
        return {};
    }
    if (membership == QLatin1String("invite"))
        return StateChangeText::tr("%1 invited %2").arg(actor, targetName);
    if (membership == QLatin1String("ban"))
        return reason.isEmpty()
                   ? StateChangeText::tr("%1 banned %2").arg(actor, targetName)
                   : StateChangeText::tr("%1 banned %2: %3").arg(actor, targetName, reason);
    if (membership == QLatin1String("leave")) {
        if (previous == QLatin1String("invite"))
            return self ? StateChangeText::tr("%1 declined the invitation").arg(targetName)
                        : StateChangeText::tr("%1 withdrew the invitation for %2")
                              .arg(actor, targetName);
        if (previous == QLatin1String("ban"))
            return StateChangeText::tr("%1 unbanned %2").arg(actor, targetName);
        if (self)
            return StateChangeText::tr("%1 left").arg(targetName);
        return reason.isEmpty()
                   ? StateChangeText::tr("%1 removed %2").arg(actor, targetName)
                   : StateChangeText::tr("%1 removed %2: %3").arg(actor, targetName, reason);
    }
    if (membership == QLatin1String("knock"))
        return StateChangeText::tr("%1 asked to join").arg(targetName);
    return {};
}

} // namespace

bool StateChangeText::isShownType(const QString &type)
{
    return type == QLatin1String("m.room.member") || type == QLatin1String("m.room.name") ||
           type == QLatin1String("m.room.topic") || type == QLatin1String("m.room.avatar") ||
           type == QLatin1String("m.room.create") || type == QLatin1String("m.room.encryption") ||
           isCallLine(type);
}

bool StateChangeText::isCallLine(const QString &type)
{
    return type == QLatin1String("m.call.invite") || type == QLatin1String("m.call.hangup") ||
           type == QLatin1String("m.call.reject");
}

bool StateChangeText::isVerificationRequest(const store::TimelineEvent &event)
{
    return event.type == QLatin1String("m.room.message") &&
           text(event.content, "msgtype") == QLatin1String(crypto::SasVerification::RequestMsgtype);
}

QString StateChangeText::describeCall(const store::TimelineEvent &event, const NameOf &nameOf,
                                      int callSeconds)
{
    const QString actor = nameOf(event.sender);
    const QString &type = event.type;
    if (type == QLatin1String("m.call.invite")) {
        const QString sdp = event.content.value(QLatin1String("offer"))
                                .toObject()
                                .value(QLatin1String("sdp"))
                                .toString();
        return sdp.contains(QLatin1String("m=video")) ? tr("%1 started a video call").arg(actor)
                                                      : tr("%1 started a voice call").arg(actor);
    }
    if (type == QLatin1String("m.call.reject"))
        return tr("%1 declined the call").arg(actor);
    if (type != QLatin1String("m.call.hangup"))
        return {};
    const QString reason = text(event.content, "reason");
    if (reason == QLatin1String("invite_timeout"))
        return tr("Unanswered call from %1").arg(actor);
    if (reason == QLatin1String("user_busy"))
        return tr("%1 was busy").arg(actor);
    if (reason == QLatin1String("ice_failed"))
        return tr("Call failed: could not connect");
    if (reason == QLatin1String("ice_timeout"))
        return callSeconds >= 0 ? tr("Call ended: connection lost · %1")
                                      .arg(CallController::formatDuration(callSeconds))
                                : tr("Call ended: connection lost");
    if (callSeconds == CallDurations::Unanswered) // the caller gave up
        return tr("Unanswered call from %1").arg(actor);
    if (callSeconds == CallDurations::Declined)
        return tr("%1 declined the call").arg(actor);
    if (callSeconds >= 0)
        return tr("%1 ended the call · %2").arg(actor, CallController::formatDuration(callSeconds));
    return tr("%1 ended the call").arg(actor);
}

QString StateChangeText::describe(const store::TimelineEvent &event, const NameOf &nameOf,
                                  int callSeconds)
{
    if (isCallLine(event.type))
        return describeCall(event, nameOf, callSeconds);
    if (isVerificationRequest(event))
        return tr("%1 asked %2 to verify")
            .arg(nameOf(event.sender), nameOf(text(event.content, "to")));
    if (!event.json.contains(QLatin1String("state_key")))
        return {};
    const QString actor = nameOf(event.sender);
    const QString &type = event.type;
    if (type == QLatin1String("m.room.member"))
        return describeMember(event, nameOf);
    if (type == QLatin1String("m.room.name")) {
        const QString name = text(event.content, "name");
        return name.isEmpty() ? tr("%1 removed the room name").arg(actor)
                              : tr("%1 changed the room name to %2").arg(actor, name);
    }
    if (type == QLatin1String("m.room.topic")) {
        const QString topic = text(event.content, "topic");
        return topic.isEmpty() ? tr("%1 removed the topic").arg(actor)
                               : tr("%1 changed the topic to %2").arg(actor, topic);
    }
    if (type == QLatin1String("m.room.avatar"))
        return text(event.content, "url").isEmpty() ? tr("%1 removed the room avatar").arg(actor)
                                                    : tr("%1 changed the room avatar").arg(actor);
    if (type == QLatin1String("m.room.create"))
        return tr("%1 created the room").arg(actor);
    if (type == QLatin1String("m.room.encryption"))
        return tr("%1 turned on end-to-end encryption").arg(actor);
    return {};
}

} // namespace atrium::models
