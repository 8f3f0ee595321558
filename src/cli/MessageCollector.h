#pragma once

#include "store/TimelineEvent.h"

#include <QObject>

namespace atrium::sync {
class RoomHistory;
}

namespace atrium::cli {

// Gathers a room's last N messages for `tail`: reads the store page by page
// and, where the store's history ends at a gap, back-paginates from the server.
class MessageCollector : public QObject
{
    Q_OBJECT
public:
    MessageCollector(sync::RoomHistory *history, const QString &roomId, int count,
                     QObject *parent = nullptr);
    void start();

    static bool isMessage(const store::TimelineEvent &event);

signals:
    void finished(const QList<atrium::store::TimelineEvent> &messagesOldestFirst);
    void failed(const QString &message);

private:
    void take(const store::TimelinePage &page);

    sync::RoomHistory *m_history;
    QString m_roomId;
    int m_count;
    QList<store::TimelineEvent> m_messages; // oldest first
    store::TimelinePage m_lastPage;
};

} // namespace atrium::cli
