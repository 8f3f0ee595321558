#include "DraftStore.h"

#include "SealedJson.h"

namespace atrium::store {

bool DraftStore::save(const QString &roomId, const Draft &draft)
{
    if (draft.isEmpty()) {
        QSqlQuery &query = m_db.prepare(QStringLiteral("DELETE FROM drafts WHERE room_id = ?"));
        query.addBindValue(roomId);
        return m_db.exec(query);
    }
    const QJsonObject content{{"text", draft.text},
                              {"reply_to", draft.replyTo},
                              {"reply_sender", draft.replySender},
                              {"reply_body", draft.replyBody}};
    QSqlQuery &query = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO drafts (room_id, content) VALUES (?, ?)"));
    query.addBindValue(roomId);
    query.addBindValue(sealJson(m_db, content));
    return m_db.exec(query);
}

QHash<QString, Draft> DraftStore::all()
{
    QHash<QString, Draft> drafts;
    QSqlQuery &query = m_db.prepare(QStringLiteral("SELECT room_id, content FROM drafts"));
    if (!m_db.exec(query))
        return drafts;
    while (query.next()) {
        const QJsonObject content = openSealedJson(m_db, query.value(1).toString());
        Draft draft{content.value("text").toString(), content.value("reply_to").toString(),
                    content.value("reply_sender").toString(),
                    content.value("reply_body").toString()};
        if (!draft.isEmpty())
            drafts.insert(query.value(0).toString(), draft);
    }
    return drafts;
}

} // namespace atrium::store
