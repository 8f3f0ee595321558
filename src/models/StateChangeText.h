#pragma once

#include "store/TimelineEvent.h"

#include <QCoreApplication>
#include <functional>

namespace atrium::models {

// The one-line text the timeline shows for a room-state change: "Ann
// joined", "Bob changed the topic to …". Empty for state the timeline does
// not show (a profile update that changes nothing, unknown types). Calls'
// start and end show as such lines too: "Ann started a video call", "Bob
// declined the call", "Ann ended the call". So do in-room verification
// requests: "Ann asked Bob to verify".
class StateChangeText
{
    Q_DECLARE_TR_FUNCTIONS(StateChangeText)
public:
    using NameOf = std::function<QString(const QString &userId)>;

    static bool isShownType(const QString &type);
    // `callSeconds`: for a hangup, how long the call lasted, or CallDurations'
    // Unanswered or Declined; -1 while not known.
    static QString describe(const store::TimelineEvent &event, const NameOf &nameOf,
                            int callSeconds = -1);
    // m.call.invite, m.call.hangup, m.call.reject: a line of their own, not a message.
    static bool isCallLine(const QString &type);
    // An m.room.message that asks for a verification (the spec's in-room
    // request); clients without in-room verification show its body.
    static bool isVerificationRequest(const store::TimelineEvent &event);

private:
    static QString describeCall(const store::TimelineEvent &event, const NameOf &nameOf,
                                int callSeconds);
};

} // namespace atrium::models
