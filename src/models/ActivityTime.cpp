#include "ActivityTime.h"

#include <QCoreApplication>

namespace atrium::models {

QString activityTimeText(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    const QDate day = when.date();
    const qint64 daysAgo = day.daysTo(now.date());
    if (daysAgo <= 0) // today (or a clock ahead of ours)
        return locale.toString(when.time(), QLocale::ShortFormat);
    if (daysAgo == 1)
        return QCoreApplication::translate("RoomList", "Yesterday");
    if (daysAgo < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    if (day.year() == now.date().year())
        //: The day and month of a room's last message this year (a QDate format).
        return locale.toString(day, QCoreApplication::translate("RoomList", "d MMM"));
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace atrium::models
