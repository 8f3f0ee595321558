#include "CallAlert.h"

#include "CallController.h"
#include "DesktopNotifier.h"
#include "calls/Ringtone.h"

#include <QGuiApplication>

namespace atrium::models {

CallAlert::CallAlert(CallController *calls, DesktopNotifier *notifier, calls::Ringtone *ringtone,
                     QObject *parent)
    : QObject(parent), m_calls(calls), m_notifier(notifier), m_ringtone(ringtone),
      m_userIsLooking([]() { return QGuiApplication::applicationState() == Qt::ApplicationActive; })
{
    connect(m_calls, &CallController::callChanged, this, &CallAlert::follow);
    connect(m_notifier, &DesktopNotifier::callAction, this, &CallAlert::onCallAction);
}

void CallAlert::follow()
{
    const bool ringing = m_calls->state() == QLatin1String("ringing");
    if (m_ringtone)
        m_ringtone->setPlaying(ringing);
    if (!ringing) {
        if (!m_notifiedRoom.isEmpty())
            m_notifier->withdrawCall(std::exchange(m_notifiedRoom, QString()));
        return;
    }
    if (!m_notifiedRoom.isEmpty() || m_userIsLooking())
        return;
    m_notifiedRoom = m_calls->roomId();
    DesktopNotification notification;
    notification.roomId = m_notifiedRoom;
    notification.title = m_calls->isVideo() ? tr("Incoming video call") : tr("Incoming voice call");
    notification.body = tr("%1 is calling").arg(m_calls->peerName());
    notification.incomingCall = true;
    notification.answerable = m_calls->answerUnavailable().isEmpty();
    m_notifier->notify(notification);
}

void CallAlert::onCallAction(const QString &roomId, const QString &action)
{
    if (roomId != m_notifiedRoom || m_calls->state() != QLatin1String("ringing"))
        return;
    if (action == QLatin1String("accept")) {
        m_calls->accept(false);
        m_notifier->activate(roomId); // to the app, where the call now is
    } else if (action == QLatin1String("decline")) {
        m_calls->decline();
    }
}

} // namespace atrium::models
