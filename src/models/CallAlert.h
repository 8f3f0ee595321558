#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace atrium::calls {
class Ringtone;
}

namespace atrium::models {

class CallController;
class DesktopNotifier;

// Makes sure an incoming call is not missed: the ringtone plays while it
// rings, and while nobody looks at the window (another app in front, the
// window in the tray) a desktop notification says who calls, with Accept
// and Decline. The notification goes when the call stops ringing, however
// that happens (answered here or on another device, declined, hung up).
class CallAlert : public QObject
{
    Q_OBJECT

public:
    CallAlert(CallController *calls, DesktopNotifier *notifier, calls::Ringtone *ringtone,
              QObject *parent = nullptr);

    // Whether the user has the app in front (then the call's popup says it
    // all). By default: the application is active.
    void setUserIsLooking(std::function<bool()> looking) { m_userIsLooking = std::move(looking); }

private:
    void follow();
    void onCallAction(const QString &roomId, const QString &action);

    CallController *m_calls;
    DesktopNotifier *m_notifier;
    calls::Ringtone *m_ringtone;
    std::function<bool()> m_userIsLooking;
    QString m_notifiedRoom; // the ringing call's room while its notification shows
};

} // namespace atrium::models
