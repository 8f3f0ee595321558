#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <functional>

// Checks `condition` every `intervalMs` until it holds, then calls `then`; after
// `timeoutMs` without it, calls `timedOut` instead. For the modes that drive the
// real window (screenshots, frame benchmark), which wait on sync and layout.
inline void pollUntil(QObject *context, const std::function<bool()> &condition, int timeoutMs,
                      int intervalMs, const std::function<void()> &then,
                      const std::function<void()> &timedOut)
{
    auto *timer = new QTimer(context);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(timer, &QTimer::timeout, context,
                     [timer, condition, deadline, then, timedOut]() {
                         if (condition()) {
                             timer->deleteLater();
                             then();
                         } else if (deadline.hasExpired()) {
                             timer->deleteLater();
                             timedOut();
                         }
                     });
    timer->start(intervalMs);
}
