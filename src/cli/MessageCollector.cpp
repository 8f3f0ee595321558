#include "MessageCollector.h"

#include "sync/RoomHistory.h"

namespace atrium::cli {

namespace {
constexpr int PageSize = 100;
}

MessageCollector::MessageCollector(sync::RoomHistory *history, const QString &roomId, int count,
                                   QObject *parent)
    : QObject(parent), m_history(history), m_roomId(roomId), m_count(count)
{
    connect(m_history, &sync::RoomHistory::gapFilled, this, [this](const QString &roomId) {
        if (roomId != m_roomId)
            return;
        // The gap's events now sit right before the last page's oldest event.
        m_history->before(m_roomId, m_lastPage, PageSize)
            .then(this, [this](const store::TimelinePage &page) { take(page); });
    });
    connect(m_history, &sync::RoomHistory::historyError, this,
            [this](const QString &roomId, const QString &message) {
                if (roomId == m_roomId)
                    emit failed(message);
            });
}

bool MessageCollector::isMessage(const store::TimelineEvent &event)
{
    return event.type == QLatin1String("m.room.message") ||
           event.type == QLatin1String("m.room.encrypted") ||
           event.type == QLatin1String("m.sticker");
}

void MessageCollector::start()
{
    m_history->latest(m_roomId, PageSize).then(this, [this](const store::TimelinePage &page) {
        take(page);
    });
}

void MessageCollector::take(const store::TimelinePage &page)
{
    if (!page.events.isEmpty() || m_lastPage.cursorChunkId == 0)
        m_lastPage = page;
    else
        m_lastPage.gapToken = page.gapToken; // an empty page keeps the old cursor
    QList<store::TimelineEvent> older;
    for (const auto &event : page.events) {
        if (isMessage(event))
            older.append(event);
    }
    m_messages = older + m_messages;
    if (m_messages.size() >= m_count) {
        emit finished(m_messages.mid(m_messages.size() - m_count));
        return;
    }
    if (page.moreInStore) {
        m_history->before(m_roomId, page, PageSize)
            .then(this, [this](const store::TimelinePage &next) { take(next); });
    } else if (!page.gapToken.isEmpty()) {
        m_history->fillGap(m_roomId, m_lastPage, PageSize);
    } else {
        emit finished(m_messages); // the room's start: fewer messages than asked for
    }
}

} // namespace atrium::cli
