#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace atrium::models {

// When a room was last active, as the room list shows it beside the name:
// the time for today, "Yesterday", the weekday within the past week, the
// day and month this year, the date before that. Empty for no activity.
QString activityTimeText(const QDateTime &when, const QDateTime &now,
                         const QLocale &locale = QLocale());

} // namespace atrium::models
