#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace atrium::matrix {

// Where each event's JSON text sits in a /sync answer, found in one pass
// with JsonSkimmer: rooms.{join,invite,leave}.ROOM.SECTION.events[i]. The
// texts point into the answer, which must outlive this. A key the answer
// repeats counts once, with its last value, as in QJsonDocument.
class SyncEventTexts
{
public:
    explicit SyncEventTexts(QByteArrayView answer);

    // category: join, invite or leave; section: state, timeline or
    // invite_state. Empty when the answer has no such list.
    QList<QByteArrayView> events(const QString &category, const QString &roomId,
                                 const QString &section) const;

private:
    using Sections = QHash<QString, QList<QByteArrayView>>;
    using Rooms = QHash<QString, Sections>;
    QHash<QString, Rooms> m_categories;
};

} // namespace atrium::matrix
