#include "RelationStore.h"

#include "matrix/RoomEvent.h"

#include <QJsonDocument>

namespace atrium::store {

std::optional<Relation> RelationStore::fromEvent(const QString &eventId, const QString &sender,
                                                 qint64 ts, const QJsonObject &content)
{
    const QJsonObject relatesTo = content.value(QLatin1String("m.relates_to")).toObject();
    Relation relation;
    relation.eventId = eventId;
    relation.relType = relatesTo.value(QLatin1String("rel_type")).toString();
    relation.targetId = relatesTo.value(QLatin1String("event_id")).toString();
    relation.sender = sender;
    relation.ts = ts;
    if (relation.targetId.isEmpty())
        return std::nullopt;
    if (relation.isReaction()) {
        relation.key = relatesTo.value(QLatin1String("key")).toString();
        if (relation.key.isEmpty())
            return std::nullopt;
        return relation;
    }
    if (relation.isEdit()) {
        // An encrypted edit (m.relates_to travels in the clear) is indexed
        // without its new content: that is read from the stored event and
        // decrypted when shown, so no clear text reaches the disk.
        if (content.contains(QLatin1String("ciphertext")))
            return relation;
        relation.newContent = content.value(QLatin1String("m.new_content")).toObject();
        if (relation.newContent.isEmpty())
            return std::nullopt;
        return relation;
    }
    return std::nullopt;
}

bool RelationStore::record(const QString &roomId, const QList<matrix::RoomEvent> &events)
{
    QStringList redacted;
    for (const matrix::RoomEvent &event : events) {
        if (event.type == QLatin1String("m.room.redaction")) {
            redacted.append(event.redacts());
            continue;
        }
        if (event.isRedacted()) {
            redacted.append(event.eventId);
            continue;
        }
        if (event.isState())
            continue;
        const auto relation =
            fromEvent(event.eventId, event.sender, event.originServerTs, event.content);
        if (relation && !insert(roomId, *relation))
            return false;
    }
    // After the inserts: back-pagination brings a redaction before the
    // (older) reaction it removes.
    for (const QString &eventId : std::as_const(redacted)) {
        if (!eventId.isEmpty() && !remove(roomId, eventId))
            return false;
    }
    return true;
}

bool RelationStore::insert(const QString &roomId, const Relation &relation)
{
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO relations"
                       " (room_id, event_id, rel_type, target_id, sender, ts, key, content)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(roomId);
    query.addBindValue(relation.eventId);
    query.addBindValue(relation.relType);
    query.addBindValue(relation.targetId);
    query.addBindValue(relation.sender);
    query.addBindValue(relation.ts);
    query.addBindValue(relation.key.isNull() ? QString(QLatin1String("")) : relation.key);
    query.addBindValue(
        relation.newContent.isEmpty()
            ? QString(QLatin1String(""))
            : QString::fromUtf8(QJsonDocument(relation.newContent).toJson(QJsonDocument::Compact)));
    return m_db.exec(query);
}

bool RelationStore::remove(const QString &roomId, const QString &eventId)
{
    QSqlQuery &query =
        m_db.prepare(QStringLiteral("DELETE FROM relations WHERE room_id = ? AND event_id = ?"));
    query.addBindValue(roomId);
    query.addBindValue(eventId);
    return m_db.exec(query);
}

QHash<QString, QList<Relation>> RelationStore::forTargets(const QString &roomId,
                                                          const QStringList &targetIds)
{
    // Batches of a fixed size (the last one padded with repeats), so that
    // one cached statement serves every page.
    constexpr qsizetype Batch = 32;
    static const QString sql = [] {
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < Batch; ++i)
            placeholders += QStringLiteral(",?");
        return QStringLiteral("SELECT event_id, rel_type, target_id, sender, ts, key, content"
                              " FROM relations WHERE room_id = ? AND target_id IN (%1)")
            .arg(placeholders);
    }();
    QHash<QString, QList<Relation>> found;
    for (qsizetype from = 0; from < targetIds.size(); from += Batch) {
        QSqlQuery &query = m_db.prepare(sql);
        query.addBindValue(roomId);
        for (qsizetype i = from; i < from + Batch; ++i)
            query.addBindValue(targetIds.at(std::min(i, targetIds.size() - 1)));
        if (!m_db.exec(query))
            return found;
        while (query.next()) {
            Relation relation;
            relation.eventId = query.value(0).toString();
            relation.relType = query.value(1).toString();
            relation.targetId = query.value(2).toString();
            relation.sender = query.value(3).toString();
            relation.ts = query.value(4).toLongLong();
            relation.key = query.value(5).toString();
            const QString content = query.value(6).toString();
            if (!content.isEmpty())
                relation.newContent = QJsonDocument::fromJson(content.toUtf8()).object();
            found[relation.targetId].append(relation);
        }
    }
    for (auto &relations : found) {
        std::sort(relations.begin(), relations.end(), [](const Relation &a, const Relation &b) {
            return a.ts != b.ts ? a.ts < b.ts : a.eventId < b.eventId;
        });
    }
    return found;
}

} // namespace atrium::store
